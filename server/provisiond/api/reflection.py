"""Server reflection that also resolves method names (`pkg.Service.Method`).

grpcio's reflection looks symbols up in a descriptor pool, and protobuf's pool
does not index methods, so `grpcurl describe pkg.Service.Method` would get
"Symbol not found". The pool below answers a method name with its service's file.
"""

from __future__ import annotations

from google.protobuf import descriptor_pool
from grpc_reflection.v1alpha import reflection


class _MethodAwarePool:
    """The default descriptor pool, plus look-ups of method names."""

    def __init__(self, pool: descriptor_pool.DescriptorPool):
        self._pool = pool

    def __getattr__(self, name):
        return getattr(self._pool, name)

    def FindFileContainingSymbol(self, symbol: str):  # noqa: N802 - the pool's API
        try:
            return self._pool.FindFileContainingSymbol(symbol)
        except KeyError:
            service_name, _, method = symbol.rpartition(".")
            service = self._pool.FindServiceByName(service_name)
            if method not in service.methods_by_name:
                raise
            return service.file


def enable(server, service_names: list[str]) -> None:
    """Serves reflection for `service_names` and for reflection itself."""
    reflection.enable_server_reflection(
        [*service_names, reflection.SERVICE_NAME],
        server,
        pool=_MethodAwarePool(descriptor_pool.Default()),
    )
