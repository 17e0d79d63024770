"""Interview dates as iCalendar files (RFC 5545, `icalendar`), and as people read them.

Times are Europe/Paris: the events carry ``TZID=Europe/Paris`` with the matching ``VTIMEZONE``
(its daylight-saving rules), so a calendar anywhere shows the right hour on both sides of a
change of time. One meeting keeps one UID all its life; each new version (a new slot, a
cancellation) raises SEQUENCE, so calendars replace the entry instead of adding one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

PARIS = ZoneInfo("Europe/Paris")
UID_DOMAIN = "vivier.entretiens"


def in_paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def slot_text(starts_at: datetime, ends_at: datetime) -> str:
    """« lundi 14 décembre 2026, 10:00–11:00 (heure de Paris) », in the active language."""
    start, end = in_paris(starts_at), in_paris(ends_at)
    return _("%(day)s, %(start)s–%(end)s (heure de Paris)") % {
        "day": date_format(start, "l j F Y"),
        "start": time_format(start, "H:i"),
        "end": time_format(end, "H:i"),
    }


@dataclass
class CalendarEvent:
    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str
    location: str = ""
    url: str = ""
    organizer: tuple[str, str] = ("", "")  # (email, name)
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (email, name)


def ics(event: CalendarEvent, *, method: str) -> bytes:
    """The event as a calendar file: ``method`` is REQUEST (an invitation or its update) or
    CANCEL."""
    calendar = Calendar()
    calendar.add("prodid", "-//Vivier//Entretiens//FR")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    entry = Event()
    entry.add("uid", f"{event.uid}@{UID_DOMAIN}")
    entry.add("sequence", event.sequence)
    entry.add("dtstamp", timezone.now().astimezone(ZoneInfo("UTC")))
    entry.add("dtstart", in_paris(event.starts_at))
    entry.add("dtend", in_paris(event.ends_at))
    entry.add("summary", event.summary)
    entry.add("description", event.description)
    entry.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    if event.location:
        entry.add("location", event.location)
    if event.url:
        entry.add("url", event.url)
    email, name = event.organizer
    if email:
        organizer = vCalAddress(f"mailto:{email}")
        organizer.params["cn"] = vText(name)
        entry.add("organizer", organizer)
    for email, name in event.attendees:
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        entry.add("attendee", attendee)
    calendar.add_component(entry)
    # the zone's rules for the year around the event only (by default: every change since 1970)
    around = in_paris(event.starts_at).date()
    calendar.add_missing_timezones(
        first_date=around - timedelta(days=366), last_date=around + timedelta(days=366)
    )
    return calendar.to_ical()
