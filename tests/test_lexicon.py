"""The packaged lexicons load and validate, and the gazetteer finds entries behind
Arabic proclitics, longest match first. Sentences here are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import lexicon as L
from kg.normalize import bare_key, match_key
from kg.types import GPE, LOC, ORG


def keys(sentence: str) -> list[str]:
    return [match_key(w) for w in sentence.split()]


def hits(sentence: str) -> list[tuple[str, str, str, str]]:
    """(matched words, kind, canonical-or-role, prefix) for each match."""
    words = sentence.split()
    out = []
    for m in L.gazetteer().match(keys(sentence)):
        label = m.entry.role_en if isinstance(m.entry, L.Title) else m.entry.canonical
        out.append((" ".join(words[m.first:m.last]), m.kind, label, m.prefix))
    return out


@pytest.mark.parametrize("name", L.LEXICONS)
def test_packaged_lexicons_load(name: str) -> None:
    rows = L.load(name)
    assert len(rows) > 100
    assert L.load(name) == rows  # cached, same content


def test_places_have_countries_cities_and_regions() -> None:
    places = L.load("places")
    kinds = {p.kind for p in places}
    assert {"country", "capital", "city", "region"} <= kinds
    countries = {p.iso for p in places if p.kind == "country"}
    assert len(countries) >= 240
    assert all(p.type in (GPE, LOC) for p in places)


def test_unknown_lexicon_is_an_error() -> None:
    with pytest.raises(L.LexiconError):
        L.load("people")


def test_bad_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text(
        "name\tcanonical\tlabel_en\ttype\tkind\tiso\tcountry_iso\n"
        "فرنسا\tفرنسا\tFrance\tGPE\tcountry\tFR\tFR\n"
        "باريس\tباريس\tParis\tCITY\tcapital\t\tFR\n",
        encoding="utf-8",
    )
    with pytest.raises(L.LexiconError, match=r"places\.tsv:3: type 'CITY'"):
        L.read_lexicon(path, "places")


def test_bad_header_and_column_count(tmp_path: Path) -> None:
    path = tmp_path / "titles.tsv"
    path.write_text("form\trole\n", encoding="utf-8")
    with pytest.raises(L.LexiconError, match=r"titles\.tsv:1: header"):
        L.read_lexicon(path, "titles")
    path.write_text("form\trole_en\tkind\tscope\nالرئيس\tpresident\thead_of_state\n", encoding="utf-8")
    with pytest.raises(L.LexiconError, match=r"titles\.tsv:2: 3 columns"):
        L.read_lexicon(path, "titles")
    path.write_text("form\trole_en\tkind\tscope\nالرئيس\tpresident\thead_of_state\tworld\n", encoding="utf-8")
    with pytest.raises(L.LexiconError, match=r"titles\.tsv:2: scope 'world'"):
        L.read_lexicon(path, "titles")


def test_duplicate_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "orgs.tsv"
    path.write_text(
        "name\tcanonical\tlabel_en\tkind\n"
        "الأمم المتحدة\tالأمم المتحدة\tUnited Nations\tintl\n"
        "الامم المتحده\tالأمم المتحدة\tUnited Nations\tintl\n",
        encoding="utf-8",
    )
    with pytest.raises(L.LexiconError, match=r"orgs\.tsv:3: .*same key as line 2"):
        L.read_lexicon(path, "orgs")


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(L.LexiconError, match="cannot read"):
        L.read_lexicon(tmp_path / "nope.tsv", "orgs")


def test_country_behind_proclitics() -> None:
    found = hits("وصل الوفد إلى لكازاخستان ثم وأوزبكستان قبل أن يعود بالصين")
    assert ("لكازاخستان", "place", "كازاخستان", "ل") in found
    assert ("وأوزبكستان", "place", "أوزبكستان", "و") in found
    assert ("بالصين", "place", "الصين", "ب") in found


def test_like_before_the_article_is_cut_only_off_a_known_name() -> None:
    # ك "like" + the article before a known name is a clitic; كاليفورنيا and كالابار are
    # names of their own, so their keys keep كال and «آبار» (wells) is no Calabar
    found = hits("دول كالسعودية ومدن كالمنامة وولاية كاليفورنيا ومدينة كالابار وأربع آبار")
    assert ("كالسعودية", "place", "المملكة العربية السعودية", "ك") in found
    assert ("كالمنامة", "place", "المنامة", "ك") in found
    assert ("كاليفورنيا", "place", "كاليفورنيا", "") in found and ("كالابار", "place", "كالابار", "") in found
    assert not any(word == "آبار" for word, *_ in found)
    assert bare_key("كالابار") != bare_key("آبار") and bare_key("كاليفورنيا") == "كاليفورنيا"


def test_a_foreign_g_is_matched_in_either_spelling() -> None:
    # غ and ج both write the "g" of a foreign name; a name whose English spelling has no
    # such g (Morocco, Baghdad) keeps its غ, so المجرب ("the tested") stays a word
    found = hits("منتخب أوروجواي ومنتخب لوكسمبورج ومدينة هامبورج والدواء المجرب في بجداد")
    assert ("أوروجواي", "place", "أورغواي", "") in found
    assert ("لوكسمبورج", "place", "لوكسمبورغ", "") in found
    assert ("هامبورج", "place", "هامبورغ", "") in found
    assert [word for word, *_ in found if word in ("المجرب", "بجداد")] == []


def test_multiword_names_with_article_clitics() -> None:
    found = hits("رسالة للأمم المتحدة وأخرى للولايات المتحدة الأمريكية")
    assert ("للأمم المتحدة", "org", "الأمم المتحدة", "ل") in found
    assert ("للولايات المتحدة الأمريكية", "place", "الولايات المتحدة", "ل") in found


def test_longest_match_wins() -> None:
    found = hits("ألقى كلمة أمام الجمعية العامة للأمم المتحدة أمس")
    assert found == [("الجمعية العامة للأمم المتحدة", "org", "الجمعية العامة للأمم المتحدة", "")]


def test_title_then_demonym() -> None:
    found = hits("قال وزير الخارجية الفرنسي إن")
    assert found[0] == ("وزير الخارجية", "title", "foreign minister", "")
    assert found[1][:3] == ("الفرنسي", "demonym", "فرنسا")
    title = L.gazetteer().match(keys("وزيرة الدفاع"))[0].entry
    assert isinstance(title, L.Title) and title.kind == "minister" and title.scope == "country"


@pytest.mark.parametrize(
    ("word", "iso"),
    [
        ("الفرنسية", "FR"),
        ("الأمريكي", "US"),
        ("الأميركي", "US"),
        ("الأمريكية", "US"),
        ("الروسية", "RU"),
        ("روسي", "RU"),
        ("الكازاخستاني", "KZ"),
        ("الكازاخي", "KZ"),
        ("الصيني", "CN"),
        ("البريطاني", "GB"),
        ("والإيرانية", "IR"),
    ],
)
def test_demonyms(word: str, iso: str) -> None:
    (m,) = L.gazetteer().match([match_key(word)])
    assert m.kind == "demonym" and isinstance(m.entry, L.Demonym)
    assert m.entry.iso == iso


def test_a_nisba_whose_alef_carries_a_hamza_spells_its_al() -> None:
    # ألماني's ال is no article: ماني (a museum's name) and باني ("builder") are no German,
    # no Albanian; the nisba keeps its ال however it is written or prefixed
    assert hits("فإن ماني بهافان هي المكان الأمثل") == []
    assert hits("وهو باني المسجد") == []
    for word, iso in (("ألماني", "DE"), ("لألماني", "DE"), ("الماني", "DE"), ("ألبانية", "AL")):
        (m,) = L.gazetteer().match([match_key(word)])
        assert m.kind == "demonym" and m.entry.iso == iso, word


def test_common_words_are_not_places() -> None:
    assert hits("الدعم المالي للعالم") == []


def test_regions_historical_and_agencies() -> None:
    found = hits("في آسيا الوسطى والشرق الأوسط منذ الاتحاد السوفياتي بحسب رويترز ووكالة الأناضول")
    kinds = {(f[0], f[1]) for f in found}
    assert ("آسيا الوسطى", "place") in kinds
    assert ("والشرق الأوسط", "place") in kinds
    assert ("الاتحاد السوفياتي", "place") in kinds
    assert ("رويترز", "org") in kinds
    assert ("ووكالة الأناضول", "org") in kinds


def test_match_positions_are_token_indices() -> None:
    ms = L.gazetteer().match(keys("زار الرئيس مدينة ألماتي"))
    assert [(m.first, m.last, m.kind) for m in ms] == [(1, 2, "title"), (3, 4, "place")]
    place = ms[1].entry
    assert isinstance(place, L.Place)
    country = L.country_of(place)
    assert country is not None and country.iso == "KZ" and country.kind == "country"


def test_place_by_canonical() -> None:
    us = L.place_by_canonical("الولايات المتحدة")
    assert us is not None and us.iso == "US" and us.label_en == "United States"
    assert L.country_of(us) == us
    assert L.place_by_canonical("لا مكان") is None


def test_token_gazetteer() -> None:
    tg = L.token_gazetteer()
    assert GPE in tg[bare_key("كازاخستان")]
    assert ORG in tg[bare_key("الأمم")]
    assert L.DEMONYM in tg[bare_key("الفرنسي")]
    assert L.TITLE in tg[bare_key("وزير")]
    assert LOC in tg[bare_key("آسيا")]


def test_empty_and_unknown_tokens() -> None:
    assert L.gazetteer().match([]) == []
    assert L.gazetteer().match(["", "كتاب", "قلم"]) == []


@pytest.mark.parametrize("word", ["الصين", "للأمم", "وبالصين", "لبنان", "بالاو", "والي", "كالينينغراد", "الإمارات"])
def test_fast_bare_word_agrees_with_bare_key(word: str) -> None:
    assert L._bare_word(match_key(word)) == bare_key(word)


def test_double_proclitic_prefix() -> None:
    (m,) = L.gazetteer().match(keys("وللأمم المتحدة"))
    assert (m.first, m.last, m.kind, m.prefix) == (0, 2, "org", "ول")


def test_first_level_divisions_are_places_of_their_country() -> None:
    # Provinces and governorates news name without a city: أمير منطقة عسير، محافظة نينوى.
    found = [h for h in hits("قال أمير منطقة عسير إن محافظة نينوى وولاية أوهايو") if h[1] == "place"]
    assert [canonical for _, _, canonical, _ in found] == ["منطقة عسير", "نينوى", "أوهايو"]
    for canonical, iso in (("منطقة عسير", "SA"), ("نينوى", "IQ"), ("أوهايو", "US")):
        place = L.place_by_canonical(canonical)
        assert place is not None and place.type == GPE and L.country_of(place).iso == iso


def test_plain_word_zipf_is_wordfreqs() -> None:
    # The shortcut past wordfreq's tokenizer gives its figure for the Arabic words of its list
    # (every 20th: all of them agree, but wordfreq takes 20 s over the list), for words it
    # lacks and for words it normalises (harakat, tatweel, Latin).
    from wordfreq import get_frequency_dict, zipf_frequency

    words = [w for w in get_frequency_dict("ar", "best") if L._PLAIN_ARABIC.fullmatch(w)][::20]
    assert len(words) > 1_000
    assert [L._list_zipf(w) for w in words] == [zipf_frequency(w, "ar") for w in words]
    for word in ("زوبلاتيسكا", "الوزيرُ", "الـرئيس", "G20", "وزير", "قال"):
        assert L.word_zipf.__wrapped__(word) == zipf_frequency(word, "ar")


def test_a_short_region_name_that_is_an_everyday_word_is_left_to_its_long_form() -> None:
    # البحيرة is "the lake"; محافظة البحيرة is Egypt's governorate
    assert hits("كورنيش البحيرة") == []
    assert [h[2] for h in hits("في محافظة البحيرة")] == ["محافظة البحيرة"]


def test_a_short_name_two_countries_regions_share_is_in_neither() -> None:
    (alone,) = L.gazetteer().match(keys("بالجوف"))
    assert alone.entry.country_iso == "" and alone.prefix == "ب"
    assert [m.entry.country_iso for m in L.gazetteer().match(keys("منطقة الجوف"))] == ["SA"]
    assert [m.entry.country_iso for m in L.gazetteer().match(keys("محافظة الجوف"))] == ["YE"]


def test_a_name_whose_genitive_is_in_construct_with_the_next_word_is_no_match() -> None:
    # دول جنوب الصحراء "sub-Saharan countries" is no دول الجنوب (the Global South)
    assert hits("عبر دول جنوب الصحراء") == []
    assert [h[0] for h in hits("وتطالب دول الجنوب بالعدالة")] == ["دول الجنوب"]


def test_place_namesakes_are_cities_also_called_by_the_bare_word() -> None:
    # Lebanon's Tripoli is also called طرابلس; Dire Dawa merely opens with ديرة (Deira).
    namesakes = {city: [p.canonical for p in places] for city, places in L.place_namesakes().items()}
    assert namesakes["طرابلس"] == ["طرابلس الشام"]
    assert namesakes["عمان"] == ["عمّان"]  # Oman's name is Amman's too
    assert "ديرة" not in namesakes and "ريتشموند" not in namesakes
