"""Affiliations: who holds which role in which country or organisation.

A title, then the country or organisation it belongs to, then the holder (وزير الخارجية
الأميركي أنتوني بلينكن; رئيس كازاخستان، قاسم جومارت توكاييف), or a holder followed by an
apposition (X، الخبيرة في مؤسسة Y وجامعة Z); a counterpart (نظيره الكازاخستاني X) takes
the role of the person it is the counterpart of.
"""

from __future__ import annotations

from kg.extract.actors import actor_phrases
from kg.extract.common import _MINISTRY_KEY, _place
from kg.lexicon import feminine_adjective
from kg.normalize import bare_key
from kg.types import GPE, ORG, PERSON, Evidence, Mention, Relation, Sentence


class AffiliationReader:
    """The affiliation half of the document reader (see kg.extract.DocumentReader)."""

    def complete_ministries(self) -> None:
        """A bare "ministry of X" is the ministry of the country whose X-minister the article names.

        وزارة الخارجية in an article that calls someone وزير الخارجية الأمريكي is the US
        ministry; with no such minister, or two countries' ministers, it stays as written.
        Ministers named without a country are placed in their ministry first (``_ministry_of``).
        """
        for holder, role, role_en, evidence in self.ministers:
            for ministry in self._ministry_of(role):
                if ministry != holder:
                    self.relations.append(Relation(str(holder), str(ministry), "affiliated_with", evidence, 0.8, role, role_en))
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
        """Each actor phrase's person is affiliated with the phrase's employers (kg.extract.actors)."""
        for phrase in actor_phrases(sentence, entities + titles):
            holder = phrase.head
            if holder.cluster < 0:
                continue
            for qualifier in phrase.employers:
                employer = qualifier.mention
                if employer.cluster < 0:
                    continue
                role, role_en = qualifier.role or phrase.role, qualifier.role_en or phrase.role_en
                if qualifier.title is not None and _is_counterpart(qualifier.title):
                    role, role_en = self._counterpart_role(entities, qualifier.title)
                self._relate(holder, employer, "affiliated_with", evidence, 0.85, role, role_en)
                self.roles.setdefault(holder.cluster, (role, role_en, employer.cluster))
            employers: list[int] = []
            for iso in phrase.implied_countries:
                country = next((c for c in self.clusters if c.iso == iso), None)
                if country is not None:
                    employers.append(country.index)
            if not phrase.employers and not employers:
                employers = self._named_by_noun(phrase)
                if not employers:
                    self.ministers.append((holder.cluster, phrase.role, phrase.role_en, evidence))
            for employer in employers:
                if employer != holder.cluster:
                    self.relations.append(Relation(str(holder.cluster), str(employer), "affiliated_with", evidence, 0.8, phrase.role, phrase.role_en))
                    self.roles.setdefault(holder.cluster, (phrase.role, phrase.role_en, employer))

    def _named_by_noun(self, phrase) -> list[int]:
        """رئيس الجامعة، وكيل الوزارة: the article's one organisation whose name begins with the noun."""
        found = set()
        for noun, _, _ in phrase.anaphors:
            matches = [c.index for c in self.clusters if c.type == ORG and c.key.split(" ")[0] == noun and " " in c.key]
            if len(matches) == 1:
                found.add(matches[0])
        return sorted(found)

    def _ministry_of(self, role: str) -> list[int]:
        """وزير الطاقة سهيل المزروعي in an article that names وزارة الطاقة: the minister of a
        field works in the article's one ministry of that field, named without a nationality
        (وزارة الخارجية الأميركية is no Cuban minister's), when the article names no minister
        of that field with a country (the ministry may be that country's)."""
        words = bare_key(role).split(" ")
        at = next((k for k, w in enumerate(words) if w in _MINISTER_KEYS), None)
        if at is None or at + 1 >= len(words):
            return []
        field = words[at + 1 :]
        found = []
        for c in self.clusters:
            name = c.key.split(" ")
            if c.type == ORG and len(name) > 1 and name[0] == _MINISTRY_KEY and field[: len(name) - 1] == name[1:] \
                    and len(name) - 1 >= min(2, len(field)):
                found.append(c.index)
        if len(found) != 1:
            return []
        if any(field[0] in bare_key(r).split(" ") and self.clusters[e].iso for r, _, e in self.roles.values()):
            return []
        return found

    def _counterpart_role(self, entities: list[Mention], title: Mention) -> tuple[str, str]:
        for m in reversed([m for m in entities if m.last_token <= title.first_token and m.label == PERSON]):
            if m.cluster in self.roles:
                role, role_en, _ = self.roles[m.cluster]
                return role, role_en
        return title.text, "counterpart"

    def _can_employ(self, mention: Mention) -> bool:
        """An organisation or a country can employ a title's holder (events read title references with it)."""
        if mention.label == ORG:
            return True
        if mention.label != GPE:
            return False
        place = _place(mention)
        return place is None or place.kind == "country"


_MINISTER_KEYS = frozenset(bare_key(w) for w in ("وزير", "وزيرة"))


def _is_counterpart(title: Mention) -> bool:
    """نظيره، نظيرته: the titles lexicon gives counterparts the English role "counterpart"."""
    return title.label_en == "counterpart"

