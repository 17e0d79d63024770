"""ASGI entry point: HTTP through Django, websockets through Channels (served by daphne)."""

import gc
import os
import threading

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_asgi_app = get_asgi_application()

# Imported after Django is set up: consumers import models.
from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from config.routing import websocket_urlpatterns  # noqa: E402
from employers.wording import check, check_question  # noqa: E402
from territories import communes, rome  # noqa: E402


def warm_up():
    """Build the wording rules now (offers, and interview questions and messages, in both
    languages): built on first use, they cost the first recruiter who types an offer seconds of
    waiting for the live check (3 s per language on a loaded 2-vCPU machine). Then load the ROME
    referential and the communes (the offer form's job titles and skills, the candidate's
    commune search: 1.5 s quiet, several seconds loaded, which the first person to type waited
    for); after the rules, which are waited for longer. In a thread, so that the server starts
    at once.

    Then set what is loaded aside from the garbage collector (`gc.freeze`): the code, settings,
    URL patterns and rules live as long as the process, and the collector's full passes, which a
    large response triggers, would walk them every time (p95 of a 5,000-row CSV export 234 →
    153 ms, BENCHMARKS.md "A campaign of 5,000 applications")."""
    for checker in (check, check_question):
        checker("Une équipe dynamique.", lang="fr")
        checker("A friendly team.", lang="en")
    rome.search_appellations("developpeur")
    rome.search_skills("donnees", rome_code="M1805")
    communes.search("paris")
    gc.freeze()


threading.Thread(target=warm_up, name="warm-up", daemon=True).start()

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
