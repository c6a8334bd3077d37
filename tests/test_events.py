"""Event frames on sentences written for these tests (fictional or well-known names; the
stand-in tagger of tests/names_model.py tags exactly the names each test lists)."""

import pytest
from names_model import build, event_rows

from kg.extract.dates import to_iso


def _events(texts, names, monkeypatch):
    """(type, modality, agents, targets and places) of every event node, and the graph."""
    from kg.graph import build_graph

    results, resolution = build(texts if isinstance(texts, dict) else {"a": texts}, names, monkeypatch)
    g = build_graph(results, resolution)
    out = []
    for node, data in g.nodes(data=True):
        if data["type"] != "EVENT":
            continue
        agents = frozenset(g.nodes[s]["label"] for s, _, d in g.in_edges(node, data=True) if d["relation"] == "agent")
        others = frozenset(g.nodes[t]["label"] for _, t, d in g.out_edges(node, data=True) if d["relation"] in ("target", "location"))
        out.append((data["event_type"], data["modality"], agents, others))
    return out, g


P = "PERS"
NAMES = {"سامي النجار": P, "النجار": P, "كريم الفاضل": P, "الفاضل": P, "ليلى العمري": P, "العمري": P,
         "منصور الحداد": P, "الحداد": P, "محمد بن سلمان": P, "نجيب ميقاتي": P}


def _one(events, kind):
    found = [e for e in events if e[0] == kind]
    assert len(found) == 1, events
    return found[0]


# -- frames: who is agent, who is target -----------------------------------------
def test_reception_host_is_agent_guest_is_target(monkeypatch):
    events, _ = _events("استقبل سامي النجار في مكتبه أمس كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_reception_with_a_comma_before_the_setting(monkeypatch):
    # استقبل X، في قصره مساء أمس Y: a comma after the host's phrase opens the setting, no new clause
    events, _ = _events("استقبل سامي النجار أمير دولة قطر، في قصره مساء أمس كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2] == frozenset({"سامي النجار"})
    assert "كريم الفاضل" in _one(events, "MEET")[3]


@pytest.mark.parametrize("text", ["التقى سامي النجار بالرئيس كريم الفاضل.", "والتقى سامي النجار مع كريم الفاضل."])
def test_meeting_with_bi_or_maa(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_call_received_has_the_caller_as_agent(monkeypatch):
    events, _ = _events("تلقى سامي النجار اتصالا هاتفيا من كريم الفاضل، بحثا خلاله العلاقات.", NAMES, monkeypatch)
    assert _one(events, "CALL")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"سامي النجار"}))


def test_a_call_made_light_verb_and_noun(monkeypatch):
    events, _ = _events("أجرى سامي النجار اتصالا هاتفيا بالرئيس كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "CALL")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_support_received_from_someone(monkeypatch):
    events, _ = _events("وحظيت ليلى العمري بدعم من منصور الحداد.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"منصور الحداد"}), frozenset({"ليلى العمري"}))


def test_condemnation_as_verb_and_as_light_verb(monkeypatch):
    events, _ = _events({"a": "أدانت مصر إسرائيل.", "b": "وأعرب نجيب ميقاتي عن إدانته لإسرائيل."}, NAMES, monkeypatch)
    pairs = {(agents, others) for kind, _, agents, others in events if kind == "CONDEMN"}
    assert pairs == {(frozenset({"مصر"}), frozenset({"إسرائيل"})), (frozenset({"نجيب ميقاتي"}), frozenset({"إسرائيل"}))}


def test_what_someone_is_called_to_is_a_topic_not_a_target(monkeypatch):
    events, _ = _events("دعا سامي النجار كريم الفاضل إلى زيارة الأردن.", NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_what_a_meeting_discusses_is_no_target(monkeypatch):
    events, _ = _events("يلتقي سامي النجار مسؤولين عراقيين لبحث مواجهة داعش.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


def test_cables_of_congratulation_and_condolence(monkeypatch):
    texts = {"a": "بعث سامي النجار برقية تهنئة إلى كريم الفاضل.", "b": "وبعث منصور الحداد برقية تعزية للرئيسة ليلى العمري."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert _one(events, "CONGRATULATE")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    assert _one(events, "CONDOLE")[2:] == (frozenset({"منصور الحداد"}), frozenset({"ليلى العمري"}))


def test_condolences_by_their_usual_nouns(monkeypatch):
    texts = {"a": "وبعث منصور الحداد برقية عزاء ومواساة إلى كريم الفاضل.", "b": "وقدم سامي النجار واجب العزاء للسيدة ليلى العمري.",
             "c": "ويتقبل العزاء في منزل كريم الفاضل بجدة.", "d": "وقدم سامي النجار العزاء لأسرة الفقيد."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert sorted(e[2:] for e in events if e[0] == "CONDOLE") == [
        (frozenset({"سامي النجار"}), frozenset({"ليلى العمري"})), (frozenset({"منصور الحداد"}), frozenset({"كريم الفاضل"}))]


def test_a_protest_lodged_with_a_country(monkeypatch):
    for text in ("واحتجت مصر لدى الأردن على القرار.", "وقدمت مصر احتجاجا رسميا لدى الأردن."):
        events, _ = _events({"a": text, "b": "واحتج المواطنون في القاهرة على انقطاع الكهرباء."}, NAMES, monkeypatch)
        assert [e[2:] for e in events if e[0] == "PROTEST"] == [(frozenset({"مصر"}), frozenset({"الأردن"}))], (text, events)


def test_signing_needs_an_agreement(monkeypatch):
    texts = {"a": "ووقعت مصر مع الأردن اتفاقية للتعاون.", "b": "ووقع الحادث في الأردن."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert [e[2:] for e in events if e[0] == "SIGN"] == [(frozenset({"مصر"}), frozenset({"الأردن"}))]


def test_honorifics_and_titles_belong_to_the_agent(monkeypatch):
    text = "زار صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع مصر."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"محمد بن سلمان"}), frozenset({"مصر"}))


def test_a_visit_in_a_verbal_noun_after_qama_bi(monkeypatch):
    events, _ = _events("وقام سامي النجار بزيارة إلى الأردن.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))


# -- no agent, no event -------------------------------------------------------------
def test_no_nearest_name_as_agent(monkeypatch):
    text = "وقال سامي النجار إن الوضع صعب. وأكد مصدر أن اجتماعا سيعقد مع كريم الفاضل في القاهرة."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


def test_a_dropped_subject_continues_the_clause_before(monkeypatch):
    events, _ = _events("وصل سامي النجار إلى القاهرة والتقى كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_an_unnamed_subject_is_not_replaced_by_the_story_actor(monkeypatch):
    text = "زار سامي النجار الأردن. ويقوم زعماء عرب بزيارات إلى مصر."
    events, _ = _events(text, NAMES, monkeypatch)
    assert [e[3] for e in events if e[0] == "VISIT"] == [frozenset({"الأردن"})]


# -- sense ---------------------------------------------------------------------------
def test_a_team_attack_in_a_sports_report_is_no_attack(monkeypatch):
    text = ("وشن الهلال هجوما على النصر في الشوط الثاني من المباراة، وسجل اللاعب هدفا في الدوري. "
            "وقال المدرب إن الفريق لعب جيدا.")
    events, _ = _events(text, {"الهلال": "ORG", "النصر": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"]


def test_an_air_raid_is_an_attack(monkeypatch):
    events, _ = _events("وشنت قوات التحالف غارات على مواقع الحوثيين في صنعاء.", {"التحالف": "ORG", "الحوثيين": "ORG"}, monkeypatch)
    kind, _, agents, others = _one(events, "ATTACK")
    assert agents == frozenset({"التحالف"}) and any("الحوثي" in o for o in others) and "صنعاء" in others


def test_a_nominal_compound_is_no_trigger(monkeypatch):
    text = "وأحالت شعبة التحريات والبحث الجنائي في الأردن المتهم إلى النيابة."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not events


# -- modality --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وتعمد سامي النجار عدم زيارة الأردن.",
    "ولم يزر سامي النجار الأردن.",
    "ونفى سامي النجار أنه زار الأردن.",
])
def test_negation_anywhere_in_the_verb_phrase(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert [e[1] for e in events if e[0] == "VISIT"] == ["negated"]


def test_future_is_planned(monkeypatch):
    events, _ = _events("وسيلتقي سامي النجار كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[1] == "planned"


def test_an_awaited_event_is_planned(monkeypatch):
    events, _ = _events("ومن المنتظر أن يلتقي سامي النجار كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[1] == "planned"


def test_awaited_talks_are_never_reported(monkeypatch):
    events, _ = _events("وتناولت المباحثات المرتقبة بين سامي النجار وكريم الفاضل الأوضاع.", NAMES, monkeypatch)
    assert "reported" not in {e[1] for e in events}


# -- dates and one node per event ------------------------------------------------------------
@pytest.mark.parametrize("text, anchor, iso", [
    ("18/9/1436هـ", "", "2015-07-05"),
    ("1 رمضان 1436 هـ", "", "2015-06-18"),
    ("الخميس", "2015-07-24", "2015-07-23"),
    ("الأحد المقبل", "2015-07-24", "2015-07-26"),
    ("أمس", "2015-07-24", "2015-07-23"),
    ("الشهر الماضي", "2015-07-24", "2015-06"),
    ("28 فبراير إلى 3 مارس", "2023-02-24", "2023-02-28/2023-03-03"),
    # two days of one month: the range, not its last day
    ("من 4 إلى 15 أغسطس", "2015-07-24", "2015-08-04/2015-08-15"),
    ("من 11 إلى 22 شوال 1436ه", "", "2015-07-27/2015-08-07"),
    ("من 15 إلى 4 أغسطس", "2015-07-24", ""),
    ("7 أكتوبر (تشرين الأول) 2015", "", "2015-10-07"),
    ("الخميس", "", ""),
])
def test_dates_resolve_to_iso(text, anchor, iso):
    assert to_iso(text, anchor) == iso


def test_an_event_told_twice_is_one_node(monkeypatch):
    text = "زار سامي النجار الأردن يوم 18/9/1436هـ. وخلال زيارته للأردن زار سامي النجار الأردن."
    events, g = _events(text, NAMES, monkeypatch)
    nodes = [d for _, d in g.nodes(data=True) if d["type"] == "EVENT" and d["event_type"] == "VISIT"]
    assert len(nodes) == 1 and nodes[0]["date_iso"] == "2015-07-05"


# -- the data --------------------------------------------------------------------------------
def test_event_lexicon_is_sound():
    from kg.extract.triggers import check_lexicon

    assert check_lexicon() == []


def test_a_feminine_verb_does_not_take_a_man_as_subject(monkeypatch):
    events, _ = _events("وتستهدف الرئيس سامي النجار حملة في الأردن.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"]


def test_a_definite_noun_takes_no_genitive_agent(monkeypatch):
    events, _ = _events("وحضر اللقاء سامي النجار وكريم الفاضل.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


def test_a_purpose_noun_is_not_done_by_who_invites(monkeypatch):
    text = "ووجهت الأمم المتحدة دعوة لسامي النجار للمشاركة في الحوار في جنيف."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "ATTEND" and "الأمم المتحدة" in e[2]]


def test_a_possible_agreement_is_not_reported(monkeypatch):
    events, _ = _events("وتسعى فرنسا إلى اتفاق سلام محتمل بين مصر والأردن.", NAMES, monkeypatch)
    assert [e[1:] for e in events if e[0] == "AGREE"] == [("planned", frozenset({"مصر"}), frozenset({"الأردن"}))]


def test_a_name_after_a_title_and_its_organisation_is_one_actor(monkeypatch):
    text = "وانتقد منصور الحداد رئيس لجنة التدقيق في فيفا كريم الفاضل."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"منصور الحداد"}), frozenset({"كريم الفاضل"}))


def test_a_name_before_a_complementizer_is_not_the_subject_after_it(monkeypatch):
    events, _ = _events("وتتوقع مصر أن تصل نسبة النمو في الأردن إلى عشرة في المائة.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "TRAVEL"]


# -- verbal nouns: object after the doer, purpose, passive agent, parties ------------------------
ORGS = {**NAMES, "التحالف": "ORG", "حركة حماس": "ORG", "حزب الله": "ORG"}


def test_a_verbal_noun_with_its_doer_takes_its_object_after_li(monkeypatch):
    events, _ = _events("وتضررت المنطقة بعد قصف التحالف لقاعدة حزب الله.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"حزب الله"}))


def test_li_after_a_noun_without_a_doer_is_no_object(monkeypatch):
    # هجوم للحوثيين: the attack is theirs (ل of possession), and nobody named is attacked
    events, _ = _events("وقع هجوم لحزب الله أمس.", ORGS, monkeypatch)
    assert [e for e in events if e[0] == "ATTACK"] == []


def test_a_passive_agent_after_min_qibal(monkeypatch):
    events, _ = _events("وتعرض سامي النجار لهجوم من قبل حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"سامي النجار"}))


def test_undergoing_with_no_named_doer_is_no_event(monkeypatch):
    events, _ = _events("وتعرض سامي النجار لهجوم عنيف أمس.", ORGS, monkeypatch)
    assert [e for e in events if e[0] == "ATTACK"] == []


def test_a_purpose_noun_takes_its_genitive_as_object(monkeypatch):
    events, _ = _events("وصل سامي النجار إلى بغداد لدعم منصور الحداد.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"سامي النجار"}), frozenset({"منصور الحداد"}))


def test_accusation_noun_after_a_support_verb(monkeypatch):
    events, _ = _events("ووجه سامي النجار اتهامات لإسرائيل بالتجسس.", NAMES, monkeypatch)
    assert _one(events, "ACCUSE")[2:] == (frozenset({"سامي النجار"}), frozenset({"إسرائيل"}))


def test_thanks_conveyed_with_the_thanker_as_genitive(monkeypatch):
    events, _ = _events("وقال إنه نقل شكر الأردن لمصر.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"الأردن"}), frozenset({"مصر"}))


def test_two_nationality_adjectives_are_the_parties(monkeypatch):
    events, _ = _events("وأعلن عن اتفاق مصري - أردني حول المياه.", NAMES, monkeypatch)
    event = _one(events, "AGREE")
    assert event[2] | event[3] == frozenset({"مصر", "الأردن"})


def test_one_nationality_adjective_names_no_party(monkeypatch):
    events, _ = _events("وأعلن عن اتفاق مصري جديد حول المياه.", NAMES, monkeypatch)
    assert [e for e in events if e[0] == "AGREE"] == []


def test_a_trip_during_a_statement_is_the_speakers(monkeypatch):
    events, _ = _events("وقال سامي النجار خلال زيارة إلى الأردن إن العلاقات قوية.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))


def test_a_quoted_first_person_plural_verb_is_the_speakers(monkeypatch):
    events, _ = _events("وقال سامي النجار: «نرفض التدخل الإيراني».", NAMES, monkeypatch)
    assert _one(events, "REJECT")[2:] == (frozenset({"سامي النجار"}), frozenset({"إيران"}))


def test_a_nationality_on_the_object_only_for_stance_verbs(monkeypatch):
    events, _ = _events("زار سامي النجار المعرض الإيراني.", NAMES, monkeypatch)
    assert [e for e in events if e[0] == "VISIT"] == []


def test_praise_with_ala(monkeypatch):
    events, _ = _events("وأثنى سامي النجار على منصور الحداد.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"منصور الحداد"}))


def test_touring_a_place(monkeypatch):
    events, _ = _events("وتجول سامي النجار في القاهرة.", NAMES, monkeypatch)
    assert _one(events, "TRAVEL")[2:] == (frozenset({"سامي النجار"}), frozenset({"القاهرة"}))


def test_a_purpose_noun_right_after_an_actor_is_that_actors(monkeypatch):
    events, _ = _events("ويترأس سامي النجار وفد الأردن لحضور حفل افتتاح مؤتمر حزب الله.", ORGS, monkeypatch)
    event = _one(events, "ATTEND")
    assert "حزب الله" in event[3] and event[2] & {"الأردن", "سامي النجار"}


def test_a_purpose_noun_with_a_pronoun_points_back_to_its_object(monkeypatch):
    events, _ = _events("اختار سامي النجار مصر والأردن لزيارتهما.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[2] == frozenset({"سامي النجار"})


def test_a_name_inside_an_unnamed_complement_is_no_target(monkeypatch):
    # the praise went to the (unnamed) men; the name sits inside what they did
    events, _ = _events("ووجه سامي النجار تحية تقدير لرجال الأمن على نجاحهم في الإطاحة بخلايا حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if "حركة حماس" in e[3]], events
    events, _ = _events("وأشاد سامي النجار بحركة حماس على نجاحها في الإطاحة بخلايا التحالف.", ORGS, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))


def test_a_trip_goes_to_the_place_right_after_ila(monkeypatch):
    events, _ = _events("ثم توجه سامي النجار أيضا إلى أصدقائه في المنطقة عبر مخاطبة القاهرة.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "TRAVEL"], events
    events, _ = _events("توجه سامي النجار اليوم إلى القاهرة.", NAMES, monkeypatch)
    assert _one(events, "TRAVEL")[2:] == (frozenset({"سامي النجار"}), frozenset({"القاهرة"}))
    events, _ = _events("وقام سامي النجار بزيارة لدار الرعاية الاجتماعية في القاهرة.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"القاهرة"}))


def test_a_definite_force_noun_does_not_own_the_name_after_an_indefinite_noun(monkeypatch):
    # the unnamed jets bombed the coalition's positions: the coalition is no attacker
    events, _ = _events("وفي عدن قصفت المقاتلات مواقع للتحالف وقوات منصور الحداد.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events
    events, _ = _events("وقصفت طائرات التحالف مواقع حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2] == frozenset({"التحالف"})


@pytest.mark.parametrize("text", ["وهناك تكتلات منها حركة حماس التي يدعمها سامي النجار.",
                                  "وهناك تكتلات منها «حركة حماس» التي يدعمها سامي النجار."])
def test_a_relative_clause_with_an_object_pronoun_has_its_antecedent_as_target(text, monkeypatch):
    events, _ = _events(text, ORGS, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))


def test_a_relative_clause_with_no_named_subject_gives_no_event(monkeypatch):
    events, _ = _events("وهناك تكتلات منها «حركة حماس» التي يدعمها من الخارج سامي النجار.", ORGS, monkeypatch)
    assert not [e for e in events if "حركة حماس" in e[2]], events


def test_a_site_is_no_agent(monkeypatch):
    # a port takes in a ship: a place, whatever its tag, receives nobody
    names = {**ORGS, "ميناء الزهور": "ORG"}
    events, _ = _events("كما استقبل ميناء الزهور السفينة سامي النجار.", names, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"], events
    events, _ = _events("واستقبلت حركة حماس سامي النجار.", names, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"حركة حماس"}), frozenset({"سامي النجار"}))


def test_a_conditional_event_is_only_possible(monkeypatch):
    events, _ = _events("وإذا تم التوقيع على الاتفاقية، فإنها ستكون أول اتفاقية بين مصر والأردن.", NAMES, monkeypatch)
    assert {e[1] for e in events} == {"planned"}, events
    events, _ = _events("ووقعت مصر والأردن اتفاقية للتعاون.", NAMES, monkeypatch)
    assert _one(events, "SIGN")[1] == "reported"
    events, _ = _events("وبغض النظر عما إذا كان الاتفاق سينجح، فقد ضمن مكانه منذ زيارة سامي النجار للقاهرة عام 1972.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[1] == "reported"


# -- the clause's subject goes on; relative clauses; two-party events ---------------------------
@pytest.mark.parametrize("text", [
    "وصل سامي النجار إلى القاهرة أمس والتقى خلالها كريم الفاضل.",
    "وصل سامي النجار إلى القاهرة أمس، حيث التقى كريم الفاضل.",
])
def test_a_coordinated_verb_goes_on_with_the_subject(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_coordinated_verb_after_a_verb_that_opens_no_event(monkeypatch):
    events, _ = _events("استعرض سامي النجار حرس الشرف ثم صافح كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_coordinated_clause_with_its_own_subject(monkeypatch):
    events, _ = _events("وصل سامي النجار إلى القاهرة، والتقى الرئيس كريم الفاضل مع ليلى العمري.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"ليلى العمري"}))


def test_a_subject_does_not_go_on_past_a_complementizer(monkeypatch):
    events, _ = _events("أكد سامي النجار أن العلاقات متينة وزار القاهرة.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "VISIT"]


def test_a_relative_clause_has_its_antecedent_as_subject(monkeypatch):
    events, _ = _events("استقبل سامي النجار كريم الفاضل الذي وصل إلى الرياض أمس.", NAMES, monkeypatch)
    assert _one(events, "TRAVEL")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"الرياض"}))
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_relative_clause_on_an_unnamed_noun_has_no_agent(monkeypatch):
    events, _ = _events("قال سامي النجار إن الوفد الذي زار القاهرة أمس التقى كريم الفاضل.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] in ("VISIT", "MEET")]


def test_talks_held_by_a_relative_clause_after_the_noun(monkeypatch):
    events, _ = _events("وكانت المحادثات التي أجراها سامي النجار مع كريم الفاضل مثمرة.", NAMES, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_talks_between_two_named_parties(monkeypatch):
    events, _ = _events("جرت مباحثات بين سامي النجار وكريم الفاضل أمس.", NAMES, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_two_sides_are_the_two_actors_just_named(monkeypatch):
    events, _ = _events("التقى سامي النجار وكريم الفاضل أمس. واتفق الجانبان على تعزيز التعاون.", NAMES, monkeypatch)
    assert _one(events, "AGREE")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_two_sides_named_long_before_are_not_resolved(monkeypatch):
    text = "التقى سامي النجار وكريم الفاضل أمس. وقال مصدر إن الوضع صعب. وأضاف أن الأمطار غزيرة. واتفق الجانبان على التعاون."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "AGREE"]


def test_the_agreement_noun_after_a_signing_verb_is_no_event_of_its_own(monkeypatch):
    events, _ = _events("وقعت ليلى العمري اتفاقية تعاون مع منصور الحداد.", NAMES, monkeypatch)
    assert _one(events, "SIGN")[2:] == (frozenset({"ليلى العمري"}), frozenset({"منصور الحداد"}))
    assert not [e for e in events if e[0] == "COOPERATE"]


def test_a_denied_visit_is_not_reported(monkeypatch):
    events, _ = _events("نفى سامي النجار أنه زار القاهرة والتقى كريم الفاضل.", NAMES, monkeypatch)
    assert "reported" not in {e[1] for e in events}


def test_a_ceremony_attended_leads_to_what_it_was_of(monkeypatch):
    events, _ = _events("حضر سامي النجار حفل افتتاح جامعة الشمال.", {**NAMES, "جامعة الشمال": "ORG"}, monkeypatch)
    assert _one(events, "ATTEND")[2:] == (frozenset({"سامي النجار"}), frozenset({"جامعة الشمال"}))


def test_an_envoy_title_with_lada_and_a_name_is_one_actor(monkeypatch):
    events, _ = _events("استقبل سامي النجار أمس سفير الأردن لدى مصر كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


@pytest.mark.parametrize("text", [
    "وقال سامي النجار، في تصريحات أذيعت على الهواء مباشرة خلال زيارة إلى الأردن، إن الوضع صعب.",
    "سعى سامي النجار خلال زيارة إلى الأردن أمس إلى طمأنة الحكومة.",
])
def test_a_trip_during_the_clause_is_its_subjects(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))


def test_a_trip_during_a_quoted_clause_is_not_the_speakers(monkeypatch):
    events, _ = _events("قال سامي النجار: «التقيت كريم الفاضل خلال زيارة إلى الأردن».", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "VISIT"]


def test_the_places_a_tour_includes_are_its_destinations(monkeypatch):
    events, _ = _events("يبدأ سامي النجار غدا جولة أوروبية تشمل بريطانيا وفرنسا، لتفعيل الشراكة.", NAMES, monkeypatch)
    assert _one(events, "TRAVEL")[1:] == ("planned", frozenset({"سامي النجار"}), frozenset({"بريطانيا", "فرنسا"}))


def test_a_subject_before_an_apposition_with_a_preposition(monkeypatch):
    text = "قال المجلس إن ليلى العمري، منسقة السياسة الخارجية في جامعة الشمال، ستجري محادثات مع كريم الفاضل."
    events, _ = _events(text, {**NAMES, "جامعة الشمال": "ORG"}, monkeypatch)
    assert _one(events, "TALKS")[1:] == ("planned", frozenset({"ليلى العمري"}), frozenset({"كريم الفاضل"}))


def test_an_apposition_holding_a_relative_clause_gives_no_subject(monkeypatch):
    text = "قال المجلس إن ليلى العمري، التي تعمل في جامعة الشمال، ستجري محادثات مع كريم الفاضل."
    events, _ = _events(text, {**NAMES, "جامعة الشمال": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS" and "جامعة الشمال" in e[2]]


def test_honorific_pronouns_stand_for_the_one_person_named_with_that_title(monkeypatch):
    text = ("وصل صاحب السمو الأمير سامي النجار إلى القاهرة أمس، وكان في استقباله فخامة الرئيس كريم الفاضل. "
            "وعقد فخامته اجتماعا مع سموه. وقال سامي النجار إن كريم الفاضل صديق.")
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"سامي النجار"}))


def test_an_honorific_pronoun_shared_by_two_people_names_nobody(monkeypatch):
    text = ("التقى صاحب السمو الأمير سامي النجار أمس مع صاحب السمو الأمير منصور الحداد. "
            "وعقد فخامة الرئيس كريم الفاضل اجتماعا مع سموه.")
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET" and "كريم الفاضل" in e[2]]


# -- war reports: collective actors, doers after the noun, sites, claims, words ------------------
WAR = {**ORGS, "عبدالله صالح": P, "المقاومة الشعبية": "ORG"}


def test_a_bare_coalition_is_the_one_fighting_in_the_story_country(monkeypatch):
    yemen = "وشنت طائرات التحالف غارات على مواقع المتمردين في صنعاء. وقال مسؤول إن القصف طال عدن وتعز في اليمن."
    events, _ = _events(yemen, NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف العربي"}), frozenset({"صنعاء"}))
    syria = "وشنت طائرات التحالف غارات على مواقع المتمردين في الرقة. وقال مسؤول إن القصف طال حلب وحمص في سوريا."
    events, _ = _events(syria, NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2] == frozenset({"التحالف الدولي ضد داعش"})


def test_a_bare_coalition_is_no_group_where_another_of_that_name_is_named(monkeypatch):
    text = "وأعلن التحالف الوطني في بغداد موقفه. وشن التحالف هجوما على مواقع المتمردين في الموصل بالعراق."
    events, _ = _events(text, {**NAMES, "التحالف الوطني": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events
    events, _ = _events("وقال سامي النجار إن التحالف بين مصر والأردن قوي.", NAMES, monkeypatch)
    assert not [e for e in events if "التحالف العربي" in e[2] | e[3]], events


def test_an_attack_with_its_doer_after_it(monkeypatch):
    text = "وتصدى الجيش لهجمات شنها المسلحون الحوثيون والموالون للرئيس السابق علي عبدالله صالح على مواقع حركة حماس في مأرب."
    events, _ = _events(text, WAR, monkeypatch)
    attacks = [e for e in events if e[0] == "ATTACK" and "جماعة الحوثي" in e[2]]
    assert len(attacks) == 1 and "حركة حماس" in attacks[0][3] and "عبدالله صالح" not in attacks[0][3], events


def test_a_name_in_another_case_than_the_force_noun_is_its_object(monkeypatch):
    events, _ = _events("وقصفت المقاتلات الحوثيين في صعدة.", NAMES, monkeypatch)
    assert not [e for e in events if "جماعة الحوثي" in e[2]], events


def test_who_repels_an_attack_fights_its_doer(monkeypatch):
    events, _ = _events("وتصدت حركة حماس والجيش، أمس، لهجوم حزب الله على مواقعها.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"حزب الله"}))


def test_a_nationality_after_a_definite_attack_noun_is_its_doer(monkeypatch):
    events, _ = _events("وأدان سامي النجار الغارات الروسية على حلب.", NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"روسيا"}), frozenset({"حلب"}))
    events, _ = _events("وأدان سامي النجار الغارات الروسية.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_a_support_noun_takes_the_doer_of_the_noun_before_it(monkeypatch):
    text = "وجاء ذلك في ظل قيام الطائرات الحربية التركية بشن غارات على مواقع حزب الله في شمال العراق."
    events, _ = _events(text, ORGS, monkeypatch)
    kind, _, agents, others = _one(events, "ATTACK")
    assert agents == frozenset({"تركيا"}) and others == frozenset({"حزب الله", "العراق"})


def test_a_place_after_an_attacks_site_is_where_it_struck(monkeypatch):
    events, _ = _events("وذكر القيادي أن نحو 50 غارة نفذها التحالف على مواقع المتمردين في عدن خلال يومين.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"عدن"}))
    # a meeting is not read through its topic's place
    events, _ = _events("والتقى سامي النجار على هامش المؤتمر المنعقد في عدن.", NAMES, monkeypatch)
    assert not events, events


def test_a_claim_of_responsibility_names_the_attacker(monkeypatch):
    events, _ = _events("وتعرضت كينيا لسلسلة من هجمات أعلنت حركة حماس المسؤولية عنها.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"كينيا"}))
    events, _ = _events("وتعرضت كينيا لسلسلة من هجمات أعلنت حركة حماس أنها تدينها.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_seizing_a_city_is_an_attack(monkeypatch):
    events, _ = _events("وبعد سيطرة حركة حماس على مدينة حلب غادر سامي النجار.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"حلب"}))
    events, _ = _events("وعاد سامي النجار إلى المناطق التي تسيطر عليها حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_clashes_between_two_groups(monkeypatch):
    events, _ = _events("واندلعت اشتباكات عنيفة بين حزب الله وحركة حماس في بيروت.", ORGS, monkeypatch)
    kind, _, agents, others = _one(events, "ATTACK")
    assert agents | others >= {"حزب الله", "حركة حماس"}


def test_an_arrest_told_with_alqa_alqabd(monkeypatch):
    events, _ = _events("وألقت حركة حماس القبض على سامي النجار في القاهرة.", ORGS, monkeypatch)
    assert _one(events, "ARREST")[2:] == (frozenset({"حركة حماس"}), frozenset({"سامي النجار", "القاهرة"}))
    events, _ = _events("وألقى سامي النجار كلمة في حفل حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ARREST"], events


def test_a_persons_attack_is_criticism_and_a_forces_an_attack(monkeypatch):
    events, _ = _events("وهاجم سامي النجار حركة حماس في مؤتمر صحفي.", ORGS, monkeypatch)
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))
    assert not [e for e in events if e[0] == "ATTACK"]
    events, _ = _events("وهاجمت قوات التحالف مواقع حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2] == frozenset({"التحالف"})
    events, _ = _events("وشن سامي النجار هجوما حادا على حركة حماس.", ORGS, monkeypatch)
    assert [e[0] for e in events] == ["CRITICIZE"], events
    # a commander's own attack, told by its noun, stays one
    events, _ = _events("وساعد الملك القائد سامي النجار في هجومه على بيروت.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"سامي النجار"}), frozenset({"بيروت"}))


def test_a_long_story_naming_clubs_and_a_general_is_no_sports_report(monkeypatch):
    text = ("وقال الفريق سامي النجار إن الأندية الاجتماعية تعمل بانتظام، وإن التقرير الدوري صدر أمس. "
            "وشنت قوات التحالف غارات على مواقع حركة حماس في بيروت.")
    events, _ = _events(text, ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2] == frozenset({"التحالف"})


def test_a_match_report_with_few_league_words_is_still_sports(monkeypatch):
    text = ("وهاجم الهلال مرمى النصر منذ الدقيقة الأولى. وشن الهلال هجوما على النصر وسدد المهاجم تسديدة قوية. "
            "وأنقذ حارس النصر ركلة جزاء.")
    events, _ = _events(text, {"الهلال": "ORG", "النصر": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_a_relative_clause_on_a_name_after_a_preposition_has_it_as_subject(monkeypatch):
    events, _ = _events("وألقيت مسؤولية الهجوم على حزب الله، الذي كثف هجماته على الأردن.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حزب الله"}), frozenset({"الأردن"}))


def test_a_capital_and_its_name_are_one_target(monkeypatch):
    events, _ = _events("وذلك عقب سيطرة الميليشيات الحوثية على العاصمة صنعاء.", NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"جماعة الحوثي"}), frozenset({"صنعاء"}))


def test_aid_distributed_to_an_unnamed_group_is_placed(monkeypatch):
    text = "ووزع مركز الملك سلمان مساعدات غذائية على المتضررين في عدن."
    events, _ = _events(text, {"مركز الملك سلمان": "ORG"}, monkeypatch)
    assert _one(events, "AID")[2:] == (frozenset({"مركز الملك سلمان"}), frozenset({"عدن"}))
    events, _ = _events("وقصفت قوات التحالف مواقع المتمردين في أبين.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"أبين"}))


def test_control_is_an_attack_only_with_its_doer_named_after_it(monkeypatch):
    events, _ = _events("وبعد سيطرة حركة حماس على بيروت غادر سامي النجار.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"بيروت"}))
    for text in ("ويطالب سامي النجار بالاعتراف بالسيطرة الإسرائيلية على الجولان.",
                 "وقال سامي النجار إن على حركة حماس أن توطد سيطرتها على بيروت."):
        events, _ = _events(text, ORGS, monkeypatch)
        assert not [e for e in events if e[0] == "ATTACK"], (text, events)


def test_two_names_of_one_side_are_not_each_others_enemies(monkeypatch):
    text = "وتتواصل المواجهات في تعز بين القوات الموالية لسامي النجار وحركة حماس، من جهة، والمسلحين من جهة أخرى."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_the_object_of_a_doers_noun_stays_in_its_clause(monkeypatch):
    text = "لكن تشديد هجمات حركة حماس في السنة الجارية لم يترك لسامي النجار أي خيار."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_the_owner_of_an_attacks_site_is_its_target(monkeypatch):
    events, _ = _events("وشنت قوات التحالف غارات على مواقع لحركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"حركة حماس"}))
    # ل after a definite noun is no owner of a site (حضر الاجتماع الخاص لحركة حماس)
    events, _ = _events("وشنت قوات التحالف غارات على المواقع القريبة لحركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if "حركة حماس" in e[3]], events


def test_a_doer_that_leads_the_attack(monkeypatch):
    events, _ = _events("وحدث ذلك رغم غارات جوية يومية تقودها الولايات المتحدة على مواقع حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"الولايات المتحدة"}), frozenset({"حركة حماس"}))


def test_the_resistance_is_yemens_popular_resistance_only_in_a_yemeni_story(monkeypatch):
    yemen = "وسيطرت المقاومة على مواقع للمتمردين في تعز. وقال مسؤول في عدن إن القتال مستمر في اليمن."
    events, _ = _events(yemen, NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2] == frozenset({"المقاومة الشعبية"})
    lebanon = "وسيطرت المقاومة على مواقع في الجنوب. وقال مسؤول في بيروت إن القتال مستمر في لبنان وعدن."
    events, _ = _events(lebanon, NAMES, monkeypatch)
    assert not [e for e in events if "المقاومة الشعبية" in e[2]], events


def test_a_verbs_infinitive_after_an_aid_noun_owns_the_name_after_it(monkeypatch):
    # aid to confront Hamas is no aid to Hamas
    events, _ = _events("وعدت الأردن أن المساعدة الأميركية للتصدي لحركة حماس غير كافية.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "AID"], events
    events, _ = _events("وعدت الأردن أن المساعدات الأميركية لحركة حماس كبيرة.", ORGS, monkeypatch)
    assert _one(events, "AID")[2:] == (frozenset({"الولايات المتحدة"}), frozenset({"حركة حماس"}))


def test_a_doer_in_a_relative_clause_between_commas(monkeypatch):
    text = "وتناول المقال جدوى الغارات الجوية، التي تقودها الولايات المتحدة، على مواقع حركة حماس في سوريا."
    events, _ = _events(text, ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"الولايات المتحدة"}), frozenset({"حركة حماس", "سوريا"}))
    # a comma before another clause still ends the search for a doer
    events, _ = _events("ووقعت الغارات الجوية، وأدانتها الولايات المتحدة.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_air_force_is_a_force_noun(monkeypatch):
    events, _ = _events("وأكد شهود أن طيران التحالف نفذ غارات على مواقع حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"حركة حماس"}))


def test_an_attack_nouns_adjectives_do_not_keep_its_place_away(monkeypatch):
    events, _ = _events("وشنت قوات التحالف غارات جوية مكثفة في تعز.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"تعز"}))


# -- statements and stances ----------------------------------------------------
def test_congratulated_is_read_with_its_hamza_and_here_is_not(monkeypatch):
    # the matching key folds أ: هنأ "congratulated" must not be read as هنا "here", nor هنا as هنأ
    events, _ = _events({"a": "هنأ سامي النجار كريم الفاضل بمناسبة فوزه.", "b": "وهنأه كريم الفاضل."}, NAMES, monkeypatch)
    assert _one(events, "CONGRATULATE")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    events, _ = _events("قال سامي النجار هنا في عمان إن كريم الفاضل صديق.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "CONGRATULATE"], events


@pytest.mark.parametrize("text", ["أعرب سامي النجار عن دعمه لمصر.", "أكد سامي النجار دعم بلاده لمصر.",
                                  "وأوضح كريم الفاضل أن دعم سامي النجار لمصر ثابت."])
def test_support_in_the_complement_of_a_statement(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر"}))


def test_a_renewed_rejection_has_the_speaker_as_agent(monkeypatch):
    events, _ = _events("جدد سامي النجار رفضه للتدخل في شؤون مصر.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT"], events  # the rejection is of an act, not of Egypt
    events, _ = _events("وجدد سامي النجار رفضه لحركة حماس.", ORGS, monkeypatch)
    assert _one(events, "REJECT")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))


def test_standing_by_someone_is_support(monkeypatch):
    events, _ = _events("وقال سامي النجار إن مصر تقف إلى جانب الأردن.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"مصر"}), frozenset({"الأردن"}))
    events, _ = _events("لم تقف مصر إلى جانب الأردن.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[1] == "negated"
    events, _ = _events("وأضاف سامي النجار أن مصر تقف في وجه الإرهاب.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT"], events


def test_support_received_names_the_supporter_in_the_genitive(monkeypatch):
    # حظي X بدعم Y: Y supports X, not the other way round
    events, _ = _events("وحظيت ليلى العمري بدعم منصور الحداد.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"منصور الحداد"}), frozenset({"ليلى العمري"}))


def test_a_participle_of_manner_takes_its_clauses_subject(monkeypatch):
    events, _ = _events("وقال سامي النجار، مشيدا بمصر، إن الوضع جيد.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر"}))
    events, _ = _events("التقى سامي النجار كريم الفاضل، منتقدا الأردن.", NAMES, monkeypatch)
    # the object of the meeting is not who criticises
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))
    events, _ = _events("التقى سامي النجار كريم الفاضل، معربا عن تقديره لمصر.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر"}))


def test_a_quoted_we_is_the_speaker_and_a_quoted_third_party_is_not(monkeypatch):
    events, _ = _events("وقال سامي النجار: نحن ندعم مصر.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر"}))
    events, _ = _events("وقال سامي النجار إن مصر تدعم الأردن.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"مصر"}), frozenset({"الأردن"}))


def test_what_someone_is_thanked_for_is_the_thanked_ones_act(monkeypatch):
    events, _ = _events("رفع سامي النجار الشكر للرئيس كريم الفاضل على دعمه لمصر.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"مصر"}))
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_wished_stance_is_no_event_and_a_denied_one_is_negated(monkeypatch):
    events, _ = _events("يريد سامي النجار أن تدعم مصر الأردن.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT"], events
    events, _ = _events("نفى سامي النجار أن تكون مصر تدعم الأردن.", NAMES, monkeypatch)
    assert {e[1] for e in events if e[0] == "SUPPORT"} <= {"negated"}, events


def test_calls_and_demands_have_the_addressee_as_target(monkeypatch):
    texts = {"a": "طالب سامي النجار كريم الفاضل بالاستقالة.", "b": "وحث منصور الحداد مصر على وقف التصعيد.",
             "c": "وناشدت ليلى العمري الأردن التدخل."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert _one(events, "DEMAND")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    pairs = {e[2:] for e in events if e[0] == "REQUEST"}
    assert pairs == {(frozenset({"منصور الحداد"}), frozenset({"مصر"})), (frozenset({"ليلى العمري"}), frozenset({"الأردن"}))}


def test_an_organisation_noun_before_a_quoted_name_heads_the_agent(monkeypatch):
    events, _ = _events("واتهمت جماعة «حزب الله» مصر باستخدام القوة.", ORGS, monkeypatch)
    assert _one(events, "ACCUSE")[2:] == (frozenset({"حزب الله"}), frozenset({"مصر"}))


def test_praise_of_someones_role_is_praise_of_them(monkeypatch):
    texts = {"a": "وأشاد سامي النجار بدور مصر في المنطقة.", "b": "وأشاد كريم الفاضل بتكريم الأردن للفائزين."}
    events, _ = _events(texts, NAMES, monkeypatch)
    # a role (دور) is its holder's; another noun's genitive (تكريم الأردن) is not praised by it
    assert [e[2:] for e in events if e[0] == "PRAISE"] == [(frozenset({"سامي النجار"}), frozenset({"مصر"}))]


def test_a_conjoined_verb_with_an_object_pronoun_has_the_name_after_it_as_subject(monkeypatch):
    # وتدعمها الأردن: Jordan supports the raids (ها), not Egypt supporting Jordan
    events, _ = _events("وشنت مصر غارات جوية تقودها السعودية وتدعمها الأردن منذ مارس.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT"], events


def test_a_participle_with_no_named_clause_subject_gives_no_event(monkeypatch):
    # معربا سموه عن شكره: the prince of the clause is not named in it; the subject of a story's
    # earlier sentence is not the one who thanks
    texts = {"a": "والتقى سامي النجار كريم الفاضل. وكان الحفل ناجحا. وبين سموه أن الحفل ناجح، معربا سموه عن شكره لمصر."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE"], events


def test_the_doer_named_by_min_qibal_is_who_a_stance_is_about(monkeypatch):
    texts = {"a": "وأشاد سامي النجار بالجهود المبذولة من قبل مصر.", "b": "وأدان كريم الفاضل الهجوم من قبل حركة حماس على الأردن."}
    events, _ = _events(texts, ORGS, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر"}))
    assert _one(events, "CONDEMN")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"حركة حماس"}))


def test_a_renewed_demand_names_its_addressee(monkeypatch):
    events, _ = _events("وجدد سامي النجار مطالبته للرئيس كريم الفاضل، العمل على وقف القتال.", NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_request_noun_with_its_doer_in_the_genitive(monkeypatch):
    events, _ = _events("وجاءت الهدنة استجابة لطلب الرئيس سامي النجار في رسالته الموجهة أمس للرئيس كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_comma_and_a_new_conjoined_clause_end_a_nouns_targets(monkeypatch):
    # بناء على طلبه، واختيار X ... لمجلس Y: the council is no target of the request
    text = "وأعفى سامي النجار من منصبه بناء على طلبه، واختيار كريم الفاضل رئيسا لحركة حماس."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "REQUEST"], events


def test_a_quoted_first_person_singular_is_the_speaker(monkeypatch):
    events, _ = _events({"a": "وقال سامي النجار: «أدعو الأردن إلى الحوار».", "b": "وقال كريم الفاضل: أهنئ مصر بفوزها."}, NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))
    assert _one(events, "CONGRATULATE")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"مصر"}))
    # a past verb of form VIII in a quote keeps its own subject
    events, _ = _events("وقال سامي النجار: «اتهم كريم الفاضل الأردن بالتدخل».", NAMES, monkeypatch)
    assert _one(events, "ACCUSE")[2:] == (frozenset({"كريم الفاضل"}), frozenset({"الأردن"}))


def test_a_reports_issuer_is_the_subject_of_what_it_says(monkeypatch):
    events, _ = _events("وانتقد تقرير أخير لـ«حركة حماس» الأردن بشدة.", ORGS, monkeypatch)
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"حركة حماس"}), frozenset({"الأردن"}))
    # a report by a journalist names no issuer; the person after it is its object
    events, _ = _events("وانتقد تقرير صحفي سامي النجار.", ORGS, monkeypatch)
    assert not events, events


def test_a_title_with_a_named_state_is_held_only_by_that_states_officer(monkeypatch):
    # رئيس الأردن، رئيس وزراء الأردن: not the article's Egyptian prime minister (who is no subject here)
    texts = {"a": "التقى رئيس الوزراء المصري كريم الفاضل سامي النجار. وهنأ رئيس الأردن بذكرى اليوم الوطني، وهنأ منصور الحداد بفوزه.",
             "b": "التقى رئيس الوزراء المصري كريم الفاضل سامي النجار. واستقبل رئيس وزراء الأردن، وأجرى اتصالا هاتفيا بالرئيس منصور الحداد."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert {e[0] for e in events} == {"MEET"}, events


def test_a_king_and_a_president_side_by_side_are_two_actors(monkeypatch):
    names = {**NAMES, "سلمان بن عبدالعزيز": P}
    events, _ = _events("وهنأ خادم الحرمين الشريفين الرئيس سامي النجار بمناسبة فوزه، واستقبل منصور الحداد.", names, monkeypatch)
    assert not [e for e in events if "سامي النجار" in e[2]], events  # the president is congratulated, not the host
    events, _ = _events("والتقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس سامي النجار.", names, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سلمان بن عبدالعزيز"}), frozenset({"سامي النجار"}))


def test_a_conjoined_verb_shares_a_dropped_subject_and_takes_no_subject_after_it(monkeypatch):
    # هنأ [the king] الرئيس الأردني ...، واستقبل Y: Y is received, she receives nobody
    text = "وهنأ خادم الحرمين الشريفين الرئيس الأردني بمناسبة اليوم الوطني، واستقبل ليلى العمري في الرياض."
    events, _ = _events(text, {**NAMES, "الرياض": "GPE"}, monkeypatch)
    assert not [e for e in events if "ليلى العمري" in e[2]], events


def test_a_player_moving_to_a_club_in_a_sports_report_is_no_trip(monkeypatch):
    text = ("وانتقل اللاعب سيسك فابريغاس إلى برشلونة بعد موسم سجل فيه عشرة أهداف في الدوري. "
            "وقال المدرب إن الفريق يحتاج إلى لاعب في خط الوسط قبل المباراة المقبلة.")
    events, _ = _events(text, {"سيسك فابريغاس": "PERS"}, monkeypatch)
    assert not [e for e in events if e[0] == "TRAVEL"]
    events, _ = _events("وانتقل الرئيس اليمني عبد ربه منصور هادي إلى عدن.", {"عبد ربه منصور هادي": "PERS"}, monkeypatch)
    assert [e for e in events if e[0] == "TRAVEL"]


def test_a_meeting_with_a_channel_is_an_interview_not_a_meeting(monkeypatch):
    events, _ = _events("والتقى السفير ألبرتو فرنانديز مع قناة الجزيرة في الدوحة.", {"ألبرتو فرنانديز": "PERS"}, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]
    events, _ = _events("والتقى السفير ألبرتو فرنانديز مع وزير الخارجية القطري في الدوحة.", {"ألبرتو فرنانديز": "PERS"}, monkeypatch)
    assert [e for e in events if e[0] == "MEET"]



def test_a_meeting_with_a_channel_the_lexicon_does_not_know_is_an_interview(monkeypatch):
    # The channel is named by its head noun only (قناة ...), not by the orgs lexicon.
    text = "وقال رياض ياسين خلال لقاء مع قناة سكاي نيوز الإخبارية أمس إن الحوثيين أخطأوا."
    events, _ = _events(text, {"رياض ياسين": "PERS"}, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]

def test_taking_part_in_a_country_is_no_attendance(monkeypatch):
    events, _ = _events("واقتصرت مشاركة بريطانيا في سوريا على طلعات الاستطلاع.", {}, monkeypatch)
    assert not [e for e in events if e[0] == "ATTEND"]


def test_todays_weekday_moves_a_fetched_stamp_back_to_the_day_of_writing(monkeypatch):
    # The feed's stamp is a Tuesday (the day the page was fetched); the text's "today (Sunday)"
    # dates the article, and its later "this evening" with it.
    import kg.tag
    from kg.graph import build_graph
    from kg.ingest import make_document
    from kg.pipeline import process_document
    from kg.resolve import resolve_corpus
    from names_model import NamesModel

    monkeypatch.setattr(kg.tag, "load_model", lambda: NamesModel(NAMES))
    text = "وصل سامي النجار، اليوم (الاحد)، إلى عمان. واستقبل سامي النجار مساء اليوم كريم الفاضل."
    results = [process_document(make_document("a", text, date="2015-07-21 02:51:32"))]
    g = build_graph(results, resolve_corpus(results))
    dates = {d["event_type"]: d["date_iso"] for _, d in g.nodes(data=True) if d["type"] == "EVENT"}
    assert dates.get("MEET") == "2015-07-19"


def test_a_denied_ceasing_says_the_event_goes_on(monkeypatch):
    events, _ = _events("ولم تتوقف الغارات التي يشنها سامي النجار على كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "ATTACK")[1] == "reported"
    events, _ = _events("ولا تزال المحادثات بين سامي النجار وكريم الفاضل مستمرة.", NAMES, monkeypatch)
    assert _one(events, "TALKS")[1] == "reported"
    events, _ = _events("ولم يزر سامي النجار الأردن.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[1] == "negated"


# -- diplomacy and cooperation ------------------------------------------------------
ORGS2 = {**NAMES, "جامعة الشمال": "ORG", "شركة النور": "ORG", "منظمة الأمل": "ORG", "وزارة الصحة": "ORG"}


@pytest.mark.parametrize("text, partner", [
    ("توصل سامي النجار وكريم الفاضل إلى اتفاق.", "كريم الفاضل"),
    ("توصلت جامعة الشمال إلى اتفاق مع شركة النور بشأن منظمة الأمل.", "شركة النور"),
])
def test_reaching_an_agreement_is_an_agreement(text, partner, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    assert _one(events, "AGREE")[3] == frozenset({partner})


def test_an_agreement_not_reached_is_negated(monkeypatch):
    events, _ = _events("لم يتوصل سامي النجار وكريم الفاضل إلى اتفاق.", NAMES, monkeypatch)
    assert _one(events, "AGREE")[1] == "negated"


def test_a_player_signing_with_a_club_in_a_sports_report_is_no_signing(monkeypatch):
    text = "وقع اللاعب سامي النجار عقدا مع جامعة الشمال لمدة ثلاثة مواسم بعد انتهاء الدوري وسجل هدفا في المباراة أمام المنتخب."
    events, _ = _events(text, ORGS2, monkeypatch)
    assert not [e for e in events if e[0] in ("SIGN", "AGREE")]
    events, _ = _events("وقعت جامعة الشمال عقدا مع شركة النور لتطوير البحث.", ORGS2, monkeypatch)
    assert _one(events, "SIGN")[2:] == (frozenset({"جامعة الشمال"}), frozenset({"شركة النور"}))


@pytest.mark.parametrize("text", [
    "نظمت وزارة الصحة أمس بالتعاون مع منظمة الأمل حملة للتطعيم.",
    "أقامت وزارة الصحة حفلا بالتعاون مع منظمة الأمل.",
])
def test_done_in_cooperation_with_someone_is_cooperation(text, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    assert _one(events, "COOPERATE")[2:] == (frozenset({"وزارة الصحة"}), frozenset({"منظمة الأمل"}))


@pytest.mark.parametrize("text", ["طالب سامي النجار بالتعاون مع منظمة الأمل.", "أشاد سامي النجار بالتعاون مع منظمة الأمل."])
def test_cooperation_a_verb_asks_for_or_praises_is_no_cooperation(text, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "COOPERATE"]


def test_a_meeting_noun_with_its_doer_as_pronoun_takes_the_name_after_it(monkeypatch):
    events, _ = _events("قال سامي النجار خلال لقائه كريم الفاضل إن الوضع صعب.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    # the name after a noun with a pronoun is its object, never its doer
    events, _ = _events("غداة لقائه الملك كريم الفاضل في جدة ارتفعت الأسعار.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET" and "كريم الفاضل" in e[2]]


def test_a_reception_noun_with_its_host_and_guest(monkeypatch):
    events, _ = _events("جاء ذلك خلال استقبال سامي النجار لرئيس الوزراء كريم الفاضل في مكتبه.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    # في استقبال X: X is the guest; with no host named, no meeting
    events, _ = _events("وكان في استقبال كريم الفاضل لدى وصوله عدد من المسؤولين.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


@pytest.mark.parametrize("text", [
    "وقال سامي النجار في اجتماع مع كريم الفاضل إن الوضع صعب.",
    "وفي اجتماع مع كريم الفاضل، قال سامي النجار إن الوضع صعب.",
])
def test_a_speaker_speaking_in_a_meeting_with_someone_met_them(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_speaker_in_a_meeting_with_nobody_named_met_nobody(monkeypatch):
    events, _ = _events("وقال سامي النجار في اجتماع في مدينة الرياض إن الوضع صعب.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


def test_two_sides_stay_the_story_while_the_text_names_them(monkeypatch):
    text = "التقى سامي النجار وكريم الفاضل أمس. وأكد الجانبان أهمية العلاقات. واتفق الجانبان على التعاون."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "AGREE")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_title_holder_named_earlier_in_the_sentence_is_taken_up_again(monkeypatch):
    text = ("وصل الرئيس الأردني سامي النجار إلى القاهرة. وكان كريم الفاضل في استقبال النجار لدى وصوله "
            "حيث استعرض الرئيس الأردني حرس الشرف وصافح منصور الحداد.")
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"منصور الحداد"}))


def test_a_definite_title_after_a_comma_belongs_to_the_name_after_it(monkeypatch):
    events, _ = _events("وقال كريم الفاضل، الرئيس سامي النجار زار الأردن أمس.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"الأردن"}))
    # مستشار Y: an indefinite title takes the name after it as its genitive
    events, _ = _events("زارت ليلى العمري الأردن، مع منصور الحداد، مستشار سامي النجار.", NAMES, monkeypatch)
    assert _one(events, "VISIT")[3] == frozenset({"الأردن"})


def test_a_donation_is_aid(monkeypatch):
    events, _ = _events("تبرع سامي النجار بمليون ريال لمنظمة الأمل.", ORGS2, monkeypatch)
    assert _one(events, "AID")[2:] == (frozenset({"سامي النجار"}), frozenset({"منظمة الأمل"}))
    events, _ = _events("تبرعت شركة النور بالدم في مستشفى الرياض.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "AID"]


@pytest.mark.parametrize("text, modality", [
    ("ألغى سامي النجار زيارته إلى الأردن.", "negated"),
    ("أعلنت الرئاسة إلغاء زيارة سامي النجار إلى الأردن.", "negated"),
    ("أرجأ سامي النجار زيارته إلى الأردن.", "planned"),
])
def test_a_cancelled_or_postponed_visit_is_not_reported(text, modality, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "VISIT")[1] == modality


def test_the_topic_of_talks_after_libahth_is_no_target(monkeypatch):
    events, _ = _events("التقى سامي النجار كريم الفاضل لبحث دعم منظمة الأمل.", ORGS2, monkeypatch)
    assert _one(events, "MEET")[3] == frozenset({"كريم الفاضل"})


@pytest.mark.parametrize("text, kind", [
    ("غادر مدينة الرياض أمس الرئيس سامي النجار متوجها إلى الأردن.", "TRAVEL"),
    ("ويأتي التقرير في وقت يزور فيه الرئيس سامي النجار الأردن.", "VISIT"),
])
def test_a_trip_with_its_place_before_its_subject(text, kind, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert any(e[0] == kind and e[2] == frozenset({"سامي النجار"}) for e in events), events
    assert not [e for e in events if "الرياض" in e[2] or "الأردن" in e[2]]


def test_aid_a_support_noun_carries_after_an_aspect_verb_is_its_subjects(monkeypatch):
    text = "وبدأ مركز الملك سلمان أمس توزيع مساعدات غذائية على المتضررين في عدن."
    events, _ = _events(text, {"مركز الملك سلمان": "ORG"}, monkeypatch)
    assert _one(events, "AID")[2:] == (frozenset({"مركز الملك سلمان"}), frozenset({"عدن"}))


def test_transfer_talks_in_a_sports_report_are_no_talks(monkeypatch):
    text = ("وأكد اللاعب سامي النجار أنه تلقى مفاوضات من كريم الفاضل للانضمام إلى الفريق. "
            "وسجل اللاعب هدفين في المباراة الأخيرة من الدوري.")
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS"]


def test_a_body_discussing_a_matter_alone_holds_no_talks(monkeypatch):
    events, _ = _events("وناقش مجلس الشورى في مدينة الرياض تصريحات كريم الفاضل.", {**NAMES, "مجلس الشورى": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS"]


def test_talks_after_which_the_clause_tells_its_subjects_act(monkeypatch):
    text = "وكان سامي النجار، توصل في 13 يوليو (تموز) الحالي، إلى تسوية، عقب مفاوضات طويلة مع كريم الفاضل في القاهرة."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل", "القاهرة"}))


def test_talks_with_a_capital_standing_for_its_government(monkeypatch):
    events, _ = _events("وأجرى سامي النجار مفاوضات مع موسكو.", NAMES, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"سامي النجار"}), frozenset({"موسكو"}))


def test_a_team_leaving_for_its_camp_in_a_sports_report_is_no_trip(monkeypatch):
    text = ("وغادر اللاعب سامي النجار مدينة الرياض إلى معسكر الفريق في إسبانيا. "
            "وسجل اللاعب هدفين في المباراة الأخيرة من الدوري.")
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "TRAVEL"]


# -- stances: what a stance is about, whose it is ------------------------------------
STANCE = {**NAMES, "مجلس الأمن": "ORG"}


def _pairs(events, kind):
    return {(agents, others) for k, _, agents, others in events if k == kind}


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("أشاد سامي النجار بالجهود التي تبذلها مصر لحل الأزمة.", "PRAISE", "مصر"),
    ("ثمن سامي النجار الدعم الذي تقدمه مصر للاجئين.", "PRAISE", "مصر"),
    ("وأعرب سامي النجار عن تقديره للمبادرة التي أطلقتها مصر.", "PRAISE", "مصر"),
])
def test_a_stance_on_an_act_is_about_the_doer_a_relative_clause_names(text, kind, target, monkeypatch):
    events, _ = _events(text, STANCE, monkeypatch)
    assert (frozenset({"سامي النجار"}), frozenset({target})) in _pairs(events, kind), events


def test_a_relative_clause_naming_a_victim_or_a_backer_is_not_what_a_stance_is_about(monkeypatch):
    events, _ = _events("أدان سامي النجار الهجوم الذي استهدف مصر.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "CONDEMN" and "مصر" in e[3]], events
    events, _ = _events("ودعم سامي النجار الميليشيات التي تدعمها إيران.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT" and "سامي النجار" in e[2]], events


@pytest.mark.parametrize(("text", "kind", "agent", "target"), [
    ("أعلن سامي النجار رفضه لقرار مصر.", "REJECT", "سامي النجار", "مصر"),
    ("وأعلنت مصر تأييدها لليمن.", "SUPPORT", "مصر", "اليمن"),
    ("وقال سامي النجار إن كريم الفاضل أعلن رفضه لقرار مصر.", "REJECT", "كريم الفاضل", "مصر"),
])
def test_a_stance_noun_after_a_verb_of_saying_is_its_speakers(text, kind, agent, target, monkeypatch):
    events, _ = _events(text, STANCE, monkeypatch)
    assert _pairs(events, kind) == {(frozenset({agent}), frozenset({target}))}, events


def test_a_nationality_on_the_noun_a_stance_is_about_names_the_target(monkeypatch):
    events, _ = _events("وأعرب سامي النجار عن رفضه للتدخل الإيراني.", STANCE, monkeypatch)
    assert _pairs(events, "REJECT") == {(frozenset({"سامي النجار"}), frozenset({"إيران"}))}, events
    events, _ = _events("وأعربت مصر عن إدانتها الشديدة للقصف الإسرائيلي.", STANCE, monkeypatch)
    assert _pairs(events, "CONDEMN") == {(frozenset({"مصر"}), frozenset({"إسرائيل"}))}, events
    assert not [e for e in events if e[0] == "ATTACK"], events  # the bombing condemned is no attack of Egypt's
    events, _ = _events("أشاد سامي النجار بالاتفاق النووي الإيراني.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE"], events  # the nationality is the agreement's, not next to it


def test_a_criticism_in_a_phrase_of_manner_is_the_speakers(monkeypatch):
    events, _ = _events("وقال سامي النجار، في انتقاد واضح لمصر، إن الأزمة طويلة.", STANCE, monkeypatch)
    assert _pairs(events, "CRITICIZE") == {(frozenset({"سامي النجار"}), frozenset({"مصر"}))}, events


@pytest.mark.parametrize(("text", "target"), [
    ("قال سامي النجار إن تصريحات كريم الفاضل غير مقبولة.", "كريم الفاضل"),
    ("وقال سامي النجار إن القرار الأمريكي مرفوض.", "الولايات المتحدة"),
    ("قال سامي النجار إن التصريحات الأخيرة لمصر بشأن الأزمة غير مقبولة.", "مصر"),
    ("ونقلت الوكالة عن سامي النجار، وزير الخارجية، قوله إن قرار مجلس الأمن غير مقبول.", "مجلس الأمن الدولي"),
])
def test_an_act_the_speaker_calls_unacceptable_is_rejected(text, target, monkeypatch):
    events, _ = _events(text, STANCE, monkeypatch)
    assert _pairs(events, "REJECT") == {(frozenset({"سامي النجار"}), frozenset({target}))}, events


@pytest.mark.parametrize("text", [
    "قال سامي النجار إن الوضع في مصر غير مقبول.",  # a state of a place, no one's act
    "وذكر تقرير أن قرار مصر غير مقبول.",  # no speaker
    "قال سامي النجار إن مصر ترى أن قرار إسرائيل مرفوض.",  # someone else's view, in a clause of its own
    "قال سامي النجار إن قرار مصر مقبول.",  # acceptable
])
def test_no_rejection_without_a_speaker_an_act_and_its_owner(text, monkeypatch):
    events, _ = _events(text, STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT" and "سامي النجار" in e[2]], events


def test_a_verb_goes_on_with_the_opening_subject_past_a_quotation(monkeypatch):
    text = "ويكلف مجلس الأمن الوكالة «بالتحقق من الالتزامات التي اتخذتها إيران»، ويطالب إيران بالتعاون."
    events, _ = _events(text, STANCE, monkeypatch)
    assert _pairs(events, "DEMAND") == {(frozenset({"مجلس الأمن الدولي"}), frozenset({"إيران"}))}, events


def test_a_participle_of_manner_in_a_relative_clause_has_its_antecedent_as_subject(monkeypatch):
    events, _ = _events("وتحدثت المصادر عن كريم الفاضل الذي جدد عقده مع النادي رافضا العرض السعودي.", STANCE, monkeypatch)
    assert _pairs(events, "REJECT") == {(frozenset({"كريم الفاضل"}), frozenset({"المملكة العربية السعودية"}))}, events
    # the club a preposition governs inside the clause is no subject
    events, _ = _events("وتحدثت المصادر عن كريم الفاضل الذي جدد عقده مع مجلس الأمن رافضا العرض السعودي.", STANCE, monkeypatch)
    assert _pairs(events, "REJECT") == {(frozenset({"كريم الفاضل"}), frozenset({"المملكة العربية السعودية"}))}, events


def test_statements_against_someone_are_criticism(monkeypatch):
    events, _ = _events("وأثارت تصريحات سامي النجار الأخيرة ضد مصر غضبا واسعا.", STANCE, monkeypatch)
    assert _pairs(events, "CRITICIZE") == {(frozenset({"سامي النجار"}), frozenset({"مصر"}))}, events
    events, _ = _events("وقال سامي النجار في تصريحات لصحيفة مصرية إن الأزمة طويلة.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "CRITICIZE"], events


def test_the_doer_named_by_a_nouns_adjective_is_no_subject_for_a_participle(monkeypatch):
    text = "وبحث سامي النجار مع كريم الفاضل نقل الجرحى جراء الاعتداءات الإسرائيلية، مشيدا بدور مصر."
    events, _ = _events(text, STANCE, monkeypatch)
    assert _pairs(events, "PRAISE") == {(frozenset({"سامي النجار"}), frozenset({"مصر"}))}, events


def test_a_praise_ends_at_a_clause_of_time_after_it(monkeypatch):
    text = "أشاد سامي النجار رئيس البرلمان العربي بأداء رجال الأمن في مصر، إثر الإعلان عن الإطاحة بخلية مرتبطة بإيران."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE" and "إيران" in e[3]], events


def test_criticism_takes_its_object_not_a_later_phrase_in_li(monkeypatch):
    text = "وانتقد سامي النجار ظاهرة تهميش الوزير خلال الزيارات الدولية لرئيس مصر."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "CRITICIZE"], events


def test_a_title_of_a_committee_in_a_body_before_a_name_is_that_persons(monkeypatch):
    names = {**NAMES, "لجنة الأمن والدفاع": "ORG", "مجلس النواب العراقي": "ORG"}
    text = "وانتقد عضو لجنة الأمن والدفاع في مجلس النواب العراقي سامي النجار الموقف الأمريكي من الأزمة."
    events, _ = _events(text, names, monkeypatch)
    assert _pairs(events, "CRITICIZE") == {(frozenset({"سامي النجار"}), frozenset({"الولايات المتحدة"}))}, events
    # a place after في is where, and the name after it is the object
    events, _ = _events("والتقى رئيس لجنة الأمن والدفاع في بغداد سامي النجار.", names, monkeypatch)
    assert not [e for e in events if "سامي النجار" in e[2]], events


def test_statements_made_during_an_interview_criticise_nobody(monkeypatch):
    events, _ = _events("وجاءت تصريحات سامي النجار خلال اللقاء الذي أجراه الإعلامي كريم الفاضل في القناة.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "CRITICIZE"], events
    events, _ = _events("وأثنى سامي النجار على الجهود التي تبذلها مصر.", STANCE, monkeypatch)
    assert _pairs(events, "PRAISE") == {(frozenset({"سامي النجار"}), frozenset({"مصر"}))}, events


def test_a_speaker_who_says_someone_committed_crimes_accuses_them(monkeypatch):
    events, _ = _events("وقال سامي النجار إن إسرائيل ارتكبت جرائم حرب في غزة.", STANCE, monkeypatch)
    assert _pairs(events, "ACCUSE") == {(frozenset({"سامي النجار"}), frozenset({"إسرائيل"}))}, events
    for text in ("وقال سامي النجار إن مصر ترى أن إسرائيل ارتكبت جرائم.",  # Egypt's view
                 "وقال سامي النجار إنه ارتكب خطأ.",  # himself
                 "وارتكبت إسرائيل مجزرة في غزة."):  # no one's word
        events, _ = _events(text, STANCE, monkeypatch)
        assert not [e for e in events if e[0] == "ACCUSE"], (text, events)


def test_a_speaker_goes_on_unless_the_verb_has_an_unnamed_subject_of_its_own(monkeypatch):
    names = {"عادل الفارس": P}
    for text in ("أدان عادل الفارس إسرائيل. وقال الفارس في مؤتمر صحافي إن قرار مصر غير مقبول.",  # his surname, untagged
                 "أدان عادل الفارس إسرائيل. وأضاف: «إن قرار مصر غير مقبول»."):
        events, _ = _events(text, names, monkeypatch)
        assert _pairs(events, "REJECT") == {(frozenset({"عادل الفارس"}), frozenset({"مصر"}))}, (text, events)
    events, _ = _events("أدان عادل الفارس إسرائيل. وأكد العدني أن قرار مصر غير مقبول.", names, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT"], events  # العدني speaks, a man the tagger missed


def test_a_protest_at_someones_statements_is_against_them(monkeypatch):
    events, _ = _events("البحرين تحتج على تصريحات سامي النجار.", STANCE, monkeypatch)
    assert _pairs(events, "PROTEST") == {(frozenset({"البحرين"}), frozenset({"سامي النجار"}))}, events


def test_an_accusation_is_the_speaker_of_its_own_clause_not_of_one_further_on(monkeypatch):
    text = "وأكد العدني أن إسرائيل ارتكبت مجزرة في غزة، فيما قال سامي النجار إن المعارك مستمرة."
    events, _ = _events(text, STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "ACCUSE"], events


def test_statements_after_a_preposition_keep_their_genitive_doer(monkeypatch):
    events, _ = _events("ويرد الفريق على تصريحات سامي النجار ضد مصر.", STANCE, monkeypatch)
    assert _pairs(events, "CRITICIZE") == {(frozenset({"سامي النجار"}), frozenset({"مصر"}))}, events


# -- war and coercion: attacks told through their nouns, killings, detentions, sanctions -------
def test_a_verb_whose_subject_is_an_attack_noun_takes_the_nouns_doer(monkeypatch):
    events, _ = _events("واستهدفت غارات لحركة حماس مواقع حزب الله في بيروت.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"حزب الله", "بيروت"}))
    events, _ = _events("وقال سامي النجار إن غارات حركة حماس تستهدف بيروت.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"بيروت"}))
    # an attack noun that names no doer lends none
    events, _ = _events("واستهدفت غارات مواقع حزب الله في بيروت.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_li_after_an_indefinite_attack_names_its_doer_and_the_dead_before_it_its_target(monkeypatch):
    events, _ = _events("وقتل سامي النجار بغارة لحركة حماس في بيروت.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"سامي النجار", "بيروت"}))
    # ل on a place after the attack is what it struck, never who struck
    events, _ = _events("وأدان سامي النجار قصفا لحلب.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_the_holder_of_a_struck_site_is_the_target(monkeypatch):
    for text in ("وشنت قوات التحالف غارات على معسكر تسيطر عليه حركة حماس.",
                 "وشنت قوات التحالف غارات على مواقع تابعة لحركة حماس.",
                 "وقصفت قوات التحالف مواقع لحركة حماس."):
        events, _ = _events(text, ORGS, monkeypatch)
        assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"حركة حماس"})), (text, events)
    events, _ = _events("وزار سامي النجار معسكرا تسيطر عليه حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_the_doer_of_an_attack_names_the_sites_after_li(monkeypatch):
    events, _ = _events("وأسفر قصف حركة حماس لمواقع حزب الله عن مقتل العشرات.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"حزب الله"}))


def test_killing_needs_an_overt_armed_subject_and_an_object(monkeypatch):
    events, _ = _events("وقتلت قوات التحالف 30 عنصرا من حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"التحالف"}), frozenset({"حركة حماس"}))
    # unvowelled قتل is also passive: the one killed is no killer
    for text in ("وقتل سامي النجار في بيروت.", "وقتل مسلحو حركة حماس في غارة على بيروت.",
                 "وقتل قائد حركة حماس في بيروت.", "وقتل 20 شخصا في بيروت."):
        events, _ = _events(text, ORGS, monkeypatch)
        assert not [e for e in events if e[0] == "ATTACK" and e[2] & {"حركة حماس", "سامي النجار"}], (text, events)


def test_authorities_arrest_for_their_country_and_a_passive_arrest_has_no_doer(monkeypatch):
    for text in ("واعتقلت السلطات المصرية سامي النجار في القاهرة.", "واعتقلت السلطات المصرية الصحفي سامي النجار في القاهرة."):
        events, _ = _events(text, ORGS, monkeypatch)
        kind, _, agents, others = _one(events, "ARREST")
        assert agents == frozenset({"مصر"}) and "سامي النجار" in others, (text, events)
    events, _ = _events("واعتقل سامي النجار في القاهرة أمس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ARREST"], events


def test_a_detention_noun_has_the_detainee_as_genitive(monkeypatch):
    events, _ = _events("وجاء اعتقال سامي النجار على يد حركة حماس بعد أسابيع.", ORGS, monkeypatch)
    assert _one(events, "ARREST")[2:] == (frozenset({"حركة حماس"}), frozenset({"سامي النجار"}))
    events, _ = _events("وجددت حركة حماس حبس أربعة من أعضاء حزب الله.", ORGS, monkeypatch)
    assert _one(events, "ARREST")[2:] == (frozenset({"حركة حماس"}), frozenset({"حزب الله"}))
    # a detention that names no doer: the detainee is never its agent
    events, _ = _events("وندد كريم الفاضل باعتقال سامي النجار.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ARREST"], events


def test_imposing_sanctions_as_a_noun(monkeypatch):
    events, _ = _events("وقرر حزب الله فرض عقوبات على حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "SANCTION")[2:] == (frozenset({"حزب الله"}), frozenset({"حركة حماس"}))
    events, _ = _events("وقرر حزب الله فرض الأمن في بيروت.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "SANCTION"], events


def test_the_other_party_of_clashes_named_by_a_nationality(monkeypatch):
    events, _ = _events("واندلعت مواجهات بين قوات حزب الله وجنود إسرائيليين في بيروت.", ORGS, monkeypatch)
    kind, _, agents, others = _one(events, "ATTACK")
    assert agents == frozenset({"حزب الله"}) and others >= {"إسرائيل", "بيروت"}
    # fighters of a nationality are no state's arm: Palestine is no party
    events, _ = _events("واندلعت مواجهات بين قوات حزب الله وفدائيين فلسطينيين في بيروت.", ORGS, monkeypatch)
    assert not [e for e in events if "فلسطين" in e[3]], events


def test_an_attack_nouns_adjectival_clause_strikes_for_the_nouns_doer(monkeypatch):
    text = "وأطلق سامي النجار «حربا على الارهاب»، تستهدف حركة حماس."
    events, _ = _events(text, ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))
    # a definite war is no indefinite antecedent; a name between ends the clause
    for text in ("وأطلق سامي النجار الحرب على الارهاب، وتستهدف حركة حماس بيروت.",
                 "وأطلق سامي النجار حربا على حزب الله تستهدف حركة حماس."):
        events, _ = _events(text, ORGS, monkeypatch)
        assert not [e for e in events if e[0] == "ATTACK" and "حركة حماس" in e[3] and "سامي النجار" in e[2]], (text, events)


def test_an_assassination_has_the_victim_as_genitive(monkeypatch):
    events, _ = _events("وأدان سامي النجار اغتيال كريم الفاضل على يد حركة حماس.", ORGS, monkeypatch)
    assert [e[2:] for e in events if e[0] == "ATTACK"] == [(frozenset({"حركة حماس"}), frozenset({"كريم الفاضل"}))], events
    events, _ = _events("وأدان سامي النجار اغتيال كريم الفاضل.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_a_verbal_noun_between_a_title_and_a_nationality_keeps_them_apart(monkeypatch):
    events, _ = _events("وطالب الرئيس برفع العقوبات الأمريكية المفروضة على إيران.", NAMES, monkeypatch)
    assert _one(events, "SANCTION")[2:] == (frozenset({"الولايات المتحدة"}), frozenset({"إيران"}))
    assert not [e for e in events if e[0] == "DEMAND"], events


def test_a_passive_auxiliary_leaves_a_coercion_without_its_doer(monkeypatch):
    events, _ = _events("وأكد سامي النجار أنه سيتم فرض العقوبات على حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "SANCTION"], events
    events, _ = _events("وتم اعتقال كريم الفاضل من قبل حركة حماس.", ORGS, monkeypatch)
    assert _one(events, "ARREST")[2:] == (frozenset({"حركة حماس"}), frozenset({"كريم الفاضل"}))


def test_a_place_where_people_were_killed_is_no_killer(monkeypatch):
    text = "وتبعها قصف ثكنة في بيروت التي قتل فيها 241 جنديا و58 من قوات حزب الله."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if "بيروت" in e[2]], events


def test_one_side_of_clashes_is_no_partner(monkeypatch):
    text = "وتدور اشتباكات بين حركة حماس والقوات الموالية للرئيس اليمني من جهة، والمقاومة الشعبية من جهة أخرى."
    events, _ = _events(text, WAR, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK" and "اليمن" in e[3]], events


def test_a_detainee_named_by_a_pronoun_takes_no_name_after_the_doer(monkeypatch):
    text = "وتابع سامي النجار جهود الإفراج عن الرهينة الذي أعلن اختطافه من قبل حركة حماس (حزب الله)."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ARREST" and "حزب الله" in e[3]], events


def test_her_war_is_no_mans(monkeypatch):
    events, _ = _events("وقال سامي النجار إن الأردن ماضية في حربها على حركة حماس.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK" and "سامي النجار" in e[2]], events


def test_a_title_holders_forces_and_a_border_are_no_party_to_clashes(monkeypatch):
    text = "ودارت مواجهات بين حركة حماس وقوات الحرس الموالية للرئيس اليمني السابق، في بيروت."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if "اليمن" in e[3]], events
    text = "وجرح سبعة أشخاص في اشتباكات بين حركة حماس والمسلحين قرب بلدة الزبداني، الحدودية مع لبنان."
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if "لبنان" in e[3]], events


def test_a_military_operation_is_an_attack_and_a_unit_acts_for_its_holder(monkeypatch):
    text = "وقال المسؤولون إن قوة أمنية تابعة لحركة حماس شنت عملية عسكرية على بيروت."
    events, _ = _events(text, ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"بيروت"}))
    events, _ = _events("وأجرت حركة حماس عملية جراحية لسامي النجار في بيروت.", ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_a_war_is_read_only_with_its_doer_named(monkeypatch):
    events, _ = _events("بعد حرب حركة حماس على بيروت.", ORGS, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"حركة حماس"}), frozenset({"بيروت"}))
    for text in ("وقام سامي النجار بمقاطعة حليفه وبدأ حربا أهلية في بيروت.",
                 "وينظر سامي النجار لحركة حماس باعتبارها تشن حربا ضد حزب الله."):
        events, _ = _events(text, ORGS, monkeypatch)
        assert not [e for e in events if e[0] == "ATTACK" and "سامي النجار" in e[2]], (text, events)


# -- a verb's own subject, and subjects that do not cross a clause -----------------------------
CLAUSE_NAMES = {**NAMES, "إسرائيل": "GPE", "حماس": "ORG", "مصر": "GPE", "الأردن": "GPE", "فرنسا": "GPE",
                "إيران": "GPE", "الولايات المتحدة": "GPE"}


@pytest.mark.parametrize("text, kind", [("زار سامي النجار الأردن، واعتقلت إسرائيل 54 أسيرا في مصر.", "ARREST"),
                                        ("زار سامي النجار الأردن، وقصفت إسرائيل أمس بعض المواقع في مصر.", "ATTACK")])
def test_a_conjoined_verb_names_its_own_subject_before_its_object(text, kind, monkeypatch):
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert _one(events, kind)[2] == frozenset({"إسرائيل"})


def test_a_name_after_a_conjoined_verb_then_its_object_is_not_the_target(monkeypatch):
    text = "وتعتقل إسرائيل الآن 54 أسيرا، وترفض حماس أي حديث عن تبادل جديد مع إسرائيل."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT"]


@pytest.mark.parametrize("text, kind, target", [
    ("انتقد سامي النجار مصر وانتقد فرنسا هذا الأسبوع.", "CRITICIZE", "فرنسا"),  # هذا الأسبوع is when
    ("وصل سامي النجار إلى مصر وزار الأردن 3 مرات.", "VISIT", "الأردن"),  # a place after a travel verb is its object
])
def test_a_name_after_a_conjoined_verb_stays_its_object(text, kind, target, monkeypatch):
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert (frozenset({"سامي النجار"}), frozenset({target})) in [e[2:] for e in events if e[0] == kind]


def test_a_verb_in_a_predicative_phrase_is_not_the_speakers(monkeypatch):
    text = "ويرفض سامي النجار سياسة كريم الفاضل، وينظر لإيران باعتبارها دولة راعية للإرهاب وتشن هجمات على الولايات المتحدة."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert [e[0] for e in events] == ["REJECT"]


def test_the_clause_subject_goes_on_without_a_predicative_phrase(monkeypatch):
    text = "ويرفض سامي النجار سياسة كريم الفاضل، ويشن هجمات على الولايات المتحدة."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"سامي النجار"}), frozenset({"الولايات المتحدة"}))


def test_a_relative_clause_agent_ends_with_its_clause(monkeypatch):
    text = "وقام هذا القومي المعارض للزعيم كريم الفاضل الذي يؤيده منصور الحداد، بمقاطعة حليفه وهاجم الأردن."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({"منصور الحداد"}), frozenset({"كريم الفاضل"}))
    assert not [e for e in events if e[0] in ("ATTACK", "CRITICIZE")]


def test_after_a_relative_clause_the_outer_subject_goes_on(monkeypatch):
    text = "وأيد منصور الحداد كريم الفاضل الذي يؤيده سامي النجار، وهاجم الأردن."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert _one(events, "CRITICIZE")[2:] == (frozenset({"منصور الحداد"}), frozenset({"الأردن"}))


def test_the_antecedent_subject_of_a_relative_clause_goes_on_after_it(monkeypatch):
    text = "وأقدم سامي النجار الذي وصل إلى مصر عام 2009، على خطوة تاريخية، إذ أجرى اتصالا هاتفيا مع كريم الفاضل."
    events, _ = _events(text, CLAUSE_NAMES, monkeypatch)
    assert _one(events, "CALL")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


# -- a participle of support, a noun spelled out as names ---------------
SPELLED = {**CLAUSE_NAMES, "حركة حماس": "ORG", "حزب الله": "ORG"}


@pytest.mark.parametrize("text, agent, target", [
    ("وقالت إيران الداعمة لحركة حماس إنها لن تغير موقفها.", "إيران", "حركة حماس"),
    ("وظل موقف مصر المساند لنظام كريم الفاضل ثابتا.", "مصر", "كريم الفاضل"),
    ("وأكدت فرنسا المؤيدة للرئيس سامي النجار أنها ستواصل جهودها.", "فرنسا", "سامي النجار"),
])
def test_a_participle_of_support_on_a_name(text, agent, target, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert _one(events, "SUPPORT")[2:] == (frozenset({agent}), frozenset({target}))


@pytest.mark.parametrize("text", ["وقالت الدول الداعمة لحركة حماس إنها لن تغير موقفها.",
                                  "وتحدث التقرير عن المواقف الداعمة لمصر في الأزمة."])
def test_a_participle_on_a_noun_names_no_supporter(text, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT"], events


def test_parties_spelled_out_after_a_plural_noun(monkeypatch):
    events, _ = _events("كما تم التوقيع بين الأعضاء المؤسسين وهم، حركة حماس، وحزب الله.", SPELLED, monkeypatch)
    sign = _one(events, "SIGN")
    assert sign[2] | sign[3] == frozenset({"حركة حماس", "حزب الله"})


def test_targets_spelled_out_after_a_plural_noun(monkeypatch):
    events, _ = _events("وزار سامي النجار ثلاث دول، وهي مصر والأردن وفرنسا.", SPELLED, monkeypatch)
    assert _one(events, "VISIT")[2:] == (frozenset({"سامي النجار"}), frozenset({"مصر", "الأردن", "فرنسا"}))


@pytest.mark.parametrize("text", ["والتقى سامي النجار الوفد، وهم يستعدون لزيارة مصر.",
                                  "والتقى سامي النجار الوفد، وهم في طريقهم إلى مصر."])
def test_a_pronoun_that_opens_a_clause_spells_out_nothing(text, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"], events


# -- a quoted past verb in the first person plural: the speaker's side ---------------------------
@pytest.mark.parametrize("text, kind", [("وقال سامي النجار: «ناقشنا ذلك مع حركة حماس أمس».", "TALKS"),
                                        ("وقال سامي النجار: «التقينا بالرئيس كريم الفاضل في مصر».", "MEET")])
def test_a_quoted_past_verb_in_we_has_the_speaker_as_agent(text, kind, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    event = _one(events, kind)
    assert event[2] == frozenset({"سامي النجار"}) and event[3] & {"حركة حماس", "كريم الفاضل"}


@pytest.mark.parametrize("text", ["وقال سامي النجار: «استقبلنا الرئيس كريم الفاضل في منزله».",  # or: he received us
                                  "ناقشنا ذلك مع حركة حماس أمس."])  # no one quoted
def test_a_past_verb_in_we_with_a_name_after_it_or_unquoted_names_no_one(text, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert not [e for e in events if "سامي النجار" in e[2] or e[0] == "TALKS"], events


# -- a noun of purpose (لدعم Y، لمساعدة Y): who acts for it, and what it is done to -------------
@pytest.mark.parametrize("text, kind, agents, target", [
    ("وأرسلت مصر قوات لدعم حركة حماس.", "SUPPORT", {"مصر"}, "حركة حماس"),  # the force joins the name's phrase
    ("وتعهدت فرنسا والأردن بتخصيص مساعدات أكبر لمساعدة مصر في مراقبة حدودها.", "AID", {"فرنسا", "الأردن"}, "مصر"),
])
def test_the_subject_of_the_opening_verb_does_what_a_purpose_noun_says(text, kind, agents, target, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert _one(events, kind)[2:] == (frozenset(agents), frozenset({target}))


@pytest.mark.parametrize("text", ["وطالب سامي النجار المجتمع الدولي لدعم مصر.",
                                  "ودعا سامي النجار الدول المانحة لمساعدة الأردن."])
def test_whom_a_speaker_calls_on_does_the_purpose_not_the_speaker(text, monkeypatch):
    events, _ = _events(text, SPELLED, monkeypatch)
    assert not [e for e in events if e[0] in ("SUPPORT", "AID")], events


# -- what was attended: the organiser or host of an unnamed event --------------------------------
ORGANISERS = {**SPELLED, "جامعة الدول العربية": "ORG"}


@pytest.mark.parametrize("text", ["وشارك سامي النجار في المؤتمر الذي نظمته جامعة الدول العربية في عمان.",
                                  "وشارك سامي النجار في الاجتماع، الذي استضافته جامعة الدول العربية."])
def test_attending_an_event_someone_organised(text, monkeypatch):
    events, _ = _events(text, ORGANISERS, monkeypatch)
    assert _one(events, "ATTEND")[2:] == (frozenset({"سامي النجار"}), frozenset({"جامعة الدول العربية"}))


@pytest.mark.parametrize("text", ["وشارك سامي النجار في المؤتمر الذي حضره كريم الفاضل.",
                                  "وشارك سامي النجار في المؤتمر الذي عقد في الأردن بحضور جامعة الدول العربية."])
def test_a_relative_clause_that_names_no_organiser(text, monkeypatch):
    events, _ = _events(text, ORGANISERS, monkeypatch)
    assert not [e for e in events if e[0] == "ATTEND" and e[3] & {"كريم الفاضل", "جامعة الدول العربية"}], events


# -- precision on ordinary news: offices, dates of their own clause, modality, topics ------------
def _dated(text, monkeypatch, names=NAMES):
    """(type, modality, agents, others, date_iso) of every event, the document written 2015-07-21."""
    return event_rows(text, names, monkeypatch)


def test_a_bare_title_is_not_the_holder_of_another_office(monkeypatch):
    # the article's prime minister is no holder of "the president": a list item with no doer named
    text = ("استقبل رئيس الوزراء الأردني سامي النجار كريم الفاضل. "
            "وفي يوم الاثنين هنأ الرئيس الأردني بذكرى الاستقلال، وهنأ رئيس مصر بذكرى الثورة، واستقبل منصور الحداد.")
    events = _dated(text, monkeypatch)
    assert [e[:4] for e in events] == [("MEET", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_bare_title_stands_for_the_holder_of_the_same_office(monkeypatch):
    text = "استقبل وزير الخارجية الأردني سامي النجار كريم الفاضل. وزار وزير الخارجية الأردني مصر."
    events = _dated(text, monkeypatch)
    assert ("VISIT", frozenset({"سامي النجار"}), frozenset({"مصر"})) in {(e[0], e[2], e[3]) for e in events}


def test_a_bare_title_is_not_the_holder_of_its_assistants_office(monkeypatch):
    # the article's assistant foreign minister is no holder of "the foreign minister"
    text = "استقبل مساعد وزير الخارجية الأردني سامي النجار كريم الفاضل. وزار وزير الخارجية الأردني مصر."
    events = _dated(text, monkeypatch)
    assert not any(e[0] == "VISIT" and "سامي النجار" in e[2] for e in events), events


def test_a_bare_title_stands_for_no_one_when_the_article_names_two_with_it(monkeypatch):
    # جلالة الملك after the host king and a guest's king were both named «الملك»: either of them
    names = dict(NAMES, **{"سلمان بن عبدالعزيز": P, "عبدالله الثاني": P})
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ملك المملكة العربية السعودية أخاه الملك عبدالله الثاني. "
            "وعبر سامي النجار عن شكره لجلالة الملك على حسن الاستقبال.")
    events, _ = _events(text, names, monkeypatch)
    praise = [e for e in events if e[0] == "PRAISE"]
    assert not any("سلمان بن عبدالعزيز" in e[3] for e in praise), praise


@pytest.mark.parametrize("text, dates", [
    # the date of the saying does not date the plan told after إنه
    ("قال سامي النجار أمس إنه يعتزم زيارة الأردن.", {"VISIT": ""}),
    ("زار سامي النجار الأردن أمس.", {"VISIT": "2015-07-20"}),
    # two clauses, two dates: each event takes its own
    ("زار سامي النجار الأردن الشهر الماضي، ودعا كريم الفاضل إلى الحوار الأسبوع الماضي.",
     {"VISIT": "2015-06", "REQUEST": "2015-07-13/2015-07-19"}),
    # a fronted date goes on over the verbs joined to the first
    ("وفي يوم 23 مارس هنأ سامي النجار كريم الفاضل، واستقبل منصور الحداد.",
     {"CONGRATULATE": "2015-03-23", "MEET": "2015-03-23"}),
    # a habitual act has no date, whatever date the sentence gives another clause
    ("ووقع الانفجار صباح اليوم في عمان، حيث كثيرا ما يشن مسلحو حركة النصر هجمات على الأردن.", {"ATTACK": ""}),
    # a relative clause keeps its date to itself
    ("التقى سامي النجار أمس كريم الفاضل الذي زار الأردن الشهر الماضي.", {"MEET": "2015-07-20", "VISIT": "2015-06"}),
    # a programme run over days of one month has the range, not its last day
    ("وينفذ سامي النجار بالتعاون مع كريم الفاضل خلال الفترة من 3 إلى 14 أغسطس برنامجا تدريبيا.",
     {"COOPERATE": "2015-08-03/2015-08-14"}),
])
def test_an_event_takes_the_date_of_its_own_clause(text, dates, monkeypatch):
    events = _dated(text, monkeypatch, {**NAMES, "حركة النصر": "ORG"})
    assert {e[0]: e[4] for e in events if e[0] in dates} == dates


def test_a_plan_is_not_dated_by_a_day_gone_by(monkeypatch):
    events = _dated("وأعلن سامي النجار زيارته المرتقبة إلى الأردن الأسبوع الماضي.", monkeypatch)
    assert [(e[1], e[4]) for e in events if e[0] == "VISIT"] == [("planned", "")]
    # the day before the feed's stamp may be the day after the writing (غدا الاثنين read on Tuesday)
    events = _dated("وستجري ليلى العمري محادثات مع سامي النجار على هامش الاجتماع المقرر غدا الاثنين.", monkeypatch)
    assert [(e[1], e[4]) for e in events if e[0] == "TALKS"] == [("planned", "2015-07-20")]


def test_a_negated_intention_to_suspend_keeps_the_act(monkeypatch):
    events = _dated("ولم تقدم مصر أي مؤشر على نيتها تعليق دعمها للأردن.", monkeypatch)
    assert [e[1] for e in events if e[0] == "SUPPORT"] == ["reported"]


def test_a_suspended_act_is_negated(monkeypatch):
    events = _dated("وقررت مصر تعليق دعمها للأردن.", monkeypatch)
    assert [e[1] for e in events if e[0] == "SUPPORT"] == ["negated"]


def test_an_offer_is_no_act_done(monkeypatch):
    events = _dated("وينشط سامي النجار عارضا خدماته أي خدمات مصر لمساعدة دروز الأردن.", monkeypatch)
    assert [e[1] for e in events if e[0] == "AID"] == ["planned"]


@pytest.mark.parametrize("text, modality", [
    ("وأكد المصدر أن لقاء سامي النجار وكريم الفاضل سيكون في عمان.", "planned"),
    ("وجرى لقاء سامي النجار وكريم الفاضل في عمان.", "reported"),
])
def test_an_event_noun_under_a_future_copula_is_planned(text, modality, monkeypatch):
    events = _dated(text, monkeypatch)
    assert {e[1] for e in events if e[0] == "MEET"} == {modality}


def test_an_event_noun_after_a_preposition_of_topic_is_no_event(monkeypatch):
    text = "وافق المجلس على تفويض سامي النجار بالتباحث حول مشروع مذكرة في شأن المشاورات بين الأردن ومصر."
    events = _dated(text, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS" and "مصر" in e[3]]


def test_the_agreement_itself_is_still_an_event(monkeypatch):
    events = _dated("ووقعت الأردن اتفاقا مع مصر.", monkeypatch)
    assert [e[0] for e in events] == ["SIGN"]


@pytest.mark.parametrize("text", [
    "ذهب سامي النجار إلى زيارة كريم الفاضل في عمان.",
    "توجه سامي النجار إلى عمان لزيارة كريم الفاضل.",
])
def test_who_went_to_visit_is_the_visitor(text, monkeypatch):
    events = _dated(text, monkeypatch)
    visits = [e for e in events if e[0] == "VISIT"]
    assert visits and all(e[2] == frozenset({"سامي النجار"}) and "كريم الفاضل" in e[3] for e in visits)


def test_a_visit_genitive_without_a_journey_is_the_visitor(monkeypatch):
    events = _dated("وأثارت زيارة كريم الفاضل إلى عمان جدلا.", monkeypatch)
    assert [e[2] for e in events if e[0] == "VISIT"] == [frozenset({"كريم الفاضل"})]


def test_a_part_of_an_organisations_name_is_no_target_of_its_act(monkeypatch):
    names = {"مجموعة ترينيتي ميرور": "ORG", "ميرور": "ORG", "سامي النجار": P}
    events = _dated("وانتقدت مجموعة ترينيتي ميرور ميرور. وانتقدت مجموعة ترينيتي ميرور سامي النجار.", monkeypatch, names)
    assert {(e[0], e[3]) for e in events} == {("CRITICIZE", frozenset({"سامي النجار"}))}


def test_a_father_named_in_a_persons_chain_can_be_a_target(monkeypatch):
    names = {"محمد بن سلمان بن عبد العزيز": P, "سلمان بن عبد العزيز": P}
    events = _dated("والتقى محمد بن سلمان بن عبد العزيز سلمان بن عبد العزيز في جدة.", monkeypatch, names)
    assert ("MEET", frozenset({"سلمان بن عبد العزيز"})) in {(e[0], e[3] - {"جدة"}) for e in events}


def test_a_bare_head_noun_is_no_participant(monkeypatch):
    # «الاتفاق الذي ...»: a quote opening with "the agreement" names no body (the tagger took it for one)
    names = {"الاتفاق": "ORG", "اتفاق الصخيرات": "ORG", "الأمم المتحدة": "ORG"}
    events = _dated("وقال المبعوث إن «الاتفاق الذي تسانده الأمم المتحدة هو الوسيلة». "
                    "وتساند الأمم المتحدة اتفاق الصخيرات.", monkeypatch, names)
    assert [(e[0], e[3]) for e in events] == [("SUPPORT", frozenset({"اتفاق الصخيرات"}))]


def test_a_topic_ends_where_a_time_phrase_opens(monkeypatch):
    text = "ودعت ليلى العمري إلى تسوية بشأن النزاع القائم عقب لقائها مع سامي النجار."
    events = _dated(text, monkeypatch)
    assert ("MEET", frozenset({"ليلى العمري"}), frozenset({"سامي النجار"})) in {e[0:1] + e[2:4] for e in events}


def test_a_wish_to_visit_is_no_visit_made(monkeypatch):
    events = _dated("وأعرب سامي النجار عن رغبته في زيارة الأردن.", monkeypatch)
    assert "reported" not in {e[1] for e in events if e[0] == "VISIT"}


def test_a_noun_owns_the_date_after_it_when_no_verb_does(monkeypatch):
    text = "وتتجه الأنظار إلى المحادثات المرتقبة يوم 30 يوليو في عمان، حيث يبحث سامي النجار مع كريم الفاضل الأسعار."
    events = _dated(text, monkeypatch)
    assert {e[4] for e in events if e[0] == "TALKS"} == {"2015-07-30"}


def test_a_verb_inside_a_quote_does_not_take_the_subject_outside_it(monkeypatch):
    text = "وعقب كريم الفاضل على تصريحات سامي النجار التي تدعو إلى الرحيل، بكون الأردن «تحترم القرار وستساعد مصر على نقل الرعايا»."
    events = _dated(text, monkeypatch)
    assert not [e for e in events if e[0] in ("SUPPORT", "AID") and "سامي النجار" in e[2]]


def test_a_conjoined_verb_outside_quotes_goes_on_with_the_subject(monkeypatch):
    events = _dated("وصل سامي النجار إلى عمان، وزار الأردن.", monkeypatch)
    assert ("VISIT", frozenset({"سامي النجار"})) in {(e[0], e[2]) for e in events}


def test_after_a_trips_destination_a_phrase_in_li_is_its_doer(monkeypatch):
    events = _dated("وقام سامي النجار بأول زيارة إلى عمان لوزير خارجية مصري منذ عام 1959.", monkeypatch)
    assert [e[3] for e in events if e[0] == "VISIT"] == [frozenset({"عمان"})]


def test_a_wish_in_another_clause_leaves_the_act_reported(monkeypatch):
    events = _dated("وأعرب سامي النجار عن رغبته في زيارة الأردن، بينما اتصل كريم الفاضل بالرئيس منصور الحداد.", monkeypatch)
    assert {e[1] for e in events if e[0] == "CALL"} == {"reported"}


# -- participants: institution references, claims, press conferences ------------------
def test_a_bare_institution_noun_acts_for_the_body_named_before(monkeypatch):
    text = "طلبت اليونان قرضا من صندوق النقد الدولي. وأكد الصندوق أنه سيبحث مع الحكومة اليونانية توقيت المفاوضات."
    events, _ = _events(text, {}, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"صندوق النقد الدولي"}), frozenset({"الحكومة اليونانية"}))


def test_a_bare_institution_noun_with_two_bodies_of_its_head_acts_for_none(monkeypatch):
    text = "اجتمع مجلس الأمن الدولي، وأقر مجلس الوزراء الخطة. وأكد المجلس أنه سيبحث مع الحكومة اليونانية الأزمة."
    events, _ = _events(text, {}, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS"]


def test_a_named_partner_joined_to_an_unnamed_one_is_a_target(monkeypatch):
    text = "وبحث سامي النجار مع المسؤولين الأوروبيين وكريم الفاضل ملف الطاقة."


# -- stance and diplomacy frames: solidarity, review with, commend, vow, ally, task, approve --
@pytest.mark.parametrize("text", [
    "أعلنت منظمة الأمل تضامنها مع جامعة الشمال.",
    "وتضامنت منظمة الأمل مع جامعة الشمال في محنتها.",
    "وأعرب سامي النجار عن تضامن منظمة الأمل مع جامعة الشمال.",
])
def test_solidarity_with_someone_is_support(text, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    support = _one(events, "SUPPORT")
    assert support[3] == frozenset({"جامعة الشمال"}) and support[2] & {"منظمة الأمل", "سامي النجار"}


@pytest.mark.parametrize("text", ["وقالت وزارة الصحة إن التضامن الاجتماعي واجب.", "دعت وزارة الصحة إلى التضامن مع المرضى."])
def test_solidarity_with_no_named_side_is_no_event(text, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "أعلنت منظمة الأمل تضامنها مع الشعب المصري.",
    "وأكد سامي النجار وقوف منظمة الأمل إلى جانب الشعب المصري.",
    "وأكد سامي النجار دعم ووقوف منظمة الأمل إلى جانب الشعب المصري.",
])
def test_standing_by_a_people_supports_its_nation(text, monkeypatch):
    events, _ = _events(text, ORGS2, monkeypatch)
    assert _one(events, "SUPPORT")[3] == frozenset({"مصر"})


def test_a_deal_with_an_institution_named_by_an_adjective_is_not_with_its_nation(monkeypatch):
    events, _ = _events("ووقعت جامعة الشمال مع البريد المصري اتفاقية لتوصيل الوثائق.", ORGS2, monkeypatch)
    assert not [e for e in events if "مصر" in e[3]]


def test_a_coordinated_verbal_noun_is_read_on_its_own(monkeypatch):
    events, _ = _events("وأكد سامي النجار وقوف مصر إلى جانب الأردن.", NAMES, monkeypatch)
    assert _one(events, "SUPPORT")[3] == frozenset({"الأردن"})


@pytest.mark.parametrize("text", [
    "استعرض سامي النجار مع كريم الفاضل العلاقات الثنائية.",
    "وتشاور سامي النجار مع كريم الفاضل حول الأوضاع في المنطقة.",
])
def test_reviewing_or_consulting_with_someone_is_talks(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "TALKS")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_press_conference_with_someone_is_a_meeting(monkeypatch):
    events, _ = _events("وقال سامي النجار في مؤتمر صحفي مشترك مع كريم الفاضل في الرياض إن العلاقات قوية.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    events, _ = _events("وشارك سامي النجار في مؤتمر عن الطاقة مع خبراء في الرياض.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]  # a conference, not a press conference: no meeting
    events, _ = _events("وقال سامي النجار في مؤتمر صحفي في الرياض إن العلاقات قوية.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]  # a press conference of one: no one met


@pytest.mark.parametrize("text", [
    "قتل عشرة أشخاص في تفجير سيارة مفخخة استهدف سوقا في مدينة الموصل، تبناه تنظيم داعش.",
    "أصيب جنود إثر انفجار عبوة ناسفة بمدينة الموصل، وتبنى تنظيم داعش مسؤوليته عن الحادث.",
    "وأعلن تنظيم داعش مسؤوليته عن الهجوم على سوق في مدينة الموصل.",
])
def test_the_group_that_claims_an_attack_attacked_where_it_struck(text, monkeypatch):
    events, _ = _events(text, {}, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"تنظيم الدولة الإسلامية"}), frozenset({"الموصل"}))


def test_an_unclaimed_blast_has_no_doer(monkeypatch):
    text = "وقع انفجار في مصنع بمدينة الموصل، ولم تعلن أي جهة مسؤوليتها، وقال تنظيم داعش إن قواته تتقدم."
    events, _ = _events(text, {}, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"]


def test_from_after_a_long_object_is_not_whom_is_asked(monkeypatch):
    # طلب X المساعدة من Y: Y is asked; after a long object, من belongs to a word of it (القادمين من).
    events, _ = _events("وطلب سامي النجار المساعدة العاجلة من كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))
    events, _ = _events("وطلب سامي النجار استمرار منع تأشيرات دخول القادمين من غينيا.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "REQUEST" and "غينيا" in e[3]], events


def test_a_review_with_no_partner_is_no_talks(monkeypatch):
    events, _ = _events("واستعرض سامي النجار التقرير السنوي لجامعة الشمال.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "TALKS"]


def test_commending_someone_is_praise_but_noting_is_not(monkeypatch):
    events, _ = _events("ونوه سامي النجار بدور جامعة الشمال.", ORGS2, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"جامعة الشمال"}))
    events, _ = _events("ونوه سامي النجار إلى أن جامعة الشمال ستفتتح فرعا.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE"]


def test_vowing_revenge_on_someone_is_a_threat(monkeypatch):
    events, _ = _events("وتوعد حزب الله حركة حماس بالرد.", ORGS, monkeypatch)
    assert _one(events, "THREATEN")[2:] == (frozenset({"حزب الله"}), frozenset({"حركة حماس"}))


def test_allying_with_someone_is_cooperation(monkeypatch):
    events, _ = _events("وتحالفت حركة حماس مع حزب الله.", ORGS, monkeypatch)
    assert _one(events, "COOPERATE")[2:] == (frozenset({"حركة حماس"}), frozenset({"حزب الله"}))


def test_office_holders_named_by_a_plural_noun_act_for_their_body(monkeypatch):
    events, _ = _events("وطلب أعضاء منظمة الأمل من سامي النجار تقديم التقرير.", ORGS2, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"منظمة الأمل"}), frozenset({"سامي النجار"}))
    events, _ = _events("وتوصل قادة جامعة الشمال إلى اتفاق مع منظمة الأمل.", ORGS2, monkeypatch)
    assert _one(events, "AGREE")[2:] == (frozenset({"جامعة الشمال"}), frozenset({"منظمة الأمل"}))


def test_a_single_office_holder_unnamed_is_not_his_body(monkeypatch):
    events, _ = _events("وطلب رئيس منظمة الأمل من سامي النجار تقديم التقرير.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "REQUEST" and "منظمة الأمل" in e[2]]


@pytest.mark.parametrize("text, kind", [
    ("وتقدم سامي النجار بالشكر إلى كريم الفاضل.", "PRAISE"),
    ("ورفع سامي النجار الشكر والتقدير إلى كريم الفاضل على دعمه.", "PRAISE"),
    ("ووجه سامي النجار انتقادات حادة إلى كريم الفاضل.", "CRITICIZE"),
])
def test_thanks_and_criticism_addressed_with_ila(text, kind, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, kind)[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_thanks_to_god_name_no_one(monkeypatch):
    events, _ = _events("وتقدم سامي النجار بالشكر إلى الله على نجاح الموسم في الأردن.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE"]


def test_a_relative_verb_with_a_pronoun_on_its_preposition_has_its_subject_after_it(monkeypatch):
    # the alliance is what the party takes part in, not who takes part
    events, _ = _events("وانتقدت منظمة الأمل، التي تشارك فيها جامعة الشمال، وزارة الصحة.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "ATTEND" and "منظمة الأمل" in e[2]]


def test_a_relative_on_a_nouns_genitive_keeps_the_genitive_as_its_dropped_subject(monkeypatch):
    events, _ = _events("وجاء نداء سامي النجار، الذي طلب فيه من كريم الفاضل المساعدة.", NAMES, monkeypatch)
    assert _one(events, "REQUEST")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


# -- read on random corpus articles (session 8) ----------------------------------
def test_a_verb_of_the_other_gender_does_not_carry_the_clause_subject_on(monkeypatch):
    # واشنطن took a feminine verb: the masculine طالب has the union after it as its own subject
    events, _ = _events("ونددت واشنطن بالهجوم، وطالب الاتحاد الأوروبي بعدم التهاون.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "DEMAND" and "واشنطن" in e[2]]
    events, _ = _events("ونددت واشنطن بالهجوم، وطالبت الاتحاد الأوروبي بعدم التهاون.", NAMES, monkeypatch)
    assert _one(events, "DEMAND")[2:] == (frozenset({"واشنطن"}), frozenset({"الاتحاد الأوروبي"}))


def test_an_arrangement_after_ala_an_is_planned(monkeypatch):
    text = "وصل سامي النجار إلى القاهرة للقاء منصور الحداد، على أن يلتقي في وقت لاحق بنظيره كريم الفاضل."
    events, _ = _events(text, NAMES, monkeypatch)
    assert [e[1] for e in events if e[0] == "MEET" and "كريم الفاضل" in e[3]] == ["planned"]
    events, _ = _events("التقى سامي النجار كريم الفاضل قبل أن يغادر إلى القاهرة.", NAMES, monkeypatch)
    assert {e[1] for e in events} == {"reported"}  # قبل أن يغادر: he did leave


def test_a_nationality_word_after_an_institution_noun_is_no_country_target(monkeypatch):
    events, _ = _events("وانتقد سامي النجار الاتحاد الكويتي بسبب القرار.", NAMES, monkeypatch)
    assert not [e for e in events if "الكويت" in e[3]]
    events, _ = _events("وانتقد سامي النجار الحكومة الكويتية بسبب القرار.", NAMES, monkeypatch)
    assert _one(events, "CRITICIZE")[2] == frozenset({"سامي النجار"})


def test_a_definite_force_noun_after_a_name_is_the_object_not_a_title(monkeypatch):
    events, _ = _events("وهاجم سامي النجار القوات السورية التي تدعمها إيران.", NAMES, monkeypatch)
    assert not [e for e in events if "سامي النجار" in e[3]]
    assert _one(events, "SUPPORT")[2:] == (frozenset({"إيران"}), frozenset({"سوريا"}))


def test_a_thing_qualified_by_a_nationality_is_no_target_of_its_relative_clause(monkeypatch):
    events, _ = _events("ودعت إيران إلى عملية السلام الفلسطينية الإسرائيلية التي ترفضها منظمة الأمل.", ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT"]


def test_an_event_noun_in_the_object_of_talks_is_talked_about(monkeypatch):
    text = "وبحث سامي النجار مع كريم الفاضل الإرهاب في المنطقة واعتداءاته على القدس."
    events, _ = _events(text, NAMES, monkeypatch)
    assert [e[0] for e in events] == ["TALKS"]


def test_the_genitive_of_a_purpose_noun_of_aid_is_helped_not_the_helper(monkeypatch):
    text = "وقال سامي النجار إنه يريد أن تبذل بريطانيا المزيد لمساعدة الولايات المتحدة في القضاء على منظمة الأمل."
    events, _ = _events(text, ORGS2, monkeypatch)
    assert not [e for e in events if e[0] == "AID" and "الولايات المتحدة" in e[2]]
    events, _ = _events("وأرسلت السعودية طائرات لمساعدة اليمن.", NAMES, monkeypatch)
    assert _one(events, "AID")[2:] == (frozenset({"المملكة العربية السعودية"}), frozenset({"اليمن"}))


def test_a_place_after_bi_deep_in_the_subjects_description_is_where_not_what(monkeypatch):
    text = "استنكر الشيخ سامي النجار إمام وخطيب مسجد النور بالرياض، اتهام بعض الناس للمتدينين."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if "الرياض" in e[3]]
    events, _ = _events("وأشاد سامي النجار في كلمته بدور السعودية في مكافحة الإرهاب.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[3] == frozenset({"المملكة العربية السعودية"})


def test_a_plain_subject_before_qad_stops_the_earlier_subject_going_on(monkeypatch):
    text = "واستهدف سامي النجار موقعا في الضالع، حيث كانت تعزيزات قد وصلت أمس متوجهة إلى عدن."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "TRAVEL"]


# -- the day of writing: a crawl's stamp is none ----------------------------------------------
def _dated_by(text, monkeypatch, names=NAMES, **dating):
    """{type: date_iso} of the events of one document dated as ``dating`` says."""
    import kg.tag
    from kg.graph import build_graph
    from kg.ingest import make_document
    from kg.pipeline import process_document
    from kg.resolve import resolve_corpus
    from names_model import NamesModel

    monkeypatch.setattr(kg.tag, "load_model", lambda: NamesModel(names))
    results = [process_document(make_document("a", text, **dating))]
    g = build_graph(results, resolve_corpus(results))
    return {d["event_type"]: d.get("date_iso", "") for _, d in g.nodes(data=True) if d["type"] == "EVENT"}


_TODAY_YESTERDAY = "زار سامي النجار الأردن أمس. والتقى كريم الفاضل منصور الحداد اليوم."


def test_a_crawls_stamp_dates_no_today_or_yesterday(monkeypatch):
    # the page was fetched on the 21st: its أمس and اليوم may be any day before
    dates = _dated_by(_TODAY_YESTERDAY, monkeypatch, date="2015-07-21 02:51:32", fetched=True)
    assert dates == {"VISIT": "", "MEET": ""}


def test_a_day_of_writing_dates_today_and_yesterday(monkeypatch):
    dates = _dated_by(_TODAY_YESTERDAY, monkeypatch, date="2015-07-21")
    assert dates == {"VISIT": "2015-07-20", "MEET": "2015-07-21"}


def test_a_named_weekday_dates_a_fetched_page(monkeypatch):
    # أمس (الأحد) names the day, and with it the day of writing (Monday) that اليوم means
    text = "زار سامي النجار الأردن أمس (الأحد). والتقى كريم الفاضل منصور الحداد اليوم."
    dates = _dated_by(text, monkeypatch, date="2015-07-21 02:51:32", fetched=True)
    assert dates == {"VISIT": "2015-07-19", "MEET": "2015-07-20"}


def test_the_day_before_yesterdays_weekday_dates_the_writing_two_days_after(monkeypatch):
    # أول من أمس السبت: written on Monday, so the visit of أمس was on Sunday
    text = "وقال مصدر إن المعارك توقفت أول من أمس السبت. وزار سامي النجار الأردن أمس."
    dates = _dated_by(text, monkeypatch, date="2015-07-21 02:51:32", fetched=True)
    assert dates == {"VISIT": "2015-07-19"}


# -- interviews and the clause a future word plans ----------------------------------------------
def test_a_meeting_with_a_channel_is_an_interview(monkeypatch):
    events, _ = _events("وكان لقاء سامي النجار مع قناة «الأفق» التلفزيونية قد أثار جدلا.", {**NAMES, "الأفق": "ORG"}, monkeypatch)
    assert not [e for e in events if e[0] == "MEET"]


def test_a_meeting_with_a_person_is_no_interview(monkeypatch):
    events, _ = _events("وكان لقاء سامي النجار مع كريم الفاضل قد أثار جدلا.", NAMES, monkeypatch)
    assert _one(events, "MEET")[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))


def test_a_future_word_opening_its_own_clause_plans_that_clause(monkeypatch):
    # المبرم: the agreement was made; من المقرر أن plans the deliveries after it
    events = _dated("وبحسب الاتفاق المبرم بين الأردن ومصر من المقرر أن تتسلم عمان ثلاث طائرات سنويا.", monkeypatch)
    assert [e[:2] for e in events if e[0] == "AGREE"] == [("AGREE", "reported")]


@pytest.mark.parametrize("text, kind", [
    ("ومن المقرر أن يزور سامي النجار الأردن.", "VISIT"),  # the future word before the trigger
    ("وتأتي زيارة سامي النجار إلى الأردن التي من المقرر أن تستمر يومين.", "VISIT"),  # through a relative
])
def test_a_future_word_of_the_triggers_clause_plans_it(text, kind, monkeypatch):
    events = _dated(text, monkeypatch)
    assert [e[1] for e in events if e[0] == kind] == ["planned"]


def test_an_awaited_noun_before_does_not_plan_statements_made(monkeypatch):
    # المرتقب is the awaited title's; the statements against Karim were made
    events = _dated("ويخوض الفريق المباراة للرد على فوز النادي المرتقب باللقب وكذلك على تصريحات سامي النجار ضد كريم الفاضل.",
                    monkeypatch)
    assert [e[:2] for e in events] == [("CRITICIZE", "reported")]


@pytest.mark.parametrize("text, kind", [
    ("ويأتي ذلك قبل الاجتماع المقبل وزيارة سامي النجار إلى الأردن.", "VISIT"),  # coordinated straight after it
    ("وتحدث عن القمة المرتقبة ولقاء سامي النجار مع كريم الفاضل.", "MEET"),
])
def test_an_event_coordinated_with_an_awaited_one_is_planned(text, kind, monkeypatch):
    events = _dated(text, monkeypatch)
    assert [e[1] for e in events if e[0] == kind] == ["planned"]


def test_a_spaced_numeric_date_resolves():
    assert to_iso("19 / 07 / 2015", "") == "2015-07-19"


def test_a_nisba_after_a_noun_is_its_adjective_not_an_object(monkeypatch):
    # العرضة السعودية: the Saudi sword dance, not Saudi Arabia attended
    events = _dated("وشارك سامي النجار في العرضة السعودية التي قدمتها الفرقة.", monkeypatch)
    assert not [e for e in events if e[0] == "ATTEND"]


def test_a_country_after_the_subject_is_the_object(monkeypatch):
    events = _dated("وزار سامي النجار السعودية.", monkeypatch)
    assert [e[:4] for e in events] == [("VISIT", "reported", frozenset({"سامي النجار"}), frozenset({"المملكة العربية السعودية"}))]


def test_thumma_before_another_verb_ends_the_triggers_clause(monkeypatch):
    # the letters were exchanged with Mansour; the call was with Karim
    events = _dated("وأجرى سامي النجار اتصالا هاتفيا مع كريم الفاضل ثم تبادل الرسائل مع منصور الحداد.", monkeypatch)
    assert [e[:4] for e in events] == [("CALL", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_bi_phrase_after_the_object_met_is_no_second_partner(monkeypatch):
    # Karim works at the hospital; Sami met Karim
    events = _dated("والتقى سامي النجار الدكتور كريم الفاضل استشاري أمراض القلب بمستشفى النور.", monkeypatch,
                    {**NAMES, "مستشفى النور": "ORG"})
    assert [e[:4] for e in events] == [("MEET", "reported", frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_an_event_whose_target_is_no_graph_entity_is_no_node(monkeypatch):
    # the visit's one target stands for no entity of the graph (resolution dropped it): an
    # agent alone makes no event (the rule every document's reader keeps)
    from kg.graph import build_graph

    results, resolution = build({"a": "زار سامي النجار الأردن."}, NAMES | {"الأردن": "LOC"}, monkeypatch)
    [event] = results[0].events
    ids = resolution.cluster_ids["a"]
    assert len(_events_of(build_graph(results, resolution))) == 1
    del ids[event.targets[0]]
    assert _events_of(build_graph(results, resolution)) == []


def _events_of(g):
    return [n for n, d in g.nodes(data=True) if d["type"] == "EVENT"]


def test_a_partner_after_an_unnamed_target_then_a_place_reads_without_error():
    # the whole pipeline on a corpus sentence that crashed a build: the named partner of an
    # unnamed first target, then where it happened
    from kg.ingest import make_document
    from kg.pipeline import process_document

    text = "من جانب آخر، شن طيران التحالف سلسلة غارات على مواقع الحوثين وقوات الرئيس المخلوع صالح في مناطق متفرقة في مدينة تعز."
    result = process_document(make_document("a", text))
    assert all(e.agents for e in result.events)


def test_an_envoy_to_a_country_then_a_name_is_that_person(monkeypatch):
    text = "والتقى سامي النجار في الرياض أمس مبعوث الأمم المتحدة إلى اليمن كريم الفاضل."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "MEET")[3] >= frozenset({"كريم الفاضل"})
    events, _ = _events("وتوجه وزير الخارجية إلى اليمن كريم الفاضل.", NAMES, monkeypatch)
    assert not [e for e in events if "كريم الفاضل" in e[2] and e[0] == "MEET"]


def test_an_envoy_with_an_adjective_before_ila_holds_the_name_after_the_country(monkeypatch):
    events, _ = _events("والتقى سامي النجار أمس المبعوث الأممي إلى اليمن كريم الفاضل.", NAMES, monkeypatch)
    assert _one(events, "MEET")[3] >= frozenset({"كريم الفاضل"})


# -- names that are no party: a matter's nation, a text's city, a body's region, a court's verdict --
@pytest.mark.parametrize("text", ["وأشاد سامي النجار بموقف حركة حماس الداعم للثورة السورية.",
                                  "وانتقد سامي النجار مشاركة حزب الله في الحرب السورية."])
def test_a_nationality_adjective_on_a_matter_noun_is_no_target(text, monkeypatch):
    events, _ = _events(text, ORGS, monkeypatch)
    assert not any("سوريا" in e[3] for e in events), events


def test_a_nationality_adjective_on_a_deed_noun_stays_the_target(monkeypatch):
    events, _ = _events("وأشاد سامي النجار بالجهود السعودية في اليمن.", NAMES, monkeypatch)
    assert "المملكة العربية السعودية" in _one(events, "PRAISE")[3], events


def test_a_city_naming_a_declaration_is_no_target(monkeypatch):
    events, _ = _events("وأثنى سامي النجار على إعلان القاهرة الصادر في ختام القمة.", NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE"], events


def test_a_city_praised_by_name_stays_the_target(monkeypatch):
    events, _ = _events("وأشاد سامي النجار بالقاهرة.", NAMES, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"القاهرة"}))


def test_a_region_after_the_condemning_body_is_where_it_sits(monkeypatch):
    names = {**NAMES, "مديرية الشؤون الصحية": "ORG"}
    events, _ = _events("واستنكرت مديرية الشؤون الصحية بمنطقة حائل الاعتداء على الطبيب.", names, monkeypatch)
    assert not [e for e in events if e[0] == "CONDEMN"], events


def test_a_country_after_the_condemning_body_stays_the_target(monkeypatch):
    events, _ = _events("وندد سامي النجار بإسرائيل.", NAMES, monkeypatch)
    assert _one(events, "CONDEMN")[2:] == (frozenset({"سامي النجار"}), frozenset({"إسرائيل"}))


def test_a_courts_conviction_is_no_condemnation(monkeypatch):
    names = {**NAMES, "محكمة الجنايات الكبرى": "ORG"}
    events, _ = _events("وأدانت محكمة الجنايات الكبرى سامي النجار بتهمة الرشوة.", names, monkeypatch)
    assert not [e for e in events if e[0] == "CONDEMN"], events


def test_a_ministrys_condemnation_stays_one(monkeypatch):
    names = {**NAMES, "وزارة الخارجية": "ORG"}
    events, _ = _events("وأدانت وزارة الخارجية سامي النجار.", names, monkeypatch)
    assert _one(events, "CONDEMN")[2] == frozenset({"وزارة الخارجية"}), events


@pytest.mark.parametrize("text", [
    "وقال كريم الفاضل للصحفيين إن الرجل نقل إلى المستشفى. وأشار إلى أن المحتجين تجمعوا في المكان الذي أطلق فيه الشرطي النار على سامي النجار.",
    "وقال كريم الفاضل إن المحتجين تجمعوا قرب المكان الذي أطلق فيه الشرطي النار على سامي النجار.",
])
def test_an_unnamed_subject_after_a_resumptive_pronoun_borrows_no_agent(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events


def test_a_named_subject_after_a_resumptive_pronoun_is_the_agent(monkeypatch):
    events, _ = _events("وزار كريم الفاضل المكان الذي أطلق فيه منصور الحداد النار على سامي النجار.", NAMES, monkeypatch)
    assert _one(events, "ATTACK")[2:] == (frozenset({"منصور الحداد"}), frozenset({"سامي النجار"}))


def test_a_denial_does_not_reach_a_clause_after_a_comma_with_its_own_subject(monkeypatch):
    text = "وتنفي الحكومة دفع أي مبلغ من المال للاعب كريم الفاضل، اللاعب كريم الفاضل زار الأردن في يوليو."
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "VISIT")[1:] == ("reported", frozenset({"كريم الفاضل"}), frozenset({"الأردن"}))


@pytest.mark.parametrize("text", ["ونفى سامي النجار، في بيان، أنه زار الأردن.",
                                  "ونفى سامي النجار، في بيان صدر أمس، زيارته إلى الأردن.",
                                  "ونفى سامي النجار زيارته إلى الأردن."])
def test_a_denial_reaches_its_own_complement(text, monkeypatch):
    events, _ = _events(text, NAMES, monkeypatch)
    assert _one(events, "VISIT")[1] == "negated", events


def test_a_pair_of_nationality_adjectives_on_a_noun_is_no_target(monkeypatch):
    text = "افتتح كريم الفاضل أعمال المجلس بحضور سامي النجار المشرف العام على المنتدى السعودي الياباني."
    events, _ = _events(text, NAMES, monkeypatch)
    assert not any(e[3] & {"المملكة العربية السعودية", "اليابان"} for e in events if e[0] == "ATTEND"), events


def test_a_country_attended_by_name_stays_the_target(monkeypatch):
    events, _ = _events("وشارك سامي النجار في المؤتمر الذي نظمته اليابان.", {**NAMES, "اليابان": "GPE"}, monkeypatch)
    assert _one(events, "ATTEND")[2:] == (frozenset({"سامي النجار"}), frozenset({"اليابان"}))


@pytest.mark.parametrize("text", ["ورفض سامي النجار اعتبار كريم الفاضل أفضل لاعب في العالم.",
                                  "ورفض سامي النجار تصنيف حركة حماس منظمة إرهابية."])
def test_a_stance_on_a_judgement_is_not_on_the_one_judged(text, monkeypatch):
    events, _ = _events(text, ORGS, monkeypatch)
    assert not [e for e in events if e[0] == "REJECT"], events


def test_a_rejection_of_a_named_ones_act_stays_on_the_doer(monkeypatch):
    events, _ = _events("ورفض سامي النجار تدخل حركة حماس في الشؤون الداخلية.", ORGS, monkeypatch)
    assert _one(events, "REJECT")[2:] == (frozenset({"سامي النجار"}), frozenset({"حركة حماس"}))


def test_a_hospital_after_the_hall_of_a_meeting_is_where_it_was_held(monkeypatch):
    names = {**NAMES, "مستشفى النور": "ORG"}
    events, _ = _events("وعقد سامي النجار اجتماعا موسعا بقاعة الاجتماعات بمستشفى النور لبحث الإجراءات.", names, monkeypatch)
    assert not any("مستشفى النور" in e[3] for e in events), events


def test_a_hospital_praised_right_after_the_verb_stays_the_target(monkeypatch):
    events, _ = _events("وأشاد سامي النجار بمستشفى النور.", {**NAMES, "مستشفى النور": "ORG"}, monkeypatch)
    assert _one(events, "PRAISE")[2:] == (frozenset({"سامي النجار"}), frozenset({"مستشفى النور"}))


def test_a_relative_clause_verb_has_its_antecedent_as_subject(monkeypatch):
    texts = {"a": "وأدان سامي النجار بأشد العبارات التفجير الذي استهدف أمس مسجدا في الأردن.",
             "b": "وأعرب كريم الفاضل عن إدانته الهجوم الذي استهدف مصر."}
    events, _ = _events(texts, NAMES, monkeypatch)
    assert not [e for e in events if e[0] == "ATTACK"], events  # the bombing attacked; no named doer
    events, _ = _events("وقال إن منصور الحداد الذي زار الأردن أمس التقى ليلى العمري.", NAMES, monkeypatch)
    assert (frozenset({"منصور الحداد"}), frozenset({"الأردن"})) in _pairs(events, "VISIT"), events
    events, _ = _events("وقال منصور الحداد، الذي التقى ليلى العمري في عمان: «نحن متفائلون».", NAMES, monkeypatch)
    assert (frozenset({"منصور الحداد"}), frozenset({"ليلى العمري", "عمان"})) in _pairs(events, "MEET"), events
    events, _ = _events("وتحدث عن «مجلس الأمن» الذي دعم الأردن أمس.", STANCE, monkeypatch)
    assert (frozenset({"مجلس الأمن الدولي"}), frozenset({"الأردن"})) in _pairs(events, "SUPPORT"), events  # past a quote


def test_a_purpose_noun_after_a_future_verb_is_planned(monkeypatch):
    events, _ = _events("وسيستقبل سامي النجار الاثنين كريم الفاضل لإجراء محادثات في عمان.", NAMES, monkeypatch)
    assert {e[0]: e[1] for e in events}.get("TALKS") == "planned", events
    events, _ = _events("واستقبل سامي النجار الاثنين كريم الفاضل لإجراء محادثات في عمان.", NAMES, monkeypatch)
    assert {e[0]: e[1] for e in events}.get("TALKS") == "reported", events


def test_a_ministers_title_takes_the_article(monkeypatch):
    events, _ = _events("وتوجه الوزير سامي النجار إلى الأردن أمس.", NAMES, monkeypatch)
    assert (frozenset({"سامي النجار"}), frozenset({"الأردن"})) in _pairs(events, "TRAVEL"), events


def test_a_city_right_after_the_agent_is_its_seat_not_a_target(monkeypatch):
    events, _ = _events("وأدان مجلس الأمن بجدة الهجوم الإرهابي على المسجد.", STANCE, monkeypatch)
    assert not [e for e in events if e[0] == "CONDEMN"], events
    events, _ = _events("ونددت مصر بالأردن.", STANCE, monkeypatch)
    assert _pairs(events, "CONDEMN") == {(frozenset({"مصر"}), frozenset({"الأردن"}))}, events  # a country is a target


def test_a_bare_top_title_is_the_one_person_the_article_named_with_it(monkeypatch):
    # بخادم الحرمين الشريفين alone is the king the article named with that title; with two
    # kings named (الملك), or an indefinite title (قائد عسكري), no one is guessed
    names = {"سلمان بن عبدالعزيز": P, "فرانسوا هولاند": P, "عبدالله الثاني": P}
    one = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس الفرنسي فرانسوا هولاند في جدة. "
           "وقد أشاد الرئيس الفرنسي بخادم الحرمين الشريفين في قصر الإليزيه.")
    events, _ = _events(one, names, monkeypatch)
    assert ("PRAISE", "reported", frozenset({"فرانسوا هولاند"}), frozenset({"سلمان بن عبدالعزيز"})) in events, events
    two = ("استقبل الملك سلمان بن عبدالعزيز الملك عبدالله الثاني في جدة. "
           "وقد أشاد الرئيس الفرنسي فرانسوا هولاند بالملك في قصر الإليزيه.")
    events, _ = _events(two, names, monkeypatch)
    assert not [e for e in events if e[0] == "PRAISE" and e[3]], events


def test_a_bare_title_before_a_preposition_and_a_titled_name_is_the_subject(monkeypatch):
    # والتقى ولي العهد بوزير الخارجية X: the crown prince the article named meets X (X is not
    # the crown prince meeting no one); النائب الثاني لرئيس مجلس الوزراء X is one person, X
    names = {"جون كيري": P, "محمد بن سلمان": P, "فرانسوا هولاند": P, "سامي النجار": P}
    text = ("استقبل ولي العهد الأمير محمد بن سلمان الرئيس الفرنسي فرانسوا هولاند في جدة. "
            "والتقى ولي العهد بوزير الخارجية الأمريكي جون كيري في الرياض.")
    events, _ = _events(text, names, monkeypatch)
    meets = {(e[2], e[3]) for e in events if e[0] == "MEET"}
    assert (frozenset({"محمد بن سلمان"}), frozenset({"جون كيري", "الرياض"})) in meets, events
    assert not [e for e in events if "جون كيري" in e[2]], events
    events, _ = _events("واستقبل النائب الثاني لرئيس مجلس الوزراء سامي النجار الرئيس الفرنسي فرانسوا هولاند.", names, monkeypatch)
    assert _pairs(events, "MEET") == {(frozenset({"سامي النجار"}), frozenset({"فرانسوا هولاند"}))}, events


def test_a_deputys_bare_title_is_not_the_holder_of_the_office(monkeypatch):
    # the article's prime minister is no holder of "the deputy prime minister" (the title's
    # words must all be the role's); a deputy named so is
    text = "استقبل رئيس الوزراء الأردني سامي النجار كريم الفاضل. وزار نائب رئيس الوزراء الأردني مصر."
    events = _dated(text, monkeypatch)
    assert not any(e[0] == "VISIT" and "سامي النجار" in e[2] for e in events), events
    text = "استقبل نائب رئيس الوزراء الأردني سامي النجار كريم الفاضل. وزار نائب رئيس الوزراء الأردني مصر."
    events = _dated(text, monkeypatch)
    assert any(e[0] == "VISIT" and "سامي النجار" in e[2] for e in events), events
    # a chain of titles (النائب الثاني للرئيس) is read in English as its last one (president):
    # the vice-president's title still finds him
    text = "استقبل النائب الثاني للرئيس الأردني سامي النجار كريم الفاضل. وزار نائب الرئيس الأردني مصر."
    events = _dated(text, monkeypatch)
    assert any(e[0] == "VISIT" and "سامي النجار" in e[2] for e in events), events
