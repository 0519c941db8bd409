"""What the fakes of paid providers (Twilio, OVHcloud, an OpenAI-compatible endpoint)
share: an HTTP server on 127.0.0.1, on a port the system picks, served from a thread.
Their request handler reaches the fake as `self.server.fake`; a handler that sleeps on a
slow reply waits on `fake._stopping`, so stopping the server is immediate."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


class LocalServer:
    _server: ThreadingHTTPServer

    def _listen(
        self, server_class: type[ThreadingHTTPServer], handler: type[BaseHTTPRequestHandler]
    ) -> None:
        self._stopping = threading.Event()
        self._server = server_class(("127.0.0.1", 0), handler)
        self._server.fake = self  # type: ignore[attr-defined]
        # A short poll so that stopping (once per test) does not cost half a second.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
