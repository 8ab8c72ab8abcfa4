"""Safe resolution of a file name a boot client asks for to a file under the
boot directory.

Both transports serve the same tree, so both use these rules:

- a backslash is a separator, as PXE clients on Windows-built ROMs send them;
- a leading slash means the boot root, as GRUB sends `/grub/...` and
  tftpd-hpa's --secure mode reads it; no name can reach outside the root;
- a `..` component is refused outright, even where it would stay inside;
- symbolic links are followed, and refused when they end outside the root;
- only regular files are served; a NUL byte is refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from provisiond.core.errors import NotFound, PermissionDenied, invalid_field


def normalise(requested: str) -> str:
    """`requested` as a relative name with `/` separators and without empty or
    `.` components.

    Raises InvalidArgument for a NUL byte and PermissionDenied for a `..`
    component.
    """
    if "\0" in requested:
        raise invalid_field("path", "contains a NUL byte")
    parts = requested.replace("\\", "/").split("/")
    kept = [part for part in parts if part not in ("", ".")]
    if ".." in kept:
        raise PermissionDenied("the path leaves the boot directory", "PATH_OUTSIDE")
    return "/".join(kept)


class BootDirectory:
    """The tree of static boot files: loaders, kernels, initrds."""

    def __init__(self, root: Path):
        # Resolved once, so that a symlinked boot directory itself is fine and
        # every later check compares real paths.
        self.root = Path(os.path.realpath(root))

    def resolve(self, requested: str) -> Path:
        """The real path of the regular file that `requested` names.

        Raises PermissionDenied for a name or link that leaves the root,
        InvalidArgument for a NUL byte, NotFound when there is no such file.
        """
        relative = normalise(requested)
        real = os.path.realpath(self.root / relative)
        if os.path.commonpath([self.root, real]) != str(self.root):
            raise PermissionDenied("the path leaves the boot directory", "PATH_OUTSIDE")
        if not relative or not os.path.isfile(real):
            raise NotFound("no such file", "FILE_NOT_FOUND")
        return Path(real)

    def open(self, requested: str) -> BinaryIO:
        """The file that `requested` names, open for reading; raises as
        resolve() does."""
        path = self.resolve(requested)
        try:
            handle = open(path, "rb")
        except OSError as error:
            raise NotFound("the file cannot be read", "FILE_NOT_FOUND") from error
        # The name may have been swapped for a directory or a device between
        # the check and the open.
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            handle.close()
            raise NotFound("no such file", "FILE_NOT_FOUND")
        return handle
