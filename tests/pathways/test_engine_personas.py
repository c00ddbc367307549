"""Five people from the issue, with the steps they should get (no database)."""

from tests.pathways.helpers import actors, answer, step_ids


def test_a_werknemer_in_gent_off_four_months_who_wants_their_own_job_back():
    state = answer(
        "patient",
        werk="werknemer",
        sinds="3-12-maanden",
        doel="eigen",
        ziekenfonds="cm",
        plaats="9000",
    )
    assert step_ids(state) == [
        "huisarts-werknemer",
        "tnw-coordinator-vragenlijst",
        "adviserend-arts-toegelaten-arbeid",
        "arbeidsarts-reintegratie",
        "werkgever-reintegratie",
        "ergotherapeut",
    ]
    assert [n.key for n in state.outcome.notes] == [
        "note.vrijwillig",
        "note.verlenging",
        "note.vroeg-praten",
    ]


def test_a_zelfstandige_in_noord_limburg_in_invaliditeit():
    state = answer(
        "patient",
        werk="zelfstandige",
        sinds="meer-1-jaar",
        doel="eigen",
        ziekenfonds="solidaris",
        plaats="3900",
    )
    assert step_ids(state) == [
        "huisarts",
        "adviserend-arts-invaliditeit",
        "tnw-coordinator",
        "casemanager",
    ]
    assert "werkgever" not in actors(state) and "arbeidsarts" not in actors(state)


def test_a_zelfstandige_in_invaliditeit_who_wants_other_work_gets_vdab_and_gtb():
    state = answer(
        "patient",
        werk="zelfstandige",
        sinds="meer-1-jaar",
        doel="ander",
        ziekenfonds="solidaris",
        plaats="3900",
    )
    assert actors(state) == [
        "huisarts",
        "adviserend-arts",
        "tnw-coordinator",
        "casemanager",
        "vdab",
        "gtb",
    ]


def test_a_werkzoekende_in_leuven_off_two_months():
    state = answer(
        "patient", werk="werkzoekende", sinds="1-3-maanden", ziekenfonds="helan", plaats="3000"
    )
    assert [q.id for q in state.asked] == ["werk", "sinds", "ziekenfonds", "plaats"]
    assert step_ids(state) == [
        "huisarts",
        "adviserend-arts-erkenning",
        "tnw-coordinator-vragenlijst",  # the questionnaire comes in week 10
        "vdab-werkzoekende",
        "gtb",
    ]


def test_a_werkgever_with_an_employee_off_three_months():
    state = answer(
        "werkgever", sinds="3-12-maanden", terugkeer="ja", preventiedienst="extern", plaats="9000"
    )
    assert [a.id for a in state.outcome.actions] == [
        "wg-contact",
        "wg-aanpassingen",
        "wg-reintegratie",
    ]
    assert step_ids(state) == [
        "wg-arbeidsarts-reintegratie",
        "wg-tnw-coordinator",
        "wg-vdab-vop",
        "wg-gtb",
        "wg-jobcoach",
    ]
    assert all(step.list_fiches for step in state.outcome.steps)
    assert [n.key for n in state.outcome.notes] == [
        "note.wg-preventiedienst-extern",
        "note.wg-overmacht",
    ]


def test_a_werkgever_with_an_internal_service_gets_no_list_of_external_ones():
    state = answer(
        "werkgever", sinds="3-12-maanden", terugkeer="ja", preventiedienst="intern", plaats="9000"
    )
    arbeidsarts = state.outcome.steps[0]
    assert arbeidsarts.actor == "arbeidsarts" and not arbeidsarts.list_fiches


def test_a_werkgever_whose_employee_does_not_want_to_come_back_yet():
    state = answer(
        "werkgever",
        sinds="3-12-maanden",
        terugkeer="nog-niet",
        preventiedienst="weet-niet",
        plaats="9000",
    )
    assert [a.id for a in state.outcome.actions] == ["wg-contact", "wg-deur-open"]
    # The arbeidsarts stays in reach, without pushing a return visit or a re-integratietraject.
    assert step_ids(state) == ["wg-arbeidsarts-later"]
    assert "wg-reintegratie" not in [a.id for a in state.outcome.actions]


def test_a_werkgever_whose_employee_is_not_ready_after_six_weeks_is_not_told_to_plan_a_return():
    state = answer(
        "werkgever",
        sinds="1-3-maanden",
        terugkeer="nog-niet",
        preventiedienst="extern",
        plaats="9000",
    )
    assert step_ids(state) == ["wg-arbeidsarts-later"]


def test_a_huisarts_with_a_patient_off_six_weeks():
    state = answer(
        "zorgverlener",
        werk="werknemer",
        sinds="1-3-maanden",
        doel="eigen",
        ziekenfonds="cm",
        plaats="9000",
    )
    assert [a.id for a in state.outcome.actions] == [
        "zv-praat-over-werk",
        "zv-vroeg",
        "zv-specialist",  # the specialist weighs on extending the incapacity
        "zv-progressief",
        "zv-reintegratie",
        "zv-arbeidsarts",
        "zv-tnw",
    ]
    assert step_ids(state) == [
        "adviserend-arts-erkenning",
        "tnw-coordinator-vragenlijst",
        "arbeidsarts-werkhervatting",
        "werkgever-contact",
    ]
    assert state.outcome.notes == ()
    # The handout for the same patient starts with the huisarts, in the patient's words.
    handout = answer("patient", **dict(state.pairs()))
    assert step_ids(handout)[0] == "huisarts-werknemer"
    assert [n.key for n in handout.outcome.notes] == [
        "note.vrijwillig",
        "note.verlenging",
        "note.vroeg-praten",
    ]


def test_someone_on_a_leefloon_goes_to_the_ocmw_without_a_ziekenfonds_question():
    state = answer("patient", werk="leefloon", plaats="9000")
    assert [q.id for q in state.asked] == ["werk", "plaats"]
    assert actors(state) == ["huisarts", "ocmw", "caw", "werkpunt", "casemanager"]
