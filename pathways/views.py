"""The guided flow: GET only, no session. Parse the query string, resolve, render.

/route/<flow>/?werk=werknemer&sinds=2026-10-05 shows the first open question or, when every
question that applies is answered, the route. Non-canonical query strings (unknown keys,
another order, answers that no longer apply) are redirected to the canonical one, so every
route has one stable address to bookmark and share.
"""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from actors.places import find_place
from pathways import agenda as agenda_file
from pathways import clock, presenter
from pathways.engine import FLOWS, Flow, State, read_answers, resolve
from pathways.engine.shortlink import expand, flow_slug
from pathways.models import FlowText


def _flow(slug: str) -> Flow:
    try:
        return FLOWS[slug]
    except KeyError:
        raise Http404("Deze route bestaat niet.") from None


def _resolve(flow: Flow, request: HttpRequest) -> State:
    return resolve(
        flow, read_answers(request.GET.lists()), find_place=find_place, today=clock.today()
    )


def _is_canonical(request: HttpRequest, query: str) -> bool:
    return request.META.get("QUERY_STRING", "") == query


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
    state = _resolve(_flow(flow), request)
    editing, printing = presenter.requested_view(state, request.GET)

    # A refused answer is shown back as it was sent (nothing typed is lost); everything
    # else is served only from its canonical address.
    if state.error is None:
        canonical = presenter.canonical_query(state, editing=editing, printing=printing)
        if not _is_canonical(request, canonical):
            return redirect(presenter.flow_url(request.path, canonical))

    texts = FlowText.objects.texts()
    if editing is not None or not state.complete:
        context = presenter.question_context(
            state, texts, editing=editing, start_url=reverse("pathways:start")
        )
        status = 400 if context["page"].error else 200
        return render(request, "pathways/question.html", context, status=status)

    limit = presenter.FICHES_ON_PAPER if printing else presenter.FICHES_ON_SCREEN
    page = presenter.route_page(
        state, texts, user=request.user, limit=limit, absolute=request.build_absolute_uri
    )
    template = "pathways/route_print.html" if printing else "pathways/route.html"
    return render(request, template, page)


@require_safe
def handout(request: HttpRequest) -> HttpResponse:
    """The patient's route to print and hand over: patient wording, public fiches only,
    whoever is logged in (the doctor may see professional-only fiches; the paper may not)."""
    state = _resolve(FLOWS["patient"], request)
    canonical = state.query()
    if not state.complete:
        zorgverlener = reverse("pathways:flow", args=["zorgverlener"])
        return redirect(presenter.flow_url(zorgverlener, canonical))
    if not _is_canonical(request, canonical):
        return redirect(presenter.flow_url(request.path, canonical))

    page = presenter.route_page(
        state,
        FlowText.objects.texts(),
        user=AnonymousUser(),
        limit=presenter.FICHES_ON_PAPER,
        absolute=request.build_absolute_uri,
        handout=True,
    )
    return render(request, "pathways/route_print.html", page)


@require_safe
def agenda(request: HttpRequest, flow: str) -> HttpResponse:
    """The route's coming deadlines and milestones as an .ics file, made from the answers in
    the address (nothing is stored). Without a finished route or a known start date there is
    nothing to put in an agenda: back to the route, which says what is missing."""
    state = _resolve(_flow(flow), request)
    canonical = state.query()
    route = presenter.flow_url(presenter.flow_path(state), canonical)
    if not state.complete:
        # The flow shows the open question, with its error and the refused value if any.
        raw = request.META.get("QUERY_STRING", "")
        return redirect(presenter.flow_url(presenter.flow_path(state), raw))
    if not _is_canonical(request, canonical):
        return redirect(presenter.flow_url(request.path, canonical))
    line = presenter.route_timeline(state)
    if not agenda_file.has_agenda(line):
        return redirect(route)
    texts = FlowText.objects.texts()
    body = agenda_file.calendar_file(
        line,
        texts,
        title=texts[state.flow.route_title],
        route_url=request.build_absolute_uri(route),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="wegwijzer-route.ics"'
    return response


@require_safe
def short_link(request: HttpRequest, code: str) -> HttpResponse:
    """/r/p/werknemer/…/9000, typed over from paper: the route's full address, where every
    answer is checked as usual (an answer that is not right shows its question)."""
    slug, *answers = code.strip("/").split("/")
    flow = _flow(flow_slug(slug))
    path = reverse("pathways:flow", args=[flow.slug])
    return redirect(presenter.flow_url(path, urlencode(expand(flow, answers, clock.today()))))
