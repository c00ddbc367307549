"""The doors, the reader's own actions and the notes a route is built from, with their
default texts (Dutch, B1). Content editors change the words in the admin; which step appears
in which route is decided in the flow modules.

Facts marked ⚠ in DOMAIN.md are worded carefully here ("vraag het na bij …").
"""

from pathways.engine.model import Action, Step, Text

STEPS: dict[str, Step] = {}
ACTIONS: dict[str, Action] = {}
NOTES: dict[str, Text] = {}


def _step(id: str, actor: str, *, why: str, when: str, ask: str, list_fiches: bool = True) -> Step:
    step = Step(
        id=id,
        actor=actor,
        why=Text(f"step.{id}.why", why),
        when=Text(f"step.{id}.when", when),
        ask=Text(f"step.{id}.ask", ask),
        list_fiches=list_fiches,
    )
    STEPS[id] = step
    return step


def _action(id: str, *, title: str, body: str, actor: str = "") -> Action:
    action = Action(
        id=id,
        title=Text(f"action.{id}.title", title),
        body=Text(f"action.{id}.body", body),
        actor=actor,
    )
    ACTIONS[id] = action
    return action


def _note(id: str, text: str) -> Text:
    note = Text(f"note.{id}", text)
    NOTES[id] = note
    return note


# ---------------------------------------------------------------- the patient's doors
HUISARTS_WERKNEMER = _step(
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
HUISARTS = _step(
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
HUISARTS_LEEFLOON = _step(
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

ARBEIDSARTS_SPONTAAN = _step(
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
ARBEIDSARTS_WERKHERVATTING = _step(
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
ARBEIDSARTS_REINTEGRATIE = _step(
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
WERKGEVER_AANPASSINGEN = _step(
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
WERKGEVER_MELDEN = _step(
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
WERKGEVER_CONTACT = _step(
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
WERKGEVER_REINTEGRATIE = _step(
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
PREVENTIEADVISEUR = _step(
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
LOOPBAANBEGELEIDING = _step(
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

ADVISEREND_ARTS_ERKENNING = _step(
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
ADVISEREND_ARTS_TOEGELATEN_ARBEID = _step(
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
ADVISEREND_ARTS_INVALIDITEIT = _step(
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
TNW_COORDINATOR = _step(
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
TNW_COORDINATOR_VRAGENLIJST = _step(
    "tnw-coordinator-vragenlijst",
    "tnw-coordinator",
    why=(
        "Rond 10 weken afwezigheid stuurt je ziekenfonds je een vragenlijst over werk. Je moet "
        "die invullen. Meedoen aan het terug-naar-werktraject is wel vrijwillig. De "
        "terug-naar-werkcoördinator (TNW-coördinator) begeleidt je dan naar werk dat past."
    ),
    when="Als je de vragenlijst krijgt, of eerder als je zelf wilt. Je mag zelf contact opnemen.",
    ask="Wat zijn mijn mogelijkheden? Kun je me helpen om deeltijds te hervatten?",
)
ZIEKENFONDS_INFO = _step(
    "ziekenfonds-info",
    "ziekenfonds",
    why=(
        "Wat als het werk echt niet meer gaat? Je ziekenfonds legt uit waar je als "
        "zelfstandige recht op hebt en wat je moet doen als je ziek wordt."
    ),
    when="Nu al, dan weet je wat je moet doen als het nodig is.",
    ask="Wat moet ik doen als ik niet meer kan werken? Hoe snel moet ik dat melden?",
)
ZIEKENFONDS_AANGIFTE = _step(
    "ziekenfonds-aangifte",
    "ziekenfonds",
    why=(
        "Kun je als zelfstandige langer dan 7 dagen niet werken? Dan krijg je een uitkering "
        "van je ziekenfonds. Geef je arbeidsongeschiktheid snel door, meestal binnen 7 dagen. "
        "Vraag bij je ziekenfonds hoe het moet."
    ),
    when="Meteen, in de eerste week dat je niet kunt werken.",
    ask="Welk formulier heb ik nodig? Tegen wanneer moet het binnen zijn?",
)
ZIEKENFONDS_WERKZOEKENDE = _step(
    "ziekenfonds-werkzoekende",
    "ziekenfonds",
    why=(
        "Word je ziek als werkzoekende? Dan betaalt je ziekenfonds je een uitkering, in plaats "
        "van je werkloosheidsuitkering. Meld je ziekte snel bij je ziekenfonds. Vraag daar "
        "ook wat je aan de VDAB moet laten weten."
    ),
    when="Meteen als je ziek wordt.",
    ask="Wat moet ik indienen, en tegen wanneer? Wat gebeurt er met mijn afspraken bij de VDAB?",
)

VDAB_HERORIENTERING = _step(
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
VDAB_NIEUW_WERK = _step(
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
VDAB_WERKZOEKENDE = _step(
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
VDAB_GEZONDHEID = _step(
    "vdab-gezondheid",
    "vdab",
    why=(
        "Vertel je bemiddelaar bij de VDAB wat je gezondheid wel en niet toelaat. Zo zoek je "
        "samen naar werk dat past, en kijk je of je extra begeleiding nodig hebt."
    ),
    when="Bij je volgende gesprek, of nu meteen als je afspraken niet meer lukken.",
    ask="Welk werk past bij mijn gezondheid? Kan ik begeleiding krijgen van GTB?",
)
GTB = _step(
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
GOB = _step(
    "gob",
    "gob",
    why=(
        "Een GOB helpt mensen met een arbeidsbeperking met een opleiding op maat, een stage "
        "op een echte werkplek en het zoeken naar werk."
    ),
    when="Als je wilt leren of oefenen voor je weer werk zoekt.",
    ask="Welke opleiding of stage past bij mij? Hoe meld ik me aan?",
)
OCMW = _step(
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
CAW = _step(
    "caw",
    "caw",
    why=(
        "Het CAW (Centrum Algemeen Welzijnswerk) helpt bij vragen over geld, wonen, relaties "
        "of papieren. Ze luisteren en zoeken samen met jou wat je nodig hebt."
    ),
    when="Als je met vragen zit waar het OCMW of je huisarts je niet mee helpt.",
    ask="Wie kan mij helpen met mijn vraag? Vraag naar de openingsuren of maak een afspraak.",
)
CAW_WEGWIJS = _step(
    "caw-wegwijs",
    "caw",
    why=(
        "Past je situatie niet in de keuzes van deze wegwijzer? Het CAW (Centrum Algemeen "
        "Welzijnswerk) helpt je de weg te vinden naar de dienst die jou verder helpt."
    ),
    when="Als je niet weet waar je met je vraag terecht kunt.",
    ask="Welke regels gelden voor mij als ik ziek ben? Wie kan mij verder helpen?",
)

# ---------------------------------------------------------------- the employer's doors
WG_ARBEIDSARTS_PREVENTIE = _step(
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
WG_ARBEIDSARTS = _step(
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
WG_ARBEIDSARTS_WERKHERVATTING = _step(
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
WG_ARBEIDSARTS_REINTEGRATIE = _step(
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
WG_ARBEIDSARTS_LATER = _step(
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
WG_TNW_COORDINATOR = _step(
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
WG_VDAB_VOP = _step(
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
WG_GTB = _step(
    "wg-gtb",
    "gtb",
    why=(
        "GTB begeleidt mensen met een arbeidsbeperking of een gezondheidsprobleem naar werk "
        "dat past, en denkt met werkgevers mee over aangepast werk."
    ),
    when="Als de terugkeer naar het eigen werk moeilijk is en je samen een oplossing zoekt.",
    ask="Kan GTB mijn medewerker en mij begeleiden bij de terugkeer of bij ander werk?",
)
WG_JOBCOACH = _step(
    "wg-jobcoach",
    "jobcoach",
    why=(
        "Een jobcoach begeleidt je medewerker op de werkvloer bij de terugkeer, en geeft jou "
        "en de collega's tips. Zo wordt een terugkeer met een beperking haalbaar."
    ),
    when="Vlak voor en in de eerste weken van de terugkeer.",
    ask="Kan een jobcoach mijn medewerker begeleiden? Wie betaalt dat?",
)
WG_PREVENTIEADVISEUR = _step(
    "wg-preventieadviseur-psychosociaal",
    "preventieadviseur-psychosociaal",
    why=(
        "Spelen stress, conflicten of pesten op het werk mee? De preventieadviseur "
        "psychosociale aspecten helpt jou en je medewerker om de oorzaak aan te pakken."
    ),
    when="Zodra je signalen van stress of conflicten opmerkt.",
    ask="Wat kunnen we aan het werk of de werkomgeving veranderen?",
)

# ---------------------------------------------------------------- the doctor's own actions
ZV_PRAAT_OVER_WERK = _action(
    "zv-praat-over-werk",
    title="Praat vanaf het eerste contact over werk",
    body=(
        "Breng werk en herstel bij elk contact ter sprake, bijvoorbeeld als je de einddatum "
        "van de arbeidsongeschiktheid bespreekt of het formulier 'vertrouwelijk' voor het "
        "ziekenfonds invult. Focus op wat goed gaat. Vraag wat werk waardevol maakt, los van "
        "het geld. Werk is breed: ook betaald werk met ondersteuning of vrijwilligerswerk kan "
        "een goede opstap zijn. Houd rekening met de ernst van de ziekte, de motivatie en de "
        "persoonlijke situatie."
    ),
    actor="huisarts",
)
ZV_VROEG = _action(
    "zv-vroeg",
    title="Wacht niet",
    body=(
        "Na 3 tot 6 maanden afwezigheid daalt de kans op een vlotte terugkeer naar werk met de "
        "helft. Een vroeg gesprek over werk helpt langdurige uitval voorkomen."
    ),
)
ZV_INVALIDITEIT = _action(
    "zv-invaliditeit",
    title="Kleine stappen tellen",
    body=(
        "Na meer dan een jaar afwezigheid gaat nog ongeveer 1 op 5 mensen terug aan het werk. "
        "Moedig kleine stappen aan: toegelaten arbeid, vrijwilligerswerk of een opleiding, "
        "altijd in overleg met de adviserend arts."
    ),
)
ZV_PROGRESSIEF = _action(
    "zv-progressief",
    title="Maak progressieve werkhervatting bespreekbaar",
    body=(
        "Vertel je patiënt dat deeltijds of stap voor stap hervatten kan: toegelaten arbeid. "
        "De adviserend arts moet dat vooraf goedkeuren; de aanvraag moet er ten laatste de "
        "werkdag voor de start zijn."
    ),
    actor="adviserend-arts",
)
ZV_REINTEGRATIE = _action(
    "zv-reintegratie",
    title="Vraag zo nodig een re-integratietraject aan",
    body=(
        "Als behandelend arts kun je, met akkoord van je patiënt, op elk moment een "
        "re-integratietraject vragen bij de arbeidsarts. De arbeidsarts beslist binnen 49 "
        "dagen. Twijfel je over de aanvraag? Vraag het na bij de preventiedienst van de werkgever."
    ),
    actor="arbeidsarts",
)
ZV_ARBEIDSARTS = _action(
    "zv-arbeidsarts",
    title="Overleg met de arbeidsarts",
    body=(
        "Met toestemming van je patiënt mag je de arbeidsarts contacteren. Je patiënt vindt "
        "de naam van de preventiedienst in het arbeidsreglement of bij de personeelsdienst. "
        "Samen voorkom je dat iemand terugkomt in werk dat niet past. Bij stress of "
        "conflicten op het werk kan ook de preventieadviseur psychosociale aspecten helpen."
    ),
    actor="arbeidsarts",
)
ZV_TNW = _action(
    "zv-tnw",
    title="Verwijs naar de TNW-coördinator",
    body=(
        "De terug-naar-werkcoördinator van het ziekenfonds begeleidt je patiënt naar werk dat "
        "past en legt contact met arbeidsarts, werkgever en VDAB. Je patiënt mag zelf contact "
        "opnemen; jij kunt het voorstellen en, met toestemming, meedenken."
    ),
    actor="tnw-coordinator",
)
ZV_WERKWINKEL = _action(
    "zv-werkwinkel",
    title="Ken je lokale werkwinkel en GTB",
    body=(
        "De bemiddelaars in de werkwinkel van de VDAB en GTB werken graag met je samen, met "
        "respect voor de privacy van je patiënt. Ook wie arbeidsongeschikt is, kan er terecht. "
        "Je vindt de lokale adressen bij de stappen hieronder."
    ),
    actor="gtb",
)
ZV_OCMW = _action(
    "zv-ocmw",
    title="Overleg met het OCMW",
    body=(
        "Met toestemming van je patiënt kun je de maatschappelijk werker van het OCMW "
        "contacteren. Samen bekijk je wat haalbaar is, bijvoorbeeld een werk-zorgtraject."
    ),
    actor="ocmw",
)
ZV_ANDERS = _action(
    "zv-anders",
    title="Vraag hoe de ziekte geregeld is",
    body=(
        "Voor vastbenoemde ambtenaren en sommige andere statuten gelden eigen regels bij "
        "ziekte. Vraag je patiënt om het na te vragen bij de personeelsdienst of het "
        "ziekenfonds. Praat intussen wel over werk en herstel."
    ),
)

# ---------------------------------------------------------------- the employer's own actions
WG_GESPREK = _action(
    "wg-gesprek",
    title="Praat op tijd",
    body=(
        "Merk je dat het werk moeilijk gaat? Vraag in een rustig gesprek wat zou helpen. "
        "Denk aan andere uren, andere taken of ander materiaal. Stel geen vragen over de "
        "ziekte zelf: dat is privé."
    ),
)
WG_CONTACT = _action(
    "wg-contact",
    title="Houd contact, met respect",
    body=(
        "Laat weten dat je medewerker gemist wordt en dat de deur openstaat. Vraag hoe het "
        "gaat, maar stel geen vragen over de ziekte of de diagnose: dat is privé. Spreek samen "
        "af hoe en hoe vaak jullie contact houden."
    ),
)
WG_GEWAARBORGD_LOON = _action(
    "wg-gewaarborgd-loon",
    title="Betaal het gewaarborgd loon",
    body=(
        "De eerste maand betaal jij het loon verder: het gewaarborgd loon. Voor bedienden en "
        "arbeiders gelden andere regels. Vraag het na bij je sociaal secretariaat. Daarna "
        "neemt het ziekenfonds de uitkering over."
    ),
)
WG_AANPASSINGEN = _action(
    "wg-aanpassingen",
    title="Bekijk redelijke aanpassingen",
    body=(
        "Heeft je medewerker een beperking? Dan moet je redelijke aanpassingen bekijken. Een "
        "langdurige ziekte kan daar ook onder vallen. Denk aan andere uren, ander materiaal, "
        "andere taken of een rustige werkplek. Bespreek met de arbeidsarts wat kan."
    ),
    actor="arbeidsarts",
)
WG_REINTEGRATIE = _action(
    "wg-reintegratie",
    title="Denk aan een re-integratietraject",
    body=(
        "Vanaf 3 maanden afwezigheid kun je een re-integratietraject aanvragen bij de "
        "arbeidsarts. Doe het liefst in overleg met je medewerker. Na de beslissing van de "
        "arbeidsarts volgt een plan voor aangepast of ander werk, als dat mogelijk is."
    ),
    actor="arbeidsarts",
)
WG_DEUR_OPEN = _action(
    "wg-deur-open",
    title="Respecteer het en houd de deur open",
    body=(
        "Wil je medewerker nu nog niet terugkomen, of niet over werk praten? Respecteer dat. "
        "Houd af en toe contact en laat weten dat terugkeren later, stap voor stap, mogelijk is."
    ),
)

# ---------------------------------------------------------------- notes under a route
NOTE_VROEG_PRATEN = _note(
    "vroeg-praten",
    "Hoe vroeger je over werk praat, hoe beter. Na 3 tot 6 maanden afwezigheid gaat nog maar "
    "ongeveer de helft van de mensen terug aan het werk. Werk is breed: ook begeleid werk of "
    "vrijwilligerswerk kan een stap zijn.",
)
NOTE_VRIJWILLIG = _note(
    "vrijwillig",
    "Hulp vragen is vrijwillig en vertrouwelijk. De TNW-coördinator en de arbeidsarts mag je "
    "zelf rechtstreeks contacteren.",
)
NOTE_ZIEKENFONDS_NA_EEN_MAAND = _note(
    "ziekenfonds-na-een-maand",
    "Duurt je ziekte langer dan een maand? Dan neemt je ziekenfonds de uitkering over. Vraag "
    "bij je ziekenfonds wat je moet doen en tegen wanneer.",
)
NOTE_LEEFLOON = _note(
    "leefloon",
    "Met een leefloon krijg je meestal geen uitkering van het ziekenfonds voor "
    "arbeidsongeschiktheid, en dus ook geen terug-naar-werktraject. Het OCMW is je eerste "
    "aanspreekpunt. Twijfel je? Vraag het na bij je maatschappelijk werker.",
)
NOTE_ANDERS = _note(
    "anders",
    "Ben je vastbenoemd ambtenaar? Dan gelden andere regels bij ziekte. Vraag het na bij de "
    "personeelsdienst van je werkgever. Ben je student of in een andere situatie? Vraag het "
    "na bij je ziekenfonds of het CAW.",
)
NOTE_WG_INTERN = _note(
    "wg-preventiedienst-intern",
    "Je arbeidsarts werkt bij je interne preventiedienst. Je personeelsdienst kent de "
    "contactgegevens.",
)
NOTE_WG_EXTERN = _note(
    "wg-preventiedienst-extern",
    "Je arbeidsarts werkt bij je externe preventiedienst. De contactgegevens staan in het "
    "arbeidsreglement en in je contract met die dienst. Hieronder zie je de diensten in je buurt.",
)
NOTE_WG_ZOEKEN = _note(
    "wg-preventiedienst-zoeken",
    "Weet je niet welke preventiedienst je hebt? Elke werkgever moet er een hebben. Kijk in "
    "het arbeidsreglement of vraag het aan je sociaal secretariaat.",
)
NOTE_WG_OVERMACHT = _note(
    "wg-overmacht",
    "Denk je aan het einde van het contract wegens medische overmacht? Dat kan pas na 9 "
    "maanden afwezigheid en niet tijdens een lopend re-integratietraject. Vraag eerst advies "
    "aan je sociaal secretariaat of een jurist.",
)
