"""The doors of the patient's route for finding (other) work and for help with money and
housing: VDAB, GTB, GOB, OCMW and CAW, with their default texts (Dutch, B1).

Facts marked ⚠ in DOMAIN.md are worded carefully here ("vraag het na bij …").
"""

from pathways.engine.registry import step

# ---------------------------------------------------------------- work, money and housing
VDAB_HERORIENTERING = step(
    "vdab-herorientering",
    "vdab",
    why=(
        "De VDAB helpt je om ander werk te vinden of een opleiding te volgen. Ben je "
        "arbeidsongeschikt? Dan heb je de toestemming van de adviserend arts nodig om je in "
        "te schrijven. Je uitkering kan blijven lopen tijdens een opleiding."
    ),
    when="Als je ander werk wilt en de adviserend arts akkoord is.",
    ask=(
        "Welke opleiding of begeleiding past bij mij? Wat als mijn gezondheid niet alles "
        "toelaat? Het gratis nummer van de VDAB is 0800 30 700."
    ),
)
VDAB_NIEUW_WERK = step(
    "vdab-nieuw-werk",
    "vdab",
    why=(
        "Wil je ander werk, omdat je huidige werk niet meer gaat? De VDAB helpt je zoeken en "
        "biedt opleidingen. Dat kan ook terwijl je nog werkt."
    ),
    when="Als je weet dat je een andere richting uit wilt.",
    ask=(
        "Welk werk past bij mijn gezondheid? Welke opleiding kan ik volgen? Het gratis nummer "
        "van de VDAB is 0800 30 700."
    ),
)
VDAB_WERKZOEKENDE = step(
    "vdab-werkzoekende",
    "vdab",
    why=(
        "Je blijft ingeschreven als werkzoekende. Tijdens je ziekte kun je met de toestemming "
        "van de adviserend arts toch een opleiding of begeleiding volgen bij de VDAB. Vertel "
        "je bemiddelaar wat je gezondheid toelaat."
    ),
    when="Als je je weer wat beter voelt en wilt nadenken over werk of een opleiding.",
    ask=(
        "Welke begeleiding of opleiding past nu bij mij? Wat heb ik nodig van de adviserend "
        "arts? Het gratis nummer van de VDAB is 0800 30 700."
    ),
)
VDAB_GEZONDHEID = step(
    "vdab-gezondheid",
    "vdab",
    why=(
        "Vertel je bemiddelaar bij de VDAB wat je gezondheid wel en niet toelaat. Zo zoek je "
        "samen naar werk dat past, en kijk je of je extra begeleiding nodig hebt."
    ),
    when="Bij je volgende gesprek, of nu meteen als je afspraken niet meer lukken.",
    ask="Welk werk past bij mijn gezondheid? Kan ik begeleiding krijgen van GTB?",
)
GTB = step(
    "gtb",
    "gtb",
    why=(
        "GTB (Gespecialiseerd Team Bemiddeling) begeleidt mensen met een arbeidsbeperking of "
        "een gezondheidsprobleem naar werk dat past. Ze werken vanuit de werkwinkels van de "
        "VDAB en samen met jobcoaches."
    ),
    when="Als je door je gezondheid moeilijk werk vindt of houdt.",
    ask="Kan GTB mij begeleiden? Hoe meld ik me aan? Vraag het gerust na bij de VDAB.",
)
GOB = step(
    "gob",
    "gob",
    why=(
        "Een GOB helpt mensen met een arbeidsbeperking met een opleiding op maat, een stage "
        "op een echte werkplek en het zoeken naar werk."
    ),
    when="Als je wilt leren of oefenen voor je weer werk zoekt.",
    ask="Welke opleiding of stage past bij mij? Hoe meld ik me aan?",
)
OCMW = step(
    "ocmw",
    "ocmw",
    why=(
        "Je maatschappelijk werker bij het OCMW kent je situatie. Samen bekijk je wat nu "
        "haalbaar is: zorg, een activiteit of werk. Het OCMW kan een werk-zorgtraject "
        "voorstellen en je doorverwijzen naar de VDAB of GTB."
    ),
    when="Nu, bij je volgende afspraak.",
    ask=(
        "Welke hulp past nu bij mij? Kan ik een werk-zorgtraject volgen? Wat als ik door mijn "
        "gezondheid (nog) niet kan werken?"
    ),
)
CAW = step(
    "caw",
    "caw",
    why=(
        "Het CAW (Centrum Algemeen Welzijnswerk) helpt bij vragen over geld, wonen, relaties "
        "of papieren. Ze luisteren en zoeken samen met jou wat je nodig hebt."
    ),
    when="Als je met vragen zit waar het OCMW of je huisarts je niet mee helpt.",
    ask="Wie kan mij helpen met mijn vraag? Vraag naar de openingsuren of maak een afspraak.",
)
CAW_WEGWIJS = step(
    "caw-wegwijs",
    "caw",
    why=(
        "Past je situatie niet in de keuzes van deze wegwijzer? Het CAW (Centrum Algemeen "
        "Welzijnswerk) helpt je de weg te vinden naar de dienst die jou verder helpt."
    ),
    when="Als je niet weet waar je met je vraag terecht kunt.",
    ask="Welke regels gelden voor mij als ik ziek ben? Wie kan mij verder helpen?",
)
