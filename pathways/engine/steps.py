"""Every door, reader's action and note a route is built from, by id.

Each is defined, with its default text, beside the flow that uses it: patient_steps and
patient_help_steps (the patient), werkgever_steps (the employer), zorgverlener_steps (the
doctor). Importing them here fills the registries (pathways.engine.registry).
"""

from pathways.engine import (  # noqa: F401  (imported for the steps they enter in the registries)
    brussels_steps,
    care_steps,
    deadline_steps,
    patient_help_steps,
    patient_steps,
    werkgever_steps,
    zorgverlener_steps,
)
from pathways.engine.registry import ACTIONS, NOTES, STEPS

__all__ = ["ACTIONS", "NOTES", "STEPS"]
