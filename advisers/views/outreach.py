"""Adviser workspace (offers to pass on, invitations, follow-up, subscriptions), the public
invitation page, and the candidate's page to give or withdraw their consent."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import role_required
from accounts.enums import Role
from advisers import digests, following, invitations, on_behalf
from advisers.formats import (
    closed_assessments,
    describe_assessment_format,
    describe_assessment_formats,
)
from advisers.forms import (
    AdviserOfferSearchForm,
    ConsentForm,
    InvitationForm,
    InvitedApplyForm,
    OnBehalfForm,
    SubscriptionForm,
    in_territory,
)
from advisers.invitations import InvitationProblem
from advisers.models import (
    AdviserMembership,
    ApplicationOnBehalf,
    Invitation,
    OfferSubscription,
)
from advisers.onboarding import validated_organisation_required
from broadcasting.search import search_offers
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.services import (
    APPLICATION_SENT,
    ApplicationRefused,
    apply_to_offer,
    create_candidate_profile,
)
from employers.enums import OfferStatus
from employers.models import Offer
from fairness import stats as fairness_stats
from fairness.services import retention_report

OFFERS_PER_PAGE = 20


@require_GET
@role_required(Role.ADVISER)
@validated_organisation_required
def dashboard(request):
    form = AdviserOfferSearchForm(request.GET)
    if form.is_valid():
        offers = in_territory(search_offers(form.cleaned_data), form.cleaned_data["territory"])
    else:
        offers = Offer.objects.none()
    page = Paginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("page"))
    formats = describe_assessment_formats(page.object_list)
    closed = closed_assessments(page.object_list)
    return render(
        request,
        "advisers/dashboard.html",
        {
            "form": form,
            "page": page,
            "cards": [(offer, formats[offer.pk], offer.pk in closed) for offer in page.object_list],
            "forms_with_errors": [form] if form.errors else [],
            "searched": any(value for key, value in request.GET.items() if key != "page"),
            "memberships": AdviserMembership.objects.filter(user=request.user).select_related(
                "organisation"
            ),
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
@validated_organisation_required
def offer_detail(request, offer_id):
    offer = get_object_or_404(
        Offer.objects.publicly_visible().select_related("employer"), pk=offer_id
    )
    organisations = invitations.adviser_organisations(request.user)
    form = None
    if organisations.exists():
        form = InvitationForm(
            request.POST if request.method == "POST" else None, organisations=organisations
        )
        if request.method == "POST" and form.is_valid():
            try:
                invitation = invitations.create_invitation(
                    offer,
                    organisation=form.cleaned_data["organisation"],
                    email=form.cleaned_data["email"],
                    note=form.cleaned_data["note"],
                    user=request.user,
                )
            except invitations.InvitationError as error:
                form.add_error(None, str(error))
            else:
                if form.cleaned_data["email"] and invitation.email_sent_at is None:
                    # Said once, here: the address is not kept to say it again later.
                    messages.warning(
                        request,
                        _(
                            "Le courriel n'a pas pu partir. Copiez le lien ci-dessous et "
                            "transmettez-le vous-même."
                        ),
                    )
                return redirect("advisers:invitation_detail", invitation.pk)
    elif request.method == "POST":
        messages.error(request, _("Vous devez être rattaché·e à une structure pour inviter."))
    follow_up = following.follow_up(request.user)
    counts = next((row.counts for row in follow_up.offers if row.offer_id == offer.pk), None)
    return render(
        request,
        "advisers/offer_detail.html",
        {
            "offer": offer,
            "assessment_format": describe_assessment_format(offer),
            "form": form,
            "forms_with_errors": [form] if form is not None and form.errors else [],
            "counts": counts,
            "rows": following.referral_rows(request.user, offer_id=offer.pk),
        },
        status=400 if form is not None and form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
@validated_organisation_required
def apply_for_person(request, offer_id):
    """« Candidater pour une personne »: the person's email and name, their consent, a note."""
    offer = get_object_or_404(
        Offer.objects.exclude(status=OfferStatus.DRAFT).select_related("employer"), pk=offer_id
    )
    context = {"offer": offer, "closed": False, "form": None, "forms_with_errors": []}
    if not Offer.objects.publicly_visible().filter(pk=offer.pk).exists():
        context["closed"] = True
        return render(request, "advisers/apply_for_person.html", context, status=410)
    form = OnBehalfForm(
        request.POST if request.method == "POST" else None,
        organisations=invitations.adviser_organisations(request.user),
        initial={"consent_given_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person = on_behalf.Person(data["email"], data["first_name"], data["last_name"])
        # With a note, the adviser first reads it as the employer will, then sends that text.
        preview = on_behalf.note_preview(data["note"], person=person, by=request.user)
        digest = on_behalf.preview_digest(preview)
        if request.POST.get("action") == "preview" or (
            preview and request.POST.get("previewed") != digest
        ):
            context.update(form=form, previewing=True, preview=preview, preview_digest=digest)
            return render(request, "advisers/apply_for_person.html", context)
        try:
            record = on_behalf.apply_on_behalf(
                offer,
                organisation=data["organisation"],
                person=person,
                consent=on_behalf.Consent(
                    data["consent_method"], data["consent_given_on"], data["consent_obtained"]
                ),
                note=data["note"],
                reminder=data["reminder"],
                by=request.user,
            )
        except on_behalf.AlreadyRecorded as already:
            messages.info(
                request,
                _(
                    "Vous avez déjà envoyé cette candidature pour cette personne le "
                    "%(date)s : la voici. Rien n'a été envoyé de nouveau."
                )
                % {
                    "date": date_format(
                        timezone.localtime(already.record.created_at), "SHORT_DATETIME_FORMAT"
                    )
                },
            )
            return redirect("advisers:on_behalf_detail", already.record.pk)
        except on_behalf.OnBehalfRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "Candidature envoyée. La personne reçoit un courriel qui le lui dit et "
                    "lui permet de la retirer."
                ),
            )
            if record.person_told_at is None:
                messages.warning(
                    request,
                    _(
                        "Le courriel n'a pas pu partir : dites à la personne de se connecter "
                        "à Vivier avec son adresse (« Mot de passe oublié » si elle n'a pas "
                        "encore de mot de passe)."
                    ),
                )
            return redirect("advisers:on_behalf_detail", record.pk)
    context.update(form=form, forms_with_errors=[form] if form.errors else [])
    return render(
        request, "advisers/apply_for_person.html", context, status=400 if form.errors else 200
    )


@require_GET
@role_required(Role.ADVISER)
@validated_organisation_required
def on_behalf_detail(request, record_id):
    """The consent record of an application the adviser made: theirs only (404 otherwise)."""
    record = get_object_or_404(
        ApplicationOnBehalf.objects.of_adviser(request.user).select_related(
            "referral__invitation__organisation",
            "referral__application__offer__employer",
            "consent_recorded_by",
        ),
        pk=record_id,
    )
    referral = record.referral
    followed = referral.consent and referral.application.candidate.deleted_at is None
    return render(
        request,
        "advisers/on_behalf_detail.html",
        {
            "record": record,
            "offer": referral.application.offer,
            "organisation": referral.invitation.organisation,
            "stage_label": referral.application.get_stage_display() if followed else None,
        },
    )


@require_GET
@role_required(Role.ADVISER)
@validated_organisation_required
def invitation_detail(request, invitation_id):
    invitation = get_object_or_404(
        Invitation.objects.of_adviser(request.user).select_related("offer__employer"),
        pk=invitation_id,
    )
    return render(
        request,
        "advisers/invitation_detail.html",
        {"invitation": invitation, "link": invitations.invitation_link(invitation)},
    )


@require_GET
@role_required(Role.ADVISER)
@validated_organisation_required
def follow_up(request):
    referred_hires = Application.objects.filter(
        referral__invitation__adviser=request.user, stage=ApplicationStage.HIRED
    )
    return render(
        request,
        "advisers/follow_up.html",
        {
            "follow_up": following.follow_up(request.user),
            "rows": following.referral_rows(request.user),
            # Aggregates only, withheld under the threshold: no one's answer can be told apart.
            "retention": retention_report(referred_hires),
            "threshold": fairness_stats.THRESHOLD,
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.ADVISER)
def subscriptions(request):
    form = SubscriptionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        digests.create_subscription(**form.cleaned_data, user=request.user)
        messages.success(request, _("Abonnement enregistré."))
        return redirect("advisers:subscriptions")
    return render(
        request,
        "advisers/subscriptions.html",
        {
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "subscriptions": OfferSubscription.objects.of_adviser(request.user),
        },
        status=400 if form.errors else 200,
    )


def _own_subscription(request, subscription_id) -> OfferSubscription:
    return get_object_or_404(OfferSubscription.objects.of_adviser(request.user), pk=subscription_id)


@require_POST
@role_required(Role.ADVISER)
def subscription_renew_token(request, subscription_id):
    digests.renew_feed_token(_own_subscription(request, subscription_id), user=request.user)
    messages.success(request, _("Nouvelle adresse de flux créée : l'ancienne ne fonctionne plus."))
    return redirect("advisers:subscriptions")


@require_POST
@role_required(Role.ADVISER)
def subscription_delete(request, subscription_id):
    digests.delete_subscription(_own_subscription(request, subscription_id), user=request.user)
    messages.success(request, _("Abonnement supprimé."))
    return redirect("advisers:subscriptions")


# The public invitation page


PROBLEM_STATUS = {
    InvitationProblem.UNKNOWN: 404,
    InvitationProblem.OFFER_CLOSED: 410,
    InvitationProblem.USED: 410,
    InvitationProblem.USED_BY_YOU: 200,
    InvitationProblem.ALREADY_APPLIED: 200,
}


@login_not_required
@never_cache
@require_GET
def invitation(request, code):
    """Where an invitation link leads: the offer, then sign-up or login, then applying with the
    consent question. The code is remembered in the session through sign-up and login."""
    found = invitations.find_invitation(code)
    problem = invitations.invitation_problem(found, user=request.user)
    if problem is not None:
        return render(
            request,
            "advisers/invitation_unavailable.html",
            {"problem": problem, "invitation": found},
            status=PROBLEM_STATUS[problem],
        )
    invitations.remember_invitation(request.session, found)
    is_candidate = request.user.is_authenticated and request.user.role == Role.CANDIDATE
    return render(
        request,
        "advisers/invitation.html",
        {
            "invitation": found,
            "offer": found.offer,
            "assessment_format": describe_assessment_format(found.offer),
            "is_candidate": is_candidate,
            "apply_form": InvitedApplyForm(initial={"invitation_code": found.code})
            if is_candidate
            else None,
        },
    )


@require_POST
@role_required(Role.CANDIDATE)
def apply_invited(request, offer_id):
    """Applying through an adviser's invitation: the application, then the referral with the
    candidate's answer about being followed. An invitation no longer valid does not stop the
    application."""
    offer = get_object_or_404(Offer.objects.publicly_visible(), pk=offer_id)
    form = InvitedApplyForm(request.POST)
    valid = form.is_valid()
    code = form.cleaned_data["invitation_code"] if valid else request.POST.get("invitation_code")
    consent = valid and form.cleaned_data["adviser_consent"]
    invitation = invitations.usable_invitation(code, offer=offer) if valid and code else None
    invitations.forget_invitation(request.session, offer.pk)
    try:
        application = apply_to_offer(create_candidate_profile(request.user), offer)
    except ApplicationRefused:
        messages.info(request, _("Vous avez déjà candidaté à cette offre."))
        return redirect("candidates:dashboard")
    if invitation is not None:
        try:
            invitations.record_referral(invitation, application, consent=consent, user=request.user)
        except invitations.InvitationError:
            invitation = None
    if invitation is None:
        messages.info(
            request,
            _(
                "Le lien d'invitation n'est plus valable : votre candidature est envoyée, sans "
                "suivi par un·e conseiller·ère."
            ),
        )
    messages.success(request, APPLICATION_SENT)
    return redirect("candidates:dashboard")


# The candidate's side: who follows them, and their consent


@require_http_methods(["GET", "POST"])
@role_required(Role.CANDIDATE)
def my_advisers(request):
    referrals = invitations.referrals_of_candidate_user(request.user)
    if request.method == "POST":
        form = ConsentForm(request.POST)
        if not form.is_valid():
            return render(
                request, "advisers/my_advisers.html", {"referrals": referrals}, status=400
            )
        referral = get_object_or_404(referrals, pk=form.cleaned_data["referral"])
        invitations.set_referral_consent(
            referral, consent=form.cleaned_data["consent"], user=request.user
        )
        messages.success(request, _("Votre choix est enregistré."))
        return redirect("advisers:my_advisers")
    return render(request, "advisers/my_advisers.html", {"referrals": referrals})
