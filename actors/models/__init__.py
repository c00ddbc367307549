from actors.models.directory import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    TargetGroup,
)
from actors.models.geography import Municipality, MunicipalityAlias, PostalCode, Zone
from actors.models.people import (
    ProfessionalProfile,
    ZoneEditor,
    can_see_professional,
    professional_access,
    shown_professional_data,
    zones_editable_by,
)
from actors.models.reports import ErrorReport
from actors.models.synonyms import SearchTerm

__all__ = [
    "ActorType",
    "ContactPerson",
    "ErrorReport",
    "Fiche",
    "Language",
    "Municipality",
    "MunicipalityAlias",
    "Mutuality",
    "Organisation",
    "PostalCode",
    "SearchTerm",
    "ProfessionalProfile",
    "TargetGroup",
    "Zone",
    "ZoneEditor",
    "can_see_professional",
    "professional_access",
    "shown_professional_data",
    "zones_editable_by",
]
