"""A small client of the public « API Recherche d'entreprises » (DINUM, no key needed):
https://recherche-entreprises.api.gouv.fr/search?q=<SIRET>

It answers {"results": [{"siren", "nom_complet", "siege": {...}, "matching_etablissements":
[{"siret", "adresse", "activite_principale", ...}]}], "total_results": ...}. We read the
establishment whose SIRET was asked (the head office when it is that one).

Any failure to get a usable answer (timeout, refused connection, HTTP error, malformed JSON)
raises RegistryUnavailable: the sign-up then goes on, pending staff confirmation. An answer that
lists no such establishment is CompanyNotFound: the SIRET is well-formed but unknown."""

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

USER_AGENT = "Vivier (recrutement anonyme; https://github.com/vivier)"
MAX_ANSWER_BYTES = 1_000_000


class RegistryUnavailable(Exception):
    """The registry could not be asked or gave no usable answer."""


class CompanyNotFound(Exception):
    """The registry knows no establishment with this SIRET."""


@dataclass(frozen=True)
class Company:
    siret: str
    name: str
    address: str
    activity_code: str


def _establishment(result: dict, siret: str) -> dict | None:
    candidates = [*(result.get("matching_etablissements") or []), result.get("siege") or {}]
    for establishment in candidates:
        if establishment.get("siret") == siret:
            return establishment
    return None


def parse_answer(answer: dict, siret: str) -> Company:
    for result in answer.get("results") or []:
        establishment = _establishment(result, siret)
        if establishment is None:
            continue
        name = (result.get("nom_complet") or result.get("nom_raison_sociale") or "").strip()
        if not name:
            raise RegistryUnavailable("an establishment without a name")
        return Company(
            siret=siret,
            name=name[:200],
            address=(establishment.get("adresse") or "").strip()[:300],
            activity_code=(
                establishment.get("activite_principale") or result.get("activite_principale") or ""
            ).strip()[:10],
        )
    raise CompanyNotFound(siret)


def look_up(siret: str, *, base_url: str | None = None, timeout: float | None = None) -> Company:
    """The company behind `siret` (already validated), from the registry."""
    base_url = base_url or settings.COMPANY_REGISTRY_URL
    timeout = timeout if timeout is not None else settings.COMPANY_REGISTRY_TIMEOUT
    url = f"{base_url.rstrip('/')}/search?{urllib.parse.urlencode({'q': siret})}"
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(MAX_ANSWER_BYTES + 1)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        raise RegistryUnavailable(str(error)) from error
    if len(body) > MAX_ANSWER_BYTES:
        raise RegistryUnavailable("answer too large")
    try:
        answer = json.loads(body)
    except ValueError as error:
        raise RegistryUnavailable("malformed JSON") from error
    if not isinstance(answer, dict):
        raise RegistryUnavailable("unexpected JSON")
    return parse_answer(answer, siret)
