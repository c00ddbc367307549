"""Which day it is for the flow: the answers about time ("6 weken", a date) are read against it.

One small function so tests can fix "today" (monkeypatch `pathways.clock.today`) and pages,
print views and handouts agree on the day.
"""

from datetime import date

from django.utils import timezone


def today() -> date:
    """Today in Brussels (settings.TIME_ZONE)."""
    return timezone.localdate()
