"""Participants, modality and sense read from the structure around a trigger (a clause boundary, the
frame that governs it), on sentences written for these tests; the stand-in tagger of
tests/names_model.py tags exactly the names each test lists."""

import pytest
from names_model import event_rows

P, O, L = "PERS", "ORG", "LOC"
NAMES = {"سامي النجار": P, "كريم الفاضل": P, "ليلى العمري": P, "منصور الحداد": P, "القاهرة": L, "عمان": L,
         "مصر": L, "روسيا": L, "الأردن": L, "السودان": L}


def _rows(text: str, monkeypatch, names: dict[str, str] | None = None) -> list[tuple]:
    """(type, modality, agents, targets and places) of every event of ``text``."""
    return [row[:4] for row in event_rows(text, {**NAMES, **(names or {})}, monkeypatch, find_title=False)]


def _kinds(rows: list[tuple]) -> set[str]:
    return {row[0] for row in rows}


# -- participants across a clause or phrase boundary --------------------------------
def test_a_trip_leaves_from_its_object_to_its_destination(monkeypatch):
    rows = _rows("وذكرت الوكالة أن سامي النجار غادر القاهرة إلى عمان، دون إعلان مسبق.", monkeypatch)
    assert rows == [("TRAVEL", "reported", frozenset({"سامي النجار"}), frozenset({"عمان"}))]


def test_a_place_left_with_no_destination_stays_its_target(monkeypatch):
    rows = _rows("وذكرت الوكالة أن سامي النجار غادر القاهرة، دون إعلان مسبق.", monkeypatch)
    assert rows == [("TRAVEL", "reported", frozenset({"سامي النجار"}), frozenset({"القاهرة"}))]


def test_a_conjunct_after_a_relative_clause_is_not_its_object(monkeypatch):
    names = {"عدنان الراشد": P, "تنظيم داعش": O, "الموصل": L, "علي الأنصاري": P}
    rows = _rows("بعد مقتل المصور عدنان الراشد، الذي قتله أيضا تنظيم داعش في الموصل، والمراسل علي الأنصاري الذي قتل أثناء"
                 " تغطيته المواجهات.", monkeypatch, names)
    assert all("علي الأنصاري" not in row[3] for row in rows), rows


def test_names_joined_to_an_object_are_objects(monkeypatch):
    rows = _rows("استقبل سامي النجار الرئيس كريم الفاضل والوزيرة ليلى العمري.", monkeypatch)
    assert rows == [("MEET", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل", "ليلى العمري"}))]


def test_a_verb_said_again_with_the_same_build_has_its_own_subject(monkeypatch):
    rows = _rows("كما دعا الدكتور سامي النجار إلى تكريم الشاعر كريم الفاضل، ودعا منصور الحداد إلى تكريم ليلى العمري.",
                 monkeypatch)
    assert not any("منصور الحداد" in row[3] for row in rows), rows


def test_a_verb_with_its_object_after_its_subject_still_asks_it(monkeypatch):
    rows = _rows("دعا سامي النجار كريم الفاضل إلى الحوار.", monkeypatch)
    assert rows == [("REQUEST", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_the_object_of_a_nested_act_is_not_the_main_acts(monkeypatch):
    names = {"التحالف": O, "الحوثيين": O, "اليمن": L}
    rows = _rows("وأوضح أن العمليات العسكرية التي تقوم بها قوات التحالف تهدف لوقف الحوثيين للاستيلاء على اليمن بالقوة.",
                 monkeypatch, names)
    assert not any("اليمن" in row[3] for row in rows), rows


def test_an_attack_on_a_named_side_keeps_its_target(monkeypatch):
    names = {"التحالف": O, "الحوثيين": O}
    rows = _rows("وشنت طائرات التحالف غارات جوية على الحوثيين.", monkeypatch, names)
    assert rows == [("ATTACK", "reported", frozenset({"التحالف"}), frozenset({"جماعة الحوثي"}))]


def test_a_meeting_arranged_for_another_is_not_the_arrangers(monkeypatch):
    rows = _rows("وقامت ليلى العمري بترتيب أول لقاء له مع المرشد كريم الفاضل في منزله.", monkeypatch)
    assert "MEET" not in _kinds(rows)


def test_a_meeting_of_the_speakers_own(monkeypatch):
    rows = _rows("وقال سامي النجار خلال لقاء له مع كريم الفاضل إن العلاقات قوية.", monkeypatch)
    assert rows == [("MEET", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_at_the_request_of_names_who_asked(monkeypatch):
    names = {"التحالف": O, "الحكومة اليمنية": O}
    rows = _rows("العمليات التي تقوم بها قوات التحالف تأتي بناء على طلب من الحكومة اليمنية.", monkeypatch, names)
    assert rows == [("REQUEST", "reported", frozenset({"الحكومة اليمنية"}), frozenset({"التحالف"}))]


def test_a_request_made_of_someone(monkeypatch):
    rows = _rows("وطلب سامي النجار من كريم الفاضل التدخل.", monkeypatch)
    assert rows == [("REQUEST", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_country_inside_a_forces_name_does_not_act(monkeypatch):
    rows = _rows("في ظل سيطرة قوات فجر ليبيا على العاصمة طرابلس.", monkeypatch, {"ليبيا": L, "طرابلس": L})
    assert not any("ليبيا" in row[2] for row in rows), rows


def test_a_countrys_forces_act(monkeypatch):
    rows = _rows("في ظل سيطرة قوات حكومة ليبيا على العاصمة طرابلس.", monkeypatch, {"ليبيا": L, "طرابلس": L})
    assert rows == [("ATTACK", "reported", frozenset({"حكومة ليبيا"}), frozenset({"طرابلس"}))]


# -- modality from the governing frame ------------------------------------------------
def test_refusing_to_confirm_or_deny_denies_nothing(monkeypatch):
    rows = _rows("ورفضت المصادر تأكيد أو نفي معلومات عن أن سامي النجار وكريم الفاضل اتفقا على خريطة طريق.", monkeypatch)
    assert rows == [("AGREE", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_denial_denies(monkeypatch):
    rows = _rows("ونفت المصادر أن سامي النجار وكريم الفاضل اتفقا على خريطة طريق.", monkeypatch)
    assert rows == [("AGREE", "negated", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_capability_is_no_deed(monkeypatch):
    rows = _rows("وأكد سامي النجار قدرة الشركة على تقديم مساعدات للسودان.", monkeypatch)
    assert [row[:2] for row in rows] == [("AID", "planned")]


def test_aid_given_is_told(monkeypatch):
    rows = _rows("وقدم سامي النجار مساعدات للسودان.", monkeypatch)
    assert [row[:2] for row in rows] == [("AID", "reported")]


def test_a_rejected_proposal_of_an_agreement_is_no_agreement(monkeypatch):
    rows = _rows("وقال إنه تم رفض مبادرة روسيا بتكوين اتفاق بين مصر والأردن.", monkeypatch)
    assert [row[:2] for row in rows] == [("AGREE", "planned")]


def test_a_future_verb_in_a_relative_clause_plans_its_manner(monkeypatch):
    rows = _rows("المفاعلات الأربعة التي ستقيمها مصر بالتعاون مع روسيا.", monkeypatch)
    assert rows == [("COOPERATE", "planned", frozenset({"مصر"}), frozenset({"روسيا"}))]


def test_a_past_verb_in_a_relative_clause_tells_its_manner(monkeypatch):
    rows = _rows("المفاعلات الأربعة التي أقامتها مصر بالتعاون مع روسيا.", monkeypatch)
    assert rows == [("COOPERATE", "reported", frozenset({"مصر"}), frozenset({"روسيا"}))]


# -- trigger sense ---------------------------------------------------------------------
def test_a_place_that_saw_unrest_attended_nothing(monkeypatch):
    rows = _rows("شهدت بلدية فيرجسون في وسط الولايات المتحدة اضطرابات بعد مقتل الشاب.", monkeypatch,
                 {"بلدية فيرجسون": O, "الولايات المتحدة": L})
    assert "ATTEND" not in _kinds(rows)


def test_a_ceremony_attended(monkeypatch):
    rows = _rows("شهد سامي النجار حفل افتتاح مهرجان الجنادرية.", monkeypatch, {"مهرجان الجنادرية": "MISC"})
    assert rows == [("ATTEND", "reported", frozenset({"سامي النجار"}), frozenset({"مهرجان الجنادرية"}))]


@pytest.mark.parametrize("text", ["عدن تستقبل الرئيس كريم الفاضل في القريب العاجل", "استقبلت عدن الرئيس كريم الفاضل."])
def test_a_city_is_no_host(text, monkeypatch):
    assert "MEET" not in _kinds(_rows(text, monkeypatch, {"عدن": L}))


def test_a_country_hosts(monkeypatch):
    rows = _rows("استقبلت مصر الرئيس كريم الفاضل.", monkeypatch)
    assert rows == [("MEET", "reported", frozenset({"مصر"}), frozenset({"كريم الفاضل"}))]


@pytest.mark.parametrize("view", ["أهمية هذه المبادرة", "ضرورة تعزيز التعاون"])
def test_agreeing_on_a_view_is_no_accord(view, monkeypatch):
    rows = _rows(f"واتفق سامي النجار مع كريم الفاضل على {view}.", monkeypatch)
    assert "AGREE" not in _kinds(rows)


def test_agreeing_on_a_plan_is_an_accord(monkeypatch):
    rows = _rows("واتفق سامي النجار مع كريم الفاضل على خريطة طريق.", monkeypatch)
    assert rows == [("AGREE", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_possibility_an_agreement_holds_leaves_it_told(monkeypatch):
    rows = _rows("وأوضحت المصادر أن الاتفاق بين مصر والأردن يتضمن أيضا إمكانية النظر مستقبلا في استعمال القاعدة.", monkeypatch)
    assert rows == [("AGREE", "reported", frozenset({"مصر"}), frozenset({"الأردن"}))]


def test_an_agreement_held_tomorrow_is_planned(monkeypatch):
    rows = _rows("وأوضحت المصادر أن الاتفاق بين مصر والأردن يعقد غدا.", monkeypatch)
    assert [row[:2] for row in rows] == [("AGREE", "planned")]
