"""Secret material: password hashing (scrypt), token minting and digests.

Passwords, chosen by people, are stored as salted scrypt hashes; tokens and APID
secrets, random and high-entropy, as SHA-256 digests. Every comparison of secret
material is constant-time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# scrypt cost: about 50 ms and 16 MiB per check on these machines, which makes
# guessing slow without letting a burst of logins exhaust the server.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SCRYPT_LEN = 32
_SCHEME = "scrypt"


def hash_password(password: str) -> str:
    """Returns a self-describing salted scrypt hash of `password`."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return "$".join(
        [
            _SCHEME,
            str(_SCRYPT_N),
            str(_SCRYPT_R),
            str(_SCRYPT_P),
            _b64(salt),
            _b64(digest),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches `stored`, a hash made by hash_password."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        actual = _scrypt(password, _unb64(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, _unb64(digest))


def burn_password_check() -> None:
    """Spends the time of one password check, so that an unknown APID and a
    wrong password take equally long to refuse."""
    _scrypt("", b"\0" * 16, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)


def new_token(prefix: str) -> str:
    """A random 256-bit token, URL-safe, with a prefix saying what it is."""
    return prefix + secrets.token_urlsafe(32)


def sha256_hex(value: str) -> str:
    """The hex SHA-256 digest of a token or secret."""
    return hashlib.sha256(value.encode()).hexdigest()


def digest_matches(value: str, stored_hex: str) -> bool:
    """Constant-time check that sha256(value) equals `stored_hex`."""
    return hmac.compare_digest(sha256_hex(value), stored_hex)


def strings_equal(a: str, b: str) -> bool:
    """Constant-time equality of two strings."""
    return hmac.compare_digest(a.encode(), b.encode())


def random_string(alphabet: str, length: int) -> str:
    """`length` characters drawn from `alphabet` by a cryptographic generator."""
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=64 * 1024 * 1024,
        dklen=_SCRYPT_LEN,
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise ValueError("malformed hash") from exc
