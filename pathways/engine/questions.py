"""The answers people can give, shared by the flows that ask about the same facts.

Option labels are shared (key option.<question>.<value>), the wording of the question itself
belongs to each flow (a patient reads "je", a doctor reads "je patiënt").
"""

from pathways.engine.model import Option, Text

WERKNEMER = "werknemer"
ZELFSTANDIGE = "zelfstandige"
WERKZOEKENDE = "werkzoekende"
LEEFLOON = "leefloon"
ANDERS = "anders"

NOG_NIET = "nog-niet"
MINDER_1_MAAND = "minder-1-maand"
TOT_3_MAANDEN = "1-3-maanden"
TOT_1_JAAR = "3-12-maanden"
MEER_1_JAAR = "meer-1-jaar"

# The kind of contract of a werknemer (query key `contract`): it sets the certificate deadline
# and whether the employer pays gewaarborgd loon.
BEDIENDE = "bediende"
ARBEIDER = "arbeider"
KORT = "kort"  # interim, trial period or a short contract without gewaarborgd loon

EIGEN = "eigen"
ANDER = "ander"
WEET_NIET = "weet-niet"


def _option(question: str, value: str, label: str, hint: str = "") -> Option:
    return Option(
        value=value,
        label=Text(f"option.{question}.{value}", label),
        hint=Text(f"option.{question}.{value}.hint", hint) if hint else None,
    )


WORK_OPTIONS = (
    _option(
        "werk",
        WERKNEMER,
        "Werknemer",
        "Met een contract bij een werkgever, ook deeltijds of als interimkracht.",
    ),
    _option(
        "werk", ZELFSTANDIGE, "Zelfstandige", "Met een eigen zaak of vrij beroep, in hoofdberoep."
    ),
    _option(
        "werk",
        WERKZOEKENDE,
        "Werkzoekende",
        "Zonder werk en ingeschreven bij de VDAB (of bij Actiris in Brussel).",
    ),
    _option("werk", LEEFLOON, "Leefloon van het OCMW", "Het inkomen is een leefloon van het OCMW."),
    _option("werk", ANDERS, "Iets anders", "Bijvoorbeeld vastbenoemd ambtenaar of student."),
)

# Offered as links under the "since when" box, for whoever does not know the date: the
# bands of the former duration question (their values are still read in saved addresses).
SINCE_SHORTCUTS = (
    _option("sinds", NOG_NIET, "Ik werk nog, maar het gaat moeilijk"),
    _option("sinds", MINDER_1_MAAND, "Minder dan 1 maand, ik weet de datum niet"),
    _option("sinds", TOT_3_MAANDEN, "1 tot 3 maanden, ik weet de datum niet"),
    _option("sinds", TOT_1_JAAR, "3 maanden tot 1 jaar, ik weet de datum niet"),
    _option(
        "sinds", MEER_1_JAAR, "Meer dan 1 jaar, ik weet de datum niet", "Dit heet invaliditeit."
    ),
)

EMPLOYER_SINCE_SHORTCUTS = (
    _option("werkgever-sinds", NOG_NIET, "Nog niet afwezig, maar het werk lukt moeilijk"),
    _option("werkgever-sinds", MINDER_1_MAAND, "Minder dan 1 maand, ik weet de datum niet"),
    _option("werkgever-sinds", TOT_3_MAANDEN, "1 tot 3 maanden, ik weet de datum niet"),
    _option("werkgever-sinds", TOT_1_JAAR, "3 maanden tot 1 jaar, ik weet de datum niet"),
    _option("werkgever-sinds", MEER_1_JAAR, "Meer dan 1 jaar, ik weet de datum niet"),
)

CONTRACT_OPTIONS = (
    _option(
        "contract",
        BEDIENDE,
        "Bediende",
        "Op je loonbrief of in je contract staat 'bediende'. Je krijgt een maandloon.",
    ),
    _option(
        "contract",
        ARBEIDER,
        "Arbeider",
        "Op je loonbrief of in je contract staat 'arbeider'.",
    ),
    _option(
        "contract",
        KORT,
        "Interimkracht, proefperiode of een kort contract",
        "Je werkt via een uitzendkantoor, of je bent net begonnen of hebt een heel kort contract.",
    ),
    _option(
        "contract",
        WEET_NIET,
        "Ik weet het niet",
        "Dan tonen we de vroegste termijn. Zo ben je zeker op tijd.",
    ),
)

GOAL_OPTIONS = (
    _option("doel", EIGEN, "Ja, terug naar het eigen werk"),
    _option("doel", ANDER, "Nee, liever ander werk"),
    _option("doel", WEET_NIET, "Dat is nog niet duidelijk"),
)

MUTUALITY_OPTIONS = (
    _option("ziekenfonds", "cm", "CM", "Christelijke Mutualiteit"),
    _option("ziekenfonds", "solidaris", "Solidaris", "Socialistisch ziekenfonds"),
    _option("ziekenfonds", "helan", "Helan", "Onafhankelijk ziekenfonds"),
    _option("ziekenfonds", "partena", "Partena Ziekenfonds", "Onafhankelijk ziekenfonds"),
    _option("ziekenfonds", "nzvl", "Neutraal Ziekenfonds Vlaanderen"),
    _option("ziekenfonds", "lm", "Liberale Mutualiteit"),
    _option(
        "ziekenfonds", "hziv", "Hulpkas (HZIV)", "Hulpkas voor Ziekte- en Invaliditeitsverzekering"
    ),
    _option("ziekenfonds", "hr-rail", "HR Rail", "Kas der geneeskundige verzorging van HR Rail"),
    _option("ziekenfonds", WEET_NIET, "Ik weet het niet"),
)

RETURN_OPTIONS = (
    _option("terugkeer", "ja", "Ja, als het kan"),
    _option("terugkeer", NOG_NIET, "Nog niet, of we hebben er nog niet over gepraat"),
    _option("terugkeer", WEET_NIET, "Dat weet ik niet"),
)

PREVENTION_OPTIONS = (
    _option(
        "preventiedienst",
        "intern",
        "Een interne dienst (IDPBW)",
        "Een eigen dienst binnen het bedrijf, met een eigen arbeidsarts.",
    ),
    _option(
        "preventiedienst",
        "extern",
        "Een externe dienst (EDPBW)",
        "Bijvoorbeeld IDEWE, Mensura, Liantis, Cohezio, Securex, Attentia of Empreva.",
    ),
    _option("preventiedienst", WEET_NIET, "Ik weet het niet"),
)

SINCE_NOT_READ = Text(
    "error.since_not_read",
    "We kunnen dit niet lezen als een datum of als een aantal weken of maanden. Typ "
    "bijvoorbeeld 3/11/2026, 6 weken of 4 maanden. Een datum in de toekomst kan niet.",
)

PLACE_NOT_FOUND = Text(
    "error.place_not_found",
    "We vinden deze postcode of gemeente niet in Vlaanderen of Brussel. Kijk na of ze juist "
    "geschreven is. Een postcode heeft 4 cijfers, bijvoorbeeld 9000.",
)
