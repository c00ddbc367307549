"""The three flows: their questions, in order, and the routing function that ends each."""

from collections.abc import Callable

from pathways.engine.derive import routing_answers
from pathways.engine.model import Answers, Flow, Option, Question, Text, always
from pathways.engine.patient import (
    asks_contract,
    asks_duration,
    asks_goal,
    needs_mutuality,
    patient_outcome,
)
from pathways.engine.questions import (
    CONTRACT_OPTIONS,
    EMPLOYER_SINCE_SHORTCUTS,
    GOAL_OPTIONS,
    MUTUALITY_OPTIONS,
    PLACE_NOT_FOUND,
    PREVENTION_OPTIONS,
    RETURN_OPTIONS,
    SINCE_NOT_READ,
    SINCE_SHORTCUTS,
    WORK_OPTIONS,
)
from pathways.engine.since import read_since
from pathways.engine.werkgever import asks_return, werkgever_outcome
from pathways.engine.zorgverlener import zorgverlener_outcome


def _question(
    flow: str,
    id: str,
    *,
    title: str,
    summary: str,
    error: str,
    hint: str = "",
    options: tuple[Option, ...] = (),
    applies: Callable[[Answers], bool] = always,
) -> Question:
    return Question(
        id=id,
        title=Text(f"{flow}.{id}.title", title),
        summary=Text(f"{flow}.{id}.summary", summary),
        error=Text(f"{flow}.{id}.error", error),
        hint=Text(f"{flow}.{id}.hint", hint) if hint else None,
        options=options,
        applies=applies,
        not_found=None if options else PLACE_NOT_FOUND,
    )


def _since_question(
    flow: str,
    *,
    title: str,
    hint: str,
    summary: str,
    error: str,
    shortcuts: tuple[Option, ...] = SINCE_SHORTCUTS,
) -> Question:
    """Since when: a date or a number of weeks or months, typed; or one of the shortcuts."""
    return Question(
        id="sinds",
        title=Text(f"{flow}.sinds.title", title),
        summary=Text(f"{flow}.sinds.summary", summary),
        error=Text(f"{flow}.sinds.error", error),
        hint=Text(f"{flow}.sinds.hint", hint),
        applies=asks_duration if flow != "werkgever" else always,
        not_found=SINCE_NOT_READ,
        parse=read_since,
        shortcuts=shortcuts,
    )


# Every flow: the routing reads the duration band and the region; `duur` was the key of the
# duration question before it asked for a date.
_TIME = {"derive": routing_answers, "renamed": {"duur": "sinds"}}


def _flow_texts(slug: str, *, title: str, intro: str, route_title: str, route_intro: str):
    return {
        "slug": slug,
        "title": Text(f"{slug}.title", title),
        "intro": Text(f"{slug}.intro", intro),
        "route_title": Text(f"{slug}.route.title", route_title),
        "route_intro": Text(f"{slug}.route.intro", route_intro),
    }


PATIENT = Flow(
    **_flow_texts(
        "patient",
        title="Ik ben ziek of het werk lukt moeilijk",
        intro=(
            "Beantwoord een paar korte vragen. Dan zie je wie je kan helpen, in welke volgorde, "
            "en waar je die hulp vindt in je buurt. We bewaren je antwoorden niet."
        ),
        route_title="Jouw route",
        route_intro=(
            "Deze mensen kunnen je nu helpen, in een logische volgorde. Je kiest zelf wanneer "
            "je contact opneemt. Onder elke stap staan adressen in je buurt."
        ),
    ),
    questions=(
        _question(
            "patient",
            "werk",
            title="Wat is je situatie op het werk?",
            hint="Kies wat nu het best bij je past.",
            summary="Werksituatie",
            error="Kies je situatie op het werk.",
            options=WORK_OPTIONS,
        ),
        _since_question(
            "patient",
            title="Sinds wanneer kun je niet werken door je ziekte?",
            hint=(
                "Typ de eerste dag dat je niet kon werken, bijvoorbeeld 3/11/2026. Weet je de "
                "datum niet precies? Typ dan hoe lang al, bijvoorbeeld 6 weken of 4 maanden."
            ),
            summary="Niet aan het werk sinds",
            error="Typ sinds wanneer je niet kunt werken, of kies een van de antwoorden eronder.",
        ),
        _question(
            "patient",
            "contract",
            title="Wat voor contract heb je?",
            hint="Dat bepaalt tegen wanneer je ziekenfonds je ziektebriefje moet krijgen.",
            summary="Contract",
            error="Kies wat voor contract je hebt, of kies 'Ik weet het niet'.",
            options=CONTRACT_OPTIONS,
            applies=asks_contract,
        ),
        _question(
            "patient",
            "doel",
            title="Wil je later terug naar je eigen werk?",
            hint=(
                "Je eigen werk is je huidige job, of je eigen zaak als je zelfstandige bent. Je "
                "legt niets vast: je kunt dit later altijd veranderen."
            ),
            summary="Terug naar eigen werk",
            error="Kies of je terug wilt naar je eigen werk.",
            options=GOAL_OPTIONS,
            applies=asks_goal,
        ),
        _question(
            "patient",
            "ziekenfonds",
            title="Bij welk ziekenfonds ben je aangesloten?",
            hint=(
                "Elk ziekenfonds heeft eigen adviserend artsen en terug-naar-werkcoördinatoren. "
                "De naam staat op je klevers en op de brieven van je ziekenfonds."
            ),
            summary="Ziekenfonds",
            error="Kies je ziekenfonds, of kies 'Ik weet het niet'.",
            options=MUTUALITY_OPTIONS,
            applies=needs_mutuality,
        ),
        _question(
            "patient",
            "plaats",
            title="Waar woon je?",
            hint=(
                "Typ je postcode of de naam van je gemeente, bijvoorbeeld 9000 of Gent. Zo "
                "tonen we hulp in je buurt."
            ),
            summary="Woonplaats",
            error="Vul je postcode of gemeente in.",
        ),
    ),
    route=patient_outcome,
    **_TIME,
)

ZORGVERLENER = Flow(
    **_flow_texts(
        "zorgverlener",
        title="Ik ben huisarts of zorgverlener",
        intro=(
            "Beantwoord een paar vragen over de situatie van je patiënt. Je krijgt wat jij nu "
            "kunt doen, de route voor je patiënt met adressen in de buurt, en een folder om "
            "mee te geven."
        ),
        route_title="Route voor je patiënt",
        route_intro=(
            "Eerst wat jij nu kunt doen. Daarna de route voor je patiënt, met adressen in de "
            "buurt. Die route kun je afdrukken als folder voor je patiënt."
        ),
    ),
    questions=(
        _question(
            "zorgverlener",
            "werk",
            title="Wat is de situatie van je patiënt op het werk?",
            summary="Werksituatie",
            error="Kies de situatie van je patiënt op het werk.",
            options=WORK_OPTIONS,
        ),
        _since_question(
            "zorgverlener",
            title="Sinds wanneer is je patiënt arbeidsongeschikt?",
            hint=(
                "De eerste dag van de arbeidsongeschiktheid, bijvoorbeeld 3/11/2026, of hoe lang "
                "al, bijvoorbeeld 6 weken. Een herval binnen 14 dagen telt mee als dezelfde "
                "periode."
            ),
            summary="Arbeidsongeschikt sinds",
            error="Typ sinds wanneer je patiënt arbeidsongeschikt is, of kies een antwoord eronder.",
        ),
        _question(
            "zorgverlener",
            "contract",
            title="Wat voor contract heeft je patiënt?",
            hint="Dat bepaalt tegen wanneer het ziekenfonds het getuigschrift moet krijgen.",
            summary="Contract",
            error="Kies het contract van je patiënt, of kies 'Ik weet het niet'.",
            options=CONTRACT_OPTIONS,
            applies=asks_contract,
        ),
        _question(
            "zorgverlener",
            "doel",
            title="Wil je patiënt later terug naar het eigen werk?",
            hint="Bij een zelfstandige: de eigen zaak of het eigen beroep.",
            summary="Terug naar eigen werk",
            error="Kies of je patiënt terug wil naar het eigen werk.",
            options=GOAL_OPTIONS,
            applies=asks_goal,
        ),
        _question(
            "zorgverlener",
            "ziekenfonds",
            title="Bij welk ziekenfonds is je patiënt aangesloten?",
            hint=(
                "Elk ziekenfonds heeft eigen adviserend artsen en TNW-coördinatoren. Zo tonen "
                "we eerst de juiste."
            ),
            summary="Ziekenfonds",
            error="Kies het ziekenfonds, of kies 'Ik weet het niet'.",
            options=MUTUALITY_OPTIONS,
            applies=needs_mutuality,
        ),
        _question(
            "zorgverlener",
            "plaats",
            title="Waar woont je patiënt?",
            hint="Typ de postcode of de naam van de gemeente, bijvoorbeeld 3000 of Leuven.",
            summary="Woonplaats",
            error="Vul de postcode of gemeente van je patiënt in.",
        ),
    ),
    route=zorgverlener_outcome,
    **_TIME,
)

WERKGEVER = Flow(
    **_flow_texts(
        "werkgever",
        title="Ik ben werkgever",
        intro=(
            "Is een medewerker langdurig ziek, of lukt het werk moeilijk? Beantwoord een paar "
            "vragen. Je ziet wat jij kunt doen en wie je daarbij helpt."
        ),
        route_title="Jouw route als werkgever",
        route_intro=(
            "Eerst wat jij zelf kunt doen. Daarna wie je daarbij helpt, met adressen in de "
            "buurt van de werkplek."
        ),
    ),
    questions=(
        _since_question(
            "werkgever",
            title="Sinds wanneer is je medewerker afwezig door ziekte?",
            hint=(
                "Typ de eerste dag van de afwezigheid, bijvoorbeeld 3/11/2026, of hoe lang al, "
                "bijvoorbeeld 6 weken of 4 maanden."
            ),
            summary="Afwezig sinds",
            error="Typ sinds wanneer je medewerker afwezig is, of kies een antwoord eronder.",
            shortcuts=EMPLOYER_SINCE_SHORTCUTS,
        ),
        _question(
            "werkgever",
            "terugkeer",
            title="Wil je medewerker terug aan het werk komen?",
            hint="Je mag dit vragen, maar stel geen vragen over de ziekte zelf.",
            summary="Wil terugkomen",
            error="Kies of je medewerker terug wil komen.",
            options=RETURN_OPTIONS,
            applies=asks_return,
        ),
        _question(
            "werkgever",
            "preventiedienst",
            title="Welke preventiedienst heeft je bedrijf?",
            hint=(
                "Elke werkgever heeft een dienst voor preventie en bescherming op het werk. "
                "Daar werkt de arbeidsarts. De naam staat in het arbeidsreglement."
            ),
            summary="Preventiedienst",
            error="Kies welke preventiedienst je bedrijf heeft, of kies 'Ik weet het niet'.",
            options=PREVENTION_OPTIONS,
        ),
        _question(
            "werkgever",
            "plaats",
            title="Waar is de werkplek?",
            hint="Typ de postcode of de naam van de gemeente, bijvoorbeeld 9000 of Gent.",
            summary="Werkplek",
            error="Vul de postcode of gemeente van de werkplek in.",
        ),
    ),
    route=werkgever_outcome,
    **_TIME,
)

FLOWS: dict[str, Flow] = {flow.slug: flow for flow in (PATIENT, ZORGVERLENER, WERKGEVER)}
