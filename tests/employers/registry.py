"""A stand-in for the « API Recherche d'entreprises » on loopback: a real HTTP server that
answers `/search?q=<SIRET>` with the answers in registry_answers/ (in the shape the API's
documentation gives, https://recherche-entreprises.api.gouv.fr/docs/), an empty result for any
other SIRET, a 500 for SIRET_SERVER_ERROR and nothing at all (a hang) for SIRET_SILENT.

`serve_registry()` yields its base URL; the client under test talks to it over TCP."""

import threading
import urllib.parse
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ANSWERS = Path(__file__).parent / "registry_answers"
DINUM = "13002526500013"
OCTO = "41816609600069"
# Well-formed SIRETs (Luhn) the recorded answers do not know.
UNKNOWN = "73282932000074"
SIRET_SERVER_ERROR = "55210055400013"
SIRET_SILENT = "35600000049837"  # La Poste's numbering


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query).get("q", [""])[0]
        self.server.queries.append(query)
        if url.path != "/search":
            return self._send(404, b'{"erreur": "not found"}')
        if query == SIRET_SERVER_ERROR:
            return self._send(500, b"Internal Server Error")
        if query == SIRET_SILENT:
            self.server.release.wait(10)
            return None
        answer = ANSWERS / f"{query}.json"
        if not answer.exists():
            answer = ANSWERS / "no_result.json"
        return self._send(200, answer.read_bytes())

    def _send(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def serve_registry():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.queries = []
    server.release = threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def base_url(server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"
