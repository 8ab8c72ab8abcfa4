"""The BootBackend the boot servers use: host configs and installer callbacks
answered from the database through the Provisioner.

Boot requests run on the boot servers' own few threads, which take their
database connection as gRPC calls do (db.connection_scope).
"""

from __future__ import annotations

from provisiond.boot.backend import ConfigKind, InstallerReport
from provisiond.core import bootconfig
from provisiond.core.provisioning import Provisioner
from provisiond.db.database import connection_scope


class ProvisioningBackend:
    def __init__(self, provisioner: Provisioner):
        self._provisioner = provisioner

    def boot_config(self, kind: ConfigKind, mac: str, client_address: str) -> str:
        entry = None
        if mac:
            with connection_scope():
                entry = self._provisioner.boot_entry(mac)
        return bootconfig.render(kind, entry)

    def answer_file(self, token: str, client_address: str) -> str:
        with connection_scope():
            return self._provisioner.answer_file(token)

    def installer_report(
        self, token: str, report: InstallerReport, client_address: str
    ) -> None:
        with connection_scope():
            self._provisioner.installer_report(token, report)
