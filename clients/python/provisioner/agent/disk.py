"""The disk the agent reads or writes: a block device, or a file standing in
for one (tests, and images kept as files)."""

from __future__ import annotations

import os
import stat


class Disk:
    def __init__(self, path: str, writable: bool):
        self.path = path
        flags = os.O_RDWR if writable else os.O_RDONLY
        try:
            self._fd = os.open(path, flags)
        except OSError as error:
            purpose = "writing" if writable else "reading"
            raise OSError(
                error.errno, f"cannot open {path} for {purpose}: {error.strerror}"
            ) from None
        mode = os.fstat(self._fd).st_mode
        self.is_file = stat.S_ISREG(mode)
        self.size = os.lseek(self._fd, 0, os.SEEK_END)

    def read(self, offset: int, length: int) -> bytes:
        data = os.pread(self._fd, length, offset)
        while len(data) < length:
            more = os.pread(self._fd, length - len(data), offset + len(data))
            if not more:
                return data + bytes(length - len(data))  # past the end of a file
            data += more
        return data

    def write(self, offset: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.pwrite(self._fd, view, offset)
            view = view[written:]
            offset += written

    def grow_to(self, size: int) -> None:
        """Makes a file at least `size` bytes long; the new part reads as
        zeros and takes no room."""
        if self.is_file and self.size < size:
            os.ftruncate(self._fd, size)
            self.size = size

    def sync(self) -> None:
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def first_disk() -> str:
    """The first whole disk the kernel found, for an imaging environment told
    no disk."""
    names = sorted(os.listdir("/sys/block")) if os.path.isdir("/sys/block") else []
    for name in names:
        if name.startswith(("loop", "ram", "sr", "zram", "dm-", "md")):
            continue
        return f"/dev/{name}"
    raise OSError("no disk found in /sys/block; name one with --disk")
