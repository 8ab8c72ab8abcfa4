"""Disk images for tests and benchmarks, made of what real disks hold: random
data, long runs of zeros, repeated blocks and text."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

MIB = 1024 * 1024


def write_test_disk(path: Path, size: int, seed: bytes = b"disk") -> str:
    """A disk of random, repeated, compressible and zero regions; its SHA-256."""
    random_block = hashlib.sha256(seed).digest() * (MIB // 32)
    quarter = size // 4 // MIB * MIB
    layout = [
        ("random", quarter),
        ("zero", quarter),
        ("repeated", quarter),
        ("text", quarter // 2),
        ("random", size - 3 * quarter - quarter // 2),
    ]
    digest = hashlib.sha256()
    with path.open("wb") as disk:
        for kind, length in layout:
            for offset in range(0, length, MIB):
                count = min(MIB, length - offset)
                if kind == "random":
                    block = os.urandom(count)
                elif kind == "zero":
                    block = bytes(count)
                elif kind == "repeated":
                    block = random_block[:count]
                else:
                    line = f"line {offset} of a log nobody reads\n".encode()
                    block = (line * (count // len(line) + 1))[:count]
                disk.write(block)
                digest.update(block)
    return digest.hexdigest()
