"""/sitemap.xml: only what an anonymous visitor may see."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from actors.models import ActorType, Fiche, Zone


class FicheSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        # The same rule as every page: what an anonymous visitor may see, nothing more.
        return Fiche.objects.visible_to(AnonymousUser()).only("slug", "updated_at").order_by("pk")

    def lastmod(self, fiche):
        return fiche.updated_at


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
