"""Doors that help along the way: the specialist, the psycholoog, the ergotherapeut, the werkpunt,
the activeringscoach and the casemanager, each with the reason it is in a route (Dutch, B1).

DOMAIN.md found no source for their exact role in a return to work (⚠): described plainly,
for editors to refine.
"""

from pathways.engine.registry import step

BEHANDELEND_SPECIALIST = step(
    "behandelend-specialist",
    "behandelend-specialist",
    why=(
        "Word je behandeld door een specialist, bijvoorbeeld in het ziekenhuis? Ook de specialist "
        "kan je getuigschrift schrijven, en zijn of haar mening weegt mee als bekeken wordt of je "
        "langer thuis blijft. Vertel wat je werk inhoudt, zodat de specialist daar rekening mee "
        "houdt."
    ),
    when="Bij je volgende controle, en zeker voor je arbeidsongeschiktheid verlengd wordt.",
    ask="Wat mag ik al doen? Kan ik stap voor stap of deeltijds werken? Hoe lang duurt het herstel?",
)
PSYCHOLOOG = step(
    "psycholoog",
    "psycholoog",
    why=(
        "Weegt het mentaal zwaar, door stress, piekeren of somberheid, of door wat je ziekte met "
        "je doet? Een psycholoog helpt je om je beter te voelen, ook met het oog op werk."
    ),
    when="Als je merkt dat je het mentaal moeilijk hebt. Je huisarts kan je doorverwijzen.",
    ask="Hoe vaak kan ik komen? Wat kost het? Betaalt mijn ziekenfonds een deel terug?",
)
ERGOTHERAPEUT = step(
    "ergotherapeut",
    "ergotherapeut",
    why=(
        "Een ergotherapeut bekijkt met jou hoe je je werk weer kunt doen: met een andere "
        "houding, een hulpmiddel of een andere manier van werken. Dat helpt om samen met je "
        "werkgever of in je eigen zaak de juiste aanpassingen te kiezen."
    ),
    when="Als je wilt terugkeren en je werk (nog) niet gaat zoals vroeger.",
    ask="Welke aanpassingen of hulpmiddelen helpen mij op het werk? Wat kost het?",
)
WERKPUNT = step(
    "werkpunt",
    "werkpunt",
    why=(
        "Een werkpunt is een plek in je buurt waar je met vragen over werk terechtkunt, ook als "
        "je al lang niet meer werkt. Je bekijkt er samen welke kleine stap nu mogelijk is."
    ),
    when="Als je wilt praten over werk, maar niet weet waar te beginnen.",
    ask="Welke stap kan ik nu zetten? Wat biedt het werkpunt aan?",
)
ACTIVERINGSCOACH = step(
    "activeringscoach",
    "activeringscoach",
    why=(
        "Ben je al lang niet aan het werk? Een activeringscoach denkt met je na over een "
        "volgende stap: werk met begeleiding, of eerst vrijwilligerswerk als opstap."
    ),
    when="Als betaald werk nog ver weg lijkt, maar je toch iets wilt doen.",
    ask="Welke stap past nu bij mij? Kan ik eerst vrijwilligerswerk doen?",
)
CASEMANAGER = step(
    "casemanager",
    "casemanager",
    why=(
        "Helpen al veel verschillende mensen je? Een casemanager houdt het overzicht, zorgt dat "
        "iedereen weet wat de anderen doen en wijst je de weg. Niet overal is er een."
    ),
    when="Als je het overzicht kwijt bent over wie je helpt.",
    ask="Is er een casemanager voor mij? Vraag het na bij je huisarts of je ziekenfonds.",
)
