"""The route page's timeline and its "Nu doen" list, built from the engine's timeline
(pathways.engine.timeline) and the step cards of the route.

Dates are written the Dutch way here, not in the engine: "uiterlijk vrijdag 16 januari".
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import formats, translation
from django.utils.translation import gettext as _

from actors.models import Fiche
from pathways.engine import Question, Texts
from pathways.engine.questions import MINDER_1_MAAND, NOG_NIET
from pathways.engine.since import band, parse_since
from pathways.engine.timeline import WERKGEVER, Entry, State, Timeline, from_answers

# Which doors of the route a milestone is about, most fitting first: the "Nu doen" item of the
# milestone shows the first local address of that door.
MILESTONE_ACTORS = {
    "getuigschrift": ("ziekenfonds", "adviserend-arts"),
    "week-10-vragenlijst": ("tnw-coordinator", "adviserend-arts"),
    "maand-4-inschatting": ("adviserend-arts", "tnw-coordinator"),
    "week-4-preventiedienst": ("arbeidsarts",),
    "maand-3-traject": ("arbeidsarts",),
    "wg-week-4-preventiedienst": ("arbeidsarts",),
    "wg-maand-3-traject": ("arbeidsarts",),
}
# A milestone that is not a deadline joins "Nu doen" when it comes within this many days.
SOON = timedelta(days=21)
MAX_NOW = 3


def dutch_date(day: date, today: date) -> str:
    """The day in Dutch, "vrijdag 16 januari", with the year when it is not this year's."""
    with translation.override("nl-be"):
        return formats.date_format(day, "l j F" if day.year == today.year else "l j F Y")


def typed_since(value: str, texts: Texts, question: Question) -> str:
    """A kept `sinds` answer as the box shows it again: 3/11/2026, or the shortcut's words."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        option = question.option(value)
        return texts[option.label] if option else value
    return f"{day.day}/{day.month}/{day.year}"


def shown_since(value: str, texts: Texts, question: Question, *, today: date) -> str:
    """A `sinds` answer in the summary: "maandag 3 november 2025", or the shortcut's words."""
    start = parse_since(value, today)
    if start is None:
        option = question.option(value)
        return texts[option.label] if option else value
    return dutch_date(start, today)


@dataclass
class TimelineRow:
    id: str
    when: str  # "uiterlijk vrijdag 16 januari", "rond maandag 1 februari", "Rond week 10"
    title: str
    who: str
    do: str
    state: str  # past / next / coming / undated: a class for the layout
    state_label: str  # the same in words, so nothing depends on colour
    deadline: bool
    date: date | None
    explained: bool  # past milestones are only named, unless what they allow still holds


def _when(entry: Entry, texts: Texts, today: date) -> str:
    milestone = entry.milestone
    if entry.date is None or milestone.by_rule:
        return texts[milestone.when]
    shown = dutch_date(entry.date, today)
    if milestone.deadline:
        return _("uiterlijk %(date)s") % {"date": shown}
    if milestone.approximate:
        return _("rond %(date)s") % {"date": shown}
    if milestone.opens:
        return _("vanaf %(date)s") % {"date": shown}
    return shown


def _state_label(entry: Entry) -> str:
    if entry.state is State.PAST:
        return _("Geldt al") if entry.milestone.opens else _("Voorbij")
    if entry.state is State.NEXT:
        return _("Eerstvolgende")
    if entry.state is State.COMING:
        return _("Later")
    return ""


def timeline_rows(timeline: Timeline, texts: Texts) -> list[TimelineRow]:
    return [
        TimelineRow(
            id=entry.milestone.id,
            when=_when(entry, texts, timeline.today),
            title=texts[entry.milestone.title],
            who=texts[entry.milestone.who],
            do=texts[entry.milestone.do],
            state=entry.state.value,
            state_label=_state_label(entry),
            deadline=entry.milestone.deadline,
            date=entry.date,
            explained=entry.state is not State.PAST or entry.milestone.opens,
        )
        for entry in timeline.entries
    ]


def route_timeline(state) -> Timeline | None:
    """The timeline of a finished route, or None when there is none to show: no status, or
    the person is not off work (yet)."""
    if band(state.answers.get("sinds"), state.today) in (None, NOG_NIET):
        return None
    status = WERKGEVER if state.flow.slug == WERKGEVER else None
    return from_answers(state.answers, state.today, status=status)


def in_first_month(state) -> bool:
    return band(state.answers.get("sinds"), state.today) == MINDER_1_MAAND


@dataclass
class NowItem:
    title: str
    when: str
    anchor: str  # the step further down the page that explains it, "" when none
    name: str  # the door: "Ziekenfonds"
    fiche: Fiche | None  # its first local address, own ziekenfonds first


def _card_for(milestone_id: str, cards: list) -> object | None:
    key = "getuigschrift" if milestone_id.startswith("getuigschrift") else milestone_id
    for actor in MILESTONE_ACTORS.get(key, ()):
        for card in cards:
            if card.step.actor == actor:
                return card
    return None


def _item(title: str, when: str, card) -> NowItem:
    return NowItem(
        title=title,
        when=when,
        anchor=f"stap-{card.number}" if card else "",
        name=card.name if card else "",
        fiche=card.fiches[0] if card and card.fiches else None,
    )


def now_items(
    rows: list[TimelineRow], cards: list, *, today: date, steps_too: bool, first_month: bool
) -> list[NowItem]:
    """The one to three things to do now: a deadline still to meet (undated ones only in the
    first month), the next milestone when it comes soon, then (`steps_too`) the first doors of
    the route, each with its first local address."""
    items: list[NowItem] = []
    used: set[int] = set()
    for row in rows:
        if row.state == "past":
            continue
        if row.deadline:
            wanted = row.date is not None or first_month
        else:
            wanted = row.state == "next" and row.date is not None and row.date - today <= SOON
        if not wanted:
            continue
        card = _card_for(row.id, cards)
        if card:
            used.add(card.number)
        items.append(_item(row.title, row.when, card))
    if steps_too:
        for card in cards:
            if len(items) >= MAX_NOW:
                break
            if card.number not in used:
                items.append(_item(card.name, card.when, card))
    return items[:MAX_NOW]
