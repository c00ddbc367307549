from actors.models.directory import ContactPerson, Fiche
from actors.models.geography import Municipality, MunicipalityAlias, PostalCode, Zone
from actors.models.mail import OutgoingMail
from actors.models.opendata import OpenDataFile
from actors.models.people import (
    NATIONAL_EDITOR_GROUP,
    ProfessionalProfile,
    ZoneEditor,
    can_see_professional,
    is_national_editor,
    professional_access,
    shown_professional_data,
    zones_editable_by,
)
from actors.models.reference import ActorType, Language, Mutuality, Organisation, TargetGroup
from actors.models.reports import ErrorReport
from actors.models.search_words import SearchWord, could_be_in_a_word, remember_words
from actors.models.synonyms import SearchTerm

__all__ = [
    "NATIONAL_EDITOR_GROUP",
    "ActorType",
    "ContactPerson",
    "ErrorReport",
    "Fiche",
    "Language",
    "Municipality",
    "MunicipalityAlias",
    "Mutuality",
    "OpenDataFile",
    "OutgoingMail",
    "Organisation",
    "PostalCode",
    "SearchTerm",
    "ProfessionalProfile",
    "TargetGroup",
    "SearchWord",
    "Zone",
    "ZoneEditor",
    "can_see_professional",
    "could_be_in_a_word",
    "is_national_editor",
    "professional_access",
    "remember_words",
    "shown_professional_data",
    "zones_editable_by",
]
