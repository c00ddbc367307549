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
from pathways import presenter
from pathways.engine import FLOWS, Flow, State, read_answers, resolve
from pathways.models import FlowText


def _flow(slug: str) -> Flow:
    try:
        return FLOWS[slug]
    except KeyError:
        raise Http404("Deze route bestaat niet.") from None


def _resolve(flow: Flow, request: HttpRequest) -> State:
    return resolve(flow, read_answers(request.GET.lists()), find_place=find_place)


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
