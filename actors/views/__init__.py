from actors.views.directory import actortype_detail, fiche_detail, zone_detail, zone_list

__all__ = ["actortype_detail", "fiche_detail", "zone_detail", "zone_list"]
