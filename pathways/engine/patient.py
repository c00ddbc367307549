"""Who belongs in the route of a person who is ill (or at risk) and off work.

Written from DOMAIN.md, "Who belongs in which route". Plain if/else on purpose: an editor or
reviewer can read it next to that text. The huisarts always comes first; the arbeidsarts and
the werkgever only for a werknemer; the TNW-coördinator only where the ziekenfonds pays an
incapacity benefit (not on a leefloon, not for "anders", not before there is an incapacity).
"""

from pathways.engine import brussels_steps as b
from pathways.engine import care_steps as c
from pathways.engine import deadline_steps as d
from pathways.engine import patient_help_steps as h
from pathways.engine import patient_steps as s
from pathways.engine.derive import BRUSSEL
from pathways.engine.model import Answers, Outcome, Step, Text
from pathways.engine.questions import (
    ANDER,
    ANDERS,
    ARBEIDER,
    BEDIENDE,
    EIGEN,
    KORT,
    LEEFLOON,
    MEER_1_JAAR,
    MINDER_1_MAAND,
    NOG_NIET,
    TOT_1_JAAR,
    TOT_3_MAANDEN,
    WEET_NIET,
    WERKNEMER,
    WERKZOEKENDE,
    ZELFSTANDIGE,
)

# From the first month on the ziekenfonds (and so its adviserend arts and TNW-coördinator)
# is involved; for a werknemer the employer pays the first month.
ILL = (MINDER_1_MAAND, TOT_3_MAANDEN, TOT_1_JAAR, MEER_1_JAAR)
ON_BENEFIT = (TOT_3_MAANDEN, TOT_1_JAAR, MEER_1_JAAR)
EARLY = (TOT_3_MAANDEN, TOT_1_JAAR)

# In Brussels the Brussels bodies take the place of the Flemish ones (DOMAIN.md, "Brussels").
_IN_BRUSSELS = {
    h.VDAB_HERORIENTERING: (b.ACTIRIS, b.VDAB_BRUSSEL),
    h.VDAB_NIEUW_WERK: (b.ACTIRIS, b.VDAB_BRUSSEL),
    h.VDAB_WERKZOEKENDE: (b.ACTIRIS, b.VDAB_BRUSSEL),
    h.VDAB_GEZONDHEID: (b.ACTIRIS, b.VDAB_BRUSSEL),
    h.GTB: (b.PHARE,),
    h.GOB: (b.BRUXELLES_FORMATION,),
}


def for_region(steps: tuple[Step, ...], region: str | None) -> tuple[Step, ...]:
    if region != BRUSSEL:
        return steps
    found: list[Step] = []
    for step in steps:
        for replacement in _IN_BRUSSELS.get(step, (step,)):
            if replacement not in found:
                found.append(replacement)
    return tuple(found)


def _other_work(duration: str | None, goal: str | None) -> tuple[Step, ...]:
    """Doors for someone who wants (or may want) other work than their own."""
    if goal == ANDER:
        if duration == NOG_NIET:
            return (s.LOOPBAANBEGELEIDING, h.VDAB_NIEUW_WERK)
        return (h.VDAB_HERORIENTERING, h.GTB)
    if goal == WEET_NIET:
        return (s.LOOPBAANBEGELEIDING,)
    return ()


def _report_absence(contract: str | None) -> Step:
    """Telling the employer: only a bediende or arbeider hears of gewaarborgd loon as a fact."""
    if contract in (BEDIENDE, ARBEIDER):
        return s.WERKGEVER_MELDEN
    if contract == KORT:
        return d.WERKGEVER_MELDEN_KORT
    return d.WERKGEVER_MELDEN_ONZEKER


def _werknemer(duration: str | None, goal: str | None, contract: str | None) -> tuple[Step, ...]:
    own_job = goal in (EIGEN, WEET_NIET)
    if duration == NOG_NIET:
        employer = (s.WERKGEVER_AANPASSINGEN,) if own_job else ()
        doors = (s.ARBEIDSARTS_SPONTAAN, *employer, s.PREVENTIEADVISEUR, c.PSYCHOLOOG)
    elif duration == MINDER_1_MAAND:
        # Reporting the absence and the certificate are needed whatever comes next.
        doors = (d.ZIEKENFONDS_GETUIGSCHRIFT, _report_absence(contract), s.ARBEIDSARTS_SPONTAAN)
    elif duration == TOT_3_MAANDEN:
        employer = (s.WERKGEVER_CONTACT,) if own_job else ()
        doors = (
            s.ADVISEREND_ARTS_ERKENNING,
            s.TNW_COORDINATOR_VRAGENLIJST,
            s.ARBEIDSARTS_WERKHERVATTING,
            *employer,
        )
    elif duration == TOT_1_JAAR:
        # The ergotherapeut helps adapt the own job; an undecided reader gets loopbaanbegeleiding.
        adapt = (c.ERGOTHERAPEUT,) if goal == EIGEN else ()
        employer = (s.WERKGEVER_REINTEGRATIE, *adapt) if own_job else ()
        doors = (
            s.TNW_COORDINATOR_VRAGENLIJST,
            s.ADVISEREND_ARTS_TOEGELATEN_ARBEID,
            s.ARBEIDSARTS_REINTEGRATIE,
            *employer,
        )
    else:
        employer = (s.WERKGEVER_REINTEGRATIE,) if own_job else ()
        doors = (
            s.ADVISEREND_ARTS_INVALIDITEIT,
            s.TNW_COORDINATOR,
            s.ARBEIDSARTS_REINTEGRATIE,
            *employer,
        )
    return (*doors, *_other_work(duration, goal))


def _zelfstandige(duration: str | None, goal: str | None) -> tuple[Step, ...]:
    if duration == NOG_NIET:
        doors = (s.ZIEKENFONDS_INFO, c.PSYCHOLOOG)
    elif duration == MINDER_1_MAAND:
        doors = (s.ZIEKENFONDS_AANGIFTE, s.TNW_COORDINATOR)
    elif duration == TOT_3_MAANDEN:
        doors = (
            s.ADVISEREND_ARTS_TOEGELATEN_ARBEID,
            s.TNW_COORDINATOR_VRAGENLIJST,
            c.BEHANDELEND_SPECIALIST,
        )
    elif duration == TOT_1_JAAR:
        own = (c.ERGOTHERAPEUT,) if goal == EIGEN else ()
        doors = (
            s.TNW_COORDINATOR_VRAGENLIJST,
            s.ADVISEREND_ARTS_TOEGELATEN_ARBEID,
            *own,
        )
    else:
        doors = (s.ADVISEREND_ARTS_INVALIDITEIT, s.TNW_COORDINATOR, c.CASEMANAGER)
    return (*doors, *_other_work(duration, goal))


def _werkzoekende(duration: str | None) -> tuple[Step, ...]:
    if duration == NOG_NIET:
        return (h.VDAB_GEZONDHEID, h.GTB, c.PSYCHOLOOG)
    if duration == MINDER_1_MAAND:
        return (s.ZIEKENFONDS_WERKZOEKENDE, s.TNW_COORDINATOR, h.VDAB_WERKZOEKENDE)
    if duration == TOT_3_MAANDEN:
        return (
            s.ADVISEREND_ARTS_ERKENNING,
            s.TNW_COORDINATOR_VRAGENLIJST,
            h.VDAB_WERKZOEKENDE,
            h.GTB,
        )
    if duration == TOT_1_JAAR:
        return (
            s.TNW_COORDINATOR_VRAGENLIJST,
            s.ADVISEREND_ARTS_ERKENNING,
            h.VDAB_WERKZOEKENDE,
            h.GTB,
            h.GOB,
        )
    return (
        s.ADVISEREND_ARTS_INVALIDITEIT,
        s.TNW_COORDINATOR,
        h.VDAB_WERKZOEKENDE,
        h.GTB,
        c.ACTIVERINGSCOACH,
    )


def patient_outcome(answers: Answers) -> Outcome:
    """The route; `answers` as the flow derives them (pathways.engine.derive): with the
    duration band `duur` and the region `regio` besides what the person answered."""
    work = answers.get("werk")
    duration = answers.get("duur")
    goal = answers.get("doel")
    region = answers.get("regio")
    notes: list[Text] = []
    if region == BRUSSEL:
        notes.append(b.NOTE_BRUSSEL)
    if work == LEEFLOON:
        steps = (s.HUISARTS_LEEFLOON, h.OCMW, h.CAW, c.WERKPUNT, c.CASEMANAGER)
        return Outcome(steps=steps, notes=(s.NOTE_LEEFLOON, *notes))
    if work == ANDERS or work not in (WERKNEMER, ZELFSTANDIGE, WERKZOEKENDE):
        return Outcome(steps=(s.HUISARTS, h.CAW_WEGWIJS), notes=(s.NOTE_ANDERS, *notes))

    if work == WERKNEMER:
        contract = answers.get("contract")
        route = (s.HUISARTS_WERKNEMER, *_werknemer(duration, goal, contract))
        if duration == MINDER_1_MAAND and contract in (BEDIENDE, ARBEIDER):
            notes.append(s.NOTE_ZIEKENFONDS_NA_EEN_MAAND)
        if duration in ON_BENEFIT:
            notes.append(s.NOTE_VRIJWILLIG)
    elif work == ZELFSTANDIGE:
        route = (s.HUISARTS, *_zelfstandige(duration, goal))
    else:
        route = (s.HUISARTS, *_werkzoekende(duration))
    if duration in ILL:
        notes.append(d.NOTE_VERLENGING)
    if duration in EARLY:
        notes.append(s.NOTE_VROEG_PRATEN)
    return Outcome(steps=for_region(route, region), notes=tuple(notes))


def needs_mutuality(answers: Answers) -> bool:
    """Ask for the ziekenfonds only when a door of the route belongs to one."""
    return any(step.mutuality_bound for step in patient_outcome(answers).steps)


def asks_duration(answers: Answers) -> bool:
    # On a leefloon or in another status the route does not depend on how long it lasts.
    return answers.get("werk") in (WERKNEMER, ZELFSTANDIGE, WERKZOEKENDE)


def asks_contract(answers: Answers) -> bool:
    # The contract sets the certificate deadline and whether the employer pays gewaarborgd
    # loon: it changes the route only in the first month.
    return answers.get("werk") == WERKNEMER and answers.get("duur") == MINDER_1_MAAND


def asks_goal(answers: Answers) -> bool:
    # Only someone with a job or a business of their own can go back to it.
    return answers.get("werk") in (WERKNEMER, ZELFSTANDIGE)
