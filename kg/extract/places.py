"""Places: which place lies in which, and which city is a capital — only where the text says so.

Read to the right of each place: "عاصمة Y" or "مركز محافظة Y" (capital, seat), "(Y)",
a nationality adjective (مدينة الموصل العراقية), "، Y" when the lexicon agrees, "في/ب
[محافظة|ولاية|دولة...] Y" (the place nouns before Y tell its kind), and a side of Y (في
محافظة الأنبار غرب العراق; حي الدكوانة شرق بيروت). Before a city, a bare side (شمال شرق
بغداد) says "outside, in that direction", so only "في/ب + side" (بشمال عدن) or a quarter
(حي ...) puts a place inside a city. "العاصمة صنعاء" makes Sanaa the capital of the country
the lexicon gives it, when the article names that country. The places lexicon checks the
direction of every relation: a country lies in no place, a region in no city, and a place
the lexicon puts in one country is never put in another. Datelines are not relations.
The words (place nouns, sides) are data: kg/data/place_words.tsv.
"""

from __future__ import annotations

from kg.memo import memo
from itertools import compress, count, repeat
from operator import eq

from kg.extract.common import _COMMAS, _glued, _place
from kg.lexicon import load, place_words
from kg.normalize import clitic_splits, match_key
from kg.types import GPE, LOC, Evidence, Mention, Relation, Sentence

_IN = frozenset(match_key(w) for w in ("في", "داخل"))
_CAPITAL_CITY = match_key("العاصمة")
_QUOTES = frozenset('"«»“”')
_BETWEEN = frozenset(match_key(w) for w in ("بين", "وبين"))
_BIGGER = {"country": 3, "territory": 3, "region": 2, "historical": 2, "city": 1, "capital": 1}


class PlaceReader:
    """The place half of the document reader (see kg.extract.DocumentReader)."""

    def _places(self, sentence: Sentence, entities: list[Mention], evidence: Evidence) -> None:
        places = [m for m in entities if m.label in (GPE, LOC)]
        if not places:
            return  # every pattern relates a place the sentence names: none, nothing to read
        reader = _PlaceSentence(sentence, places, self._is_country)
        for inner, outer, relation, confidence in reader.relations():
            self._relate(inner, outer, relation, evidence, confidence)
        named_in = [(place, iso, "located_in") for place, iso in reader.named_with_its_country()]
        for city, iso, relation in [(city, iso, "capital_of") for city, iso in reader.the_capital()] + reader.of_the_country() + named_in:
            if iso:
                country = next((c for c in self.clusters if c.iso == iso), None)
            else:  # إقليم شرناق بجنوب شرق البلاد: a place no lexicon knows lies in the article's country
                country = self._country_of_the_article(places)
            if country is not None and country.index != city.cluster:
                self.relations.append(Relation(str(city.cluster), str(country.index), relation, evidence, 0.8))

    def _country_of_the_article(self, places: list[Mention]):
        """The country the article is about (``_article_country``), when the sentence names
        no other country: the one "البلاد" can mean for a place the lexicon does not know."""
        index = self._article_country()
        if index is None or any(self._is_country(m) and m.cluster != index for m in places):
            return None
        return self.clusters[index]

    def _is_country(self, mention: Mention) -> bool:
        if mention.source == "demonym":
            return True
        place = _place(mention)
        return place is not None and place.kind == "country"


class _PlaceSentence:
    """One sentence's places, indexed by token, and the patterns read over them."""

    def __init__(self, sentence: Sentence, places: list[Mention], is_country) -> None:
        self.tokens = sentence.tokens
        self.keys = sentence.keys
        self.kinds = list(map(_place_word_kind, self.keys))  # read once per token, asked for many times
        self.places = places
        self.at = {m.first_token: m for m in places}
        self.is_country = is_country
        self.words = place_words()

    def relations(self) -> list[tuple[Mention, Mention, str, float]]:
        out = []
        for i in compress(count(), map(eq, self.kinds, repeat("capital"))):
            out.extend(self._capital_before(i))
        for inner in self.places:
            found = self._read_after(inner) or self._listed_before(inner)
            if found is not None:
                out.append((inner, *found))
        return out

    def named_with_its_country(self) -> list[tuple[Mention, str]]:
        """إقليم كردستان العراق: a place whose name ends in the name of the country the places
        lexicon puts it in; the place and the country's ISO code."""
        out = []
        for m in self.places:
            place = _place(m)
            words = m.text.split()
            if place is not None and place.kind != "country" and place.country_iso and len(words) > 1 \
                    and match_key(words[-1]) in _country_names(place.country_iso):
                out.append((m, place.country_iso))
        return out

    # -- capitals ------------------------------------------------------------------
    def _capital_before(self, i: int) -> list[tuple[Mention, Mention, str, float]]:
        """CITY، عاصمة Y / عاصمة Y، CITY / العاصمة الهندية نيودلهي."""
        out = []
        j = i - 1 if i and self.tokens[i - 1].text in _COMMAS else i
        city = next((m for m in self.places if m.last_token == j), None)
        if city is not None and _preposition_on_the_capital(self.keys[i]):
            city = None  # مطار حمد بالعاصمة القطرية: in the capital, not the capital
        outer, end = self._place_at(i + 1)
        if city is not None and outer is not None and self._contains(outer, city, capital=True):
            return [(city, outer, "capital_of", 0.9)]
        if outer is not None and self.is_country(outer):
            k = end + (1 if end < len(self.tokens) and self.tokens[end].text in _COMMAS else 0)
            city = self.at.get(k)
            if city is not None and self._contains(outer, city, capital=True):
                out.append((city, outer, "capital_of", 0.9))
        return out

    def the_capital(self) -> list[tuple[Mention, str]]:
        """العاصمة صنعاء: a city the lexicon knows as a capital, right after "the capital",
        with the ISO code of its country."""
        out = []
        for i in compress(range(len(self.tokens) - 1), map(_is_the_capital, self.keys)):
            city = self.at.get(i + 1)
            place = _place(city) if city is not None else None
            if place is not None and place.kind == "capital" and place.country_iso:
                out.append((city, place.country_iso))
        return out

    def of_the_country(self) -> list[tuple[Mention, str, str]]:
        """"the country" (البلاد) of the article: دونيتسك شرق البلاد (located in), عاصمة البلاد،
        ليبرفيل (capital): the place, the ISO code of the country the places lexicon puts it
        in, and the relation; the reader keeps those whose country the article names. A place
        the lexicon does not know but a place noun introduces (إقليم شرناق) gets the code "":
        the reader puts it in the article's country."""
        out = []
        for i in compress(count(), map(eq, self.kinds, repeat("this"))):
            if i and self._kind(i - 1) == "capital":
                k = i + 1 + (i + 1 < len(self.tokens) and self.tokens[i + 1].text in _COMMAS)
                city = self.at.get(k)
                place = _place(city) if city is not None else None
                if place is not None and place.kind == "capital" and place.country_iso:
                    out.append((city, place.country_iso, "capital_of"))
                continue
            j = i - 1
            while j >= 0 and self._kind(j) == "direction":
                j -= 1
            if j == i - 1 or j < 0:
                continue
            inner = next((m for m in self.places if m.last_token == j + 1), None)
            place = _place(inner) if inner is not None else None
            if place is not None and place.country_iso and not self.is_country(inner):
                out.append((inner, place.country_iso, "located_in"))
            elif inner is not None and place is None and self._known_place(inner):
                out.append((inner, "", "located_in"))
        return out

    # -- patterns to the right of a place -------------------------------------------
    def _listed_before(self, inner: Mention) -> tuple[Mention, str, float] | None:
        """قضاء بلدروز والمقدادية في بعقوبة: the first places of a list joined by و share the
        "في/ب Y" written after the last one."""
        place = _place(inner)
        if self.is_country(inner) or not self._known_place(inner) or (place is not None and place.kind == "water"):
            return None  # مياه قناة السويس وبحيرة التمساح بالإسماعيلية: a canal runs past the city
        last, k = inner, inner.last_token
        while (nxt := self.at.get(k)) is not None and self._glued_and(nxt) and not self.is_country(nxt):
            last, k = nxt, nxt.last_token
        if last is inner or self._between(inner):
            return None  # عقبة القنذع الواقعة بين محافظة البيضاء وشبوة في مديرية بيحان: a list after "between" names the ends
        found = self._in_place(k)
        if found is not None and self._contains(found[0], inner, noun=found[1]) and self._contains(found[0], last, noun=found[1]):
            return found[0], "located_in", 0.75
        return None

    def _between(self, inner: Mention) -> bool:
        """The list opens after بين ("between"), a place noun allowed between (بين محافظة X وY)."""
        j = inner.first_token - 1
        if j >= 0 and self._kind(j) is not None:
            j -= 1
        return j >= 0 and self.keys[j] in _BETWEEN

    def _glued_and(self, mention: Mention) -> bool:
        """The mention's token starts with the conjunction و glued before the name (والمقدادية)."""
        token = self.tokens[mention.first_token]
        return _glued(token, mention) == "و"

    def _read_after(self, inner: Mention) -> tuple[Mention, str, float] | None:
        if self.is_country(inner):
            return None
        k = inner.last_token
        n = len(self.tokens)
        if k < n and self._quoted(inner):
            k += 1  # منطقة "النخيلة" بمديرية المسيمير: read on after the closing quote
        if k >= n:
            return None
        # CITY (COUNTRY)
        if k + 2 < n and self.tokens[k].text == "(" and self.tokens[k + 2].text == ")":
            outer = self.at.get(k + 1)
            if outer is not None and self.is_country(outer) and self._contains(outer, inner):
                return outer, "located_in", 0.85
        # بعقوبة مركز محافظة ديالى
        if self._kind(k) == "centre":
            outer, _ = self._place_at(k + 1)
            if outer is not None and self._contains(outer, inner):
                return outer, "located_in", 0.85
        # مدينة الموصل العراقية
        outer = self.at.get(k)
        if outer is not None and outer.source == "demonym":
            if self.keys[k].endswith(("يه", "ية")) and self._known_place(inner, sites=False) and self._contains(outer, inner):
                return outer, "located_in", 0.8
            return None
        # CITY، COUNTRY that the lexicon confirms
        if self.tokens[k].text in _COMMAS:
            outer = self.at.get(k + 1)
            place = _place(inner)
            if outer is not None and self.is_country(outer) and place and place.country_iso and place.country_iso == outer.iso:
                return outer, "located_in", 0.85
            return None
        # في/ب [محافظة...] Y, or after a participle of lying (مديرية الحيمة التابعة لمحافظة
        # صنعاء؛ المدينة القديمة الواقعة في ...)
        j = k
        if self._adjective(j) and self.keys[j + 1 : j + 2] and (self._kind(j + 1) == "lies" or self.keys[j + 1] in _IN):
            j += 1  # المدينة القديمة الواقعة في ...، متنزه يلوستون الوطني في ولاية وايومنغ
        lies = self._kind(j) == "lies"
        found = self._in_place(j + 1 if lies else j, lies)
        if found is not None:
            outer, noun = found
            if self._known_place(inner) and self._contains(outer, inner, noun=noun):
                return outer, "located_in", 0.8
            return None
        # (ADJ) (في/ب) SIDE Y
        return self._side_of(inner, k)

    def _in_place(self, k: int, belongs: bool = False) -> tuple[Mention, str] | None:
        """"في Y", "بمحافظة Y", "في دولة Y", "بعدن" from token ``k`` (and "لمحافظة Y" after
        التابعة); Y and the noun before it."""
        j, glued = k, False
        if j >= len(self.tokens):
            return None
        if self.keys[j] in _IN:
            j += 1
        elif not (self._glued_b(j) or (belongs and self._glued_l(j))):
            return None
        else:
            glued = True
        if j >= len(self.tokens):
            return None
        outer = self.at.get(j)
        if outer is not None and (not glued or self._glued_b(j) or (belongs and self._glued_l(j))):
            return outer, ""
        kind = self._kind(j)
        if kind in ("country", "region", "city"):
            outer = self.at.get(j + 1)
            if outer is not None:
                return outer, kind
            outer = self.at.get(j)  # the noun is part of the name (محافظة لحج)
            if outer is not None:
                return outer, kind
        return None

    def _side_of(self, inner: Mention, k: int) -> tuple[Mention, str, float] | None:
        """قندوز المضطربة شمال أفغانستان، بشمال عدن، حي الدكوانة شرق بيروت."""
        j = k
        if self._adjective(j) and self.keys[j + 1 : j + 2] and self._kind(j + 1) == "direction":
            j += 1  # one adjective of the place (المضطربة)
        inside = False
        if j < len(self.tokens) and self.keys[j] in _IN:
            inside, j = True, j + 1
        if j >= len(self.tokens) or self._kind(j) != "direction":
            return None
        inside = inside or self._glued_b(j)
        j += 1
        if j < len(self.tokens) and self._kind(j) == "direction":
            j += 1  # شمال شرق، جنوب غربي
        outer, _ = self._place_at(j)
        if outer is None:
            return None
        place = _place(outer)
        wide = self.is_country(outer) or (place is not None and place.kind in ("region", "territory"))
        quarter = inner.first_token > 0 and self._kind(inner.first_token - 1) in ("quarter", "suburb")
        if (wide or inside or quarter) and self._known_place(inner) and self._contains(outer, inner):
            return outer, "located_in", 0.8
        return None

    # -- helpers ---------------------------------------------------------------------
    def _place_at(self, j: int) -> tuple[Mention | None, int]:
        """The place at token ``j``, after an optional place noun (عاصمة محافظة لحج)."""
        if j < len(self.tokens) and j not in self.at and self._kind(j) in ("country", "region", "city"):
            j += 1
        outer = self.at.get(j)
        if outer is not None and _glued(self.tokens[j], outer).startswith("و"):
            outer = None  # وريف إدلب: the next of a list, not a place around the first
        return outer, (outer.last_token if outer is not None else j)

    def _kind(self, j: int) -> str | None:
        """The place word at token ``j`` (with a glued و، ب، ف، ل or the article)."""
        if j >= len(self.tokens):
            return None
        return self.kinds[j]

    def _glued_b(self, j: int) -> bool:
        """The token at ``j`` starts with the preposition ب (بمحافظة، بعدن as a name's clitic)."""
        if j >= len(self.tokens):
            return False
        mention = self.at.get(j)
        token = self.tokens[j]
        if mention is not None:
            return _glued(token, mention).endswith("ب")
        return self.keys[j].startswith(("ب", "وب")) and self._kind(j) is not None

    def _glued_l(self, j: int) -> bool:
        """The token at ``j`` starts with the preposition ل (لمحافظة، للعراق)."""
        mention = self.at.get(j)
        token = self.tokens[j]
        if mention is not None:
            return _glued(token, mention).endswith("ل")
        return self.keys[j].startswith(("ل", "ول")) and self._kind(j) is not None

    def _adjective(self, j: int) -> bool:
        """An ordinary definite word at ``j`` (الوطني، المضطربة), no place word or name."""
        return j < len(self.tokens) and self.keys[j].startswith("ال") and self._kind(j) is None and j not in self.at

    def _known_place(self, inner: Mention, sites: bool = True) -> bool:
        """The lexicon knows the place, a place noun introduces it (مدينة ليل، حي البياع), or
        its name begins with the noun of a site (قاعدة العند، ميناء الملك عبدالعزيز) — not
        before a nationality adjective (قاعدة التصنيع الأميركية is a manufacturing base)."""
        before = inner.first_token - 1 - int(self._quoted(inner))
        return _place(inner) is not None or (before >= 0 and self._kind(before) is not None) \
            or (sites and inner.last_token - inner.first_token > 1 and self._kind(inner.first_token) == "site")

    def _quoted(self, inner: Mention) -> bool:
        """The name stands between quotes (منطقة "النخيلة")."""
        k, b = inner.last_token, inner.first_token - 1
        return b >= 0 and k < len(self.tokens) and self.tokens[b].text in _QUOTES and self.tokens[k].text in _QUOTES

    def _contains(self, outer: Mention, inner: Mention, capital: bool = False, noun: str = "") -> bool:
        """Whether ``outer`` can contain ``inner`` by the places lexicon (see the module docstring)."""
        if self.is_country(inner) or outer.cluster == inner.cluster:
            return False
        inner_place, outer_place = _place(inner), _place(outer)
        if capital and inner_place is None and not self._known_place(inner):
            return False  # العاصمة السعودية المشهد العقاري: a capital is a place the lexicon or a place noun knows
        outer_iso = outer.iso or (outer_place.iso if outer_place is not None and outer_place.kind == "country" else "")
        if inner_place is not None and not inner_place.country_iso:
            return False  # آسيا، الشرق الأوسط: a region of several countries lies in none of them
        if self.is_country(outer):
            return not (inner_place and inner_place.country_iso and outer_iso and inner_place.country_iso != outer_iso)
        if outer_place is None:
            if inner_place is not None and _BIGGER.get(inner_place.kind, 0) >= 2 and noun != "country":
                return False  # شبوة في مديرية بيحان: a province the lexicon knows lies in no district it does not
            return noun in ("region", "country") or (capital and self._kind(outer.first_token - 1) == "region")
        if not outer_place.country_iso:
            return False  # nor is a place put in such a region (بلاد الشام)
        if inner_place is not None:
            if inner_place.country_iso and outer_place.country_iso and inner_place.country_iso != outer_place.country_iso:
                return False
            if _BIGGER.get(inner_place.kind, 0) > _BIGGER.get(outer_place.kind, 0):
                return False
        if capital and outer_place.kind in ("city", "capital"):
            return False
        return True


def _dateline(sentence: Sentence, entities: list[Mention]) -> list[Mention]:
    """Places that open a story before a colon or dash (أستانا (كازاخستان): ...): where its events happen."""
    tokens = sentence.tokens
    for j, token in enumerate(tokens[:8]):
        if token.text in (":", "-", "–", "—"):
            head = [m for m in entities if m.last_token <= j]
            places = [m for m in head if m.label in (GPE, LOC)]
            if places and len(places) == len(head) and all(
                t.text in "()" or any(m.first_token <= k < m.last_token for m in places) for k, t in enumerate(tokens[:j])
            ):
                return places
            return []
    return []


def _preposition_on_the_capital(key: str) -> bool:
    """بالعاصمة، لعاصمة: the word for "capital" carries a preposition (ب، ل، ك), so what
    stands before it lies in the capital; و and ف are no prepositions."""
    prefixes = [prefix for prefix, stem in clitic_splits(key) if stem.removeprefix("ال") == _CAPITAL_CITY.removeprefix("ال")]
    return bool(prefixes) and all(prefix.strip("وف") for prefix in prefixes)


@memo(300)
def _country_names(iso: str) -> frozenset[str]:
    """The matching keys of the names the places lexicon gives the country ``iso``."""
    return frozenset(match_key(p.name) for p in load("places") if p.kind == "country" and p.iso == iso)


@memo(200_000)
def _is_the_capital(key: str) -> bool:
    """The word is العاصمة, with or without glued clitics."""
    return any(stem == _CAPITAL_CITY for _, stem in clitic_splits(key))


@memo(200_000)
def _place_word_kind(key: str) -> str | None:
    """The kind of place word a token's key spells, clitics and the article off."""
    words = place_words()
    for _, stem in clitic_splits(key):
        kind = words.get(stem)
        if kind is None and stem.startswith("ال"):
            kind = words.get(stem[2:])
            if kind == "direction":
                kind = None  # الغربي is an adjective ("western"), not a side of the next place
        if kind is not None:
            return kind
    return None
