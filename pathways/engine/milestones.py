"""The milestones of an incapacity, each with its texts (editable in the admin through the text
catalogue, keys milestone.<id>.when / .title / .who / .do) and when it falls.

Plain Python, no Django. Every day count comes from DOMAIN.md, section "Deadlines and dates
that cost people money": the certificate deadlines per status (bediende day 28, arbeider day 14,
interim or short contract 48 h, werkzoekende 48 h, zelfstandige 7 calendar days with day 1 not
counted), the prevention service's contact at about week 4, the TNW questionnaire at week 10,
month 3 (the employer may start a re-integratietraject), month 4 (first estimate), month 9 (the
earliest medical force majeure) and month 12 (invaliditeit). A "48 h" deadline is given as the
end of day 2, the safe reading: whoever sends the certificate by then is never late.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from pathways.engine.model import Text
from pathways.engine.questions import (
    ARBEIDER,
    BEDIENDE,
    KORT,
    LEEFLOON,
    WEET_NIET,
    WERKNEMER,
    WERKZOEKENDE,
    ZELFSTANDIGE,
)
from pathways.engine.since import add_months

WERKGEVER = "werkgever"

# The kind of contract of a werknemer (BEDIENDE, ARBEIDER, KORT) sets the certificate deadline;
# not knowing it gives the safe (earliest) one.
CONTRACT_UNKNOWN = WEET_NIET

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


@dataclass(frozen=True)
class Milestone:
    id: str  # names the texts: milestone.<id>.title / .when / .who / .do
    at: Offset
    when: Text  # when it falls without a start date: "Uiterlijk op dag 28", "Rond week 10"
    title: Text
    who: Text  # who acts
    do: Text  # what the person can do
    deadline: bool = False  # money is lost when the person is late
    approximate: bool = False  # "about week 10": the date is an estimate, not a rule
    opens: bool = False  # from this day something is allowed: once past, it still holds
    # The day depends on what the person did not say (the contract): show the rule, not a date.
    by_rule: bool = False


MILESTONES: dict[str, Milestone] = {}


def _milestone(
    id: str, at: Offset, *, when: str, title: str, who: str, do: str, **flags
) -> Milestone:
    milestone = Milestone(
        id=id,
        at=at,
        when=Text(f"milestone.{id}.when", when),
        title=Text(f"milestone.{id}.title", title),
        who=Text(f"milestone.{id}.who", who),
        do=Text(f"milestone.{id}.do", do),
        **flags,
    )
    MILESTONES[id] = milestone
    return milestone


# ------------------------------------------------------------------------------ the milestones
# The certificate (getuigschrift van arbeidsongeschiktheid) to the adviserend arts.
CERTIFICATE_DAY = {BEDIENDE: 28, ARBEIDER: 14, KORT: 2, CONTRACT_UNKNOWN: 2}
CERTIFICATE_DAY_BY_STATUS = {WERKZOEKENDE: 2, ZELFSTANDIGE: 8}  # zelfstandige: 7 days after day 1


CERTIFICATE_WHEN = {
    2: "Binnen 2 dagen (48 uur)",
    8: "Binnen 7 dagen na de eerste dag",
    14: "Uiterlijk op dag 14",
    28: "Uiterlijk op dag 28",
}


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
        when="Dag 1",
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
        when="Dag 1",
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
        when="Dag 1",
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
        when="Dag 1",
        title="Naar de huisarts en je maatschappelijk werker verwittigen",
        who="Jij, je huisarts en het OCMW",
        do="Ga naar je huisarts en vertel je maatschappelijk werker van het OCMW dat je ziek bent.",
    ),
}

CERTIFICATE = {
    day: _milestone(
        f"getuigschrift-dag-{day}",
        Offset(day=day),
        when=CERTIFICATE_WHEN[day],
        title="Getuigschrift bij je ziekenfonds",
        who="Jij (of je arts, als die het elektronisch verstuurt)",
        do=(
            "Bezorg het getuigschrift van arbeidsongeschiktheid aan de adviserend arts van je "
            "ziekenfonds. Te laat? Dan krijg je 10% minder uitkering voor elke dag dat je te "
            "laat bent. Vraag je arts of die het elektronisch kan versturen. Lig je in het "
            "ziekenhuis? Dan wacht deze termijn tot je weer thuis bent. Verlengt je arts je "
            "ziekte, of word je opnieuw ziek (herval)? Stuur het nieuwe getuigschrift dan "
            "binnen 48 uur."
        ),
        deadline=True,
    )
    for day in sorted({*CERTIFICATE_DAY.values(), *CERTIFICATE_DAY_BY_STATUS.values()})
}

# A werknemer past the first month is not asked the contract: the deadline is behind them,
# and a date worked out from the safest term would tell a bediende they were late.
CERTIFICATE_ANY_CONTRACT = _milestone(
    "getuigschrift-werknemer",
    Offset(day=2),
    when="Bediende: dag 28. Arbeider: dag 14. Interim of kort contract: 2 dagen",
    title="Getuigschrift bij je ziekenfonds",
    who="Jij (of je arts, als die het elektronisch verstuurt)",
    do=CERTIFICATE[2].do.default,
    deadline=True,
    by_rule=True,
)

PREVENTION_CONTACT = _milestone(
    "week-4-preventiedienst",
    Offset(day=29),
    when="Na ongeveer 4 weken",
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
    when="Rond week 10",
    title="De vragenlijst 'Terug naar werk'",
    who="De adviserend arts van je ziekenfonds",
    do=(
        "Rond week 10 krijg je een vragenlijst. Je moet die invullen en binnen 2 weken terugsturen. "
        "De TNW-coördinator van je ziekenfonds kan je helpen met invullen. Meedoen aan een "
        "terug-naar-werktraject is vrijwillig. Keurt de adviserend arts je deelname goed? Dan "
        "neemt de TNW-coördinator binnen een maand contact met je op."
    ),
    approximate=True,
)
EMPLOYER_TRAJECT = _milestone(
    "maand-3-traject",
    Offset(months=3),
    when="Na 3 maanden",
    title="Je werkgever mag een re-integratietraject starten",
    who="Je werkgever, via de arbeidsarts",
    do=(
        "Vanaf nu mag ook je werkgever een re-integratietraject vragen. Jij en je behandelend arts "
        "kunnen dat op elk moment."
    ),
    opens=True,
)
FIRST_ESTIMATE = _milestone(
    "maand-4-inschatting",
    Offset(months=4),
    when="Rond 4 maanden",
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
    when="Na 9 maanden",
    title="Vanaf nu kan medische overmacht ter sprake komen",
    who="Je werkgever",
    do=(
        "Na 9 maanden mag een werkgever je contract beëindigen wegens medische overmacht, maar "
        "nooit zolang een re-integratietraject loopt. Vraag raad aan je vakbond of de arbeidsarts."
    ),
    opens=True,
)
INVALIDITY = _milestone(
    "maand-12-invaliditeit",
    Offset(months=12),
    when="Na 1 jaar",
    title="Invaliditeit",
    who="De Geneeskundige Raad voor Invaliditeit (RIZIV), via je ziekenfonds",
    do=(
        "Na een jaar heet je arbeidsongeschiktheid invaliditeit. Je ziekenfonds blijft je "
        "uitkering betalen; toegelaten arbeid en de TNW-coördinator blijven mogelijk."
    ),
)


# ------------------------------------------------------------ the employer's side of it
EMPLOYER = (
    _milestone(
        "wg-dag-1",
        Offset(day=1),
        when="Dag 1",
        title="Je medewerker meldt zich ziek",
        who="Je medewerker en jij",
        do=(
            "Je medewerker verwittigt je zoals het arbeidsreglement zegt en bezorgt een medisch "
            "attest, meestal binnen 2 werkdagen. Met een vast contract betaal je eerst het "
            "gewaarborgd loon: een bediende 30 dagen, een arbeider 14 dagen met een aanvulling "
            "tot dag 30. Voor een interimkracht regelt het uitzendkantoor dit."
        ),
    ),
    _milestone(
        "wg-week-4-preventiedienst",
        Offset(day=29),
        when="Na ongeveer 4 weken",
        title="De preventiedienst contacteert je medewerker",
        who="De externe preventiedienst",
        do=(
            "Na ongeveer 4 weken afwezigheid moet de externe preventiedienst je medewerker "
            "contacteren en de mogelijkheden uitleggen: een bezoek voorafgaand aan de "
            "werkhervatting of een re-integratietraject. Je hoort niets over de gezondheid van je "
            "medewerker zonder diens toestemming."
        ),
        approximate=True,
    ),
    _milestone(
        "wg-maand-3-traject",
        Offset(months=3),
        when="Na 3 maanden",
        title="Jij mag een re-integratietraject starten",
        who="Jij, via de arbeidsarts",
        do=(
            "Vanaf 3 maanden afwezigheid mag je een re-integratietraject vragen bij de "
            "arbeidsarts. Je medewerker en de behandelend arts kunnen dat op elk moment. Bekijk "
            "samen redelijke aanpassingen of ander werk."
        ),
        opens=True,
    ),
    _milestone(
        "wg-maand-9-overmacht",
        Offset(months=9),
        when="Na 9 maanden",
        title="Medische overmacht: niet vóór deze dag",
        who="Jij",
        do=(
            "Een contract beëindigen wegens medische overmacht mag pas na 9 maanden afwezigheid, "
            "en nooit zolang een re-integratietraject loopt. Vraag eerst advies aan je sociaal "
            "secretariaat of een jurist."
        ),
        opens=True,
    ),
)


def milestones_for(status: str, contract: str | None = None) -> tuple[Milestone, ...]:
    """The milestones that apply to a person with this work status, in the order they come."""
    if status == WERKGEVER:
        return EMPLOYER
    found: list[Milestone] = []
    if status in DAY_ONE:
        found.append(DAY_ONE[status])
    day = certificate_day(status, contract)
    if status == WERKNEMER and contract is None:
        found.append(CERTIFICATE_ANY_CONTRACT)
    elif day is not None:
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
