from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "actors"
    verbose_name = _("Wegwijzer: gids en fiches")

    def ready(self):
        # Connects the receivers that keep the folded search columns and the cached reference
        # tables up to date.
        from actors import reference_cache, search, versions  # noqa: F401
        from actors.models import (
            ActorType,
            Language,
            Municipality,
            MunicipalityAlias,
            Mutuality,
            PostalCode,
            SearchTerm,
            TargetGroup,
            Zone,
        )

        # The small tables every page reads from the reference cache.
        reference_cache.watch(
            (
                ActorType,
                SearchTerm,
                Zone,
                Municipality,
                MunicipalityAlias,
                PostalCode,
                TargetGroup,
                Language,
                Mutuality,
            ),
            m2m_fields=(SearchTerm.actor_types,),
        )

        # Keeps the open data's ids stable and last_modified exact (actors.opendata.changes).
        from actors.opendata import changes  # noqa: F401
