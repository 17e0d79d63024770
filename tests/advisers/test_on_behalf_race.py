"""Two advisers submit the same new address at the same moment: both find no account, both try
to create it, and the account's email is unique. The second links to the account the first
created, as if it had come a moment later; applying twice to one offer is the usual refusal,
never an error page."""

import threading
from contextlib import contextmanager

import pytest
from django.db import connection
from django.db.models.signals import pre_save
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from advisers.on_behalf import Consent, OnBehalfRefused, Person, apply_on_behalf
from candidates.models import Application
from candidates.services import candidate_for_person
from tests.advisers.factories import AdviserMembershipFactory
from tests.employers.factories import OfferFactory

EMAIL = "ysaline.marchetti@example.net"
PERSON = Person(email=EMAIL, first_name="Ysaline", last_name="Marchetti")


def consent():
    return Consent(method="in_person", given_on=timezone.localdate(), obtained=True)


@contextmanager
def account_created_meanwhile():
    """Right after the service looked the address up and found no account, the other adviser's
    request creates it: what the first of two simultaneous requests does to the second. (The
    look-up is the first query on accounts for this address; Django's execute_wrapper runs the
    other request's work just after it, on the same connection, before the service inserts.)"""
    done = []

    def after_the_look_up(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not done and sql.lstrip().upper().startswith("SELECT") and '"accounts_user"' in sql:
            if EMAIL in (params or ()):
                done.append(True)
                candidate_for_person(EMAIL, first_name="Ysaline", last_name="Marchetti")
        return result

    with connection.execute_wrapper(after_the_look_up):
        yield
    assert done, "the look-up of the address was not seen"


@pytest.mark.django_db
def test_the_second_creation_links_to_the_account_the_first_created():
    adviser = AdviserMembershipFactory()
    offer = OfferFactory(published=True)
    with account_created_meanwhile():
        record = apply_on_behalf(
            offer,
            organisation=adviser.organisation,
            person=PERSON,
            consent=consent(),
            by=adviser.user,
        )
    (user,) = User.objects.filter(email=EMAIL)
    assert record.referral.application.candidate.user == user
    assert Application.objects.filter(offer=offer, candidate__user=user).count() == 1


@pytest.mark.django_db
def test_the_adviser_sees_the_application_made_not_an_error_page(client, force_login):
    adviser = AdviserMembershipFactory()
    offer = OfferFactory(published=True)
    force_login(adviser.user)
    data = {
        "email": EMAIL,
        "first_name": "Ysaline",
        "last_name": "Marchetti",
        "consent_method": "in_person",
        "consent_given_on": timezone.localdate().isoformat(),
        "consent_obtained": "on",
    }
    with account_created_meanwhile():
        response = client.post(reverse("advisers:apply_for_person", args=[offer.pk]), data)
    assert response.status_code == 302
    assert Application.objects.filter(offer=offer, candidate__user__email=EMAIL).exists()


# Real concurrency: two requests in two threads, each with its own connection and transaction.
# SQLite serialises writers on a lock of the whole file, so the race needs PostgreSQL: CI's
# PostgreSQL phase runs it (marker `postgresql`, tests/conftest.py).
@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("same_offer", [False, True], ids=["two offers", "one offer"])
def test_two_advisers_at_the_same_moment(same_offer):
    first, second = AdviserMembershipFactory(), AdviserMembershipFactory()
    offer = OfferFactory(published=True)
    other_offer = offer if same_offer else OfferFactory(published=True, employer=offer.employer)
    # Both requests have looked the address up and found nothing before either inserts.
    both_looked = threading.Barrier(2, timeout=20)

    def wait_for_the_other(sender, instance, **kwargs):
        if instance.pk is None and instance.email == EMAIL:
            both_looked.wait()

    outcomes = {}

    def request(name, adviser, offer):
        try:
            apply_on_behalf(
                offer,
                organisation=adviser.organisation,
                person=PERSON,
                consent=consent(),
                by=adviser.user,
            )
            outcomes[name] = "applied"
        except OnBehalfRefused as refusal:
            outcomes[name] = str(refusal)
        except Exception as error:  # the 500 this test is about
            outcomes[name] = repr(error)
        finally:
            connection.close()

    pre_save.connect(wait_for_the_other, sender=User)
    try:
        threads = [
            threading.Thread(target=request, args=("first", first, offer)),
            threading.Thread(target=request, args=("second", second, other_offer)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        pre_save.disconnect(wait_for_the_other, sender=User)

    assert User.objects.filter(email=EMAIL).count() == 1
    if same_offer:
        assert sorted(outcomes.values()) == [
            "Cette personne a déjà candidaté à cette offre.",
            "applied",
        ]
        assert Application.objects.filter(candidate__user__email=EMAIL).count() == 1
    else:
        assert outcomes == {"first": "applied", "second": "applied"}
        assert Application.objects.filter(candidate__user__email=EMAIL).count() == 2
