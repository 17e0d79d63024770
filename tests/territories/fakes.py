"""Test doubles that are real parts: a perimeter file in ANCT's schema, and an HTTP server on
loopback that answers like the Base Adresse Nationale with recorded answers.

The perimeters are two invented neighbourhoods of Évry-Courcouronnes (91228), drawn around the
points of the recorded answers, and one of Bourg-en-Bresse (01053): Vivier's official perimeter
file is read by the same code (`territories.qpv.Perimeters.read`), only its size differs. The
departments they cover, the Essonne and the Ain, are the ones whose communes the perimeters can
say have no QPV; elsewhere (Lille, La Réunion) the answer is « not covered ».
"""

import json
import math
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
# Overseas: Saint-Denis, La Réunion (97411), where the perimeters shipped draw no QPV.
REUNION = (-20.8789, 55.4481)

METRES_PER_DEGREE = 111_320  # of latitude; of longitude, times the cosine of the latitude


def north_of(point: tuple[float, float], metres: float) -> tuple[float, float]:
    return (point[0] + metres / METRES_PER_DEGREE, point[1])


def east_of(point: tuple[float, float], metres: float) -> tuple[float, float]:
    latitude, longitude = point
    return (latitude, longitude + metres / (METRES_PER_DEGREE * math.cos(math.radians(latitude))))


# On the western edge of the square, half-way up.
ON_WESTERN_EDGE = (48.630, 2.430)
# 5 m inside the square's southern edge: the recorded « 5 allée du Bord » point.
NEAR_BORDER = north_of(ON_BORDER, 5)


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
        {
            "type": "Feature",
            "properties": {
                "fid": 3,
                "code_qp": "QN00199M",
                "lib_qp": "Quartier d'essai de Bourg",
                "insee_com": "01053",
                "lib_com": "Bourg-en-Bresse",
            },
            "geometry": {"type": "MultiPolygon", "coordinates": _square(46.200, 5.220, 0.005)},
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
    "5 allée du Bord 91000 Évry-Courcouronnes": "bord",
    "1 rue de Paris 97400 Saint-Denis": "saint-denis-reunion",
}
