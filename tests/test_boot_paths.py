"""Units: resolving requested names under the boot directory, and per-MAC
configuration names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provisiond.boot.backend import ConfigKind
from provisiond.boot.macs import config_request, parse_mac
from provisiond.boot.paths import BootDirectory, normalise
from provisiond.core.errors import InvalidArgument, NotFound, PermissionDenied

SECRET = b"never serve this"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """boot/ with files and links, beside a secret file and a sibling
    directory whose name starts with "boot"."""
    boot = tmp_path / "boot"
    (boot / "grub" / "x86_64-efi").mkdir(parents=True)
    (boot / "pxelinux.0").write_bytes(b"loader")
    (boot / "grub" / "x86_64-efi" / "normal.mod").write_bytes(b"module")
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "boot-private").mkdir()
    (tmp_path / "boot-private" / "secret.txt").write_bytes(SECRET)
    (boot / "escape").symlink_to(tmp_path / "secret.txt")
    (boot / "private").symlink_to(tmp_path / "boot-private")
    (boot / "loader").symlink_to("pxelinux.0")
    return boot


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("pxelinux.0", "pxelinux.0"),
        ("/pxelinux.0", "pxelinux.0"),
        ("grub\\x86_64-efi\\normal.mod", "grub/x86_64-efi/normal.mod"),
        ("./grub//x86_64-efi/./normal.mod", "grub/x86_64-efi/normal.mod"),
        ("", ""),
    ],
)
def test_normalise_separators_and_leading_slash(requested, expected):
    assert normalise(requested) == expected


@pytest.mark.parametrize(
    "requested", ["..", "../secret.txt", "grub/../../secret.txt", "..\\secret.txt"]
)
def test_normalise_refuses_parent_components(requested):
    with pytest.raises(PermissionDenied):
        normalise(requested)


def test_normalise_refuses_nul():
    with pytest.raises(InvalidArgument):
        normalise("pxelinux.0\0.txt")


@pytest.mark.parametrize(
    "requested",
    ["pxelinux.0", "/pxelinux.0", "grub\\x86_64-efi\\normal.mod", "loader"],
)
def test_resolve_finds_files_inside(tree, requested):
    resolved = BootDirectory(tree).resolve(requested)
    assert resolved.is_relative_to(tree.resolve())
    assert resolved.is_file()


@pytest.mark.parametrize(
    "requested",
    [
        "escape",  # a link to a file outside
        "private/secret.txt",  # a link to a sibling that shares the prefix
        "../boot-private/secret.txt",
        "..\\secret.txt",
    ],
)
def test_resolve_refuses_names_that_leave(tree, requested):
    with pytest.raises(PermissionDenied):
        BootDirectory(tree).resolve(requested)


@pytest.mark.parametrize("requested", ["missing", "grub", "", "/"])
def test_resolve_not_found_for_missing_files_and_directories(tree, requested):
    with pytest.raises(NotFound):
        BootDirectory(tree).resolve(requested)


def test_resolve_reads_absolute_names_under_the_root(tree):
    # An absolute name means the boot root, as with tftpd-hpa --secure.
    outside = tree.parent / "secret.txt"
    with pytest.raises(NotFound):
        BootDirectory(tree).resolve(str(outside))
    (tree / outside.relative_to("/")).parent.mkdir(parents=True)
    (tree / outside.relative_to("/")).write_bytes(b"inside")
    with BootDirectory(tree).open(str(outside)) as handle:
        assert handle.read() == b"inside"


def test_resolve_through_a_linked_root(tree, tmp_path):
    linked = tmp_path / "linked-boot"
    linked.symlink_to(tree)
    assert BootDirectory(linked).resolve("pxelinux.0") == (tree / "pxelinux.0")


def test_open_reads_the_file(tree):
    with BootDirectory(tree).open("grub/x86_64-efi/normal.mod") as handle:
        assert handle.read() == b"module"


def test_open_refuses_other_than_regular_files(tree):
    os.mkfifo(tree / "fifo")
    with pytest.raises(NotFound):
        BootDirectory(tree).open("fifo")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52:54:00:AB:cd:01", "52:54:00:ab:cd:01"),
        ("52-54-00-ab-cd-01", "52:54:00:ab:cd:01"),
        ("52:54-00:ab:cd:01", None),
        ("52:54:00:ab:cd", None),
        ("52:54:00:ab:cd:01:02", None),
        ("52:54:00:ab:cd:0g", None),
        ("", None),
    ],
)
def test_parse_mac(text, expected):
    assert parse_mac(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "pxelinux.cfg/01-52-54-00-ab-cd-01",
            (ConfigKind.PXELINUX, "52:54:00:ab:cd:01"),
        ),
        (
            "pxelinux.cfg/01-52-54-00-AB-CD-01",
            (ConfigKind.PXELINUX, "52:54:00:ab:cd:01"),
        ),
        ("grub/grub.cfg-01-52-54-00-ab-cd-01", (ConfigKind.GRUB, "52:54:00:ab:cd:01")),
        ("ipxe/01-52-54-00-ab-cd-01", (ConfigKind.IPXE, "52:54:00:ab:cd:01")),
        # What else PXELINUX probes for: its UUID, its address in hex, default.
        ("pxelinux.cfg/b8945908-d6a6-41a9-611d-74a6ab80b83d", None),
        ("pxelinux.cfg/C0A8010A", None),
        ("pxelinux.cfg/default", None),
        ("pxelinux.cfg/06-52-54-00-ab-cd-01", None),
        ("grub/grub.cfg", None),
        ("pxelinux.0", None),
    ],
)
def test_config_request(name, expected):
    assert config_request(name) == expected
