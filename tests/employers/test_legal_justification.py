"""A legal justification unlocks illegal wording only where the law provides an exception
(issue 21): the admin picks it from a list and explains it in a reason of substance; grounds
with no exception (family, origin, religion, union or political activity...) are never
published, whatever is written. Enforced by the service and shown by the forms."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from employers import services
from employers.enums import OfferStatus
from employers.legal_exceptions import (
    EXCEPTIONS,
    MIN_REASON_LENGTH,
    justifiable,
    justification_errors,
)
from employers.wording import categories
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor import form_data

pytestmark = pytest.mark.django_db

NATIONALITY = "Nationalité française exigée."
REASON = (
    "Poste soumis à habilitation secret défense : le décret applicable réserve cet emploi "
    "aux ressortissants français."
)


@pytest.fixture
def admin(client, force_login):
    membership = EmployerMembershipFactory(admin=True)
    force_login(membership.user)
    return membership


def draft(admin, sentence):
    return OfferFactory(
        employer=admin.employer, description=f"Vous développez des services web. {sentence}"
    )


def publish(client, offer, **data):
    return client.post(reverse("employers:offer_publish", args=[offer.pk]), data)


def status_of(offer):
    offer.refresh_from_db()
    return offer.status


# The table of exceptions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "category",
    ["family_pregnancy", "native_language", "religion", "union_political", "personal_data"],
)
def test_grounds_the_law_never_allows_have_no_exception(category):
    assert not justifiable(category)


@pytest.mark.parametrize(
    "category", ["age", "sex_gender", "appearance", "health_disability", "origin_nationality"]
)
def test_grounds_with_an_exception_in_the_law_can_be_justified(category):
    assert justifiable(category)


def test_every_exception_names_known_illegal_categories():
    illegal = {cid for cid, meta in categories().items() if meta["severity"] == "illegal"}
    for exception in EXCEPTIONS:
        assert exception.categories <= illegal, exception.code


def test_the_nationality_exception_is_the_only_one_for_origin():
    codes = [e.code for e in EXCEPTIONS if "origin_nationality" in e.categories]
    assert codes == ["statutory_nationality"]


# The reason -----------------------------------------------------------------------------------


def errors(reason, exception="statutory_nationality", text=NATIONALITY):
    return justification_errors(
        ["origin_nationality"], exception=exception, reason=reason, offer_text=text
    )


def test_a_reason_of_substance_with_its_exception_is_accepted():
    assert errors(REASON) == []


@pytest.mark.parametrize("reason", ["x", "parce que", "Voir l'offre.", "Obligation légale."])
def test_a_short_reason_is_refused(reason):
    assert any("au moins" in str(message) for message in errors(reason))


def test_a_reason_copying_the_offer_is_refused():
    text = (
        "Vous développez des services web pour nos clients du secteur public. Nationalité "
        "française exigée pour tous les développeurs de cette équipe de services web."
    )
    copied = text[: MIN_REASON_LENGTH + 40]
    assert len(copied) >= MIN_REASON_LENGTH
    assert any("copie" in str(message) for message in errors(copied, text=text))


def test_a_reason_without_an_exception_is_refused():
    assert any("Choisissez" in str(message) for message in errors(REASON, exception=""))


def test_an_exception_for_another_ground_is_refused():
    found = errors(REASON, exception="sex_listed_job")
    assert any("ne s'applique pas" in str(message) for message in found)


def test_an_exception_must_cover_every_new_illegal_ground():
    found = justification_errors(
        ["age", "origin_nationality"],
        exception="statutory_nationality",
        reason=REASON,
        offer_text=NATIONALITY,
        labels={"age": "Âge"},
    )
    assert [str(message) for message in found] == [
        "L'exception choisie ne s'applique pas à « Âge »."
    ]


# Publication ----------------------------------------------------------------------------------


def test_a_one_word_justification_does_not_publish(client, admin):
    offer = draft(admin, NATIONALITY)
    response = publish(client, offer, exception="statutory_nationality", justification="parce que")
    assert "justification" in response.context["form"].errors
    assert status_of(offer) == OfferStatus.DRAFT


def test_a_justification_without_its_exception_does_not_publish(client, admin):
    offer = draft(admin, NATIONALITY)
    response = publish(client, offer, justification=REASON)
    assert "exception" in response.context["form"].errors
    assert status_of(offer) == OfferStatus.DRAFT


def test_an_exception_for_another_ground_is_not_offered(client, admin):
    offer = draft(admin, NATIONALITY)
    response = publish(client, offer, exception="sex_listed_job", justification=REASON)
    assert "exception" in response.context["form"].errors
    assert status_of(offer) == OfferStatus.DRAFT


def test_the_list_offers_only_the_exceptions_of_the_grounds_found(client, admin):
    offer = draft(admin, NATIONALITY)
    form = client.get(reverse("employers:offer_publish", args=[offer.pk])).context["form"]
    assert [code for code, _label in form.fields["exception"].choices] == [
        "",
        "statutory_nationality",
    ]


def test_the_exception_and_reason_are_kept_shown_and_audited(client, admin):
    offer = draft(admin, NATIONALITY)
    publish(client, offer, exception="statutory_nationality", justification=REASON)
    assert status_of(offer) == OfferStatus.PUBLISHED
    assert "Condition de nationalité fixée par un texte" in offer.wording_justification
    assert REASON in offer.wording_justification
    entry = AuditEntry.objects.get(action="offer.illegal_wording_justified")
    assert entry.data["exception"] == "statutory_nationality"
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert "habilitation secret défense" in page


@pytest.mark.parametrize(
    "sentence",
    [
        "Candidat sans enfants de préférence.",
        "Les syndiqués ne seront pas retenus.",
        "Pas de militants politiques.",
        "Candidat de confession catholique exigé.",
    ],
)
def test_grounds_without_exception_are_never_published(client, admin, sentence):
    offer = draft(admin, sentence)
    page = client.get(reverse("employers:offer_publish", args=[offer.pk]))
    assert "justification" not in page.context["form"].fields
    assert "aucune exception" in page.content.decode()
    response = publish(
        client, offer, exception="occupational_requirement", justification=REASON, acknowledge="on"
    )
    assert "aucune exception" in str(response.context["form"].non_field_errors())
    assert status_of(offer) == OfferStatus.DRAFT


def test_the_service_refuses_a_justification_for_a_ground_without_exception(admin):
    offer = draft(admin, "Candidat sans enfants de préférence.")
    with pytest.raises(services.PublicationGateError) as refused:
        services.publish_offer(
            offer,
            by=admin.user,
            exception="occupational_requirement",
            justification=REASON,
            acknowledged=True,
        )
    assert "aucune exception" in str(refused.value)
    assert status_of(offer) == OfferStatus.DRAFT


def test_the_service_refuses_a_one_character_justification(admin):
    offer = draft(admin, NATIONALITY)
    with pytest.raises(services.PublicationGateError):
        services.publish_offer(
            offer, by=admin.user, exception="statutory_nationality", justification="."
        )
    assert status_of(offer) == OfferStatus.DRAFT


def test_the_gate_speaks_english(client, admin):
    client.cookies.load({"django_language": "en"})
    offer = draft(admin, "Candidat sans enfants de préférence.")
    page = client.get(reverse("employers:offer_publish", args=[offer.pk])).content.decode()
    assert "The law provides no exception for this ground" in page
    response = publish(client, offer, acknowledge="on")
    assert "The law provides no exception for" in str(response.context["form"].non_field_errors())


# A published offer edited -----------------------------------------------------------------


def test_new_wording_on_a_ground_without_exception_is_refused_on_a_published_offer(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True)
    data = form_data(
        description="Vous codez. Les syndiqués ne seront pas retenus.",
        acknowledge="on",
        exception="occupational_requirement",
        justification=REASON,
    )
    response = client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    assert "aucune exception" in str(response.context["form"].non_field_errors())
    offer.refresh_from_db()
    assert "syndiqués" not in offer.description


def test_the_gate_names_the_grounds_without_exception_when_another_has_one(client, admin):
    offer = draft(admin, "Candidat de moins de 30 ans, sans enfants de préférence.")
    page = client.get(reverse("employers:offer_publish", args=[offer.pk])).content.decode()
    no_exception = page.split('class="gate-no-exception">')[1].split("</p>")[0]
    labels = categories()
    assert labels["family_pregnancy"]["label_fr"] in no_exception
    assert labels["age"]["label_fr"] not in no_exception


# The reason itself ------------------------------------------------------------------------------

AGE_LIMIT = "Poste réservé aux candidats de moins de 25 ans."


@pytest.mark.parametrize(
    "reason",
    [
        # the walk's: the reason repeats the discrimination it claims to justify
        "Nous préférons une équipe jeune car nos clients aiment les profils jeunes et "
        "dynamiques, c'est notre image de marque depuis toujours.",
        # a customer's preference is never a legitimate aim (CJUE, Bougnaoui, C-188/15)
        "Notre clientèle attend des interlocuteurs de cette génération, c'est une demande "
        "constante de nos partenaires commerciaux depuis des années.",
        "Our customers prefer to deal with people of that age, as our market research shows "
        "again and again across the whole region.",
    ],
)
def test_a_reason_that_discriminates_itself_or_invokes_customers_preferences_is_refused(
    client, admin, reason
):
    offer = draft(admin, AGE_LIMIT)
    response = publish(
        client, offer, exception="age_justified", justification=reason, acknowledge="on"
    )
    assert response.status_code == 200
    assert status_of(offer) == OfferStatus.DRAFT
    assert response.context["form"].errors.get("justification")


def test_an_offer_only_a_correction_can_publish_offers_no_publish_button(client, admin):
    offer = draft(admin, "Candidat sans enfants de préférence.")
    page = client.get(reverse("employers:offer_publish", args=[offer.pk])).content.decode()
    assert "Publier l'offre</button>" not in page
    assert reverse("employers:offer_edit", args=[offer.pk]) in page
