"""The route a huisarts or other zorgverlener sees for a patient: the patient's own route
(the same questions, so the handout shows exactly that) plus what the doctor can do now."""

from pathways.engine import zorgverlener_steps as s
from pathways.engine.model import Action, Answers, Outcome
from pathways.engine.patient import EARLY, ON_BENEFIT, patient_outcome
from pathways.engine.questions import (
    ANDER,
    ANDERS,
    LEEFLOON,
    MEER_1_JAAR,
    NOG_NIET,
    WEET_NIET,
    WERKNEMER,
    WERKZOEKENDE,
    ZELFSTANDIGE,
)


def zorgverlener_outcome(answers: Answers) -> Outcome:
    work = answers.get("werk")
    duration = answers.get("duur")
    goal = answers.get("doel")
    patient = patient_outcome(answers)
    actions: list[Action] = [s.ZV_PRAAT_OVER_WERK]

    if work in (WERKNEMER, ZELFSTANDIGE, WERKZOEKENDE):
        if duration in EARLY:
            actions += [s.ZV_VROEG, s.ZV_SPECIALIST]
        elif duration == MEER_1_JAAR:
            actions.append(s.ZV_INVALIDITEIT)
        if duration in ON_BENEFIT:
            actions.append(s.ZV_PROGRESSIEF)
    if work == WERKNEMER:
        if duration != NOG_NIET:
            actions.append(s.ZV_REINTEGRATIE)
        actions.append(s.ZV_ARBEIDSARTS)
    if any(step.actor == "tnw-coordinator" for step in patient.steps):
        actions.append(s.ZV_TNW)
    if work == WERKZOEKENDE or (work in (WERKNEMER, ZELFSTANDIGE) and goal in (ANDER, WEET_NIET)):
        actions.append(s.ZV_WERKWINKEL)
    if work == LEEFLOON:
        actions.append(s.ZV_OCMW)
    if work == ANDERS:
        actions.append(s.ZV_ANDERS)

    # The doctor is the huisarts of the patient's route: that step becomes the actions above.
    # The patient's notes speak to the patient; they are on the handout, not here.
    # Numbered as on the handout, which keeps the huisarts as step 1.
    doors = tuple(step for step in patient.steps if step.actor != "huisarts")
    first = 1 + len(patient.steps) - len(doors)
    return Outcome(steps=doors, actions=tuple(actions), first_number=first)
