"""What `load_demo_data` creates: a few fiches per zone for Gent, Leuven and Noord-Limburg.

Real public organisations appear only with facts from DOMAIN.md and the seeds (the VDAB free
number, their public websites); everything else is left blank or is obviously fictitious and
says so. Every slug starts with "demo-" so demo rows never collide with real ones.
"""

DEMO_NOTE = "Demogegevens: dit is een voorbeeldfiche. De gegevens zijn niet nagekeken."
FICTIONAL_NOTE = "Fictieve organisatie, alleen om de site uit te proberen."
FICTIONAL_PHONE_NOTE = "Fictief nummer en adres, alleen voor de demo: niet bellen of mailen."

ZONES = {"gent": "Gent", "leuven": "Leuven", "noord-limburg": "Noord-Limburg"}

ORGANISATIONS = [
    {"slug": "demo-vdab", "name": "VDAB", "website": "https://www.vdab.be"},
    {"slug": "demo-gtb", "name": "GTB", "website": "https://www.gtb-vlaanderen.be"},
    {"slug": "demo-cm", "name": "Christelijke Mutualiteit (CM)", "website": "https://www.cm.be"},
    {
        "slug": "demo-solidaris",
        "name": "Solidaris",
        "website": "https://www.solidaris-vlaanderen.be",
    },
    {"slug": "demo-helan", "name": "Helan", "website": "https://www.helan.be"},
    {"slug": "demo-caw", "name": "CAW", "website": "https://www.caw.be"},
    # The OCMW is part of the city; its pages live on the city's website.
    {"slug": "demo-ocmw-gent", "name": "OCMW Gent", "website": "https://stad.gent"},
    {"slug": "demo-ocmw-leuven", "name": "OCMW Leuven", "website": "https://www.leuven.be"},
    {"slug": "demo-ocmw-lommel", "name": "OCMW Lommel", "website": "https://www.lommel.be"},
    {"slug": "demo-werkpunt-rabot", "name": "Werkpunt Rabot", "website": ""},
    {
        "slug": "demo-voorbeeldpraktijk",
        "name": "Voorbeeldpraktijk psychologen (fictief)",
        "website": "",
        "description": FICTIONAL_NOTE,
    },
    {
        "slug": "demo-voorbeeld-preventiedienst",
        "name": "Voorbeeld Preventiedienst (fictief)",
        "website": "",
        "description": FICTIONAL_NOTE,
    },
    {
        "slug": "demo-voorbeeld-externe-preventiedienst",
        "name": "Voorbeeld Externe Preventiedienst (fictief)",
        "website": "",
        "description": FICTIONAL_NOTE,
    },
    {
        "slug": "demo-voorbeeld-jobcoaching",
        "name": "Voorbeeld Jobcoaching (fictief)",
        "website": "",
        "description": FICTIONAL_NOTE,
    },
]

PUBLIC, PROFESSIONAL = "public", "professional"
# Fiche.CostClass and Fiche.Access values (plain strings: this module imports no models).
FREE, FREE_FOR_MEMBERS, REFUNDED = "free", "members", "refunded"
STEP_FREE, PARTLY, REMOTE = "step-free", "partly", "remote"
PUBLISHED, DRAFT = "published", "draft"
EMPLOYED = ["werknemer", "zelfstandige", "werkzoekende"]


def _fiches() -> list[dict]:
    fiches = [
        {
            "slug": "demo-vdab-infolijn",
            "organisation": "demo-vdab",
            "actor_type": "vdab",
            "name": "VDAB – gratis infolijn",
            "all_flanders": True,
            "phone": "0800 30 700",
            "website": "https://www.vdab.be",
            "cost_class": FREE,
            "physical_access": REMOTE,
            "target_groups": EMPLOYED + ["werkgever"],
            "description": (
                "Vragen over werk zoeken, opleiding of omscholing. Ben je ziek? Vraag eerst "
                "toestemming aan de adviserend arts van je ziekenfonds voor je je inschrijft."
            ),
        },
        {
            "slug": "demo-vdab-arbeidsbeperking-vop",
            "organisation": "demo-vdab",
            "actor_type": "vdab",
            "name": "VDAB – arbeidsbeperking en Vlaamse Ondersteuningspremie (VOP)",
            "all_flanders": True,
            "phone": "0800 30 700",
            "website": "https://www.vdab.be/arbeidshandicap",
            "target_groups": ["werkgever", "werknemer", "werkzoekende"],
            "description": (
                "VDAB beslist of iemand een arbeidsbeperking heeft en over de VOP: een "
                "loonpremie voor de werkgever (40% van het referteloon in kwartaal 1 tot 5, "
                "30% in kwartaal 6 tot 9, daarna 20%)."
            ),
        },
        {
            "slug": "demo-gtb-vlaanderen",
            "organisation": "demo-gtb",
            "actor_type": "gtb",
            "name": "GTB – Gespecialiseerd Team Bemiddeling",
            "all_flanders": True,
            "website": "https://www.gtb-vlaanderen.be",
            "target_groups": EMPLOYED,
            "description": (
                "Begeleiding naar werk voor mensen met een (vermoede) arbeidsbeperking, vanuit de "
                "werkwinkels van VDAB."
            ),
        },
    ]
    mutuality_by_zone = {"gent": "solidaris", "leuven": "helan", "noord-limburg": "cm"}
    mutuality_names = {"cm": "CM", "solidaris": "Solidaris", "helan": "Helan"}
    ocmw_by_zone = {
        "gent": ("demo-ocmw-gent", "OCMW Gent"),
        "leuven": ("demo-ocmw-leuven", "OCMW Leuven"),
        "noord-limburg": ("demo-ocmw-lommel", "OCMW Lommel"),
    }
    for index, (zone, zone_name) in enumerate(ZONES.items(), start=1):
        mutuality = mutuality_by_zone[zone]
        ocmw_org, ocmw_name = ocmw_by_zone[zone]
        fiches += [
            {
                "slug": f"demo-{zone}-tnw-cm",
                "organisation": "demo-cm",
                "actor_type": "tnw-coordinator",
                "mutuality": "cm",
                "name": f"TNW-coördinator CM – {zone_name}",
                "zones": [zone],
                "website": "https://www.cm.be",
                "cost_class": FREE_FOR_MEMBERS,
                "target_groups": EMPLOYED,
                "description": (
                    "Voor leden van CM die weer willen werken. Je mag zelf om een gesprek vragen."
                ),
                "contacts": [
                    {
                        "name": f"Demo Contactpersoon {zone_name}",
                        "role": "TNW-coördinator (fictief)",
                        "phone": f"09 000 00 0{index}",
                        "email": f"tnw.{zone}@example.org",
                    }
                ],
            },
            {
                "slug": f"demo-{zone}-adviserend-arts-{mutuality}",
                "organisation": f"demo-{mutuality}",
                "actor_type": "adviserend-arts",
                "mutuality": mutuality,
                "name": f"Adviserend arts {mutuality_names[mutuality]} – {zone_name}",
                "zones": [zone],
                "cost_class": FREE_FOR_MEMBERS,
                "target_groups": EMPLOYED,
                "description": (
                    "Vraag via je ziekenfonds naar de adviserend arts, bijvoorbeeld voor "
                    "toegelaten arbeid (deeltijds weer werken)."
                ),
            },
            {
                "slug": f"demo-{zone}-caw",
                "organisation": "demo-caw",
                "actor_type": "caw",
                "name": f"CAW – onthaal {zone_name}",
                "zones": [zone],
                "target_groups": EMPLOYED + ["leefloon"],
                "description": "Vragen over geld, wonen, relaties of je rechten.",
            },
            {
                "slug": f"demo-{zone}-ocmw",
                "organisation": ocmw_org,
                "actor_type": "ocmw",
                "name": ocmw_name,
                "zones": [zone],
                "target_groups": ["leefloon"],
                "description": "Leefloon, andere steun en begeleiding naar werk.",
            },
            {
                "slug": f"demo-{zone}-gtb-huisartsen",
                "organisation": "demo-gtb",
                "actor_type": "gtb",
                "name": f"GTB – aanspreekpunt voor huisartsen {zone_name}",
                "zones": [zone],
                "visibility": PROFESSIONAL,
                "target_groups": ["zorgverlener"],
                "description": (
                    "Voor huisartsen en andere zorgverleners: overleg over een patiënt die met "
                    "begeleiding naar werk wil, met respect voor de privacy van je patiënt."
                ),
                "contacts": [
                    {
                        "name": "Demo Contactpersoon",
                        "role": "GTB-consulent (fictief)",
                        "phone": f"09 000 00 1{index}",
                        "email": f"gtb.{zone}@example.org",
                    }
                ],
            },
            {
                "slug": f"demo-{zone}-psycholoog",
                "organisation": "demo-voorbeeldpraktijk",
                "actor_type": "psycholoog",
                "name": f"Voorbeeldpraktijk psychologen {zone_name} (fictief)",
                "zones": [zone],
                "status": DRAFT,
                "street": "Voorbeeldstraat 1 (fictief)",
                "opening_hours": "Fictief: maandag tot vrijdag op afspraak",
                "cost_class": REFUNDED,
                "physical_access": STEP_FREE,
                "email": f"praktijk.{zone}@example.org",
                "languages": ["nl", "en", "fr"],
                "description": f"Klad. {FICTIONAL_PHONE_NOTE}",
            },
        ]
    fiches += [
        {
            "slug": "demo-gent-werkpunt-rabot",
            "organisation": "demo-werkpunt-rabot",
            "actor_type": "werkpunt",
            "name": "Werkpunt Rabot",
            "zones": ["gent"],
            "target_groups": ["werkzoekende", "werknemer", "leefloon"],
            "description": (
                "Hier kan je een afspraak maken om te verkennen welk ander werk mogelijk is."
            ),
        },
        {
            "slug": "demo-leuven-jobcoaching",
            "organisation": "demo-voorbeeld-jobcoaching",
            "actor_type": "jobcoach",
            "name": "Voorbeeld Jobcoaching Leuven (fictief)",
            "zones": ["leuven"],
            "email": "jobcoach.leuven@example.org",
            "phone": "016 00 00 00",
            "opening_hours": "Fictief: dinsdag en donderdag, op afspraak",
            "cost_class": FREE,
            "physical_access": STEP_FREE,
            "languages": ["nl", "en"],
            "target_groups": ["werkzoekende", "werknemer", "werkgever"],
            "description": f"Begeleiding op de werkvloer. {FICTIONAL_PHONE_NOTE}",
        },
        {
            # The general number of an external prevention service is public; only the direct
            # line below and the named people behind it are for professionals.
            "slug": "demo-externe-preventiedienst",
            "organisation": "demo-voorbeeld-externe-preventiedienst",
            "actor_type": "arbeidsarts",
            "name": "Voorbeeld Externe Preventiedienst – algemeen nummer (fictief)",
            "all_flanders": True,
            "phone": "02 000 00 00",
            "email": "onthaal.preventiedienst@example.org",
            "opening_hours": "Fictief: werkdagen van 8 tot 17 uur",
            "cost": "Je werkgever betaalt de preventiedienst, niet jij.",
            "cost_class": FREE,
            "physical_access": PARTLY,
            "languages": ["nl", "fr", "en"],
            "target_groups": ["werknemer", "werkgever"],
            "description": (
                "Algemeen nummer van een externe dienst voor preventie en bescherming op het "
                "werk (EDPBW), de preventiedienst van je werkgever. Vraag naar de arbeidsarts, "
                "bijvoorbeeld voor een bezoek voorafgaand aan de werkhervatting of een "
                f"re-integratietraject. {FICTIONAL_PHONE_NOTE}"
            ),
        },
        {
            "slug": "demo-noord-limburg-arbeidsarts",
            "organisation": "demo-voorbeeld-preventiedienst",
            "actor_type": "arbeidsarts",
            "name": "Arbeidsarts – Voorbeeld Preventiedienst Noord-Limburg (fictief)",
            "zones": ["noord-limburg"],
            "visibility": PROFESSIONAL,
            "phone": "011 00 00 00",
            "email": "arbeidsarts.noord-limburg@example.org",
            "target_groups": ["werknemer", "werkgever", "zorgverlener"],
            "description": (
                "Rechtstreekse lijn voor huisartsen die met toestemming van hun patiënt de "
                f"arbeidsarts willen spreken. {FICTIONAL_PHONE_NOTE}"
            ),
            "contacts": [
                {
                    "name": "Demo Contactpersoon",
                    "role": "Preventieadviseur-arbeidsarts (fictief)",
                    "phone": "011 00 00 01",
                    "email": "demo.arbeidsarts@example.org",
                }
            ],
        },
    ]
    return fiches


FICHES = _fiches()

# Printed at the end of every run; the passwords are public on purpose (demo only).
LOGINS = [
    {
        "username": "admin",
        "password": "demo-admin-2026",
        "role": "superuser",
        "first_name": "Demo",
        "last_name": "Beheerder",
    },
    {
        "username": "redacteur-gent",
        "password": "demo-gent-2026",
        "role": "ELZ-redacteur voor zone Gent",
        "first_name": "Demo",
        "last_name": "Redacteur Gent",
    },
    {
        "username": "huisarts",
        "password": "demo-huisarts-2026",
        "role": "goedgekeurde professional (huisarts, zone Gent)",
        "first_name": "Demo",
        "last_name": "Huisarts",
    },
]
