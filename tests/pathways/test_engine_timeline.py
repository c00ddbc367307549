"""The incapacity timeline, without Django: deadlines per status, dates, past and coming."""

from datetime import date

import pytest

from pathways.engine import timeline as t
from pathways.engine.questions import ANDERS, LEEFLOON, WERKNEMER, WERKZOEKENDE, ZELFSTANDIGE
from pathways.engine.since import band, read_since

MONDAY = date(2027, 1, 4)


def certificate(status, contract=None, start=MONDAY, today=MONDAY):
    line = t.build(status, contract=contract, start=start, today=today)
    return next(e for e in line.entries if e.milestone.deadline)


@pytest.mark.parametrize(
    ("status", "contract", "expected"),
    [
        (WERKNEMER, t.BEDIENDE, date(2027, 1, 31)),  # day 28
        (WERKNEMER, t.ARBEIDER, date(2027, 1, 17)),  # day 14
        (WERKNEMER, t.KORT, date(2027, 1, 5)),  # 48 h: end of day 2
        (WERKNEMER, t.CONTRACT_UNKNOWN, date(2027, 1, 5)),  # the safe, earliest one
        (WERKNEMER, None, date(2027, 1, 5)),
        (WERKZOEKENDE, None, date(2027, 1, 5)),
        (ZELFSTANDIGE, None, date(2027, 1, 11)),  # 7 calendar days, day 1 not counted
    ],
)
def test_the_certificate_deadline_depends_on_status_and_contract(status, contract, expected):
    assert certificate(status, contract).date == expected


@pytest.mark.parametrize("status", [LEEFLOON, ANDERS])
def test_statuses_without_an_incapacity_benefit_get_no_certificate_deadline(status):
    line = t.build(status, start=MONDAY, today=MONDAY)
    assert not any(e.milestone.deadline for e in line.entries)
    assert not any(e.milestone is t.QUESTIONNAIRE for e in line.entries)


def test_only_an_employee_hears_of_the_prevention_service_the_employer_and_force_majeure():
    employee = {m.id for m in t.milestones_for(WERKNEMER, t.BEDIENDE)}
    for status in (WERKZOEKENDE, ZELFSTANDIGE):
        others = {m.id for m in t.milestones_for(status)}
        assert not others & {"week-4-preventiedienst", "maand-3-traject", "maand-9-overmacht"}
        assert {"week-10-vragenlijst", "maand-4-inschatting", "maand-12-invaliditeit"} <= others
    assert {"week-4-preventiedienst", "maand-3-traject", "maand-9-overmacht"} <= employee


def test_month_milestones_use_calendar_months_and_clamp_short_months():
    line = t.build(
        WERKNEMER, contract=t.BEDIENDE, start=date(2026, 11, 30), today=date(2026, 12, 1)
    )
    assert line.get("maand-3-traject").date == date(2027, 2, 28)
    assert line.get("maand-9-overmacht").date == date(2027, 8, 30)
    assert line.get("maand-12-invaliditeit").date == date(2027, 11, 30)
    assert line.get("week-10-vragenlijst").date == date(2027, 2, 1)  # day 64


def test_past_next_and_coming_are_marked_in_date_order():
    start = date(2026, 10, 1)
    today = date(2026, 12, 1)  # day 62: the questionnaire (day 64) is the next thing
    line = t.build(WERKNEMER, contract=t.ARBEIDER, start=start, today=today)
    dates = [e.date for e in line.entries]
    assert dates == sorted(dates)
    assert line.day == 62
    assert line.next.milestone is t.QUESTIONNAIRE
    assert all(e.state is t.State.PAST for e in line.entries if e.date < today)
    assert all(e.state is not t.State.PAST for e in line.entries if e.date >= today)
    assert [e.milestone for e in line.coming][0] is t.QUESTIONNAIRE


def test_a_deadline_falling_today_is_still_coming():
    line = t.build(WERKZOEKENDE, start=MONDAY, today=date(2027, 1, 5))
    assert certificate(WERKZOEKENDE, today=date(2027, 1, 5)).state is t.State.NEXT
    assert line.next.milestone.deadline


def test_without_a_start_date_nothing_is_dated():
    line = t.build(WERKNEMER, contract=t.BEDIENDE, start=None, today=MONDAY)
    assert line.entries and all(e.date is None for e in line.entries)
    assert all(e.state is t.State.UNDATED for e in line.entries)
    assert line.day is None and line.next is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("6-weken", date(2026, 10, 20)),
        ("10-dagen", date(2026, 11, 21)),
        ("4-maanden", date(2026, 8, 1)),
        ("0-weken", date(2026, 12, 1)),
        ("2026-12-02", None),  # in the future: not off work yet
        ("1990-01-01", None),  # longer ago than anyone means
        ("2026-02-30", None),
        ("-3-weken", None),
        ("drie-weken", None),
        ("9999-maanden", None),
        ("", None),
        (None, None),
    ],
)
def test_the_since_answer_is_a_date_or_a_count_back_from_today(value, expected):
    assert t.parse_since(value, date(2026, 12, 1)) == expected


def test_the_timeline_from_the_answers_uses_status_contract_and_start():
    line = t.from_answers(
        {"werk": WERKNEMER, "contract": t.ARBEIDER, "sinds": "2026-11-30"}, date(2026, 12, 1)
    )
    assert line.get("getuigschrift-dag-14").date == date(2026, 12, 13)
    assert t.from_answers({"sinds": "2026-11-30"}, date(2026, 12, 1)) is None
    undated = t.from_answers({"werk": ZELFSTANDIGE, "sinds": "gisteren"}, date(2026, 12, 1))
    assert undated.start is None


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("3/11/2026", "2026-11-03"),  # day first, as in Belgium
        ("3-11-26", "2026-11-03"),
        ("2026-11-03", "2026-11-03"),
        ("6 weken", "2026-10-20"),
        ("1 week", "2026-11-24"),
        ("4 Maanden", "2026-08-01"),
        ("1 jaar", "2025-12-01"),
        ("gisteren", "2026-11-30"),
        ("nog niet", "nog-niet"),
        ("1-3-maanden", "1-3-maanden"),  # a band stays a band
        ("2/12/2026", None),  # tomorrow
        ("31/2/2026", None),
        ("een tijdje", None),
    ],
)
def test_what_people_type_is_kept_as_a_date_or_a_band(typed, kept):
    assert read_since(typed, date(2026, 12, 1)) == kept


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20", "minder-1-maand"),
        ("2026-11-01", "1-3-maanden"),  # a month and a day
        ("2026-09-02", "1-3-maanden"),
        ("2026-09-01", "3-12-maanden"),
        ("2025-12-01", "meer-1-jaar"),
        ("nog-niet", "nog-niet"),
        ("onzin", None),
    ],
)
def test_the_routing_reads_the_band_of_the_date(value, expected):
    assert band(value, date(2026, 12, 1)) == expected


def test_a_band_without_a_date_marks_what_lies_before_it_as_past():
    line = t.from_answers({"werk": WERKNEMER, "sinds": "3-12-maanden"}, date(2026, 12, 1))
    past = {e.milestone.id for e in line.entries if e.state is t.State.PAST}
    assert past == {
        "dag-1-werknemer",
        "getuigschrift-werknemer",
        "week-4-preventiedienst",
        "week-10-vragenlijst",
    }
    assert all(e.date is None for e in line.entries)


def test_the_employer_sees_the_employers_milestones():
    line = t.from_answers({"sinds": "2026-07-01"}, date(2026, 12, 1), status=t.WERKGEVER)
    assert [e.milestone.id for e in line.entries] == [
        "wg-dag-1",
        "wg-week-4-preventiedienst",
        "wg-maand-3-traject",
        "wg-maand-9-overmacht",
    ]
    assert line.get("wg-maand-3-traject").state is t.State.PAST
    assert line.get("wg-maand-9-overmacht").date == date(2027, 4, 1)
    assert line.next.milestone.id == "wg-maand-9-overmacht"
