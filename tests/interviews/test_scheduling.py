"""Interview dates without revealing anyone: the panel proposes slots, the candidate chooses,
everyone receives a calendar invitation (Paris time, one UID for the meeting's whole life), a
reminder the day before, and either side may move or cancel with a reason."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from accounts.models import AuditEntry
from interviews import scheduling
from interviews.enums import MeetingStatus
from interviews.models import InterviewSlot, Meeting
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.interviews.conftest import logged_in, plan
from tests.utils import signed_in

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
CANDIDATE_EMAIL = "hortense.candidate@example.net"


def committed():
    """Emails leave after the commit: run what waits for it."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def post(client, url, data):
    with committed():
        return client.post(url, data)


def next_spring_change() -> date:
    """The next last Sunday of March: Paris moves from UTC+1 to UTC+2 that night."""
    year = timezone.now().year
    while True:
        day = date(year, 3, 31)
        while day.weekday() != 6:
            day -= timedelta(days=1)
        if day > timezone.localdate() + timedelta(days=2):
            return day
        year += 1


def in_days(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def slot_post(day: date, start="10:00", end="11:00", row=1) -> dict:
    return {f"date_{row}": day.isoformat(), f"start_{row}": start, f"end_{row}": end}


@pytest.fixture
def planned(team):
    application = ApplicationFactory(
        offer=team.offer, stage="interview", candidate=CandidateFactory(user__email=CANDIDATE_EMAIL)
    )
    interview = plan(team, application=application)
    team.interview, team.application = interview, application
    team.candidate = signed_in(Client(), application.candidate.user)
    return team


def propose(team, *, by=None, **data) -> object:
    values = {
        **slot_post(in_days(10)),
        **slot_post(in_days(11), "14:00", "15:30", row=2),
        "place": "12 rue des Entretiens, salle 3",
        "attendees": [team.alice.pk, team.bruno.pk],
        **data,
    }
    client = logged_in(by or team.alice)
    return post(client, reverse("interviews:schedule", args=[team.application.pk]), values)


def choose(team, slot=None):
    slot = slot or Meeting.objects.get(interview=team.interview).open_slots.first()
    response = post(
        team.candidate,
        reverse("interviews:my_interview", args=[team.application.pk]),
        {"slot": slot.pk},
    )
    assert response.status_code == 302, response.content.decode()
    return slot


def calendar_of(message) -> Calendar:
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    filename, content, mimetype = attachment
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def ics_text(message) -> str:
    content = message.attachments[0][1]
    return content if isinstance(content, str) else content.decode()


def event_of(calendar: Calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def attendees(event) -> list[str]:
    value = event.get("attendee", [])
    values = value if isinstance(value, list) else [value]
    return sorted(str(item).removeprefix("mailto:") for item in values)


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_proposed_slots_reach_the_candidate_who_chooses_and_everyone_gets_an_invitation(planned):
    team = planned
    assert propose(team).status_code == 302
    (proposal,) = mail_to(CANDIDATE_EMAIL)
    assert "Choisissez" in proposal.subject and not proposal.attachments
    assert reverse("interviews:my_interview", args=[team.application.pk]) in proposal.body
    assert not mail_to(team.alice.email), "the panel hears of it once a slot is chosen"

    page = team.candidate.get(reverse("interviews:my_interview", args=[team.application.pk]))
    assert "heure de Paris" in page.content.decode()
    # the candidate is the one who chooses: not told to wait for « la personne candidate »
    assert "choix de la personne candidate" not in page.content.decode()
    mail.outbox.clear()
    slot = choose(team)

    meeting = Meeting.objects.get(interview=team.interview)
    assert meeting.status == MeetingStatus.SCHEDULED and meeting.chosen_slot == slot
    (invitation,) = mail_to(CANDIDATE_EMAIL)
    candidate_event = event_of(calendar_of(invitation))
    assert str(calendar_of(invitation)["method"]) == "REQUEST"
    assert attendees(candidate_event) == [], "no panel member's address in the candidate's file"
    assert team.alice.email not in ics_text(invitation)
    for member in (team.alice, team.bruno):
        (panel_mail,) = mail_to(member.email)
        event = event_of(calendar_of(panel_mail))
        assert attendees(event) == sorted([team.alice.email, team.bruno.email])
        assert team.application.pseudonym in str(event["summary"])
        assert CANDIDATE_EMAIL not in ics_text(panel_mail)
        assert str(event["uid"]) == str(candidate_event["uid"])
    assert not mail_to(team.chloe.email)
    assert AuditEntry.objects.filter(action="interview.slot_chosen", by_candidate=True).exists()


def test_times_are_paris_time_on_both_sides_of_the_change_to_summer_time(planned):
    team = planned
    change = next_spring_change()
    before, after = change - timedelta(days=1), change + timedelta(days=1)
    assert (
        propose(
            team, **slot_post(before, "10:00", "11:00"), **slot_post(after, "10:00", "11:00", row=2)
        ).status_code
        == 302
    )
    slots = list(Meeting.objects.get(interview=team.interview).open_slots)
    assert [s.starts_at.astimezone(UTC).hour for s in slots] == [9, 8]
    choose(team, slots[1])
    (invitation,) = mail_to(team.alice.email)[-1:]
    calendar = calendar_of(invitation)
    event = event_of(calendar)
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Paris" or getattr(start.tzinfo, "key", "") == "Europe/Paris"
    assert (start.hour, start.minute) == (10, 0)
    assert start.astimezone(UTC) == datetime.combine(after, time(8), tzinfo=UTC)
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Paris"
    # only the changes around the interview, not every change since 1970 (calendar clients
    # choke on long files and people read them)
    assert len(zone.to_ical().decode().splitlines()) < 30
    page = logged_in(team.alice).get(reverse("interviews:schedule", args=[team.application.pk]))
    assert "10:00–11:00 (heure de Paris)" in page.content.decode()


def test_an_hour_the_spring_change_skips_is_refused(planned):
    team = planned
    response = propose(team, **slot_post(next_spring_change(), "02:30", "03:30"))
    assert response.status_code == 400
    assert "n&#x27;existe pas" in response.content.decode()
    assert not Meeting.objects.exists()


def test_moving_keeps_the_uid_and_raises_the_sequence_then_cancel_sends_cancel(planned):
    team = planned
    propose(team)
    choose(team)
    first = event_of(calendar_of(mail_to(team.alice.email)[-1]))
    assert int(first["sequence"]) == 0

    refused = propose(team, **slot_post(in_days(20)))
    assert refused.status_code == 400, "moving a fixed date needs a reason"
    mail.outbox.clear()
    assert propose(team, **slot_post(in_days(20)), reason="Salle indisponible.").status_code == 302
    (moved,) = mail_to(CANDIDATE_EMAIL)
    assert "Salle indisponible." in moved.body
    assert "déplacé" in mail_to(team.alice.email)[0].subject
    choose(team)
    update = event_of(calendar_of(mail_to(team.alice.email)[-1]))
    assert str(update["uid"]) == str(first["uid"])
    assert int(update["sequence"]) == 1

    mail.outbox.clear()
    client = logged_in(team.bruno)
    url = reverse("interviews:cancel_meeting", args=[team.application.pk])
    assert post(client, url, {"annulation-reason": ""}).status_code == 400
    assert post(client, url, {"annulation-reason": "Poste gelé."}).status_code == 302
    for address in (CANDIDATE_EMAIL, team.alice.email, team.bruno.email):
        (cancel,) = mail_to(address)
        calendar = calendar_of(cancel)
        assert str(calendar["method"]) == "CANCEL"
        event = event_of(calendar)
        assert str(event["uid"]) == str(first["uid"]) and int(event["sequence"]) == 2
        assert str(event["status"]) == "CANCELLED"
        assert "Poste gelé." in cancel.body


def test_the_candidate_asks_for_another_date_and_the_panel_reads_the_reason_redacted(planned):
    team = planned
    propose(team)
    first = choose(team)
    mail.outbox.clear()
    response = post(
        team.candidate,
        reverse("interviews:my_interview_new_date", args=[team.application.pk]),
        {"report-reason": "Je suis Hortense, joignable au 06 11 22 33 44 : un examen ce jour-là."},
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(interview=team.interview)
    assert meeting.status == MeetingStatus.PROPOSED
    assert InterviewSlot.objects.get(pk=first.pk).withdrawn
    (notice,) = mail_to(team.alice.email)
    assert "un examen" in notice.body
    assert "06 11 22 33 44" not in notice.body
    assert "06 11 22 33 44" in meeting.reason, "the candidate keeps their own words"
    page = logged_in(team.alice).get(reverse("interviews:schedule", args=[team.application.pk]))
    assert "06 11 22 33 44" not in page.content.decode()
    entry = AuditEntry.objects.get(action="interview.new_date_requested")
    assert entry.by_candidate and entry.actor is None
    # The other slot is still open: the candidate chooses it, the calendars move.
    choose(team)
    assert int(event_of(calendar_of(mail_to(team.alice.email)[-1]))["sequence"]) == 1


def test_the_candidate_cancels_with_a_reason(planned):
    team = planned
    propose(team)
    choose(team)
    mail.outbox.clear()
    url = reverse("interviews:my_interview_cancel", args=[team.application.pk])
    assert post(team.candidate, url, {"annulation-reason": ""}).status_code == 400
    assert (
        post(team.candidate, url, {"annulation-reason": "J'ai accepté un poste."}).status_code
        == 302
    )
    assert str(calendar_of(mail_to(team.alice.email)[0])["method"]) == "CANCEL"
    assert "J'ai accepté un poste." in mail_to(team.alice.email)[0].body


def test_a_reminder_goes_out_once_the_day_before(planned):
    team = planned
    propose(team)
    slot = choose(team)
    mail.outbox.clear()
    assert scheduling.send_reminders(now=slot.starts_at - timedelta(hours=30)) == []
    with committed():
        assert scheduling.send_reminders(now=slot.starts_at - timedelta(hours=20))
    assert {a for m in mail.outbox for a in m.to} == {
        CANDIDATE_EMAIL,
        team.alice.email,
        team.bruno.email,
    }
    assert all("Rappel" in m.subject for m in mail.outbox)
    assert team.application.pseudonym in mail_to(team.alice.email)[0].body
    assert scheduling.send_reminders(now=slot.starts_at - timedelta(hours=19)) == []
    assert AuditEntry.objects.filter(action="interview.meeting_reminded").count() == 1


def test_a_switched_off_reminder_spares_only_who_switched_it_off(planned):
    from accounts.enums import EmailKind
    from accounts.models import EmailOptOut

    team = planned
    propose(team)
    slot = choose(team)
    mail.outbox.clear()
    EmailOptOut.objects.create(user=team.alice, kind=EmailKind.INTERVIEW_REMINDER)
    with committed():
        assert scheduling.send_reminders(now=slot.starts_at - timedelta(hours=20))
    assert {a for m in mail.outbox for a in m.to} == {CANDIDATE_EMAIL, team.bruno.email}
    assert all(m.extra_headers["List-Unsubscribe-Post"] for m in mail.outbox)


def test_the_panels_list_shows_the_date(planned):
    team = planned
    propose(team)
    slot = choose(team)
    page = logged_in(team.admin).get(reverse("interviews:offer_interviews", args=[team.offer.pk]))
    start = slot.starts_at.astimezone(PARIS)
    assert f"{start:%H:%M}–" in page.content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"date_1": "2020-01-06"}, "date_1", "déjà passé"),
        ({"start_1": "11:00", "end_1": "10:00"}, "end_1", "doit suivre"),
        ({"attendees": ["999999"]}, "attendees", "Sélectionnez un choix valide"),
        ({"place": ""}, "place", "lieu ou un lien"),
    ],
)
def test_bad_slots_are_form_errors(planned, data, field, message):
    team = planned
    response = propose(team, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert f'href="#id_{field}"' in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_colleague_off_the_panel_is_refused_as_an_attendee(planned):
    team = planned
    response = propose(team, attendees=[team.alice.pk, team.off_panel.pk])
    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_others_get_a_404(planned):
    team = planned
    propose(team)
    choose(team)
    employer_urls = [
        reverse(name, args=[team.application.pk])
        for name in ("interviews:schedule", "interviews:panel_calendar")
    ]
    for user in (team.stranger, team.off_panel):
        client = logged_in(user)
        for url in employer_urls:
            assert client.get(url).status_code == 404, (user, url)
        cancel = reverse("interviews:cancel_meeting", args=[team.application.pk])
        assert client.post(cancel, {"annulation-reason": "x"}).status_code == 404
    other = ApplicationFactory(offer=team.offer, stage="interview")
    outsider = signed_in(Client(), other.candidate.user)
    for name in (
        "interviews:my_interview",
        "interviews:my_interview_calendar",
    ):
        assert outsider.get(reverse(name, args=[team.application.pk])).status_code == 404
    for name in ("interviews:my_interview_cancel", "interviews:my_interview_new_date"):
        url = reverse(name, args=[team.application.pk])
        assert (
            outsider.post(url, {"annulation-reason": "x", "report-reason": "x"}).status_code == 404
        )
    slot = Meeting.objects.get(interview=team.interview).chosen_slot
    assert (
        outsider.post(
            reverse("interviews:my_interview", args=[team.application.pk]), {"slot": slot.pk}
        ).status_code
        == 404
    )
    assert Meeting.objects.get().status == MeetingStatus.SCHEDULED


def test_the_calendar_files_can_be_downloaded_by_each_side(planned):
    team = planned
    propose(team)
    choose(team)
    panel = logged_in(team.bruno).get(
        reverse("interviews:panel_calendar", args=[team.application.pk])
    )
    assert panel["Content-Type"].startswith("text/calendar")
    assert CANDIDATE_EMAIL not in panel.content.decode()
    own = team.candidate.get(
        reverse("interviews:my_interview_calendar", args=[team.application.pk])
    )
    assert own.status_code == 200 and team.alice.email not in own.content.decode()


def test_a_deleted_account_leaves_only_the_redacted_reason(planned):
    from candidates.services import delete_candidate_account

    team = planned
    propose(team)
    choose(team)
    post(
        team.candidate,
        reverse("interviews:my_interview_cancel", args=[team.application.pk]),
        {"annulation-reason": "Je suis joignable au 06 11 22 33 44, je ne viendrai pas."},
    )
    delete_candidate_account(team.application.candidate)
    meeting = Meeting.objects.get()
    assert "06 11 22 33 44" not in meeting.reason and "je ne viendrai pas" in meeting.reason


def test_no_reminder_nor_choice_once_the_application_is_decided(planned):
    from candidates.stages import move_application

    team = planned
    propose(team)
    slot = Meeting.objects.get().open_slots.first()
    move_application(team.application, "rejected", by=team.admin)
    response = post(
        team.candidate,
        reverse("interviews:my_interview", args=[team.application.pk]),
        {"slot": slot.pk},
    )
    assert response.status_code == 400
    assert "plus en cours" in response.content.decode()
    Meeting.objects.update(status=MeetingStatus.SCHEDULED, chosen_slot=slot)
    mail.outbox.clear()
    assert scheduling.send_reminders(now=slot.starts_at - timedelta(hours=2)) == []
    assert not mail.outbox


# -- the panel's words to the candidate go through the wording check, as messages do --------

ILLEGAL = "Nous préférons finalement une personne plus jeune et sans enfants."


def scheduled(team):
    assert propose(team).status_code == 302
    choose(team)
    mail.outbox.clear()


def test_an_illegal_cancellation_reason_is_refused_with_the_finding_quoted(planned):
    team = planned
    scheduled(team)
    url = reverse("interviews:cancel_meeting", args=[team.application.pk])
    response = post(logged_in(team.bruno), url, {"annulation-reason": ILLEGAL})
    assert response.status_code == 400
    page = response.content.decode()
    assert "« personne plus jeune »" in page and "« sans enfants »" in page
    assert Meeting.objects.get(interview=team.interview).status == MeetingStatus.SCHEDULED
    assert mail_to(CANDIDATE_EMAIL) == []
    assert not AuditEntry.objects.filter(action="interview.meeting_cancelled").exists()


def test_a_neutral_cancellation_reason_is_accepted(planned):
    team = planned
    scheduled(team)
    url = reverse("interviews:cancel_meeting", args=[team.application.pk])
    response = post(logged_in(team.bruno), url, {"annulation-reason": "Le poste est gelé."})
    assert response.status_code == 302
    assert "Le poste est gelé." in mail_to(CANDIDATE_EMAIL)[0].body


def test_an_illegal_reason_to_move_the_interview_is_refused_with_the_finding_quoted(planned):
    team = planned
    scheduled(team)
    response = propose(team, **slot_post(in_days(20)), reason=ILLEGAL)
    assert response.status_code == 400
    assert "« personne plus jeune »" in response.content.decode()
    assert Meeting.objects.get(interview=team.interview).status == MeetingStatus.SCHEDULED
    assert mail_to(CANDIDATE_EMAIL) == []


def test_a_neutral_reason_to_move_the_interview_is_accepted(planned):
    team = planned
    scheduled(team)
    response = propose(team, **slot_post(in_days(20)), reason="La salle est indisponible.")
    assert response.status_code == 302
    assert "La salle est indisponible." in mail_to(CANDIDATE_EMAIL)[0].body


def test_an_illegal_place_is_refused_too(planned):
    team = planned
    response = propose(team, place="Salle 3 — réservé aux candidats de moins de 30 ans")
    assert response.status_code == 400
    assert "« " in response.content.decode()
    assert not Meeting.objects.filter(interview=team.interview).exists()
    assert mail_to(CANDIDATE_EMAIL) == []


def test_the_service_refuses_whatever_the_view(planned):
    team = planned
    scheduled(team)
    with pytest.raises(scheduling.ReasonRefused) as refused:
        scheduling.cancel_meeting(team.interview, ILLEGAL, by=team.alice)
    assert refused.value.findings and all(f.quote for f in refused.value.findings)
