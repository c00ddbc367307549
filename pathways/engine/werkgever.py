"""The route of an employer whose employee is off sick (DOMAIN.md, "Werkgever route")."""

from dataclasses import replace

from pathways.engine import brussels_steps as b
from pathways.engine import werkgever_steps as s
from pathways.engine.derive import BRUSSEL
from pathways.engine.model import Action, Answers, Outcome, Step, Text
from pathways.engine.questions import (
    MEER_1_JAAR,
    MINDER_1_MAAND,
    NOG_NIET,
    TOT_1_JAAR,
    TOT_3_MAANDEN,
)

_PREVENTION_NOTES = {
    "intern": s.NOTE_WG_INTERN,
    "extern": s.NOTE_WG_EXTERN,
}


def _arbeidsarts(duration: str | None, wants_back: str | None) -> Step:
    if duration == NOG_NIET:
        return s.WG_ARBEIDSARTS_PREVENTIE
    if duration == MINDER_1_MAAND:
        return s.WG_ARBEIDSARTS
    if wants_back == NOG_NIET:
        # No talk of a return visit or a traject the employee is not ready for.
        return s.WG_ARBEIDSARTS_LATER
    if duration == TOT_3_MAANDEN:
        return s.WG_ARBEIDSARTS_WERKHERVATTING
    return s.WG_ARBEIDSARTS_REINTEGRATIE


def werkgever_outcome(answers: Answers) -> Outcome:
    """The employer's route; `answers` with the derived band `duur` and region `regio`."""
    duration = answers.get("duur")
    wants_back = answers.get("terugkeer")
    prevention = answers.get("preventiedienst")
    absent = duration != NOG_NIET
    open_to_return = absent and wants_back != NOG_NIET
    from_three_months = duration in (TOT_1_JAAR, MEER_1_JAAR)

    actions: list[Action] = []
    if not absent:
        actions += [s.WG_GESPREK, s.WG_AANPASSINGEN]
    else:
        actions.append(s.WG_CONTACT)
        if duration == MINDER_1_MAAND:
            actions.append(s.WG_GEWAARBORGD_LOON)
        if duration in (MINDER_1_MAAND, TOT_3_MAANDEN):
            actions.append(s.WG_PREVENTIEDIENST_WEEK_4)
        if wants_back == NOG_NIET:
            actions.append(s.WG_DEUR_OPEN)
        else:
            actions.append(s.WG_AANPASSINGEN)
            if from_three_months:
                actions.append(s.WG_REINTEGRATIE)
        if duration == TOT_3_MAANDEN:
            actions.append(s.WG_NOG_GEEN_TRAJECT)

    arbeidsarts = _arbeidsarts(duration, wants_back)
    if prevention == "intern":
        # The company's own arbeidsarts: the external services nearby are not theirs.
        arbeidsarts = replace(arbeidsarts, list_fiches=False)
    doors: list[Step] = [arbeidsarts]
    if not absent:
        doors.append(s.WG_PREVENTIEADVISEUR)
    brussels = answers.get("regio") == BRUSSEL
    if open_to_return and duration != MINDER_1_MAAND:
        # VOP is Flemish: a workplace in Brussels hears where to ask instead.
        doors += [s.WG_TNW_COORDINATOR, b.WG_BRUSSEL_STEUN if brussels else s.WG_VDAB_VOP]
        if from_three_months and not brussels:
            doors.append(s.WG_GTB)
        if wants_back == "ja":
            doors.append(s.WG_JOBCOACH)

    notes: list[Text] = [_PREVENTION_NOTES.get(prevention, s.NOTE_WG_ZOEKEN)]
    if from_three_months:
        notes.append(s.NOTE_WG_OVERMACHT)
    return Outcome(steps=tuple(doors), actions=tuple(actions), notes=tuple(notes))


def asks_return(answers: Answers) -> bool:
    # Whether someone wants to come back only matters once they are away.
    return answers.get("duur") != NOG_NIET
