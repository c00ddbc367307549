"""The plain data a flow is made of: texts, questions, options, steps and outcomes.

Everything here is frozen: a resolved state can be passed around and cached without anyone
changing it behind your back. Words are not stored here, only their keys plus a default text;
the Django layer overlays the texts content editors changed in the admin.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

Answers = Mapping[str, str]

# ActorType slugs whose people work for one ziekenfonds: the visitor's own comes first.
MUTUALITY_BOUND = frozenset({"ziekenfonds", "adviserend-arts", "tnw-coordinator"})

# Plain names for drawings and as a fallback when the reference data is not loaded yet;
# pages take the name from the ActorType record.
ACTOR_NAMES = {
    "huisarts": "Huisarts",
    "behandelend-specialist": "Behandelend specialist",
    "ziekenfonds": "Ziekenfonds",
    "adviserend-arts": "Adviserend arts",
    "tnw-coordinator": "TNW-coördinator",
    "arbeidsarts": "Arbeidsarts",
    "preventieadviseur-psychosociaal": "Preventieadviseur psychosociale aspecten",
    "werkgever": "Werkgever",
    "vdab": "VDAB",
    "gtb": "GTB",
    "gob": "GOB",
    "jobcoach": "Jobcoach",
    "loopbaanbegeleiding": "Loopbaanbegeleiding",
    "werkpunt": "Werkpunt",
    "activeringscoach": "Activeringscoach",
    "caw": "CAW",
    "ocmw": "OCMW",
    "psycholoog": "Psycholoog",
    "ergotherapeut": "Ergotherapeut",
    "casemanager": "Casemanager",
    "actiris": "Actiris",
    "bruxelles-formation": "Bruxelles Formation",
    "phare": "Phare",
}


@dataclass(frozen=True)
class Text:
    """A piece of page text: the key editors see in the admin and the text used until they
    change it."""

    key: str
    default: str


@dataclass(frozen=True)
class Option:
    value: str  # what goes in the query string
    label: Text
    hint: Text | None = None


def always(answers: Answers) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    """One question, one page. Without options it is the free-text place question."""

    id: str  # the query-string key
    title: Text
    summary: Text  # the short label in the answer summary
    error: Text  # shown when the question was sent without an answer
    hint: Text | None = None
    options: tuple[Option, ...] = ()
    # Called with the valid answers to the earlier questions: is this question asked?
    applies: Callable[[Answers], bool] = always
    # For a free-text question: shown when the lookup (or the parser) finds nothing.
    not_found: Text | None = None
    # A typed answer read by a parser instead of a place lookup (the "since when" date):
    # called with the text and today, it returns the canonical value or None.
    parse: Callable[[str, date], str | None] | None = None
    # Ready-made answers offered as links under a parsed question, and used to walk every path.
    shortcuts: tuple[Option, ...] = ()

    @property
    def is_place(self) -> bool:
        return not self.options and self.parse is None

    @property
    def is_typed(self) -> bool:
        """Answered in a text box (a place or a date), not by choosing an option."""
        return not self.options

    def option(self, value: str) -> Option | None:
        for option in (*self.options, *self.shortcuts):
            if option.value == value:
                return option
        return None


@dataclass(frozen=True)
class Step:
    """One door in a route: the actor type to go to and why, when and what to ask there."""

    id: str  # names the texts: step.<id>.why / .when / .ask
    actor: str  # ActorType slug
    why: Text
    when: Text
    ask: Text
    # False when the visitor's own one is meant (an internal prevention service), so a
    # list of local addresses would mislead.
    list_fiches: bool = True

    @property
    def mutuality_bound(self) -> bool:
        return self.actor in MUTUALITY_BOUND


@dataclass(frozen=True)
class Action:
    """Something the reader does themselves (the doctor, the employer), not a door to knock on."""

    id: str
    title: Text
    body: Text
    actor: str = ""  # the ActorType it is about, if any


@dataclass(frozen=True)
class Outcome:
    steps: tuple[Step, ...]
    actions: tuple[Action, ...] = ()
    notes: tuple[Text, ...] = ()
    # The number of the first step: the doctor's route leaves out the patient's step 1 (the
    # huisarts, who is the reader), so its numbers match the handout's.
    first_number: int = 1

    @property
    def actors(self) -> frozenset[str]:
        """Every actor type the outcome sends the reader to or talks about."""
        return frozenset(s.actor for s in self.steps) | frozenset(
            a.actor for a in self.actions if a.actor
        )


@dataclass(frozen=True)
class Flow:
    slug: str
    title: Text  # the door's name and the page title of the questions
    intro: Text  # under the first question and on the start page
    route_title: Text  # the <h1> of the finished route
    route_intro: Text
    questions: tuple[Question, ...]
    # Called with the valid answers of a finished flow (and, to decide whether the
    # ziekenfonds question is needed, with the answers so far): the route.
    route: Callable[[Answers], Outcome] = field(repr=False, compare=False, default=None)
    # Facts the routing reads but nobody answers directly, worked out from the answers, the
    # places found and today (how long someone is off work, whether they live in Brussels).
    derive: Callable[[Answers, Mapping, date], Answers] = field(
        repr=False, compare=False, default=lambda answers, places, today: answers
    )
    # Former question keys → current ones, so saved addresses keep working.
    renamed: Mapping[str, str] = field(default_factory=dict, compare=False)

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None
