"""Affiliations: who holds which role in which country or organisation.

A title, then the country or organisation it belongs to, then the holder (وزير الخارجية
الأميركي أنتوني بلينكن; رئيس كازاخستان، قاسم جومارت توكاييف), or a holder followed by an
apposition (X، الخبيرة في مؤسسة Y وجامعة Z); a counterpart (نظيره الكازاخستاني X) takes
the role of the person it is the counterpart of.
"""

from __future__ import annotations

from kg.extract.common import _COMMAS, _MINISTRY_KEY, _after, _breaks, _place
from kg.lexicon import feminine_adjective
from kg.normalize import bare_key
from kg.types import GPE, ORG, PERSON, Evidence, Mention, Sentence

_TITLE_WINDOW = 14


class AffiliationReader:
    """The affiliation half of the document reader (see kg.extract.DocumentReader)."""

    def complete_ministries(self) -> None:
        """A bare "ministry of X" is the ministry of the country whose X-minister the article names.

        وزارة الخارجية in an article that calls someone وزير الخارجية الأمريكي is the US
        ministry; with no such minister, or two countries' ministers, it stays as written.
        """
        for cluster in self.clusters:
            words = cluster.key.split(" ")
            if cluster.type != ORG or len(words) != 2 or words[0] != _MINISTRY_KEY:
                continue
            countries = {
                employer for role, _, employer in self.roles.values()
                if words[1] in bare_key(role).split(" ") and self.clusters[employer].iso
            }
            if len(countries) != 1:
                continue
            country = self.clusters[countries.pop()]
            adjective = feminine_adjective(country.label)
            if adjective:
                cluster.key = f"{cluster.key} {bare_key(adjective)}"
                cluster.label = f"{cluster.label} {adjective}"
                cluster.reasons.append(f"{cluster.label}: the ministry of the article's {country.label_en or country.label} minister")

    # -- affiliations -------------------------------------------------------------
    def _affiliations(self, sentence: Sentence, entities: list[Mention], titles: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        for title in titles:
            holder, employers = None, []
            for m in _after(entities, title.last_token):
                if m.first_token - title.last_token > _TITLE_WINDOW or _breaks(tokens, title.last_token, m.first_token):
                    break
                if any(t.first_token >= title.last_token and t.first_token < m.first_token for t in titles if t is not title):
                    break
                if m.label == PERSON:
                    holder = m
                    break
                if self._can_employ(m) and not employers:
                    employers.append(m)
            if holder is None:
                holder, employers = self._apposition(tokens, entities, title)
            if holder is None:
                continue
            role, role_en = title.text, title.label_en
            if _is_counterpart(title):
                role, role_en = self._counterpart_role(entities, title)
            for employer in employers:
                self._relate(holder, employer, "affiliated_with", evidence, 0.85, role, role_en)
                self.roles.setdefault(holder.cluster, (role, role_en, employer.cluster))

    def _apposition(self, tokens, entities: list[Mention], title: Mention) -> tuple[Mention | None, list[Mention]]:
        """X، TITLE ... ORG وORG: the holder stands before the title, employers after it."""
        before = [m for m in entities if m.last_token <= title.first_token]
        if not before:
            return None, []
        holder = before[-1]
        gap = tokens[holder.last_token : title.first_token]
        if holder.label != PERSON or not gap or not all(t.text in _COMMAS for t in gap):
            return None, []
        employers = []
        for m in _after(entities, title.last_token):
            if _breaks(tokens, title.last_token, m.first_token, commas=True) or m.label == PERSON:
                break
            if self._can_employ(m):
                employers.append(m)
        return holder, employers

    def _counterpart_role(self, entities: list[Mention], title: Mention) -> tuple[str, str]:
        for m in reversed([m for m in entities if m.last_token <= title.first_token and m.label == PERSON]):
            if m.cluster in self.roles:
                role, role_en, _ = self.roles[m.cluster]
                return role, role_en
        return title.text, "counterpart"

    def _can_employ(self, mention: Mention) -> bool:
        if mention.label == ORG:
            return True
        if mention.label != GPE:
            return False
        place = _place(mention)
        return place is None or place.kind == "country"



def _is_counterpart(title: Mention) -> bool:
    """نظيره، نظيرته: the titles lexicon gives counterparts the English role "counterpart"."""
    return title.label_en == "counterpart"

