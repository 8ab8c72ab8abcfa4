"""provisioner-scrub: verifies every stored chunk and names the images a
damaged or missing one affects.

Runs as root on the server, as the other admin scripts do. Each chunk is read,
decompressed and hashed; each image's manifest is checked for chunks the store
lacks. Exits 0 when everything is sound, 1 when something is not. With
--delete-damaged, damaged chunks are removed, so that the next capture of a
disk holding them stores them afresh.
"""

from __future__ import annotations

import argparse

from provisiond.cli import common
from provisiond.core import images
from provisiond.core.images import CHUNK_SIZE
from provisiond.db.database import db
from provisiond.db.models import Image
from provisiond.store.chunks import ChunkStore

PROG = "provisioner-scrub"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    common.require_root(PROG)
    return common.run(lambda: _scrub(args))


def _parser() -> argparse.ArgumentParser:
    parser = common.parser(PROG, __doc__.splitlines()[0])
    parser.add_argument(
        "--delete-damaged",
        action="store_true",
        help="remove damaged chunks, so that a new capture stores them again",
    )
    return parser


def _scrub(args: argparse.Namespace) -> int:
    settings = common.open_settings_database(args)
    store = ChunkStore(settings.chunk_path, CHUNK_SIZE)
    problems: dict[bytes, str] = {}
    checked = 0
    for digest in store.digests():
        checked += 1
        problem = store.check(digest)
        if problem is not None:
            problems[digest] = problem
    with db.connection_context():
        affected = _affected_images(store, problems)
    print(f"{checked} chunks checked, {len(problems)} damaged or missing")
    for digest, problem in sorted(problems.items()):
        print(f"chunk {digest.hex()}: {problem}")
    for image_id, count in sorted(affected.items()):
        print(f"image {image_id}: {count} chunk(s) damaged or missing")
    if args.delete_damaged:
        damaged = [d for d, problem in problems.items() if problem != "missing"]
        print(f"deleted {store.delete(damaged)} damaged chunk(s)")
    return 1 if problems else 0


def _affected_images(store: ChunkStore, problems: dict[bytes, str]) -> dict[str, int]:
    """Images whose manifest holds a problem chunk, or one the store lacks;
    the missing ones join `problems`."""
    affected: dict[str, int] = {}
    for image in Image.select().iterator():
        count = 0
        for _, blob in images.parts(image):
            for digest in images.split_digests(blob):
                if not digest:
                    continue
                if digest not in problems and not store.has(digest):
                    problems[digest] = "missing"
                count += digest in problems
        if count:
            affected[image.image_id] = count
    return affected
