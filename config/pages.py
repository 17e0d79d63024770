"""Public pages about the service itself: the privacy notice and the accessibility statement.

They live in config, on top of every app, because they describe them all: the durations come
from the code that applies them (candidates.retention), not from a copy."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from candidates.retention import GRACE, INACTIVITY
from fairness.stats import THRESHOLD


@login_not_required
def privacy(request):
    return render(
        request,
        "pages/privacy.html",
        {
            "contact_email": settings.CONTACT_EMAIL,
            "inactivity_years": INACTIVITY.days // 365,
            "grace_days": GRACE.days,
            "threshold": THRESHOLD,
        },
    )


@login_not_required
def accessibility(request):
    return render(request, "pages/accessibility.html", {"contact_email": settings.CONTACT_EMAIL})
