"""The project's URLs plus the component gallery, for the browser tests only."""

from django.urls import path

from tests.browser.styleguide import styleguide
from wegwijzer.urls import handler404, handler500
from wegwijzer.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("__stijlgids__/", styleguide, name="styleguide"), *project_urlpatterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
