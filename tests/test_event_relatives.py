"""Events in relative and adjectival clauses (issue 12): the clause's gap is filled by its
antecedent. A verb after an indefinite attack noun describes it (the noun strikes, for its doer
if one is named); a verb carrying an object pronoun takes the phrase before it as its object;
a verb of carrying out (نفذه، شنتها) names the doer of the attack its pronoun takes up.
Sentences written for these tests, with negatives: no doer is ever invented."""

import pytest
from test_event_constructions import PLACES, G, _kinds
from test_events import _events

FORCES = {**PLACES, "حركة النور": "ORG", "حزب الله": "ORG", "حركة حماس": "ORG", "عدن": G}


@pytest.mark.parametrize("text", ["وقالت مصر إن غارات جوية استهدفت حركة حماس في عدن.",
                                  "وقالت مصر إن ضربة جوية استهدفت حركة حماس في عدن.",
                                  "وقالت مصر إن هجوما انتحاريا استهدف حركة حماس في عدن."])
def test_the_name_after_an_attack_nouns_adjectival_verb_is_struck_not_the_striker(text, monkeypatch):
    # the indefinite noun is the clause's subject; no doer named, no event (never حماس attacking)
    events, _ = _events(text, FORCES, monkeypatch)
    assert not any("حركة حماس" in e[2] for e in events), events


@pytest.mark.parametrize(("text", "doer"), [("وقالت مصر إن حركة النور نفذت 20 غارة جوية يوم الأحد استهدفت حركة حماس في عدن.", "حركة النور"),
                                            ("وقالت مصر إن ضربة لحزب الله استهدفت حركة حماس في عدن.", "حزب الله"),
                                            ("وقالت مصر إن حركة النور شنت هجوما استهدف حركة حماس في عدن.", "حركة النور")])
def test_an_attack_nouns_adjectival_verb_strikes_for_the_nouns_doer(text, doer, monkeypatch):
    events, _ = _events(text, FORCES, monkeypatch)
    assert [e[2] for e in _kinds(events, "ATTACK")] == [frozenset({doer})], events
    assert "حركة حماس" in _kinds(events, "ATTACK")[0][3]


def test_a_verb_that_disagrees_with_the_noun_does_not_describe_it(monkeypatch):
    # غارة (feminine) cannot be the subject of يستهدف: no doer is borrowed from the noun
    events, _ = _events("وقالت مصر إن حركة النور نفذت غارة جوية يستهدف حركة حماس في عدن.", FORCES, monkeypatch)
    assert not any(e[2] == frozenset({"حركة النور"}) and "حركة حماس" in e[3] for e in _kinds(events, "ATTACK")), events


@pytest.mark.parametrize("text", ["وقال سامي النجار إن جنودا يمنيين تدعمهم قطر يحاولون استعادة عدن.",
                                  "وقال سامي النجار إن اليمن تدعمه قطر."])
def test_an_object_pronoun_takes_up_the_phrase_before_the_verb(text, monkeypatch):
    # an indefinite antecedent or a topic is what the verb is done to; its subject follows the verb
    events, _ = _events(text, FORCES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "SUPPORT")] == [(frozenset({"قطر"}), frozenset({"اليمن"}))]


def test_an_object_pronoun_with_no_named_subject_after_it_is_no_event(monkeypatch):
    text = "وقال سامي النجار إن مقاتلين يمنيين تدعمهم الضربات الجوية التي تقودها قطر يحاولون استعادة عدن."
    events, _ = _events(text, FORCES, monkeypatch)
    assert not _kinds(events, "SUPPORT"), events


def test_a_joined_verb_with_an_object_pronoun_goes_on_with_the_clause(monkeypatch):
    # زار X الأردن واستقبله Y: him is X, the visitor; the place before the verb is no topic
    events, _ = _events("زار سامي النجار الأردن واستقبله كريم الفاضل في المطار.", FORCES, monkeypatch)
    assert not any("الأردن" in e[3] and e[0] != "VISIT" for e in events), events


@pytest.mark.parametrize("text", ["وقال سامي النجار إن الهجوم الانتحاري في عدن نفذه حزب الله.",
                                  "وقال سامي النجار إن التفجير الذي أوقع عشرات القتلى في عدن، نفذه حزب الله.",
                                  "وقال سامي النجار إن الهجمات في عدن نفذها حزب الله."])
def test_an_attack_taken_up_by_the_pronoun_of_a_verb_of_carrying_out(text, monkeypatch):
    events, _ = _events(text, FORCES, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"حزب الله"}), frozenset({"عدن"}))]


@pytest.mark.parametrize("text", ["وقال سامي النجار إن الهجمات في عدن نفذه حزب الله.",  # ه cannot take up الهجمات
                                  "وقال سامي النجار إن التفجير في عدن أدانه حزب الله.",  # who condemns is no doer
                                  "وقال إنه لم يعرف ما إذا كان الهجوم في عدن نفذه حزب الله أو حركة حماس.",  # one of two
                                  "وأدان سامي النجار الهجوم الذي استهدف الموكب في عدن."])  # no doer named
def test_no_doer_is_invented_for_an_attack(text, monkeypatch):
    events, _ = _events(text, FORCES, monkeypatch)
    assert not _kinds(events, "ATTACK"), events


def test_a_force_of_a_nation_named_after_the_relatives_verb_is_the_doer(monkeypatch):
    text = "ويرفض حزب الله التعليق على الغارة التي شنتها طائرات إسرائيلية على بعض عناصره في سوريا."
    events, _ = _events(text, {**FORCES, "إسرائيل": G, "سوريا": G}, monkeypatch)
    assert [e[2:] for e in _kinds(events, "ATTACK")] == [(frozenset({"إسرائيل"}), frozenset({"سوريا"}))]
