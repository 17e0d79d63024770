"""The thread of an application: the employer writes through the wording checker and reads
the candidate's words redacted; the candidate reads and writes their own."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.access import role_required
from accounts.enums import Role
from candidates.models import Application
from shortlists import threads
from shortlists.forms import MessageForm


def _send(request, application, send, form):
    try:
        send(application, form.cleaned_data["text"], by=request.user)
    except threads.NotInThread:
        raise Http404 from None
    except threads.MessageRefused as error:
        for finding in error.findings:
            form.add_error("text", f"« {finding.quote} » : {finding.message}")
    except threads.MessageError as error:
        form.add_error("text", str(error))
    else:
        return True
    return False


def _page(request, application, *, for_candidate, form, status=200):
    return render(
        request,
        "shortlists/thread.html",
        {
            "application": application,
            "offer": application.offer,
            "for_candidate": for_candidate,
            "thread": threads.thread(application, for_candidate=for_candidate),
            "form": form,
            "forms_with_errors": [form] if form.errors else [],
        },
        status=status,
    )


@role_required(Role.RECRUITER)
def employer_thread(request, application_id):
    application = get_object_or_404(
        Application.objects.of_employer_member(request.user)
        .select_related("offer__employer")
        .only("pseudonym", "stage", "offer", "candidate_id"),
        pk=application_id,
    )
    form = MessageForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if _send(request, application, threads.send_employer_message, form):
            messages.success(
                request,
                _("Message envoyé : %(pseudonym)s est prévenu·e par courriel.")
                % {"pseudonym": application.pseudonym},
            )
            return redirect("applications:thread", application_id=application.pk)
    status = 400 if form.errors else 200
    return _page(request, application, for_candidate=False, form=form, status=status)


@role_required(Role.CANDIDATE)
def candidate_thread(request, application_id):
    application = get_object_or_404(
        Application.objects.of_candidate_user(request.user).select_related("offer__employer"),
        pk=application_id,
    )
    form = MessageForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if _send(request, application, threads.send_candidate_message, form):
            messages.success(request, _("Message envoyé : l'employeur est prévenu par courriel."))
            return redirect("candidate_threads:thread", application_id=application.pk)
    status = 400 if form.errors else 200
    return _page(request, application, for_candidate=True, form=form, status=status)
