"""Subscriptions to new offers of a territory: an idempotent email digest and a private Atom
feed whose address can be revoked."""

import datetime
import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from advisers.models import DigestEntry, OfferSubscription
from tests.advisers.factories import AdviserMembershipFactory, OfferSubscriptionFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def digest():
    call_command("send_offer_digests", stdout=io.StringIO())


def later(days=1):
    return timezone.now() + datetime.timedelta(days=days)


# The digest


def test_the_digest_sends_new_offers_of_the_territory(settings):
    subscription = OfferSubscriptionFactory(departments=["91", "93"])
    OfferFactory(published=True, postcode="91000", title="À Évry", published_at=later())
    OfferFactory(published=True, postcode="93270", title="À Sevran", published_at=later())
    OfferFactory(published=True, postcode="75001", title="À Paris", published_at=later())
    digest()
    (message,) = mail.outbox
    assert message.to == [subscription.adviser.email]
    assert "2 nouvelles offres" in message.subject
    assert "À Évry" in message.body and "À Sevran" in message.body
    assert "À Paris" not in message.body
    assert settings.SITE_URL + "/conseil/offres/" in message.body


def test_a_switched_off_digest_is_not_sent_nor_sent_later():
    from accounts.enums import EmailKind
    from accounts.models import EmailOptOut

    subscription = OfferSubscriptionFactory()
    OfferFactory(published=True, published_at=later(), title="Pendant la pause")
    EmailOptOut.objects.create(user=subscription.adviser, kind=EmailKind.OFFER_DIGEST)
    digest()
    assert mail.outbox == []
    EmailOptOut.objects.all().delete()
    digest()
    assert mail.outbox == []


def test_the_digest_has_a_one_click_unsubscribe():
    OfferSubscriptionFactory()
    OfferFactory(published=True, published_at=later())
    digest()
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_running_the_digest_twice_sends_nothing_the_second_time():
    OfferSubscriptionFactory()
    OfferFactory(published=True, published_at=later())
    digest()
    digest()
    assert len(mail.outbox) == 1
    assert DigestEntry.objects.count() == 1


def test_the_next_digest_sends_only_what_is_new():
    OfferSubscriptionFactory()
    OfferFactory(published=True, published_at=later(), title="Première")
    digest()
    OfferFactory(published=True, published_at=later(2), title="Seconde")
    digest()
    assert len(mail.outbox) == 2
    assert "Seconde" in mail.outbox[1].body
    assert "Première" not in mail.outbox[1].body


def test_offers_published_before_the_subscription_are_not_new():
    OfferFactory(published=True, published_at=timezone.now() - datetime.timedelta(days=3))
    OfferSubscriptionFactory()
    digest()
    assert mail.outbox == []


def test_the_rome_prefix_narrows_the_digest():
    OfferSubscriptionFactory(rome_prefix="M18")
    OfferFactory(published=True, published_at=later(), rome_code="M1805", title="Dev")
    OfferFactory(published=True, published_at=later(), rome_code="K2111", title="Formateur")
    digest()
    assert "Dev" in mail.outbox[0].body
    assert "Formateur" not in mail.outbox[0].body


def test_closed_drafts_and_non_compliant_offers_are_never_sent():
    OfferSubscriptionFactory()
    OfferFactory(closed=True, published_at=later())
    OfferFactory(published_at=later())
    OfferFactory(published=True, published_at=later(), illegal_wording_at_publication=True)
    digest()
    assert mail.outbox == []


def test_a_subscription_without_email_gets_no_digest():
    OfferSubscriptionFactory(by_email=False)
    OfferFactory(published=True, published_at=later())
    digest()
    assert mail.outbox == []


def test_a_failing_mail_server_remembers_nothing(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    OfferSubscriptionFactory()
    OfferFactory(published=True, published_at=later())
    with pytest.raises(SystemExit):
        digest()
    assert not DigestEntry.objects.exists()


# The feed


def feed(client, subscription):
    response = client.get(reverse("advisers:subscription_feed", args=[subscription.feed_token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_the_feed_is_valid_atom_with_the_territory_offers(client):
    subscription = OfferSubscriptionFactory(departments=["91"])
    offer = OfferFactory(published=True, postcode="91000", title="Technicien·ne réseau")
    OfferFactory(published=True, postcode="13001", title="Ailleurs")
    root = feed(client, subscription)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}id").text
    assert root.find(f"{ATOM}updated").text
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Technicien·ne réseau"
    link = entry.find(f"{ATOM}link").get("href")
    assert link.endswith(reverse("advisers:offer", args=[offer.pk]))
    assert "Sans CV" in entry.find(f"{ATOM}summary").text


# RFC 4151: "tag:" authority "," date ":" specific; the authority here is the site's host.
TAG_URI = r"tag:127\.0\.0\.1,\d{4}-\d{2}-\d{2}:[\w/.-]+"


def test_the_feed_names_its_author(client):
    # RFC 4287, 4.1.1: a feed names an author unless every entry does.
    root = feed(client, OfferSubscriptionFactory())
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Vivier"


def test_entry_ids_are_tag_uris_of_the_site_and_the_offer_s_creation_date(client):
    subscription = OfferSubscriptionFactory(departments=["91"])
    created = datetime.datetime(2026, 3, 2, 23, 30, tzinfo=datetime.UTC)
    offer = OfferFactory(published=True, postcode="91000", created_at=created)
    (entry,) = feed(client, subscription).findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}id").text == f"tag:127.0.0.1,2026-03-02:offre/{offer.pk}"


def test_the_feed_id_is_a_tag_uri_of_the_subscription(client):
    one, other = OfferSubscriptionFactory(), OfferSubscriptionFactory()
    feed_id = feed(client, one).find(f"{ATOM}id").text
    assert re.fullmatch(TAG_URI, feed_id)
    assert feed_id.endswith(f":abonnement/{one.pk}")
    assert one.feed_token not in feed_id
    assert feed(client, other).find(f"{ATOM}id").text != feed_id


def test_the_feed_id_outlives_a_renewed_token(client, force_login):
    subscription = OfferSubscriptionFactory()
    feed_id = feed(client, subscription).find(f"{ATOM}id").text
    force_login(subscription.adviser)
    client.post(reverse("advisers:subscription_renew_token", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert feed(client, subscription).find(f"{ATOM}id").text == feed_id


def test_the_feed_answers_head(client):
    url = reverse("advisers:subscription_feed", args=[OfferSubscriptionFactory().feed_token])
    response = client.head(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert response.content == b""


def test_the_feed_needs_no_login_and_is_not_indexed(client):
    response = client.get(
        reverse("advisers:subscription_feed", args=[OfferSubscriptionFactory().feed_token])
    )
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


def test_an_unknown_token_is_a_404(client):
    assert client.get(reverse("advisers:subscription_feed", args=["inconnu"])).status_code == 404


def test_renewing_the_token_revokes_the_old_feed_address(client, force_login):
    subscription = OfferSubscriptionFactory()
    old = reverse("advisers:subscription_feed", args=[subscription.feed_token])
    force_login(subscription.adviser)
    client.post(reverse("advisers:subscription_renew_token", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert client.get(old).status_code == 404
    assert feed(client, subscription) is not None


# Managing subscriptions


def test_an_adviser_subscribes_to_departments_and_a_rome_prefix(client, force_login):
    adviser = AdviserMembershipFactory().user
    force_login(adviser)
    response = client.post(
        reverse("advisers:subscriptions"),
        {"departments": "93, 91 2a", "rome_prefix": "m18", "by_email": "on"},
    )
    assert response.status_code == 302
    subscription = OfferSubscription.objects.get(adviser=adviser)
    assert subscription.departments == ["2A", "91", "93"]
    assert subscription.rome_prefix == "M18"
    assert len(subscription.feed_token) >= 40


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"departments": "99"}, "departments"),
        ({"departments": ""}, "departments"),
        ({"departments": "91", "rome_prefix": "Z1"}, "rome_prefix"),
    ],
)
def test_bad_subscriptions_are_form_errors(client, force_login, data, field):
    force_login(AdviserMembershipFactory().user)
    response = client.post(reverse("advisers:subscriptions"), data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not OfferSubscription.objects.exists()


def test_another_advisers_subscription_is_a_404(client, force_login):
    subscription = OfferSubscriptionFactory()
    force_login(AdviserMembershipFactory().user)
    for name in ("subscription_renew_token", "subscription_delete"):
        response = client.post(reverse(f"advisers:{name}", args=[subscription.pk]))
        assert response.status_code == 404
    page = client.get(reverse("advisers:subscriptions")).content.decode()
    assert subscription.feed_token not in page


def test_deleting_a_subscription_stops_its_feed(client, force_login):
    subscription = OfferSubscriptionFactory()
    force_login(subscription.adviser)
    client.post(reverse("advisers:subscription_delete", args=[subscription.pk]))
    assert not OfferSubscription.objects.exists()
    url = reverse("advisers:subscription_feed", args=[subscription.feed_token])
    assert client.get(url).status_code == 404
