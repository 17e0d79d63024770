"""Test doubles that are real parts: a perimeter file in ANCT's schema, and an HTTP server on
loopback that answers like the Base Adresse Nationale with recorded answers.

The perimeters are two invented neighbourhoods of Évry-Courcouronnes (91228), drawn around the
points of the recorded answers: Vivier's official perimeter file is read by the same code
(`territories.qpv.Perimeters.read`), only its size differs.
"""

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RECORDED = Path(__file__).resolve().parent / "recorded"

# A square neighbourhood, 0.02° a side (about 2.2 km by 1.5 km), south-west corner given.
SQUARE_SW = (48.620, 2.430)  # latitude, longitude
INSIDE = (48.6245, 2.4417)  # the recorded « 12 rue des Pyramides » point
OUTSIDE = (48.6500, 2.4417)
ON_BORDER = (48.620, 2.4350)  # on the southern edge


def _square(south: float, west: float, side: float) -> list:
    ring = [
        [west, south],
        [west + side, south],
        [west + side, south + side],
        [west, south + side],
        [west, south],
    ]
    return [[ring]]


PERIMETERS = {
    "type": "FeatureCollection",
    "name": "QP2024_France_Hexagonale_Outre_Mer_WGS84",
    "features": [
        {
            "type": "Feature",
            "properties": {
                "fid": 1,
                "code_qp": "QN09199M",
                "lib_qp": "Quartier d'essai des Pyramides",
                "insee_com": "91228",
                "lib_com": "Évry-Courcouronnes",
            },
            "geometry": {"type": "MultiPolygon", "coordinates": _square(*SQUARE_SW, 0.02)},
        },
        {
            "type": "Feature",
            "properties": {
                "fid": 2,
                "code_qp": "QN09198M",
                "lib_qp": "Bois d'essai",
                "insee_com": "91228, 91174",
                "lib_com": "Évry-Courcouronnes, Corbeil-Essonnes",
            },
            "geometry": {"type": "MultiPolygon", "coordinates": _square(48.600, 2.400, 0.005)},
        },
    ],
}


def write_perimeters(folder: Path) -> Path:
    path = folder / "qpv-test.geojson"
    path.write_text(json.dumps(PERIMETERS), encoding="utf-8")
    return path


class FakeGeocoder:
    """Answers `GET /search/?q=…` with the recorded answer for that query (file
    `recorded/<name>.json`, chosen through `answers`), an empty collection for any other query.
    `mode` switches to failures: "error" (HTTP 503), "garbage" (not JSON), "slow" (answers after
    `delay` seconds)."""

    def __init__(self, answers: dict[str, str]):
        self.answers = answers
        self.mode = "ok"
        self.delay = 2.0
        self.queries: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query).get("q", [""])[0]
                fake.queries.append(query)
                if fake.mode == "error":
                    return self._send(503, b'{"message": "unavailable"}')
                if fake.mode == "garbage":
                    return self._send(200, b"<html>maintenance</html>")
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if url.path != "/search/":
                    return self._send(404, b"{}")
                name = fake.answers.get(query)
                body = (
                    (RECORDED / f"{name}.json").read_bytes()
                    if name
                    else b'{"type": "FeatureCollection", "features": []}'
                )
                return self._send(200, body)

            def _send(self, status: int, body: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/search/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


ANSWERS = {
    "12 rue des Pyramides 91000 Évry-Courcouronnes": "pyramides",
    "3 place de l'Agora 91000 Évry-Courcouronnes": "agora",
}
