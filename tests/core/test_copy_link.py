"""Links people copy to pass on — an adviser's invitation, a certificate of results, a published
offer's public address, a private feed — come with « Copier le lien »
(`templates/includes/copy_link.html`, `static/js/vivier.js`). Without JavaScript the control is
hidden and the link stays where it was, selectable; the button is a real button, and its status
region announces the result (the browser side: tests/browser/test_copy_link_browser.py)."""

import html
import re

import pytest
from django.urls import reverse

from assessments import certificates
from core.site import absolute_url
from tests.advisers.factories import (
    AdviserMembershipFactory,
    InvitationFactory,
    OfferSubscriptionFactory,
)
from tests.assessments.factories import ExerciseFactory
from tests.assessments.test_reuse import taken
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db


def copy_controls(page: str) -> dict[str, str]:
    """{target id: the control's markup} of every « Copier le lien » on the page."""
    return {
        match.group(1): match.group(0)
        for match in re.finditer(
            r'<span class="copy-link" data-vivier-copy="([^"]+)" hidden>.*?</span>\s*</span>',
            page,
            re.DOTALL,
        )
    }


def assert_copyable(page: str, link: str) -> None:
    """`link` is in an element of the page that holds it selectable (a read-only field or a
    link), and a hidden « Copier le lien » control names that element."""
    page = html.unescape(page)
    holders = re.findall(
        r'<input type="text"[^>]*id="([^"]+)"[^>]*value="' + re.escape(link) + r'"[^>]*readonly'
        r'|<input type="text"[^>]*readonly[^>]*id="([^"]+)"[^>]*value="' + re.escape(link) + '"'
        r'|<a [^>]*href="[^"]*?'
        + re.escape(link.split("://testserver")[-1])
        + r'"[^>]*id="([^"]+)"',
        page,
    )
    ids = {next(group for group in found if group) for found in holders}
    assert ids, f"{link} is not in a read-only field nor a link with an id"
    controls = copy_controls(page)
    (target,) = ids & controls.keys()
    control = controls[target]
    assert '<button type="button"' in control and "Copier le lien" in control
    assert 'role="status"' in control
    assert 'data-copied="Lien copié."' in control


def test_an_advisers_invitation_link(client, force_login):
    membership = AdviserMembershipFactory()
    invitation = InvitationFactory(adviser=membership.user, organisation=membership.organisation)
    force_login(membership.user)
    page = client.get(reverse("advisers:invitation_detail", args=[invitation.pk]))
    link = absolute_url(reverse("advisers:invitation", args=[invitation.code]))
    assert_copyable(page.content.decode(), link)


def test_a_certificates_link(client, force_login):
    candidate, exercise = CandidateFactory(), ExerciseFactory()
    taken(candidate, exercise=exercise, score=0.8)
    certificate = certificates.create_certificate(
        candidate, [f"exercise-{exercise.pk}"], by=candidate.user
    )
    force_login(candidate.user)
    page = client.get(reverse("assessments:certificate_list")).content.decode()
    link = f"http://testserver{reverse('assessments:certificate_public', args=[certificate.token])}"
    assert_copyable(page, link)
    assert (
        "du certificat du"
        in copy_controls(html.unescape(page))[f"certificate-link-{certificate.pk}"]
    )


def test_a_published_offers_public_address_on_the_employers_page(client, force_login):
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    force_login(membership.user)
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert_copyable(page, absolute_url(f"/offres/{offer.pk}/"))


@pytest.mark.parametrize("state", [{}, {"closed": True}])
def test_an_offer_not_published_has_no_public_address_to_copy(client, force_login, state):
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, **state)
    force_login(membership.user)
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert absolute_url(f"/offres/{offer.pk}/") not in page
    assert not copy_controls(page)


def test_a_private_feeds_address(client, force_login):
    membership = AdviserMembershipFactory()
    subscription = OfferSubscriptionFactory(adviser=membership.user)
    force_login(membership.user)
    page = client.get(reverse("advisers:subscriptions")).content.decode()
    link = (
        f"http://testserver{reverse('advisers:subscription_feed', args=[subscription.feed_token])}"
    )
    assert_copyable(page, link)
