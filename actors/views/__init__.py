from actors.views.directory import (
    actortype_detail,
    actortype_list,
    fiche_list,
    zone_detail,
    zone_list,
)
from actors.views.fiches import fiche_detail, fiche_report, fiche_vcard_download

__all__ = [
    "actortype_detail",
    "actortype_list",
    "fiche_detail",
    "fiche_list",
    "fiche_report",
    "fiche_vcard_download",
    "zone_detail",
    "zone_list",
]
