"""Creating and editing offers, with or without JavaScript."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from employers.enums import ContractType, OfferStatus
from employers.models import Offer
from tests.employers.factories import (
    ILLEGAL_SENTENCE,
    EmployerMembershipFactory,
    OfferFactory,
)

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "title": "Développeur·se Python (H/F)",
        "description": "Vous développez des services web.",
        "skills": "Python\nSQL, Django",
        "contract_type": "cdi",
        "working_time": "full_time",
        "commune": "Ajaccio",
        "postcode": "20000",
        "remote_policy": "partial",
        "salary_min": "32000",
        "salary_max": "38000",
        "experience_level": "beginner_welcome",
        "positions": "2",
        "rome_code": "m1805",
        "action": "save",
    }
    return {**data, **overrides}


@pytest.fixture
def member(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    return membership


@pytest.fixture
def admin(client, force_login):
    membership = EmployerMembershipFactory(admin=True)
    force_login(membership.user)
    return membership


def test_member_creates_a_draft_offer(client, member):
    data = form_data(employer=member.employer.pk)
    response = client.post(reverse("employers:offer_create"), data)
    offer = Offer.objects.get()
    assert response.url == reverse("employers:offer_detail", args=[offer.pk])
    assert (offer.employer, offer.status, offer.created_by) == (
        member.employer,
        OfferStatus.DRAFT,
        member.user,
    )


def test_created_offer_keeps_every_field(client, member):
    client.post(reverse("employers:offer_create"), form_data(employer=member.employer.pk))
    offer = Offer.objects.get()
    assert offer.skills == ["Python", "SQL", "Django"]
    assert (offer.department, offer.rome_code, offer.positions) == ("2A", "M1805", 2)
    assert (offer.salary_min, offer.salary_max) == (32000, 38000)


def test_creation_is_audited(client, member):
    client.post(reverse("employers:offer_create"), form_data(employer=member.employer.pk))
    assert AuditEntry.objects.filter(action="offer.created", actor=member.user).exists()


def test_offer_cannot_be_created_for_another_employer(client, member):
    other = EmployerMembershipFactory().employer
    response = client.post(reverse("employers:offer_create"), form_data(employer=other.pk))
    assert response.status_code == 200
    assert not Offer.objects.exists()


def test_salary_range_is_required_in_the_editor(client, member):
    data = form_data(employer=member.employer.pk, salary_min="", salary_max="")
    response = client.post(reverse("employers:offer_create"), data)
    assert response.context["form"].errors.keys() == {"salary_min", "salary_max"}


def test_model_rules_show_as_field_errors(client, member):
    data = form_data(employer=member.employer.pk, contract_type=ContractType.CDD)
    response = client.post(reverse("employers:offer_create"), data)
    assert "contract_end_date" in response.context["form"].errors


def test_description_is_sanitised_by_the_editor(client, member):
    data = form_data(employer=member.employer.pk, description='<p onclick="x()">Bonjour</p>')
    client.post(reverse("employers:offer_create"), data)
    assert Offer.objects.get().description == "<p>Bonjour</p>"


def test_verify_button_shows_findings_without_saving(client, member):
    offer = OfferFactory(employer=member.employer)
    data = form_data(action="check", description="Un vrai ninja.")
    response = client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    assert '<mark class="finding-mark finding-exclusionary">ninja' in response.content.decode()
    offer.refresh_from_db()
    assert "ninja" not in offer.description


def test_editor_page_is_wired_for_the_live_check(client, member):
    offer = OfferFactory(employer=member.employer)
    page = client.get(reverse("employers:offer_edit", args=[offer.pk])).content.decode()
    assert f'hx-post="{reverse("employers:offer_check", args=[offer.pk])}"' in page
    assert 'hx-trigger="input changed delay:500ms' in page
    assert 'aria-live="polite"' in page
    assert "js/offer-editor.js" in page


def test_editor_page_has_no_inline_script_or_handler(client, member):
    page = client.get(reverse("employers:offer_create")).content.decode()
    assert "<script>" not in page
    assert " onclick=" not in page and " oninput=" not in page


def test_member_edits_a_draft(client, member):
    offer = OfferFactory(employer=member.employer)
    client.post(reverse("employers:offer_edit", args=[offer.pk]), form_data(title="Data (H/F)"))
    offer.refresh_from_db()
    assert offer.title == "Data (H/F)"


def test_closed_offer_cannot_be_edited(client, member):
    offer = OfferFactory(employer=member.employer, closed=True)
    response = client.post(reverse("employers:offer_edit", args=[offer.pk]), form_data())
    assert response.url == reverse("employers:offer_detail", args=[offer.pk])
    offer.refresh_from_db()
    assert offer.status == OfferStatus.CLOSED


# Editing a published offer runs the gate again on what is new.


def published_offer(employer, **kwargs):
    return OfferFactory(employer=employer, published=True, **kwargs)


def test_published_offer_edit_without_new_findings_is_saved(client, member):
    offer = published_offer(member.employer)
    client.post(reverse("employers:offer_edit", args=[offer.pk]), form_data(positions="3"))
    offer.refresh_from_db()
    assert offer.positions == 3


def test_new_illegal_wording_in_a_published_offer_is_refused(client, admin):
    offer = published_offer(admin.employer)
    data = form_data(description=f"Vous codez. {ILLEGAL_SENTENCE}", acknowledge="on")
    response = client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    assert "formulation illégale" in str(response.context["form"].non_field_errors())
    offer.refresh_from_db()
    assert ILLEGAL_SENTENCE not in offer.description


def test_admin_may_justify_new_illegal_wording_of_a_published_offer(client, admin):
    offer = published_offer(admin.employer)
    data = form_data(
        description=f"Vous codez. {ILLEGAL_SENTENCE}",
        exception="statutory_nationality",
        justification="Poste de la défense : nationalité imposée par la loi pour l'habilitation.",
    )
    client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    offer.refresh_from_db()
    assert ILLEGAL_SENTENCE in offer.description
    assert "défense" in offer.wording_justification
    assert "Condition de nationalité fixée par un texte" in offer.wording_justification
    assert AuditEntry.objects.filter(action="offer.illegal_wording_justified").exists()


def test_member_is_not_offered_to_justify_illegal_wording(client, member):
    offer = published_offer(member.employer)
    form = client.get(reverse("employers:offer_edit", args=[offer.pk])).context["form"]
    assert "justification" not in form.fields
    assert "exception" not in form.fields


def test_new_exclusionary_wording_in_a_published_offer_needs_acknowledgement(client, member):
    offer = published_offer(member.employer)
    data = form_data(description="Un vrai ninja.")
    response = client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    assert "pris connaissance" in str(response.context["form"].non_field_errors())


def test_acknowledged_new_findings_are_saved_with_their_snapshot(client, member):
    offer = published_offer(member.employer)
    data = form_data(description="Un vrai ninja.", acknowledge="on")
    client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    offer.refresh_from_db()
    assert [f["category"] for f in offer.wording_findings] == ["gender_coded"]
    assert offer.wording_reviewed_by == member.user


def test_findings_known_at_publication_do_not_block_later_edits(client, member):
    offer = published_offer(member.employer, justified=True)
    offer.wording_findings = [{"category": "origin_nationality", "quote": ILLEGAL_SENTENCE[:-1]}]
    offer.save()
    data = form_data(description=offer.description, positions="4")
    client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    offer.refresh_from_db()
    assert offer.positions == 4


# -- markup that is not kept as markup (issue 16) -----------------------------------------

TAGS_AS_TEXT = "Vous maîtrisez les balises <title> et <select> en HTML. Missions : intégrer."


def test_the_check_tells_what_will_be_shown_as_text_before_saving(client, member):
    data = form_data(employer=member.employer.pk, description=TAGS_AS_TEXT, action="check")
    response = client.post(reverse("employers:offer_check_new"), data)
    html = response.content.decode()
    assert "Affiché tel quel" in html
    assert "&lt;title&gt;, &lt;select&gt;" in html


def test_the_check_of_allowed_markup_says_nothing_of_it(client, member):
    data = form_data(employer=member.employer.pk, description="<p>Un <strong>poste</strong>.</p>")
    response = client.post(reverse("employers:offer_check_new"), data)
    assert "Affiché tel quel" not in response.content.decode()


def test_the_editors_check_button_tells_it_too(client, member):
    data = form_data(employer=member.employer.pk, description=TAGS_AS_TEXT, action="check")
    html = client.post(reverse("employers:offer_create"), data).content.decode()
    assert "Affiché tel quel" in html
    assert not Offer.objects.exists()


def test_saving_keeps_every_word_and_says_what_changed(client, member):
    data = form_data(employer=member.employer.pk, description=TAGS_AS_TEXT)
    response = client.post(reverse("employers:offer_create"), data, follow=True)
    assert "Missions : intégrer." in Offer.objects.get().description
    assert "affiché tel quel" in response.content.decode()
