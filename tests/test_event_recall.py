"""Event recall on ordinary news wording (issue 12): a place or force noun after a name opens
the verb's object, cutting ties is a sanction, the accusative of a verbal noun is a trigger, a
time word between a subject and a noun of purpose keeps them together, and a verb form after
لبحث is a topic. Sentences written for these tests, with negatives."""

import pytest
from test_events import NAMES, _events

G = "GPE"
PLACES = {**NAMES, "جدة": G, "الرياض": G, "الأردن": G, "إيران": G, "مصر": G, "قطر": G, "اليمن": G,
          "الأمم المتحدة": "ORG", "الهلال": "ORG", "النصر": "ORG"}


def _kinds(events, kind):
    return [e for e in events if e[0] == kind]


# -- a place or force noun after a name opens another phrase -----------------------
@pytest.mark.parametrize("text", ["زار سامي النجار مدينة جدة أمس.", "زار سامي النجار العاصمة الرياض.",
                                  "زار سامي النجار محافظة جدة."])
def test_a_place_noun_after_the_visitor_opens_the_place_visited(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    (visit,) = _kinds(events, "VISIT")
    assert visit[2] == frozenset({"سامي النجار"}) and len(visit[3]) == 1


def test_a_title_after_a_name_still_joins_it(monkeypatch):
    # X، وزير الخارجية: the title is X's; the place after في is where it happened
    events, _ = _events("زار سامي النجار وزير الخارجية الأردن.", PLACES, monkeypatch)
    assert [e[2] for e in _kinds(events, "VISIT")] == [frozenset({"سامي النجار"})]


def test_a_force_noun_after_the_attacker_opens_its_object(monkeypatch):
    events, _ = _events("قصفت إيران القوات اليمنية في جدة.", {**PLACES, "اليمنية": G}, monkeypatch)
    (attack,) = _kinds(events, "ATTACK")
    assert attack[2] == frozenset({"إيران"}) and "إيران" not in attack[3]


# -- a country that witnessed something attended nothing ----------------------------------
@pytest.mark.parametrize("text", ["شهدت مصر ثورة كبيرة في جدة.", "شاركت مصر في الحرب في اليمن."])
def test_a_country_that_lived_through_something_attends_nothing(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "ATTEND")


# -- cutting ties --------------------------------------------------------------------
def test_cutting_ties_is_a_sanction(monkeypatch):
    events, _ = _events("قطعت مصر علاقاتها الدبلوماسية مع قطر.", PLACES, monkeypatch)
    assert [e[1:] for e in _kinds(events, "SANCTION")] == [("reported", frozenset({"مصر"}), frozenset({"قطر"}))]


def test_ties_not_cut_are_negated(monkeypatch):
    events, _ = _events("لم تقطع مصر علاقاتها مع قطر.", PLACES, monkeypatch)
    assert [e[1] for e in _kinds(events, "SANCTION")] == ["negated"]


@pytest.mark.parametrize("text", ["قطعت مصر الطريق أمام قطر.", "قطع سامي النجار زيارته إلى الأردن."])
def test_cutting_something_else_is_no_sanction(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "SANCTION")


# -- the accusative of a verbal noun --------------------------------------------------
def test_support_given_in_the_accusative(monkeypatch):
    events, _ = _events("قدمت قطر دعما ماليا لليمن.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"قطر"}), frozenset({"اليمن"}))]


def test_support_not_given_is_negated(monkeypatch):
    events, _ = _events("لم تقدم قطر دعما لليمن.", PLACES, monkeypatch)
    assert [e[1] for e in _kinds(events, "SUPPORT")] == ["negated"]


def test_an_accusative_attack_of_a_team_in_a_sports_report_is_no_attack(monkeypatch):
    text = ("وشن الهلال قصفا على مرمى النصر في الشوط الثاني من المباراة، وسجل اللاعب هدفا في الدوري. "
            "وفاز الهلال على النصر في الملعب.")
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "ATTACK")


# -- a time word between a subject and its noun of purpose ------------------------------
@pytest.mark.parametrize("gap", ["أمس", "منذ 2006"])
def test_a_time_word_before_a_noun_of_purpose(gap, monkeypatch):
    events, _ = _events(f"القرارات التي اتخذتها الأمم المتحدة {gap} لفرض عقوبات على إيران.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SANCTION")] == [(frozenset({"الأمم المتحدة"}), frozenset({"إيران"}))]


def test_a_noun_of_purpose_after_a_topic_word_is_no_event(monkeypatch):
    # لبحث: what the meeting is about, not an event told
    events, _ = _events("التقى سامي النجار أمس كريم الفاضل لبحث فرض عقوبات على إيران.", PLACES, monkeypatch)
    assert not _kinds(events, "SANCTION")


# -- a bare place takes no title: the title after it opens the next actor ----------------
def test_a_place_between_the_host_and_the_guest(monkeypatch):
    events, _ = _events("التقى سامي النجار في الرياض الرئيس كريم الفاضل.", PLACES, monkeypatch)
    (meet,) = _kinds(events, "MEET")
    assert meet[2:] == (frozenset({"سامي النجار"}), frozenset({"كريم الفاضل", "الرياض"}))


# -- a country named by its adjective ------------------------------------------------------
@pytest.mark.parametrize(("text", "kind"), [("انتقدت إيران السياسة السعودية في اليمن.", "CRITICIZE"),
                                            ("أشاد سامي النجار بالجهود السعودية في اليمن.", "PRAISE")])
def test_a_stance_on_a_countrys_policy_is_on_the_country(text, kind, monkeypatch):
    events, _ = _events(text, {**PLACES, "السعودية": G}, monkeypatch)
    (stance,) = _kinds(events, kind)
    assert [label.endswith("السعودية") for label in stance[3]] == [True]  # the country's node


@pytest.mark.parametrize("force", ["الطائرات", "المدفعية", "القوات"])
def test_a_force_named_by_its_countrys_adjective_strikes(force, monkeypatch):
    events, _ = _events(f"قصفت {force} السعودية مواقع الحوثيين في اليمن.", {**PLACES, "السعودية": G, "الحوثيين": "ORG"}, monkeypatch)
    (attack,) = _kinds(events, "ATTACK")
    assert [label.endswith("السعودية") for label in attack[2]] == [True] and "اليمن" in attack[3] and len(attack[3]) == 2


# -- firing at, clashing with ---------------------------------------------------------------
def test_firing_rockets_at_a_city_is_an_attack(monkeypatch):
    events, _ = _events("أطلقت حركة حماس صواريخ على مدينة جدة.", {**PLACES, "حركة حماس": "ORG"}, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"حركة حماس"}), frozenset({"جدة"}))]


def test_rockets_not_fired_are_negated(monkeypatch):
    events, _ = _events("لم تطلق حركة حماس أي صاروخ على جدة.", {**PLACES, "حركة حماس": "ORG"}, monkeypatch)
    assert [e[1] for e in _kinds(events, "ATTACK")] == ["negated"]


@pytest.mark.parametrize("text", ["أطلقت مصر حملة وطنية على مستوى اليمن.", "أطلقت مصر سراح سامي النجار.",
                                  "أطلق كريم الفاضل النار على الاحتكار في جدة"])
def test_launching_a_campaign_or_freeing_someone_is_no_attack(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not [e for e in _kinds(events, "ATTACK") if e[3] - {"جدة"}]


def test_a_shot_at_goal_in_a_sports_report_is_no_attack(monkeypatch):
    text = ("وأطلق الهلال صواريخ على مرمى النصر في الشوط الثاني من المباراة، وسجل اللاعب هدفا في الدوري. "
            "وفاز الهلال على النصر في الملعب.")
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "ATTACK")


def test_a_clash_with_a_group(monkeypatch):
    events, _ = _events("اشتبكت مصر مع حركة حماس في جدة.", {**PLACES, "حركة حماس": "ORG"}, monkeypatch)
    (attack,) = _kinds(events, "ATTACK")
    assert attack[2] == frozenset({"مصر"}) and "حركة حماس" in attack[3]


def test_a_subject_the_tagger_did_not_name_stands_before_the_verb(monkeypatch):
    # أن التنظيم اشتبك: the group clashed, not the one who struck before
    text = "قصفت مصر مواقع في جدة، وأكدت أن التنظيم اشتبك مع حركة حماس."
    events, _ = _events(text, {**PLACES, "حركة حماس": "ORG"}, monkeypatch)
    assert not [e for e in _kinds(events, "ATTACK") if "حركة حماس" in e[3]]


# -- aid to a people named by its nationality ------------------------------------------
AID_NAMES = {**PLACES, "جمعية الهلال الأحمر": "ORG", "اليمني": G, "السوري": G}


@pytest.mark.parametrize("text", ["قدمت جمعية الهلال الأحمر مساعدات للشعب اليمني.",
                                  "قدمت جمعية الهلال الأحمر مساعدات طبية وغذائية للشعب اليمني.",
                                  "قدمت جمعية الهلال الأحمر المساعدات الإغاثية والإنسانية للشعب اليمني."])
def test_aid_to_a_people_goes_to_its_nation(text, monkeypatch):
    events, _ = _events(text, AID_NAMES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "AID")] == [(frozenset({"جمعية الهلال الأحمر"}), frozenset({"اليمن"}))]


def test_a_people_after_another_preposition_gets_no_aid(monkeypatch):
    # the aid is sent from Yemen's people, about another matter: no recipient named
    events, _ = _events("قدمت جمعية الهلال الأحمر مساعدات بعد مناشدة من الشعب اليمني.", AID_NAMES, monkeypatch)
    assert not _kinds(events, "AID")


# -- the institution a ceremony's class comes from ------------------------------------------
CEREMONY_NAMES = {**PLACES, "كلية الملك فهد الأمنية": "ORG"}


@pytest.mark.parametrize("text", ["حضر سامي النجار حفل تخريج الدفعة العاشرة من كلية الملك فهد الأمنية.",
                                  "شهد سامي النجار أمس مراسم الاحتفال بتخريج الدفعة 151 من طلاب كلية الملك فهد الأمنية."])
def test_a_graduation_attended_is_the_institutions(text, monkeypatch):
    events, _ = _events(text, CEREMONY_NAMES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTEND")] == [(frozenset({"سامي النجار"}), frozenset({"كلية الملك فهد الأمنية"}))]


@pytest.mark.parametrize("text", ["حضر سامي النجار حفل استقبال الحجاج القادمين من مصر.",
                                  "حضر سامي النجار حفل تكريم الفائزين بعد عودتهم من كلية الملك فهد الأمنية."])
def test_where_the_guests_come_from_is_not_attended(text, monkeypatch):
    events, _ = _events(text, CEREMONY_NAMES, monkeypatch)
    assert not _kinds(events, "ATTEND")


# -- a noun of a person's role or fame and its genitive describe the name beside them ----------------
STAR_NAMES = {**PLACES, "نادي الهلال": "ORG", "مستشفى الأطفال": "ORG", "ليلى العمري": "PERS"}


def test_a_description_after_the_subject_is_no_object(monkeypatch):
    # X نجم نادي الهلال: the club is X's; the hospital after it is what X visited
    events, _ = _events("زار سامي النجار نجم نادي الهلال مستشفى الأطفال في جدة.", STAR_NAMES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "VISIT")] == [(frozenset({"سامي النجار"}), frozenset({"مستشفى الأطفال"}))]


def test_a_described_subject_meets_no_club(monkeypatch):
    events, _ = _events("التقى سامي النجار نجم نادي الهلال في جدة.", STAR_NAMES, monkeypatch)
    assert not [e for e in _kinds(events, "MEET") if "نادي الهلال" in e[3]]


def test_a_description_before_a_name_describes_that_name(monkeypatch):
    events, _ = _events("استقبل كريم الفاضل نجم نادي الهلال سامي النجار.", STAR_NAMES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"كريم الفاضل"}), frozenset({"سامي النجار"}))]


def test_a_title_is_no_description(monkeypatch):
    # رئيس نادي الهلال is an office the tagger reads as a title: nothing changes
    events, _ = _events("التقى سامي النجار وفد نادي الهلال في جدة.", STAR_NAMES, monkeypatch)
    assert [e[3] for e in _kinds(events, "MEET")] == [frozenset({"نادي الهلال", "جدة"})]


# -- a verb joined to the verb that names an act's doer shares that doer ---------------------------
ATTACK_NAMES = {**PLACES, "حركة طالبان": "ORG", "الجيش الأفغاني": "ORG"}


@pytest.mark.parametrize("text", ["قتل عشرة جنود في هجمات شنتها حركة طالبان واستهدفت الجيش الأفغاني.",
                                  "وأدانت مصر الهجوم الذي نفذته حركة طالبان واستهدف الجيش الأفغاني."])
def test_an_attack_whose_doer_is_named_goes_on_to_its_target(text, monkeypatch):
    events, _ = _events(text, ATTACK_NAMES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"حركة طالبان"}), frozenset({"الجيش الأفغاني"}))]


def test_a_verb_of_another_kind_goes_on_with_the_main_clause(monkeypatch):
    events, _ = _events("أدانت مصر الهجوم الذي شنته حركة طالبان وطالبت الجيش الأفغاني بالرد.", ATTACK_NAMES, monkeypatch)
    assert not [e for e in events if e[0] in ("DEMAND", "REQUEST") and "حركة طالبان" in e[2]]


# -- where and when between a host and the guest ----------------------------------------------
@pytest.mark.parametrize("text", ["استقبل سامي النجار – حفظه الله – في قصر سموه بجدة مساء اليوم كريم الفاضل.",
                                  "التقى سامي النجار في مقر الوزارة بالرياض أمس كريم الفاضل.",
                                  "استقبل سامي النجار (حفظه الله) في مكتبه بقصر الحكم بجدة اليوم كريم الفاضل."])
def test_a_setting_between_the_host_and_the_guest(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET") if "كريم الفاضل" in e[3]] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_place_that_ends_the_setting_as_a_genitive_is_no_object(monkeypatch):
    # في محافظة صعدة شمال اليمن: اليمن is the genitive of شمال, not what was struck
    events, _ = _events("قصفت مصر في مدينة جدة شمال اليمن مواقع المسلحين.", PLACES, monkeypatch)
    assert not [e for e in _kinds(events, "ATTACK") if "اليمن" in e[3]]


# -- a body's management acts for it ------------------------------------------------------
def test_a_clubs_management_agrees_for_the_club(monkeypatch):
    names = {**PLACES, "نادي الهلال": "ORG", "شركة المراعي": "ORG"}
    events, _ = _events("اتفقت إدارة نادي الهلال مع شركة المراعي على رعاية الفريق.", names, monkeypatch)
    assert [e[2:] for e in _kinds(events, "AGREE")] == [(frozenset({"نادي الهلال"}), frozenset({"شركة المراعي"}))]


def test_the_american_administration_is_the_united_states(monkeypatch):
    events, _ = _events("انتقدت الإدارة الأمريكية قرار إيران.", {**PLACES, "الأمريكية": G}, monkeypatch)
    (criticism,) = _kinds(events, "CRITICIZE")
    assert "إيران" in criticism[3] and len(criticism[2]) == 1


# -- a name joined to a list and followed by an imperfect verb opens a new clause -----------------
LIST_NAMES = {**PLACES, "ليلى العمري": "PERS", "دول الخليج": "ORG"}


@pytest.mark.parametrize("text, kind, targets", [
    ("هنأ سامي النجار كريم الفاضل وليلى العمري تستعد للسفر.", "CONGRATULATE", {"كريم الفاضل"}),
    ("زار سامي النجار مصر والأردن ودول الخليج تأمل في زيادة التعاون.", "VISIT", {"مصر", "الأردن"})])
def test_a_new_clause_ends_the_list(text, kind, targets, monkeypatch):
    events, _ = _events(text, LIST_NAMES, monkeypatch)
    assert [e[3] for e in _kinds(events, kind)] == [frozenset(targets)]


@pytest.mark.parametrize("text", ["التقى سامي النجار كريم الفاضل وليلى العمري يوم الأحد.",
                                  "التقى سامي النجار كريم الفاضل وليلى العمري تلبية لدعوة رسمية.",
                                  "التقى سامي النجار كريم الفاضل وليلى العمري يرافقه وفد كبير."])
def test_a_day_a_noun_or_a_verb_with_a_pronoun_keeps_the_list(text, monkeypatch):
    events, _ = _events(text, LIST_NAMES, monkeypatch)
    assert [e[3] for e in _kinds(events, "MEET")] == [frozenset({"كريم الفاضل", "ليلى العمري"})]


# -- a title's field the tagger left out still ends the subject before the verb -------------------
def test_a_subject_whose_title_field_is_untagged_meets(monkeypatch):
    names = {**PLACES, "سامي النجار": "PERS", "كريم الفاضل": "PERS", "وزير": "TITLE"}
    events, _ = _events("وذكر البيان أن سامي النجار وزير الإسكان اجتمع مع كريم الفاضل أمس.", names, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_name_and_a_plain_noun_before_the_verb_is_no_subject(monkeypatch):
    # سامي النجار الأسبوع: no title before the definite word, so nothing is carried over
    events, _ = _events("وذكر البيان أن المسؤولين في مصر الأسبوع الماضي اجتمعوا مع كريم الفاضل.", PLACES, monkeypatch)
    assert not [e for e in _kinds(events, "MEET") if "مصر" in e[2]]


# -- titles, على and the body they serve, then the holder's name -------------------------------
def test_the_holder_named_after_the_body_hosts(monkeypatch):
    names = {**PLACES, "جمعية الهلال الأحمر": "ORG"}
    events, _ = _events("استقبل المشرف العام على جمعية الهلال الأحمر الدكتور سامي النجار، أمس، كريم الفاضل.", names, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_titles_with_no_holder_host_no_one(monkeypatch):
    names = {**PLACES, "جمعية الهلال الأحمر": "ORG"}
    events, _ = _events("استقبل المشرف العام على جمعية الهلال الأحمر، أمس، كريم الفاضل.", names, monkeypatch)
    assert not [e for e in _kinds(events, "MEET") if "جمعية الهلال الأحمر" in e[2]]


# -- an adverbial set off by commas after the subject ----------------------------------------------
def test_an_attack_past_an_adverbial_between_commas(monkeypatch):
    names = {**PLACES, "حركة حماس": "ORG"}
    events, _ = _events("قصفت مصر، صباح اليوم، مواقع حركة حماس في جدة.", names, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"مصر"}), frozenset({"حركة حماس", "جدة"}))]


def test_a_relative_clause_between_commas_is_no_adverbial(monkeypatch):
    events, _ = _events("قصفت مصر، التي تقاتل في جدة، مواقع حركة حماس.", {**PLACES, "حركة حماس": "ORG"}, monkeypatch)
    assert not [e for e in _kinds(events, "ATTACK") if "حركة حماس" in e[3]]


# -- بدعم من X between a verb's subject and its object (session 13) ------------------------
FORCES = {**PLACES, "الحكومة اليمنية": "ORG", "التحالف": "ORG", "الحوثيين": "ORG", "عدن": G}


@pytest.mark.parametrize("text", ["هاجمت قوات الحكومة اليمنية بدعم من طيران التحالف مواقع الحوثيين في عدن.",
                                  "شنت قوات الحكومة اليمنية بدعم من التحالف هجوما على الحوثيين."])
def test_a_backing_phrase_after_the_subject_keeps_the_object(text, monkeypatch):
    events, _ = _events(text, FORCES, monkeypatch)
    (attack,) = _kinds(events, "ATTACK")
    assert attack[2] == frozenset({"الحكومة اليمنية"}) and attack[3] and "التحالف" not in attack[3]
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"التحالف"}), frozenset({"الحكومة اليمنية"}))]


def test_a_backing_phrase_with_no_object_after_it_is_no_attack(monkeypatch):
    events, _ = _events("هاجمت قوات الحكومة اليمنية بدعم من التحالف.", FORCES, monkeypatch)
    assert not _kinds(events, "ATTACK")


# -- وقوف X مع Y، تقف X مع Y: support --------------------------------------------------
STANDS = {**PLACES, "باكستان": G, "وزارة الخارجية القطرية": "ORG", "لكريم الفاضل": "PERS"}


@pytest.mark.parametrize("text", ["وأكدت وزارة الخارجية القطرية وقوف دولة قطر مع مصر.", "وقال السفير إن قطر تقف مع مصر.",
                                  "تقف قطر دائما إلى جانب مصر.", "وقفت قطر، أمس، مع مصر."])
def test_standing_with_a_country_is_support(text, monkeypatch):
    events, _ = _events(text, STANDS, monkeypatch)
    assert [e[1:] for e in _kinds(events, "SUPPORT")] == [("reported", frozenset({"قطر"}), frozenset({"مصر"}))]


def test_standing_with_denied_is_negated(monkeypatch):
    events, _ = _events("أعلن سامي النجار أن قطر لن تقف مع مصر.", STANDS, monkeypatch)
    assert [e[1] for e in _kinds(events, "SUPPORT")] == ["negated"]


def test_standing_called_for_is_planned(monkeypatch):
    events, _ = _events("طالب سامي النجار بضرورة وقوف باكستان مع مصر.", STANDS, monkeypatch)
    assert [e[1:] for e in _kinds(events, "SUPPORT")] == [("planned", frozenset({"باكستان"}), frozenset({"مصر"}))]


@pytest.mark.parametrize("text", [
    "قال سامي النجار إن قطر تقف وراء الهجوم بالتنسيق مع مصر.",  # مع of another word, not the verb's
    "وأكد سامي النجار أهمية تكاتف المجتمع بكل شرائحه ووقوفه مع مصر.",  # the society's standing, no one named
    "وقدم سامي النجار شكره لكريم الفاضل على دعمه ووقفته مع مصر.",  # وقفته: a noun, no verb with an object pronoun
])
def test_standing_of_another_or_with_another_word_is_no_support(text, monkeypatch):
    events, _ = _events(text, STANDS, monkeypatch)
    assert not [e for e in _kinds(events, "SUPPORT") if "مصر" in e[3]]


def test_a_verbal_noun_joined_to_one_of_the_same_owner_keeps_it(monkeypatch):
    events, _ = _events("وأكد سامي النجار دعمه الكامل ووقوفه مع مصر.", STANDS, monkeypatch)
    assert {e[2] for e in _kinds(events, "SUPPORT")} == {frozenset({"سامي النجار"})}


# -- a passive reception: تم استقبال X من قبل Y ------------------------------------------
@pytest.mark.parametrize("text", ["وتم استقبال سامي النجار من قبل كريم الفاضل في جدة.",
                                  "وتم استقبال الرئيس اليمني سامي النجار من قبل كريم الفاضل."])
def test_a_passive_reception_has_the_host_as_agent(text, monkeypatch):
    events, _ = _events(text, {**PLACES, "اليمني": G}, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"كريم الفاضل"}), frozenset({"سامي النجار"}))]


@pytest.mark.parametrize("text", ["وتم استقبال سامي النجار في المطار.", "وتم استقبال سامي النجار من قبل المسؤولين."])
def test_a_passive_reception_with_no_named_host_is_no_meeting(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "MEET")


# -- the object of a stance is a statement its speaker made (أدلى بها) ---------------------
@pytest.mark.parametrize("verb", ["استنكرت", "أدانت"])
def test_statements_someone_made_are_condemned_on_him(verb, monkeypatch):
    events, _ = _events(f"و{verb} الأمم المتحدة التصريحات التي أدلى بها كريم الفاضل.", PLACES, monkeypatch)
    (condemn,) = _kinds(events, "CONDEMN")
    assert condemn[2] == frozenset({"الأمم المتحدة"}) and condemn[3] == frozenset({"كريم الفاضل"})


def test_making_a_statement_is_no_event(monkeypatch):
    events, _ = _events("وأدلى سامي النجار بتصريحات للصحفيين في الرياض.", PLACES, monkeypatch)
    assert events == []


# -- a place glued to ب among time words between the subject and the object ----------------
@pytest.mark.parametrize("setting", ["اليوم بالقاهرة", "بالقاهرة أمس", "بالقاهرة"])
def test_a_place_after_the_subject_still_leaves_the_object_met(setting, monkeypatch):
    events, _ = _events(f"التقى سامي النجار {setting} الرئيس كريم الفاضل.", {**PLACES, "القاهرة": G}, monkeypatch)
    (meet,) = _kinds(events, "MEET")
    assert meet[2] == frozenset({"سامي النجار"}) and meet[3] == frozenset({"كريم الفاضل"})


def test_a_word_glued_to_b_that_is_no_place_keeps_the_name_after_it_out(monkeypatch):
    events, _ = _events("التقى سامي النجار اليوم بحضور كريم الفاضل وفدا من الأردن.", PLACES, monkeypatch)
    assert not any("كريم الفاضل" in e[3] for e in _kinds(events, "MEET"))


# -- going somewhere to meet someone (وصل X إلى Y للقاء Z) ----------------------------
@pytest.mark.parametrize("noun", ["للقاء", "لاستقبال"])
def test_one_who_went_to_meet_someone_met_him(noun, monkeypatch):
    events, _ = _events(f"وصل سامي النجار إلى الرياض {noun} الرئيس كريم الفاضل.", PLACES, monkeypatch)
    (meet,) = _kinds(events, "MEET")
    assert meet[2] == frozenset({"سامي النجار"}) and meet[3] == frozenset({"كريم الفاضل"})


def test_going_to_meet_the_staff_of_a_body_meets_no_named_one(monkeypatch):
    events, _ = _events("وصل سامي النجار إلى الرياض للقاء منسوبي وزارة كريم الفاضل.", PLACES, monkeypatch)
    assert _kinds(events, "MEET") == []
