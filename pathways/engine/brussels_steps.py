"""The doors for a place in Brussels (zone Bruzel): Brussels bodies instead of Flemish ones
(DOMAIN.md, "Brussels"). VOP is a Flemish measure: for Brussels we say where to ask instead."""

from pathways.engine.registry import note, step

ACTIRIS = step(
    "actiris",
    "actiris",
    why=(
        "Actiris is de dienst voor werk in Brussel. Woon je in Brussel? Dan helpt Actiris je "
        "met werk zoeken en begeleiding. Ben je arbeidsongeschikt? Vraag dan eerst aan de "
        "adviserend arts van je ziekenfonds of je mag beginnen."
    ),
    when="Als je (weer) wilt nadenken over werk, of als je afspraken door je ziekte niet lukken.",
    ask="Welke begeleiding past bij mijn gezondheid? Wat moet ik laten weten over mijn ziekte?",
)
VDAB_BRUSSEL = step(
    "vdab-brussel",
    "vdab",
    why=(
        "Spreek je liever Nederlands? VDAB Brussel helpt Nederlandstalige werkzoekenden in "
        "Brussel met werk en opleiding, samen met Actiris. Tijdens je ziekte heb je de "
        "toestemming van de adviserend arts nodig."
    ),
    when="Als je een opleiding of begeleiding in het Nederlands zoekt.",
    ask="Welke opleiding of begeleiding past bij mij? Het gratis nummer van de VDAB is 0800 30 700.",
)
BRUXELLES_FORMATION = step(
    "bruxelles-formation",
    "bruxelles-formation",
    why=(
        "Bruxelles Formation biedt opleidingen in het Frans voor Brusselaars die werk zoeken of "
        "een nieuwe richting willen."
    ),
    when="Als je wilt leren voor ander werk en de adviserend arts akkoord is.",
    ask="Welke opleiding past bij mijn gezondheid? Hoe schrijf ik me in?",
)
PHARE = step(
    "phare",
    "phare",
    why=(
        "Phare ondersteunt Franstalige Brusselaars met een handicap of een langdurige ziekte, "
        "ook bij werk. Spreek je Nederlands? Vraag dan bij VDAB Brussel naar begeleiding bij "
        "een arbeidsbeperking."
    ),
    when="Als je door je gezondheid moeilijk werk vindt of houdt.",
    ask="Kan ik ondersteuning krijgen bij werk? Hoe vraag ik die aan?",
)
WG_BRUSSEL_STEUN = step(
    "wg-brussel-steun",
    "actiris",
    why=(
        "De VOP (Vlaamse ondersteuningspremie) is een Vlaamse maatregel. Ligt de werkplek in "
        "Brussel? Vraag dan bij Actiris, of bij Phare voor Franstalige medewerkers, welke steun "
        "er is als je medewerker terugkomt met een arbeidsbeperking."
    ),
    when="Als je medewerker terugkomt met een blijvende beperking.",
    ask="Welke steun is er voor een werkgever in Brussel? Wie vraagt die aan?",
)

NOTE_BRUSSEL = note(
    "brussel",
    "Je woont in Brussel. Voor werk en opleiding helpen daar Actiris, VDAB Brussel (in het "
    "Nederlands) en Bruxelles Formation (in het Frans).",
)
