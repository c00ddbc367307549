"""The employer's doors, own actions and notes, with their default texts (Dutch, B1).
Which of them a route shows is decided in pathways.engine.werkgever.

Facts marked ⚠ in DOMAIN.md are worded carefully here ("vraag het na bij …").
"""

from pathways.engine.registry import action, note, step

# ---------------------------------------------------------------- the employer's doors
WG_ARBEIDSARTS_PREVENTIE = step(
    "wg-arbeidsarts-preventie",
    "arbeidsarts",
    why=(
        "De arbeidsarts van je preventiedienst denkt mee over werk dat past bij de gezondheid "
        "van je medewerker. Je medewerker mag ook zelf, vertrouwelijk, een gesprek vragen: een "
        "spontane raadpleging."
    ),
    when="Zodra je merkt dat het werk moeilijk lukt, en voor het tot ziekte leidt.",
    ask="Welke aanpassingen aan het werk zijn mogelijk? Hoe kan ik uitval helpen voorkomen?",
)
WG_ARBEIDSARTS = step(
    "wg-arbeidsarts",
    "arbeidsarts",
    why=(
        "Speelt het werk mee in de ziekte? De arbeidsarts van je preventiedienst kan bekijken "
        "wat er op het werk kan veranderen. Je medewerker mag ook zelf, vertrouwelijk, een "
        "gesprek vragen."
    ),
    when="Als je denkt dat het werk een rol speelt, of als de afwezigheid langer duurt.",
    ask="Wat kan ik op het werk veranderen? Wat zijn de volgende stappen als de afwezigheid langer duurt?",
)
WG_ARBEIDSARTS_WERKHERVATTING = step(
    "wg-arbeidsarts-werkhervatting",
    "arbeidsarts",
    why=(
        "Na 4 weken afwezigheid mag je medewerker voor de terugkeer een gesprek vragen met de "
        "arbeidsarts: het bezoek voorafgaand aan de werkhervatting. Daarin wordt bekeken hoe "
        "de terugkeer vlot kan verlopen en welke aanpassingen nodig zijn."
    ),
    when="Een paar weken voor de terugkeer. Wijs je medewerker op deze mogelijkheid.",
    ask="Welke aanpassingen zijn nodig bij de terugkeer? Kan de terugkeer stap voor stap?",
)
WG_ARBEIDSARTS_REINTEGRATIE = step(
    "wg-arbeidsarts-reintegratie",
    "arbeidsarts",
    why=(
        "Vanaf 3 maanden afwezigheid kun je bij de arbeidsarts een re-integratietraject "
        "aanvragen. Je medewerker of de behandelend arts kunnen dat altijd. De arbeidsarts "
        "bekijkt welk werk nog kan: het eigen werk, aangepast werk of ander werk."
    ),
    when=(
        "Nu, als je samen een terugkeer wilt voorbereiden. De arbeidsarts neemt een "
        "beslissing binnen 49 dagen na de start."
    ),
    ask="Hoe start ik een re-integratietraject? Welke aanpassingen of welk ander werk zijn mogelijk?",
)
WG_ARBEIDSARTS_LATER = step(
    "wg-arbeidsarts-later",
    "arbeidsarts",
    why=(
        "De arbeidsarts van je preventiedienst kan jou en je medewerker helpen als terugkeren "
        "later ter sprake komt. Je medewerker mag ook zelf, vertrouwelijk, een gesprek vragen. "
        "Een re-integratietraject heeft de meeste kans als je medewerker er zelf klaar voor is."
    ),
    when=(
        "Als je medewerker aangeeft dat terugkeren misschien kan, of als je twijfelt over de "
        "volgende stappen."
    ),
    ask=(
        "Hoe houd ik contact zonder druk te zetten? Wat kan ik voorbereiden voor als mijn "
        "medewerker later wil terugkomen?"
    ),
)
WG_TNW_COORDINATOR = step(
    "wg-tnw-coordinator",
    "tnw-coordinator",
    why=(
        "De terug-naar-werkcoördinator (TNW-coördinator) van het ziekenfonds van je medewerker "
        "begeleidt mensen die terug aan het werk willen. Je medewerker neemt zelf contact op; "
        "jij kunt het voorstellen. De coördinator kan daarna ook met jou overleggen."
    ),
    when="Zodra je medewerker wil nadenken over terugkeren.",
    ask=(
        "Vraag je medewerker of hij of zij de TNW-coördinator al kent. Vraag of je mee mag "
        "overleggen over aangepast werk."
    ),
)
WG_VDAB_VOP = step(
    "wg-vdab-vop",
    "vdab",
    why=(
        "Heeft je medewerker een erkende arbeidsbeperking? Dan kun je via de VDAB een premie "
        "krijgen: de Vlaamse ondersteuningspremie (VOP). Die compenseert bijvoorbeeld een "
        "lager werktempo. De premie is in het begin hoger en daalt na een paar jaar."
    ),
    when="Als je medewerker terugkomt met een blijvende beperking.",
    ask=(
        "Heb ik recht op een VOP en hoe vraag ik die aan? Hoe hoog is de premie? Je "
        "medewerker vraagt de erkenning van de arbeidsbeperking zelf aan. Het gratis nummer "
        "van de VDAB is 0800 30 700."
    ),
)
WG_GTB = step(
    "wg-gtb",
    "gtb",
    why=(
        "GTB begeleidt mensen met een arbeidsbeperking of een gezondheidsprobleem naar werk "
        "dat past, en denkt met werkgevers mee over aangepast werk."
    ),
    when="Als de terugkeer naar het eigen werk moeilijk is en je samen een oplossing zoekt.",
    ask="Kan GTB mijn medewerker en mij begeleiden bij de terugkeer of bij ander werk?",
)
WG_JOBCOACH = step(
    "wg-jobcoach",
    "jobcoach",
    why=(
        "Een jobcoach begeleidt je medewerker op de werkvloer bij de terugkeer, en geeft jou "
        "en de collega's tips. Zo wordt een terugkeer met een beperking haalbaar."
    ),
    when="Vlak voor en in de eerste weken van de terugkeer.",
    ask="Kan een jobcoach mijn medewerker begeleiden? Wie betaalt dat?",
)
WG_PREVENTIEADVISEUR = step(
    "wg-preventieadviseur-psychosociaal",
    "preventieadviseur-psychosociaal",
    why=(
        "Spelen stress, conflicten of pesten op het werk mee? De preventieadviseur "
        "psychosociale aspecten helpt jou en je medewerker om de oorzaak aan te pakken."
    ),
    when="Zodra je signalen van stress of conflicten opmerkt.",
    ask="Wat kunnen we aan het werk of de werkomgeving veranderen?",
)

# ---------------------------------------------------------------- the employer's own actions
WG_GESPREK = action(
    "wg-gesprek",
    title="Praat op tijd",
    body=(
        "Merk je dat het werk moeilijk gaat? Vraag in een rustig gesprek wat zou helpen. "
        "Denk aan andere uren, andere taken of ander materiaal. Stel geen vragen over de "
        "ziekte zelf: dat is privé."
    ),
)
WG_CONTACT = action(
    "wg-contact",
    title="Houd contact, met respect",
    body=(
        "Laat weten dat je medewerker gemist wordt en dat de deur openstaat. Vraag hoe het "
        "gaat, maar stel geen vragen over de ziekte of de diagnose: dat is privé. Spreek samen "
        "af hoe en hoe vaak jullie contact houden."
    ),
)
WG_GEWAARBORGD_LOON = action(
    "wg-gewaarborgd-loon",
    title="Betaal het gewaarborgd loon",
    body=(
        "De eerste maand betaal jij het loon verder: het gewaarborgd loon. Voor bedienden en "
        "arbeiders gelden andere regels. Vraag het na bij je sociaal secretariaat. Daarna "
        "neemt het ziekenfonds de uitkering over."
    ),
)
WG_AANPASSINGEN = action(
    "wg-aanpassingen",
    title="Bekijk redelijke aanpassingen",
    body=(
        "Heeft je medewerker een beperking? Dan moet je redelijke aanpassingen bekijken. Een "
        "langdurige ziekte kan daar ook onder vallen. Denk aan andere uren, ander materiaal, "
        "andere taken of een rustige werkplek. Bespreek met de arbeidsarts wat kan."
    ),
    actor="arbeidsarts",
)
WG_REINTEGRATIE = action(
    "wg-reintegratie",
    title="Denk aan een re-integratietraject",
    body=(
        "Vanaf 3 maanden afwezigheid kun je een re-integratietraject aanvragen bij de "
        "arbeidsarts. Doe het liefst in overleg met je medewerker. Na de beslissing van de "
        "arbeidsarts volgt een plan voor aangepast of ander werk, als dat mogelijk is."
    ),
    actor="arbeidsarts",
)
WG_PREVENTIEDIENST_WEEK_4 = action(
    "wg-preventiedienst-week-4",
    title="Na ongeveer 4 weken: de preventiedienst neemt contact op",
    body=(
        "Is je medewerker ongeveer 4 weken afwezig? Dan moet de externe preventiedienst je "
        "medewerker contacteren en de mogelijkheden uitleggen: een bezoek voorafgaand aan de "
        "werkhervatting, of een re-integratietraject. Je hoort niets over de gezondheid van je "
        "medewerker zonder diens toestemming."
    ),
    actor="arbeidsarts",
)
WG_NOG_GEEN_TRAJECT = action(
    "wg-nog-geen-traject",
    title="Een re-integratietraject: pas vanaf 3 maanden",
    body=(
        "Jij mag een re-integratietraject pas vragen vanaf 3 maanden afwezigheid. Je medewerker "
        "en de behandelend arts kunnen dat op elk moment. Een contract beëindigen wegens "
        "medische overmacht mag pas na 9 maanden, en nooit tijdens een re-integratietraject."
    ),
)
WG_DEUR_OPEN = action(
    "wg-deur-open",
    title="Respecteer het en houd de deur open",
    body=(
        "Wil je medewerker nu nog niet terugkomen, of niet over werk praten? Respecteer dat. "
        "Houd af en toe contact en laat weten dat terugkeren later, stap voor stap, mogelijk is."
    ),
)

# ---------------------------------------------------------------- notes under a route
NOTE_WG_INTERN = note(
    "wg-preventiedienst-intern",
    "Je arbeidsarts werkt bij je interne preventiedienst. Je personeelsdienst kent de "
    "contactgegevens.",
)
NOTE_WG_EXTERN = note(
    "wg-preventiedienst-extern",
    "Je arbeidsarts werkt bij je externe preventiedienst. De contactgegevens staan in het "
    "arbeidsreglement en in je contract met die dienst. Hieronder zie je de diensten in je buurt.",
)
NOTE_WG_ZOEKEN = note(
    "wg-preventiedienst-zoeken",
    "Weet je niet welke preventiedienst je hebt? Elke werkgever moet er een hebben. Kijk in "
    "het arbeidsreglement of vraag het aan je sociaal secretariaat.",
)
NOTE_WG_OVERMACHT = note(
    "wg-overmacht",
    "Denk je aan het einde van het contract wegens medische overmacht? Dat kan pas na 9 "
    "maanden afwezigheid en niet tijdens een lopend re-integratietraject. Vraag eerst advies "
    "aan je sociaal secretariaat of een jurist.",
)
