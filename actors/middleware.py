"""Responses built with professional-only data stay out of shared caches."""

from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject, empty

from actors.models import shown_professional_data


class PrivateProfessionalDataMiddleware:
    """Marks `Cache-Control: private, no-store` on every response whose request got professional
    data through the fiche door (a proxy or CDN could otherwise hand it to the next, anonymous
    visitor). The one place that does so: views do not mark responses themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if shown_professional_data(_loaded_user(request)):
            patch_cache_control(response, private=True, no_store=True)
        return response


def _loaded_user(request):
    # A request that never looked at its user asked no door; loading the user now would only
    # cost a session and a user query.
    user = getattr(request, "user", None)
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        return None
    return user
