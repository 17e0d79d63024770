"""A small client of the Base Adresse Nationale geocoder (the « API Adresse » search).

`geocode(text)` sends one request, ``GET {VIVIER_GEOCODER_URL}?q=…&limit=1``, with a short
timeout, and returns the best match as an `Address` (point, commune's INSEE code, label), or
None when nothing matches well enough. Any failure to get an answer (network, timeout, an HTTP
error, a body that is not the expected GeoJSON) raises `GeocoderUnavailable`: the caller then
lets the person pick their commune instead. The address itself is never stored nor logged.

The API Adresse of the Base Adresse Nationale moved from the DINUM
(api-adresse.data.gouv.fr, decommissioned at the end of January 2026) to the IGN's
Géoplateforme: https://data.geopf.fr/geocodage/search, « iso-functional » with the old one
(same `q` and `limit` parameters, same GeoCodeJSON answer). It is free and needs no key; it
answers a GeoJSON FeatureCollection whose features carry `properties.citycode` (INSEE code),
`properties.label`, `properties.score` (0 to 1) and `geometry.coordinates` (longitude,
latitude). It limits each client to 50 requests a second, far above what Vivier's form sends;
past that it answers 429, which counts as unavailable here.
"""

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

DEFAULT_URL = "https://data.geopf.fr/geocodage/search"
DEFAULT_TIMEOUT = 3.0
# Below this score the match is likely another street or another town: not used.
MIN_SCORE = 0.5
MAX_QUERY = 200  # the service refuses longer queries


class GeocoderUnavailable(Exception):
    """The geocoder could not be reached or gave no usable answer."""


@dataclass(frozen=True)
class Address:
    latitude: float
    longitude: float
    insee_code: str
    label: str
    score: float


def _url() -> str:
    return getattr(settings, "VIVIER_GEOCODER_URL", DEFAULT_URL)


def _timeout() -> float:
    return float(getattr(settings, "VIVIER_GEOCODER_TIMEOUT", DEFAULT_TIMEOUT))


def geocode(text: str) -> Address | None:
    query = " ".join(text.split())[:MAX_QUERY]
    if len(query) < 3:
        return None
    url = f"{_url()}?{urllib.parse.urlencode({'q': query, 'limit': 1})}"
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=_timeout()) as response:  # noqa: S310
            body = json.load(response)
    except (OSError, ValueError) as error:  # URLError, HTTPError and timeouts are OSErrors
        raise GeocoderUnavailable(type(error).__name__) from None
    try:
        features = body["features"]
        if not features:
            return None
        best = features[0]
        properties = best["properties"]
        longitude, latitude = best["geometry"]["coordinates"][:2]
        address = Address(
            latitude=float(latitude),
            longitude=float(longitude),
            insee_code=str(properties["citycode"]),
            label=str(properties.get("label", "")),
            score=float(properties.get("score", 0)),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        raise GeocoderUnavailable("unexpected answer") from None
    return address if address.score >= MIN_SCORE else None
