"""Event recall from constructions the frames read through (issue 12): a verb of being or
becoming before the subject (ظلت X تدعم Y), an event noun taken up by a relative clause whose
verb names its doer (الزيارة التي قام بها X إلى Y، الاتفاقية التي وقعتها X مع Y), and بلاده
(his country) as a clause's subject. Sentences written for these tests, with negatives."""

import pytest
from test_events import NAMES, _events

G = "GPE"
PLACES = {**NAMES, "الأردن": G, "إيران": G, "مصر": G, "قطر": G, "اليمن": G}


def _kinds(events, kind):
    return [e for e in events if e[0] == kind]


# -- a verb of being or becoming before the subject ----------------------------------------
@pytest.mark.parametrize("copula", ["وظلت", "وباتت", "وأصبحت", "ولا تزال", "وما زالت"])
def test_the_subject_of_a_verb_of_being_does_the_verb_after_it(copula, monkeypatch):
    events, _ = _events(f"{copula} مصر تدعم اليمن في حربه.", PLACES, monkeypatch)
    assert [e[1:] for e in _kinds(events, "SUPPORT")] == [("reported", frozenset({"مصر"}), frozenset({"اليمن"}))]


def test_a_subject_before_a_verb_of_becoming(monkeypatch):
    events, _ = _events("قال سامي النجار إن قطر أصبحت تدعم اليمن.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"قطر"}), frozenset({"اليمن"}))]


def test_under_is_no_verb_of_being(monkeypatch):
    # في ظل: bare ظل is left out, so the name after it opens no clause of its own
    events, _ = _events("وفي ظل مصر تدعم قطر اليمن.", PLACES, monkeypatch)
    assert not any("مصر" in e[2] for e in events), events


# -- an event noun taken up by a relative clause ------------------------------------------
def test_a_visit_the_relative_clause_says_who_made(monkeypatch):
    events, _ = _events("وجاءت الزيارة التي قام بها سامي النجار إلى الأردن في إطار التعاون.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "VISIT")] == [(frozenset({"سامي النجار"}), frozenset({"الأردن"}))]


@pytest.mark.parametrize("clause", ["التي وقعتها مصر", "التي أبرمتها مصر", "التي توصلت إليها مصر"])
def test_an_agreement_the_relative_clause_says_who_concluded(clause, monkeypatch):
    events, _ = _events(f"وتنص الاتفاقية {clause} مع قطر على إنشاء جسر.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "AGREE")] == [(frozenset({"مصر"}), frozenset({"قطر"}))]


def test_an_agreement_with_no_partner_named_is_no_event(monkeypatch):
    events, _ = _events("وتنص الاتفاقية التي توصلت إليها مصر على إنشاء جسر.", PLACES, monkeypatch)
    assert not _kinds(events, "AGREE")


@pytest.mark.parametrize("text", ["وقعت الهجمات التي وقعت فيها مصر في الأردن.",
                                  "وأسفرت الزيارة التي جرت فيها مصر إلى الأردن عن نتائج."])
def test_a_relative_verb_with_another_preposition_names_no_doer(text, monkeypatch):
    # فيها is where it happened, not how the verb holds the noun
    events, _ = _events(text, PLACES, monkeypatch)
    assert not any("مصر" in e[2] for e in events), events


# -- his country -----------------------------------------------------------------------------
def test_his_country_after_the_speakers_an_is_the_speakers_country(monkeypatch):
    events, _ = _events("وقال وزير الخارجية الإيراني سامي النجار إن بلاده تدعم اليمن.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"إيران"}), frozenset({"اليمن"}))]


def test_his_country_in_a_later_sentence_is_the_country_of_his_role(monkeypatch):
    text = "وصل وزير الخارجية الإيراني سامي النجار إلى الأردن. وقال النجار إن بلاده تدعم اليمن."
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"إيران"}), frozenset({"اليمن"}))]


def test_his_country_in_a_relative_clause_is_the_antecedents(monkeypatch):
    text = "وقال السفير الإيراني سامي النجار الذي تدعم بلاده اليمن إن الوضع صعب."
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"إيران"}), frozenset({"اليمن"}))]


@pytest.mark.parametrize("text", ["وقال سامي النجار إن بلاده تدعم اليمن.",  # no country given to him
                                  "وهنأ سامي النجار الرئيس الإيراني بذكرى استقلال بلاده.",  # not a subject
                                  "وقال الرئيس الإيراني إن بلاده تدعم اليمن.",  # a speaker the text does not name
                                  # another person between the speaker and بلاده: whose country is unsure
                                  "وقال وزير الخارجية الإيراني سامي النجار إن كريم الفاضل يرى أن بلاده تدعم اليمن."])
def test_his_country_without_one_named_person_and_country_is_no_actor(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "SUPPORT") and not any("إيران" in e[2] for e in events), events


# -- a force noun before a site noun ---------------------------------------------------------
@pytest.mark.parametrize("force", ["طائرات", "طائرات حربية"])
def test_unnamed_planes_striking_sites_do_not_belong_to_the_sites_holder(force, monkeypatch):
    events, _ = _events(f"وقصفت {force} مواقع الحوثيين في اليمن.", {**PLACES, "الحوثيين": "ORG"}, monkeypatch)
    assert not any("الحوثيين" in e[2] for e in events), events


# -- an ordinal predicate noun and the verb that describes it ----------------------------------
@pytest.mark.parametrize("text", ["وأصبح سامي النجار أول مسؤول يزور الأردن.", "وبات سامي النجار أرفع مسؤول مصري يزور الأردن.",
                                  "سامي النجار هو أول مسؤول يزور الأردن."])
def test_the_subject_of_an_ordinal_predicate_does_the_verb_describing_it(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "VISIT")] == [(frozenset({"سامي النجار"}), frozenset({"الأردن"}))]


@pytest.mark.parametrize("text", ["استقبل سامي النجار أول وفد يزور الأردن.",  # the delegation visits
                                  "وأصبح سامي النجار الأول بين المسؤولين الذين يزورون الأردن."])
def test_an_ordinal_after_another_verbs_subject_says_nothing_of_it(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "VISIT"), events


# -- a participle of manner after a clause whose verb is no trigger ------------------------------
@pytest.mark.parametrize("text", ["وافتتح سامي النجار المستشفى الجديد، مشيدا بجهود كريم الفاضل.",
                                  "وأعرب سامي النجار عن سعادته بالمشروع، مشيدا بجهود كريم الفاضل."])
def test_a_participle_of_manner_has_the_opening_verbs_subject(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "PRAISE")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_participle_of_manner_past_a_relative_clause_has_no_subject_named(monkeypatch):
    # المستشفى الذي أنشأته ...: another clause stands between, whose subject may be the praiser
    text = "وافتتح سامي النجار المستشفى الذي أنشأته قطر، مشيدا بجهود كريم الفاضل."
    events, _ = _events(text, PLACES, monkeypatch)
    assert not _kinds(events, "PRAISE"), events


# -- a group's own fighters as the subject of its أن clause ---------------------------------------
@pytest.mark.parametrize("fighters", ["عناصرها", "قواتها"])
def test_a_groups_own_fighters_are_the_group(fighters, monkeypatch):
    text = f"وأعلنت حركة حماس أن {fighters} قصفوا مواقع الحوثيين في اليمن."
    events, _ = _events(text, {**PLACES, "حركة حماس": "ORG", "الحوثيين": "ORG"}, monkeypatch)
    assert [e[2] for e in _kinds(events, "ATTACK")] == [frozenset({"حركة حماس"})]


def test_a_persons_forces_are_not_the_person(monkeypatch):
    events, _ = _events("وقال سامي النجار إن قواته قصفت مواقع الحوثيين في اليمن.", {**PLACES, "الحوثيين": "ORG"}, monkeypatch)
    assert not any("سامي النجار" in e[2] for e in events), events


# -- a name that holds two posts, each a title and its body (issue 12) ----------------------
BODIES = {**PLACES, "الديوان الملكي": "ORG", "مركز الإغاثة الدولي": "ORG", "فرنسا": G, "تونس": G,
          "الاتحاد الأوروبي": "ORG", "الولايات المتحدة": G}


@pytest.mark.parametrize("first", ["المستشار في الديوان الملكي", "المستشار بالديوان الملكي"])
def test_a_name_after_two_posts_is_their_holder(first, monkeypatch):
    text = f"استقبل {first} المشرف العام على مركز الإغاثة الدولي الدكتور سامي النجار في مكتبه اليوم السفير كريم الفاضل."
    events, _ = _events(text, BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_two_posts_with_no_name_after_them_are_no_agent(monkeypatch):
    text = "استقبل المستشار في الديوان الملكي المشرف العام على مركز الإغاثة الدولي في مكتبه اليوم السفير كريم الفاضل."
    events, _ = _events(text, BODIES, monkeypatch)
    assert not _kinds(events, "MEET"), events


# -- a support verb's noun whose genitive names its doer (issue 12) --------------------------
@pytest.mark.parametrize("text, doer, target", [
    ("أكد سامي النجار دعم فرنسا لتونس.", "فرنسا", "تونس"),
    ("جدد سامي النجار دعم الاتحاد الأوروبي لمصر.", "الاتحاد الأوروبي", "مصر"),
    ("أعرب سامي النجار عن تضامن مصر مع فرنسا.", "مصر", "فرنسا"),
    ("أكد سامي النجار وقوف مصر إلى جانب اليمن.", "مصر", "اليمن"),
])
def test_a_named_genitive_before_the_nouns_preposition_is_its_doer(text, doer, target, monkeypatch):
    events, _ = _events(text, BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({doer}), frozenset({target}))]


def test_the_speakers_country_is_still_the_speakers_stance(monkeypatch):
    # بلاده is no named genitive: the speaker's own country's support, as before
    events, _ = _events("أكد سامي النجار دعم بلاده لمصر.", BODIES, monkeypatch)
    assert [e[3] for e in _kinds(events, "SUPPORT")] == [frozenset({"مصر"})]


def test_a_genitive_with_no_preposition_after_it_is_what_is_supported(monkeypatch):
    # أكد X دعم مصر في حربها: مصر is supported, by no one named; no doer read from the genitive
    events, _ = _events("أكد سامي النجار دعم مصر في حربها على الإرهاب.", BODIES, monkeypatch)
    assert not any("مصر" in e[2] for e in events), events


def test_a_stance_nouns_genitive_is_no_doer_of_the_act_it_takes_a_stance_on(monkeypatch):
    # أعرب X عن إدانة Y للهجوم على Z: Y condemns the attack, it does not attack Z
    events, _ = _events("أعرب سامي النجار عن إدانة الولايات المتحدة للهجوم على فرنسا.", BODIES, monkeypatch)
    assert not _kinds(events, "ATTACK"), events


# -- defending someone (دافع عن) is support (issue 12) -------------------------------------
def test_defending_a_person_is_support(monkeypatch):
    events, _ = _events("دافع سامي النجار عن كريم الفاضل أمام البرلمان.", BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_defending_a_place_is_no_support(monkeypatch):
    events, _ = _events("دافعت قوات سامي النجار عن مدينة جدة.", {**BODIES, "جدة": G}, monkeypatch)
    assert not _kinds(events, "SUPPORT"), events


def test_a_defence_ministers_title_cuts_no_support_verb_from_its_noun(monkeypatch):
    events, _ = _events("وقام وزير الدفاع سامي النجار بزيارة مفاجئة لمصر أمس.", BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "VISIT")] == [(frozenset({"سامي النجار"}), frozenset({"مصر"}))]


# -- the parties after بين when no one else holds the event (issue 12) ---------------------
def test_an_agreement_signed_between_two_parties(monkeypatch):
    events, _ = _events("وقعت اتفاقية تعاون بين مصر والأردن في مجال الطاقة.", BODIES, monkeypatch)
    assert [e[2] | e[3] for e in _kinds(events, "SIGN")] == [frozenset({"مصر", "الأردن"})]


def test_talks_held_between_two_people(monkeypatch):
    events, _ = _events("عقدت جلسة مباحثات بين سامي النجار وكريم الفاضل.", BODIES, monkeypatch)
    assert [e[2] | e[3] for e in _kinds(events, "TALKS")] == [frozenset({"سامي النجار", "كريم الفاضل"})]


def test_a_signer_named_before_between_keeps_the_agreement(monkeypatch):
    # وقع X اتفاقية مع Y: the named subject signs, as before
    events, _ = _events("وقع سامي النجار اتفاقية مع مصر.", BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SIGN")] == [(frozenset({"سامي النجار"}), frozenset({"مصر"}))]


# -- a comma after a verb's subject, then its object (issue 12) -----------------------------
@pytest.mark.parametrize("text, kind", [
    ("دعا سامي النجار، الرئيس كريم الفاضل إلى التهدئة.", "REQUEST"),
    ("انتقد سامي النجار، الاتحاد الأوروبي بسبب موقفه.", "CRITICIZE"),
])
def test_a_name_after_the_subjects_comma_is_the_object(text, kind, monkeypatch):
    events, _ = _events(text, BODIES, monkeypatch)
    assert [e[0] for e in events if "سامي النجار" in e[2]] == [kind], events
    assert all("كريم الفاضل" not in e[2] and "الاتحاد الأوروبي" not in e[2] for e in events), events


def test_a_bare_name_after_the_subjects_comma_is_left_in_the_subject(monkeypatch):
    # استقبل X، Y التهاني: a name with no title after the comma may be a slip of the tagger, no object
    events, _ = _events("استقبل سامي النجار، كريم الفاضل التهاني من الموظفين.", BODIES, monkeypatch)
    assert not [e for e in _kinds(events, "MEET") if "كريم الفاضل" in e[3]], events


def test_a_list_closed_by_wa_is_still_a_coordinated_subject(monkeypatch):
    events, _ = _events("زار سامي النجار، كريم الفاضل وليلى العمري الأردن.", BODIES, monkeypatch)
    assert {a for e in _kinds(events, "VISIT") for a in e[2]} == {"سامي النجار", "كريم الفاضل", "ليلى العمري"}


def test_a_strong_adverb_between_subject_and_object(monkeypatch):
    events, _ = _events("انتقد سامي النجار بشدة الاتحاد الأوروبي.", BODIES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "CRITICIZE")] == [(frozenset({"سامي النجار"}), frozenset({"الاتحاد الأوروبي"}))]


# -- the act a stance is about: its doer, its own event ----------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("أعرب سامي النجار عن تقديره لدعم مصر.", "PRAISE"),
    ("أشاد سامي النجار بدعم مصر.", "PRAISE"),
    ("أعرب سامي النجار عن رفضه لاتهامات مصر.", "REJECT"),
])
def test_a_stance_on_an_act_is_on_the_acts_doer(text, kind, monkeypatch):
    # دعم X، اتهامات X: a verbal noun that reads its object after ل has its doer as its genitive
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, kind)] == [(frozenset({"سامي النجار"}), frozenset({"مصر"}))]


def test_a_welcome_of_a_visit_is_for_the_visitor_not_the_destination(monkeypatch):
    events, _ = _events("أعربت مصر عن ترحيبها بزيارة سامي النجار إلى الأردن.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "PRAISE")] == [(frozenset({"مصر"}), frozenset({"سامي النجار"}))]
    assert [e[2:] for e in _kinds(events, "VISIT")] == [(frozenset({"سامي النجار"}), frozenset({"الأردن"}))]


@pytest.mark.parametrize("text", [
    "أعربت قطر عن إدانتها لقصف مصر.",  # قصف X: an act of force, X may be what was struck
    "أعربت قطر عن إدانتها لاعتقال سامي النجار.",  # اعتقال X: X is the one detained
    "أعربت قطر عن إدانتها للهجوم على مصر.",  # the attacked country is not condemned
    "أعربت قطر عن ترحيبها بزيارة الأردن.",  # a place after a visit is where one goes
])
def test_no_stance_on_who_the_act_was_done_to(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert not [e for e in events if e[0] in ("CONDEMN", "PRAISE")], events


def test_the_attack_a_condemnation_is_about_is_told_too(monkeypatch):
    events, _ = _events("أعربت قطر عن إدانتها للهجوم الذي شنته إيران على مصر.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"إيران"}), frozenset({"مصر"}))]
    assert [e[2:] for e in _kinds(events, "CONDEMN")] == [(frozenset({"قطر"}), frozenset({"إيران"}))]


@pytest.mark.parametrize("text", ["أشاد سامي النجار بجهود الأمير منصور الحداد.", "أشاد سامي النجار بدور وزير الخارجية منصور الحداد."])
def test_a_title_is_the_genitive_of_a_deed(text, monkeypatch):
    events, _ = _events(text, PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "PRAISE")] == [(frozenset({"سامي النجار"}), frozenset({"منصور الحداد"}))]


# -- whose clause a verb after a comma goes on --------------------------------------------------
def test_a_masculine_verb_after_an_an_clause_goes_on_with_the_speaker(monkeypatch):
    events, _ = _events("وأكد سامي النجار أن مصر تدعم الأردن، وأشاد بجهود قطر.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "PRAISE")] == [(frozenset({"سامي النجار"}), frozenset({"قطر"}))]


def test_a_feminine_verb_after_an_an_clause_goes_on_with_its_subject(monkeypatch):
    events, _ = _events("وقال سامي النجار إن مصر تدعم الأردن، وتشيد بجهود قطر.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "PRAISE")] == [(frozenset({"مصر"}), frozenset({"قطر"}))]


def test_kama_opens_a_clause_of_its_own(monkeypatch):
    # كما تستهدف X: the name after the verb is its subject, not the object of the clause's subject
    events, _ = _events("وأعلنت مصر عزمها بناء محطة، كما تستهدف قطر زيادة إنتاجها.", PLACES, monkeypatch)
    assert not [e for e in events if "مصر" in e[2]], events


def test_a_noun_joined_by_wa_is_no_complement_of_a_stance(monkeypatch):
    events, _ = _events("على غرار تصريحات سامي النجار وتصريحات منصور الحداد.", PLACES, monkeypatch)
    assert not [e for e in events if "منصور الحداد" in e[3]], events


# -- a reception noun carrying its host as a pronoun ---------------------------------------------
@pytest.mark.parametrize("setting", ["", "في مكتبه ", "في مكتبه اليوم "])
def test_the_guest_after_his_reception(setting, monkeypatch):
    events, _ = _events(f"وأكد سامي النجار خلال استقباله {setting}كريم الفاضل أهمية العلاقات.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


@pytest.mark.parametrize("text", [
    "وصل سامي النجار إلى الأردن، وكان في استقباله كريم الفاضل.",  # كان في استقباله X: X is the host
    "وأكد سامي النجار خلال لقائه منسوبي وزارة الخارجية أهمية العمل.",  # a noun between: not the one met
])
def test_no_guest_read_the_wrong_way(text, monkeypatch):
    events, _ = _events(text, {**PLACES, "وزارة الخارجية": "ORG"}, monkeypatch)
    assert not [e for e in _kinds(events, "MEET") if "سامي النجار" in e[2]], events


# -- condolences to a people, a meeting told with a word of time, detention now ---------------
def test_condolences_to_a_people_go_to_its_country(monkeypatch):
    events, _ = _events("وأعربت مصر عن تعازيها ومواساتها للشعب الأردني في ضحايا الحادث.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "CONDOLE")] == [(frozenset({"مصر"}), frozenset({"الأردن"}))]


def test_condolences_to_an_institution_of_a_country_are_not_to_the_country(monkeypatch):
    events, _ = _events("وأعربت مصر عن تعازيها للبريد الأردني في وفاة موظفيه.", PLACES, monkeypatch)
    assert not any("الأردن" in e[3] for e in _kinds(events, "CONDOLE")), events


@pytest.mark.parametrize("when", ["الأحد", "أمس", "اليوم"])
def test_a_press_conference_with_a_partner_after_a_word_of_time(when, monkeypatch):
    events, _ = _events(f"وكان سامي النجار قال {when} في مؤتمر صحفي في عمان مع كريم الفاضل إن الحوار مستمر.", PLACES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "MEET")] == [(frozenset({"سامي النجار"}), frozenset({"كريم الفاضل"}))]


def test_a_press_conference_with_no_partner_is_no_meeting(monkeypatch):
    events, _ = _events("وكان سامي النجار قال الأحد في مؤتمر صحفي إن كريم الفاضل لن يحضر.", PLACES, monkeypatch)
    assert not _kinds(events, "MEET")


@pytest.mark.parametrize("text", ["وتحتجز الشرطة الأردنية سامي النجار منذ شهرين.",
                                  "وقالت مصادر إن عناصر الشرطة الأردنية احتجزوا سامي النجار أمس."])
def test_present_and_plural_forms_of_detaining(text, monkeypatch):
    events, _ = _events(text, {**PLACES, "الشرطة الأردنية": "ORG"}, monkeypatch)
    assert [e[3] for e in _kinds(events, "ARREST")] == [frozenset({"سامي النجار"})]


def test_one_detained_by_no_named_doer_is_no_doer(monkeypatch):
    # يحتجز unvowelled also reads as the passive يُحتجز: the name after it is the one held
    events, _ = _events("ويحتجز سامي النجار في سجن بعمان منذ شهرين.", PLACES, monkeypatch)
    assert not any("سامي النجار" in e[2] for e in events), events


def test_the_kingdom_after_lam_is_the_objects_preposition(monkeypatch):
    # للمملكة: the ل of the word reads as a preposition, as on a name (لمصر)
    events, _ = _events("زار سامي النجار المملكة العربية السعودية أمس. وأعربت مصر عن دعمها للمملكة في حربها على الإرهاب.",
                        {**PLACES, "المملكة العربية السعودية": G}, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"مصر"}), frozenset({"المملكة العربية السعودية"}))]


def test_a_participle_describing_the_subject_leaves_its_object_to_the_verb(monkeypatch):
    # "the leader of the pro-Kurdish party": the participle and its ل-complement describe the
    # party; the object after one phrase of where and time is still the verb's, not after a clause
    from names_model import event_rows

    names = {"صلاح الدين دمرداش": "PERS"}
    text = "دعا صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا أمس حزب العمال الكردستاني إلى وقف العنف."
    assert [(row[0], row[3]) for row in event_rows(text, names, monkeypatch)] == [("REQUEST", frozenset({"حزب العمال الكردستاني"}))]
    text = "دعا صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في مؤتمر صحفي عقده بعد لقاء طويل حزب العمال الكردستاني إلى وقف العنف."
    assert not [row for row in event_rows(text, names, monkeypatch) if "حزب العمال الكردستاني" in row[3]]
