"""Affiliations: who holds which role in which country or organisation.

A title, then the country or organisation it belongs to, then the holder (وزير الخارجية
الأميركي أنتوني بلينكن; رئيس كازاخستان، قاسم جومارت توكاييف), or a holder followed by an
apposition (X، الخبيرة في مؤسسة Y وجامعة Z); a counterpart (نظيره الكازاخستاني X) takes
the role of the person it is the counterpart of.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.actors import _COURTESY, _STATE_OFFICES, NATIONALITY, _definite, actor_phrases, state_title_employers
from kg.extract.common import _MINISTRY_KEY
from kg import ner
from kg.lexicon import actor_words, common_words, feminine_adjective, load, titles_by_form
from kg.normalize import bare_key, match_key
from kg.types import ORG, PERSON, Evidence, Mention, Relation, Sentence


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
        placed = {int(r.source) for r in self.relations if r.relation == "affiliated_with"}
        for holder, role, role_en, evidence, president, named in self.unplaced:
            country = self._article_country(republic=president)
            if president:
                named = frozenset(c for c in named if not _monarchy(self.clusters[c].label))
            if holder not in placed and country is not None and named == {country}:
                placed.add(holder)
                self.relations.append(Relation(str(holder), str(country), "affiliated_with", evidence, 0.6, role, role_en))
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
        # every actor phrase is headed by a person the sentence names: with none, none is read
        phrases = actor_phrases(sentence, entities + titles) if any(m.label == PERSON for m in entities) else []
        qualifying: set[tuple[int, int]] | None = None
        for phrase in phrases:
            holder = phrase.head
            if holder.cluster < 0 or _name_cut_short(holder, sentence, entities):
                continue
            offices = [t for t in phrase.titles if getattr(titles_by_form().get(t.canonical), "kind", "") not in _COURTESY]
            # جلالة الملك X: X is named "the king" (not خادم الحرمين الشريفين الرئيس X, two phrases
            # read as one; nor مساعد الرئيس X, an office of no lexicon's)
            if len(offices) == 1 and offices[0].canonical:
                self.titled.setdefault(holder.cluster, set()).add(offices[0].canonical)
            self.named_with.setdefault(holder.cluster, set()).update(t.canonical for t in offices if t.canonical)
            for qualifier in phrase.employers:
                employer = qualifier.mention
                if employer.cluster < 0:
                    continue
                role, role_en = qualifier.role or phrase.role, qualifier.role_en or phrase.role_en
                if qualifier.title is not None and _is_counterpart(qualifier.title):
                    role, role_en = self._counterpart_role(entities, qualifier.title)
                self._relate(holder, employer, "affiliated_with", evidence, 0.85, role, role_en)
                if role_en != NATIONALITY:  # a nationality is no office another title could name
                    self.roles.setdefault(holder.cluster, (role, role_en, employer.cluster))
            employers: list[int] = []
            for iso in phrase.implied_countries:
                country = next((c for c in self.clusters if c.iso == iso), None)
                if country is not None:
                    employers.append(country.index)
            if not phrase.employers and not employers:
                employers = self._named_by_noun(phrase, entities)
                if not employers:
                    self.ministers.append((holder.cluster, phrase.role, phrase.role_en, evidence))
                    state = _state_title(phrase)
                    if state is not None:
                        if qualifying is None:
                            qualifying = _qualifying_countries(sentence, entities + titles, phrases)
                        countries = [m for m in entities if m.cluster >= 0 and self.clusters[m.cluster].iso
                                     and (m.first_token, m.last_token) not in qualifying]
                        if any(m.last_token <= phrase.first_token for m in countries):  # named before the title
                            named = frozenset(m.cluster for m in countries)
                            self.unplaced.append((holder.cluster, phrase.role, phrase.role_en, evidence, state, named))
            for employer in employers:
                if employer != holder.cluster:
                    self.relations.append(Relation(str(holder.cluster), str(employer), "affiliated_with", evidence, 0.8, phrase.role, phrase.role_en))
                    self.roles.setdefault(holder.cluster, (phrase.role, phrase.role_en, employer))
        for mention in entities:
            self.last_named[mention.cluster] = sentence.index

    def _named_by_noun(self, phrase, entities: list[Mention]) -> list[int]:
        """رئيس الجامعة، وكيل الوزارة: the article's one organisation whose name begins with
        the noun; of several, the one its sentence names last before the title, or else the
        one the latest sentence to name any of them names alone (وعن افتتاح الأكاديمية
        البحرية، أكد رئيس الأكاديمية ...). The article must name it with that noun: رئيس
        النادي is not the president of the opponent a match report names «ميلان الإيطالي»."""
        found = set()
        for noun, _, _ in phrase.anaphors:
            matches = [c.index for c in self.clusters if c.type == ORG and c.key.split(" ")[0] == noun and " " in c.key
                       and any(bare_key(alias).split(" ")[0] == noun for alias in c.aliases)]
            if len(matches) > 1:
                matches = self._latest_named(matches, entities, phrase.first_token)
            if len(matches) == 1:
                found.add(matches[0])
        return sorted(found)

    def _latest_named(self, candidates: list[int], entities: list[Mention], before: int) -> list[int]:
        """Of ``candidates``, the one named last before token ``before`` of this sentence,
        else those the latest earlier sentence that names any of them names."""
        here = [m for m in entities if m.cluster in candidates and m.last_token <= before]
        if here:
            return [max(here, key=lambda m: m.first_token).cluster]
        seen = {c: self.last_named[c] for c in candidates if c in self.last_named}
        if not seen:
            return []
        latest = max(seen.values())
        return [c for c, at in seen.items() if at == latest]

    def _article_country(self, republic: bool = False) -> int | None:
        """The country an article is about: named at least three times, and more than twice
        as often as any other, which is named at most twice. A bare state title (وزير
        الطاقة X، فخامة الرئيس X) in such an article is that country's when its sentence
        names that country, before the title, and no other (a famous foreign leader, a Saudi
        minister in a report on a visit abroad, are named bare too); a president's country is looked for
        among the countries whose name calls them no kingdom or sultanate."""
        counts = sorted(
            ((c.mentions, c.index) for c in self.clusters
             if c.iso and not (republic and _monarchy(c.label))),
            reverse=True,
        )
        if not counts or counts[0][0] < 3:
            return None
        second = counts[1][0] if len(counts) > 1 else 0
        if second > 2 or counts[0][0] <= 2 * second:
            return None
        return counts[0][1]

    def _ministry_of(self, role: str) -> list[int]:
        """وزير الطاقة سهيل المزروعي in an article that names وزارة الطاقة: the minister of a
        field works in the article's one ministry of that field, named without a nationality
        (وزارة الخارجية الأميركية is no Cuban minister's), when the article names no minister
        of that field with a country (the ministry may be that country's)."""
        raw = role.split()
        words = [bare_key(w) for w in raw]
        at = next((k for k, w in enumerate(words) if w in _MINISTER_KEYS), None)
        if at is None or at + 1 >= len(words):
            return []
        # نائب وزير الصحة للشؤون الصحية: the deputy's portfolio after ل is no part of the field
        cut = next((k for k in range(at + 2, len(raw)) if raw[k].startswith("ل")), len(raw))
        field = words[at + 1 : cut]
        found = []
        for c in self.clusters:
            name = c.key.split(" ")
            if len(name) > 2 and name[-1] in _nationality_keys():
                name = name[:-1]  # وزارة الطاقة الإماراتية: the field's ministry, named with its country
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


_MINISTER_KEYS = frozenset(bare_key(w) for w in ("وزير", "وزيرة"))


@lru_cache(maxsize=1)
def _nationality_keys() -> frozenset[str]:
    """Bare keys of the feminine nationality adjectives that end a ministry's name (المصرية)."""
    return frozenset(bare_key(d.form) for d in load("demonyms") if d.form.endswith("ية"))


_PRESIDENTS = frozenset({"president", "former president", "president-elect", "vice president"})
# المستشار is far more often an adviser or a judge than a chancellor
_ADVISERS = frozenset({"chancellor"})


def _state_title(phrase) -> bool | None:
    """Whether a phrase's titles are only a state's (a president, a prime minister, a
    minister: True for a president), with no qualifier and no organisation's noun; None
    for any other phrase (an adviser, a prince, a mufti is no bare state title)."""
    if phrase.qualifiers or phrase.anaphors or not phrase.titles or phrase.titles[-1].last_token != phrase.head.first_token:
        return None  # رئيس بنك X، وزيرة الثقافة المالية X: words between the title and the name
    if any(t.canonical.startswith("ال") and not _definite(match_key(t.text)) for t in phrase.titles):
        return None  # رئيس (for الرئيس) is a construct: the president of something named after it
    entries = [titles_by_form().get(t.canonical) for t in phrase.titles]
    kinds = [e for e in entries if e is not None and e.kind not in ("honorific", "academic")]
    if not kinds or any(e.kind not in _STATE_OFFICES or e.scope != "country" or e.role_en in _ADVISERS for e in kinds):
        return None
    return all(e.role_en in _PRESIDENTS for e in kinds)


def _qualifying_countries(sentence: Sentence, mentions: list[Mention], phrases) -> set[tuple[int, int]]:
    """The spans of the countries that qualify the title of another state's voice or another
    actor's name alone (أمير دولة قطر يستقبل وزير الخارجية X, whether or not that title reaches
    a name; المصري X): they place that actor, never an official the sentence leaves bare: of
    two officials the press names the foreign side's country (not so for a first lady, nor for
    members of a parliament who question their own minister)."""
    spans = {(q.mention.first_token, q.mention.last_token) for q in state_title_employers(sentence, mentions)}
    return spans | {(q.mention.first_token, q.mention.last_token) for p in phrases for q in p.employers if q.title is None}


def _monarchy(label: str) -> bool:
    """المملكة العربية السعودية، سلطنة عمان: a country whose name says it is ruled by a
    king or sultan (kg/data/actor_words.tsv, kind "monarchy")."""
    first = match_key(label.split(" ")[0]) if label else ""
    return actor_words().get(first[2:] if first.startswith("ال") else first) == "monarchy"


def _name_cut_short(head: Mention, sentence: Sentence, entities: list[Mention]) -> bool:
    """السويسري جوزيف بلاتر read as جوزيف and بلاتر, إسكندر وتوت read as إسكندر: a one-word
    name the NER data knows mostly as a first name, followed straight by another person's
    name or by an unknown word with a glued و (not و + a first name: خالد وأحمد are two),
    is only the start of a name, and an affiliation would go to a node of the first name alone."""
    tokens = sentence.tokens
    if head.last_token - head.first_token != 1 or head.last_token >= len(tokens) or not _mostly_a_name(tokens[head.first_token].key):
        return False
    if any(m.label == PERSON and m.first_token == head.last_token for m in entities):
        return True
    key = tokens[head.last_token].key
    common = common_words()
    return key.startswith("و") and len(key) > 3 and key not in common and key[1:] not in common and not _mostly_a_name(key[1:]) \
        and not _mostly_a_name(key)


def _mostly_a_name(key: str) -> bool:
    """The NER training data saw the word mostly in persons' names."""
    return "w:PERS:hi" in ner.load_model().memory.get(key, ())


def _is_counterpart(title: Mention) -> bool:
    """نظيره، نظيرته: the titles lexicon gives counterparts the English role "counterpart"."""
    return title.label_en == "counterpart"

