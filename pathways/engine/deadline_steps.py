"""The doors that come with a deadline: the certificate to the ziekenfonds and telling the
employer, for whoever has no gewaarborgd loon too, with their default texts (Dutch, B1).

Every term here is in DOMAIN.md, "Deadlines and dates that cost people money". The dates
themselves are on the route's timeline (pathways.engine.timeline).
"""

from pathways.engine.registry import note, step

ZIEKENFONDS_GETUIGSCHRIFT = step(
    "ziekenfonds-getuigschrift",
    "ziekenfonds",
    why=(
        "Je ziekenfonds moet weten dat je ziek bent. Bezorg het getuigschrift van "
        "arbeidsongeschiktheid aan de adviserend arts van je ziekenfonds. Betaalt je werkgever "
        "je loon niet (meer) door? Dan betaalt je ziekenfonds je uitkering. Te laat? Dan krijg je 10% minder uitkering "
        "voor elke dag dat je te laat bent."
    ),
    when=(
        "Bediende: uiterlijk op dag 28. Arbeider: uiterlijk op dag 14. Interimkracht, "
        "proefperiode of kort contract: binnen 2 dagen. Lig je in het ziekenhuis? Dan wacht de "
        "termijn tot je weer thuis bent."
    ),
    ask=(
        "Kan mijn arts het getuigschrift elektronisch sturen? Wat moet ik doen als mijn arts "
        "mijn ziekte verlengt? (Dan heb je 48 uur.)"
    ),
)
WERKGEVER_MELDEN_KORT = step(
    "werkgever-melden-kort",
    "werkgever",
    why=(
        "Verwittig meteen je werkgever, of het uitzendkantoor als je interimkracht bent. Als "
        "interimkracht, in je proefperiode of met een kort contract krijg je meestal geen "
        "gewaarborgd loon van je werkgever. Dan betaalt je ziekenfonds een uitkering, als je "
        "getuigschrift op tijd binnen is: binnen 2 dagen."
    ),
    when="Op de eerste dag dat je niet kunt werken.",
    ask=(
        "Hoe bezorg ik mijn ziektebriefje? Wie is mijn aanspreekpunt? Twijfel je of je "
        "gewaarborgd loon krijgt? Vraag het na bij je ziekenfonds."
    ),
    list_fiches=False,  # the visitor's own employer or agency, not one nearby
)
WERKGEVER_MELDEN_ONZEKER = step(
    "werkgever-melden-onzeker",
    "werkgever",
    why=(
        "Verwittig meteen je werkgever. Met een vast contract betaalt je werkgever de eerste "
        "weken je loon verder: het gewaarborgd loon. Als interimkracht, in je proefperiode of "
        "met een kort contract krijg je dat meestal niet. Vraag het na bij je werkgever."
    ),
    when="Op de eerste dag dat je niet kunt werken.",
    ask="Krijg ik gewaarborgd loon, en tot wanneer? Hoe houden we contact?",
    list_fiches=False,  # the visitor's own employer, not one nearby
)

NOTE_VERLENGING = note(
    "verlenging",
    "Verlengt je arts je arbeidsongeschiktheid, of word je opnieuw ziek (herval)? Bezorg het "
    "nieuwe getuigschrift binnen 48 uur aan je ziekenfonds, anders krijg je 10% minder "
    "uitkering per dag te laat. Lig je in het ziekenhuis? Dan wacht de termijn tot je thuis bent.",
)
