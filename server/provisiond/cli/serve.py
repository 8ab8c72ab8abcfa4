"""provisiond: the daemon. Starts the gRPC API and stops gracefully on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import signal
import threading

from provisiond import __version__, config, logs, tls
from provisiond.api.server import ApiServer
from provisiond.cli import common
from provisiond.core import deployment
from provisiond.db.database import db

LOG = logging.getLogger("provisiond")


def main(argv: list[str] | None = None) -> int:
    parser = common.parser("provisiond", "Provisioner daemon: the gRPC API.")
    args = parser.parse_args(argv)
    return common.run(lambda: _serve(args))


def _serve(args) -> int:
    settings = config.load(args)
    logs.configure(settings.log_format, settings.log_level)
    LOG.info("provisiond %s starting", __version__)
    for line in config.describe(settings):
        LOG.debug("setting %s", line)

    common.open_settings_database(args)
    server = ApiServer(settings)
    stopping = threading.Event()

    def on_signal(signum, _frame):
        LOG.info("received %s; stopping within %.0f s", signal.Signals(signum).name,
                 settings.grace_seconds)
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    for listener in server.start():
        LOG.info("gRPC API listening on %s (port %d, %s)", listener.address,
                 listener.port, "TLS" if listener.tls else "plaintext")
    if tls.tls_files(settings) is None:
        LOG.warning("TLS is off: tokens travel in clear text; run "
                    "'provisioner-api tls-init' or set tls_cert and tls_key")
    with db.connection_context():
        if not deployment.api_enabled():
            LOG.warning("the API is disabled: calls get UNAVAILABLE until an "
                        "operator runs 'provisioner-api enable'")

    stopping.wait()
    server.stop()
    LOG.info("provisiond stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
