"""What the routing reads besides the answers themselves, worked out once per page.

- `duur`: the duration band (nog-niet … meer-1-jaar) from the `sinds` answer and today, so
  the routing speaks of "the first month" while the address holds the date.
- `regio`: "brussel" when the place lies in Brussels, whose own bodies (Actiris, VDAB Brussel,
  Bruxelles Formation, Phare) take the place of Flemish ones and where VOP is not promised.
"""

from collections.abc import Mapping
from datetime import date

from pathways.engine.model import Answers
from pathways.engine.since import band

BRUSSEL = "brussel"
# The province the geography data gives the Brussels zone (Bruzel) and its municipalities.
BRUSSELS_PROVINCE = "Brussels Hoofdstedelijk Gewest"


def in_brussels(place) -> bool:
    """True for a place (as the place lookup returns it) whose zones lie in Brussels."""
    zones = getattr(place, "zones", ()) or ()
    return any(getattr(zone, "province", "") == BRUSSELS_PROVINCE for zone in zones)


def routing_answers(answers: Answers, places: Mapping, today: date) -> Answers:
    derived = dict(answers)
    duration = band(answers.get("sinds"), today)
    if duration:
        derived["duur"] = duration
    if any(in_brussels(place) for place in places.values()):
        derived["regio"] = BRUSSEL
    return derived
