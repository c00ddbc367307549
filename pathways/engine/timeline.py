"""The timeline of an incapacity: the deadlines and milestones, counted from the first day off work.

Plain Python, no Django. Every day count here comes from DOMAIN.md, section "Deadlines and dates
that cost people money": the certificate deadlines per status (bediende day 28, arbeider day 14,
interim or short contract 48 h, werkzoekende 48 h, zelfstandige 7 calendar days with day 1 not
counted), the prevention service's contact at about week 4, the TNW questionnaire at week 10,
month 3 (the employer may start a re-integratietraject), month 4 (first estimate), month 9 (the
earliest medical force majeure) and month 12 (invaliditeit).

Day 1 is the first day of the incapacity. A "48 h" deadline is given as the end of day 2, the
safe reading: whoever sends the certificate by then is never late.

    timeline = build(status="werknemer", contract="arbeider", start=date(2027, 1, 4), today=...)
    for entry in timeline.entries: entry.milestone, entry.date, entry.state
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from pathways.engine.model import Text
from pathways.engine.questions import LEEFLOON, WERKNEMER, WERKZOEKENDE, ZELFSTANDIGE

# The kind of contract of a werknemer: it sets the certificate deadline.
BEDIENDE = "bediende"
ARBEIDER = "arbeider"
KORT = "kort"  # interim, trial period or a short contract without gewaarborgd loon
CONTRACT_UNKNOWN = "weet-niet"  # gives the safe (earliest) deadline

# Statuses whose ziekenfonds pays an incapacity benefit, and so sends the TNW questionnaire.
INSURED = (WERKNEMER, WERKZOEKENDE, ZELFSTANDIGE)


@dataclass(frozen=True)
class Offset:
    """When a milestone falls: a day of the incapacity or a number of whole months."""

    day: int = 1
    months: int = 0

    def on(self, start: date) -> date:
        if self.months:
            return add_months(start, self.months)
        return start + timedelta(days=self.day - 1)


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Milestone:
    id: str  # names the texts: milestone.<id>.title / .who / .do
    at: Offset
    title: Text
    who: Text  # who acts
    do: Text  # what the person can do
    deadline: bool = False  # money is lost when the person is late
    approximate: bool = False  # "about week 10": the date is an estimate, not a rule


MILESTONES: dict[str, Milestone] = {}


def _milestone(id: str, at: Offset, *, title: str, who: str, do: str, **flags) -> Milestone:
    milestone = Milestone(
        id=id,
        at=at,
        title=Text(f"milestone.{id}.title", title),
        who=Text(f"milestone.{id}.who", who),
        do=Text(f"milestone.{id}.do", do),
        **flags,
    )
    MILESTONES[id] = milestone
    return milestone


class State(Enum):
    PAST = "past"
    NEXT = "next"  # the first one still to come (today included)
    COMING = "coming"
    UNDATED = "undated"  # no start date known


@dataclass(frozen=True)
class Entry:
    milestone: Milestone
    date: date | None
    state: State


@dataclass(frozen=True)
class Timeline:
    entries: tuple[Entry, ...]  # in date order
    start: date | None
    today: date

    @property
    def day(self) -> int | None:
        """Which day of the incapacity today is (1 on the first day), when the start is known."""
        return (self.today - self.start).days + 1 if self.start else None

    @property
    def coming(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.state in (State.NEXT, State.COMING))

    @property
    def next(self) -> Entry | None:
        return next((e for e in self.entries if e.state is State.NEXT), None)

    def get(self, milestone_id: str) -> Entry | None:
        return next((e for e in self.entries if e.milestone.id == milestone_id), None)


# ------------------------------------------------------------------------------ the milestones
# The certificate (getuigschrift van arbeidsongeschiktheid) to the adviserend arts.
CERTIFICATE_DAY = {BEDIENDE: 28, ARBEIDER: 14, KORT: 2, CONTRACT_UNKNOWN: 2}
CERTIFICATE_DAY_BY_STATUS = {WERKZOEKENDE: 2, ZELFSTANDIGE: 8}  # zelfstandige: 7 days after day 1


def certificate_day(status: str, contract: str | None) -> int | None:
    """The last day of the incapacity on which the certificate may reach the ziekenfonds.

    None when the status has no such deadline (leefloon: no incapacity benefit; "anders":
    another system). A werknemer whose contract is not known gets the earliest deadline."""
    if status == WERKNEMER:
        return CERTIFICATE_DAY.get(contract or CONTRACT_UNKNOWN, CERTIFICATE_DAY[CONTRACT_UNKNOWN])
    return CERTIFICATE_DAY_BY_STATUS.get(status)


DAY_ONE = {
    WERKNEMER: _milestone(
        "dag-1-werknemer",
        Offset(day=1),
        title="Naar de huisarts en je werkgever verwittigen",
        who="Jij, je huisarts en je werkgever",
        do=(
            "Ga naar je huisarts voor een getuigschrift van arbeidsongeschiktheid. Verwittig je "
            "werkgever zo snel mogelijk, zoals het arbeidsreglement zegt (vaak dezelfde of de "
            "volgende werkdag). Je werkgever krijgt een medisch attest, meestal binnen 2 werkdagen."
        ),
    ),
    WERKZOEKENDE: _milestone(
        "dag-1-werkzoekende",
        Offset(day=1),
        title="Naar de huisarts en je uitbetalingsinstelling verwittigen",
        who="Jij, je huisarts en je uitbetalingsinstelling (vakbond of HVW)",
        do=(
            "Ga naar je huisarts voor een getuigschrift van arbeidsongeschiktheid. Meld je ziekte "
            "ook aan je uitbetalingsinstelling (je vakbond of de HVW), via je controlekaart."
        ),
    ),
    ZELFSTANDIGE: _milestone(
        "dag-1-zelfstandige",
        Offset(day=1),
        title="Op de eerste dag naar de huisarts",
        who="Jij, je huisarts en je sociaal verzekeringsfonds",
        do=(
            "Ga op de eerste dag naar je huisarts: je uitkering telt pas vanaf de dag dat de arts "
            "het getuigschrift tekent. Verwittig ook je sociaal verzekeringsfonds."
        ),
    ),
    LEEFLOON: _milestone(
        "dag-1-leefloon",
        Offset(day=1),
        title="Naar de huisarts en je maatschappelijk werker verwittigen",
        who="Jij, je huisarts en het OCMW",
        do="Ga naar je huisarts en vertel je maatschappelijk werker van het OCMW dat je ziek bent.",
    ),
}

CERTIFICATE = {
    day: _milestone(
        f"getuigschrift-dag-{day}",
        Offset(day=day),
        title="Getuigschrift bij je ziekenfonds",
        who="Jij (of je arts, als die het elektronisch verstuurt)",
        do=(
            "Bezorg het getuigschrift van arbeidsongeschiktheid aan de adviserend arts van je "
            "ziekenfonds. Te laat? Dan verlies je 10% van je uitkering voor elke dag te laat. Vraag "
            "je arts of die het elektronisch kan versturen. Lig je in het ziekenhuis, dan wacht "
            "deze termijn tot je weer thuis bent."
        ),
        deadline=True,
    )
    for day in sorted({*CERTIFICATE_DAY.values(), *CERTIFICATE_DAY_BY_STATUS.values()})
}

PREVENTION_CONTACT = _milestone(
    "week-4-preventiedienst",
    Offset(day=29),
    title="De preventiedienst neemt contact op",
    who="De externe preventiedienst van je werkgever",
    do=(
        "Na ongeveer 4 weken afwezigheid moet de preventiedienst je contacteren en je opties "
        "uitleggen. Je kan vragen om een bezoek voorafgaand aan de werkhervatting bij de "
        "arbeidsarts, of om een re-integratietraject."
    ),
    approximate=True,
)
QUESTIONNAIRE = _milestone(
    "week-10-vragenlijst",
    Offset(day=64),
    title="De vragenlijst 'Terug naar werk'",
    who="De adviserend arts van je ziekenfonds",
    do=(
        "Rond week 10 krijg je een vragenlijst. Je moet die invullen en binnen 2 weken terugsturen. "
        "De TNW-coördinator van je ziekenfonds kan je helpen met invullen. Meedoen aan een "
        "terug-naar-werktraject is vrijwillig."
    ),
    approximate=True,
)
EMPLOYER_TRAJECT = _milestone(
    "maand-3-traject",
    Offset(months=3),
    title="Je werkgever mag een re-integratietraject starten",
    who="Je werkgever, via de arbeidsarts",
    do=(
        "Vanaf nu mag ook je werkgever een re-integratietraject vragen. Jij en je behandelend arts "
        "kunnen dat op elk moment."
    ),
)
FIRST_ESTIMATE = _milestone(
    "maand-4-inschatting",
    Offset(months=4),
    title="Eerste inschatting van wat je nog kan",
    who="De adviserend arts van je ziekenfonds",
    do=(
        "De adviserend arts maakt een eerste inschatting van wat je nog kan, met je dossier en de "
        "vragenlijst. Vraag ernaar en zeg wat voor jou belangrijk is."
    ),
    approximate=True,
)
FORCE_MAJEURE = _milestone(
    "maand-9-overmacht",
    Offset(months=9),
    title="Vanaf nu kan medische overmacht ter sprake komen",
    who="Je werkgever",
    do=(
        "Na 9 maanden mag een werkgever je contract beëindigen wegens medische overmacht, maar "
        "nooit zolang een re-integratietraject loopt. Vraag raad aan je vakbond of de arbeidsarts."
    ),
)
INVALIDITY = _milestone(
    "maand-12-invaliditeit",
    Offset(months=12),
    title="Invaliditeit",
    who="De Geneeskundige Raad voor Invaliditeit (RIZIV), via je ziekenfonds",
    do=(
        "Na een jaar heet je arbeidsongeschiktheid invaliditeit. Je ziekenfonds blijft je "
        "uitkering betalen; toegelaten arbeid en de TNW-coördinator blijven mogelijk."
    ),
)


def milestones_for(status: str, contract: str | None = None) -> tuple[Milestone, ...]:
    """The milestones that apply to a person with this work status, in the order they come."""
    found: list[Milestone] = []
    if status in DAY_ONE:
        found.append(DAY_ONE[status])
    day = certificate_day(status, contract)
    if day is not None:
        found.append(CERTIFICATE[day])
    if status == WERKNEMER:
        found.append(PREVENTION_CONTACT)
    if status in INSURED:
        found += [QUESTIONNAIRE, FIRST_ESTIMATE]
    if status == WERKNEMER:
        found += [EMPLOYER_TRAJECT, FORCE_MAJEURE]
    if status in INSURED:
        found.append(INVALIDITY)
    reference = date(2001, 1, 1)  # any date: order by when they fall
    return tuple(sorted(found, key=lambda m: m.at.on(reference)))


def build(status: str, *, contract: str | None = None, start: date | None, today: date) -> Timeline:
    """The person's timeline: dated when the start is known, with past, next and coming marked."""
    entries: list[Entry] = []
    seen_next = False
    for milestone in milestones_for(status, contract):
        when = milestone.at.on(start) if start else None
        if when is None:
            state = State.UNDATED
        elif when < today:
            state = State.PAST
        elif not seen_next:
            state, seen_next = State.NEXT, True
        else:
            state = State.COMING
        entries.append(Entry(milestone, when, state))
    return Timeline(entries=tuple(entries), start=start, today=today)


# ------------------------------------------------------------------------- from the answers
SINCE = "sinds"  # the query key: an ISO date (2026-11-03), or "6-weken" / "4-maanden"
CONTRACT = "contract"  # the query key of the kind of contract
STATUS = "werk"
_UNITS = {"dagen": 1, "weken": 7}
MAX_MONTHS = 240  # an incapacity of 20 years is the most anyone can mean


def parse_since(value: str | None, today: date) -> date | None:
    """The first day off work from the `sinds` answer, or None when it is empty or not valid.

    A date in the future is not valid (the person is not off work yet); neither is one before
    today minus MAX_MONTHS. "6-weken" and "4-maanden" count back from today."""
    if not value:
        return None
    try:
        number, unit = value.split("-", 1)
        count = int(number)
    except ValueError:
        count, unit = -1, ""
    if count >= 0 and unit in _UNITS:
        start = today - timedelta(days=count * _UNITS[unit])
    elif count >= 0 and unit == "maanden":
        start = add_months(today, -count) if count <= MAX_MONTHS else None
    else:
        try:
            start = date.fromisoformat(value)
        except ValueError:
            return None
    if start is None or start > today or start < add_months(today, -MAX_MONTHS):
        return None
    return start


def from_answers(answers, today: date) -> Timeline | None:
    """The timeline for a flow's answers (werk, contract, sinds), or None without a status."""
    status = answers.get(STATUS)
    if not status:
        return None
    start = parse_since(answers.get(SINCE), today)
    return build(status, contract=answers.get(CONTRACT), start=start, today=today)
