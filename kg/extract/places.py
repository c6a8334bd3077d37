"""Places: capital_of from عاصمة/العاصمة patterns, located_in from "city (country)",
"city، country" when the lexicon agrees, and "city + nationality adjective"; datelines."""

from __future__ import annotations

from kg.extract.common import _CAPITAL_KEYS, _COMMAS, _place
from kg.normalize import bare_key
from kg.types import GPE, LOC, Evidence, Mention, Sentence


class PlaceReader:
    """The place half of the document reader (see kg.extract.DocumentReader)."""

    def _places(self, sentence: Sentence, entities: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        places = [m for m in entities if m.label in (GPE, LOC)]
        at = {m.first_token: m for m in places}
        ending = {m.last_token: m for m in places}
        for i, token in enumerate(tokens):
            if bare_key(token.text) not in _CAPITAL_KEYS:
                continue
            # CITY، عاصمة COUNTRY
            j = i - 1 if i and tokens[i - 1].text in _COMMAS else i
            city, country = ending.get(j), at.get(i + 1)
            if city and country and self._is_country(country) and not self._is_country(city):
                self._relate(city, country, "capital_of", evidence, 0.9)
                continue
            # العاصمة الهندية نيودلهي / عاصمة كازاخستان، أستانا
            country = at.get(i + 1)
            if country and self._is_country(country):
                k = country.last_token + (1 if country.last_token < len(tokens) and tokens[country.last_token].text in _COMMAS else 0)
                city = at.get(k)
                if city and not self._is_country(city):
                    self._relate(city, country, "capital_of", evidence, 0.9)
        for m in places:
            if self._is_country(m):
                continue
            nxt = m.last_token
            # CITY (COUNTRY)
            if nxt + 2 < len(tokens) and tokens[nxt].text == "(" and tokens[nxt + 2].text == ")":
                country = at.get(nxt + 1)
                if country and self._is_country(country):
                    self._relate(m, country, "located_in", evidence, 0.85)
                    continue
            # CITY + nationality adjective, or CITY، COUNTRY that the lexicon confirms
            country = at.get(nxt)
            if country and country.source == "demonym" and _place(m) is not None:
                self._relate(m, country, "located_in", evidence, 0.8)
                continue
            if nxt < len(tokens) and tokens[nxt].text in _COMMAS:
                country = at.get(nxt + 1)
                place = _place(m)
                if country and self._is_country(country) and place and place.country_iso and place.country_iso == country.iso:
                    self._relate(m, country, "located_in", evidence, 0.85)

    def _is_country(self, mention: Mention) -> bool:
        if mention.source == "demonym":
            return True
        place = _place(mention)
        return place is not None and place.kind == "country"



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

