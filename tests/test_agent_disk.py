"""How provisioner-agent writes a disk: around the page cache where the file
system allows it, through it otherwise, and the same bytes either way."""

from __future__ import annotations

import errno
import os

import pytest

from provisioner.agent import disk as disk_module
from provisioner.agent.disk import DIRECT_ALIGN, Disk

MIB = 1024 * 1024


def _supports_direct(path) -> bool:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_DIRECT))
    except OSError:
        return False
    return True


def _blank(path, size: int):
    with open(path, "wb") as handle:
        handle.truncate(size)


def test_aligned_writes_bypass_the_cache_and_land(tmp_path):
    path = tmp_path / "disk.img"
    _blank(path, 3 * MIB + 1000)
    chunk = os.urandom(MIB)
    tail = os.urandom(1000)  # the file's last, unaligned piece
    disk = Disk(str(path), writable=True)
    try:
        assert disk.direct is _supports_direct(path)
        disk.write(MIB, chunk)
        disk.write(3 * MIB, tail)
        disk.write(0, bytes(MIB))
        disk.sync()
    finally:
        disk.close()

    data = path.read_bytes()
    assert data[MIB : 2 * MIB] == chunk
    assert data[3 * MIB :] == tail
    assert data[:MIB] == bytes(MIB) and data[2 * MIB : 3 * MIB] == bytes(MIB)


def test_direct_writes_are_used_where_the_file_system_takes_them(tmp_path, monkeypatch):
    path = tmp_path / "disk.img"
    _blank(path, MIB)
    if not _supports_direct(path):
        pytest.fail(f"{tmp_path} refuses O_DIRECT; run the tests on ext4 or xfs")
    disk = Disk(str(path), writable=True)
    direct_writes = []
    real_pwrite = os.pwrite

    def pwrite(fd, data, offset):
        if fd == disk._direct_fd:
            direct_writes.append((offset, len(data)))
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(disk_module.os, "pwrite", pwrite)
    try:
        disk.write(0, b"\x07" * MIB)
        disk.write(DIRECT_ALIGN + 1, b"odd")  # unaligned: through the cache
    finally:
        disk.close()

    assert direct_writes == [(0, MIB)]
    assert path.read_bytes()[:DIRECT_ALIGN] == b"\x07" * DIRECT_ALIGN
    assert path.read_bytes()[DIRECT_ALIGN + 1 : DIRECT_ALIGN + 4] == b"odd"


def test_a_refused_direct_write_falls_back_to_the_cache(tmp_path, monkeypatch):
    path = tmp_path / "disk.img"
    _blank(path, 2 * MIB)
    disk = Disk(str(path), writable=True, direct=True)
    if disk._direct_fd is None:
        pytest.fail(f"{tmp_path} refuses O_DIRECT; run the tests on ext4 or xfs")
    real_pwrite = os.pwrite

    def pwrite(fd, data, offset):
        if fd == disk._direct_fd:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(disk_module.os, "pwrite", pwrite)
    try:
        disk.write(MIB, b"\x05" * MIB)
        assert not disk.direct
        disk.write(0, b"\x06" * MIB)
    finally:
        disk.close()

    assert path.read_bytes() == b"\x06" * MIB + b"\x05" * MIB


def test_a_disk_opened_for_reading_writes_nothing_directly(tmp_path):
    path = tmp_path / "disk.img"
    _blank(path, MIB)
    disk = Disk(str(path), writable=False)
    try:
        assert not disk.direct
        assert disk.read(0, MIB) == bytes(MIB)
    finally:
        disk.close()
