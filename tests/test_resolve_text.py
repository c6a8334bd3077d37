"""Resolution traps on running text (names written for these tests)."""

from names_model import build


def _people(resolution):
    return sorted(e.label for e in resolution.entities.values() if e.type == "PERSON")


def test_adjective_spelt_like_a_surname_is_not_the_person(monkeypatch):
    text = "وصل الرئيس الإيراني إبراهيم رئيسي إلى بكين. وقال رئيسي إن الصين هي الشريك الاستراتيجي الرئيسي لبلاده."
    results, resolution = build({"a": text}, {"إبراهيم رئيسي": "PERS"}, monkeypatch)
    (person,) = [e for e in resolution.entities.values() if e.type == "PERSON"]
    assert person.mentions == 2 and "الرئيسي" not in person.aliases


def test_two_letter_surname_is_only_a_name_after_its_first_name(monkeypatch):
    text = "قال المسؤول الأميركي كيفن لي إن الاتفاق قريب. لو كان الاتفاق ممكنا لوقعناه، قال لي."
    results, resolution = build({"a": text}, {"كيفن لي": "PERS"}, monkeypatch)
    (person,) = [e for e in resolution.entities.values() if e.type == "PERSON"]
    assert person.mentions == 1


def test_nationality_adjective_resolves_to_the_country_node(monkeypatch):
    text = "أجرى الرئيس الفرنسي محادثات في باريس مع مسؤولين من فرنسا والجزائر."
    results, resolution = build({"a": text}, {}, monkeypatch)
    (france,) = [e for e in resolution.entities.values() if e.label_en == "France"]
    assert france.iso == "FR" and {"الفرنسي", "فرنسا"} <= france.aliases
    assert not [e for e in resolution.entities.values() if e.label == "الفرنسي"]


def test_spelling_variants_across_documents_are_one_country(monkeypatch):
    results, resolution = build({"a": "زار الوفد قيرغيزستان.", "b": "زار الوفد قرغيزستان."}, {}, monkeypatch)
    places = [e for e in resolution.entities.values() if e.label_en == "Kyrgyzstan"]
    assert len(places) == 1 and places[0].docs == {"a", "b"}


def test_partial_name_resolves_within_and_across_documents(monkeypatch):
    texts = {"a": "قال المستشار الألماني أولاف شولتس إن برلين مستعدة. وأضاف شولتس أن الحوار ضروري.", "b": "وصل شولتس إلى باريس."}
    results, resolution = build(texts, {"أولاف شولتس": "PERS", "شولتس": "PERS"}, monkeypatch)
    assert _people(resolution) == ["أولاف شولتس"]
