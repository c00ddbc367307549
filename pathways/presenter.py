"""The presenter of the guided flow: what the question and route pages show, built from an
engine state, the texts and the user.

Kept apart from the views so the views stay "parse, resolve, redirect or render" and so the
fiche query (one query for the fiches of every step, grouped here in Python) lives in one
place. The route page, its print view and the handout all come from route_page().
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Case, Exists, F, OuterRef, Q, QuerySet, When
from django.urls import reverse
from django.utils.translation import gettext as _

from actors.models import ActorType, Fiche
from actors.places import suggest_places
from pathways.agenda import agenda_url
from pathways.engine import ACTOR_NAMES, Question, State, Step, Texts, resolve
from pathways.engine.progress import Progress, progress
from pathways.engine.shortlink import short_path
from pathways.timeline_page import (
    in_first_month,
    now_items,
    route_timeline,
    shown_since,
    timeline_rows,
    typed_since,
)

# Addresses shown under a step; the zone page has the rest.
FICHES_ON_SCREEN = 5
FICHES_ON_PAPER = 1


def flow_url(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path


# ---------------------------------------------------------------- question pages
@dataclass
class Choice:
    value: str
    label: str
    hint: str
    checked: bool
    id: str


@dataclass
class QuestionPage:
    question: Question
    number: int
    title: str
    hint: str
    error: str
    value: str  # what the text box shows, or the checked option
    choices: list[Choice]
    hidden: list[tuple[str, str]]  # every other answer, sent along with this one
    back_url: str
    back_to_question: bool  # "Vorige vraag" (True) or "Terug" (to the route or the start)
    progress: Progress
    suggestions: list[tuple[str, str]] = field(default_factory=list)  # (name, url)
    suggestions_title: str = ""

    @property
    def field_id(self) -> str:
        return self.choices[0].id if self.choices else self.question.id


def question_page(
    state: State, question: Question, texts: Texts, *, path: str, start_url: str, editing: bool
) -> QuestionPage:
    if editing:
        value, error = state.answers.get(question.id, ""), ""
        if question.parse is not None:
            value = typed_since(value, texts, question)
    else:
        value, error = state.rejected, texts.get(state.error)
    previous = state.previous(question)
    if editing and state.complete:
        # Changing one answer of a finished route: "back" returns to where the change started.
        back_url, back_to_question = flow_url(path, state.query()), False
    elif previous:
        # Stepping back through the questions: one at a time, down to the first.
        back_url = flow_url(path, state.query(extra=[("wijzig", previous.id)]))
        back_to_question = True
    else:
        back_url, back_to_question = start_url, False
    choices = [
        Choice(
            value=option.value,
            label=texts[option.label],
            hint=texts.get(option.hint),
            checked=option.value == value,
            id=f"{question.id}-{option.value}",
        )
        for option in question.options
    ]
    hidden = state.pairs(without=question.id)
    suggestions, suggestions_title = [], ""
    if question.is_place and error and value:
        suggestions = [
            (name, flow_url(path, _with_answer(hidden, question.id, name)))
            for name in suggest_places(value)
        ]
    if question.shortcuts:
        # Links that answer at once: whoever does not know the date, or is not off work yet.
        suggestions_title = _("Of kies een van deze antwoorden:")
        suggestions = [
            (texts[option.label], flow_url(path, _answered_query(state, question, option.value)))
            for option in question.shortcuts
        ]
    return QuestionPage(
        question=question,
        number=state.asked.index(question) + 1 if question in state.asked else 1,
        title=texts[question.title],
        hint=texts.get(question.hint),
        error=error,
        value=value,
        choices=choices,
        hidden=hidden,
        back_url=back_url,
        back_to_question=back_to_question,
        progress=progress(
            state.flow, state.answers, question, places=state.places, today=state.today
        ),
        suggestions=suggestions,
        suggestions_title=suggestions_title,
    )


def _with_answer(pairs: list[tuple[str, str]], key: str, value: str) -> str:
    return urlencode([*pairs, (key, value)])


def _answered_query(state: State, question: Question, value: str) -> str:
    """The canonical query once `question` is answered with `value`, so the link needs no
    redirect. The kept place answers were looked up already: no query is made again."""
    answers = {**dict(state.pairs()), question.id: value}
    return resolve(state.flow, answers, find_place=str, today=state.today).query()


# ---------------------------------------------------------------- the answer summary
@dataclass
class SummaryRow:
    question_id: str
    label: str
    value: str
    change_url: str


def summary_rows(state: State, texts: Texts, *, path: str) -> list[SummaryRow]:
    rows = []
    for question in state.answered:
        answer = state.answers[question.id]
        if question.is_place:
            place = state.places.get(question.id)
            shown = getattr(place, "label", answer)
        elif question.parse is not None:
            shown = shown_since(answer, texts, question, today=state.today)
        else:
            shown = texts[question.option(answer).label]
        rows.append(
            SummaryRow(
                question_id=question.id,
                label=texts[question.summary],
                value=shown,
                change_url=flow_url(path, state.query(extra=[("wijzig", question.id)])),
            )
        )
    return rows


# ---------------------------------------------------------------- route steps and their fiches
@dataclass
class StepCard:
    number: int
    step: Step
    actor_type: ActorType | None
    name: str
    why: str
    when: str
    ask: str
    cost: str
    fiches: list[Fiche]  # the visitor's own ziekenfonds first, then local, then Flanders-wide
    other_fiches: list[Fiche]  # of other ziekenfondsen, for mutuality-bound steps
    more: int  # how many more there are than shown
    mutuality: str  # the visitor's ziekenfonds, for mutuality-bound steps


def route_fiches(user, steps: tuple[Step, ...], zones, *, mutuality: str, limit: int) -> QuerySet:
    """The fiches the route shows: for each step's actor type the first `limit` in the
    visitor's zones (local before Flanders-wide); for a step bound to a ziekenfonds the first
    `limit` of the visitor's own (its own before those of every ziekenfonds) and of the
    others. Each carries `group_total`, the count of its group. One query (plus the zones
    and contact persons of the cards), however many fiches the zones hold."""
    slugs = sorted({step.actor for step in steps if step.list_fiches})
    bound = {step.actor for step in steps if step.mutuality_bound} if mutuality else set()
    in_bound_step = Q(actor_type__slug__in=sorted(bound))
    own = Q(mutuality__isnull=True) | Q(mutuality__code=mutuality)
    local = Fiche.zones.through.objects.filter(
        fiche_id=OuterRef("pk"), zone_id__in=[zone.pk for zone in zones]
    )
    fiches = (
        Fiche.objects.visible_to(user)
        .filter(actor_type__slug__in=slugs)
        .serving(zones)
        .annotate(
            is_local=Exists(local),
            other_mutuality=Case(When(in_bound_step & ~own, then=1), default=0),
            for_every_mutuality=Case(
                When(in_bound_step & Q(mutuality__isnull=True), then=1), default=0
            ),
        )
        .first_of_each(
            limit,
            [F("actor_type_id"), F("other_mutuality")],
            [F("for_every_mutuality"), F("is_local").desc(), F("name"), F("pk")],
        )
        .order_by("actor_type_id", "other_mutuality", "group_rank")
    )
    # The door adds the contact persons for those who may see them (one more query).
    return fiches.for_cards().with_visible_contacts(user)


def step_cards(
    steps: tuple[Step, ...],
    texts: Texts,
    *,
    user,
    zones,
    mutuality: str = "",
    mutuality_label: str = "",
    limit: int = FICHES_ON_SCREEN,
    first_number: int = 1,
) -> list[StepCard]:
    actor_types = {a.slug: a for a in ActorType.objects.filter(slug__in={s.actor for s in steps})}
    groups: dict[tuple[str, int], list[Fiche]] = defaultdict(list)
    for fiche in route_fiches(user, steps, zones, mutuality=mutuality, limit=limit):
        groups[fiche.actor_type.slug, fiche.other_mutuality].append(fiche)

    cards = []
    for number, step in enumerate(steps, start=first_number):
        own = groups.get((step.actor, 0), []) if step.list_fiches else []
        others = groups.get((step.actor, 1), []) if step.list_fiches else []
        actor_type = actor_types.get(step.actor)
        cards.append(
            StepCard(
                number=number,
                step=step,
                actor_type=actor_type,
                name=actor_type.name if actor_type else ACTOR_NAMES.get(step.actor, step.actor),
                why=texts[step.why],
                when=texts[step.when],
                ask=texts[step.ask],
                cost=actor_type.cost if actor_type else "",
                fiches=own,
                other_fiches=others,
                more=max(0, own[0].group_total - limit) if own else 0,
                mutuality=mutuality_label if step.mutuality_bound and mutuality else "",
            )
        )
    return cards


def chosen_mutuality(state: State, texts: Texts) -> tuple[str, str]:
    """(code, label) of the visitor's ziekenfonds, or ("", "") when unknown."""
    code = state.answers.get("ziekenfonds", "")
    question = state.flow.question("ziekenfonds")
    if not code or code == "weet-niet" or question is None:
        return "", ""
    return code, texts[question.option(code).label]


# ---------------------------------------------------------------- whole pages
def flow_path(state: State) -> str:
    return reverse("pathways:flow", args=[state.flow.slug])


def requested_view(state: State, params) -> tuple[Question | None, bool]:
    """(the answered question the visitor wants to change, or None; whether they asked for the
    print view), read from the query string. Only a state without a refused answer has them."""
    if state.error is not None:
        return None, False
    wanted = params.get("wijzig", "")
    editing = next((q for q in state.answered if q.id == wanted), None)
    printing = state.complete and editing is None and params.get("print") == "1"
    return editing, printing


def canonical_query(state: State, *, editing: Question | None, printing: bool) -> str:
    """The one address of this page: what a non-canonical query string is redirected to."""
    extra = [("wijzig", editing.id)] if editing else [("print", "1")] if printing else []
    return state.query(extra=extra)


def question_context(
    state: State, texts: Texts, *, editing: Question | None, start_url: str
) -> dict:
    """The page of the first open question, or of the answered one being changed."""
    flow = state.flow
    page = question_page(
        state,
        editing or state.current,
        texts,
        path=flow_path(state),
        start_url=start_url,
        editing=editing is not None,
    )
    return {
        "flow": flow,
        "flow_title": texts[flow.title],
        "intro": texts[flow.intro] if page.number == 1 and not state.answers else "",
        "page": page,
        "editing": editing is not None,
    }


def route_page(
    state: State,
    texts: Texts,
    *,
    user,
    limit: int,
    absolute: Callable[[str], str],
    handout: bool = False,
) -> dict:
    """Everything a finished route shows: on screen, on paper and as the patient's handout.

    `user` decides which fiches (and contact persons) the steps list, through the fiche door;
    `limit` how many per step; `absolute` turns a path into the full address printed on paper.
    A handout shows the route's steps without the answers or the things to do yourself."""
    flow = state.flow
    path = flow_path(state)
    code, label = chosen_mutuality(state, texts)
    place = state.places.get("plaats")
    zones = place.zones if place is not None else ()
    cards = step_cards(
        state.outcome.steps,
        texts,
        user=user,
        zones=zones,
        mutuality=code,
        mutuality_label=label,
        limit=limit,
        first_number=state.outcome.first_number,
    )
    timeline = route_timeline(state)
    rows = timeline_rows(timeline, texts) if timeline else []
    page = {
        "flow": flow,
        "title": texts[flow.route_title],
        "intro": texts[flow.route_intro],
        "place": place,
        "zones": zones,
        "steps": cards,
        # The doctor's own "what you can do now" comes from the actions; their "Nu doen"
        # holds only the patient's deadlines and coming milestones.
        "now": now_items(
            rows,
            cards,
            today=state.today,
            steps_too=flow.slug != "zorgverlener" or handout,
            first_month=in_first_month(state),
        ),
        "timeline": rows,
        "timeline_dated": timeline is not None and timeline.start is not None,
        "timeline_day": timeline.day if timeline else None,
        "since_url": (
            flow_url(path, state.query(extra=[("wijzig", "sinds")]))
            if "sinds" in state.answers
            else ""
        ),
        "first_number": state.outcome.first_number,
        "notes": [texts[n] for n in state.outcome.notes],
        "route_url": absolute(flow_url(path, state.query())),
        "short_url": absolute(short_path(state)),
    }
    if handout:
        return page | {"actions": [], "summary": [], "handout": True}
    return page | {
        "actions": [
            {"title": texts[a.title], "body": texts[a.body], "id": a.id}
            for a in state.outcome.actions
        ],
        "summary": summary_rows(state, texts, path=path),
        "print_url": flow_url(path, state.query(extra=[("print", "1")])),
        "agenda_url": agenda_url(state, timeline),
        "restart_url": path,
        "handout_url": (
            flow_url(reverse("pathways:handout"), state.query())
            if flow.slug == "zorgverlener"
            else ""
        ),
    }
