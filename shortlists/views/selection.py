"""Selection pages. Views parse, authorise (querysets scoped to the user's organisation, so
another organisation's offer or application is a 404), call `shortlists.services`, render.
Candidates appear by pseudonym only: no page here reads identity."""

import csv
import io
from decimal import Decimal

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.access import role_required
from accounts.audit import log_action
from accounts.enums import Role
from candidates.enums import ApplicationStage
from candidates.models import Application
from employers.models import Offer
from shortlists import decisions, policies, ranked
from shortlists.enums import Component, CutoffStatus
from shortlists.forms import DecisionForm, LockForm, PolicyForm
from shortlists.models import Decision, SelectionPolicy
from shortlists.ranking import COMPONENTS
from shortlists.views import ranking_table


def _offer(request, offer_id) -> Offer:
    return get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer"), pk=offer_id
    )


def _application(request, application_id) -> Application:
    return get_object_or_404(
        Application.objects.of_employer_member(request.user)
        .select_related("offer__employer")
        .only("pseudonym", "stage", "stage_changed_at", "offer", "candidate_id"),
        pk=application_id,
    )


def _no_rules(request, offer):
    messages.info(
        request, _("Fixez les règles de sélection de l'offre avant d'en voir les résultats.")
    )
    return redirect("shortlists:policy", offer_id=offer.pk)


def _not_locked(request, offer):
    messages.info(
        request, _("Verrouillez les règles de sélection de l'offre avant d'en voir les résultats.")
    )
    return redirect("shortlists:ranking", offer_id=offer.pk)


def _unlocked_page(request, offer, policy, form, *, status=200):
    """The ranking page while the rules are not locked: the rules, what locking freezes, and the
    confirmed form that locks them. No result shows."""
    return render(
        request,
        "shortlists/ranking.html",
        {
            "offer": offer,
            "policy": policy,
            "lock_form": form,
            "forms_with_errors": [form] if form.errors else [],
            "waiting": Application.objects.filter(offer=offer).count(),
        },
        status=status,
    )


@role_required(Role.RECRUITER)
def ranking(request, offer_id):
    offer = _offer(request, offer_id)
    policy = policies.current_policy(offer)
    if policy is None:
        return _no_rules(request, offer)
    if not policy.is_locked:
        return _unlocked_page(request, offer, policy, LockForm())
    searched = request.GET.get("q", "").strip()[:40]
    url = reverse("shortlists:ranking", args=[offer.pk])
    search = ranked.find(offer, policy, searched) if searched else None
    if search is not None and len(search.hits) == 1:
        (hit,) = search.hits
        return redirect(f"{url}?page={hit.page}&trouvee={hit.key}#trouvee")
    found = request.GET.get("trouvee", "")
    shown = ranked.page_of(offer, policy, request.GET.get("page"))
    return render(
        request,
        "shortlists/ranking.html",
        {
            "offer": offer,
            "policy": policy,
            "rows": [{"row": row} for row in shown.rows],
            "page": shown.page,
            "searched": searched,
            "search_hits": [
                {"label": hit.label, "url": f"{url}?page={hit.page}&trouvee={hit.key}#trouvee"}
                for hit in (search.hits if search else [])
            ],
            "search_withdrawn": search.withdrawn if search else [],
            "table_rows": ranking_table.rows_html(
                shown.rows, shown.stages, found=int(found) if found.isdigit() else None
            ),
            "component_labels": [Component(c).label for c in COMPONENTS],
            "has_ties": any(row.tied for row in shown.rows),
        },
    )


@require_POST
@role_required(Role.RECRUITER)
def lock(request, offer_id):
    """Lock the rules in force, once the person confirmed it; then the ranking shows."""
    offer = _offer(request, offer_id)
    policy = policies.current_policy(offer)
    if policy is None:
        return _no_rules(request, offer)
    form = LockForm(request.POST)
    if not policy.is_locked and not form.is_valid():
        return _unlocked_page(request, offer, policy, form, status=400)
    if not policy.is_locked:
        policies.lock_policy(policy, by=request.user)
        messages.success(
            request,
            _("Règles de sélection verrouillées (version %(number)s).") % {"number": policy.number},
        )
    return redirect("shortlists:ranking", offer_id=offer.pk)


# Characters a spreadsheet reads as the start of a formula (OWASP's list): such a cell is
# prefixed with an apostrophe, so that it shows as text and runs nothing.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_number(value: Decimal | None, separator: str) -> str:
    return "" if value is None else str(value).replace(".", separator)


@role_required(Role.RECRUITER)
def export_results(request, offer_id):
    """The offer's anonymous results as CSV (pseudonym, stage, scores out of 100, total, rank,
    cut-off status): for the employer's own records, never an identity. In French, French
    headers and values, « ; » between cells and decimal commas, as French spreadsheets expect;
    in English « , » and decimal points; a UTF-8 byte order mark in both, so that a
    spreadsheet reads the accents. No cell can start a formula. Audited."""
    offer = _offer(request, offer_id)
    policy = policies.current_policy(offer)
    if policy is None:
        return _no_rules(request, offer)
    if not policy.is_locked:
        return _not_locked(request, offer)
    rows, stages = ranked.all_rows(offer, policy)
    french = (translation.get_language() or "fr").startswith("fr")
    delimiter, separator = (";", ",") if french else (",", ".")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="vivier-offre-{offer.pk}-resultats.csv"'
    )
    text = io.StringIO()
    text.write("\ufeff")
    writer = csv.writer(text, delimiter=delimiter)
    stage_labels = {s.value: str(s.label) for s in ApplicationStage}
    status_labels = {s.value: str(s.label) for s in CutoffStatus}
    yes, no = _("oui"), _("non")
    writer.writerow(
        [
            _("pseudonyme"),
            _("étape"),
            *[str(Component(c).label) for c in COMPONENTS],
            _("total pondéré (sur 100)"),
            _("rang"),
            _("ex æquo"),
            _("seuils"),
            _("version des règles"),
        ]
    )
    writer.writerows(
        [
            safe_cell(row.label),
            stage_labels[stages[row.key]],
            *[_csv_number(row.scores.get(c), separator) for c in COMPONENTS],
            _csv_number(row.total, separator),
            "" if row.rank is None else row.rank,
            yes if row.tied else no,
            status_labels[row.status],
            policy.number,
        ]
        for row in rows
    )
    response.content = text.getvalue()  # one write, not one per row
    log_action(
        "offer.results_exported",
        actor=request.user,
        employer=offer.employer,
        target=offer,
        data={"rows": len(rows), "rules_version": policy.number},
    )
    return response


@role_required(Role.RECRUITER)
def policy(request, offer_id):
    offer = _offer(request, offer_id)
    current = policies.current_policy(offer)
    locked = bool(current and current.is_locked)
    if request.method == "POST":
        form = PolicyForm(request.POST, instance=SelectionPolicy(offer=offer), locked=locked)
        if form.is_valid():
            try:
                saved = policies.save_policy(
                    offer,
                    form.cleaned_data,
                    change_reason=form.cleaned_data["change_reason"],
                    by=request.user,
                )
            except policies.SelectionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Règles de sélection enregistrées (version %(number)s).")
                    % {"number": saved.number},
                )
                return redirect("shortlists:ranking", offer_id=offer.pk)
    else:
        form = PolicyForm(instance=current or policies.suggested_policy(offer), locked=locked)
    return render(
        request,
        "shortlists/policy_form.html",
        {
            "offer": offer,
            "current": current,
            "locked": locked,
            "form": form,
            "versions": offer.selection_policies.select_related("created_by"),
            "forms_with_errors": [form] if form.errors else [],
        },
    )


@role_required(Role.RECRUITER)
def decide(request, application_id):
    application = _application(request, application_id)
    offer = application.offer
    if application.stage == ApplicationStage.WITHDRAWN:
        messages.info(request, decisions.WITHDRAWN_MESSAGE())
        return redirect("applications:detail", application_id=application.pk)
    policy = policies.current_policy(offer)
    if policy is None:
        messages.info(request, _("Fixez d'abord les règles de sélection de l'offre."))
        return redirect("shortlists:policy", offer_id=offer.pk)
    kinds = decisions.available_decisions(application)
    if not kinds:
        messages.info(request, _("Cette candidature a déjà reçu une décision finale."))
        return redirect("shortlists:ranking", offer_id=offer.pk)
    if not policy.is_locked:
        return _not_locked(request, offer)
    form = DecisionForm(request.POST if request.method == "POST" else None, kinds=kinds)
    if request.method == "POST" and form.is_valid():
        try:
            decisions.decide(
                application,
                kind=form.cleaned_data["kind"],
                reason=form.cleaned_data["reason"],
                comment=form.cleaned_data["comment"],
                by=request.user,
            )
        except policies.CommentRefused as error:
            for finding in error.findings:
                form.add_error("comment", f"« {finding.quote} » : {finding.message}")
        except policies.SelectionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Décision enregistrée pour %(pseudonym)s ; la personne a reçu ses résultats.")
                % {"pseudonym": application.pseudonym},
            )
            return redirect("shortlists:ranking", offer_id=offer.pk)
    scores = decisions.scores_with_total(application, policy)
    return render(
        request,
        "shortlists/decide.html",
        {
            "offer": offer,
            "application": application,
            "policy": policy,
            "scores": [(Component(c).label, scores[c]) for c in COMPONENTS],
            "total": scores["total"],
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "decisions": Decision.objects.filter(application=application).select_related(
                "decided_by", "policy"
            ),
        },
    )
