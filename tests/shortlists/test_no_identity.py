"""Recruiters meet pseudonyms only, on every page of the app and in the reminders they receive."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application
from shortlists import reminders
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db
IDENTITY = ("Aminata", "Traoré", "Sevran", "93270", "06 12 34 56 78")


def leaks(text: str, email: str) -> list[str]:
    return [value for value in (*IDENTITY, email) if value.lower() in text.lower()]


def test_no_page_and_no_reminder_shows_the_identity(team, django_capture_on_commit_callbacks):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    application = scored(team.offer, coding=0.7, consensus=4)
    email = application.candidate.user.email
    client = logged_in(team.admin)
    for url, shows_pseudonym in (
        (reverse("shortlists:policy", args=[team.offer.pk]), False),
        (reverse("shortlists:ranking", args=[team.offer.pk]), True),
        (reverse("shortlists:decide", args=[application.pk]), True),
    ):
        page = client.get(url).content.decode()
        assert (application.pseudonym in page) == shows_pseudonym
        assert not leaks(page, email), url
    Application.objects.filter(pk=application.pk).update(
        stage_changed_at=timezone.now() - timedelta(days=40)
    )
    with django_capture_on_commit_callbacks(execute=True):
        reminders.remind_and_close_undecided()
    (reminder,) = mail.outbox
    assert application.pseudonym in reminder.body
    assert not leaks(reminder.subject + reminder.body, email)
