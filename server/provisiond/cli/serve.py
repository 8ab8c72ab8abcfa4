"""provisiond: the daemon. Serves the gRPC API and boot files (TFTP, HTTP); stops
gracefully on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import signal
import time

from provisiond import __version__, config, logs, tls
from provisiond.api.server import ApiServer
from provisiond.boot.servers import BootServers
from provisiond.cli import common
from provisiond.config import ConfigError
from provisiond.core import deployment
from provisiond.db.database import db

LOG = logging.getLogger("provisiond")

# How soon a stop signal is acted on, at the latest.
_SIGNAL_POLL_SECONDS = 0.1


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
    boot = BootServers(settings, server.services.provisioner)
    # The handler only records the signal: it runs between two bytecodes of
    # the main thread, where taking a lock or logging could deadlock.
    received: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, _frame: received.append(signum))
    signal.signal(signal.SIGINT, lambda signum, _frame: received.append(signum))

    listeners = server.start()
    try:
        boot.start()
    except ConfigError:
        server.stop(grace=0)
        raise
    for listener in listeners:
        LOG.info(
            "gRPC API listening on %s (port %d, %s)",
            listener.address,
            listener.port,
            "TLS" if listener.tls else "plaintext",
        )
    if tls.tls_files(settings) is None:
        LOG.warning(
            "TLS is off: tokens travel in clear text; run "
            "'provisioner-api tls-init' or set tls_cert and tls_key"
        )
    with db.connection_context():
        if not deployment.api_enabled():
            LOG.warning(
                "the API is disabled: calls get UNAVAILABLE until an "
                "operator runs 'provisioner-api enable'"
            )

    _wait_for(received)
    LOG.info(
        "received %s; stopping within %.0f s",
        signal.Signals(received[0]).name,
        settings.grace_seconds,
    )
    boot.stop()
    server.stop()
    LOG.info("provisiond stopped")
    logs.shutdown()
    return 0


def _wait_for(received: list[int]) -> None:
    # NOTE: the kernel may deliver a signal to any of our threads, and then no
    # blocking call of the main thread returns; Python runs the handler only
    # once the main thread runs again. So poll instead of blocking on an Event.
    while not received:
        time.sleep(_SIGNAL_POLL_SECONDS)


if __name__ == "__main__":
    raise SystemExit(main())
