"""Blind review of written answers by the members of the offer's employer."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.access import role_required
from accounts.enums import Role
from assessments import reviews as review_services
from assessments.forms import ReviewForm
from employers.models import Offer


def _offer(request, offer_id) -> Offer:
    return get_object_or_404(
        Offer.objects.of_member(request.user).select_related("employer").distinct(), pk=offer_id
    )


@require_GET
@role_required(Role.RECRUITER)
def review_home(request, offer_id):
    offer = _offer(request, offer_id)
    return render(
        request,
        "assessments/review_home.html",
        {"offer": offer, "rows": review_services.question_progress(offer, request.user)},
    )


@require_GET
@role_required(Role.RECRUITER)
def review_next(request, offer_id, question_id):
    """The next answer to this question in the reviewer's own order."""
    offer = _offer(request, offer_id)
    question = get_object_or_404(review_services.offer_questions(offer), pk=question_id)
    answer_id = review_services.next_answer_id(offer, question, request.user)
    if answer_id is None:
        messages.info(request, _("Vous avez relu toutes les réponses remises à cette question."))
        return redirect("assessments:review_home", offer_id=offer.pk)
    return redirect("assessments:review_answer", offer_id=offer.pk, answer_id=answer_id)


@require_http_methods(["GET", "POST"])
@role_required(Role.RECRUITER)
def review_answer(request, offer_id, answer_id):
    offer = _offer(request, offer_id)
    answer = get_object_or_404(
        review_services.offer_answers(offer).select_related("question", "attempt__application"),
        pk=answer_id,
    )
    question = answer.question
    form = ReviewForm(request.POST or None, question=question)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                level = form.cleaned_data["level"]
                review_services.submit_review(answer, level=level, user=request.user)
            except review_services.ReviewRefused as exc:
                messages.error(request, str(exc))
                status = 409
            else:
                messages.success(request, _("Relecture enregistrée."))
                return redirect("assessments:review_answer", offer_id=offer.pk, answer_id=answer.pk)
        else:
            status = 400
    order = review_services.ordered_answer_ids(offer, question, request.user)
    shown = review_services.visible_reviews(answer, request.user)
    return render(
        request,
        "assessments/review_answer.html",
        {
            "offer": offer,
            "question": question,
            "answer": answer,
            "pseudonym": answer.attempt.application.pseudonym,
            "text": review_services.redacted_answer(answer, lang=get_language()),
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
            "reviews": shown,
            "summary": review_services.summary(answer) if shown is not None else None,
            "position": order.index(answer.pk) + 1,
            "total": len(order),
        },
        status=status,
    )
