"""The route's coming deadlines and milestones as an iCalendar file (RFC 5545), for the
person's own agenda: "Zet in je agenda". Made on request from the route's answers; nothing is
stored on the server.

One all-day event per coming milestone, on the date the route page shows, with a one-line
reminder the morning before and the route's address. The UIDs are made from the milestone
and the first day off work, so importing the file again updates the events instead of
doubling them.
"""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from pathways.engine import State, Texts
from pathways.engine.timeline import Entry, Timeline

# All-day events start at midnight: 15 hours before is 9 o'clock the morning before.
REMINDER = timedelta(hours=-15)


def has_agenda(line: Timeline | None) -> bool:
    """Dates to put in an agenda: the start is known and something is still to come."""
    return line is not None and line.start is not None and bool(line.coming)


def agenda_url(state: State, line: Timeline | None) -> str:
    """The address of the route's agenda file (same answers as the route), or "" without
    dates."""
    if not has_agenda(line):
        return ""
    return f"{reverse('pathways:agenda', args=[state.flow.slug])}?{state.query()}"


def calendar_file(line: Timeline, texts: Texts, *, title: str, route_url: str) -> bytes:
    """The .ics file of `line`'s coming milestones (none of those already past)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Wegwijzer bij ziekte//Route//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    stamp = datetime.now(UTC).replace(microsecond=0)
    host = urlsplit(route_url).hostname or "wegwijzer"
    for entry in line.coming:
        calendar.add_component(_event(entry, line, texts, route_url, stamp, host))
    return calendar.to_ical()


def _event(
    entry: Entry, line: Timeline, texts: Texts, route_url: str, stamp: datetime, host: str
) -> Event:
    milestone = entry.milestone
    name = texts[milestone.title]
    if milestone.deadline:
        summary = _("Uiterlijk vandaag: %(name)s") % {"name": name}
        reminder = _("Morgen is de laatste dag: %(name)s") % {"name": name}
    elif milestone.approximate:
        summary = _("Rond deze dag: %(name)s") % {"name": name}
        reminder = _("Morgen of kort daarna: %(name)s") % {"name": name}
    else:
        summary = name
        reminder = _("Morgen: %(name)s") % {"name": name}
    event = Event()
    event.add("uid", f"{milestone.id}-{line.start.isoformat()}@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.date)
    event.add("dtend", entry.date + timedelta(days=1))
    event.add("summary", summary)
    event.add(
        "description",
        "\n\n".join(
            [
                texts[milestone.do],
                _("Wie: %(who)s") % {"who": texts[milestone.who]},
                _("Je route: %(url)s") % {"url": route_url},
            ]
        ),
    )
    event.add("url", route_url)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", REMINDER)
    alarm.add("description", reminder)
    event.add_component(alarm)
    return event
