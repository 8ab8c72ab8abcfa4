"""Writes the samples, snippets and README of each language, and the API
reference, from the compiled descriptors of protos/.

    python -m samplegen [--root DIR] [LANGUAGE ...]   (default: every language)
    python -m samplegen --list                        (the language names)
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from samplegen import model, reference
from samplegen.languages import all_languages, language

REFERENCE = "docs/api-reference.md"


def main() -> None:
    parser = argparse.ArgumentParser(prog="samplegen", description=__doc__)
    parser.add_argument("languages", nargs="*", metavar="LANGUAGE")
    parser.add_argument("--root", type=Path, default=model.ROOT)
    parser.add_argument("--list", action="store_true", help="print the languages")
    args = parser.parse_args()
    if args.list:
        print(" ".join(lang.name for lang in all_languages()))
        return

    api = model.load(args.root / "protos")
    chosen = [language(n) for n in args.languages] or all_languages()
    for lang in chosen:
        count = write(args.root / lang.directory, lang.generated, lang.files(api))
        print(f"samplegen: {count} files in {lang.directory}")
    path = args.root / REFERENCE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(reference.markdown(api))
    print(f"samplegen: {REFERENCE}")


def write(directory: Path, generated: tuple[str, ...], files: dict[str, str]) -> int:
    """Empties the folders the generator owns, then writes `files`."""
    for folder in generated:
        shutil.rmtree(directory / folder, ignore_errors=True)
    for relative, text in sorted(files.items()):
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return len(files)


if __name__ == "__main__":
    main()
