from actors.views.accounts import (
    PasswordResetView,
    account,
    confirm_email,
    register,
    register_done,
)
from actors.views.directory import (
    actortype_detail,
    actortype_list,
    fiche_list,
    zone_detail,
    zone_list,
)
from actors.views.fiches import fiche_detail, fiche_report, fiche_vcard_download

__all__ = [
    "PasswordResetView",
    "account",
    "actortype_detail",
    "actortype_list",
    "confirm_email",
    "fiche_detail",
    "fiche_list",
    "fiche_report",
    "fiche_vcard_download",
    "register",
    "register_done",
    "zone_detail",
    "zone_list",
]
