"""The language Vivier speaks to the current reader: French, or English when asked."""

from urllib.parse import parse_qs

from django.conf import settings
from django.utils.translation import get_language

LANGUAGES = ("fr", "en")


def current_language() -> str:
    """ "fr" or "en" for the active translation (French when none is active)."""
    return "en" if (get_language() or "fr").startswith("en") else "fr"


def language_of_websocket(scope) -> str:
    """The language a websocket asked for with `?lang=`, else the site's default."""
    query = parse_qs(scope.get("query_string", b"").decode())
    wanted = (query.get("lang") or [settings.LANGUAGE_CODE])[0]
    known = {code for code, _name in settings.LANGUAGES}
    return wanted if wanted in known else settings.LANGUAGE_CODE


def in_both_languages(compose, *, separator: str = "\n\n-- English --\n\n") -> str:
    """`compose()` in French, then in English: an email goes to someone whose language Vivier
    does not know. One text when both read the same."""
    from django.utils import translation

    texts = []
    for language in LANGUAGES:
        with translation.override(language):
            texts.append(compose())
    return texts[0] if texts[0] == texts[1] else f"{texts[0]}{separator}{texts[1]}"


def subject_in_both_languages(compose, *, prefix: str = "") -> str:
    """An email subject is one line: "French / English"; `prefix` (« [Vivier] ») is written
    once, before both, so that the subject does not repeat it halfway."""
    return prefix + in_both_languages(compose, separator=" / ")
