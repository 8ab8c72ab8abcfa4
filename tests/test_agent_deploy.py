"""The deploy side of provisioner-agent in pieces: the in-order digest of what
the disk holds, and how a failed download releases the thread waiting on it."""

from __future__ import annotations

import hashlib
import threading

import pytest

from provisioner.agent.deploy import Check, ImageDigest, _Writer
from provisioner.agent.transport import AgentError

MIB = 1024 * 1024


def test_digest_hashes_pieces_in_order_whatever_order_they_come():
    data = bytes(range(256)) * 4096 * 3  # 3 MiB
    digest = ImageDigest(len(data))
    digest.add(2 * MIB, data[2 * MIB :])
    digest.add(0, data[:MIB])
    digest.add(MIB, data[MIB : 2 * MIB])

    assert digest.result() == hashlib.sha256(data).hexdigest()


def test_digest_counts_zero_pieces_as_zeros():
    digest = ImageDigest(3 * MIB + 5)
    digest.add(MIB, 2 * MIB + 5)
    digest.add(0, b"\x01" * MIB)

    expected = hashlib.sha256(b"\x01" * MIB + bytes(2 * MIB + 5)).hexdigest()
    assert digest.result() == expected


def test_digest_with_a_gap_fails_instead_of_waiting():
    digest = ImageDigest(2 * MIB)
    digest.add(MIB, bytes(MIB))

    with pytest.raises(AgentError, match="from byte 0 on was never settled"):
        digest.result()


class _FailingClient:
    def call(self, method, request):
        raise AgentError("the server went away")


def test_failed_download_releases_a_wait_for_the_digest():
    digest = ImageDigest(4 * MIB)
    digest.add(MIB, bytes(range(256)) * 4096)  # held behind the gap at 0
    writer = _Writer(_FailingClient(), disk=None, workers=1, digest=digest)
    waited = threading.Event()

    def main_thread():
        digest.wait_below(0)  # as _write_parts does before the next part
        waited.set()

    waiter = threading.Thread(target=main_thread, daemon=True)
    waiter.start()
    with pytest.raises(AgentError):
        check = Check(b"\x00" * 32, b"")
        writer._fetch([check], {check: [(0, MIB)]})
    writer.close()

    assert waited.wait(5), "the wait for the digest was never released"
