"""The guided flow: GET only, no session. Parse the query string, resolve, render.

/route/<flow>/?werk=werknemer&duur=3-12-maanden shows the first open question or, when every
question that applies is answered, the route. Non-canonical query strings (unknown keys,
another order, answers that no longer apply) are redirected to the canonical one, so every
route has one stable address to bookmark and share.
"""

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from actors.places import find_place
from actors.views.helpers import render_for_audience
from pathways import pages
from pathways.engine import FLOWS, Flow, State, read_answers, resolve
from pathways.models import FlowText


def _flow(slug: str) -> Flow:
    try:
        return FLOWS[slug]
    except KeyError:
        raise Http404("Deze route bestaat niet.") from None


def _resolve(flow: Flow, request: HttpRequest) -> State:
    return resolve(flow, read_answers(request.GET.lists()), find_place=find_place)


def _zones(state: State):
    place = state.places.get("plaats")
    return place.zones if place is not None else ()


def _route_context(flow_def: Flow, state: State, texts, *, user, limit: int) -> dict:
    """What every rendering of a finished route shows: its steps with the local fiches."""
    code, label = pages.chosen_mutuality(state, texts)
    zones = _zones(state)
    return {
        "flow": flow_def,
        "title": texts[flow_def.route_title],
        "intro": texts[flow_def.route_intro],
        "place": state.places.get("plaats"),
        "zones": zones,
        "steps": pages.step_cards(
            state.outcome.steps,
            texts,
            user=user,
            zones=zones,
            mutuality=code,
            mutuality_label=label,
            limit=limit,
        ),
        "notes": [texts[n] for n in state.outcome.notes],
    }


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    texts = FlowText.objects.texts()
    doors = [
        {
            "url": reverse("pathways:flow", args=[f.slug]),
            "title": texts[f.title],
            "text": texts[f.intro],
        }
        for f in FLOWS.values()
    ]
    return render(request, "pathways/start.html", {"doors": doors})


@require_safe
def flow(request: HttpRequest, flow: str) -> HttpResponse:
    flow_def = _flow(flow)
    state = _resolve(flow_def, request)

    editing = None
    if state.error is None:
        wanted = request.GET.get("wijzig", "")
        editing = next((q for q in state.answered if q.id == wanted), None)
    printing = state.complete and editing is None and request.GET.get("print") == "1"

    # A refused answer is shown back as it was sent (nothing typed is lost); everything
    # else is served only from its canonical address.
    if state.error is None:
        extra = [("wijzig", editing.id)] if editing else [("print", "1")] if printing else []
        canonical = state.query(extra=extra)
        if request.META.get("QUERY_STRING", "") != canonical:
            return redirect(pages.flow_url(request.path, canonical))

    texts = FlowText.objects.texts()
    if editing is not None or not state.complete:
        question = editing or state.current
        page = pages.question_page(
            state,
            question,
            texts,
            path=request.path,
            start_url=reverse("pathways:start"),
            editing=editing is not None,
        )
        context = {
            "flow": flow_def,
            "flow_title": texts[flow_def.title],
            "intro": texts[flow_def.intro] if page.number == 1 and not state.answers else "",
            "page": page,
            "editing": editing is not None,
        }
        return render(request, "pathways/question.html", context, status=400 if page.error else 200)

    context = _route_context(
        flow_def,
        state,
        texts,
        user=request.user,
        limit=pages.FICHES_ON_PAPER if printing else pages.FICHES_ON_SCREEN,
    )
    context |= {
        "actions": [
            {"title": texts[a.title], "body": texts[a.body], "id": a.id}
            for a in state.outcome.actions
        ],
        "summary": pages.summary_rows(state, texts, path=request.path),
        "route_url": request.build_absolute_uri(pages.flow_url(request.path, state.query())),
        "print_url": pages.flow_url(request.path, state.query(extra=[("print", "1")])),
        "restart_url": request.path,
        "handout_url": (
            pages.flow_url(reverse("pathways:handout"), state.query())
            if flow_def.slug == "zorgverlener"
            else ""
        ),
    }
    template = "pathways/route_print.html" if printing else "pathways/route.html"
    return render_for_audience(request, template, context)


@require_safe
def handout(request: HttpRequest) -> HttpResponse:
    """The patient's route to print and hand over: patient wording, public fiches only,
    whoever is logged in (the doctor may see professional-only fiches; the paper may not)."""
    state = _resolve(FLOWS["patient"], request)
    canonical = state.query()
    if not state.complete:
        return redirect(pages.flow_url(reverse("pathways:flow", args=["zorgverlener"]), canonical))
    if request.META.get("QUERY_STRING", "") != canonical:
        return redirect(pages.flow_url(request.path, canonical))

    texts = FlowText.objects.texts()
    context = _route_context(
        FLOWS["patient"], state, texts, user=AnonymousUser(), limit=pages.FICHES_ON_PAPER
    )
    context |= {
        "actions": [],
        "summary": [],
        "route_url": request.build_absolute_uri(
            pages.flow_url(reverse("pathways:flow", args=["patient"]), canonical)
        ),
        "handout": True,
    }
    return render(request, "pathways/route_print.html", context)
