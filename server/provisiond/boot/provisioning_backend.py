"""The BootBackend the boot servers use: host configs and installer callbacks
answered from the database through the Provisioner.

Boot requests run on the boot servers' own threads, which may be short-lived:
each request borrows a pooled connection and gives it back.
"""

from __future__ import annotations

from provisiond.boot.backend import ConfigKind, InstallerReport
from provisiond.core import bootconfig
from provisiond.core.provisioning import Provisioner
from provisiond.db.database import db


class ProvisioningBackend:
    def __init__(self, provisioner: Provisioner):
        self._provisioner = provisioner

    def boot_config(self, kind: ConfigKind, mac: str, client_address: str) -> str:
        entry = None
        if mac:
            with db.connection_context():
                entry = self._provisioner.boot_entry(mac)
        return bootconfig.render(kind, entry)

    def answer_file(self, token: str, client_address: str) -> str:
        with db.connection_context():
            return self._provisioner.answer_file(token)

    def installer_report(
        self, token: str, report: InstallerReport, client_address: str
    ) -> None:
        with db.connection_context():
            self._provisioner.installer_report(token, report)
