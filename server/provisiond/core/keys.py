"""The server key: one secret per deployment, kept in a 0600 file.

It encrypts BMC passwords at rest (a database dump alone does not reveal them)
and signs install tokens, which the server can then recompute when it renders a
host's boot configuration instead of storing them. Every server sharing one
database must load the same key file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

_KEY_BYTES = 32


class ServerKeyError(Exception):
    """The key file is unreadable or malformed; the message says how to fix it."""


class ServerKey:
    def __init__(self, material: bytes):
        if len(material) != _KEY_BYTES:
            raise ServerKeyError("a server key is 32 bytes")
        self._material = material
        self._fernet = Fernet(base64.urlsafe_b64encode(self._derive(b"bmc-password")))

    @classmethod
    def load_or_create(cls, path: Path) -> ServerKey:
        """Reads the key at `path`, creating it (mode 0600) if it is missing."""
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as handle:
                    handle.write(secrets.token_hex(_KEY_BYTES) + "\n")
            text = path.read_text().strip()
        except FileExistsError:  # another process created it first
            text = path.read_text().strip()
        except OSError as error:
            raise ServerKeyError(
                f"cannot read or create the server key {path}: {error.strerror}; "
                "check the directory's permissions or set secret_key_file"
            ) from None
        try:
            return cls(bytes.fromhex(text))
        except ValueError:
            raise ServerKeyError(
                f"the server key {path} is not 64 hex digits; restore it from "
                "another server of the deployment, or delete it to make a new "
                "one (stored BMC passwords must then be set again)"
            ) from None

    def _derive(self, purpose: bytes) -> bytes:
        return hmac.new(self._material, purpose, hashlib.sha256).digest()

    def sign(self, purpose: str, message: str) -> str:
        """A URL-safe signature of `message` for `purpose`."""
        mac = hmac.new(self._derive(purpose.encode()), message.encode(), "sha256")
        return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")

    def verify(self, purpose: str, message: str, signature: str) -> bool:
        """Constant-time check of a signature made by sign()."""
        return hmac.compare_digest(
            self.sign(purpose, message).encode(), signature.encode()
        )

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, ciphertext: str) -> str:
        try:
            return self._fernet.decrypt(ciphertext.encode()).decode()
        except InvalidToken:
            raise ServerKeyError(
                "a stored BMC password cannot be decrypted with this server's "
                "key: the servers of this deployment use different key files"
            ) from None
