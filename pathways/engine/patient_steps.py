"""The doors of the patient's route about health, work and the ziekenfonds, and the notes
under that route, with their default texts (Dutch, B1). Editors change the words in the admin;
which step appears in which route is decided in pathways.engine.patient.

Facts marked ⚠ in DOMAIN.md are worded carefully here ("vraag het na bij …").
"""

from pathways.engine.registry import note, step

# ---------------------------------------------------------------- the patient's doors
HUISARTS_WERKNEMER = step(
    "huisarts-werknemer",
    "huisarts",
    why=(
        "Je huisarts kent je gezondheid en schrijft je ziektebriefje. Praat met je huisarts ook "
        "over je werk: wat lukt nog, wat niet, en wat zou helpen? Hoe vroeger je daarover praat, hoe "
        "groter de kans dat je op een goede manier terug aan de slag gaat. Je huisarts kan op "
        "elk moment een re-integratietraject voor je vragen bij de arbeidsarts."
    ),
    when="Nu al, en bij elk bezoek opnieuw. Ook als je nog werkt maar het moeilijk gaat.",
    ask=(
        "Kan ik stap voor stap of deeltijds terug aan het werk? Wil je met mijn toestemming "
        "met de arbeidsarts praten? Wie kan mij nog helpen?"
    ),
)
HUISARTS = step(
    "huisarts",
    "huisarts",
    why=(
        "Je huisarts kent je gezondheid en schrijft je ziektebriefje. Praat met je huisarts ook "
        "over werk: wat lukt nog, wat niet, en wat zou helpen? Hoe vroeger je daarover praat, hoe groter "
        "de kans dat je op een goede manier (terug) aan de slag gaat."
    ),
    when="Nu al, en bij elk bezoek opnieuw. Ook als je nog werkt maar het moeilijk gaat.",
    ask=(
        "Wat kan ik nog doen, en wat niet? Kan ik stap voor stap (terug) aan de slag? "
        "Wie kan mij daarbij helpen?"
    ),
)
HUISARTS_LEEFLOON = step(
    "huisarts-leefloon",
    "huisarts",
    why=(
        "Je huisarts kent je gezondheid. Praat ook over wat je bezighoudt: geld, wonen, werk "
        "of een zinvolle activiteit. Met jouw toestemming kan je huisarts samen met je "
        "maatschappelijk werker van het OCMW zoeken naar hulp die past."
    ),
    when="Nu al, en bij elk bezoek opnieuw.",
    ask=(
        "Wat kan ik nog doen, en wat niet? Wil je met mijn toestemming overleggen met mijn "
        "maatschappelijk werker van het OCMW?"
    ),
)

ARBEIDSARTS_SPONTAAN = step(
    "arbeidsarts-spontaan",
    "arbeidsarts",
    why=(
        "De arbeidsarts werkt voor de preventiedienst van je werkgever. Heb je klachten die "
        "met je werk te maken hebben? Dan mag je zelf een gesprek vragen: een spontane "
        "raadpleging. Je werkgever hoort niets over je gezondheid zonder jouw toestemming."
    ),
    when="Als je werk je klachten erger maakt, of als je werk moeilijk lukt door je gezondheid.",
    ask=(
        "Kan mijn werk aangepast worden? Wat kan ik doen om niet (langer) uit te vallen? "
        "Je vindt de naam van je preventiedienst in het arbeidsreglement of bij je personeelsdienst."
    ),
)
ARBEIDSARTS_WERKHERVATTING = step(
    "arbeidsarts-werkhervatting",
    "arbeidsarts",
    why=(
        "Ben je 4 weken of langer afwezig? Dan mag je voor je terugkeer een gesprek vragen met "
        "de arbeidsarts: het bezoek voorafgaand aan de werkhervatting. Samen bekijk je hoe je "
        "terugkomt en wat er aan je werk kan veranderen. Je werkgever hoort niets over je "
        "gezondheid zonder jouw toestemming."
    ),
    when=(
        "Een paar weken voor je terug wilt gaan werken. De arbeidsarts ziet je dan binnen "
        "ongeveer 10 werkdagen."
    ),
    ask=(
        "Welk werk kan ik aan? Kan ik beginnen met minder uren of andere taken? Wat is een "
        "re-integratietraject en is dat iets voor mij?"
    ),
)
ARBEIDSARTS_REINTEGRATIE = step(
    "arbeidsarts-reintegratie",
    "arbeidsarts",
    why=(
        "In een re-integratietraject bekijkt de arbeidsarts welk werk je bij je werkgever nog "
        "kunt doen: je eigen werk, aangepast werk of ander werk. Jij of je behandelend arts "
        "kunnen zo'n traject altijd vragen. Je werkgever kan dat vanaf 3 maanden afwezigheid."
    ),
    when=(
        "Nu, zeker als je wilt terugkomen. Loopt je arbeidscontract nog na meer dan een jaar? "
        "Dan blijft de arbeidsarts je aanspreekpunt."
    ),
    ask=(
        "Kan ik een re-integratietraject starten? Welk aangepast werk is mogelijk? "
        "Wat gebeurt er na de beslissing?"
    ),
)
WERKGEVER_AANPASSINGEN = step(
    "werkgever-aanpassingen",
    "werkgever",
    why=(
        "Je werkgever kan je werk aanpassen zodat je kunt blijven werken: andere uren, andere "
        "taken, ander materiaal of een rustiger werkplek. Bij een langdurige ziekte kan je "
        "werkgever verplicht zijn om zulke redelijke aanpassingen te doen."
    ),
    when="Zodra je merkt dat het werk moeilijk lukt. Je hoeft niet te vertellen welke ziekte je hebt.",
    ask="Welke aanpassingen zijn mogelijk? Kan ik tijdelijk minder uren of andere taken doen?",
    list_fiches=False,  # the visitor's own employer, not one nearby
)
WERKGEVER_MELDEN = step(
    "werkgever-melden",
    "werkgever",
    why=(
        "De eerste weken betaalt je werkgever je loon verder: het gewaarborgd loon. Verwittig "
        "je werkgever meteen als je ziek bent en bezorg je ziektebriefje op tijd. In het "
        "arbeidsreglement staat hoe snel dat moet."
    ),
    when="Op de eerste dag dat je niet kunt werken.",
    ask=(
        "Tot wanneer loopt mijn gewaarborgd loon? Hoe houden we contact? Wie is mijn aanspreekpunt?"
    ),
    list_fiches=False,  # the visitor's own employer, not one nearby
)
WERKGEVER_CONTACT = step(
    "werkgever-contact",
    "werkgever",
    why=(
        "Houd contact met je werkgever, ook als je nog niet kunt werken. Zo blijft de weg "
        "terug open. Je hoeft niets over je ziekte te vertellen. Kom je terug met een "
        "beperking? Dan moet je werkgever bekijken welke redelijke aanpassingen mogelijk zijn."
    ),
    when="Nu al, en zeker een paar weken voor je terugkomt.",
    ask="Kan ik stap voor stap terugkomen? Welke aanpassingen aan mijn werk zijn mogelijk?",
    list_fiches=False,  # the visitor's own employer, not one nearby
)
WERKGEVER_REINTEGRATIE = step(
    "werkgever-reintegratie",
    "werkgever",
    why=(
        "Vanaf 3 maanden afwezigheid kan je werkgever via de arbeidsarts een "
        "re-integratietraject starten. Je werkgever moet dan bekijken of redelijke "
        "aanpassingen of ander werk mogelijk zijn. Blijf in contact: zo beslis je zelf mee."
    ),
    when="Nu, zolang je arbeidscontract loopt.",
    ask="Welke aanpassingen of welk ander werk zijn mogelijk? Kan ik stap voor stap terugkomen?",
    list_fiches=False,  # the visitor's own employer, not one nearby
)
PREVENTIEADVISEUR = step(
    "preventieadviseur-psychosociaal",
    "preventieadviseur-psychosociaal",
    why=(
        "Gaat het moeilijk door stress, conflicten of pesten op het werk? De preventieadviseur "
        "psychosociale aspecten luistert en zoekt samen met jou naar een oplossing. Vraag bij "
        "het eerste contact hoe vertrouwelijk het gesprek is."
    ),
    when="Als de oorzaak van je klachten (ook) op het werk ligt.",
    ask="Wat kan er op het werk veranderen? Welke stappen kan ik zetten, met of zonder mijn werkgever?",
)
LOOPBAANBEGELEIDING = step(
    "loopbaanbegeleiding",
    "loopbaanbegeleiding",
    why=(
        "Twijfel je of je werk nog bij je past? In loopbaanbegeleiding ontdek je wat je goed "
        "kunt en wat je graag doet. Zo kies je met meer zekerheid een nieuwe richting."
    ),
    when=(
        "Als je wilt nadenken over ander werk. Ben je ziek thuis? Bespreek het dan eerst met "
        "je huisarts en je ziekenfonds."
    ),
    ask="Hoe werkt het? Wat kost het? Kan ik loopbaancheques gebruiken?",
)

ADVISEREND_ARTS_ERKENNING = step(
    "adviserend-arts-erkenning",
    "adviserend-arts",
    why=(
        "De adviserend arts van je ziekenfonds beslist of je arbeidsongeschikt bent, zodat je "
        "een uitkering krijgt, en volgt je verder op. Wil je deeltijds of stap voor stap "
        "hervatten? Ook dat vraag je aan de adviserend arts: dat heet toegelaten arbeid."
    ),
    when="Als je een brief of uitnodiging krijgt, en voor je (deels) weer begint te werken.",
    ask="Mag ik deeltijds of stap voor stap beginnen? Wat moet ik daarvoor doen?",
)
ADVISEREND_ARTS_TOEGELATEN_ARBEID = step(
    "adviserend-arts-toegelaten-arbeid",
    "adviserend-arts",
    why=(
        "Wil je deeltijds of stap voor stap (terug) aan het werk? Dat heet toegelaten arbeid. "
        "De adviserend arts van je ziekenfonds moet dat eerst goedkeuren. Je uitkering loopt "
        "dan voor een deel door."
    ),
    when=(
        "Vraag het aan ten laatste de werkdag voor je begint. De adviserend arts heeft tot 30 "
        "werkdagen om te beslissen."
    ),
    ask="Mag ik deeltijds hervatten? Hoeveel mag ik werken? Wat betekent dat voor mijn uitkering?",
)
ADVISEREND_ARTS_INVALIDITEIT = step(
    "adviserend-arts-invaliditeit",
    "adviserend-arts",
    why=(
        "Na een jaar arbeidsongeschiktheid spreken we van invaliditeit. Die wordt erkend door "
        "de Geneeskundige Raad voor Invaliditeit van het RIZIV, op voorstel van de adviserend "
        "arts. De adviserend arts blijft je aanspreekpunt, ook als je (deels) weer wilt werken."
    ),
    when="Voor je (deels) aan de slag gaat, ook als vrijwilliger: vraag altijd eerst na wat mag.",
    ask="Mag ik deeltijds of als vrijwilliger aan de slag? Wat moet ik vooraf aanvragen?",
)
TNW_COORDINATOR = step(
    "tnw-coordinator",
    "tnw-coordinator",
    why=(
        "De terug-naar-werkcoördinator (TNW-coördinator) van je ziekenfonds helpt je als je "
        "(terug) aan het werk wilt: je eigen werk, aangepast werk of ander werk. Je mag zelf "
        "contact opnemen. Meedoen is vrijwillig."
    ),
    when="Zodra je wilt nadenken over werk. Je hoeft niet te wachten tot je helemaal beter bent.",
    ask=(
        "Kun je me helpen om (terug) aan het werk te gaan? Met wie neem jij contact op: "
        "arbeidsarts, werkgever, VDAB?"
    ),
)
TNW_COORDINATOR_VRAGENLIJST = step(
    "tnw-coordinator-vragenlijst",
    "tnw-coordinator",
    why=(
        "Rond 10 weken afwezigheid stuurt je ziekenfonds je een vragenlijst over werk. Je moet "
        "die invullen en binnen 2 weken terugsturen. Meedoen aan het terug-naar-werktraject is "
        "wel vrijwillig. De terug-naar-werkcoördinator (TNW-coördinator) helpt je met invullen "
        "en begeleidt je naar werk dat past. Rond 4 maanden maakt de adviserend arts een eerste "
        "inschatting van wat je nog kan."
    ),
    when="Als je de vragenlijst krijgt, of eerder als je zelf wilt. Je mag zelf contact opnemen.",
    ask="Wat zijn mijn mogelijkheden? Kun je me helpen om deeltijds te hervatten?",
)
ZIEKENFONDS_INFO = step(
    "ziekenfonds-info",
    "ziekenfonds",
    why=(
        "Wat als het werk echt niet meer gaat? Je ziekenfonds legt uit waar je als "
        "zelfstandige recht op hebt. Onthoud: word je ziek, ga dan op de eerste dag naar je "
        "huisarts en bezorg het getuigschrift binnen 7 dagen aan je ziekenfonds."
    ),
    when="Nu al, dan weet je wat je moet doen als het nodig is.",
    ask="Wat moet ik doen als ik niet meer kan werken? Hoe snel moet ik dat melden?",
)
ZIEKENFONDS_AANGIFTE = step(
    "ziekenfonds-aangifte",
    "ziekenfonds",
    why=(
        "Kun je als zelfstandige langer dan 7 dagen niet werken? Dan krijg je een uitkering "
        "van je ziekenfonds. Die telt pas vanaf de dag dat je arts het getuigschrift tekent: "
        "ga dus op de eerste dag naar je huisarts. Bezorg het getuigschrift binnen 7 "
        "kalenderdagen aan je ziekenfonds (de eerste dag telt niet mee). Verwittig ook je "
        "sociaal verzekeringsfonds. Te laat? Dan krijg je 10% minder uitkering voor elke dag "
        "dat je te laat bent."
    ),
    when="Meteen: de huisarts op de eerste dag, het getuigschrift binnen 7 dagen.",
    ask="Welk formulier heb ik nodig? Kan mijn arts het getuigschrift elektronisch sturen?",
)
ZIEKENFONDS_WERKZOEKENDE = step(
    "ziekenfonds-werkzoekende",
    "ziekenfonds",
    why=(
        "Word je ziek als werkzoekende? Dan betaalt je ziekenfonds je een uitkering, in plaats "
        "van je werkloosheidsuitkering. Bezorg het getuigschrift binnen 2 dagen (48 uur) aan "
        "je ziekenfonds. Meld je ziekte ook aan je uitbetalingsinstelling (je vakbond of de "
        "HVW), via je controlekaart. Te laat? Dan krijg je 10% minder uitkering voor elke dag "
        "dat je te laat bent."
    ),
    when="Meteen als je ziek wordt: binnen 2 dagen.",
    ask="Kan mijn arts het getuigschrift elektronisch sturen? Wat moet ik aan de VDAB laten weten?",
)


# ---------------------------------------------------------------- notes under a route
NOTE_VROEG_PRATEN = note(
    "vroeg-praten",
    "Hoe vroeger je over werk praat, hoe beter. Na 3 tot 6 maanden afwezigheid gaat nog maar "
    "ongeveer de helft van de mensen terug aan het werk. Werk is breed: ook begeleid werk of "
    "vrijwilligerswerk kan een stap zijn.",
)
NOTE_VRIJWILLIG = note(
    "vrijwillig",
    "Hulp vragen is vrijwillig en vertrouwelijk. De TNW-coördinator en de arbeidsarts mag je "
    "zelf rechtstreeks contacteren.",
)
NOTE_ZIEKENFONDS_NA_EEN_MAAND = note(
    "ziekenfonds-na-een-maand",
    "Duurt je ziekte langer dan je gewaarborgd loon? Dan neemt je ziekenfonds de uitkering "
    "over, als het getuigschrift op tijd binnen is. De datum staat bovenaan bij 'Nu doen'.",
)
NOTE_LEEFLOON = note(
    "leefloon",
    "Met een leefloon krijg je meestal geen uitkering van het ziekenfonds voor "
    "arbeidsongeschiktheid, en dus ook geen terug-naar-werktraject. Het OCMW is je eerste "
    "aanspreekpunt. Twijfel je? Vraag het na bij je maatschappelijk werker.",
)
NOTE_ANDERS = note(
    "anders",
    "Ben je vastbenoemd ambtenaar? Dan gelden andere regels bij ziekte. Vraag het na bij de "
    "personeelsdienst van je werkgever. Ben je student of in een andere situatie? Vraag het "
    "na bij je ziekenfonds of het CAW.",
)
