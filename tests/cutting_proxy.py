"""A TCP proxy on loopback that counts the bytes it carries each way, and can
cut every connection at once, as a pulled cable would, or hold all traffic,
as a hung network would."""

from __future__ import annotations

import socket
import threading

_BUFFER = 256 * 1024


class CuttingProxy:
    def __init__(self, target_port: int):
        self._target = ("127.0.0.1", target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self.upstream = 0  # client to server
        self.downstream = 0  # server to client
        self.cuts = 0
        self._cut_at: tuple[str, int] | None = None
        self._hold_at: tuple[str, int] | None = None
        self._flowing = threading.Event()
        self._flowing.set()
        self.holding = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def cut(self) -> None:
        """Ends every connection open now; later ones go through."""
        with self._lock:
            sockets, self._open = self._open, []
            self.cuts += 1
        for sock in sockets:
            _shut(sock)

    def cut_at(self, way: str, count: int) -> None:
        """Cuts every connection, once, when `count` bytes have gone `way`
        ("up", client to server, or "down") since the counts were reset."""
        with self._lock:
            self._cut_at = (way, count)

    def hold_at(self, way: str, count: int) -> None:
        """Stops all traffic when `count` bytes have gone `way`, until
        release(); `holding` is set meanwhile."""
        with self._lock:
            self._hold_at = (way, count)

    def release(self) -> None:
        self.holding.clear()
        self._flowing.set()

    def reset_counts(self) -> None:
        with self._lock:
            self.upstream = self.downstream = 0

    def close(self) -> None:
        self._closed = True
        self._flowing.set()
        _shut(self._listener)
        self.cut()
        self._thread.join(5)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                _shut(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._open += [client, server]
            for source, sink, way in ((client, server, "up"), (server, client, "down")):
                threading.Thread(
                    target=self._pump, args=(source, sink, way), daemon=True
                ).start()

    def _pump(self, source: socket.socket, sink: socket.socket, way: str) -> None:
        try:
            while data := source.recv(_BUFFER):
                self._flowing.wait(timeout=60)
                sink.sendall(data)
                with self._lock:
                    if way == "up":
                        self.upstream += len(data)
                    else:
                        self.downstream += len(data)
                    carried = self.upstream if way == "up" else self.downstream
                    due = self._cut_at is not None and self._cut_at == (
                        way,
                        min(self._cut_at[1], carried),
                    )
                    if due:
                        self._cut_at = None
                    hold = self._hold_at is not None and self._hold_at[0] == way
                    if hold and carried >= self._hold_at[1]:
                        self._hold_at = None
                        self._flowing.clear()
                        self.holding.set()
                if due:
                    self.cut()
        except OSError:
            pass
        finally:
            _shut(source)
            _shut(sink)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
