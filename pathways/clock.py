"""Today's date, in one place: the route's deadlines count from it, and tests fix it by
patching `pathways.clock.today`."""

from datetime import date

from django.utils import timezone


def today() -> date:
    return timezone.localdate()
