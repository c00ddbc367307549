"""The doctor's own actions, with their default texts (Dutch, B1). Which of them a route
shows is decided in pathways.engine.zorgverlener.

Facts marked ⚠ in DOMAIN.md are worded carefully here ("vraag het na bij …").
"""

from pathways.engine.registry import action

# ---------------------------------------------------------------- the doctor's own actions
ZV_PRAAT_OVER_WERK = action(
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
ZV_VROEG = action(
    "zv-vroeg",
    title="Wacht niet",
    body=(
        "Na 3 tot 6 maanden afwezigheid daalt de kans op een vlotte terugkeer naar werk met de "
        "helft. Een vroeg gesprek over werk helpt langdurige uitval voorkomen."
    ),
)
ZV_INVALIDITEIT = action(
    "zv-invaliditeit",
    title="Kleine stappen tellen",
    body=(
        "Na meer dan een jaar afwezigheid gaat nog ongeveer 1 op 5 mensen terug aan het werk. "
        "Moedig kleine stappen aan: toegelaten arbeid, vrijwilligerswerk of een opleiding, "
        "altijd in overleg met de adviserend arts."
    ),
)
ZV_SPECIALIST = action(
    "zv-specialist",
    title="Overleg met de behandelend specialist",
    body=(
        "Wordt je patiënt ook door een specialist behandeld? Diens mening weegt mee als de "
        "arbeidsongeschiktheid verlengd wordt. Stem samen af wat je patiënt al kan, zodat het "
        "getuigschrift en het advies over werk hetzelfde zeggen. Ook de specialist kan een "
        "re-integratietraject vragen."
    ),
    actor="behandelend-specialist",
)
ZV_PROGRESSIEF = action(
    "zv-progressief",
    title="Maak progressieve werkhervatting bespreekbaar",
    body=(
        "Vertel je patiënt dat deeltijds of stap voor stap hervatten kan: toegelaten arbeid. "
        "De adviserend arts moet dat vooraf goedkeuren; de aanvraag moet er ten laatste de "
        "werkdag voor de start zijn."
    ),
    actor="adviserend-arts",
)
ZV_REINTEGRATIE = action(
    "zv-reintegratie",
    title="Vraag zo nodig een re-integratietraject aan",
    body=(
        "Als behandelend arts kun je, met akkoord van je patiënt, op elk moment een "
        "re-integratietraject vragen bij de arbeidsarts. De arbeidsarts beslist binnen 49 "
        "dagen. Twijfel je over de aanvraag? Vraag het na bij de preventiedienst van de werkgever."
    ),
    actor="arbeidsarts",
)
ZV_ARBEIDSARTS = action(
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
ZV_TNW = action(
    "zv-tnw",
    title="Verwijs naar de TNW-coördinator",
    body=(
        "De terug-naar-werkcoördinator van het ziekenfonds begeleidt je patiënt naar werk dat "
        "past en legt contact met arbeidsarts, werkgever en VDAB. Je patiënt mag zelf contact "
        "opnemen; jij kunt het voorstellen en, met toestemming, meedenken."
    ),
    actor="tnw-coordinator",
)
ZV_WERKWINKEL = action(
    "zv-werkwinkel",
    title="Ken je lokale werkwinkel en GTB",
    body=(
        "De bemiddelaars in de werkwinkel van de VDAB en GTB werken graag met je samen, met "
        "respect voor de privacy van je patiënt. Ook wie arbeidsongeschikt is, kan er terecht. "
        "Je vindt de lokale adressen bij de stappen hieronder."
    ),
    actor="gtb",
)
ZV_OCMW = action(
    "zv-ocmw",
    title="Overleg met het OCMW",
    body=(
        "Met toestemming van je patiënt kun je de maatschappelijk werker van het OCMW "
        "contacteren. Samen bekijk je wat haalbaar is, bijvoorbeeld een werk-zorgtraject."
    ),
    actor="ocmw",
)
ZV_ANDERS = action(
    "zv-anders",
    title="Vraag hoe de ziekte geregeld is",
    body=(
        "Voor vastbenoemde ambtenaren en sommige andere statuten gelden eigen regels bij "
        "ziekte. Vraag je patiënt om het na te vragen bij de personeelsdienst of het "
        "ziekenfonds. Praat intussen wel over werk en herstel."
    ),
)
