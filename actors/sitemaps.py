"""/sitemap.xml: only what an anonymous visitor may see.

/sitemap.xml is an index of sections (/sitemap-fiches.xml?p=2 …) of at most LIMIT addresses
each, as search engines ask, with the date of the newest change in each section.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from actors.models import ActorType, Fiche, Zone

# Search engines accept 50,000; smaller sections are quicker to build when the cache is cold.
LIMIT = 10_000


def _public_fiches():
    # The same rule as every page: what an anonymous visitor may see, nothing more.
    return Fiche.objects.visible_to(AnonymousUser())


class FicheSitemap(Sitemap):
    changefreq = "monthly"
    limit = LIMIT

    def items(self):
        return _public_fiches().only("slug", "updated_at").order_by("pk")

    def lastmod(self, fiche):
        return fiche.updated_at

    def get_latest_lastmod(self):
        # One aggregate, instead of Django's default that reads every fiche for the index.
        return _public_fiches().aggregate(latest=Max("updated_at"))["latest"]


class ZoneSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Zone.objects.only("slug").order_by("pk")


class ActorTypeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return ActorType.objects.only("slug").order_by("pk")


class PageSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["home", "actors:zone_list", "actors:actortype_list"]

    def location(self, name):
        return reverse(name)


sitemaps = {
    "pages": PageSitemap,
    "zones": ZoneSitemap,
    "soorten": ActorTypeSitemap,
    "fiches": FicheSitemap,
}
