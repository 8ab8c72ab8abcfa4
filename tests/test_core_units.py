"""Unit tests of the small domain pieces: addresses, secrets, throttle, pages."""

import ipaddress

import pytest

from provisiond.core import pagination, secrets
from provisiond.core.addresses import is_allowed, parse_networks, peer_address
from provisiond.core.errors import InvalidArgument, ResourceExhausted
from provisiond.core.throttle import FailureThrottle


@pytest.mark.parametrize(
    ("peer", "address"),
    [
        ("ipv4:127.0.0.1:5000", "127.0.0.1"),
        ("ipv6:[::1]:5000", "::1"),
        ("ipv6:%5B::1%5D:5000", "::1"),
        ("ipv6:[::ffff:192.0.2.7]:80", "192.0.2.7"),
        ("ipv6:[fe80::1%25eth0]:80", "fe80::1"),
        ("unix:/run/provisioner.sock", None),
        ("ipv4:not-an-ip:1", None),
        ("", None),
    ],
)
def test_peer_address_parses_grpc_peer(peer, address):
    parsed = peer_address(peer)

    assert (str(parsed) if parsed else None) == address


def test_is_allowed_matches_cidr_and_family():
    networks = parse_networks(["192.0.2.0/24", "2001:db8::1"])

    assert is_allowed(ipaddress.ip_address("192.0.2.200"), networks)
    assert is_allowed(ipaddress.ip_address("2001:db8::1"), networks)
    assert not is_allowed(ipaddress.ip_address("192.0.3.1"), networks)
    assert not is_allowed(ipaddress.ip_address("2001:db8::2"), networks)
    assert not is_allowed(None, networks)


@pytest.mark.parametrize("bad", ["192.0.2.0/33", "example.com", "", "1.2.3.4/x"])
def test_parse_networks_names_bad_value(bad):
    with pytest.raises(ValueError, match="not an IP address or CIDR"):
        parse_networks([bad])


def test_password_hash_verifies_only_its_password():
    stored = secrets.hash_password("a long passphrase")

    assert stored.startswith("scrypt$") and "a long passphrase" not in stored
    assert secrets.verify_password("a long passphrase", stored)
    assert not secrets.verify_password("a long passphrasE", stored)
    assert secrets.hash_password("a long passphrase") != stored


@pytest.mark.parametrize(
    "stored", ["", "scrypt$1$2", "md5$x$y$z$a$b", "scrypt$16384$8$1$!!$!!"]
)
def test_verify_password_refuses_malformed_hash(stored):
    assert not secrets.verify_password("anything", stored)


def test_tokens_are_random_and_digests_compare():
    token = secrets.new_token("pvs_")

    assert token.startswith("pvs_") and len(token) >= 40
    assert token != secrets.new_token("pvs_")
    assert secrets.digest_matches(token, secrets.sha256_hex(token))
    assert not secrets.digest_matches(token + "x", secrets.sha256_hex(token))


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_throttle_refuses_after_limit_and_recovers():
    clock = FakeClock()
    throttle = FailureThrottle(max_failures=3, window_seconds=60, clock=clock)
    for _ in range(3):
        throttle.check("addr:a")
        throttle.record_failure("addr:a", "apid:x")

    with pytest.raises(ResourceExhausted) as caught:
        throttle.check("addr:b", "apid:x")
    assert caught.value.retry_after_seconds == pytest.approx(60)
    throttle.check("addr:b")

    clock.now += 61
    throttle.check("addr:a", "apid:x")


def test_throttle_window_slides():
    clock = FakeClock()
    throttle = FailureThrottle(max_failures=2, window_seconds=10, clock=clock)
    throttle.record_failure("k")
    clock.now += 6
    throttle.record_failure("k")

    with pytest.raises(ResourceExhausted) as caught:
        throttle.check("k")
    assert caught.value.retry_after_seconds == pytest.approx(4)
    clock.now += 4.5
    throttle.check("k")


def test_page_token_round_trip_and_binding():
    first = pagination.page_request(2, "", {"method": "m"})
    token = pagination.next_page_token(first, [9, 8, 7])

    second = pagination.page_request(2, token, {"method": "m"})

    assert second.after_key == 8
    assert pagination.next_page_token(first, [9, 8]) == ""
    with pytest.raises(InvalidArgument, match="other filters"):
        pagination.page_request(2, token, {"method": "other"})


@pytest.mark.parametrize(
    ("size", "expected"), [(0, 100), (1, 1), (1000, 1000), (1001, 1000)]
)
def test_page_size_defaults_and_caps(size, expected):
    assert pagination.page_request(size, "", {}).size == expected
