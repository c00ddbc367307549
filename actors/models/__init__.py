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
from actors.models.opendata import OpenDataFile
from actors.models.people import (
    ProfessionalProfile,
    ZoneEditor,
    can_see_professional,
    professional_access,
    shown_professional_data,
    zones_editable_by,
)
from actors.models.reports import ErrorReport

__all__ = [
    "ActorType",
    "ContactPerson",
    "ErrorReport",
    "Fiche",
    "Language",
    "Municipality",
    "MunicipalityAlias",
    "Mutuality",
    "OpenDataFile",
    "Organisation",
    "PostalCode",
    "ProfessionalProfile",
    "TargetGroup",
    "Zone",
    "ZoneEditor",
    "can_see_professional",
    "professional_access",
    "shown_professional_data",
    "zones_editable_by",
]
