"""The shipped content keeps the corrections of issue 14: each fact a careful teacher found wrong stays fixed."""

from db.content import list_items


def _by_id(full_db, table):
    return {item["id"]: item for item in list_items(full_db, table)}


def test_china_is_not_called_north_koreas_only_treaty_ally(full_db):
    china = _by_id(full_db, "actor")["china"]
    assert "only treaty ally" not in china["summary"]
    assert "2024" in china["summary"]


def test_the_summit_season_counts_three_kim_trump_meetings_and_hanoi_ends_nothing(full_db):
    era = _by_id(full_db, "era")["summit-season-2018-2019"]
    assert "three times" in era["summary"] and "DMZ" in era["summary"]
    events = _by_id(full_db, "event")
    assert events["trump-kim-dmz-2019"]["start"] == "2019-06-30"
    assert "ending" not in events["hanoi-summit-2019"]["summary"]
    relation = _by_id(full_db, "relation")["kp-us-summit-diplomacy"]
    assert relation["closed_by"] != "hanoi-summit-2019"
    assert relation["end"] > "2019-06-30"


def test_the_china_russia_partnership_starts_in_april_1996(full_db):
    relation = _by_id(full_db, "relation")["cn-ru-partnership"]
    assert relation["start"] == "1996-04"
    assert _by_id(full_db, "event")[relation["opened_by"]]["start"] == "1996-04"
    assert "reaffirm" in _by_id(full_db, "event")["putin-jiang-partnership-2000"]["title"]


def test_arms_cooperation_starts_when_shoigu_arrived(full_db):
    relation = _by_id(full_db, "relation")["ru-kp-arms-cooperation"]
    assert relation["start"] == "2023-07-25"
    assert _by_id(full_db, "event")["shoigu-pyongyang-2023"]["start"] == "2023-07-25"


def test_the_first_test_does_not_make_a_recognised_nuclear_state(full_db):
    summary = _by_id(full_db, "event")["nuclear-test-1-2006"]["summary"]
    assert "in the eyes of the world" not in summary
    assert "recognised" in summary


def test_china_is_not_an_actor_where_it_took_no_part(full_db):
    events = _by_id(full_db, "event")
    assert "china" not in events["camp-david-summit-2023"]["actors"]
    assert "china" not in events["satellite-launch-fails-2024"]["actors"]


def test_themes_fit_the_events(full_db):
    events = _by_id(full_db, "event")
    assert events["putin-acting-president-1999"]["themes"] == ["leadership"]
    assert "sanctions-and-trade" not in events["prc-rok-relations-1992"]["themes"]
    assert "treaties-and-alliances" not in events["prc-rok-relations-1992"]["themes"]


def test_claim_statuses_say_what_the_sources_show(full_db):
    status = {c["id"][:3]: c["status"] for c in list_items(full_db, "claim")}
    assert status["c09"] == "incorrect" and status["c18"] == "incorrect"
    assert status["c27"] == "forecast"
    assert status["c10"] == "unverified" and status["c23"] == "unverified"
    for claim in list_items(full_db, "claim"):
        assert claim["note"].strip(), f"{claim['id']}: a note must explain its status"


def test_copies_through_aggregators_are_marked(full_db):
    for source in list_items(full_db, "source"):
        if "(via " in source.get("outlet", ""):
            assert source.get("syndicated"), f"{source['id']} is a copy but not marked syndicated"


def test_at_least_forty_questions_teach_beyond_recall(full_db):
    questions = list_items(full_db, "question")
    beyond = [q for q in questions if q.get("purpose", "recall") != "recall"]
    assert len(beyond) >= 40
    assert {q["purpose"] for q in beyond} == {"reasoning", "perspective", "source"}


def test_true_false_is_balanced_in_every_module(full_db):
    questions = {q["id"]: q for q in list_items(full_db, "question")}
    for module in list_items(full_db, "module"):
        answers = [questions[q]["answer"] for q in module["questions"] if questions[q]["type"] == "true_false"]
        assert answers.count(True) and answers.count(False), module["id"]
        assert max(answers.count(True), answers.count(False)) <= 0.6 * len(answers), (module["id"], answers)


def test_to_the_month_questions_grade_to_the_month(full_db):
    for q in list_items(full_db, "question"):
        if q["type"] == "place_on_timeline" and "to the month" in q["prompt"]:
            assert len(q["answer"]) == 7 and q.get("tolerance", 0) == 0, q["id"]


def test_the_korean_war_is_taught_and_tested(full_db):
    module = _by_id(full_db, "module")["m-korean-war"]
    questions = {q["id"]: q for q in list_items(full_db, "question")}
    linked = {e for q in module["questions"] for e in questions[q]["events"]}
    assert {"korean-war-begins-1950", "cpv-enters-korean-war-1950", "korean-armistice-1953"} <= linked
    assert len(module["questions"]) >= 10
