"""Events: one engine reading the frames of kg/data (see kg.extract.triggers).

A sentence is first cut into actor phrases: a name with the honorifics, titles, nationality
and organisation words around it (صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد
وزير الدفاع), each with the preposition that governs it. A trigger then takes

- its agent by position only: the phrase right after a verb (verb-subject), the phrase right
  before it (subject-verb, also across قد / لم / أن and a relative الذي), the genitive after a
  verbal noun (زيارة الرئيس X), or the subject of the support verb that carries the noun
  (أعرب X عن إدانته; تلقى X اتصالا من Y: Y is the agent); a dropped subject only from the
  previous clause's named subject: a verb after و / ف / حيث / ثم goes on with the clause's
  subject (or the named subject of the verb opening the sentence) unless it names its own
  (a name that can act, then the verb's object: وترفض حماس أي حديث), but not into a
  predicative phrase (ينظر لإيران باعتبارها دولة تشن حربا) nor, past a comma, from a relative
  clause whose subject was named after its verb (X الذي يؤيده Y، ... وبدأ);
  الجانبان / بين الطرفين are the two actors of the two-party event just told; a group that
  claims an attack or blast later in the sentence (تبناه تنظيم X، وتبنت X مسؤوليتها) is its
  doer. No agent, no event: never the nearest name;
- its targets from the frame's slots (object, a given preposition, بين X و Y), up to the end
  of the clause or a topic word (لبحث، حول، دعا X إلى); a place after في is where it happened;
- its modality (negated by لم / لن / لا / عدم / نفى in its verb phrase, planned by سـ / سوف /
  المقرر / المقبل) and its date (kg.extract.dates), the ISO date against the document's.

An event needs a named agent and a named target or place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, compress, count, repeat
from operator import attrgetter, is_not

from kg.extract.actors import _SECOND_IN_OFFICE, _definite, _is_chaired, title_of_another
from kg.extract.common import _ARGUMENT_STOPS, _CLAUSE_BREAKS, _COMMAS, _PLACE_EVENTS, _ClusterRef, _is_media, _place, _site
from kg.extract.dates import date_spans, is_relative, to_iso
from kg.extract.triggers import (
    Frame, Kind, Reading, _stems, _trigger_of, cues, feminine_forms, kinds, support_verbs, trigger_of_word, triggers, verb_gender,
)
from kg.lexicon import actor_words, national_org_heads, org_heads, place_heads, service_org_heads, thing_heads, titles_by_form
from kg.memo import memo
from kg.normalize import match_key, strip_diacritics
from kg.types import GPE, LOC, MISC, ORG, PERSON, TITLE, Event, Evidence, Mention, Sentence

_PREPOSITIONS = frozenset(match_key(w) for w in (
    "من إلى الى على عن في مع ضد لدى حول بين تجاه نحو بشأن أمام فوق تحت عند خلال منذ داخل خارج أثناء بعد قبل"
).split())
_PREPOSITION_PRONOUNS = frozenset(match_key(p + s) for p in ("في", "على", "إلى", "عن", "مع", "ب", "ل", "من")
                                   for s in ("ه", "ها", "هم", "هما")) | frozenset(match_key(w) for w in ("منه", "منها", "عليه", "إليه"))
_CLITIC_PREPOSITIONS = {"ب": "ب", "بال": "ب", "ل": "ل", "لل": "ل", "ك": "ك"}
# Quotes and brackets around a name or a date («داعش»، اليوم (الجمعة)) do not end a clause.
_QUOTES = frozenset("«»\"“”()")
_BREAKS = _CLAUSE_BREAKS - _QUOTES
_DASHES = frozenset("-–—")
_OPENING_MARKS = {"«": "»", "“": "”", '"': '"'}  # an opening quotation mark and the one that closes it
_IN = match_key("في")
_FROM = match_key("من")
_BETWEEN = match_key("بين")
_WITH = match_key("مع")
_THERE = match_key("هناك")
_TO = match_key("إلى")
_BEFORE = match_key("قبل")
_SINCE = match_key("منذ")
_AT = match_key("لدى")
_ABOUT = match_key("عن")
_SIDE = match_key("جهة")
_BESIDE = match_key("جانب")
_ONE_PER_STATE = frozenset({"head_of_state", "head_of_government"})  # offices a state has one holder of
_TOP_OFFICES = _ONE_PER_STATE | {"royal"}  # a bare title of one is the holder the article named with it
_RANKS = frozenset({"academic", "honorific"})  # title kinds that name no office (الدكتور، المهندس، معالي)
_WHAT = match_key("ما")
_ALTERNATIVES = frozenset(match_key(w) for w in ("أو", "أم"))  # X أو Y: one of them, not told which
_TITLE_GAP = 3  # words a title may run over before its name or country (وزير حقوق الإنسان باليمن)
_POSTS = 2  # posts, each a title and its body, one name may hold before it (المستشار في X المشرف على Y الدكتور Z)
_SUBJECT_GAP = 2  # adverbs that may stand between a verb and its subject (زار أمس الرئيس X)
_PLURAL_PRONOUNS = (match_key("هم"), match_key("هن"))  # they (m., f.): a pronoun suffix that stands for a group
_WINDOW = 16  # tokens after a trigger that can hold its targets
_FROM_REACH = 4  # words between a verb and the one it asks with من (طلب X المساعدة العاجلة من Y); further on, من is a word's of the object (not so for a partitive من: قتلت 3042 من عناصر X)
_APPOSITION = 10  # words an apposition between commas may run over (X، منسقة ... في الاتحاد الأوروبي، ستجري)
_BETWEEN_GAP = 7  # tokens between a noun and the بين of its parties (مواجهات عنيفة لا سابق لها بين X و Y)
_BY_GAP = 5  # tokens between a noun and the من قبل that names its doer (قصف مدفعي عنيف من قبل X)
_SUPPORT_WINDOW = 8  # tokens between a support verb and its noun (بعث X برقية تهنئة)
_SPORTS_CUES = 3  # distinct sports words that make a document a sports report
# Per-token tests run as map() over the word-type caches: only the tokens that pass reach Python.
_KEY = attrgetter("key")
_THANKS = frozenset({"PRAISE", "CONGRATULATE"})
_OCCASIONS = frozenset({"VISIT", "TRAVEL", "MEET", "TALKS", "CALL"})  # what a speaker can speak in (قال X في اجتماع مع Y)
_INTERVIEWS = frozenset({"MEET", "TALKS"})  # with a newspaper or channel as one side, an interview
# kinds that take a stance on an act, whose doer (من قبل X) is who the stance is about
_STANCES = frozenset({"PRAISE", "SUPPORT", "CRITICIZE", "CONDEMN", "REJECT"})  # kinds whose على names what the target did (شكره على دعمه)
_FOR_PEOPLE = _STANCES | {"AID", "CONDOLE"}  # kinds done for or about a people (إلى جانب الشعب اليمني، تعازيها للشعب السعودي), not with an institution (مع البريد السعودي)
_ADVERSE = frozenset({"CRITICIZE", "CONDEMN", "REJECT", "ACCUSE"})  # stances a clause's subject takes in a في phrase (في انتقاد لـ X)
_ON = match_key("على")
_NISBA_KEYS = ("ي", "يه")
_CALLS = frozenset({"REQUEST", "DEMAND"})  # kinds whose addressee, not agent, does the purpose after them (دعا X Y لدعم Z)
_BACKING = frozenset({"SUPPORT", "AID"})  # kinds whose noun with ب, then من, names who backs the clause's subject (بدعم من X)
_PACTS = frozenset({"AGREE", "SIGN"})  # kinds whose noun names an agreement another body may approve (الموافقة على اتفاقية)
_COERCIONS = frozenset({"SANCTION"})  # besides the conflict frames, acts of coercion whose doer a passive leaves unnamed
_PREDICATIVE_GAP = 6  # words a predicative phrase may run over before its verb (باعتبارها دولة راعية للإرهاب وتشن)
_THAT = match_key("أن")  # the complementizer of a clause a noun governs (خشية أن)
_PRECAUTION_GAP = 3  # words between a precaution word and the event it guards against (تحسبا لوقوع اشتباكات)
_WISH_GAP = 6  # words between a verb of wishing and its أن (يريد الرئيس X أن ...)
_HAND = match_key("يد")  # على يد X: by X's hand, the doer of a noun
_CASUALTY_GAP = 8  # words between a casualty noun (مقتل X) and the attack that caused it
_LIST_GAP = 6  # words from a plural noun to the وهم that spells it out as names (الأعضاء المؤسسين، وهم)
_LATE_RESUMPTIVE = 4  # words after a relative verb's named subject within which its object's pronoun takes up the antecedent
_JOINED_GAP = 3  # words from a verbal noun to the one joined to it by و (دعمه الكامل ووقوفه)
_DESCRIPTION_GAP = 5  # words between an indefinite attack noun and the verb of its adjectival clause


@dataclass(slots=True)
class Phrase:
    """An actor phrase: tokens [first, last), its head entity, and the preposition before it."""

    first: int
    last: int
    head: Mention | _ClusterRef | None
    country: Mention | None  # a nationality word with no name (الحكومة المصرية)
    titles: list[Mention] = field(default_factory=list)
    prep: str = ""
    via_noun: bool = False  # the preposition governs a noun the name is the genitive of (في ولاية X)
    conj: bool = False
    comma: bool = False  # a comma stands right before it

    @property
    def entity(self):
        return self.head if self.head is not None else self.country


@dataclass(slots=True)
class _Found:
    """A trigger token read in a sentence, with the frame it opened."""

    index: int
    reading: Reading
    frame: Frame
    support: int = -1  # the support verb that carries a noun trigger
    voice: str = "active"
    genitive_agent: bool = False  # a verbal noun whose doer is its genitive (قصف التحالف لمواقع X)
    named_doer: bool = False  # its doer is a name right after it (سيطرة الحوثيين), not an adjective or a pronoun's owner
    fronted: bool = False  # its phrase opens the sentence before its doer is named (وفي مؤتمر مع Y، قال X)
    backed: bool = False  # بدعم من X: X backs the clause's subject, its one target


class EventReader:
    """The event half of the document reader (see kg.extract.DocumentReader)."""

    def _events(self, sentence: Sentence, entities: list[Mention], titles: list[Mention], evidence: Evidence) -> None:
        tokens = sentence.tokens
        titled = _titled_quotes(sentence)  # فيلم «X يلتقي Y»: a work's title tells no event, names no party
        entities = [m for m in entities if m.first_token not in titled]
        self._sentence_now = sentence.index
        phrases = _honorific_phrases(tokens, _phrases(sentence, entities, titles), self.honored)
        self._named_here = {m.cluster: m.first_token for m in sorted(entities, key=attrgetter("first_token"))}
        found = self._triggers(sentence, entities, phrases, titled)
        self._found_now = found
        dates = None  # read when the sentence yields an event (most yield none)
        verbs = [f.index for f in found if f.frame.pos == "verb"]
        self._verbs = verbs
        speaker = self._speaker(sentence, phrases)
        self._speaker_now = speaker
        self.countries_named.update((m.cluster, m) for m in entities if m.label == GPE and m.iso)
        phrases = self._country_pronouns(sentence, phrases)
        self._reason_owner = None
        self._subjectless = False
        clause_agent = None
        relative: tuple[int, Phrase | None] | None = None  # where a relative clause opened, and the agent before it
        for f in found:
            if relative is not None and _closed(tokens, relative[0], f.index):
                clause_agent, relative = relative[1], None  # X الذي يؤيده Y، ... وبدأ: Y's clause has ended
            if f.frame.pos == "noun" and _talked_about(tokens, f.index) or f.frame.pos == "verb" and _topic_before(tokens, f.index):
                continue  # بحث X مع Y حول توقيع اتفاق، لبحث فرض عقوبات: a topic, no event told
            if _owned_by_another_noun(tokens, f, found):
                continue  # مشددا على أهمية تكاتف المجتمع ووقوفه مع: the society's standing, not the speaker's
            if _held_for_another(tokens, f):
                continue  # قامت X بترتيب أول لقاء له مع Y: the meeting is his, X only arranged it
            agent_phrase, target_phrase, start = self._agent(tokens, phrases, f, clause_agent, sentence.index)
            if f.frame.pos == "verb" and not f.frame.passive:  # قُتل X: a passive verb drops no subject
                self._subjectless = agent_phrase is None  # هنأ الرئيس X ...، وهنأ Y: the subject the text drops
            if agent_phrase is None or _wished(tokens, f) or (f.frame.state and f.frame.pos == "noun" and not f.named_doer) \
                    or _negated_governor(tokens, f) or _called_for(tokens, f) or _not_told(tokens, f):
                continue  # no doer; a stance only wished, an act guarded against or asked about; سيطرتها: a state as much as an act
            agents = _group(phrases, agent_phrase)
            if len(agents) == 1 and _kind(agent_phrase.entity) == "person" and _plural_pronoun(tokens, f):
                continue  # واختتموا الزيارة بتقديم شكرهم: the visitors' thanks, not one person's named before
            doer_after = agent_phrase in phrases and agent_phrase.first > f.index and not f.fronted
            if doer_after and len(agents) > 1 and not any(p.conj for p in agents[1:]) and _object_after_comma(agents[1]):
                # دعا X، مجلس الأمن إلى: a comma with no و closing a list ends the subject, the object follows
                # (a bare name after the comma may be the tagger's slip or an apposition: left in the subject)
                agents = agents[:1]
            if doer_after:
                start = max(start, agents[-1].last)  # complements follow the whole coordinated subject
            start = _past_backing(tokens, phrases, start)
            if f.frame.pos == "verb" and not _needed_preposition_opens(tokens, start, f.frame):
                continue  # تقف قطر وراء الهجوم بالتنسيق مع Y: the مع of another word
            if f.frame.pos == "verb" or f.support >= 0 and not f.genitive_agent:
                # X الذي يؤيده Y: a subject named after a relative's verb is that clause's only (X الذي
                # وصل ...، فأعرب: the antecedent is the subject of both)
                if relative is None and agent_phrase.first > f.index and _in_relative(tokens, f.support if f.support >= 0 else f.index):
                    relative = (f.index, clause_agent)
                elif relative is None and 0 < agent_phrase.first < f.index and _in_relative(tokens, agent_phrase.first - 1):
                    relative = (f.index, clause_agent)  # الهدنة التي قررتها قيادة X لإدخال المساعدات، ورفع: X's clause ends at the comma
                clause_agent = agent_phrase  # (not the adjective of a noun: نقل الجرحى جراء الاعتداءات الحوثية)
            # a doer after the noun (هجمات شنها X على Y، المحادثات التي أجراها X مع Y): the clause goes on after it
            after = agents[-1].last - 1 if doer_after else f.index
            stop = _sequel_end(tokens, phrases, after, _clause_end(tokens, after, max(start, f.index + 1), verbs))
            targets, locations = self._targets(tokens, phrases, f, start, stop, agents)
            if f.frame.patient and f.frame.pos == "noun" and (target_phrase is not None or f.reading.pronoun):
                targets = []  # اعتقال X على يد Y، اختطافه من قبل Y (داعش): the detainee is the genitive alone
            if target_phrase is not None:
                targets = [target_phrase] if f.backed else [target_phrase, *targets]
            if f.frame.pos == "noun" and f.frame.event_type in _CALLS and _at_request(tokens, f.index):
                # تأتي العمليات بناء على طلب من X: X asked, the clause's subject is the one asked
                agents, targets = [t for t in targets if t.prep == _FROM], agents
            if not targets and f.frame.conflict and f.frame.pos == "verb":
                targets = self._repelled(tokens, phrases, f, found, start, sentence.index)
            if not targets and f.frame.conflict and f.frame.pos == "noun":
                targets = _casualties(tokens, phrases, f.index, agents)  # مقتل X بغارة للتحالف: X was struck
            if f.frame.pos == "noun" and f.frame.event_type in _PLACE_EVENTS:
                targets = _without_doer_after_destination(targets)
            targets = [_holder_after_body(tokens, phrases, p) or p for p in targets]
            targets = [q for q in (self._named(tokens, p) for p in targets if not _of_an_institution(tokens, p) and not _eponym(tokens, p)
                                   and not _scene(tokens, p) and not _of_a_family(tokens, phrases, p)) if q is not None]
            locations = [p for p in locations if not _scene(tokens, p)]
            if f.frame.event_type == "TRAVEL" and "obj" in f.frame.targets and any(_by_a_building(tokens, p) for p in [*targets, *locations]):
                continue  # غادر X مستشفى في ساو باولو: left a building, no trip from or to the town
            if targets and f.frame.event_type in _THANKS:
                self._reason_owner = targets[0]  # شكر X Y على دعمه: دعمه is Y's
            if not targets and f.frame.event_type in _PLACE_EVENTS:
                targets = self._destination(tokens, phrases, f, stop)
            if not targets and f.frame.symmetric and len(agents) > 1:
                agents, targets = agents[:1], agents[1:]
            agent_entities = [e for e in (self._actor(a) for a in agents)
                              if e is not None and _is_actor(e) and _acts_as(e, f.frame.agent_types) and not _site(e)
                              and e.cluster not in self._head_nouns() and not _time_name(e)]
            target_entities = _unique([t.entity for t in targets if not _time_name(t.entity)],
                                      {a.cluster for a in agent_entities} | self._inside_agents(agent_entities) | self._head_nouns()
                                      | self._bodies_of_holders(agents))
            location_entities = _unique([p.entity for p in locations], {a.cluster for a in agent_entities})
            if not agent_entities or not (target_entities or location_entities):
                if agent_entities and f.frame.event_type in _PLACE_EVENTS and _modality(tokens, f) == "planned":
                    self.awaited_trips.add(_trip_key(f.frame.event_type, agent_entities))  # زيارة X المرتقبة إلى المملكة
                continue
            if f.frame.event_type in _INTERVIEWS and (any(_is_media(m) for m in [*agent_entities, *target_entities])
                                                       or any(map(_media_titled, [*agents, *targets]))):
                continue  # لقاء السفير مع قناة «سي بي إس»: an interview given to a channel, not a meeting
            if f.frame.event_type == "MEET" and self._is_sports() and all(e.label == ORG for e in [*agent_entities, *target_entities]):
                continue  # يلتقي الهلال النصر in a sports report: a fixture of two teams, no meeting
            if f.frame.event_type == "CONDEMN" and any(self._judicial(a) for a in agent_entities):
                continue  # إدانة المحكمة للرئيس X، أدانت المحكمة المتهم: a court's verdict, no condemnation
            if f.frame.event_type == "ATTEND" and not target_entities and all(p.label == GPE and p.iso for p in location_entities):
                continue  # مشاركتها في سوريا: taking part in a country is no attended event (a war, a campaign)
            kind = f.frame.kind
            verbal = f.frame.pos == "verb" or f.support >= 0  # هجومه على حلب: a commander's real attack
            if f.frame.conflict and verbal and _in_words(tokens[f.index].key) and agent_entities[0].label == PERSON and not _armed(agent_phrase):
                kind = _criticism()  # هاجم الوزير المعارضة، شن الوزير هجوما على: a person's attack is made in words
            trip = f.frame.event_type in _PLACE_EVENTS
            if trip:
                places = [t for t in target_entities if t.label in (GPE, LOC)]
                self.last_destination = [_phrase_of(t) for t in places] or self.last_destination
            parties = [t for t in targets if _can_act(t.entity)]
            if f.frame.symmetric and len(agent_entities) == 1 and len(parties) == 1:
                self.last_pair = (sentence.index, _phrase_of(agent_entities[0]), parties[0])
            if dates is None:
                dates = _dates_at(sentence)
                heads = {g.support if g.support >= 0 else g.index for g in found if g.support >= 0 or g.frame.pos == "verb"}
            modality = _modality(tokens, f)
            if modality == "reported" and _before_a_plan(tokens, f):
                modality = "planned"  # من المقرر أن يعقد X اجتماعا ... قبل أن يغادر إلى Y: the leaving is planned too
            if modality == "reported" and not trip and self.trip_modality == "planned" and _within_the_trip(tokens, f, stop):
                modality = "planned"  # سيقوم X بزيارة إلى مصر. ويلتقي خلال الزيارة Y: what the planned trip holds
            date_text = _event_date(tokens, dates, f, heads)
            if modality == "reported" and not date_text and _programme_of_a_trip(tokens, f):
                modality = "planned"  # وصل X إلى طهران في زيارة يلتقي خلالها Y (not ... يشارك خلالها اليوم في Z: today's)
            if date_text and _another_year(sentence.text, date_text, self.written):
                date_text = ""  # آخر معارك حرب أكتوبر 1973 ... في يومي 24 و25 أكتوبر: not this year's October
            if self.unanchored and is_relative(date_text):
                date_text = ""  # وصل اليوم in a page fetched on the 21st: written that day or days before
            date_iso = to_iso(date_text, self.written)
            if date_iso and modality == "planned" and _past(date_iso, self.written):
                date_text = date_iso = ""  # قال أمس إنه يعتزم زيارة ...: a plan is not dated by a day gone by
            if date_iso and modality == "reported" and _future(date_iso, self.written) and _dated_in_clause(tokens, dates, f, date_text, heads):
                modality = "planned"  # مفاوضات بين X و Y في أكتوبر المقبل: a date still to come is a plan
            if trip:
                modality = self._as_told_before(f, kind.kind, agent_entities, modality, date_text)
                self.trip_modality = modality
            self.events.append(
                Event(
                    id=f"{self.doc.id}:{sentence.index}:{f.index}",
                    event_type=kind.kind,
                    plover=kind.plover,
                    cameo=kind.cameo,
                    trigger=tokens[f.index].text,
                    evidence=evidence,
                    agents=[str(a.cluster) for a in agent_entities],
                    targets=[str(t.cluster) for t in target_entities],
                    locations=[str(p.cluster) for p in location_entities],
                    date=date_iso or (date_text if not is_relative(date_text) else ""),
                    date_iso=date_iso,
                    modality=modality,
                    confidence=0.7 if agent_entities[0].label == PERSON else 0.55,
                )
            )
        if not self._is_sports():
            self._claimed(sentence, phrases, found, evidence)
        pair = self.last_pair
        if pair is not None and pair[0] == sentence.index - 1 and any(t.key in cues()["sides"] for t in tokens):
            self.last_pair = (sentence.index, pair[1], pair[2])  # وأكد الجانبان ...: the two sides are still the story's
        if speaker is not None and not _news_outlet(speaker):
            self.subject = (sentence.index, speaker)
        elif speaker is not None:
            self.subject = None  # ذكرت صحيفة X أن الفتاة ...، وتوجهت: an outlet reports the story, never acts in it
        elif clause_agent is not None:
            self.subject = (sentence.index, clause_agent)
        if self._named_again is None:
            self._named_again = {c.index for c in self.clusters if c.mentions >= 2}
        _remember_honorifics(phrases, self.honored, self._named_again)

    def _as_told_before(self, f: _Found, kind: str, agents: list, modality: str, date_text: str) -> str:
        """زيارة X المرتقبة إلى المملكة ... وقال إن زيارة X للرياض سيكون لها نتائج: a trip noun with its
        doer as genitive and no verb, date or cue of its own has no tense; it is the trip the article
        told before by the same traveller, planned when that was planned and no trip of theirs was told done."""
        key = _trip_key(kind, agents)
        tenseless = f.frame.pos == "noun" and f.support < 0 and f.genitive_agent and not date_text
        if modality == "reported" and tenseless:
            return "planned" if key in self.awaited_trips and key not in self.trips_done else modality
        (self.awaited_trips if modality == "planned" else self.trips_done).add(key)
        return modality

    def _claimed(self, sentence: Sentence, phrases: list[Phrase], found: list[_Found], evidence: Evidence) -> None:
        """تفجير ... في حي X، تبناه تنظيم Y؛ انفجار عبوة ... بمدينة X، وتبنت جماعة Y مسؤوليتها عن
        الحادث؛ إن التفجير الذي ... في بلدة X، نفذه تنظيم Y: a group that claims or carries out,
        later in the sentence, the attack or blast told before it (a pronoun on the verb agreeing
        with that noun) attacked the places named after that noun. Only when the sentence told no
        attack with a doer already, and the claimant is a named organisation."""
        tokens, sentence_index = sentence.tokens, sentence.index
        prefix = f"{self.doc.id}:{sentence_index}:"
        if any(e.id.startswith(prefix) and e.event_type == "ATTACK" for e in self.events):
            return
        for j, claimant in _claims(sentence, phrases):
            k = next((k for k in range(j - 1, -1, -1) if _attack_word(tokens[k].key, k, found)), -1)
            end = j
            if k < 0:  # أعلن X مسؤوليته عن الهجوم على مسجد في Y: the attack told after the claim
                k, end = _claimed_after(tokens, claimant, found)
            actor = self._actor(claimant) if k >= 0 else None
            if actor is None or _kind(actor) != "org" or any(_verb_of_saying(t.key) for t in tokens[k + 1 : min(j, end)]):
                continue
            if k < j and _claiming(tokens[j].key) == _CARRIED and not _takes_up(tokens[j].key, tokens[k].key):
                continue  # الغارات ... نفذه X: a pronoun of another gender takes up another noun
            if claimant.last < len(tokens) and tokens[claimant.last].key in _ALTERNATIVES:
                continue  # نفذه الجيش أو التحالف: one of two, the text does not know which
            places = [p for p in phrases if k < p.first < end and _phrase_kind(p) == "place" and _placed(tokens, p)]
            locations = _unique([p.entity for p in places], {actor.cluster})
            if not locations:
                continue
            trigger = next((f for f in found if f.index == k), None)
            attack = kinds()["ATTACK"]
            self.events.append(Event(
                id=f"{prefix}{j}", event_type=attack.kind, plover=attack.plover, cameo=attack.cameo,
                trigger=tokens[k].text, evidence=evidence, agents=[str(actor.cluster)],
                locations=[str(p.cluster) for p in locations],
                modality=_modality(tokens, trigger) if trigger is not None else "reported", confidence=0.55,
            ))
            return

    def _judicial(self, agent) -> bool:
        """A court or a prosecution (kg/data/event_cues.tsv, judicial): what it finds against
        someone (أدانت المحكمة X) is a verdict, not a stance."""
        cluster = self.clusters[agent.cluster]
        if cluster.type != ORG:
            return False
        word = cluster.key.split(" ")[0]
        return (word[2:] if word.startswith("ال") else word) in cues()["judicial"]

    def _inside_agents(self, agents: list) -> set[int]:
        """The clusters whose name is a part of an organisation agent's name (ميرور inside مجموعة
        ترينيتي ميرور): the agent named short, no target of its own act. (A person's chain of names
        holds his father's: محمد بن سلمان بن عبد العزيز may act on سلمان بن عبد العزيز.)"""
        words = [set(self.clusters[a.cluster].key.split()) for a in agents if self.clusters[a.cluster].type != PERSON]
        return {c.index for c in self.clusters if any(set(c.key.split()) < w for w in words)}

    def _bodies_of_holders(self, agents: list[Phrase]) -> set[int]:
        """The organisations an agent holds office in, named by its phrase (رئيس الشركة -> the
        person who heads it): his own body, no target of his act (ويرفض رئيس الشركة هذه الاتهامات)."""
        out = set()
        for a in agents:
            if a.head is not None and a.head.label == ORG and any(t.source != "force" for t in a.titles):
                actor = self._actor(a)
                if actor is not None and actor.cluster != a.head.cluster:
                    out.add(a.head.cluster)
        return out

    def _head_nouns(self) -> set[int]:
        """The document's clusters named by the bare head noun of an agreement or a programme alone
        (الاتفاق، المبادرة): a quote that opens with «الاتفاق الذي ...» names no agreement one can
        act on. (A body's head alone, التحالف، الحكومة, is the one the story is about; a place of
        the lexicon spelt like a head, كوبا "copa", is the place.)"""
        cached = getattr(self, "_bare_heads", None)
        if cached is None:
            heads = thing_heads().keys()
            cached = self._bare_heads = {c.index for c in self.clusters if c.type != PERSON and len(c.key.split()) == 1
                                         and not c.from_lexicon and (c.key[2:] if c.key.startswith("ال") else c.key) in heads}
        return cached

    def _repelled(self, tokens, phrases: list[Phrase], f: _Found, found: list[_Found], start: int, sentence_index: int) -> list[Phrase]:
        """تصدت X لهجوم Y، لهجمات شنها Y: a verb of force whose complement is an attack of the
        same kind fights the attacker, the attack's own agent."""
        joined = {k for p in phrases if p.conj and p.first >= start for k in range(p.first, p.last)}  # تصدت X والجيش
        j = start
        while j < len(tokens) and j - start < 5 and (tokens[j].key in cues()["adverb"] or tokens[j].text in _COMMAS or j in joined):
            j += 1
        g = next((g for g in found if g.index == j and g.frame.pos == "noun" and g.frame.event_type == f.frame.event_type), None)
        if g is None or not any("p:" + prep in f.frame.targets for prep, _ in _clitic_of(tokens[j].key)):
            return []
        doer, _, _ = self._agent(tokens, phrases, g, None, sentence_index)
        return [doer] if doer is not None else []

    def _attack_subject(self, tokens, phrases: list[Phrase], f: _Found, sentence_index: int):
        """استهدفت غارات للتحالف مواقع X، غارات التحالف تقتل X: a verb of force whose subject is an
        attack noun (after the verb, or opening the clause right before it) with its doer named
        after it (genitive, ل, adjective, نفذها X) has that doer as agent; its object follows.
        No agent when the verb describes an indefinite attack noun that names no doer (غارات
        جوية استهدفت X: X is struck, never the striker); None when the verb's subject is no such noun."""
        j = f.index + 1
        while j < len(tokens) and j - f.index <= _SUBJECT_GAP and tokens[j].key in cues()["adverb"]:
            j += 1
        for noun in self._found_now:
            if noun.frame.pos != "noun" or not noun.frame.conflict or noun.frame.patient:
                continue
            described = _describes(tokens, phrases, noun.index, f.index)
            if noun.support >= 0 and not described:
                continue
            if noun.index != j and not described and not (noun.index < f.index and _opens_clause(tokens, _phrase_at(noun.index))):
                continue
            doer, _, start = self._agent(tokens, phrases, noun, None, sentence_index)
            if described and noun.index < f.index and (doer is None or doer not in phrases):
                return None, None, f.index + 1  # غارات جوية استهدفت X: the strikes struck, whose the text does not say
            if doer is None or doer not in phrases:
                continue
            if described and noun.index < f.index:
                return doer, None, f.index + 1  # أطلق X حربا، تستهدف Y: the war that targets Y is X's
            if doer.first <= noun.index:
                continue  # هجومه، the clause's subject: no doer the noun itself names
            if noun.index == j:
                return doer, None, start
            if doer.last == f.index:
                return doer, None, f.index + 1  # غارات التحالف تقتل X: the noun and its doer before the verb
        return None

    def _destination(self, tokens, phrases: list[Phrase], f: _Found, stop: int) -> list[Phrase]:
        """Where a trip with no named destination went: the places a pronoun on the trigger points
        back to (اختار كازاخستان وأوزبكستان لزيارتهما), the last trip's for هناك, the dateline's
        country for هذا البلد."""
        if f.reading.pronoun:
            places = _preceding_places(phrases, f.index)
            if places:
                return places
        included = _included_places(tokens, phrases, f.index)
        if included:
            return included  # جولة أوروبية تشمل بريطانيا وفرنسا
        if _points_there(tokens, f.index):
            return list(self.last_destination)
        if _this_country(tokens, f.index, stop):
            return [_phrase_of(m) for m in self.dateline]
        return []

    def date_mentions(self) -> None:
        """Mentions of one event in several sentences share its date: a mention without a date takes
        the date another mention of the same type, participants and modality gives, so that the
        graph (which merges events by type, participants, date and modality) makes them one node."""
        dated: dict[tuple, Event] = {}
        for event in self.events:
            if event.date_iso:
                dated.setdefault(_event_key(event), event)
        for event in self.events:
            source = dated.get(_event_key(event))
            if not event.date_iso and source is not None:
                event.date, event.date_iso = source.date, source.date_iso

    # -- triggers ---------------------------------------------------------------
    def _triggers(self, sentence: Sentence, entities: list[Mention], phrases: list[Phrase], titled: frozenset[int]) -> list[_Found]:
        tokens = sentence.tokens
        inside = {i for m in entities for i in range(m.first_token, m.last_token)} | titled
        sports = self._is_sports()
        found: list[_Found] = []
        complements: set[int] = set()
        readings = list(map(trigger_of_word, sentence.texts))
        for i in compress(count(), map(is_not, readings, repeat(None))):
            if i in inside or i in complements:
                continue
            token, reading = tokens[i], readings[i]
            frame = _frame_for(reading, tokens, i)
            noun = reading.trigger.frame("noun")
            support = _support_before(tokens, i, [x.index for x in found], phrases) if noun is not None else None
            if support is not None and frame is not noun and not _imperfect(tokens[i].key):
                frame = noun  # بعث برقية شكر، نقل شكر X: after a support verb, the noun reading
            elif frame is not noun and _genitive_then_target(phrases, i, frame, noun):
                frame = noun  # أن دعم المملكة لمصر ثابت: a doer in the genitive, then the noun's own ل
            elif frame is not noun and noun is not None and reading.pronoun and _speaker_before(tokens, phrases, i) is not None:
                frame = noun  # أعلن X رفضه لـ Y: the object of a verb of saying, the speaker's own stance
            participle = reading.trigger.frame("participle")
            if participle is not None and _described_name(tokens, phrases, i) is not None:
                frame = participle  # روسيا الداعمة لنظام الأسد: an adjective on the name before it
            if frame is None or frame.pos == "participle" and frame is not participle or (frame.sports_sense and sports):
                continue
            if (frame.pos == "verb" and (frame.conflict or frame.needs & _PREPOSITIONS) and reading.pronoun and not reading.nominal
                    and "obj" not in frame.targets):
                # الثمن الذي ستقبضه تركيا، على دعمه ووقفته مع المركز: an act of force or a verb read only through its
                # preposition (قبض على، وقف مع) takes no object pronoun (ناقشنا ذلك مع: the first person)
                continue
            if frame.pos == "noun" and frame.event_type == "TRAVEL" and _round_of(tokens, i, inside):
                continue  # جولة جديدة من المحادثات: a round of talks, no trip
            if frame.pos == "verb" and _aims(tokens, phrases, i, inside):
                continue  # صندوق X يستهدف تمويل 100 مشروع: aims to fund, no attack
            if frame.pos == "verb" and frame.event_type == "ATTEND" and _undergoes(tokens, i):
                continue  # شهد صافي أرباح البنك ارتفاعا: the profit saw a rise, no one attended
            if frame.pos == "verb" and frame.event_type == "AGREE" and _agreed_view(tokens, i):
                continue  # اتفق X مع Y على أهمية المبادرة: a view shared, no agreement reached
            if frame.pos == "verb" and frame.event_type == "CONDEMN" and _owes(tokens, phrases, i):
                continue  # يدين النادي بهذا الفوز للاعبه X: owes the win to X, no condemnation
            f = _Found(i, reading, frame)
            if frame.pos == "predicate":
                if not frame.needs or (i > 0 and tokens[i - 1].key in frame.needs):
                    found.append(f)  # غير مقبول: the word it needs stands right before it
                continue
            if frame.needs:
                j = _complement(tokens, i, frame.needs, 2 if frame.pos == "noun" else _WINDOW)
                if j < 0:
                    continue
                complements.add(j)
            if i - 1 in complements:
                continue  # وقع اتفاقية تعاون: the word names the agreement the verb needs
            if frame.pos == "noun":
                if support is not None and (not _purpose(token.key) or support[1] == "undergo"):
                    f.support, f.voice = support
                if (found and found[-1].index == i - 1 and found[-1].frame.pos == "noun" and not _conjoined(token.key)
                        and found[-1].frame.event_type not in _STANCES | _ADVERSE):
                    # لحضور اجتماع: the second noun completes the first (not دعم ووقوف X: a noun of its own;
                    # not إدانتها للهجوم الذي شنه X، ترحيبه بزيارة X: the act a stance is about is told too)
                    continue
            found.append(f)
        return found

    def _is_sports(self) -> bool:
        """A sports report: several distinct sports words in the document (a team's هجوم is no attack)."""
        cached = self._sports
        if cached is None:
            words = cues()["sports"]
            seen = words.intersection(chain.from_iterable(s.keys for s in self.doc.sentences))
            cached = self._sports = len(seen) >= _SPORTS_CUES
        return cached

    # -- agent ------------------------------------------------------------------
    def _agent(self, tokens, phrases: list[Phrase], f: _Found, clause_agent, sentence_index: int):
        """The agent phrase by position, a target phrase the frame's voice gives, and where targets start."""
        i = f.index
        if f.frame.pos == "predicate":
            return self._predicated(tokens, phrases, f)
        if f.frame.pos == "participle":
            # الداعمة لنظام X، المساندة لحكومة X: ل on the noun whose genitive is the name
            held = next((p for p in phrases if p.first == i + 2 and not p.prep and p.head is not None
                         and tokens[i + 1].key[:1] == "ل" and tokens[i + 1].key[1:2] != "ل"), None)
            return _described_name(tokens, phrases, i), held, i + 1
        if f.frame.pos == "noun" and _purpose(tokens[i].key) and _named_mission(tokens, phrases, i):
            return None, None, i + 1  # بعثة الأمم المتحدة لمساعدة العراق: a body named by its purpose, no act
        if f.frame.pos == "verb":
            if i > 0 and not f.reading.pronoun and _bare_relative(tokens[i - 1].key) \
                    and not (i + 1 < len(tokens) and tokens[i + 1].key in _PREPOSITION_PRONOUNS) \
                    and not _late_resumptive(tokens, phrases, i):  # الذي أطلق فيه X، التي ترفض X أي اقتراب منها: X's
                # أدان X التفجير الذي استهدف مسجدا: the relative clause's subject is its antecedent, here a thing
                own = next((p for p in phrases if p.first == i + 1 and tokens[i + 1].key in _cue_union("his_country", "own_force")), None)
                if own is not None:
                    return own, None, own.last  # X الذي دعمت بلاده Y: the clause names its own subject
                antecedent = _before_relative(tokens, phrases, i)  # X، الذي زار; مجموعة «مافريك» التي ساندت
                named = antecedent is not None and antecedent.head is not None and _can_act(antecedent.entity)
                return (antecedent, None, i + 1) if named else (None, None, i + 1)
            received = _received_antecedent(tokens, phrases, f, clause_agent)
            if received is not None:
                return received  # وصل X إلى الرياض، واستقبله في المطار Y: Y receives X
            doer = _doer_verb_subject(tokens, phrases, f, self._found_now)
            if doer is not None:
                return doer, None, i + 1  # هجمات شنتها X واستهدفت Y: the verb joined to the doer's goes on with X
            if f.frame.conflict:
                doer = self._attack_subject(tokens, phrases, f, sentence_index)
                if doer is not None:
                    return doer  # استهدفت غارات للتحالف مواقع X: the attack's doer strikes
            if f.frame.passive:
                subject, start = _subject(tokens, phrases, i)
                armed = (subject is not None and _can_act(subject.entity) and _overt_armed(tokens, phrases, subject, i)
                         and not any(t.key in cues()["relative"] for t in tokens[subject.last : i]))  # التي قُتل فيها
                return (subject, None, start) if armed else (None, None, i + 1)  # قُتل الرئيس X: no doer named
            if _circumstantial(tokens[i].key):
                # قال X، مشيدا ب Y: X praises; X الذي جدد عقده رافضا Y: the relative clause's antecedent;
                # افتتح X المستشفى، مشيدا ب Y: the named subject of the verb that opens the sentence
                return (clause_agent or self._speaker_now or _relative_antecedent(tokens, phrases, i)
                        or _opening_subject(tokens, phrases, i, self._verbs)), None, i + 1
            if self._speaker_now is None and _first_person(tokens[i].key, tokens[i].text):
                return None, None, i + 1  # أشكر X، نرحب ب Y: the writer or a speaker not named; the name is the object
            if self._speaker_now is not None and (_first_plural(tokens[i].key) or _quoted_first_singular(tokens, phrases, i)
                                                  or _quoted_first_plural_past(tokens, phrases, i)):
                return self._first_person_speaker(tokens, phrases, i), None, i + 1  # قال X: «نحن ندعم مصر»: مصر is the object
            if clause_agent is None and self._subjectless and _conjoined(tokens[i].key):
                return None, None, i + 1  # هنأ [سموه] الرئيس X، وهنأ السيدة Y: Y is congratulated too
            named_after = any(p.first == i + 1 and not p.prep and p.head is not None for p in phrases)
            if (_continues(tokens, i) and not _new_subject(tokens, phrases, f) and not (f.reading.pronoun and named_after)
                    and not _described(tokens, i) and not _unnamed_before(tokens, phrases, i)):
                # وصل X إلى القاهرة والتقى Y، حيث التقى Y، ألقى X كلمة ثم زار Y: X goes on
                # (وتدعمها الولايات المتحدة: a verb that holds its object as a pronoun has the name after it as subject)
                owner = clause_agent or _opening_subject(tokens, phrases, i, self._verbs)
                if owner is not None and _quote_opened(tokens, owner.last, i):
                    return None, None, i + 1  # X الذي يدعو إلى ...، بكون تونس «تحترم ... وستساعد Y»: the quote's speaker goes on
                if owner is not None and not _other_gender(tokens, owner, i) and not _named_again(tokens, phrases, owner, i):
                    return owner, None, i + 1
            sides = self._sides(tokens, i, f, sentence_index)
            if sides is not None:
                return sides  # اتفق الجانبان: the two actors of the two-party event just told
            ranked = _ranked_subject(tokens, phrases, i)
            if ranked is not None:
                return ranked, None, i + 1  # بات X أرفع مسؤول يمني يعود إلى Y: X returns
            resumed = _resumed_object(tokens, phrases, f)
            if resumed is not None:
                # مصر تدعمها السعودية، مقاتلين يمنيين تدعمهم X: the phrase before is the object, the subject follows
                done_to, doer = resumed
                return (doer, done_to, doer.last) if doer is not None else (None, None, i + 1)
            subject, start = _subject(tokens, phrases, i)
            relative = i > 0 and tokens[i - 1].key in cues()["relative"]  # الوفد الذي زار القاهرة: the antecedent did
            doer = _subject_after_place(tokens, phrases, f, subject) if subject is not None and subject.first > i and not relative else None
            if doer is not None:
                return doer, subject, doer.last  # غادر جدة أمس رئيس الوزراء X: the place is the object, the name after it the subject
            antecedent = _object_antecedent(tokens, phrases, i)
            if antecedent is not None and antecedent.head is None and not antecedent.titles:
                return None, None, i + 1  # عملية السلام الفلسطينية التي ترفضها حماس: a thing is rejected, no actor
            if antecedent is not None:
                # X الذي يدعمه Y: the antecedent is the object; no named subject after the verb, no event
                return (subject, antecedent, start) if subject is not None else (None, None, i + 1)
            if subject is not None and _disagrees(tokens[i].key, subject):
                return None, None, i + 1  # تستهدف الرئيس X: a feminine verb, a man: X is no subject
            if subject is None and "between" in f.frame.targets and i + 1 < len(tokens) and tokens[i + 1].key in f.frame.needs:
                pair = _between_parties(tokens, phrases, i)
                if pair is not None:
                    return pair, None, pair.last  # وقعت اتفاقية تعاون بين X و Y: the agreement is the verb's subject, X and Y its parties
            if subject is None:
                subject = self._dropped(tokens, phrases, i, clause_agent, sentence_index)
                start = i + 1
            return subject, None, start
        if f.frame.event_type in _PACTS and _approved(tokens, phrases, i):
            # قرر مجلس الوزراء الموافقة على اتفاقية بين X و Y: X and Y agree; the council only approves
            f.support = -1
            pair = _between_parties(tokens, phrases, i)
            return (pair, None, pair.last) if pair is not None else (None, None, i + 1)
        if _backing_noun(tokens, i):
            # بدأت القوات بدعم من طيران التحالف هجوما: the coalition backs the forces, nothing after them
            backer = next((p for p in phrases if p.first == i + 2 and p.entity is not None), None)
            backed = next((p for p in (clause_agent, _opening_subject(tokens, phrases, i, self._verbs))
                           if p is not None and _reaches(tokens, phrases, p, i)), None)
            if backer is None or backed is None:
                return None, None, i + 1
            f.backed = True
            return backer, backed, backer.last
        passive = i > 0 and _bare(tokens[i - 1].key) in cues()["passive"]
        patient = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None) if passive else None
        # تم اعتقاله من قبل X، تم استقبال الرئيس اليمني X من قبل Y: the doer after the noun or after its genitive
        doer = (_by_agent(tokens, phrases, i) or (patient and _by_agent(tokens, phrases, patient.last - 1))) if passive else None
        if passive and (f.frame.conflict or f.frame.event_type in _COERCIONS or doer is not None):
            if doer is None:
                return None, None, i + 1  # سيتم فرض العقوبات: only a named doer acts
            # تم استقبال X من قبل Y: the genitive is what the act is done to, as the verb's object would be
            done_to = f.frame.patient or _takes_an_object(f.frame)
            return doer, patient if done_to and patient is not doer else None, doer.last
        if f.support >= 0:
            subject, _ = _subject(tokens, phrases, f.support)
            if _circumstantial(tokens[f.support].key):
                # التقى X Y، معربا عن تقديره: X; افتتح X المستشفى، معربا عن شكره ل Y: the opening verb's subject
                subject = clause_agent or self._speaker_now or _opening_subject(tokens, phrases, f.support, self._verbs)
                if subject is None:
                    return None, None, i + 1  # معربا سموه: whose clause the text does not name here
            if _affirmed(tokens, f):
                # أكد X أهمية زيارة سمو ولي العهد لمصر، مؤكدا تضامن مملكة البحرين مع المملكة: who affirms
                # an act tells it; its doer is the noun's own genitive (none named: no event)
                owner = next((p for p in phrases if p.first == i + 1 and not p.prep and (p.head is not None or p.titles)), None)
                if owner is not None:
                    if owner.entity is None or not _can_act(owner.entity):
                        return None, None, i + 1
                    f.genitive_agent = f.named_doer = True
                    return owner, None, owner.last
            if subject is not None and subject.first > i:
                subject = None  # the phrase after the noun is its complement, not the verb's subject
            overt = subject is not None
            if subject is None:
                subject = _support_genitive(tokens, phrases, f.support)
            if subject is None and f.voice == "active" and _adjective_actor(tokens, phrases, i) is not None:
                f.genitive_agent = True
                adjective = _adjective_actor(tokens, phrases, i)
                return adjective, None, adjective.last
            if subject is None:
                # البرامج التي تنوي X تنفيذها بالشراكة مع Y: the named subject of the relative's verb does it
                subject = _subject_of_verb_before(tokens, phrases, f.support)
            if subject is None:
                subject = self._dropped(tokens, phrases, f.support, clause_agent, sentence_index)
            if subject is None and f.voice == "active":
                subject = _outer_support_subject(tokens, phrases, f.support)
            pair = _between_parties(tokens, phrases, i) if subject is None and "between" in f.frame.targets else None
            if pair is not None:
                return pair, None, pair.last  # عقدت جلسة مباحثات بين X و Y: no one holds them but the parties
            if f.voice == "receive":
                giver = next((p for p in phrases if i < p.first <= i + _WINDOW and p.prep == _FROM and p.entity is not None
                              and not _breaks(tokens, i + 1, p.first)), None)
                genitive = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None)
                if giver is None and overt and genitive is not None and _can_act(genitive.head) and not _definite(tokens[i].key):
                    giver = genitive  # حظي X بدعم Y: Y supports X (a named receiver only)
                if giver is None or subject is None:
                    return None, None, i + 1
                return giver, subject, giver.last
            if f.voice == "undergo":
                # تعرضت X لهجوم من قبل Y، لهجوم شنه Y: X is the target, the passive agent or the doer acts
                doer = _by_agent(tokens, phrases, i) or _doer_after(tokens, phrases, i)
                if doer is None or subject is None:
                    return None, None, i + 1
                return doer, subject, doer.last
            if f.frame.patient:
                # جددت النيابة حبس X، قام X باختطاف Y: the support's subject detains the genitive
                # (أكد X اعتقال Y: who confirms it is no doer)
                patient = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None)
                if subject is None or _verb_of_saying(tokens[f.support].key) or (patient is not None and patient.first <= subject.first < patient.last):
                    return None, None, i + 1
                return subject, patient, patient.last if patient is not None else i + 1
            # نقل شكر اليمن ل X with no named subject: the noun's own genitive names its doer
            genitive = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None)
            if subject is None and genitive is not None and _can_act(genitive.head) and not _definite(tokens[i].key) and not f.reading.pronoun:
                f.genitive_agent = f.named_doer = True
                return genitive, None, genitive.last
            if (genitive is not None and genitive is not subject and _can_act(genitive.head) and not _definite(tokens[i].key)
                    and not f.reading.pronoun and _slot_after_genitive(tokens, phrases, genitive, f.frame)):
                # أكد X دعم فرنسا لمصر، أعرب X عن تضامن مصر مع فرنسا: the noun's genitive, then its own
                # preposition: the genitive is its doer, the one who says so only reports it
                f.genitive_agent = f.named_doer = True
                return genitive, None, genitive.last
            return subject, None, i + 1
        # a noun with the article takes no genitive (حضر اللقاء X: X attended, not the meeting's doer)
        definite = _definite(tokens[i].key)
        # (على تصريحات X: the preposition passed on to X, still the noun's genitive)
        genitive = next((p for p in phrases if p.first == i + 1 and (not p.prep or p.via_noun) and p.head is not None), None)
        if f.frame.patient:
            # اعتقال X على يد Y، اختطاف X من قبل Y، الاعتقال الإسرائيلي ل X: the genitive is what is done to
            doer = _by_agent(tokens, phrases, i) or (_adjective_actor(tokens, phrases, i) if definite else None)
            if doer is None:
                return None, None, i + 1
            patient = genitive if genitive is not None and genitive is not doer else None
            return doer, patient, doer.last
        owner = next((p for p in phrases if p.first == i + 1 and p.prep == "ل" and p.head is not None and p.head.label == ORG), None)
        if owner is not None and f.frame.conflict and not definite and not f.reading.pronoun:
            f.genitive_agent = f.named_doer = True
            return owner, None, owner.last  # غارة للتحالف، هجمات لتنظيم X: ل after an indefinite attack names its doer
        parties = _nationality_pair(tokens, phrases, i) if f.frame.symmetric else None
        if parties is not None:
            return parties  # محادثات سعودية - أمريكية: the two nations are the parties
        # (لمساعدة تونس: the ل the noun carries is passed on to its genitive)
        patient = next((p for p in phrases if p.first == i + 1 and (not p.prep or p.via_noun) and p.entity is not None), None)
        before = next((p for p in phrases if p.last <= i and _adverbial_gap(tokens, p.last, i) and not p.prep and p.entity is not None), None)
        stance = before is not None and before.first > 0 and _noun_trigger(tokens[before.first - 1].key) is not None \
            and _noun_trigger(tokens[before.first - 1].key).event_type in _STANCES  # إدانة X للهجوم: what X condemns
        purpose = _purpose(tokens[i].key) and not self._complement_of_verb(tokens, before, i)
        if before is not None and purpose and not f.reading.pronoun and _can_act(before.entity) and not stance:
            # يترأس وفد المملكة لحضور ...، دعا X Y لحضور ...: who goes to do it (أرسلت X قوات لدعم Y: Y is what is done to)
            done_to = patient if patient is not None and "of" in f.frame.targets and _phrase_kind(patient) in f.frame.target_types else None
            return before, done_to, done_to.last if done_to is not None else i + 1
        visited = genitive is not None and bool({"obj", "pobj"} & set(f.frame.targets))
        motion = _motion_before(tokens, i) if visited and not f.reading.pronoun else -1
        if motion >= 0 and (tokens[i - 1].key == _TO or _purpose(tokens[i].key)):
            # ذهب X إلى زيارة Y، توجه X لزيارة Y، وصل X إلى Z للقاء Y: Y is visited or met; the one who went is the visitor
            owner = _subject(tokens, phrases, motion)[0] or self._dropped(tokens, phrases, motion, clause_agent, sentence_index)
            if owner is None or _phrase_kind(genitive) not in f.frame.target_types:
                return None, None, i + 1
            return owner, genitive, genitive.last
        if patient is not None and purpose and "of" in f.frame.targets and not _stance_complement(tokens, i):
            # لدعم القوات X، لمساعدة X: after ل of purpose the genitive is what is done to, and
            # the doer is the clause's
            # طالب X المجتمع الدولي لدعم Y: whom X calls on is to do it, not X
            owner = None if self._called_on(i) else clause_agent
            if owner is None and not self._called_on(i):  # خصصت X مبلغا لدعم Y: the named subject of the verb that opens the sentence
                owner = _opening_subject(tokens, phrases, i, self._verbs)
                owner = owner if owner is not None and _reaches(tokens, phrases, owner, i) else None
            if owner is not None and i - owner.last <= _SUPPORT_WINDOW and _phrase_kind(patient) in f.frame.target_types:
                return owner, patient, patient.last
            return None, None, i + 1  # تبذل بريطانيا المزيد لمساعدة الولايات المتحدة: the genitive is helped, never the helper
        if (genitive is not None and not definite and not f.reading.pronoun and f.frame.event_type in _BACKING
                and _post_after(tokens, genitive.last)):
            # أعلن X دعم Y لرئاسة Z: Y is backed for the post; who backs is the clause's subject
            owner = next((p for p in (clause_agent, _opening_subject(tokens, phrases, i, self._verbs), self._speaker_now)
                          if p is not None and p is not genitive and _reaches(tokens, phrases, p, i)), None)
            return (owner, genitive, genitive.last) if owner is not None else (None, None, i + 1)
        if genitive is not None and not definite and not f.reading.pronoun and _can_act(genitive.head):
            f.genitive_agent = f.named_doer = True
            return genitive, None, genitive.last  # زيارة الرئيس X, not اتفاق فيينا (where it was made)
        adjective = _adjective_actor(tokens, phrases, i) if definite else None
        if adjective is not None:
            f.genitive_agent = True
            return adjective, None, adjective.last  # الغارات الروسية على حلب، العدوان الحوثي على عدن
        doer = _doer_after(tokens, phrases, i) or _by_agent(tokens, phrases, i)
        if doer is not None:
            return doer, None, doer.last
        if i + 1 < len(tokens) and tokens[i + 1].key in cues()["gather"]:
            owner = clause_agent or self._speaker_now or _recent(self, sentence_index)
            if owner is not None:
                return owner, None, i + 2  # لقاء جمعه مع X: he met X
        if "between" in f.frame.targets:
            # مواجهات عنيفة لا سابق لها بين X و Y: a few words of description may stand before بين
            pair = _between_parties(tokens, phrases, i)
            if pair is not None:
                return pair, None, pair.last  # اتفاقية بين X و Y: the parties, each the other's partner
            between = next((j for j in range(i + 1, min(len(tokens), i + 4)) if tokens[j].key == _BETWEEN), -1)
            listed = _spelled_out(tokens, phrases, between + 1) if between >= 0 else None
            if listed is not None:
                return listed, None, listed.last  # تم التوقيع بين الأعضاء المؤسسين، وهم X وY
            sides = self._sides(tokens, between, f, sentence_index) if between >= 0 else None
            if sides is not None:
                return sides  # مباحثات بين الجانبين
        if _manner(tokens, i):
            owner = next((p for p in (clause_agent, _opening_subject(tokens, phrases, i, self._verbs), _subject_of_verb_before(tokens, phrases, i))
                          if p is not None and _reaches(tokens, phrases, p, i)), None)
            if owner is not None and not _governs_bi(tokens, owner) and (_conjoined(tokens[i].key) or _next_to(tokens, owner.last, i)):
                return owner, None, i + 1  # نظمت X بالتعاون مع Y ندوة: X works with Y
        if (i > 0 and tokens[i - 1].key in (_IN, "و" + _IN) and f.frame.event_type in _OCCASIONS and not f.reading.pronoun
                and not definite and self._speaker_now is not None and _said_in(tokens, self._speaker_now, i - 1)
                and _partner_after(tokens, phrases, i)):
            f.fronted = self._speaker_now.first > i
            return self._speaker_now, None, i + 1  # قال X في مؤتمر صحفي مع Y، وفي اجتماع مع Y قال X: X met Y
        stance = tokens[i - 1].key == _IN and f.frame.event_type in _ADVERSE  # قال X، في انتقاد لـ Y، إن
        if i > 1 and (tokens[i - 1].key in cues()["during"] or stance) and not f.reading.pronoun and not definite:
            owner = next((p for p in (clause_agent, self._speaker_now) if p is not None and p.last == i - 1), None)
            if owner is None and _verb_of_saying(tokens[i - 2].key):
                owner = self._speaker_now  # وأضاف خلال زيارة إلى Y
            if owner is None:
                # قال X، في تصريحات أذيعت مباشرة خلال زيارة إلى Y؛ سعى X خلال زيارة إلى Y: the clause's subject
                owner = next((p for p in (clause_agent, self._speaker_now, _opening_subject(tokens, phrases, i, self._verbs))
                              if p is not None and _reaches(tokens, phrases, p, i - 1)), None)
            if owner is not None:
                return owner, None, i + 1  # قال X خلال زيارة إلى Y: the trip of the clause's subject
        object_pronoun = f.reading.pronoun and f.frame.event_type in _PLACE_EVENTS and _preceding_places(phrases, i)
        if f.reading.pronoun and _singular_pronoun(tokens[i].key) and self._reason_owner is not None and tokens[i - 1].key == _ON:
            # شكر X Y على دعمه ل Z: the one thanked for it is its doer, not the one who thanks
            return self._reason_owner, None, i + 1
        if f.reading.pronoun and _singular_pronoun(tokens[i].key) or _his_after(tokens, i) or object_pronoun:
            speaker = _speaker_before(tokens, phrases, i) if f.reading.pronoun else None  # أعلنت مصر رفضها
            owner = speaker or clause_agent or _clause_subject(tokens, phrases, i)
            if owner is not None and f.frame.conflict and tokens[i].key.endswith("ها") and _phrase_kind(owner) == "person":
                owner = None  # قال الوزير إن حربها على X: "her" war is a country's, not the man's
            if owner is not None and speaker is None and _nearer_antecedent(tokens, phrases, owner, i):
                owner = None  # استنكر X ما قاله Y عن السعودية وهجومه على المملكة: the pronoun may be Y's
            if owner is not None and f.frame.event_type in _PLACE_EVENTS:
                # جدد X ترحيبه بالملك Y خلال زيارته لفرنسا: the one welcomed is the visitor; another person
                # named between the subject and the trip may be its traveller too: no safe owner
                owner = _guest_before(tokens, phrases, owner, i) or (None if _person_between(tokens, phrases, owner, i) else owner)
            if owner is not None:
                return owner, None, i + 1  # زيارته، زيارة له، اختار X بلدين لزيارتهما: the clause's subject
        return None, None, i + 1

    def _complement_of_verb(self, tokens, subject: Phrase | None, i: int) -> bool:
        """تصدت X لهجوم Y: the ل on the noun at ``i`` is the preposition of the verb before it and
        its ``subject`` (a trigger whose frame takes ل), so the noun is that verb's complement, no
        purpose the subject goes on to do: the noun's doer is its own (Y), never the one who repels it."""
        opening = subject.first if subject is not None else i
        return any(g.frame.pos == "verb" and "p:ل" in g.frame.targets and g.index < opening
                   and _adverbial_gap(tokens, g.index + 1, opening) for g in self._found_now)

    def _called_on(self, i: int) -> bool:
        """A verb of calling on or demanding stands before ``i`` in the sentence (دعا، طالب): a
        purpose noun after it (لدعم Y) is what the one called on is to do."""
        return any(g.index < i and g.frame.pos == "verb" and g.frame.event_type in _CALLS for g in self._found_now)

    def _predicated(self, tokens, phrases: list[Phrase], f: _Found):
        """قال X إن قرار Y غير مقبول، نقلت الوكالة عن X قوله إن التصريحات التكتيكية لـ Y مرفوضة: a
        predicate of stance in the speaker's أن / إن clause, whose subject is an act (a deed or a
        verbal noun) named as Y's: the speaker (agent) takes the stance on Y (target); قال X إن Y
        ارتكب جرائم: the clause's own subject is the target (a frame whose target is ``subject``)."""
        i = f.index
        c = next((j for j in range(i - 1, -1, -1) if tokens[j].key in cues()["complementizer"] or tokens[j].text in _BREAKS), -1)
        speaker = self._speaker_now
        if c < 0 or tokens[c].key not in cues()["complementizer"] or speaker is None:
            return None, None, i + 1
        said = next((j for j in range(c - 1, -1, -1) if _says(tokens[j].key) or tokens[j].key in cues()["quote"]), -1)
        if said < 0 or any(t.key in cues()["complementizer"] for t in tokens[said + 1 : c]):
            return None, None, i + 1  # ذكر تقرير أن ...: no one's word; قال X إن Y ترى أن ...: Y's view
        if speaker in phrases and speaker.first > c:
            return None, None, i + 1  # the sentence's speaker is another verb's, further on
        if _says(tokens[said].key) and _subject(tokens, phrases, said)[0] is None and _unnamed_subject(tokens, phrases, said) \
                and not _names(speaker, tokens[said + 1].key):
            return None, None, i + 1  # وأكد العدني أن ...: a speaker the tagger did not name
        head = c + 1
        if "subject" in f.frame.targets:  # قال X إن قوات Y ارتكبت جرائم: Y, the clause's subject right before the verb
            subject = next((p for p in phrases if p.first == head and not p.prep and p.entity is not None), None)
            particles = _cue_union("particle", "negation")
            if subject is None or any(t.key not in particles for t in tokens[subject.last : i]):
                return None, None, i + 1
            return speaker, subject, i + 1
        if head >= i or any(p.first <= head < p.last for p in phrases) or not _act_noun(tokens[head].key):
            return None, None, i + 1
        owner = _owner_of_act(tokens, phrases, head, i)
        return (speaker, owner, i + 1) if owner is not None else (None, None, i + 1)

    def _country_pronouns(self, sentence: Sentence, phrases: list[Phrase]) -> list[Phrase]:
        """قال X إن بلاده تدعم Y، X الذي شاركت بلاده مع Y: "his country" as a clause's subject is an
        actor phrase for the country of the person it refers to: the sentence's speaker after أن /
        إن, the named antecedent of a relative pronoun before the clause's verb. Only a person the
        article gave one country (the employer of his role, else the nationality in his phrase).
        أعلنت حركة X أن عناصرها هاجموا Y: a group's or country's own fighters (kg/data/event_cues.tsv,
        own_force) in that place are the group or country itself."""
        tokens = sentence.tokens
        added: list[Phrase] = []
        for j in compress(range(1, len(tokens)), map(_owner_words().__contains__, sentence.keys[1:])):  # found in C: most sentences have none
            key = tokens[j].key
            if tokens[j - 1].key in cues()["complementizer"]:
                owner = self._speaker_now
                if owner is not None and any(p.first >= owner.last and p.last < j and isinstance(p.head, Mention)
                                             and p.head.label == PERSON for p in phrases):
                    continue  # قال X إن Y يرى أن بلاده ...: another person stands nearer; whose country is unsure
            elif j >= 2 and _bare_relative(tokens[j - 2].key) and tokens[j - 1].key not in _PREPOSITIONS:
                owner = _before_relative(tokens, phrases, j - 1)  # X الذي تتولى بلاده الرئاسة
            else:
                continue
            if owner is None:
                continue
            if key in cues()["own_force"]:  # أعلنت حركة X أن عناصرها هاجموا Y: the group's own fighters
                body = owner.head if isinstance(owner.head, Mention) and owner.head.label != PERSON and _can_act(owner.head) else None
                if body is not None:
                    added.append(Phrase(j, j + 1, replace(body, first_token=j, last_token=j + 1), None))
                continue
            country = self._country_of(owner)
            if country is not None:
                added.append(Phrase(j, j + 1, replace(country, first_token=j, last_token=j + 1), None))
        return sorted([*phrases, *added], key=lambda p: p.first) if added else phrases

    def _country_of(self, owner: Phrase) -> Mention | None:
        """The one country a person's phrase or role names (وزير الخارجية الإيراني X: Iran)."""
        if owner.head is None or owner.head.label != PERSON:
            return None
        role = self.roles.get(owner.head.cluster)
        if role is not None and role[2] in self.countries_named:
            return self.countries_named[role[2]]
        country = owner.country
        return country if country is not None and country.iso and _can_act(country) else None

    def _sides(self, tokens, i: int, f: _Found, sentence_index: int):
        """الجانبان، الطرفان after a two-sided trigger (or after بين): the agent and the partner of
        the latest two-party event, when it was told in this sentence or the one before; else None."""
        j = i + 1
        while j < len(tokens) and j - i <= _SUBJECT_GAP and tokens[j].key in cues()["adverb"]:
            j += 1
        pair = self.last_pair
        if not f.frame.symmetric or j >= len(tokens) or tokens[j].key not in cues()["sides"]:
            return None
        if pair is None or pair[0] < sentence_index - 1:
            return None
        return pair[1], pair[2], j + 1

    def _dropped(self, tokens, phrases: list[Phrase], i: int, clause_agent, sentence_index: int):
        """A dropped subject: the previous clause's named subject when this verb opens a clause; the
        sentence's speaker after أنه / إنه (قال X إنه بحث); the story's dignitary for سموه / فخامته."""
        if _described(tokens, i) or _describes_indefinite(tokens, phrases, i):
            return None  # باعتبارها دولة تشن حربا، على اقتراح أميركي يطلب: the verb says what the one described does
        if _unnamed_before(tokens, phrases, i):
            return None  # أن التنظيم اشتبك: the subject stands before the verb, one the tagger did not name
        if _unnamed_subject_of_relative(tokens, phrases, i):
            return None  # المكان الذي أطلق فيه الشرطي النار: the relative's own subject, unnamed
        latest = self.subject
        recent = latest[1] if latest is not None and latest[0] >= sentence_index - 1 else None
        if i + 1 < len(tokens) and tokens[i + 1].key in cues()["honorific"]:
            # سموه، فخامته: the dignitary the story is about, its latest named subject however far back
            person = clause_agent or self._speaker_now or (latest[1] if latest is not None else None)
            return person if person is not None and _kind(person.entity) == "person" else None
        if i > 0 and _bare(tokens[i - 1].key) in cues()["pronoun"]:
            said = next((k for k in range(i - 2, -1, -1) if _says(tokens[k].key)), -1)
            if said >= 0 and self._speaker_now is None and _unnamed_subject(tokens, phrases, said):
                return None  # وأكد المجلس أنه سيبحث: "he" is the subject the tagger did not name
            owner = self._speaker_now or clause_agent or recent
            if owner is not None and tokens[i - 1].key.endswith("ها") and _phrase_kind(owner) == "person":
                return None  # قال X ...، وأنها تدعم Y: "she" is a state or a body the text named before, not the man who speaks
            return owner
        if _first_person(tokens[i].key, tokens[i].text) and self._speaker_now is not None:
            return self._first_person_speaker(tokens, phrases, i)  # قال X: "سأسافر إلى ..."
        if _noun_after(tokens, i, phrases):
            return self._title_holder(tokens, phrases, i)
        if _overt_subject_after(tokens, i, phrases):
            return None  # يقوم زعماء ... : a subject the text does not name
        if _plain_subject_before(tokens, phrases, i):
            return None  # حيث كانت تعزيزات قد وصلت: a subject the text does not name
        if clause_agent is not None and _other_gender(tokens, clause_agent, i):
            # قال X إن مصر تدعم Y، وأشاد ب Z: a verb of the other gender is not the أن clause subject's;
            # a masculine one goes on with the man who speaks
            speaker = self._speaker_now
            man = speaker is not None and _kind(speaker.entity) == "person" and verb_gender(tokens[i].key) == "m"
            return speaker if man else None
        if clause_agent is not None:
            return clause_agent
        if latest is not None and latest[0] == sentence_index - 1 and _opens_sentence(tokens, i):
            return latest[1]
        return None

    def _first_person_speaker(self, tokens, phrases: list[Phrase], i: int) -> Phrase | None:
        """Who speaks a first-person verb: the subject of the nearest verb of saying before it, not
        the sentence's first speaker (أكدت مصر دعمها، وقال المتحدث: «نطالب ...»: the unnamed
        spokesman, no one to name); the sentence's speaker when that verb drops its subject
        (وأضاف: «...») or a quotation noun names him (نقلت عن X قوله)."""
        said = next((k for k in range(i - 1, -1, -1) if _says(tokens[k].key) or tokens[k].key in cues()["quote"]), -1)
        if said < 0 or tokens[said].key in cues()["quote"]:
            return self._speaker_now
        subject, _ = _subject(tokens, phrases, said)
        if subject is None:  # وقال المتحدث: the holder of a title the article named, else no one named
            subject = next((p for p in phrases if p.first == said + 1 and not p.prep and p.titles), None)
        if subject is None:
            return None if _unnamed_subject(tokens, phrases, said) else self._speaker_now
        return subject if subject.head is not None else self._holder_of(subject)

    def _actor(self, phrase: Phrase):
        """Who an agent phrase names: its person; a country or organisation when only force nouns
        stand before it (طائرات التحالف، القوات التركية); the holder of a title the article named
        (الرئيس اليمني -> the person) — never the country of a title (أمير المدينة is not the city)."""
        titled = any(t.source != "force" for t in phrase.titles)
        if phrase.head is not None and (phrase.head.label == PERSON or not titled):
            return phrase.head
        if titled:
            holder = self._holder_of(phrase)
            return holder.head if holder is not None else _body_of_members(phrase)
        return phrase.country if phrase.titles and not _nation_of_a_group(phrase) else None

    def _named(self, tokens, phrase: Phrase) -> Phrase | None:
        """A target phrase with its entity: its name, else the article's holder of its title
        (لفخامة الرئيس, and always for the title of a city or region: أمير منطقة X), else the
        country of its nationality word (الحكومة المصرية)."""
        titled = any(t.source != "force" for t in phrase.titles)
        if titled and isinstance(phrase.head, Mention) and phrase.head.label in (GPE, LOC) and not phrase.head.iso \
                and _post_of_place(tokens, phrase):
            return self._holder_of(phrase)  # أمير منطقة X، أمين عام غرفة X: the one who holds the post, never the city or region
        if phrase.head is not None or not titled:
            return phrase if phrase.entity is not None and not _nation_of_a_group(phrase) else None  # الحكومة المصرية: Egypt
        holder = self._holder_of(phrase)
        if holder is not None:
            return holder
        # الرئيس المصري -> Egypt; not رئيس حزب القوات اللبنانية, whose nationality is the party's
        title_ends = {t.last_token for t in phrase.titles if t.source != "force"}
        return phrase if phrase.country is not None and phrase.country.first_token in title_ends else None

    def _holder_of(self, p: Phrase) -> Phrase | None:
        title = next((t for t in reversed(p.titles) if t.source != "force"), None)  # فخامة الرئيس: the office, not the honorific
        if title is None:
            return None
        words = {_bare_word(w) for w in match_key(title.text).split()}
        # رئيس وزراء لبنان: the state or body the title names is the holder's employer too
        named = p.head if p.head is not None and p.head.label in (GPE, ORG) else None
        country = p.country.cluster if p.country is not None else named.cluster if named is not None else None
        named_here = self._named_here  # a holder named here later would head the phrase (named before, it is taken up again)
        holders = [person for person, (role, role_en, employer) in self.roles.items()
                   if words <= {_bare_word(w) for w in match_key(role).split()}
                   and _same_office(title.label_en, role_en)
                   and (country is None or employer == country)
                   and named_here.get(person, -1) < p.first]
        if not holders and country is None and _a_top_office(title) and title.sentence == self._sentence_now:
            # a state's top offices, which an article names one holder of at a time; and a title of the
            # sentence read: a subject carried over from an earlier one (يلتقي السلطان، وتوجه بعدها)
            # would be a second guess on top of the first
            holders = self._named_with_title(title.canonical, p.first)
        if len(holders) != 1:
            return None
        # جلالة الملك, with no country, in an article that also names another king (with no country
        # read for him): either of them
        if country is None and any(person != holders[0] and person not in self.roles and title.canonical in offices
                                   and named_here.get(person, -1) < p.first for person, offices in self.titled.items()):
            return None
        return Phrase(p.first, p.last, _ClusterRef(holders[0]), None, p.titles, prep=p.prep, conj=p.conj, comma=p.comma)

    def _named_with_title(self, title: str, before: int) -> list[int]:
        """The people the article has named with ``title`` (خادم الحرمين الشريفين الملك سلمان، ولي
        العهد الأمير X) and no role of a country: a bare بخادم الحرمين الشريفين or ولي العهد later is
        one of them, the person only when there is one (never a guess between two)."""
        named_here = self._named_here
        return [person for person, titles in self.named_with.items()
                if title in titles and person not in self.roles and named_here.get(person, -1) < before]

    def _title_holder(self, tokens, phrases: list[Phrase], i: int):
        """"وأكد الوزير الأميركي ...": a title with no name after the verb is the article's holder of it."""
        p = next((p for p in phrases if p.first == i + 1 and p.head is None and p.titles), None)
        return self._holder_of(p) if p is not None else None

    def _speaker(self, sentence: Sentence, phrases: list[Phrase]):
        """The named subject of a verb of saying (قال الجبير), the story's actor for the next sentence."""
        tokens, sentence_index = sentence.tokens, sentence.index
        for k in compress(count(), map(cues()["quote"].__contains__, sentence.keys)):
            # نقلت الوكالة عن X، قائد Y، قوله: the one whose saying is quoted
            quoted = next((p for p in phrases if p.head is not None and (p.last == k or p.last == k - 1 and tokens[k - 1].text in _COMMAS)), None)
            if quoted is not None:
                return quoted
        for i in compress(count(), map(_says, sentence.keys)):  # قال X، نفى X: the speaker
            subject, _ = _subject(tokens, phrases, i)
            if subject is not None and subject.head is not None:
                return subject
            latest = self.subject
            if subject is None and _unnamed_subject(tokens, phrases, i) and not (latest is not None and _names(latest[1], tokens[i + 1].key)
                                                                                 and _bare_word(tokens[i + 1].key) not in org_heads()):
                # وأكد العدني أن ...: a subject the tagger did not name, not the previous speaker (وقال الجبير is; وقال
                # المجلس is when the article names one council only, which tagging reads: kg.tag._institution_references)
                continue
            if subject is None and latest is not None and latest[0] == sentence_index - 1 and _opens_sentence(tokens, i):
                return latest[1]  # وأشار إلى أنه ...: the previous sentence's speaker goes on
        return None

    # -- targets ----------------------------------------------------------------
    def _targets(self, tokens, phrases: list[Phrase], f: _Found, start: int, stop: int, agents: list[Phrase]):
        frame = f.frame
        agent_spans = {(a.first, a.last) for a in agents}
        targets: list[Phrase] = []
        locations: list[Phrase] = _fronted_place(tokens, phrases, f.index) if frame.located else []
        # مواجهات بين X وفدائيين فلسطينيين: the party after an agent read from بين is its partner
        previous: Phrase | None = agents[-1] if agents and agents[-1].prep == _BETWEEN and frame.conflict else None
        partner = previous is not None and frame.conflict
        purpose = frame.pos == "noun" and _purpose(tokens[f.index].key)  # لحضور حفل افتتاح X: X is what is done
        # حضر X حفل افتتاح Y، شهد X مراسم توقيع Y: a ceremony noun's chain leads to what was attended
        # (past the quotation mark that closes the agent's name: أدانت منظمة «X» اختطاف Y)
        opening = next((j for j in range(start, stop) if tokens[j].key not in cues()["adverb"] and tokens[j].text not in _QUOTES), stop)
        if frame.event_type in _STANCES - _THANKS and opening < stop and _judgement(tokens[opening].key):
            return [], locations  # رفض اعتبار X الأفضل، رفض تصنيف X: X is what the judgement is about, not what is rejected
        purpose = purpose or (frame.pos == "verb" and opening < stop and tokens[opening].key in cues()["ceremony"])
        attached = start  # the end of the verb phrase read so far: a place must follow it closely
        unnamed = _unnamed_complement(tokens, phrases, start, stop, frozenset(frame.targets) | frozenset(frame.topic))
        partner_at = _conjoined_after_unnamed(tokens, phrases, start, stop, frozenset(frame.targets))
        stop = _new_clause(tokens, phrases, start, _topic_word(tokens, frame, start, stop))
        seats = {a.last for a in agents if a.first > f.index}  # where an agent named after the verb ends
        act = _act_complement(tokens, phrases, start, stop, frame) if frame.event_type in _STANCES else -1
        for p in phrases:
            if p.first < start or (p.first, p.last) in agent_spans:
                continue
            if p.first >= stop:
                break
            if p.first in seats and p.prep == "ب" and p.entity is not None and not _can_act(p.entity) and _object_follows(tokens, p.last):
                # أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة، العمل الإرهابي: where the agent sits, the
                # object follows (not أشاد X بالقاهرة; a country acts: نددت قطر بإسرائيل)
                continue
            if not frame.conflict and _at_seat(tokens, p):
                continue  # اجتمع في فرع وزارة الخارجية بجدة مع Y: the body whose seat is where it happened
            if _of_inner_noun(tokens, start, p):
                continue  # رحب X بالملك Y خلال زيارته لفرنسا: France is where the King's visit goes, not whom X welcomes
            if _backer(tokens, p):
                continue  # هاجمت القوات بدعم من التحالف مواقع Y: the coalition backs, nothing is done to it
            if _heads_agent(tokens, p, agents):
                continue  # رحب حزب X برئاسة Y بزيارة Z: Y heads the agent, no target of its act
            if p.first > f.index and (_beside_agent(tokens, p, agents) or _closes_agent_apposition(tokens, p, agents)):
                continue  # حذر X، مستشار Y، من أن; استنكر X المفتي العام للقدس والديار ...: the agent's own phrase
            if frame.event_type == "ATTEND" and not p.prep and _made(tokens, p):
                continue  # شارك في تأسيس «X»: X is what was founded, no event attended
            slot = "p:" + p.prep if p.prep else "obj"
            if slot == "p:ل" and f.genitive_agent and "of" in frame.targets and not _verb_between(tokens, start, p.first):
                slot = "of"  # قصف التحالف لمواقع X: after the doer's genitive, ل marks the object (not: هجمات X لم تترك للحكومة)
            owner = bool(slot == "p:ل" and _owner_of_site(tokens, start, p, frame))
            if owner:
                slot = _owner_of_site(tokens, start, p, frame)  # غارات على مواقع للحوثيين: the sites' owner is what is struck
            holder = _holder_of_site(tokens, start, p, frame)
            if holder:
                slot, owner = holder, True  # على معسكر يسيطر عليه X، مواقع تابعة لـ X: X is struck
            if p.prep == _BETWEEN or (previous is not None and previous.prep == _BETWEEN and (p.conj or p.comma)):
                slot = "between"
                titled = any(t.source != "force" for t in p.titles)
                if partner and previous in agents and (_one_side(tokens, p.last) or (p.head is None and (titled or not _armed(p)))):
                    break  # بين X والقوات الموالية للرئيس اليمني من جهة: X's own side, or a title's country, is no partner
            coordinated = previous is not None and not p.prep and (p.conj or p.comma) and previous.last >= p.first - 1
            if p.first == partner_at and _phrase_kind(p) in frame.target_types:
                targets.append(p)  # بحث مع الشركاء الأوروبيين والحكومة اليونانية: the named one of the two partners
                attached, previous = p.last, p
                continue
            if slot in frame.topic:
                break
            people = (slot == "obj" and frame.event_type in _FOR_PEOPLE
                      and "p:" + _people_preposition(tokens, phrases, start, p) in frame.targets)
            if slot == "obj" and "adj" in frame.targets and _nationality_of_object(tokens, start, p):
                slot = "adj"  # أدان القصف الإسرائيلي: the nation the object noun is said of
            elif slot == "obj" and frame.event_type in _STANCES and _nationality_after_clitic(tokens, start, p):
                slot = "p:" + tokens[p.first - 1].key[0]  # رفضه للتدخل الإيراني: the ل or ب on the noun
            elif slot == "obj" and frame.event_type in _FOR_PEOPLE and frame.pos == "noun" and _people_after_clitic(tokens, start, p):
                slot = "p:ل"  # مساعدات طبية للشعب اليمني: aid to the people of that nation
            elif people:
                slot = "p:" + _people_preposition(tokens, phrases, start, p)  # وقوفها إلى جانب الشعب اليمني، تضامنها مع الشعب الفرنسي
            if slot == "obj" and "pobj" in frame.targets and f.reading.pronoun and _guest_after(tokens, f.index, start, p.first):
                slot = "pobj"  # خلال لقائه الرئيس X، لدى استقباله في مكتبه اليوم X: the noun's pronoun is its doer, the name after it its object
            kind = _phrase_kind(p)
            if coordinated and previous in targets and _opens_clause_with(tokens, p):
                break  # هنأ X Y وZ تستعد للسفر، زار مصر والأردن ودول الخليج تأمل: Z is the subject of a new clause
            if _matter_adjective(tokens, p) or _names_a_thing(tokens, p):
                pass  # دعمها للثورة السورية، أثنى على إعلان القاهرة: the name says which matter or text, no party to it
            elif frame.greet and p.prep == "ب" and not p.via_noun and kind == "person":
                pass  # رحب X بالرئيس Y، مرحبا بمعالي Y: a guest greeted, not praised (رحب بتصريحات Y: praised)
            elif previous is not None and previous in targets and _of_an_apposition(tokens, previous, p):
                pass  # شكره لشركة X الممثل الحصري لتويتر: Twitter is whose representative X is, not thanked
            elif coordinated and previous in targets and kind:
                targets.append(p)
            elif coordinated and previous in locations and kind == "place":
                locations.append(p)
            elif kind == "place" and p.prep == _IN and frame.event_type not in _PLACE_EVENTS:
                at = _preposition_at(tokens, p, attached)
                if frame.located and (_next_to(tokens, attached, at) or _after_site(tokens, attached, at, frame)):
                    locations.append(p)  # التقى X Y في الرياض, not ... وزراء الدول الخمس في آسيا الوسطى
            elif kind == "place" and p.prep == _FROM and frame.event_type in _PLACE_EVENTS:
                pass  # وصل إلى بغداد قادما من الرياض: where the trip began
            elif p.via_noun and p.prep and _trigger_of(tokens[p.first - 1].key) is not None and tokens[p.first - 1].key not in cues()["deed"]:
                pass  # دعوة من X لزيارة مصر: مصر belongs to the visit, a noun of its own
            elif frame.conflict and _of_nested_act(tokens, f, p):
                pass  # العمليات ... لوقف الحوثيين للاستيلاء على اليمن: Yemen is what the seizing is done to
            elif (p.prep == _BEFORE and tokens[p.first - 2].key == _FROM and frame.event_type in _STANCES and not targets
                  and kind in frame.target_types):
                targets.append(p)  # أشاد بالجهود المبذولة من قبل X: the doer of the act a stance is about
            elif 0 <= act < p.first and p.prep:
                pass  # رحب بزيارة X إلى الأردن: the visit goes to Jordan, the welcome is not for it
            elif p.prep == _FROM and p.first - start > _FROM_REACH and not targets and slot in frame.targets and not frame.conflict:
                pass  # طلبت الوزارة استمرار منع دخول القادمين من دول غينيا: من after a long object is a word of it's
            elif (slot == "p:ب" and frame.pos == "verb" and "obj" in frame.targets and not coordinated
                  and any(not t.prep for t in targets)):
                pass  # التقى X الدكتور Y استشاري القلب بمستشفى Z: met Y (no بـ after an object met), Z is where Y works
            elif slot == "obj" and _adjective_after_noun(tokens, phrases, p):
                pass  # شارك في العرضة السعودية: a nisba name after a noun is the noun's adjective
            elif slot == "obj" and p.conj and not targets and p.first > 0 and tokens[p.first - 1].text in _COMMAS:
                pass  # X، الذي قتله داعش في الموصل، والمراسل Y: after a comma, و joins Y to a phrase outside the clause, no object
            elif slot == "obj" and not (_next_to(tokens, start, p.first) or frame.pos == "verb" and _past_setting(tokens, start, p.first)
                                        or frame.pos == "verb" and _past_place(tokens, phrases, start, p.first)
                                        or purpose and _construct_chain(tokens, opening if frame.pos == "verb" else start, p.first)):
                pass  # an object follows its verb and subject; a name further on belongs to another phrase
            elif slot == "obj" and _country_of_a_noun(tokens, start, p):
                pass  # انتقد أكراد سوريا: the Kurds of Syria, not Syria
            elif slot == "obj" and frame.pos == "noun" and kind != "place" and not purpose and not frame.patient:
                pass  # a verbal noun's genitive: a place is where it went (زيارة الأردن), a person its doer
            elif (slot != "obj" and unnamed is not None and not holder and not people and (p.first > unnamed or p.first == unnamed and _own_preposition(p) and not owner)
                  and not _construct_chain(tokens, unnamed, p.first)
                  and not (_fallback_place(p, frame, kind) and not targets)):
                pass  # تحية لرجال الأمن على نجاحهم في ... بتنظيم X: the slot went to an unnamed noun, X is deeper
            elif frame.conflict and frame.symmetric and slot != "between" and any(t.text in _COMMAS for t in tokens[f.index:p.first]):
                pass  # اشتباكات بين X والمسلحين قرب بلدة Y، الحدودية مع العراق: مع after a comma is no party
            elif p.prep == "ب" and (kind == "place" or _venue(p)) and not p.via_noun and not coordinated and not _next_to(tokens, start, p.first):
                pass  # استنكر X إمام مسجد المحيسن بالرياض، عقد اجتماع موسع بقاعة ... بمستشفى X: ب on a place after other words says where
            elif p.prep == "ب" and kind == "place" and not frame.conflict and frame.event_type not in _PLACE_EVENTS and _division_named(p):
                pass  # استنكرت مديرية الشؤون الصحية بمنطقة حائل: ب on a region called by its division noun says where
            elif slot in frame.targets and kind in frame.target_types and not (p.via_noun and frame.event_type in _PLACE_EVENTS):
                targets.append(p)  # (a trip إلى تعزيز دور X goes nowhere)
            elif _fallback_place(p, frame, kind) and not targets and not _arrives_as_a_business(frame, agents):
                targets.append(p)
            if p in targets or p in locations:
                attached = p.last
            previous = p
        listed = _spelled_out(tokens, phrases, start) if not targets and _slot_before(tokens, start, frame) else None
        if listed is not None:
            # التقى X عددا من السفراء، وهم Y وZ: the names the noun in the target's slot is spelled out as
            targets = [p for p in _group(phrases, listed) if (p.first, p.last) not in agent_spans and _phrase_kind(p) in frame.target_types]
        if not targets and frame.event_type == "ATTEND":
            organiser = _organiser(tokens, phrases, start) or _ceremony_source(tokens, phrases, start, stop)
            if organiser is not None and (organiser.first, organiser.last) not in agent_spans:
                targets = [organiser]  # شارك X في المؤتمر الذي نظمته Y: Y's conference
        if not targets and frame.event_type in _STANCES and frame.pos != "predicate":
            doer = _act_doer(tokens, phrases, start, stop, frame)
            if doer is not None and (doer.first, doer.last) not in agent_spans and _phrase_kind(doer) in frame.target_types:
                targets.append(doer)  # أشاد بالجهود التي تبذلها X، ثمن الدعم الذي تقدمه X
        return _without_origin(frame, targets), locations


def _guest_after(tokens, i: int, start: int, first: int) -> bool:
    """خلال لقائه الرئيس X، لدى استقباله في مكتبه اليوم X: the name at ``first`` follows the
    noun at ``i`` (which carries its doer as a pronoun) as its object: only adverbs or a short
    phrase of where between, and no noun it is the genitive of (لقائه منسوبي X). Not after في:
    وكان في استقباله X says who stood there to meet him, X the host."""
    if i > 0 and tokens[i - 1].key == _IN:
        return False
    return (all(t.key in cues()["adverb"] for t in tokens[start:first])
            or _next_to(tokens, start, first) and not _construct_head(tokens[first - 1]) or _past_setting(tokens, start, first))


def _act_doer(tokens, phrases: list[Phrase], start: int, stop: int, frame: Frame) -> Phrase | None:
    """أشاد بالجهود التي تبذلها X، ثمن الدعم الذي تقدمه X، أعرب عن تقديره للمبادرة التي أطلقها X:
    the stance's first complement is an act (a deed noun or a verbal noun) that a verb after it,
    carrying the act as its object pronoun, says X does: X is whom the stance is about."""
    c = _complement_at(tokens, start, stop, frame)
    if c >= stop or any(p.first <= c < p.last for p in phrases) or not _act_noun(tokens[c].key):
        return None
    return _doer_after(tokens, phrases, c) or _genitive_doer(tokens, phrases, c)


def _complement_at(tokens, start: int, stop: int, frame: Frame) -> int:
    """Where a trigger's first complement word stands: past adverbs, quotes and a preposition of
    its own written as a word (أثنى على الجهود; not: تصريحات X خلال اللقاء الذي أجراه Y)."""
    c = start
    while c < stop and (tokens[c].key in cues()["adverb"] or tokens[c].text in _QUOTES):
        c += 1
    if c < stop and "p:" + tokens[c].key in frame.targets:
        c += 1
    return c


def _act_complement(tokens, phrases: list[Phrase], start: int, stop: int, frame: Frame) -> int:
    """ترحيبه بزيارة X إلى Y، أعربت عن رفضها لزيارة X إلى Y: a stance whose first complement is a
    verbal noun of another one-sided event (not a deed noun: بجهود X): where that noun stands,
    else -1. The prepositions after it are the act's (Y is where X went), not the stance's."""
    c = _complement_at(tokens, start, stop, frame)
    act = _noun_trigger(tokens[c].key) if c < stop and not any(p.first <= c < p.last for p in phrases) else None
    if act is None or act.symmetric or act.event_type in _STANCES | _ADVERSE or _conjoined(tokens[c].key):
        return -1  # أشاد بالتعاون مع X: the partner of a joint act; الشكر والامتنان ل X: one stance in two words
    return -1 if any(stem in cues()["deed"] for stem, _, pronoun, _ in _stems(tokens[c].key) if not pronoun) else c


def _genitive_doer(tokens, phrases: list[Phrase], c: int) -> Phrase | None:
    """أشاد بدعم X، أعرب عن رفضه لاتهامات X، رحب بزيارة الرئيس X: a bare verbal noun whose frame
    reads its object after ل (kg/data/event_frames.tsv, of) has its doer as its genitive, the name
    right after it; of any other frame, a person genitive (a place there is where one went: زيارة
    مصر). Not an act of force (قصف المدنيين, استهداف X: its genitive may be what is struck) nor one
    done to its genitive (اعتقال X), nor a noun with the article or a pronoun (الدعم، دعمه)."""
    reading = _trigger_of(tokens[c].key)
    frame = reading.trigger.frame("noun") if reading is not None else None
    if frame is None or reading.pronoun or _definite(tokens[c].key) or _conjoined(tokens[c].key) or frame.conflict or frame.patient:
        return None  # (تصريحات X وتصريحات Y: a noun joined by و is no complement)
    doer = next((p for p in phrases if p.first == c + 1 and (not p.prep or p.via_noun) and p.head is not None), None)
    return doer if doer is not None and ("of" in frame.targets or _phrase_kind(doer) == "person") else None


def _owner_of_act(tokens, phrases: list[Phrase], head: int, end: int) -> Phrase | None:
    """Whose act the noun at ``head`` names, before ``end``: its genitive (قرار مجلس الأمن، التدخل
    الإيراني), or a phrase in ل after its adjectives (التصريحات التكتيكية لحزب X)."""
    k = head + 1
    while k < end and tokens[k].key.startswith("ال") and tokens[k].key not in _PREPOSITIONS and _trigger_of(tokens[k].key) is None \
            and not any(p.first == k for p in phrases):
        k += 1
    for p in phrases:
        if p.last <= end and p.entity is not None and (p.first == head + 1 and not p.prep or p.first == k and p.prep == "ل" and not p.via_noun):
            return p
    return None


def _matter_adjective(tokens, p: Phrase) -> bool:
    """الحرب السورية، للثورة السورية، الأزمة اليمنية: a nationality adjective alone on a noun of a
    matter (kg/data/event_cues.tsv, matter) says where the matter is, not who takes part in it,
    so it is no party to the stance, visit or attendance the matter is the complement of."""
    e = p.entity
    if p.first == 0 or p.titles or e is None or e.label != GPE or p.last - p.first != 1 or not _nisba(tokens[p.first].key):
        return False
    return any(stem in cues()["matter"] for stem, _, pronoun, _ in _stems(tokens[p.first - 1].key) if not pronoun)


def _names_a_thing(tokens, p: Phrase) -> bool:
    """إعلان القاهرة، اتفاق الرياض: a city that is the genitive of a noun heading the name of a
    declaration or agreement (kg/data/thing_heads.tsv, named by a place) names that text, not an
    actor the trigger is done to or with (a country there is the one that announced: بإعلان السعودية وقف ...)."""
    if p.first == 0 or p.titles or _kind(p.entity) != "place" or getattr(p.entity, "iso", "") or (p.prep and not p.via_noun):
        return False
    heads = thing_heads()
    return any(heads.get(stem) in ("place", "any") for stem, _, pronoun, _ in _stems(tokens[p.first - 1].key) if not pronoun)


def _venue(p: Phrase) -> bool:
    """مستشفى X، فندق X: an organisation named by a building one goes to (kg/data/event_cues.tsv,
    venue), which after ب and other words says where something happened."""
    m = p.head if isinstance(p.head, Mention) else None
    if m is None or m.label != ORG or p.titles:
        return False
    word = match_key(m.text.split(" ")[0])
    return (word[2:] if word.startswith("ال") else word) in cues()["venue"]


def _at_seat(tokens, p: Phrase) -> bool:
    """في فرع وزارة X، بمقر الأمانة: a name that is the genitive of a seat noun (kg/data/event_cues.tsv,
    seat) governed by في or ب says where something happened, not who took part."""
    if p.first < 1 or p.prep:
        return False
    word = tokens[p.first - 1].key
    seats = cues()["seat"]
    if word[:1] == "ب" and _bare_word(word[1:]) in seats:
        return True
    return _bare_word(word) in seats and p.first >= 2 and tokens[p.first - 2].key == _IN


def _made(tokens, p: Phrase) -> bool:
    """تأسيس «X»، إعداد X: a name governed by a verbal noun of making (kg/data/event_cues.tsv, making),
    past quotes: what was made, founded or drafted."""
    k = p.first - 1
    while k > 0 and tokens[k].text in _QUOTES:
        k -= 1
    return k >= 0 and _bare(tokens[k].key) in cues()["making"]


def _division_named(p: Phrase) -> bool:
    """منطقة حائل، محافظة جدة: a place whose name opens with the noun of an administrative division
    (kg/data/place_heads.tsv): a part of a country, where a body sits or a thing happens."""
    m = p.head if isinstance(p.head, Mention) else None
    if m is None or m.label not in (GPE, LOC):
        return False
    word = match_key(m.text.split(" ")[0])
    return (word[2:] if word.startswith("ال") else word) in place_heads()


def _judgement(key: str) -> bool:
    """اعتبار، تصنيف، وصف: the verbal noun of a judgement about someone (kg/data/event_cues.tsv,
    judgement) or of a measure taken against someone (measure: عزل، إعدام); a stance on it is on
    the judgement or the measure, not on the one judged."""
    words = _cue_union("judgement", "measure")  # انتقدت X عزل الرئيس Y: the ouster is criticised, not Y
    return any(stem in words for stem, _, pronoun, _ in _stems(key) if not pronoun)


def _country_of_a_noun(tokens, start: int, p: Phrase) -> bool:
    """انتقد أكراد سوريا، التقى لاجئي سوريا: a country named alone (no title, no force noun) as
    the genitive of a noun of a part of its people (kg/data/event_cues.tsv, community) names
    whose that part is, no party itself (not سياسة السعودية، إقدام الأردن: the country acts)."""
    if p.first <= start or p.titles or not isinstance(p.head, Mention) or p.head.label != GPE or not p.head.iso:
        return False
    return tokens[p.first - 1].key in cues()["community"]


def _act_noun(key: str) -> bool:
    """جهود، بالدور، الدعم: a deed noun (kg/data/event_cues.tsv, deed) or a trigger's verbal noun."""
    return any(stem in cues()["deed"] for stem, _, pronoun, _ in _stems(key) if not pronoun) or _noun_trigger(key) is not None


def _topic_word(tokens, frame: Frame, start: int, stop: int) -> int:
    """Where a topic preposition written as a word (شكره لـ X على دعمه لـ Y) ends the targets,
    even when no name follows it."""
    for j in range(start, stop):
        key = tokens[j].key
        bare = key[1:] if key[:1] in ("و", "ف") and key[1:] in _PREPOSITIONS else key
        if bare in _PREPOSITIONS and "p:" + bare in frame.topic:
            return j
    return stop


def _new_clause(tokens, phrases: list[Phrase], start: int, stop: int) -> int:
    """A comma and a word joined by و that opens no actor phrase (بناء على طلبه، واختيار X ...)
    start another clause: the trigger's targets end there."""
    firsts = {p.first for p in phrases}
    for j in range(start, stop - 1):
        if tokens[j].text in _COMMAS and tokens[j + 1].key[:1] == "و" and j + 1 not in firsts:
            return j
    return stop


def _fallback_place(p: Phrase, frame: Frame, kind: str) -> bool:
    """A trip with no named destination went to the place after في (زار دار الرعاية في الرياض),
    when the place's name opens its phrase or follows one title (not في المنطقة عبر مخاطبة X)."""
    return (kind == "place" and p.prep == _IN and frame.event_type in _PLACE_EVENTS
            and (p.head is None or p.head.first_token - p.first <= 1))


def _arrives_as_a_business(frame: Frame, agents: list[Phrase]) -> bool:
    """وصول شركة X في إيران: an organisation arriving في a place, with no إلى, opens there (a
    market entry), no trip; a person's arrival is a trip wherever it is told."""
    return frame.event_type == "TRAVEL" and bool(agents) and all(_phrase_kind(a) == "org" for a in agents)


def _unnamed_complement(tokens, phrases: list[Phrase], start: int, stop: int, slots: frozenset[str]) -> int | None:
    """Where the trigger's first complement ends when it is a noun that names nobody, after a
    preposition (or clitic ل ب) of a target or topic slot: a name further on belongs to that
    noun's own complements, not to the trigger (أشاد بأداء رجال الأمن ... بتنظيم X)."""
    j = start
    while j < stop and (tokens[j].key in cues()["adverb"] or tokens[j].text in _QUOTES or tokens[j].text in _COMMAS):
        j += 1
    if j >= stop or any(p.first <= j < p.last for p in phrases):
        return None
    key = tokens[j].key
    bare = key[1:] if key[:1] in ("و", "ف") and key[1:] in _PREPOSITIONS else key
    if bare in _PREPOSITIONS:
        named = j + 1 >= stop or tokens[j + 1].text in _QUOTES or any(p.first <= j + 1 < p.last for p in phrases)
        return None if named or "p:" + bare not in slots else j + 2
    clitic = next((c for c in ("لل", "بال", "ل", "ب") if bare.startswith(c)), None)
    if (clitic is not None and "p:" + clitic[0] in slots and len(bare) - len(clitic) >= 3
            and not _verb_like(key) and _noun_trigger(key) is None and key not in cues()["adverb"]):
        return j + 1
    return None


def _conjoined_after_unnamed(tokens, phrases: list[Phrase], start: int, stop: int, slots: frozenset[str]) -> int:
    """Where a named phrase joined by و to an unnamed first complement begins (بحث مع الشركاء
    الأوروبيين والحكومة اليونانية): the preposition of a target slot, one noun that names nobody
    and its definite adjectives, then و opening a phrase of no preposition: that phrase shares
    the slot. -1 when the complement is no such pair."""
    j = start
    while j < stop and (tokens[j].key in cues()["adverb"] or tokens[j].text in _COMMAS):
        j += 1
    if j + 2 >= stop or tokens[j].key not in _PREPOSITIONS or "p:" + tokens[j].key not in slots:
        return -1
    k = j + 1
    if any(p.first <= k < p.last for p in phrases) or _noun_trigger(tokens[k].key) is not None or _verb_like(tokens[k].key):
        return -1
    k += 1
    while k < stop and tokens[k].key.startswith("ال") and not any(p.first <= k < p.last for p in phrases):
        k += 1
    joined = k < stop and tokens[k].key[:1] == "و" and any(p.first == k and not p.prep and p.entity is not None for p in phrases)
    return k if joined else -1


def _claims(sentence: Sentence, phrases: list[Phrase]) -> list[tuple[int, Phrase]]:
    """The claims of responsibility in a sentence, with the claimant's phrase: a verb of claiming
    that carries the act as a pronoun (تبناه تنظيم X), or one (or a verb of saying) whose subject
    is followed by the responsibility (تبنت جماعة «X» الإرهابية مسؤوليتها، أعلن X المسؤولية)."""
    tokens = sentence.tokens
    out = []
    for j in compress(count(), map(_claiming, sentence.keys)):
        carried = _claiming(tokens[j].key) == _CARRIED
        subject = next((p for p in phrases if j < p.first <= j + 3 and not p.prep and p.head is not None), None)
        if subject is None or any(tokens[k].text not in _QUOTES and _definite(tokens[k].key) for k in range(j + 1, subject.first)):
            continue  # (a word between the verb and the name may be the group's noun, جماعة «X», no other definite word)
        if carried or any(tokens[k].key in cues()["claim"] for k in range(subject.last, min(len(tokens), subject.last + 4))):
            out.append((j, subject))
    return out


_CARRIED = 2  # _claiming: a verb of claiming that carries the act as a pronoun (تبناه)


@memo(200_000)
def _claiming(key: str) -> int:
    """How a word can open a claim, read once per word type: 2 a verb of claiming with a
    pronoun (تبناه), 1 another verb of claiming or a verb of saying (تبنت، أعلن), 0 none."""
    stems = _stems(key)
    doer = cues()["doer"]
    if any(stem in doer and pronoun and not nominal for stem, _, pronoun, nominal in stems):
        return _CARRIED
    return int(any(stem in doer and not nominal for stem, _, _, nominal in stems) or _verb_of_saying(key))


def _takes_up(verb: str, noun: str) -> bool:
    """The object pronoun on a verb can take up the noun: ه a masculine noun (التفجير ... نفذه),
    ها a feminine one or a plural of things (الغارة، الهجمات ... نفذها)."""
    if verb.endswith("ها"):
        return _marked_feminine(noun)
    return verb.endswith("ه") and not _marked_feminine(noun)


def _claimed_after(tokens, claimant: Phrase, found: list[_Found]) -> tuple[int, int]:
    """The attack noun right after the responsibility and عن (مسؤوليته عن الهجوم، عن تفجير) and
    where its clause ends (a comma or a break); (-1, -1) if none."""
    c = next((c for c in range(claimant.last, min(len(tokens) - 2, claimant.last + 4)) if tokens[c].key in cues()["claim"]), -1)
    if c < 0 or tokens[c + 1].key != _ABOUT or not _attack_word(tokens[c + 2].key, c + 2, found):
        return -1, -1
    end = next((e for e in range(c + 3, len(tokens)) if tokens[e].text in _BREAKS or tokens[e].text in _COMMAS), len(tokens))
    return c + 2, end


def _placed(tokens, p: Phrase) -> bool:
    """The place a phrase names is where something is: في or ب before it, or before the place
    noun that opens it (في حي X، بمدينة X، بالعريش)."""
    if p.prep in (_IN, "ب"):
        return True
    m = p.head if isinstance(p.head, Mention) else None
    if m is None or m.label not in (GPE, LOC):
        return False
    first = m.first_token
    clitic = tokens[first].text[: m.start - tokens[first].start]
    if clitic.endswith(("ب", "بال")) or clitic.startswith("ب"):
        return True
    k = first - 1
    noun = _bare(tokens[k].key) if k >= 0 else ""
    if noun[:1] == "ب" and noun[1:] in place_heads():
        return True  # بمدينة X
    if noun in place_heads() or noun in cues()["place_noun"]:
        k -= 1  # في حي X
    return k >= 0 and tokens[k].key in (_IN, "و" + _IN)


def _attack_word(key: str, k: int, found: list[_Found]) -> bool:
    """An attack noun read as a conflict trigger at ``k``, or a blast noun (انفجار)."""
    return any(f.index == k and f.frame.conflict and f.frame.pos == "noun" for f in found) or any(
        stem in cues()["blast"] for stem, _, _, _ in _stems(key))


def _fronted_place(tokens, phrases: list[Phrase], i: int) -> list[Phrase]:
    """وفي أستانا، يلتقي ...: a place fronted before its clause's verb is where it happens."""
    for p in phrases:
        if p.prep == _IN and p.last <= i and _kind(p.entity) == "place" and p.first <= 2 and _next_to(tokens, p.last, i):
            return [p]
    return []


def _event_key(event: Event) -> tuple:
    return (event.event_type, event.modality, tuple(sorted(event.agents)), tuple(sorted(event.targets or event.locations)))


# -- phrases --------------------------------------------------------------------
def _phrases(sentence: Sentence, entities: list[Mention], titles: list[Mention]) -> list[Phrase]:
    """Actor phrases: runs of titles, force nouns, nationality words and names (see module doc)."""
    units: list[Mention] = sorted([*entities, *titles], key=lambda m: (m.first_token, -m.last_token))
    taken = {k for m in units for k in range(m.first_token, m.last_token)}
    tokens = sentence.tokens
    cuts = list(map(_force_cut, sentence.keys))
    for i in [i for i in compress(count(-1), map(_QUOTES.__contains__, sentence.texts)) if i >= 0]:
        if cuts[i] is None:
            cuts[i] = _force_prefix(tokens[i].key, org_heads())  # منظمة «هيومن رايتس ووتش»: the noun heads the quoted name
    for i in compress(count(), map(is_not, cuts, repeat(None))):
        if i not in taken:
            cut, token = cuts[i], tokens[i]
            units.append(Mention("", -1, token.start + cut, token.end, token.text[cut:], TITLE, token.key[cut:],
                                 first_token=i, last_token=i + 1, source="force"))
    units.sort(key=lambda m: (m.first_token, -m.last_token))
    phrases: list[Phrase] = []
    current: Phrase | None = None
    last_unit: Mention | None = None
    for unit in units:
        if current is not None and unit.first_token < current.last:
            continue
        prefix = _prefix(tokens[unit.first_token], unit)
        # a title's genitive or country joins it (النائب الثاني للرئيس السوداني، وزير ... باليمن); و starts anew
        genitive = prefix in ("ل", "لل", "ب", "بال") and last_unit is not None and last_unit.label == TITLE
        joins = current is not None and (not prefix or genitive) and _joins(tokens, current, unit, last_unit)
        last_unit = unit
        if joins:
            _absorb(current, unit)
            continue
        current = Phrase(unit.first_token, unit.last_token, None, None)
        current.prep, current.conj = _governor(tokens, unit, prefix)
        current.via_noun = bool(current.prep) and not prefix and unit.first_token > 0 and tokens[unit.first_token - 1].key not in _PREPOSITIONS and tokens[unit.first_token - 1].text not in _QUOTES
        current.comma = unit.first_token > 0 and tokens[unit.first_token - 1].text in _COMMAS
        _absorb(current, unit)
        phrases.append(current)
    phrases = [p for p in phrases if not _credited(tokens, p)]
    return _described_names(tokens, _titles_across_body(tokens, _envoys_to_names(tokens, _titles_to_following_names(tokens, _apposed_titles_to_names(tokens, phrases)))))


def _credited(tokens, p: Phrase) -> bool:
    """(تصوير: X)، عدسة X: a name after a photo credit (kg/data/event_cues.tsv, credit), past a
    colon or a dash, took the picture; وبحسب «X»، وفقا لـ X، نقلا عن X: a name after a source
    preposition (source), past an opening mark and a ل or عن written apart, is where the report
    comes from. Neither is an actor in the story, nor the subject of the verb after it."""
    j = p.first - 1
    while j >= 0 and (tokens[j].text == ":" or tokens[j].text in _DASHES):
        j -= 1
    if j >= 0 and tokens[j].key in cues()["credit"]:
        return True
    j = p.first - 1
    while j >= 0 and tokens[j].text in _OPENING_MARKS:
        j -= 1
    if j > 0 and tokens[j].key in ("ل", _ABOUT):
        j -= 1
    return j >= 0 and any(stem in cues()["source"] for stem, _, pronoun, _ in _stems(tokens[j].key) if not pronoun)


def _described_names(tokens, phrases: list[Phrase]) -> list[Phrase]:
    """نجم ليفربول X، X نجم ريال مدريد: a noun of a person's role or fame (kg/data/event_cues.tsv,
    descriptor) and its genitive describe a person, never stand for one. With a person's name
    right after them, the name is their holder (one phrase, the name its head); right after a
    person's name, they are that person's (the genitive joins the name's phrase, and a title
    that had joined the genitive opens the next phrase: X نجم ريال مدريد الرئيس الفرنسي)."""
    out = list(phrases)
    for p in phrases:
        d = p.first - 1
        if (p not in out or d < 0 or tokens[d].key not in cues()["descriptor"] or p.head is None or p.head.label == PERSON
                or p.head.first_token != p.first or p.conj or any(q.first <= d < q.last for q in out)):
            continue
        after = next((q for q in out if q.first == p.last), None)
        before = next((o for o in out if o.last == d), None)
        if after is not None and not after.prep and not after.conj and not after.comma and after.head is not None and after.head.label == PERSON and not after.titles:
            p.first, p.last, p.head, p.country = d, after.last, after.head, after.country  # نجم ليفربول X: X
            out.remove(after)
        elif before is not None and before.head is not None and before.head.label == PERSON and not p.prep:
            rest = next((k for k in range(p.head.last_token, p.last) if any(t.first_token == k for t in p.titles)), p.last)
            before.last = rest  # X نجم ريال مدريد: the club is X's
            if rest < p.last:
                p.first, p.head = rest, None  # ... الرئيس الفرنسي: the title opens the next actor
                p.titles = [t for t in p.titles if t.first_token >= rest]
                p.country = p.country if p.country is not None and p.country.first_token >= rest else None
            else:
                out.remove(p)
            after = next((q for q in out if q.first == p.last), None)
            if after is not None and after.via_noun:
                after.prep, after.via_noun = "", False  # (X نجم برشلونة مستشفى Y: a name's own letter governs nothing)
    return out


def _titles_across_body(tokens, phrases: list[Phrase]) -> list[Phrase]:
    """عضو لجنة الأمن والدفاع في مجلس النواب العراقي X: a title with its organisation, في and the
    body that organisation belongs to, then a person's name: the name is the title's holder, one
    phrase (not three). The body must be an organisation: وزير الخارجية في القاهرة X names a place."""

    def joins(p: Phrase, q: Phrase, r: Phrase) -> bool:
        titled = bool(p.titles) and p.titles[0].first_token == p.first and p.titles[0].source != "force"
        return not (not titled or p.prep or p.head is None or p.head.label != ORG or q.prep != _IN or q.first != p.last + 1
                    or q.head is None or q.head.label != ORG or r.first != q.last or r.prep or r.titles or r.conj or r.comma
                    or r.head is None or r.head.label != PERSON)

    return _fold_into_holder(phrases, joins)


def _apposed_titles_to_names(tokens, phrases: list[Phrase]) -> list[Phrase]:
    """X، الوزير Y: titles after a comma that joined a person's name as its apposition belong to
    the person named right after them (Y), who opens a phrase of his own; a title that ends
    indefinite takes that name as its genitive instead (X، مستشارة Y: Y's adviser)."""
    out = list(phrases)
    for p, q in zip(phrases, phrases[1:]):
        if p.head is None or p.head.label != PERSON or q.head is None or q.head.label != PERSON or q.prep or q.titles:
            continue
        moved = [t for t in p.titles if t.first_token >= p.head.last_token]
        comma = moved[0].first_token - 1 if moved else -1
        if (not moved or tokens[comma].text not in _COMMAS or moved[-1].last_token != q.first or q.first != p.last
                or not _definite(tokens[q.first - 1].key)):
            continue
        p.last, p.titles = comma, [t for t in p.titles if t not in moved]
        q.first, q.titles, q.comma = moved[0].first_token, moved, True
    return out


def _envoys_to_names(tokens, phrases: list[Phrase]) -> list[Phrase]:
    """سفير الإمارات لدى اليمن X، مبعوث مجلس التعاون إلى اليمن X: a title, the country it is
    accredited to after لدى (or an envoy's after إلى, past one adjective: المبعوث الأممي إلى
    اليمن X), then a person's name: the name is the title's holder, one phrase (not three)."""

    def joins(p: Phrase, q: Phrase, r: Phrase) -> bool:
        titled = any(t.source != "force" for t in p.titles)
        # مبعوث X إلى اليمن Y، السفير السعودي في الأردن الدكتور Y
        envoy = q.prep in (_TO, _IN) and any(_office_kinds().get(t.label_en) == "diplomat" for t in p.titles)
        adjective = envoy and q.first == p.last + 2 and _nisba_adjective(tokens[p.last].text)
        ranked = all(_office_kinds().get(t.label_en) in _RANKS for t in r.titles)  # الدكتور Y: a rank, no office of Y's own
        return not (not titled or (p.head is not None and p.head.label == PERSON) or (q.prep != _AT and not envoy)
                    or (q.first != p.last + 1 and not adjective)
                    or _kind(q.entity) != "place" or r.first != q.last or r.prep not in ("", _AT) or r.head is None or r.head.label != PERSON
                    or r.titles and not (envoy and ranked))

    return _fold_into_holder(phrases, joins)


def _nisba_adjective(word: str) -> bool:
    """الأممي، الأمريكية: a definite adjective of relation (ال ... ي / ية)."""
    return word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) > 5


def _fold_into_holder(phrases: list[Phrase], joins) -> list[Phrase]:
    """Each run of three phrases that ``joins`` accepts (a title, what qualifies it, a
    person's name) becomes one phrase: the first, stretched to the name, with the name as head."""
    out = list(phrases)
    for p, q, r in zip(phrases, phrases[1:], phrases[2:]):
        if not joins(p, q, r) or p not in out or q not in out or r not in out:
            continue
        p.last, p.head = r.last, r.head
        out = [x for x in out if x is not q and x is not r]
    return out


def _honorific_stem(key: str) -> str:
    """The title an honorific pronoun stands for (سموه -> سمو، فخامته -> فخامه، معاليه -> معالي)."""
    stem = key[:-1]
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


@lru_cache(maxsize=1)
def _owner_words() -> frozenset[str]:
    """بلاده، عناصرها: the words ``_country_pronouns`` reads for their owner (his_country, own_force)."""
    return cues()["his_country"] | cues()["own_force"]


@lru_cache(maxsize=1)
def _honorific_stems() -> frozenset[str]:
    return frozenset(_honorific_stem(k) for k in cues()["honorific"])


def _remember_honorifics(phrases: list[Phrase], honored: dict[str, set[int]], named_again: set[int]) -> None:
    """The people named with a title of respect and a rank (فخامة الرئيس X، صاحب السمو الأمير Y), by
    title; only people the article names more than once (a name the tagger made of two words once is none)."""
    stems = _honorific_stems()
    for p in phrases:
        if p.head is None or p.head.label != PERSON or isinstance(p.head, _ClusterRef) or p.head.cluster not in named_again:
            continue
        words = {w[2:] if w.startswith("ال") else w for title in p.titles for w in title.key.split()}
        if not words & cues()["rank"]:
            continue  # سمو وزير الحرس الوطني X: no rank (الأمير، الرئيس) before the name to vouch for it
        for word in words & stems:
            honored.setdefault(word, set()).add(p.head.cluster)


def _honorific_phrases(tokens, phrases: list[Phrase], honored: dict[str, set[int]]) -> list[Phrase]:
    """وعقد فخامته اجتماعا مع سموه: an honorific pronoun is an actor phrase for the one person the
    article has so far named with that title (فخامة الرئيس X); two such people, none."""
    if not honored:
        return phrases  # no one named with a title of respect yet: no pronoun can stand for them
    taken = {k for p in phrases for k in range(p.first, p.last)}
    added: list[Phrase] = []
    for j, token in enumerate(tokens):
        key = token.key
        clitic = key[:1] if key[:1] in ("ل", "ب") and key[1:] in cues()["honorific"] else ""
        bare = key[len(clitic):]
        if j in taken or bare not in cues()["honorific"] or bare in cues()["plain_sense"] or not bare.endswith("ه"):
            continue  # سعادته is also "his joy" (أعرب عن سعادته): only a dropped subject reads it
        people = honored.get(_honorific_stem(bare), set())
        if len(people) != 1:
            continue
        prep = clitic or (tokens[j - 1].key if j > 0 and tokens[j - 1].key in _PREPOSITIONS else "")
        added.append(Phrase(j, j + 1, _ClusterRef(next(iter(people)), PERSON, j, j + 1), None, prep=prep))
    return sorted([*phrases, *added], key=lambda p: p.first) if added else phrases


def _titles_to_following_names(tokens, phrases: list[Phrase]) -> list[Phrase]:
    """X رئيس لجنة التدقيق في فيفا Y: a bare title right after a person's name, whose own words
    (an organisation, a preposition) lead to another person's name, is that person's title, as in
    رئيس جامعة حائل Y; the first name's phrase ends before it."""
    out = list(phrases)
    for p in phrases:
        if p not in out or p.head is None or p.head.label != PERSON or not p.titles:
            continue
        title = p.titles[-1]
        if title.source == "force" or title.first_token != p.head.last_token or len(p.titles) > 1:
            continue
        following = [q for q in out if p.last <= q.first <= p.last + _TITLE_GAP + 2]
        name = next((q for q in following if q.head is not None and q.head.label == PERSON and not q.prep and not q.titles), None)
        if name is None:
            continue
        words = tokens[p.last : name.first]
        if any(t.text in _CLAUSE_BREAKS or t.text in _COMMAS or t.text in _DASHES or _verb_like(t.key)
               or _trigger_of(t.key) is not None for t in words):
            continue
        start = title.first_token
        out = [q for q in out if q is name or q is p or not (start <= q.first and q.last <= name.first)]
        p.last, p.titles = start, []
        name.first, name.titles = start, [title]
    return out


def _joins(tokens, phrase: Phrase, unit: Mention, last_unit: Mention) -> bool:
    """Whether ``unit`` continues ``phrase``: a name after a title or nationality (وزير الخارجية
    السعودي عادل الجبير), a title after a name (X، وزير الخارجية), or a title's own words
    between (وزير حقوق الإنسان باليمن). Two names side by side are two phrases."""
    gap = unit.first_token - phrase.last
    named = unit.label != TITLE and unit.source != "demonym"
    if named and last_unit.label != TITLE and last_unit.source != "demonym":
        # رئيس جامعة حائل X: a person after a title's organisation still belongs to the title
        if not (unit.label == PERSON and phrase.titles and (phrase.head is None or phrase.head.label != PERSON)):
            return False
    clitic = _prefix(tokens[unit.first_token], unit)
    if (unit.label == PERSON or unit.label == TITLE and unit.source != "force") and phrase.country is not None \
            and phrase.titles and all(t.source == "force" for t in phrase.titles):
        return False  # اعتقلت السلطات المصرية (الصحفي) X: forces named by their country take no person's name or title (قوات صالح do)
    if gap == 0 and unit.label in (ORG, GPE) and last_unit.source == "force" and _agrees(tokens[last_unit.first_token].key, tokens[unit.first_token].key):
        return True  # المسلحون الحوثيون، الميليشيات الحوثية، الطائرات السعودية: the name is the force noun's adjective
    if gap == 0 and unit.label in (GPE, LOC) and last_unit.source == "force" and last_unit.key in cues()["place_noun"]:
        return True  # العاصمة صنعاء: a place noun and the place's name in apposition
    if unit.source == "force" and last_unit.label != TITLE and last_unit.source != "demonym":
        return False  # زار X مدينة جدة، قصفت X القوات السورية: a force or place noun after a name opens another phrase
    if named and unit.label != PERSON and not clitic and not _open_construct(tokens[unit.first_token - 1]):
        return False  # وزير الدفاع مصر: a definite title is complete, the name after it is another phrase
    if gap == 0 and unit.label == TITLE and last_unit.label == TITLE \
            and (_two_sovereigns(last_unit, unit) or title_of_another(last_unit, clitic)):
        return False  # هنأ خادم الحرمين الشريفين الرئيس X، التقى ولي العهد بوزير الخارجية X: two people
    if unit.label == TITLE and not phrase.titles and phrase.head is not None and phrase.head.label in (GPE, LOC):
        return False  # التقى X في موسكو الرئيس الروسي Y: a bare place takes no title, the title opens the next actor
    if gap == 0:
        if unit.label == PERSON and phrase.head is not None and phrase.head.label == PERSON:
            # a person span the tagger inferred from a title (رئيس [نادي النصر]) is the title's
            # complement: it joins, and gives way to a name the model found after it
            return (unit.source == "title-cue" and last_unit.label == TITLE) or _weaker(phrase.head, unit)
        return True
    if unit.label == TITLE and phrase.head is not None and gap == 1 and tokens[phrase.last].text in _COMMAS:
        return True  # X، وزير الخارجية: an apposition
    if unit.label == PERSON and phrase.head is None and gap == 1 and tokens[phrase.last].text in _COMMAS:
        return last_unit.label == TITLE or last_unit.source == "demonym"  # وزير الخارجية الأميركي، أنتوني بلينكن
    if last_unit.label != TITLE or gap > _TITLE_GAP:
        return False
    words = [t for t in tokens[phrase.last : unit.first_token] if t.text not in _QUOTES]  # قيادة «جيش الإسلام»
    if last_unit.source == "force" and _definite(last_unit.key) and not all(_definite(t.key) for t in words):
        return False  # قصفت المقاتلات مواقع للحوثيين: a definite force noun is whole, the indefinite noun after it owns the name
    if last_unit.source == "force" and unit.source == "demonym" and any(t.key[:1] == "و" for t in words):
        return False  # هنأ القيادة والشعب السعودي: the adjective is the noun's joined by و, not the force noun's
    if last_unit.source == "force" and any(_bare(t.key) in cues()["site"] for t in words):
        return False  # قصفت طائرات حربية مواقع الحوثيين: the name is the sites' holder, struck, not the planes' owner
    if last_unit.source == "force" and unit.label in (GPE, LOC) and not clitic and _named_after(words):
        return False  # قوات فجر ليبيا، قوات صرب البوسنة: the place is a word's genitive in the force's name, no owner
    # (الرئيس برفع العقوبات الأمريكية: a verbal noun between opens another phrase, unless joined by و to the
    # title's field: وزير حقوق الإنسان والإغاثة باليمن)
    return all(t.text not in _CLAUSE_BREAKS and t.text not in _COMMAS and t.text not in _DASHES and t.key not in _PREPOSITIONS
               and t.key not in _ARGUMENT_STOPS and not (t.key[:1] != "و" and _trigger_of(t.key) is not None) for t in words)


def _named_after(words: list) -> bool:
    """One bare word between a force noun and a place (قوات فجر ليبيا، قوات صرب البوسنة): a common noun
    whose genitive the place is, naming the force; not a force or place noun (حكومة جمهورية مالطا، قوات
    جيش X), nor one with its article, a clitic or a name of its own."""
    if len(words) != 1:
        return False
    key = words[0].key
    return not (_definite(key) or key[:1] in ("و", "ل", "ب") or _force_cut(key) is not None or _trigger_of(key) is not None)


def _agrees(force: str, name: str) -> bool:
    """A definite name of relation that agrees with the force noun before it, as an adjective
    does (المسلحون الحوثيون، المسلحين الحوثيين، الميليشيات الحوثية); a name in another case
    is the verb's object (قصفت المقاتلات الحوثيين)."""
    if not force.startswith("ال") or not name.startswith("ال"):
        return False
    return (force.endswith("ون") and name.endswith("يون") or force.endswith("ين") and name.endswith("يين")
            or force.endswith("ات") and name.endswith("يه") or force.endswith("يه") and name.endswith("يه"))


def _two_sovereigns(first: Mention, second: Mention) -> bool:
    """Two titles side by side that each name a head of state, of different offices (a king and a
    president): the second opens another actor's phrase."""
    table = titles_by_form()
    a, b = table.get(first.canonical), table.get(second.canonical)
    sovereign = [t is not None and (t.kind == "head_of_state" or t.role_en in ("king", "queen")) for t in (a, b)]
    return all(sovereign) and a.role_en != b.role_en


def _weaker(head, unit: Mention) -> bool:
    """A person the tagger inferred from a title gives way to one it found by name."""
    return getattr(head, "source", "") == "title-cue" and unit.source != "title-cue"


def _open_construct(token) -> bool:
    """A word a name can be the genitive of: not definite (رئيس مصر، أمين عام الأمم المتحدة, not
    وزير الدفاع مصر). A word with a clitic preposition (باليمن) was decided before."""
    return not token.key.startswith(("ال", "وال"))


def _absorb(phrase: Phrase, unit: Mention) -> None:
    phrase.last = max(phrase.last, unit.last_token)
    if unit.label == TITLE:
        phrase.titles.append(unit)
    elif unit.source == "demonym":
        if phrase.country is None:
            phrase.country = unit
    elif phrase.head is None or (unit.label == PERSON and (phrase.head.label != PERSON or _weaker(phrase.head, unit))):
        phrase.head = unit


def _prefix(token, unit: Mention) -> str:
    """The clitics written before a unit inside its first token (و، ب، لل ...)."""
    cut = max(0, unit.start - token.start)
    return match_key(token.text[:cut]) if cut else ""


def _governor(tokens, unit: Mention, prefix: str) -> tuple[str, bool]:
    """The preposition that governs a phrase (a word before it or a clitic) and whether و joins it."""
    conj = prefix.startswith(("و", "ف"))
    clitic = prefix[1:] if conj else prefix
    k = unit.first_token - 1
    if clitic in _CLITIC_PREPOSITIONS:
        return _CLITIC_PREPOSITIONS[clitic], conj
    k = unit.first_token - 1
    while k >= 0 and tokens[k].text in _QUOTES:
        k -= 1  # إلى «داعش»
    if k >= 0 and unit.label == TITLE and unit.first_token - k == 1 and _clitic_on_deed(tokens[k].key):
        return tokens[k].key[0], conj  # أشاد بجهود الأمير X، بدور وزير الخارجية X: the title is the deed's genitive
    if k >= 0 and unit.label != TITLE and unit.first_token - k == 1:
        # في ولاية قندوز، على مواقع الحوثيين، لجمهورية مصر، لوحدة أراضي كازاخستان: the name is the
        # genitive of a noun (or two) that the preposition governs
        for j in (k, k - 1):
            if j < 0:
                break
            key, text = tokens[j].key, tokens[j].text
            if key[:1] in ("ل", "ب") and not key.startswith(("لل", "بال")) and text.endswith("ة") and len(key) >= 5:
                return key[0], conj
            if j == k and _clitic_on_deed(key):
                return key[0], conj  # أشاد بدور المملكة، بجهود X: praised X's role is praised X
            if j == k and key[:1] == "ل" and key[1:] in cues()["site"]:
                return "ل", conj  # قصف التحالف لمواقع الحوثيين: the sites' holder is the object
            # a deed noun passes the preposition on even when it is a trigger too (احتج على تصريحات X)
            verbal = _verbal(key) if key not in cues()["deed"] else any(st in support_verbs() for st, *_ in _stems(key))
            if not _construct_head(tokens[j]) or verbal or key.isdigit():
                break
            if j == k and j > 0 and tokens[j - 1].key in _PREPOSITIONS:
                return tokens[j - 1].key, conj
    if k >= 0 and _first_name_ali(tokens, k, unit):
        return "", conj
    if k >= 0:
        before = tokens[k].key
        bare = before[1:] if before[:1] in ("و", "ف") and before[1:] in _PREPOSITIONS else before
        if bare in _PREPOSITIONS:
            return bare, conj or bare != before
        if k < unit.first_token - 1 and bare.rstrip("ـ") in _CLITIC_PREPOSITIONS:
            return _CLITIC_PREPOSITIONS[bare.rstrip("ـ")], conj  # لـ«داعش»
    return "", conj


def _clitic_on_deed(key: str) -> bool:
    """بجهود، لدور: ل or ب glued on a deed noun (kg/data/event_cues.tsv, deed), which passes the
    preposition on to the name that is its genitive."""
    return key[:1] in ("ل", "ب") and key[1:] in cues()["deed"]


@memo(200_000)
def _verbal(key: str) -> bool:
    """A trigger word or a support verb (so no noun a name can be the genitive of), per word type."""
    return _trigger_of(key) is not None or any(st in support_verbs() for st, *_ in _stems(key))


def _first_name_ali(tokens, k: int, unit: Mention) -> bool:
    """علي before a person, in a sentence that spells the preposition على: the first name
    the tagger left out (للرئيس السابق علي عبدالله صالح), not "on"."""
    return unit.label == PERSON and tokens[k].text == "علي" and any(t.text == "على" for t in tokens)


@memo(200_000)
def _force_cut(key: str) -> int | None:
    """``_force_prefix`` of a force or place noun: one argument, so a look-up is one memo's, in C."""
    return _force_prefix(key, _cue_union("force", "place_noun"))


def _force_prefix(key: str, force: frozenset[str]) -> int | None:
    """How many clitic letters stand before a force noun (وقوات: 1), or None if the word is none."""
    for prefix in ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل"):
        if key.startswith(prefix) and key[len(prefix):] in force:
            return len(prefix) - (2 if prefix.endswith("ال") else 1 if prefix == "لل" else 0)
    return None


def _group(phrases: list[Phrase], first: Phrase) -> list[Phrase]:
    """A phrase and the phrases coordinated with it (X وY، Z)."""
    if first not in phrases:
        return [first]
    group = [first]
    for p in phrases[phrases.index(first) + 1 :]:
        kinds = {_kind(p.entity), _kind(first.entity)}
        if p.first - group[-1].last > 1 or p.prep or not (p.conj or p.comma) or not (len(kinds) == 1 or kinds <= {"person", "org"}):
            break  # ميليشيات الحوثيين وصالح: actors of both kinds; a place after them is no partner
        group.append(p)
    return group


def _phrase_of(mention) -> Phrase:
    return Phrase(mention.first_token, mention.last_token, mention, None)


# -- positions ------------------------------------------------------------------
def _past_a_describing_participle(tokens, start: int, first: int) -> int:
    """زعيم حزب الشعوب الموالي للأكراد في تركيا أمس X: a participle of kind aside
    (kg/data/actor_words.tsv) and its ل-complement right after the subject describe it; what
    stands between the subject and the object starts past them."""
    if first - start > 2 and actor_words().get(tokens[start].key) == "aside" and tokens[start + 1].key[:1] == "ل":
        return start + 2
    return start


def _next_to(tokens, start: int, first: int) -> bool:
    """Whether the phrase at ``first`` follows ``start`` closely: only adverbs, quotes, commas and
    one short prepositional phrase between (سيلتقي خلال النهار الرئيس X), at most four words, or
    the noun it is the genitive of (قمة مجموعة العشرين), or a comma after a short adverbial
    (التقى X بمكتبه اليوم، Y)."""
    start = _past_a_describing_participle(tokens, start, first)
    words = [t for t in tokens[start:first] if t.text not in _QUOTES]
    adverbs = cues()["adverb"]
    gap = [t for t in words if t.key not in adverbs and t.text not in _COMMAS and t.text not in _DASHES]
    if len(gap) == 2 and gap[0].key in _PREPOSITIONS and gap[1].key not in _PREPOSITIONS and len(words) - (words[0].text in _COMMAS) <= 4:
        return not any(t.text in _BREAKS or _verb_like(t.key) for t in words)  # خلال النهار؛ X، في قصره مساء أمس، Y
    if len(words) <= 3:
        return len(gap) <= 1 and all(_construct_head(t) for t in gap)
    return (len(words) <= 8 and words[-1].text in _COMMAS
            and not any(t.text in _BREAKS or t.key in _ARGUMENT_STOPS or _verb_like(t.key) for t in words))


def _opens_clause_with(tokens, p: Phrase) -> bool:
    """A name joined to a list and followed right away by an imperfect verb (يـ / تـ with no
    object pronoun, not a noun of feminine or accusative ending, not يوم) is that verb's subject:
    a new clause, not one more of the list (وقطر تستضيف القمة)."""
    if p.last >= len(tokens):
        return False
    key = tokens[p.last].key
    reading = _trigger_of(key)
    return (len(key) >= 4 and key[:1] in ("ي", "ت") and not key.startswith("يوم") and not key.endswith(("ه", "ا", "ات", "هم", "هما"))
            and key not in _PREPOSITIONS and (reading is None or all(f.pos == "verb" for f in reading.trigger.frames)))


def _past_setting(tokens, start: int, first: int) -> bool:
    """استقبل X – حفظه الله – في قصر سموه بجدة مساء اليوم Y: between a verb's subject and its
    object, a prayer set off by dashes or brackets (up to three words) and one phrase of where
    (a preposition and up to four words, a pronoun or a place glued to them), closed by a word of
    time or a place after ب; or an adverbial set off by commas right after the subject (قصفت X،
    صباح اليوم، مواقع Y): the object still follows the verb."""
    words, aside, k = [], False, start
    while k < first:
        t = tokens[k]
        if k == start and t.text in _COMMAS:
            close = next((m for m in range(k + 1, min(first, k + 6)) if tokens[m].text in _COMMAS), None)
            inside = tokens[k + 1 : close] if close is not None else []
            if not inside or not (all(w.key in cues()["adverb"] for w in inside) or inside[0].key in _PREPOSITIONS) or any(
                    w.text in _BREAKS or _verb_like(w.key) or _trigger_of(w.key) is not None for w in inside):
                return False
            aside, k = True, close + 1  # ، صباح اليوم، / ، في وقت سابق،
            continue
        if t.text in _DASHES or t.text in "()":
            close = next((m for m in range(k + 1, min(first, k + 5)) if tokens[m].text == ("–" if t.text != "(" else ")")
                          or tokens[m].text in _DASHES and t.text != "("), None)
            if close is None or aside:
                return False
            aside, k = True, close + 1  # – حفظه الله –
            continue
        if t.text not in _QUOTES:
            words.append(t)
        k += 1
    gap = [t for t in words if t.key not in cues()["adverb"]]
    if aside and len(gap) <= 1 and all(_construct_head(t) and t.text not in _COMMAS for t in gap):
        return True  # قصفت X، صباح اليوم، مواقع Y: past the aside, the object (or the site noun it is the genitive of)
    last = tokens[first - 1]  # the setting is closed: a word of time, the prayer, a place glued to ب (not: في شمال اليمن X)
    closed = last.key in cues()["adverb"] or last.text in _DASHES or last.text == ")" or last.key[:1] == "ب"
    return (closed and 3 <= len(gap) <= 5 and len(words) <= 8 and gap[0].key in _PREPOSITIONS
            and not any(t.key in _PREPOSITIONS or t.key in _ARGUMENT_STOPS for t in gap[1:])
            and not any(t.text in _BREAKS or t.text in _COMMAS or _verb_like(t.key) or _trigger_of(t.key) is not None for t in words))


def _past_place(tokens, phrases: list[Phrase], start: int, first: int) -> bool:
    """التقى X اليوم بالقاهرة الرئيس Y، استقبل X بجدة أمس Y: between a verb's subject and its
    object, one place glued to ب among words of time says where it happened; the object still
    follows the verb (not بحضور Y, no place)."""
    place = next((q for q in phrases if start <= q.first and q.last <= first), None)
    if place is None or place.prep != "ب" or place.via_noun or _phrase_kind(place) != "place":
        return False
    rest = [*tokens[start:place.first], *tokens[place.last:first]]
    return len(rest) <= 2 and all(t.key in cues()["adverb"] for t in rest)


def _adverbial_gap(tokens, start: int, end: int) -> bool:
    """Whether only a few words of time stand between ``start`` and ``end`` (اتخذتها X أمس لفرض،
    اتخذتها X منذ 2006 لفرض): a subject and the noun of purpose after them still go together."""
    words = tokens[start:end]
    return len(words) <= 3 and all(t.key in cues()["adverb"] or t.text.isdigit() or t.key == _SINCE for t in words)


def _preposition_at(tokens, place: Phrase, start: int) -> int:
    """Where the preposition of a place phrase stands: before the noun the place is the
    genitive of (في شمال العراق), else right before the place."""
    first = place.first - 1
    while place.via_noun and first > start and tokens[first].key != _IN and place.first - first <= 2:
        first -= 1
    return first


def _after_site(tokens, start: int, first: int, frame: Frame) -> bool:
    """غارات على مواقع المتمردين في أبين، قصفت X مواقع المتمردين في أبين، وزع مساعدات غذائية
    على المتضررين في عدن: a place after في that follows the act's unnamed target (a
    preposition of the frame's target slots, or an act of force's object, and a few words
    naming nobody) is where it happened."""
    words = tokens[start:first]
    if not 1 <= len(words) <= 8:
        return False
    k = next((k for k, t in enumerate(words[:2]) if "p:" + t.key in frame.targets), None)  # (غذائية) على
    if k is not None:
        words = words[:k] + words[k + 1:]
    elif frame.conflict and frame.pos == "noun" and len(words) <= 3 and all(_construct_head(t) for t in words):
        pass  # غارات جوية مكثفة في صعدة: the noun's own adjectives
    elif not (frame.conflict and "obj" in frame.targets and _construct_head(words[0])):
        return False
    return bool(words) and not any(t.text in _BREAKS or t.text in _COMMAS or t.key in _PREPOSITIONS or t.key in _ARGUMENT_STOPS
                   or _verb_like(t.key) or _trigger_of(t.key) is not None for t in words)


def _construct_chain(tokens, start: int, first: int) -> bool:
    """حفل افتتاح قناة X: up to three nouns, each the head of the next, before a name."""
    words = tokens[start:first]
    return 0 < len(words) <= 3 and all(_construct_head(t) and _plain_in_chain(tokens, start + k) for k, t in enumerate(words))


def _plain_in_chain(tokens, j: int) -> bool:
    """The word at ``j`` opens no event: no trigger, or one whose every frame needs a word after
    it that is not there (حفل افتتاح مؤتمر X: a conference; مؤتمر صحفي would be a meeting)."""
    reading = _trigger_of(tokens[j].key)
    if reading is None:
        return True
    after = tokens[j + 1].key if j + 1 < len(tokens) else ""
    return all(f.pos == "noun" and f.needs and not any(stem in f.needs for stem, _, _, _ in _stems(after)) for f in reading.trigger.frames)


def _construct_head(token) -> bool:
    """A noun that can take a name as genitive: no article, no pronoun, no clitic preposition."""
    key = token.key
    pronoun = key.endswith(("ه", "ها", "هم", "هما")) and not token.text.endswith("ة")
    return (not key.startswith(("ال", "ب", "ل", "و", "ف")) and not pronoun
            and key not in _PREPOSITIONS and key not in _ARGUMENT_STOPS)


def _doer_after(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """غارة جوية نفذها التحالف، هجوم تبنته حركة X، الغارات، التي تقودها X، الغارة التي شنتها
    طائرات إسرائيلية: a support verb after the noun, carrying it as an object pronoun, gives
    the noun its agent (the verb's subject after it)."""
    table = support_verbs()
    for j in range(i + 1, min(len(tokens), i + 5)):
        t = tokens[j]
        if t.text in _COMMAS and j + 1 < len(tokens) and tokens[j + 1].key in cues()["relative"]:
            continue  # الغارات الجوية، التي تقودها الولايات المتحدة، على ...
        if t.text in _CLAUSE_BREAKS or t.text in _COMMAS or any(p.first <= j < p.last for p in phrases):
            return None
        if any((stem in table or stem in cues()["doer"]) and pronoun and not nominal for stem, _, pronoun, nominal in _stems(t.key)):
            return next((p for p in phrases if p.first == j + 1 and not p.prep and _names_doer(p)), None)
        if _relative_carrier(tokens, j):
            return next((p for p in phrases if p.first == j + 2 and not p.prep and _names_doer(p)), None)
        if _verb_of_saying(t.key):
            # هجمات أعلنت حركة X المسؤولية عنها: the group that claims it
            subject = next((p for p in phrases if p.first == j + 1 and not p.prep and p.head is not None), None)
            claimed = subject is not None and any(tokens[k].key in cues()["claim"] for k in range(subject.last, min(len(tokens), subject.last + 4)))
            return subject if claimed else None
    return None


def _names_doer(p: Phrase) -> bool:
    """A phrase that can name a doer as a verb's subject: a name, or a title or force noun with
    its nation (الغارة التي شنتها طائرات إسرائيلية: Israel's planes), as _subject reads one."""
    return p.head is not None or bool(p.titles) and p.country is not None


_CARRIER_PRONOUNS = frozenset(match_key(p + s) for p in ("ب", "إلى") for s in ("ه", "ها"))


def _relative_carrier(tokens, j: int) -> bool:
    """الزيارة التي قام بها X إلى Y، الاتفاق الذي توصلت إليه X مع Y: a support or doer verb right
    after a relative pronoun that holds the noun through به / بها / إليه / إليها (the preposition
    the verb takes its noun with); its subject follows that pronoun."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j - 1].key not in cues()["relative"] or tokens[j + 1].key not in _CARRIER_PRONOUNS:
        return False
    table = support_verbs()
    return any((stem in table or stem in cues()["doer"]) and not pronoun and not nominal for stem, _, pronoun, nominal in _stems(tokens[j].key))


def _doer_verb_subject(tokens, phrases: list[Phrase], f: _Found, found: list[_Found]) -> Phrase | None:
    """هجمات شنتها X واستهدفت Y، الهجوم الذي نفذته X واستهدف Y: a verb of the act's own kind, joined
    by و right after the subject of a verb that holds the act noun as its object pronoun
    (kg/data/event_support.tsv, doer cues), shares that subject: the relative or adjectival
    clause goes on (not a verb of another kind: أدانت X الهجوم الذي شنته Y وطالبت: X demands)."""
    i = f.index
    if not _conjoined(tokens[i].key):
        return None
    end = i - 1 if i > 0 and tokens[i - 1].text in _COMMAS else i
    subject = next((p for p in phrases if p.last == end and not p.prep and not p.conj and p.head is not None), None)
    if subject is None or subject.first < 1:
        return None
    table = support_verbs()
    verb = subject.first - 1
    doer = any((stem in table or stem in cues()["doer"]) and pronoun and not nominal for stem, _, pronoun, nominal in _stems(tokens[verb].key))
    act = next((g for g in reversed(found) if g.frame.pos == "noun" and verb - 3 <= g.index < verb), None)
    return subject if doer and act is not None and act.frame.event_type == f.frame.event_type else None


def _nationality_of_object(tokens, start: int, p: Phrase) -> bool:
    """A nationality adjective alone (no name, no title) right after the one definite noun that
    follows the verb: the object is that nation's (نرفض التدخل الإيراني، أدان القصف الإسرائيلي)."""
    if p.head is not None and not _country_adjective(tokens, p) or p.titles or p.entity is None or p.prep or p.first - start != 1:
        return False
    noun = tokens[start]
    return noun.key.startswith("ال") and noun.key not in _PREPOSITIONS and _trigger_of(noun.key) is None


def _country_adjective(tokens, p: Phrase) -> bool:
    """السياسة السعودية، بالجهود السعودية: a country whose name is also its adjective, one definite
    word after a definite noun, says whose the noun is."""
    return p.head is not None and p.head.label == GPE and p.last - p.first == 1 and _nisba(tokens[p.first].key)


def _nationality_after_clitic(tokens, start: int, p: Phrase) -> bool:
    """رفضه للتدخل الإيراني، أشاد بالدور المصري: a nationality adjective alone right after the
    definite noun (with ل or ب written on it) that opens the trigger's complements, past a few
    adjectives of the trigger's own (إدانتها الشديدة للقصف الإسرائيلي): the act is that nation's."""
    if p.head is not None and not _country_adjective(tokens, p) or p.titles or p.entity is None or p.prep or p.first - 1 < start:
        return False
    noun = tokens[p.first - 1].key
    if not noun.startswith(("لل", "بال")) or _trigger_of(noun) is not None and _trigger_of(noun).pronoun:
        return False
    between = tokens[start : p.first - 1]
    return len(between) <= 2 and all(t.key.startswith("ال") and t.key not in _PREPOSITIONS and t.key not in cues()["relative"]
                                     and _trigger_of(t.key) is None for t in between)


def _people_after_clitic(tokens, start: int, p: Phrase) -> bool:
    """مساعدات للشعب اليمني، مساعدات طبية وغذائية للشعب السوري: a nationality adjective alone on
    the definite noun with ل written on it that follows a verbal noun of help, past its own
    adjectives: the help goes to that nation's people."""
    if p.head is not None and not _country_adjective(tokens, p) or p.titles or p.entity is None or p.prep or p.first - 1 < start:
        return False
    noun = tokens[p.first - 1].key
    if not noun.startswith("لل") or _trigger_of(noun) is not None:
        return False
    between = tokens[start : p.first - 1]
    return len(between) <= 3 and all(_relation_adjective(t.key) or t.key in cues()["adverb"] for t in between)


def _relation_adjective(key: str) -> bool:
    """طبية، وغذائية، الإنسانية: an adjective of relation, with or without the article (and after و)."""
    bare = key[1:] if key[:1] == "و" else key
    return len(bare) > 3 and bare.endswith(_NISBA_KEYS) and bare not in _PREPOSITIONS and _trigger_of(bare) is None


def _body_of_members(phrase: Phrase) -> Mention | None:
    """قادة الاتحاد الأوروبي، أعضاء مجلس الأمن: the named body whose office holders, named
    only by a plural noun (kg/data/event_cues.tsv, members), act together; not a nationality
    alone (قيادات يمنية) nor a single office (رئيس البرلمان is a person)."""
    offices = [t for t in phrase.titles if t.source != "force"]
    if phrase.head is None or phrase.head.label not in (ORG, GPE) or not offices:
        return None
    plural = all(match_key(t.text).split()[0] in cues()["members"] for t in offices)
    return phrase.head if plural else None


def _nation_of_a_group(phrase: Phrase) -> bool:
    """الميليشيات العراقية، الوفد السعودي: a nationality adjective with no name after a force noun
    that is no arm of a state (kg/data/event_cues.tsv, state_arm) says where a group is from; the
    state is no party to what the group does or has done to it (القوات العراقية is Iraq)."""
    forces = [t for t in phrase.titles if t.source == "force" and _force_prefix(t.key, cues()["force"]) is not None]
    if phrase.head is not None or phrase.country is None or not forces or len(forces) != len(phrase.titles):
        return False  # (العاصمة الهندية: a place noun names the country's place)
    return any(_force_prefix(t.key, cues()["state_arm"]) is None for t in forces)


def _people_preposition(tokens, phrases: list[Phrase], start: int, p: Phrase) -> str:
    """تضامنها مع الشعب الفرنسي، وقوف مصر إلى جانب الشعب اليمني: a nationality adjective alone on the
    one definite noun after the preposition (إلى جانب for إلى) that opens the trigger's
    complements (past the noun's genitive) names the nation the complement is: that
    preposition, else ""."""
    if p.head is not None or p.titles or p.country is None or p.prep or p.first - 2 < start:
        return ""
    noun = tokens[p.first - 1].key
    if not noun.startswith("ال") or noun in _PREPOSITIONS or _trigger_of(noun) is not None:
        return ""
    k = p.first - 2
    if tokens[k].key == _BESIDE and k - 1 >= start and tokens[k - 1].key == _TO:
        k -= 1  # إلى جانب
    genitive = next((q for q in phrases if q.first == start and not q.prep and q.last <= k), None)
    opening = genitive.last if genitive is not None else start
    if tokens[k].key not in _PREPOSITIONS or any(t.key not in cues()["adverb"] for t in tokens[opening:k]):
        return ""
    return tokens[k].key


def _definite(key: str) -> bool:
    return key.startswith(("ال", "وال", "فال", "بال", "لل"))


def _nationality_pair(tokens, phrases: list[Phrase], i: int) -> tuple[Phrase, Phrase, int] | None:
    """اتفاق مصري - بريطاني، قمة سعودية أمريكية: two nationality adjectives right after a noun of
    a two-sided event name its parties (the agent, the target, where the complements start)."""
    def bare(p: Phrase) -> bool:
        return p.head is None and not p.titles and p.country is not None and not p.prep
    first = next((p for p in phrases if p.first == i + 1 and bare(p)), None)
    if first is None:
        return None
    second = next((p for p in phrases if p.first > first.last - 1), None)
    if second is None or not bare(second) or second.country.cluster == first.country.cluster:
        return None
    between = tokens[first.last : second.first]
    if len(between) > 1 or any(t.text not in _DASHES for t in between) and not second.conj:
        return None
    return _phrase_of(first.country), _phrase_of(second.country), second.last


def _by_agent(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """هجوم ... من قبل X، اعتقاله على يد X: the doer named by من قبل or على يد within a few words after the noun."""
    for p in phrases:
        by = p.prep == _BEFORE and tokens[p.first - 2].key == _FROM
        hand = p.first >= 2 and tokens[p.first - 1].key == _HAND and tokens[p.first - 2].key == _ON  # على يد X
        if i < p.first <= i + _BY_GAP and (by or hand) and p.entity is not None:
            return None if _breaks(tokens, i + 1, p.first) else p
    return None


def _subject(tokens, phrases: list[Phrase], i: int) -> tuple[Phrase | None, int]:
    """The subject of the verb at ``i`` by position, and where its complements start."""
    key = tokens[i].key
    conj = key[:1] in ("و", "ف") and not _plain_trigger(key)  # والتقى opens a clause of its own
    # subject-verb: a phrase ending right before the verb (or its particles, or a relative)
    particles = _cue_union("particle", "negation", "relative", "future")
    k = i
    while k > 0 and (tokens[k - 1].key in particles or tokens[k - 1].text in _COMMAS or tokens[k - 1].text in _QUOTES) and i - k < 3:
        k -= 1
    relative = any(t.key in cues()["relative"] for t in tokens[k:i])  # «X» الذي: past a quote too
    reading = _trigger_of(key)
    resumptive = relative and _resumptive(tokens, phrases, i)
    late = relative and not resumptive and _late_resumptive(tokens, phrases, i)  # التي كانت ترفض تركيا أي اقتراب منها
    if relative and reading is not None and (reading.pronoun or resumptive or late):
        relative = conj = True  # الذي تدعمه أنقرة، الذي تشارك فيه تركيا: the antecedent is the object, the subject follows
    elif k == i and reading is not None and reading.pronoun and not reading.nominal \
            and any(p.last == i and not p.prep and _indefinite_description(tokens, p) for p in phrases):
        conj = True  # مقاتلين يمنيين تدعمهم الضربات: the verb describes the noun before, its subject follows
    if not conj or (relative and not (reading is not None and (reading.pronoun or resumptive or late))):
        before = next((p for p in phrases if p.last == k or (relative and p.last == k - 1 and tokens[k - 1].text in _COMMAS)), None)
        before = before or _title_field_before(tokens, phrases, k)
        # a relative's antecedent is its subject whatever governs it (ألقيت المسؤولية على X، الذي كثف هجماته)
        if before is not None and before.conj and not before.prep and not relative \
                and not (before.comma and _objects_of_a_verb(tokens, _list_head(phrases, before))):
            before = _list_head(phrases, before)  # إن X وY زارا: the list's first name opens the clause
            if before.conj and tokens[before.last].text in _COMMAS:
                # وفد ...، وعضوية X، وY، وZ، قام: the last of a list whose first is no name, a comma before
                # the verb: the subject stands before the list, unnamed (a name after the verb is its object)
                return None, i + 1
        if before is not None and (relative or not before.prep) and before.entity is not None and (relative or _opens_clause(tokens, before)):
            return before, i + 1
        # إن قوة أمنية تابعة لقوات X (الكردية) شنت: a unit of X's acts for X
        held = before or next((p for p in phrases if p.last == k - 1 and _nisba(tokens[k - 1].key)), None)
        if held is not None and _held_subject(tokens, held) and _of_force(key):
            return held, i + 1
        if before is not None and before.prep and not relative and k < i and tokens[k].text in _COMMAS:
            named = _before_apposition(tokens, phrases, before)
            if named is not None:
                return named, i + 1  # X، منسقة السياسة الخارجية في الاتحاد الأوروبي، ستجري
    if i > 0 and _bare(tokens[i - 1].key) in cues()["pronoun"]:
        return None, i + 1  # أنه زار، وأنها تدعم: the pronoun is the subject (see EventReader._dropped)
    # verb-subject: the first phrase after the verb, past a few adverbs
    adverbs = cues()["adverb"]
    # الذي تشارك فيه تركيا، بما عبر عنه الرئيس X: a pronoun's preposition stands before the subject
    # (a support verb or one of saying takes no object noun: not كلمة هنأ فيها القيادة)
    carried = i + 1 < len(tokens) and tokens[i + 1].key in _PREPOSITION_PRONOUNS and _verb_like(key)
    j = i + 2 if resumptive or carried else i + 1
    while j < len(tokens) and j - i <= _SUBJECT_GAP + 1 and (tokens[j].key in adverbs or tokens[j].text in _QUOTES):
        j += 1
    if reading is not None and reading.pronoun and not relative:
        j = _past_definite_adjunct(tokens, j)  # واستقبله في المطار X: X the subject
    after = next((p for p in phrases if p.first == j), None)
    holder = _holder_past_body(tokens, phrases, after)
    if holder is not None:
        return holder, holder.last  # استقبل المشرف العام على مركز X الدكتور Y، المستشار بالديوان الملكي المشرف ... Y: Y
    if after is not None and not after.prep and (after.head is not None or after.titles and after.country is not None):
        return after, after.last
    issuer = _issuer(tokens, phrases, j)
    if issuer is not None:
        return issuer, issuer.last  # انتقد تقرير لـ X، أدان بيان الخارجية: the report's issuer
    return None, i + 1


_SEPARATION_PRONOUNS = frozenset(match_key(w) for w in ("هو", "هي"))


def _ranked_subject(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """بات X أرفع مسؤول يمني يعود إلى Y، أصبح X أول رئيس أمريكي يزور Y، X هو أول زعيم يزور Y: a verb
    right after an indefinite noun (up to three words) headed by an ordinal or superlative
    describes that noun, the predicate of a named subject: the subject does it. Only when the
    subject follows a verb of being (kg/data/event_cues.tsv, particle) or stands before هو / هي,
    not the subject of another verb (استقبل X أول وفد يزور Y: the delegation visits)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].key not in cues()["ordinal"]:
        t = tokens[k]
        if not t.text.isalpha() or t.key.startswith("ال") or t.key in _PREPOSITIONS or _trigger_of(t.key) is not None:
            return None
        k -= 1
    if k < 1 or k == i - 1 or tokens[k].key not in cues()["ordinal"]:
        return None
    j = k - 1 if tokens[k - 1].key in _SEPARATION_PRONOUNS else k
    subject = next((p for p in phrases if p.last == j and not p.prep and p.head is not None and _can_act(p.head)), None)
    if subject is None:
        return None
    if j == k and not (subject.first > 0 and tokens[subject.first - 1].key in cues()["particle"]):
        return None
    return subject


def _holder_past_body(tokens, phrases: list[Phrase], title: Phrase | None) -> Phrase | None:
    """المستشار بالديوان الملكي المشرف العام على مركز X الدكتور Y: a phrase of titles alone, then
    على or في and the body they serve (past one adjective of the title), whose phrase ends in a
    person's name: that person holds the titles. One holder may hold two posts, each a title and
    its body, the second title right after the first body (المستشار في الديوان الملكي المشرف العام
    على مركز X الدكتور Y): the name after the last body holds both."""
    if title is None or title.prep or title.country is not None or not title.titles:
        return None
    if any(t.source == "force" for t in title.titles) or title.titles[0].first_token != title.first:
        return None
    if title.head is not None and not _next_post(title):
        return None  # وزير الخارجية X: a named holder, or a body with no title after it
    k = title.last
    for _ in range(_POSTS):
        if k < len(tokens) and tokens[k].key.startswith("ال") and _trigger_of(tokens[k].key) is None and tokens[k].key not in _PREPOSITIONS:
            k += 1  # العام
        if k >= len(tokens) or tokens[k].key not in (_ON, _IN):
            return None
        body = next((p for p in phrases if p.first == k + 1 and p.prep == tokens[k].key), None)
        if body is None or body.head is None:
            return None
        if body.head.label == PERSON and body.head.first_token > body.first + 1:
            return body
        if not _next_post(body):
            return None
        k = body.last  # في الديوان الملكي المشرف العام على ...: the body, then the title of a second post
    return None


def _next_post(p: Phrase) -> bool:
    """الديوان الملكي المشرف، بالديوان الملكي المشرف: an organisation's phrase that ends in a title
    joined after it, the title of a post in another body."""
    return (p.head is not None and p.head.label == ORG and bool(p.titles) and p.titles[-1].first_token >= p.head.last_token
            and p.titles[-1].last_token == p.last and p.titles[-1].source != "force")


def _holder_after_body(tokens, phrases: list[Phrase], p: Phrase) -> Phrase | None:
    """التقى بمعالي المستشار بالديوان الملكي المشرف العام على المركز الدكتور Y: a body named inside a
    chain of titles that goes on, past a few words and no break, to a person's name: that person,
    who holds the titles, is the one the phrase names, not the body."""
    if p.head is None or p.head.label not in (ORG, GPE) or not any(t.source != "force" for t in p.titles):
        return None
    if max(t.last_token for t in p.titles) < p.head.first_token:
        return None  # وزير الخارجية السعودي: the titles stand before the body only
    for q in phrases:
        if p.last <= q.first <= p.last + _TITLE_GAP + 1 and not q.prep and q.head is not None and q.head.label == PERSON:
            between = tokens[p.last : q.first]
            if not any(t.text in _BREAKS or t.text in _COMMAS or _verb_like(t.key) or _verbal_trigger(t.key) for t in between):
                return q
    return None


def _title_field_before(tokens, phrases: list[Phrase], k: int) -> Phrase | None:
    """أن X وزير الإسكان اجتمع: a phrase that ends in a title, then one or two definite words the
    tagger left out of the title (its field: الإسكان، الشؤون الإسلامية) right before the verb: the
    phrase is the verb's subject."""
    for gap in (1, 2):
        p = next((q for q in phrases if q.last == k - gap and q.titles and q.titles[-1].last_token == q.last and q.titles[-1].source != "force"), None)
        if p is None:
            continue
        words = tokens[k - gap : k]
        if all(t.key.startswith("ال") and t.key not in _PREPOSITIONS and _trigger_of(t.key) is None and not _nisba(t.key) or
               t.key.startswith("ال") and _nisba(t.key) and j > 0 for j, t in enumerate(words)):
            return p
    return None


def _outer_support_subject(tokens, phrases: list[Phrase], support: int) -> Phrase | None:
    """بدأ X توزيع مساعدات: a support noun (توزيع، تقديم) with no subject of its own that is the
    object of a support verb before it has that verb's named subject as its doer."""
    outer = _support_before(tokens, support, [], phrases)
    if outer is None or outer[1] != "active" or _verb_with_object_pronoun(tokens[outer[0]].key):
        return None  # الهدنة التي قررتها X لإدخال وتوزيع المساعدات: the verb's object is its pronoun; the noun after is a purpose
    subject, _ = _subject(tokens, phrases, outer[0])
    return subject if subject is not None and subject.last <= support and subject.head is not None else None


def _subject_after_place(tokens, phrases: list[Phrase], f: _Found, place: Phrase) -> Phrase | None:
    """زار الرياض أمس الرئيس X: a place right after a verb whose doer cannot be a place but whose
    object can is the object, fronted (verb-object-subject); the person or organisation named a
    word or two after it is the subject."""
    frame = f.frame
    if place.head is None or any(t.source != "force" for t in place.titles) or _kind(place.head) != "place" or {"place", "country"} & frame.agent_types or "obj" not in frame.targets or "place" not in frame.target_types:
        return None
    doer = next((p for p in phrases if place.last <= p.first <= place.last + _SUBJECT_GAP), None)
    if doer is None or doer.prep or doer.conj or _phrase_kind(doer) not in ("person", "org"):
        return None
    gap = tokens[place.last : doer.first]
    if any(t.text in _BREAKS or t.text in _COMMAS or t.key in _PREPOSITIONS or _verb_like(t.key) or _trigger_of(t.key) is not None
           for t in gap):
        return None
    return doer


def _nisba(key: str) -> bool:
    """A definite adjective of relation (الكردية، الشعبي)."""
    return key.startswith("ال") and key.endswith(_NISBA_KEYS)


def _adjective_after_noun(tokens, phrases: list[Phrase], p: Phrase) -> bool:
    """A one-word name shaped as a nisba (السعودية، المصري) right after a definite noun that no
    actor phrase holds and no trigger is: the noun's adjective (شارك في العرضة السعودية), not
    the verb's object (زار الوفد السعودية: the delegation is an actor phrase); a pair of them too
    (بحضور المشرف العام على المنتدى السعودي الياباني: the forum's)."""
    k = p.first
    return (p.last - k in (1, 2) and not p.prep and k > 0 and all(_nisba(t.key) for t in tokens[k : p.last]) and _definite(tokens[k - 1].key)
            and not any(q.first <= k - 1 < q.last for q in phrases) and _trigger_of(tokens[k - 1].key) is None)


def _of_force(key: str) -> bool:
    """A word that opens a conflict frame itself, or a support verb (شنت، نفذت) that may carry one."""
    reading = _trigger_of(key)
    if reading is not None:
        return any(frame.conflict for frame in reading.trigger.frames)
    return any(stem in support_verbs() for stem, _, _, nominal in _stems(key) if not nominal)


def _held_subject(tokens, p: Phrase) -> bool:
    """قوة أمنية تابعة لقوات X شنت: the holder after تابعة ل of an unnamed noun (and its adjective)
    that opens the clause right before the verb."""
    if p.prep != "ل" or p.via_noun or p.first < 2 or tokens[p.first - 1].key not in cues()["holds"]:
        return False
    for start in (p.first - 2, p.first - 3):
        if start < 0:
            return False
        if start == 0 or tokens[start - 1].text in _BREAKS or tokens[start - 1].text in _COMMAS or tokens[start - 1].key in cues()["complementizer"]:
            return not any(tokens[k].key.startswith("ال") or tokens[k].text in _QUOTES for k in range(start, p.first - 1))
    return False


def _before_apposition(tokens, phrases: list[Phrase], inner: Phrase) -> Phrase | None:
    """X، منسقة السياسة الخارجية في الاتحاد الأوروبي، ستجري: the named phrase before an
    apposition set off by commas, whose own words end in a prepositional phrase (``inner``), is
    the subject of the verb after it; the apposition holds no verb, break or other name."""
    for c in range(inner.first - 1, max(-1, inner.first - _APPOSITION), -1):
        t = tokens[c]
        if t.text in _BREAKS or _verb_like(t.key) or t.key in _ARGUMENT_STOPS or t.key in cues()["complementizer"]:
            return None
        if any(p.first <= c < p.last and p is not inner and p.entity is not None for p in phrases):
            return None
        if t.text in _COMMAS:
            named = next((p for p in phrases if p.last == c and not p.prep and p.head is not None), None)
            return named if named is not None and _phrase_kind(named) in ("person", "org") and _opens_clause(tokens, named) else None
    return None


def _issuer(tokens, phrases: list[Phrase], j: int) -> Phrase | None:
    """The organisation or country a statement noun at ``j`` belongs to (تقرير أخير لـ«X»، بيان
    وزارة الخارجية): its genitive, or an ل phrase after it or after one adjective."""
    if j >= len(tokens) or tokens[j].key not in cues()["statement"]:
        return None
    p = next((p for p in phrases if j < p.first <= j + 4), None)
    if p is None or p.head is None or p.head.label not in (ORG, GPE) or _breaks(tokens, j + 1, p.first):
        return None
    return p if p.first == j + 1 and not p.prep or p.prep == "ل" else None


def _object_antecedent(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """The name a relative clause hangs on when its verb carries the object pronoun (حركة X التي
    يدعمها Y، «X» الذي تدعمه أنقرة), or the name right before such a verb (its topic: مقاتلين يمنيين
    تدعمهم الضربات): that name is what is done to, not who does it."""
    reading = _trigger_of(tokens[i].key)
    if reading is None or not (reading.pronoun or _resumptive(tokens, phrases, i)):
        return None
    k = i - 1
    while k >= 0 and i - k <= 2 and (tokens[k].text in _QUOTES or tokens[k].text in _COMMAS):
        k -= 1
    if k == i - 1 and reading.pronoun and not _conjoined(tokens[i].key) and tokens[k].key not in cues()["relative"]:
        # مقاتلين يمنيين تدعمهم الضربات: with no relative, an indefinite description right before the verb is what it describes
        return next((p for p in phrases if p.last == i and p.entity is not None and not p.prep and _indefinite_description(tokens, p)), None)
    if k < 0 or tokens[k].key not in cues()["relative"]:
        return None
    k -= 1
    while k >= 0 and (tokens[k].text in _QUOTES or tokens[k].text in _COMMAS):
        k -= 1
    return next((p for p in phrases if p.last == k + 1 and p.entity is not None and not p.prep), None)


def _resumptive(tokens, phrases: list[Phrase], i: int) -> bool:
    """الحلف، الذي تشارك فيه تركيا، المدينة التي سيطر عليها X: a preposition with a pronoun right
    after the verb takes up the relative's antecedent, so the name after it is the verb's subject;
    not when the name before the relative is a noun's genitive (تصريحات X التي هاجم فيها Y،
    نداء X الذي طلب فيه من Y): the noun is the antecedent, and that name its dropped subject."""
    if i + 1 >= len(tokens) or tokens[i + 1].key not in _PREPOSITION_PRONOUNS:
        return False
    before = _before_relative(tokens, phrases, i)
    if before is not None and before.via_noun:
        return False  # قبل تصريحات X التي: the preposition's noun has X as genitive
    if before is None or before.prep or before.first == 0:
        return True
    owner = tokens[before.first - 1]
    reading = _trigger_of(owner.key)
    verb = _verb_like(owner.key) or (reading is not None and reading.trigger.frame("verb") is not None)
    return verb or not _construct_head(owner)


def _scene(tokens, p: Phrase) -> bool:
    """عاد X إلى المشهد الفني، الساحة السياسية: a place word right before an adjective of a field
    (kg/data/event_cues.tsv, scene) names a sphere of activity, no place."""
    return (p.head is not None and p.head.label in (GPE, LOC) and not getattr(p.head, "iso", "") and p.last < len(tokens)
            and tokens[p.last].key in cues()["scene"])


def _by_a_building(tokens, p: Phrase) -> bool:
    """مستشفى في ساو باولو، فندقا في الرياض: a place after في that a building noun (kg/data/event_cues.tsv,
    venue, seat) stands right before says where that building is."""
    return (p.first >= 2 and tokens[p.first - 1].key == _IN
            and any(_bare_word(tokens[p.first - 2].key) in cues()[kind] for kind in ("venue", "seat")))


def _nearer_antecedent(tokens, phrases: list[Phrase], owner: Phrase, i: int) -> bool:
    """Another named actor, the subject of a verb of its own, stands between the clause's subject and
    a noun carrying a pronoun (استنكر X ما قاله Y عن السعودية وهجومه، كان Y قد طرحها ... خلال زيارته):
    the pronoun may take it up, so the subject is no safe owner. (An object does not: التقى X Y في
    اليوم الثاني من زيارته is X's visit.)"""
    group = _group(phrases, owner)
    light = _cue_union("adverb")
    for p in phrases:
        if not (owner.last <= p.first and p.last <= i and not p.prep and p.entity is not None and p not in group
                and _can_act(p.entity) and getattr(p.entity, "cluster", None) != getattr(owner.entity, "cluster", None)):
            continue
        k = p.first - 1
        while k >= owner.last and (tokens[k].key in light or tokens[k].text in _QUOTES):
            k -= 1
        if k >= owner.last and (_bare(tokens[k].key) in cues()["particle"] or _verb_with_object_pronoun(tokens[k].key)):
            return True  # كان Y قد طرحها، ما قاله Y: the name after them is a subject (not طالب Y، التقى Y: an object)
        if k > owner.last and _bare(tokens[k - 1].key) in cues()["contrast"]:
            return True  # في حين واصل Y غاراته: the verb after في حين / بينما has a subject of its own
    return False


def _guest_before(tokens, phrases: list[Phrase], owner: Phrase, i: int) -> Phrase | None:
    """رحب X بالرئيس Y خلال زيارته، استقبل X الرئيس Y لدى زيارته: the first person named after a
    word of welcoming or receiving (kg/data/event_cues.tsv, host) that stands right before the
    subject or between it and the trip noun at ``i`` is the guest: the trip's pronoun is his."""
    host = next((k for k in range(max(0, owner.first - 1), i)
                 if any(stem in cues()["host"] for stem, _, _, _ in _stems(tokens[k].key))), -1)
    if host < 0:
        return None
    group = _group(phrases, owner)
    return next((p for p in phrases if p.first > host and p.first >= owner.last and p.last <= i and p not in group
                 and _phrase_kind(p) == "person" and not _breaks(tokens, host, p.first)), None)


def _person_between(tokens, phrases: list[Phrase], owner: Phrase, i: int) -> bool:
    """Another person named after a preposition between the subject and the noun at ``i``
    (التقى X بالرئيس Y خلال زيارته): the noun's pronoun may be either's."""
    group = _group(phrases, owner)
    return any(owner.last <= p.first and p.last <= i and p.prep and p not in group and _phrase_kind(p) == "person"
               and getattr(p.entity, "cluster", None) != getattr(owner.entity, "cluster", None) for p in phrases)


def _verb_with_object_pronoun(key: str) -> bool:
    """قاله، طرحها، أجراها: a verb (of saying, support or a trigger) carrying its object as a pronoun,
    so that the name after it is its subject."""
    words = _verbs_taking_an_object()
    return any(pronoun and not nominal and stem in words for stem, _, pronoun, nominal in _stems(key))


@lru_cache(maxsize=1)
def _verbs_taking_an_object() -> frozenset[str]:
    return _support_or_speech() | triggers().keys()


_OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # the third persons a verb's object pronoun takes a name up with


def _resumed_object(tokens, phrases: list[Phrase], f: _Found) -> tuple[Phrase, Phrase | None] | None:
    """مصر تدعمها السعودية، مقاتلين يمنيين تدعمهم السعودية: a verb carrying a third-person object
    pronoun right after a phrase, with no relative pronoun between, takes that phrase up as its
    object (a topic opening its clause, or an indefinite noun its adjectival clause describes);
    the verb's subject is the name right after it. (The object, its subject); (the object, None)
    when no name follows and the phrase before names no one (مقاتلين يمنيين تدعمهم الضربات: whose
    strikes, the clause does not say here); None when the phrase before may be the subject
    (السعودية تدعمهم: a name, with them told before)."""
    i = f.index
    if not f.reading.pronoun or f.reading.nominal or not tokens[i].key.endswith(_OBJECT_PRONOUNS) or _conjoined(tokens[i].key):
        return None  # زار X الأردن واستقبله الملك: a verb joined on goes on with the clause, him is X
    before = next((p for p in phrases if p.last == i and not p.prep and p.entity is not None), None)
    if before is None or before.head is not None and not _opens_clause(tokens, before):
        return None  # التقى X Y ثم هنأه: a name inside another clause is no topic
    after = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None and _can_act(p.head)), None)
    if after is not None:
        return before, after
    return (before, None) if before.head is None else None


def _late_resumptive(tokens, phrases: list[Phrase], i: int) -> bool:
    """الحرب التي كانت ترفض تركيا أي اقتراب منها: a name that can act right after a relative's verb,
    then, within a few words of its object, a preposition with a pronoun that takes up the
    antecedent: the name is the verb's subject and the antecedent its object."""
    after = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None)
    if after is None or not _can_act(after.head):
        return False
    for k in range(after.last, min(len(tokens), after.last + _LATE_RESUMPTIVE)):
        if tokens[k].text in _BREAKS or tokens[k].text in _COMMAS or any(p.first == k for p in phrases):
            return False
        if tokens[k].key in _PREPOSITION_PRONOUNS:
            return True
    return False


def _before_relative(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """The phrase that ends right before the relative pronoun (and any comma or quote mark)
    in front of the verb at ``i``: the relative clause's antecedent when it is named."""
    k = i - 1
    while k >= 0 and (tokens[k].text in _QUOTES or tokens[k].text in _COMMAS or _bare_relative(tokens[k].key)):
        k -= 1
    return next((p for p in phrases if p.last == k + 1), None)


def _bare_relative(key: str) -> bool:
    """الذي، التي، والذي: a relative pronoun (the verb after it, with no object pronoun, has
    the antecedent as its subject)."""
    relative = cues()["relative"]
    return key in relative or (key[:1] == "و" and key[1:] in relative)


def _relative_antecedent(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """X والذي جدد عقده مع Y رافضا Z: the named antecedent of the relative clause the word at ``i``
    stands in (no break or comma between, no other actor but one a preposition governs),
    which is that clause's subject."""
    for j in range(i - 1, max(-1, i - _WINDOW), -1):
        t = tokens[j]
        if t.text in _BREAKS or t.text in _COMMAS or any(
            p.first <= j < p.last and not p.prep and _phrase_kind(p) in ("person", "org") for p in phrases
        ):
            return None
        key = t.key[1:] if t.key[:1] == "و" and t.key[1:] in cues()["relative"] else t.key
        if key in cues()["relative"]:
            return next((p for p in phrases if p.last == j and p.head is not None and _phrase_kind(p) in ("person", "org")), None)
    return None


def _names(phrase: Phrase, key: str) -> bool:
    """Whether a word (الجبير) is one of the words of the phrase's name (عادل الجبير)."""
    name = getattr(phrase.head, "key", "") or ""
    return bool(name) and _bare_word(key) in name.split()


def _plain_subject_before(tokens, phrases: list[Phrase], i: int) -> bool:
    """كانت تعزيزات قد وصلت، القافلة لم تصل: a plain word right before the قد / لم that precedes
    the verb is the verb's subject (subject, particle, verb), so no earlier subject goes on."""
    if i < 2 or _bare(tokens[i - 1].key) not in _cue_union("particle", "negation"):
        return False
    word = tokens[i - 2]
    if not word.text.isalpha() or any(p.first <= i - 2 < p.last for p in phrases):
        return False
    key, cue_words = _bare(word.key), _cue_union(*sorted(cues()))
    return (len(key) > 2 and word.key not in _PREPOSITIONS and not _prepositional(word.key) and not _verb_like(word.key)
            and _trigger_of(word.key) is None and key not in cue_words and word.key not in cue_words)


def _unnamed_subject(tokens, phrases: list[Phrase], i: int) -> bool:
    """وأكد العدني، وقال مسؤولون: a noun right after the verb that opens no actor phrase (a title
    would, وأكد الوزير) is its subject, one the tagger did not name."""
    if i + 1 >= len(tokens) or not tokens[i + 1].key or tokens[i + 1].text in _CLAUSE_BREAKS:
        return False  # وأضاف: «...»
    if any(p.first == i + 1 and (p.head is not None or p.titles) for p in phrases):
        return False  # a name or a title (وأكد الوزير): the holder, or the text's own subject
    return _noun_after(tokens, i, phrases) or _overt_subject_after(tokens, i, phrases)


def _unnamed_before(tokens, phrases: list[Phrase], i: int) -> bool:
    """أن التنظيم اشتبك، إن الحكومة قررت: a definite noun between أن / إن and the verb, in no
    actor phrase, is the verb's subject; the clause before does not go on. So is a verbal noun
    right after أن / إن that opens a longer stretch with no actor phrase and no comma up to the
    verb (أن رفض الحلول سيؤدي إلى الحرب ويهدد مصداقية Y: the refusal endangers, no one threatens)."""
    c = next((j for j in range(i - 1, -1, -1) if tokens[j].key in cues()["complementizer"]
              or tokens[j].text in _BREAKS or tokens[j].text in _COMMAS), -1)
    if c < 0 or c > i - 2 or tokens[c].key not in cues()["complementizer"] or any(c < p.last and p.first < i for p in phrases):
        return False
    key = tokens[c + 1].key
    if c == i - 2:
        return key.startswith("ال") and _trigger_of(key) is None
    return _noun_trigger(key) is not None and not _imperfect(key) and key[:1] not in ("ب", "ل")


def _overt_subject_after(tokens, i: int, phrases: list[Phrase]) -> bool:
    """The word after a verb is a bare noun (يقوم زعماء ...): an overt subject, unnamed. A dropped
    subject is followed by a preposition, an adverb, a named object or a verbal noun (بزيارة)."""
    if i + 1 >= len(tokens):
        return False
    t = tokens[i + 1]
    if (t.text in _QUOTES or t.text in _COMMAS or _prepositional(t.key) or t.key in cues()["adverb"]
            or any(p.first == i + 1 for p in phrases) or _trigger_of(t.key) is not None):
        return False
    # والد الطفلة is a father, no "and the"; والوزير is (a definite word has a stem of three letters or more)
    definite = t.key.startswith("ال") or t.key.startswith("وال") and len(t.key) >= 6
    return not (t.key[:1] in ("ب", "ل") and len(t.key) > 3) and not definite


def _unnamed_subject_of_relative(tokens, phrases: list[Phrase], i: int) -> bool:
    """المكان الذي أطلق فيه الشرطي النار، المدينة التي سيطر عليها التنظيم: a verb right after a
    relative pronoun, with a preposition and pronoun that take up the antecedent, has its own
    subject right after that pronoun; a definite noun there that names nobody is that subject,
    so the clause borrows no subject from the story."""
    if i < 1 or i + 2 >= len(tokens) or tokens[i - 1].key not in cues()["relative"] or tokens[i + 1].key not in _PREPOSITION_PRONOUNS:
        return False
    t = tokens[i + 2]
    return (_definite(t.key) and t.key[:1] != "ب" and not t.key.startswith("لل") and t.key not in cues()["adverb"]
            and not any(p.first <= i + 2 < p.last for p in phrases) and _trigger_of(t.key) is None)


def _recent(reader, sentence_index: int):
    """The named subject of this sentence or the one before it, if any."""
    latest = reader.subject
    return latest[1] if latest is not None and latest[0] >= sentence_index - 1 else None


def _first_person(key: str, text: str = "") -> bool:
    """أزور، سأسافر، نرفض: a verb in the first person (its subject is whoever is quoted): its third
    person in ي opens the same frame (نرفض/يرفض, أشكر/يشكر; not ناقش). A form in ا is a first
    person only when written with hamza (أشكر; اشتبك، اجتمع are the past of forms VII, VIII and X,
    whose present in ي is spelled the same) and when it is no past of form IV, which has its
    feminine in ت among the triggers (أبرم/أبرمت, أطلق/أطلقت, أثنى/أثنت)."""
    key = _bare(key)
    key = key[1:] if key.startswith(("سا", "سن")) else key
    reading = _trigger_of(key)
    if reading is None or reading.nominal or not key.startswith(("ا", "ن")):
        return False
    third = _trigger_of("ي" + key[1:])
    if third is None or not set(third.trigger.frames) & set(reading.trigger.frames):
        return False
    if key.startswith("ا"):
        for feminine in map(_trigger_of, (key + "ت", key[:-1] + "ت" if key.endswith("ي") else "")):
            if feminine is not None and not feminine.nominal and set(feminine.trigger.frames) & set(reading.trigger.frames):
                return False  # أبرم، أطلق، أثنى: he concluded, he fired, he praised (أبرمت، أطلقت، أثنت)
        return not text or _hamza_opens(text)
    return True


def _hamza_opens(text: str) -> bool:
    """وأشكر، سأزور: the word, past a conjunction and the future سـ, opens with a hamza on alif."""
    word = strip_diacritics(text)
    while len(word) > 2 and word[0] in "وفس" and word[1] in "وفسأ":
        word = word[1:]
    return word.startswith("أ")


def _clause_subject(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """The subject of the verb that opens the clause holding ``i``: a person phrase right after the
    clause's first word (اختار الرئيس الصيني شي جينبينغ كازاخستان لزيارتها)."""
    for p in reversed([p for p in phrases if p.last <= i]):
        k = p.first - 1
        if k < 0 or p.prep or _kind(p.entity) != "person" or p.head is None:
            continue
        opens = k == 0 or tokens[k - 1].text in _BREAKS or tokens[k - 1].text in _COMMAS
        if opens and tokens[k].key not in _PREPOSITIONS and tokens[k].text not in _COMMAS:
            return p
    return None


@lru_cache(maxsize=1)
def _office_kinds() -> dict[str, str]:
    """English role -> the kind of office it is (titles.tsv): head of state, head of government, minister ..."""
    return {t.role_en: t.kind for t in titles_by_form().values()}


def _a_top_office(title: Mention) -> bool:
    """خادم الحرمين الشريفين، ولي العهد، الملك، الرئيس: a definite title (its last word carries the
    article: not قائد عسكري "a commander") of a royal or a head of state or government
    (kg/data/titles.tsv kinds), whom a bare title later in the article means."""
    entry = titles_by_form().get(title.canonical)
    words = match_key(title.text).split()
    return entry is not None and entry.kind in _TOP_OFFICES and bool(words) and _definite(words[-1])


def _same_office(title_en: str, role_en: str) -> bool:
    """الرئيس الباكستاني is not the article's رئيس وزراء باكستان: a title of the one head of state
    or of government names a holder whose role words include it only when the role is that same
    office (a president is head of state, a prime minister head of government). Other titles
    stand for any role they are part of (الوزير for وزير الخارجية، أمير for أمير منطقة), but for
    an office no lexicon holds (an assistant's to the prime minister: مساعد رئيس الوزراء), whose
    words name another's office."""
    kinds = _office_kinds()
    mine, theirs = kinds.get(title_en), kinds.get(role_en)
    if theirs is None:
        return not role_en
    # One way only: a second's title the other way round (نائب رئيس الوزراء for a prime minister)
    # never gets here, as the title's words must all be the role's; and the English of a
    # role written as a chain is its last title's (النائب الثاني للرئيس: president).
    if (set(role_en.split()) - set(title_en.split())) & _SECOND_IN_OFFICE:
        return False  # وزير خارجية إيران is not the article's مساعد وزير الخارجية: an assistant's office
    return mine not in _ONE_PER_STATE or mine == theirs


def _of_an_institution(tokens, p: Phrase) -> bool:
    """انتقد X الاتحاد الكويتي: a nationality word alone after an institution noun names an
    institution of that country, not the country (a body every country has does stand for it:
    الحكومة المصرية، القوات الروسية)."""
    if p.head is not None or p.titles or p.first == 0:
        return False
    key = _bare(tokens[p.first - 1].key)
    noun = key[2:] if key.startswith(("ال", "لل")) else key[3:] if key.startswith("بال") else key
    return noun in org_heads() and noun not in national_org_heads() and noun not in service_org_heads()


def _of_a_family(tokens, phrases: list[Phrase], p: Phrase) -> bool:
    """يعزي أسرتي X و Y، نقل التعازي لذوي الشهيدين X و Y: a name that is, alone or in a list, the
    genitive of a noun of family (kg/data/event_cues.tsv, kin), with at most a word or two describing
    it between (الشهيد، الفقيد): the family is meant, not the person named. A family's own name (أسرة
    آل X) is that family."""
    if tokens[p.first].key in cues()["clan"]:
        return False
    first = _group_start(phrases, p)
    words = 0
    for k in range(first - 1, -1, -1):
        if any(not pronoun and stem in cues()["kin"] for stem, _, pronoun, _ in _stems(tokens[k].key)):
            return True
        words += 1
        if words > 2 or tokens[k].text in _BREAKS or tokens[k].text in _COMMAS or tokens[k].key in _PREPOSITIONS:
            return False
    return False


def _group_start(phrases: list[Phrase], p: Phrase) -> int:
    """Where the list of names that ``p`` closes or stands in begins (X وY: X's first token)."""
    start = p
    for q in reversed(phrases[: phrases.index(p)] if p in phrases else []):
        if not (start.conj or start.comma) or start.first - q.last > 1:
            break
        start = q
    return start.first


def _time_name(m) -> bool:
    """استقبل صباح الجمعة X: a time word (صباح، مساء) the tagger read as a name is no one."""
    text = getattr(m, "text", "")
    return isinstance(m, Mention) and " " not in text.strip() and match_key(text) in cues()["adverb"]


def _eponym(tokens, p: Phrase) -> bool:
    """لرئيس مدينة الملك عبدالعزيز للعلوم: a royal named after an institution or place noun is the one it
    is named after (مدينة، جامعة، مستشفى الملك X), not a person the sentence speaks of."""
    m = p.head if isinstance(p.head, Mention) else None
    if m is None or m.label != PERSON:
        return False
    royal = next((t for t in p.titles if t.last_token == m.first_token and _office_kinds().get(t.label_en) == "royal"), None)
    if royal is None or royal.first_token < 1:
        return False
    noun = _bare_word(_bare(tokens[royal.first_token - 1].key))
    return noun in org_heads() or noun in place_heads() or noun in thing_heads()


def _bare_word(word: str) -> str:
    """A title word without its article, or the ل and article of a genitive (النائب الثاني للرئيس:
    رئيس), so that نائب الرئيس names the holder of النائب الثاني للرئيس."""
    return word[2:] if word.startswith("ال") or word.startswith("لل") and len(word) > 4 else word


def _speaker_before(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """أعلن X رفضه، أعلنت مصر تأييدها، إن X أعلن رفضه: the named subject of a verb of saying right
    before the word at ``i`` (whose pronoun is that subject's), or of the verb right before it."""
    p = next((p for p in phrases if p.last == i and not p.prep and p.head is not None), None)
    if p is None:
        if i == 0 or not _says(tokens[i - 1].key):
            return None
        subject, _ = _subject(tokens, phrases, i - 1)
        return subject if subject is not None and subject.last < i and subject.head is not None else None
    k = p.first - 1
    while k >= 0 and p.first - k <= _SUBJECT_GAP and tokens[k].key in cues()["adverb"]:
        k -= 1
    return p if k >= 0 and _says(tokens[k].key) else None


def _support_genitive(tokens, phrases: list[Phrase], support: int) -> Phrase | None:
    """قيام الطائرات التركية بشن غارات: a support noun (بشن) after the genitive of another
    (قيام) has that genitive as its doer."""
    p = next((p for p in phrases if p.last == support and not p.prep and p.entity is not None), None)
    if p is None or p.first == 0:
        return None
    table = support_verbs()
    nominal = any(stem in table and nominal for stem, _, _, nominal in _stems(tokens[support].key))
    before = any(stem in table for stem, _, _, _ in _stems(tokens[p.first - 1].key)) and _trigger_of(tokens[p.first - 1].key) is None
    return p if nominal and before else None


def _adjective_actor(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """الغارات الروسية، العدوان الحوثي: a nationality adjective (or a group's name of
    relation) right after a definite verbal noun names who did it."""
    p = next((p for p in phrases if p.first == i + 1 and not p.prep), None)
    if p is None or p.titles:
        return None
    if p.head is None:
        return _phrase_of(p.country) if p.country is not None else None
    key = tokens[p.first].key
    single = p.last - p.first == 1 and p.head.label in (ORG, GPE)  # (الغارات السعودية: a country named by its adjective)
    return p if single and key.startswith("ال") and key.endswith(("ي", "يه", "يون", "يين")) else None


def _in_words(key: str) -> bool:
    """هاجم، يهاجم، هجوما: a verb or noun of attack that a person does in words (kg/data/event_cues.tsv, verbal)."""
    return any(stem in cues()["verbal"] for stem, _, _, _ in _stems(key))


def _armed(phrase: Phrase) -> bool:
    """قوات X، مسلحو X: a phrase with a force noun names an armed actor."""
    return any(t.source == "force" for t in phrase.titles)


@lru_cache(maxsize=1)
def _criticism() -> Kind:
    return kinds()["CRITICIZE"]


def _owner_of_site(tokens, start: int, p: Phrase, frame: Frame) -> str:
    """على مواقع للحوثيين، قصفت X مواقع للحوثيين: a ل-phrase right after an indefinite noun that a
    preposition of the frame's targets governs (or that is the verb's object) owns that noun, and
    takes the preposition's slot (or the object's); "" when it owns none."""
    k = p.first - 2
    if not frame.conflict or k + 1 < start or not _construct_head(tokens[k + 1]) or _trigger_of(tokens[k + 1].key) is not None:
        return ""
    if k >= start and "p:" + tokens[k].key in frame.targets:
        return "p:" + tokens[k].key
    return "obj" if k + 1 == start and frame.pos == "verb" and "obj" in frame.targets else ""


_ON_IT = frozenset(match_key(w) for w in ("عليه", "عليها", "عليهم"))


def _describes(tokens, phrases: list[Phrase], noun: int, verb: int) -> bool:
    """حربا على الإرهاب، تستهدف X؛ 29 غارة جوية يوم الأحد استهدفت X: a verb a few words after an
    indefinite attack noun, agreeing with it in gender, with no name, verb or break between (a
    comma and quotes may stand), is the noun's adjectival clause: the noun is its subject."""
    if not 0 < verb - noun <= _DESCRIPTION_GAP or _definite(tokens[noun].key) or not _agrees_with_noun(tokens[noun].key, tokens[verb].key):
        return False
    between = range(noun + 1, verb)
    if any(p.first in between and p.entity is not None for p in phrases):
        return False
    return not any((tokens[k].text in _BREAKS and tokens[k].text not in _QUOTES) or _verb_like(tokens[k].key)
                   or _trigger_of(tokens[k].key) is not None for k in between)


def _marked_feminine(key: str) -> bool:
    """A noun written feminine: a final ة or the plural ات (غارة، هجمات: a plural of things agrees
    as a feminine singular). A noun without the mark may still be feminine (حرب)."""
    return key.endswith(("ه", "ات"))


def _agrees_with_noun(noun: str, verb: str) -> bool:
    """The verb can have the noun as its subject: a masculine verb an unmarked noun (هجوم استهدف),
    a feminine one a marked noun (غارة استهدفت); an imperfect whatever its gender (حربا تستهدف),
    except a masculine one after a marked noun (غارة يستهدف)."""
    gender = verb_gender(verb)
    if _marked_feminine(noun):
        return gender == "f" or gender is None and _imperfect(verb)
    return gender == "m" or _imperfect(verb)


def _bare(key: str) -> str:
    """A word without the و / ف glued before it."""
    return key[1:] if key[:1] in ("و", "ف") else key


def _phrase_at(i: int) -> Phrase:
    """A one-token phrase at ``i`` with no entity, to ask where a word stands in its clause."""
    return Phrase(i, i + 1, None, None)


def _holder_of_site(tokens, start: int, p: Phrase, frame: Frame) -> str:
    """على معسكر يسيطر عليه X، مواقع تابعة لـ X: the holder of the unnamed site an act of force
    struck is struck; the slot of the site (the preposition before it, or the verb's object), or
    "" when ``p`` holds no such site."""
    if not frame.conflict or p.first - 2 < start:
        return ""
    k = p.first - 1
    holds = cues()["holds"]
    if tokens[k].key in _ON_IT and not p.prep and tokens[k - 1].key in holds:
        site = k - 2  # يسيطر عليه X
    elif p.prep == "ل" and tokens[k].key in holds and not p.via_noun:
        site = k - 1  # تابعة لـ X
    else:
        return ""
    if site < start or tokens[site].text in _COMMAS or _verb_like(tokens[site].key):
        return ""
    before = "p:" + tokens[site - 1].key if site > start else ""
    if before in frame.targets:
        return before
    return "obj" if site == start and "obj" in frame.targets else ""


def _overt_armed(tokens, phrases: list[Phrase], subject: Phrase, i: int) -> bool:
    """The subject of a verb that unvowelled also reads as passive (قتل، اعتقل) is its doer only
    when it stands before the verb (X اختطفهم), or after it as an actor with no person's title
    (قُتل قائد X) and the verb's object follows or is a pronoun on the verb (قتلت القوات
    الأمريكية 30 مسلحا، احتجزتهم قوات X; not قُتل مسلحو X في غارة)."""
    if subject.last <= i:
        return True
    if subject.entity is None or any(t.source != "force" for t in subject.titles):
        return False
    reading = _trigger_of(tokens[i].key)
    if reading is not None and reading.pronoun:
        return True  # احتجزتهم قوات المقاومة: the object is the pronoun on the verb
    k = subject.last
    while k < len(tokens) and tokens[k].key in cues()["adverb"]:
        k += 1
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.text in _BREAKS or t.text in _COMMAS or t.text in _DASHES or _prepositional(t.key):
        return False
    return not (t.key[:1] in ("و", "ف", "ب") and not any(q.first == k for q in phrases))


def _casualties(tokens, phrases: list[Phrase], i: int, agents: list[Phrase]) -> list[Phrase]:
    """مقتل X بغارة للتحالف، إصابة X في هجوم لـ Y، مقتل X جراء قصف Y: the named dead or wounded
    before the attack that caused them (a casualty noun, then its genitive or من X, then the
    attack after ب، في or a word of cause) are what it struck."""
    key = tokens[i].key
    cause = key[:1] == "ب" or (i > 0 and (tokens[i - 1].key in cues()["cause"] or tokens[i - 1].key == _IN))
    if not cause:
        return []
    first = i - 1 if key[:1] != "ب" else i
    spans = {(a.first, a.last) for a in agents}
    for c in range(first - 1, max(-1, first - 1 - _CASUALTY_GAP), -1):
        t = tokens[c]
        if t.text in _BREAKS or t.text in _COMMAS or _verb_like(t.key):
            return []
        bare = _bare(t.key)
        if bare in cues()["casualty"]:
            return [p for p in phrases if c < p.first and p.last <= first and (p.first, p.last) not in spans
                    and p.prep in ("", _FROM) and _kind(p.entity) in ("person", "org")]
    return []


def _one_side(tokens, end: int) -> bool:
    """بين X و Y، من جهة، و Z: X and Y are one side of the two, not each other's."""
    following = [t.key for t in tokens[end : end + 4] if t.text not in _COMMAS]
    return following[:2] == [_FROM, _SIDE]


def _own_preposition(p: Phrase) -> bool:
    """A phrase with a preposition of its own (للتصدي لحركة X): the complement of the noun
    before it, not its genitive."""
    return bool(p.prep) and not p.via_noun


def _noun_trigger(key: str) -> Frame | None:
    """The noun frame a word opens (للتصدي opens none: a verb's frame is no complement noun's)."""
    reading = _trigger_of(key)
    return reading.trigger.frame("noun") if reading is not None else None


def _verb_between(tokens, start: int, end: int) -> bool:
    """A particle of a verb (لم، قد، أن) or a verb-like word between two positions: another clause."""
    c = cues()
    particles = c["negation"] | c["particle"] | c["relative"] | c["complementizer"]
    return any(t.key in particles or _verb_like(t.key) for t in tokens[start:end])


def _of_inner_noun(tokens, start: int, p: Phrase) -> bool:
    """خلال زيارته لفرنسا، أثناء لقائه مع Y: a phrase with a preposition right after a word of time
    (kg/data/event_cues.tsv, during) and the trigger noun it governs is that noun's complement
    (not a plain object after it: ويلتقي خلال الزيارة X; nor a preposition the noun takes none of:
    رحب X خلال الاستقبال بالوفد)."""
    for k in range(max(start, p.first - 5), p.first - 1):
        frame = _noun_trigger(tokens[k + 1].key) if tokens[k].key in cues()["during"] else None
        if frame is not None and p.prep and ("p:" + p.prep in frame.targets or p.prep == "ل" and "of" in frame.targets):
            return True
    return False


def _backing_noun(tokens, i: int) -> bool:
    """بدعم من X، وبمساندة من X: a noun of support or aid carrying ب, then من: the manner of the
    clause's act, X the one who backs its subject."""
    key = tokens[i].key
    key = key[1:] if key[:1] == "و" else key
    frame = _noun_trigger(key)
    return (frame is not None and frame.event_type in _BACKING and any(prep == "ب" for prep, _ in _clitic_of(key))
            and i + 1 < len(tokens) and tokens[i + 1].key == _FROM)


def _past_backing(tokens, phrases: list[Phrase], start: int) -> int:
    """Where a verb's object may open when بدعم من X follows its subject (هاجمت القوات بدعم من
    طيران التحالف مواقع Y): the backing phrase is the act's manner and stands between them."""
    i = start + (start < len(tokens) and tokens[start].text in _COMMAS)
    if not (i < len(tokens) and _backing_noun(tokens, i)):
        return start
    backer = next((p for p in phrases if p.first == i + 2 and p.entity is not None), None)
    return _group(phrases, backer)[-1].last if backer is not None else start


def _needed_preposition_opens(tokens, start: int, frame: Frame) -> bool:
    """Whether a verb that needs a preposition (وقف مع، وقف إلى جانب) has it open its complement,
    after its subject: further on it is another word's (تقف قطر وراء الهجوم بالتنسيق مع Y).
    Verbs that need no preposition pass."""
    if not frame.needs & _PREPOSITIONS:
        return True
    c = start
    while c < len(tokens) and (tokens[c].key in cues()["adverb"] or tokens[c].text in _QUOTES or tokens[c].text in _COMMAS):
        c += 1
    needed = [c, c + 1] if c < len(tokens) and tokens[c].key in _PREPOSITIONS else [c]  # مع، إلى جانب
    return any(k < len(tokens) and any(stem in frame.needs for stem, _, _, _ in _stems(tokens[k].key)) for k in needed)


def _owned_by_another_noun(tokens, f: _Found, found: list[_Found]) -> bool:
    """A verbal noun with a pronoun, joined by و to a noun that opens no event (أهمية تكاتف المجتمع
    بكل شرائحه ووقوفه): its pronoun takes up that noun's owner (the society), no one named here.
    Not after a noun of its own clause's act (أكد دعمه الكامل ووقوفه: the same owner)."""
    key = tokens[f.index].key
    if f.frame.pos != "noun" or not f.reading.pronoun or key[:1] != "و" or _trigger_of(key[1:]) is None:  # ووقوفه, not وقوفه
        return False
    return not any(f.index - _JOINED_GAP <= g.index < f.index for g in found) and f.support != f.index - 1


def _takes_an_object(frame: Frame) -> bool:
    """Whether a verbal noun takes what its act is done to as an object (its genitive once the doer
    is named apart, استقبال X، زيارة X، or after ل, دعم X لـ Y), so that after a passive auxiliary
    its genitive is that target (تم استقبال X من قبل Y)."""
    return bool({"obj", "pobj", "of"} & set(frame.targets))


def _backer(tokens, p: Phrase) -> bool:
    """The X of بدعم من X, or of a passive participle's من (kg/data/event_cues.tsv, by_agent: طلب Y
    المدعوم من X): the one who backs or submits, never what a clause's act is done to."""
    return (p.prep == _FROM and p.first >= 2 and tokens[p.first - 1].key == _FROM
            and (_backing_noun(tokens, p.first - 2) or _bare(tokens[p.first - 2].key) in cues()["by_agent"]))


def _clitic_of(key: str) -> list[tuple[str, str]]:
    """The clitic preposition a word carries (لهجوم: ل), with the rest of the word."""
    return [(prep, key[len(clitic):]) for clitic, prep in _CLITIC_PREPOSITIONS.items() if key.startswith(clitic)]


def _prepositional(key: str) -> bool:
    """A preposition, alone or with a pronoun (خلالها، معه، عليه، إليه)."""
    if key in _PREPOSITIONS:
        return True
    return any(key.startswith(p) and key[len(p):] in ("ه", "ها", "هم", "هما", "نا") for p in _PREPOSITIONS if len(p) > 1)


def _stance_complement(tokens, i: int) -> bool:
    """أعرب عن إدانته للقصف الإسرائيلي: a verbal noun after ل that completes a stance noun before
    it (past its adjectives) is what the stance is about, not a purpose of the clause's subject."""
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].key.startswith("ال") and _trigger_of(tokens[k].key) is None:
        k -= 1
    reading = _trigger_of(tokens[k].key) if k >= 0 else None
    return reading is not None and any(fr.event_type in _STANCES | _ADVERSE for fr in reading.trigger.frames)


def _purpose(key: str) -> bool:
    """للمشاركة، لزيارة: a noun of purpose after ل, whose doer is the clause's subject, not the
    subject of a support verb before it (وجهت الأمم المتحدة دعوة للمشاركة: someone else takes part)."""
    return key.startswith("ل") and not key.startswith("لقا") and _trigger_of(key) is not None and _trigger_of(key).nominal


def _circumstantial(key: str) -> bool:
    """مشيدا، معربا: a participle of manner, whose subject is its clause's."""
    return any(stem in cues()["circumstantial"] for stem, _, _, nominal in _stems(key) if not nominal)


def _first_plural(key: str) -> bool:
    """ندعم، نرفض: a verb in the first person plural (whose third person in ي opens the same
    frame): the quoted speaker's side is its subject, the name after it its object."""
    key = _bare(key)
    key = key[1:] if key.startswith("سن") else key
    return key.startswith("ن") and _first_person(key)


def _quoted_first_singular(tokens, phrases: list[Phrase], i: int) -> bool:
    """قال X: «أدعو Y ...»: a verb in the first person singular inside a quotation (a quote mark or
    colon before it), with no subject before it."""
    key = tokens[i].key
    key = _bare(key)
    if not key.startswith("ا") or key.startswith(("ات", "ان", "است")):
        return False  # اتهم، انتقد، استنكر: the past of forms VII, VIII and X spells the same
    if not _first_person(key, tokens[i].text) or any(p.last == i for p in phrases):
        return False
    return any(t.text in "«\"“:" for t in tokens[:i])


def _quoted_first_plural_past(tokens, phrases: list[Phrase], i: int) -> bool:
    """قال X: «ناقشنا ذلك مع Y»، «التقينا بالرئيس Y»: a past verb in the first person plural (نا)
    inside a quotation, with no name right before or after it (استقبلنا الرئيس Y: "Y received
    us" as much as "we received Y")."""
    key = _bare(tokens[i].key)
    if not key.endswith("نا") or any(p.last == i or (p.first == i + 1 and not p.prep) for p in phrases):
        return False
    stem = _trigger_of(key[:-2])
    if stem is None or stem.nominal or stem.future or stem.trigger.frame("verb") is None:
        return False
    return any(t.text in "«\"“:" for t in tokens[:i])


def _genitive_then_target(phrases: list[Phrase], i: int, verb: Frame, noun: Frame | None) -> bool:
    """دعم المملكة لمصر: a form that is a verb or a noun, with a named doer right after it and
    then a phrase in ل that only the noun takes (the verb takes its object without ل)."""
    if noun is None or "p:ل" in verb.targets or not ({"p:ل", "of"} & set(noun.targets)):
        return False
    genitive = next((p for p in phrases if p.first == i + 1 and not p.prep and p.head is not None), None)
    if genitive is None or not _can_act(genitive.head):
        return False
    # دعم المملكة لمصر; قصف التحالف لمواقع X (ل on the noun X is the genitive of)
    return any(p.prep == "ل" and not p.conj and (p.first == genitive.last or p.first == genitive.last + 1 and p.via_noun) for p in phrases)


def _slot_after_genitive(tokens, phrases: list[Phrase], genitive: Phrase, frame: Frame) -> bool:
    """دعم فرنسا لمصر، تضامن مصر مع فرنسا، وقوف مصر إلى جانب X: a named phrase in one of the noun's
    prepositions right after its genitive. Not for a noun that takes a bare object (زيارة مصر لـ ...: مصر is visited)."""
    if "obj" in frame.targets:
        return False
    k = genitive.last
    return any(p.head is not None and not p.conj and "p:" + p.prep in frame.targets
               and (p.first == k and tokens[k].key[:1] in _CLITIC_PREPOSITIONS.values() or p.first == k + 1 and tokens[k].key == p.prep
                    or p.first == k + 2 and p.via_noun and tokens[k].key == p.prep)  # وقوف مصر إلى جانب X
               for p in phrases if p.prep)


def _object_after_comma(p: Phrase) -> bool:
    """مجلس الأمن، الرئيس الفرنسي X: an organisation, a country or a titled person after the comma
    that follows a verb's subject can be its object."""
    return p.head is not None and (p.head.label in (ORG, GPE) or p.head.label == PERSON and any(t.source != "force" for t in p.titles))


def _between_parties(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """بين X و Y after the event word at ``i``, past a few words of description (مواجهات عنيفة لا
    سابق لها بين X و Y), in its clause and with no verb between: the first party, each the
    other's partner; not one side of a fight (بين X والقوات الموالية لـ Y من جهة)."""
    pair = next((p for p in phrases if i < p.first <= i + _BETWEEN_GAP and p.prep == _BETWEEN and p.entity is not None
                 and not _breaks(tokens, i + 1, p.first) and not any(_verb_like(t.key) for t in tokens[i + 1 : p.first])), None)
    if pair is None or _one_side(tokens, _group(phrases, pair)[-1].last) or _relation_between(tokens, i, pair.first - 1):
        return None
    return pair


def _post_after(tokens, k: int) -> bool:
    """لرئاسة، لمنصب، لعضوية at ``k`` (past a closing mark): ل on a noun of an office or a
    candidacy (kg/data/event_cues.tsv, post); backing the name before it is backing a candidate."""
    if k < len(tokens) and tokens[k].text in _QUOTES:
        k += 1
    return k < len(tokens) and any(stem in cues()["post"] for prefix, stem in _clitic_of(tokens[k].key) if prefix in ("ل", "لل"))


def _relation_between(tokens, i: int, between: int) -> bool:
    """جرى خلال اللقاء بحث العلاقات بين X و Y، المباحثات ... لتعزيز التعاون بين X و Y: a noun of a relation
    (kg/data/event_cues.tsv, relation) between the event word at ``i`` and the بين at ``between``
    has the بين phrase as its own; X and Y are no parties of the event. Not when the noun is in
    the event word's construct chain (اتفاقية تعاون، توقيع اتفاقية التجارة الحرة، محادثات السلام):
    the pair belongs to the whole phrase, a cooperation agreement between X and Y."""
    chain = not _definite(tokens[i].key)  # a word with the article heads no construct chain
    for j in range(i + 1, between):
        relation = any(stem in cues()["relation"] for stem, _, pronoun, _ in _stems(tokens[j].key) if not pronoun)
        if relation and not chain:
            return True
        chain = chain and not _definite(tokens[j].key) and not relation and _construct_head(tokens[j])
    return False


def _wished(tokens, f: _Found) -> bool:
    """يريد X أن تدعم Y Z: the trigger stands in the أن-clause of a verb of wishing, so the text
    says what someone wants, not what was done."""
    head = f.support if f.support >= 0 else f.index
    complementizer = -1
    for j in range(head - 1, max(-1, head - 4), -1):
        if tokens[j].text in _BREAKS:
            return False
        if tokens[j].key in (match_key("أن"), match_key("بأن")):
            complementizer = j
            break
    if complementizer < 0:
        return False
    for j in range(complementizer - 1, max(-1, complementizer - 1 - _WISH_GAP), -1):
        if tokens[j].text in _BREAKS:
            return False
        if any(stem in cues()["wish"] for stem, _, _, nominal in _stems(tokens[j].key) if not nominal):
            return True
    return False


def _called_for(tokens, f: _Found) -> bool:
    """أكد أهمية التعاون مع X، شدد على ضرورة دعم Y: a verbal noun, with no doer of its own named,
    as the genitive of a noun of importance or necessity (kg/data/event_cues.tsv, need) is an act
    called for, not one told (أهمية زيارة X لمصر names the visitor: the visit is told)."""
    return (f.frame.pos == "noun" and not f.named_doer and not f.reading.pronoun and f.index > 0
            and _bare(tokens[f.index - 1].key) in cues()["need"])


def _his_after(tokens, i: int) -> bool:
    """زيارة له: a possessor written as a separate له / لها after the noun."""
    return i + 1 < len(tokens) and tokens[i + 1].key in (match_key("له"), match_key("لها"))


def _singular_pronoun(key: str) -> bool:
    """زيارته، زيارتها: a singular possessor (a plural one, اجتماعهم, is a group the text does not name)."""
    return key.endswith(("ه", "ها")) and not key.endswith(("هم", "هما"))


def _manner(tokens, i: int) -> bool:
    """بالتعاون مع، وبالتنسيق مع: a verbal noun with ب and the article, then مع: how the clause's
    subject did what the clause tells, together with the one after مع."""
    key = tokens[i].key
    key = key[1:] if key[:1] == "و" and key[1:].startswith("بال") else key
    return key.startswith("بال") and i + 1 < len(tokens) and tokens[i + 1].key == _WITH


def _subject_of_verb_before(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """الذي يقيمه X بالتعاون مع Y: the named subject right after the verb of a relative clause (or
    a support verb), right before ``i``."""
    p = next((p for p in phrases if p.last == i and not p.prep and p.head is not None and _can_act(p.head)), None)
    if p is None or p.first < 2:
        return None
    return p if tokens[p.first - 2].key in cues()["relative"] or _verb_like(tokens[p.first - 1].key) else None


def _governs_bi(tokens, subject: Phrase) -> bool:
    """طالب X بالتعاون مع Y، أشاد X بالتنسيق: the verb before the subject takes ب as its own
    complement (a trigger whose frame reads ب), so بـ after the subject is no manner."""
    reading = _trigger_of(tokens[subject.first - 1].key) if subject.first > 0 else None
    frame = reading.trigger.frame("verb") if reading is not None else None
    return frame is not None and ("p:ب" in frame.targets or "p:ب" in frame.topic)


def _partner_after(tokens, phrases: list[Phrase], i: int) -> bool:
    """A named partner after مع or ب follows the noun at ``i`` in its clause (اجتماع مع Y)."""
    return any(i < p.first <= i + _BETWEEN_GAP and p.prep in (_WITH, "ب") and p.entity is not None
               and not _breaks(tokens, i + 1, p.first) for p in phrases)


def _said_in(tokens, speaker: Phrase, at: int) -> bool:
    """في at ``at`` tells where the speaker spoke: right after the speaker (قال X في مؤتمر) or after
    the verb of saying (وأضاف في مؤتمر), or opening the sentence before the speaker is named
    (وفي مؤتمر صحفي مع Y، قال X); a word of time may come before it (قال X الأحد في مؤتمر)."""
    light = cues()["adverb"]
    while at > speaker.last and tokens[at - 1].key in light:
        at -= 1
    if speaker.last == at or (at > 0 and _verb_of_saying(tokens[at - 1].key)):
        return True
    return at == 0 and speaker.first > at


@memo(200_000)
def _verb_of_saying(key: str) -> bool:
    return any(stem in cues()["speech"] and not nominal for stem, _, _, nominal in _stems(key))


@memo(200_000)
def _says(key: str) -> bool:
    """A verb of saying or denying (قال، نفى), read once per word type."""
    speech = _cue_union("speech", "deny")
    return any(stem in speech and not nominal for stem, _, _, nominal in _stems(key))


@memo(200_000)
def _verb_like(key: str) -> bool:
    """A support verb or a verb of saying: it opens a new clause."""
    words = _support_or_speech()
    return any(stem in words and not nominal for stem, _, _, nominal in _stems(key))


@lru_cache(maxsize=1)
def _support_or_speech() -> frozenset[str]:
    return frozenset(support_verbs().keys() | cues()["speech"])


@lru_cache(maxsize=None)
def _cue_union(*roles: str) -> frozenset[str]:
    """The words of several cue roles together, built once: a union per sentence or per call
    cost more than the lookups it served (and defeated the caches keyed on the set)."""
    table = cues()
    return frozenset().union(*(table[role] for role in roles))


def _disagrees(key: str, subject: Phrase) -> bool:
    """A feminine verb with a man as subject: a person whose title is masculine (الرئيس, not الرئيسة)."""
    stems = [stem for stem, _, _, nominal in _stems(key) if not nominal and stem in triggers()]
    if not stems or stems[0] not in feminine_forms() or _kind(subject.entity) != "person":
        return False
    titles = [t for t in subject.titles if t.source != "force"]
    return bool(titles) and not titles[-1].text.endswith("ة")


def _other_gender(tokens, owner: Phrase, i: int) -> bool:
    """ونددت واشنطن ...، وطالب الاتحاد: the verb before the clause's subject and the verb at ``i``
    agree with subjects of different genders, so the subject does not go on into this verb. A
    subject that opens an أن / إن clause has its verb after it (أكد X أن مصر تدعم Y، وأشاد: the
    speaker praises, not مصر)."""
    here = verb_gender(tokens[i].key)
    k = owner.first - 1
    if here is None or k < 0 or k == i:
        return False
    before = verb_gender(tokens[k].key)
    if before is None and tokens[k].key in cues()["complementizer"] and owner.last < i:
        before = verb_gender(tokens[owner.last].key)
    return before is not None and before != here


def _conjoined(key: str) -> bool:
    """والتقى، فزار: a verb joined by و / ف to the clause before."""
    return key[:1] in ("و", "ف") and not _plain_trigger(key)


def _continues(tokens, i: int) -> bool:
    """والتقى، فزار، حيث التقى، ثم زار: a verb that goes on with the clause before."""
    if _conjoined(tokens[i].key):
        return True
    if i == 0:
        return False
    key = tokens[i - 1].key
    return _bare(key) in cues()["sequel"]


def _new_subject(tokens, phrases: list[Phrase], f: _Found) -> bool:
    """والتقى الرئيس X بالوزير Y، وزار الرئيس X القاهرة، واستقبله X: a named phrase right after
    the verb, with the verb's own complement after it (or an object pronoun on the verb), is a
    subject of its own: the clause's subject does not go on."""
    i = f.index
    j = i + 1
    while j < len(tokens) and j - i <= _SUBJECT_GAP + 1 and (tokens[j].key in cues()["adverb"] or tokens[j].text in _QUOTES):
        j += 1
    if f.reading.pronoun:
        j = _past_definite_adjunct(tokens, j)
    after = next((p for p in phrases if p.first == j and not p.prep and p.entity is not None), None)
    if after is None:
        return False
    if f.reading.pronoun:
        return True
    if _acts_as(after.entity, f.frame.agent_types) and _can_act(after.entity) and _object_opens(tokens, after.last):
        return True  # وترفض حماس أي حديث عن ...: a name that can act, then the verb's object: its subject
    if _said_again(tokens, phrases, f, after):
        return True  # كما دعا X إلى تكريم Y، ودعا Z إلى تكريم W: the verb again, built alike, with a subject of its own
    slots = set(f.frame.targets)
    if (after.last < len(tokens) and "p:" + tokens[after.last].text in slots and _acts_as(after.entity, f.frame.agent_types)
            and _can_act(after.entity)):
        return True  # والتقى أوباما مع زعماء اليهود: a name that can act, then the verb's own preposition
    end = _group(phrases, after)[-1].last  # وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري: the whole subject
    for p in phrases:
        if p.first < end or p.first > end + _SUBJECT_GAP + 1:
            continue
        if _breaks(tokens, end, p.first) or p.conj or p.comma:
            return False
        return ("p:" + p.prep if p.prep else "obj") in slots
    return False


def _said_again(tokens, phrases: list[Phrase], f: _Found, after: Phrase) -> bool:
    """The verb at ``f`` repeats, in the same sentence, a verb with a name right after it and then the same
    preposition (دعا X إلى ...، ودعا Z إلى ...): coordinated clauses built alike, so the name after the
    second is its subject as the first's was, not an object of the first's subject."""
    preposition = _preposition_after(tokens, phrases, after)
    if not preposition:
        return False
    verb = _bare(tokens[f.index].key)
    for k in range(f.index - 1, -1, -1):
        if tokens[k].text in ".؟?!؛;":
            return False
        if _bare(tokens[k].key) == verb:
            first = next((p for p in phrases if p.first == k + 1 and not p.prep and p.entity is not None), None)
            return first is not None and _preposition_after(tokens, phrases, first) == preposition
    return False


def _preposition_after(tokens, phrases: list[Phrase], p: Phrase) -> str:
    """The preposition right after the phrase ``p``, a word (إلى) or glued to the next name (بمنصور: ب); empty if none."""
    if p.last >= len(tokens):
        return ""
    if tokens[p.last].key in _PREPOSITIONS:
        return tokens[p.last].key
    return next((q.prep for q in phrases if q.first == p.last and q.prep and tokens[q.first].key not in _PREPOSITIONS), "")


def _past_definite_adjunct(tokens, j: int) -> int:
    """واستقبله في المطار رئيس النادي X: the index after a short prepositional adjunct of place or
    time whose noun is definite (في المطار، بالمطار), so that it closes before the name; ``j`` itself
    when none stands there. An indefinite noun (في منزل الرئيس X) holds the name as its genitive."""
    k = j + 1 if j < len(tokens) and tokens[j].key in _PREPOSITIONS else j
    if k == j and not (j < len(tokens) and tokens[j].key.startswith(("بال", "وبال"))):
        return j
    if k == j:
        return j + 1
    if k < len(tokens) and _definite(tokens[k].key) and tokens[k].text not in _BREAKS:
        return k + 1
    return j


def _in_relative(tokens, i: int) -> bool:
    """The verb at ``i`` opens a relative clause (الذي يؤيده Y، التي لم تدعم): a relative pronoun
    before it, past particles and a comma."""
    particles = _cue_union("particle", "negation", "future")
    k = i
    while k > 0 and i - k < 3 and (tokens[k - 1].key in particles or tokens[k - 1].text in _COMMAS):
        k -= 1
    return k > 0 and tokens[k - 1].key in cues()["relative"]


def _closed(tokens, start: int, i: int) -> bool:
    """A comma or a break between a relative clause's verb at ``start`` and the word at ``i``
    closes that clause."""
    return any(t.text in _BREAKS or t.text in _COMMAS for t in tokens[start + 1 : i])


def _described(tokens, i: int) -> bool:
    """ينظر لإيران باعتبارها دولة راعية للإرهاب وتشن حربا: a verb inside a predicative phrase
    (باعتبار، بوصف) says what the one described does; the clause's subject does not go on into it."""
    for k in range(i - 1, max(-1, i - _PREDICATIVE_GAP), -1):
        t = tokens[k]
        if t.text in _BREAKS or t.text in _COMMAS or _verb_like(t.key):
            return False
        if t.key in cues()["predicative"]:
            return True
    return False


def _describes_indefinite(tokens, phrases: list[Phrase], i: int) -> bool:
    """على اقتراح أميركي يطلب من X: a verb with nothing glued before it, right after an indefinite
    noun a preposition governs (past one or two adjectives of relation) that can be its subject, is
    the noun's adjectival clause: the unnamed noun is its subject, the clause's subject does not go
    on into it."""
    if i < 1 or _conjoined(tokens[i].key):
        return False
    k = i - 1
    while k > i - 3 and k > 0 and tokens[k].key.endswith(_NISBA_KEYS) and not _definite(tokens[k].key):
        k -= 1  # أميركي
    noun = tokens[k].key
    governed = k > 0 and tokens[k - 1].key in _PREPOSITIONS or noun[:1] in ("ب", "ل") and len(noun) > 4
    if (not governed or not noun.isalpha() or _definite(noun) or noun.endswith("ا") or noun in _PREPOSITIONS
            or _bare(noun) in _cue_union("complementizer", "pronoun", "relative", "particle", "negation", "sequel", "adverb", "opener")
            or _verb_like(noun) or any(p.head is not None and p.first <= k < p.last for p in phrases)):
        return False
    return _agrees_with_noun(noun, tokens[i].key)


def _object_opens(tokens, j: int) -> bool:
    """An object noun phrase opens at ``j`` (past adverbs): a number or a determiner (أي حديث،
    54 أسيرا، هذا القرار) with a noun after it that is no time word (هذا الأسبوع is when)."""
    adverbs = cues()["adverb"]
    while j < len(tokens) and tokens[j].key in adverbs:
        j += 1
    if j + 1 >= len(tokens) or tokens[j + 1].key in adverbs or tokens[j + 1].text in _CLAUSE_BREAKS:
        return False
    return tokens[j].text.isdigit() or tokens[j].key in cues()["determiner"]


def _opening_subject(tokens, phrases: list[Phrase], i: int, verbs: list[int]) -> Phrase | None:
    """استعرض الرئيس X حرس الشرف وصافح Y: the named subject right after the verb that opens the
    sentence, when nothing between it and the verb at ``i`` opens another clause (a break, أن /
    إن, a relative, a verb of saying or support, another trigger verb). The opening word must
    read as a verb: no article, no preposition, no ة, no verbal noun."""
    # the sentence's start, or a حيث / ثم that opens the clause (not one right before the verb at i)
    start = next((k + 1 for k in range(i - 2, -1, -1) if tokens[k].text in _BREAKS or tokens[k].key in cues()["sequel"]), 0)
    while start < i and (tokens[start].text in _COMMAS or tokens[start].key in cues()["opener"]):
        start += 1
    first = tokens[start].key if start < i else ""
    bare = first[1:] if first[:1] in ("و", "ف") else first
    written = tokens[start].text[len(first) - len(bare):]  # ألقى، التقى are verbs, الوزير is not
    reading = _trigger_of(first)
    # (ثم تفجيرات الكويت بالتعاون مع Y: a trigger read only as a noun; its genitive is no subject)
    if (not bare or written.startswith(("ال", "بال", "لل")) or bare in _PREPOSITIONS or tokens[start].text.endswith("ة")
            or (reading is not None and (reading.nominal or reading.trigger.frame("verb") is None))
            or any(p.first <= start < p.last for p in phrases)):
        return None
    subject = next((p for p in phrases if p.first == start + 1 and not p.prep
                    and (_can_act(p.head) if p.head is not None else _phrase_kind(p) == "person")), None)
    if subject is None or subject.last > i:
        return None
    stops = cues()["complementizer"] | cues()["relative"] | cues()["pronoun"]
    quoted = _quoted(tokens, subject.last, i)  # يكلف X الوكالة «بالتحقق من الالتزامات التي اتخذتها إيران»، ويطالب
    for j in range(subject.last, i):
        t = tokens[j]
        if j not in quoted and (t.text in _BREAKS or t.key in stops or t.key in _ARGUMENT_STOPS or j in verbs or _verb_like(t.key)):
            return None
    return subject


def _quoted(tokens, start: int, end: int) -> set[int]:
    """The positions inside a quotation that opens and closes between ``start`` and ``end``
    (the words a verb's complement quotes): a clause there does not end the verb's own."""
    inside: set[int] = set()
    opened = -1
    for j in range(start, end):
        text = tokens[j].text
        if opened < 0 and text in ("«", "“"):
            opened = j
        elif opened >= 0 and text in ("»", "”"):
            inside.update(range(opened + 1, j))
            opened = -1
    return inside


def _titled_quotes(sentence: Sentence) -> frozenset[int]:
    """The positions inside a quotation opened right after a word that says what the quoted words
    are (فيلم «...»، مقطعا بعنوان: «...»، شعار «...»: kg.tag.names_quoted_words): a title or a
    slogan, whose verbs tell no event and whose names take part in none."""
    from kg.tag import names_quoted_words

    tokens = sentence.tokens
    inside: set[int] = set()
    closed = 0  # where the last quotation read closed: a mark inside it opens none
    for j in compress(count(), map(_OPENING_MARKS.__contains__, sentence.texts)):  # found in C: most sentences have none
        k = j - 1 if tokens[j - 1].text != ":" else j - 2
        if j > closed and k >= 0 and names_quoted_words(tokens[k].key):
            close = next((m for m in range(j + 1, len(tokens)) if tokens[m].text == _OPENING_MARKS[tokens[j].text]), None)
            if close is not None:
                inside.update(range(j + 1, close))
                closed = close
    return frozenset(inside)


def _reaches(tokens, phrases: list[Phrase], owner: Phrase, i: int) -> bool:
    """Whether the subject ``owner``, named before ``i`` in this sentence, is still the subject
    at ``i``: no other person or organisation named between, and no break, quote, أن / إن or
    relative that opens another clause."""
    if owner not in phrases or owner.last > i:
        return False
    stops = cues()["complementizer"] | cues()["relative"] | cues()["pronoun"]
    if any(t.text in _BREAKS or t.key in stops for t in tokens[owner.last : i]):  # (تموز): a bracket is no break
        return False
    return not any(owner.last <= p.first < i and _phrase_kind(p) in ("person", "org") for p in phrases)


def _post_of_place(tokens, p: Phrase) -> bool:
    """أمير منطقة X، أمين عام غرفة X: a city or region in the genitive of the phrase's title (no
    preposition between) is what the post governs; after في or ب (مدير الشؤون الصحية بمنطقة X) it
    names where a body of its own serves, which may stand for that body."""
    end = max(t.last_token for t in p.titles if t.source != "force")
    words = tokens[end : p.head.first_token + 1]
    return not any(t.key in _PREPOSITIONS or t.key[:1] in ("ب", "ل") for t in words)


def _beside_agent(tokens, p: Phrase, agents: list[Phrase]) -> bool:
    """A phrase that goes on with the agent named after its verb, not the verb's object: joined to
    it by و (an object is never joined to its subject: استنكر X المفتي العام للقدس والديار الفلسطينية،
    قيام ...), or a title in apposition closed by a comma (حذر X، مستشار Y رئيس الوزراء، من أن)."""
    if p.prep:
        return False
    if any(a.last == p.first and _ends_with_title(tokens, a) for a in agents):
        return True  # X، مستشار Y: the name after the title that closes the agent's phrase is its genitive
    if not any(a.last == p.first - (0 if p.conj else 1) and not a.prep for a in agents):
        return False  # (بين X وY: the one joined to a party is the other party)
    if p.conj:
        return not p.titles  # (ووزير الدفاع لمصر: a post of the agent's joined by و, whose place may be the target)
    opens_with_title = bool(p.titles) and min(t.first_token for t in p.titles) == p.first
    return (p.comma and opens_with_title
            and any(t.text in _COMMAS for t in tokens[p.last : min(len(tokens), p.first + _APPOSITION)]))


def _of_an_apposition(tokens, target: Phrase, p: Phrase) -> bool:
    """شكره لشركة «X» الممثل الحصري لتويتر: a name with ل right after a few definite words (no
    preposition, verb or و) in apposition to a target is the genitive of that apposition, whose
    the target is, not a second target."""
    words = [t for t in tokens[target.last : p.first] if t.text not in _QUOTES and t.text not in _COMMAS]
    return (p.prep == "ل" and not p.conj and 0 < len(words) <= _TITLE_GAP
            and all(t.key.startswith("ال") and t.key not in _PREPOSITIONS and _trigger_of(t.key) is None for t in words))


def _closes_agent_apposition(tokens, p: Phrase, agents: list[Phrase]) -> bool:
    """أشاد X، المدير التنفيذي لـ«Y» بالسعودية، بجهود Z: a phrase right after the agent's title set
    off by a comma, just before the comma that closes that apposition, still belongs to the post
    (where it is held), not to the verb."""
    if p.last >= len(tokens) or tokens[p.last].text not in _COMMAS:
        return False
    for a in agents:
        opening = next((j for j in range(a.first, a.last) if tokens[j].text in _COMMAS), None)
        if opening is None or a.last > p.first or p.last - opening > _APPOSITION:
            continue
        titled = any(t.source != "force" and t.first_token > opening for t in a.titles)
        if titled and not any(t.text in _COMMAS or t.text in _BREAKS for t in tokens[a.last : p.first]):
            return True
    return False


def _ends_with_title(tokens, p: Phrase) -> bool:
    """X، مستشار: a named phrase that ends with a title set off by a comma after its name, open for
    a genitive (not الملك X الرئيس Y, زار X وزير الخارجية الأردن: the name after it is the object)."""
    if not isinstance(p.head, Mention):
        return False
    return any(t.source != "force" and t.last_token == p.last and t.first_token > p.head.last_token
               and tokens[t.first_token - 1].text in _COMMAS for t in p.titles)


def _heads_agent(tokens, p: Phrase, agents: list[Phrase]) -> bool:
    """حزب X برئاسة Y، حركة X، بقيادة Y: a name after a word of "headed by" (kg/data/actor_words.tsv,
    chaired) right after an agent (or its comma) is the agent's own head."""
    if p.first < 1 or not _is_chaired(tokens[p.first - 1].key):
        return False
    opening = p.first - 2 if p.first >= 2 and tokens[p.first - 2].text in _COMMAS else p.first - 1
    return any(a.last == opening for a in agents)


def _received_antecedent(tokens, phrases: list[Phrase], f: _Found, clause_agent: Phrase | None) -> tuple[Phrase, Phrase, int] | None:
    """وصل X إلى الرياض، واستقبله في المطار Y: a verb joined by و that carries its object as ـه,
    with a name after it (past a definite adjunct of place) as its subject: the object is the
    previous clause's subject, when it is the one person the sentence names before the verb
    (certain only then); (subject, object, where targets start), else None."""
    i = f.index
    key = tokens[i].key
    if not (f.reading.pronoun and _conjoined(key) and key.endswith("ه") and not key.endswith(("هم", "هما")) and "obj" in f.frame.targets):
        return None
    j = _past_definite_adjunct(tokens, i + 1)
    subject = next((p for p in phrases if p.first == j and p.head is not None and (not p.prep or p.via_noun and j > i + 1)), None)
    people = [p for p in phrases if p.last <= i and _phrase_kind(p) == "person"]
    if subject is None or clause_agent is None or people != [clause_agent] or not _can_act(subject.entity):
        return None
    return subject, clause_agent, subject.last


def _indefinite_description(tokens, p: Phrase) -> bool:
    """مقاتلين يمنيين: a phrase that names no one, an indefinite noun with a nationality word: a verb
    right after it is its adjectival clause (not إن تنظيم X اختطفهم, القوات السعودية: names or definite)."""
    first = tokens[p.first].key
    return p.head is None and not (first[1:] if first[:1] in ("و", "ف") else first).startswith("ال")


def _objects_of_a_verb(tokens, head: Phrase) -> bool:
    """تدعم حزب الله والحوثيين، وواشنطن تدين: a list opened right after a verb is that verb's
    objects, so a name after «، و» with a verb of its own opens a new clause."""
    return head.first > 0 and not head.prep and _verbal_trigger(tokens[head.first - 1].key)


def _list_head(phrases: list[Phrase], p: Phrase) -> Phrase:
    """The first name of the list that ``p`` (joined by و or a comma) ends: إن X، وY زارا -> X; in
    وفد برئاسة X، وعضوية Y، وZ، قام the list opens after عضوية, no clause (its verb is the
    delegation's)."""
    k = phrases.index(p)
    while k > 0 and (phrases[k].conj or phrases[k].comma) and not phrases[k].prep and phrases[k].first - phrases[k - 1].last <= 1:
        k -= 1
    return phrases[k]


def _opens_clause(tokens, phrase: Phrase) -> bool:
    """A subject before its verb opens its clause: sentence start, a break, a comma, و, or أن / إن."""
    if phrase.first == 0:
        return True
    before = tokens[phrase.first - 1]
    return (before.text in _CLAUSE_BREAKS or before.text in _COMMAS or before.key in cues()["particle"]
            or before.key in cues()["complementizer"])


def _imperfect(key: str) -> bool:
    """يزور، تستهدف: a verb in the imperfect, never a verbal noun."""
    return key.startswith("ي") or any(stem in feminine_forms() for stem, _, _, nominal in _stems(key) if not nominal)


def _present_tense(key: str) -> bool:
    """يعود، تعود، نلتقي: a trigger verb in the imperfect (not the feminine past قصفت، وقعت, nor a
    past of form V that opens with ت, تعاون)."""
    table = triggers()
    for stem, _, _, nominal in _stems(key):
        if not nominal and stem in table and (stem[0] == "ي" or stem[0] in ("ت", "ن") and "ي" + stem[1:] in table):
            return True
    return False


def _plain_trigger(key: str) -> bool:
    """A form written with a root و (وصل، وقع) is no conjunction + verb."""
    return key in triggers() or key in support_verbs()


def _noun_after(tokens, i: int, phrases: list[Phrase]) -> bool:
    """"وأكد الوزير": a definite noun or title right after the verb is its (unnamed) subject."""
    if any(p.first == i + 1 for p in phrases):
        return True
    return (i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال") and tokens[i + 1].key not in _ARGUMENT_STOPS
            and tokens[i + 1].key not in _PREPOSITIONS)  # إلى folds to الي


def _opens_sentence(tokens, i: int) -> bool:
    """The verb is the sentence's first word, or follows only words that continue the story
    (من جانبه، كذلك، ثم)."""
    if i == 0:
        return True
    return i <= 3 and all(t.text in _COMMAS or t.key in cues()["opener"] for t in tokens[:i])


def _sequel_end(tokens, phrases: list[Phrase], i: int, stop: int) -> int:
    """ثم / حيث with no name right after it opens the next act of the clause (أجرى اتصالا مع
    الرئيس الإيراني ثم تبادل الخطابات مع X: X is no party to the call); before a name it joins
    the trigger's own complements (زار الأردن ثم مصر)."""
    starts = {p.first for p in phrases}
    for j in range(i + 1, stop):
        if tokens[j].key in cues()["sequel"] and j + 1 not in starts:
            return j
    return stop


def _clause_end(tokens, i: int, start: int, verbs: list[int]) -> int:
    """Where the trigger's clause ends: a break, the next trigger verb, a topic or clause word,
    or a window's length after its agent."""
    topic = cues()["topic"]
    end = min(len(tokens), start + _WINDOW)
    for j in range(i + 1, end):
        t = tokens[j]
        by = t.key == _BEFORE and tokens[j - 1].key == _FROM  # من قبل names a doer, it is no "before"
        if t.text in _BREAKS or t.key in topic or (t.key in _ARGUMENT_STOPS and not by) or j in verbs or _verb_like(t.key):
            return j
    return end


def _complement(tokens, i: int, needs: frozenset[str], reach: int = _WINDOW) -> int:
    """The complement noun a light verb needs (وقع اتفاقية) within its clause, or the word a
    noun needs right after it (عملية عسكرية، فرض عقوبات: ``reach`` 2); -1 if none."""
    for j in range(i + 1, min(len(tokens), i + reach)):
        t = tokens[j]
        if t.text in _BREAKS:
            return -1
        if any(stem in needs for stem, _, _, _ in _stems(t.key)):
            return j
    return -1


def _support_before(tokens, i: int, triggers_seen: list[int], phrases: list[Phrase]) -> tuple[int, str] | None:
    """The support verb that carries the noun at ``i`` (أعرب ... عن إدانته), within its clause;
    the words of an actor phrase between them do not count towards the distance."""
    table = support_verbs()
    inside = {k for p in phrases for k in range(p.first, p.last)}
    words = 0
    for j in range(i - 1, -1, -1):
        t = tokens[j]
        words += j not in inside
        if words > _SUPPORT_WINDOW:
            return None
        if (t.text in _BREAKS or t.key in _ARGUMENT_STOPS or j in triggers_seen and not _backing_noun(tokens, j)
                or t.key in cues()["during"] or _opens_own_clause(tokens, j)):
            # عقب مفاوضات، خلال زيارة: the noun's doer is its clause's subject, not a support verb's before (nor past
            # أنه); بدعم من X is the manner of the support verb's act (شنت القوات بدعم من X هجوما)
            return None
        definite = t.key.startswith(("ال", "وال", "بال", "لل", "فال"))
        for stem, _, pronoun, nominal in _stems(t.key):
            if stem in table and not (nominal and definite):
                if (pronoun and any(p.first == j + 1 and not p.prep and p.head is not None for p in phrases)
                        and any(tokens[k].text in _COMMAS for k in range(j + 1, i))):
                    # في تصريح نقلته وكالة الأنباء، تضامن: its object is the pronoun, its subject the name after it, and
                    # its clause ends at the comma (not الحفائر التي تجريها بعثة X بالتعاون مع Y: X cooperates)
                    continue
                if _other_complement(tokens, j, i, inside):
                    return None  # أعرب X عن ارتياحه لتطورات العمليات ضد Y: the relief is his, the operations another's
                return j, table[stem]  # أجرى، لإجراء، قيام ... : the verb or its verbal noun
    return None


def _other_complement(tokens, j: int, i: int, inside: set[int]) -> bool:
    """أعرب X عن ارتياحه، عبر عن قلقه: the support verb at ``j`` already carries its noun after عن, one
    with the subject's pronoun that tells no event (a feeling); a noun at ``i`` further on is what the
    feeling is about, whose doer the verb's subject is not."""
    k = j + 1
    while k < i and k in inside:
        k += 1
    if k + 1 >= i or tokens[k].key != _ABOUT:
        return False
    return any(pronoun for _, _, pronoun, _ in _stems(tokens[k + 1].key)) and _trigger_of(tokens[k + 1].key) is None


def _opens_own_clause(tokens, j: int) -> bool:
    """أكد X أنه لم تكن هناك زيارة لوفد من Y: أنه opens a clause with a subject of its own; not so
    before an impersonal passive (أكد X أنه تم الاتفاق مع Y: the speaker's side agreed)."""
    if tokens[j].key not in cues()["pronoun"]:
        return False
    return j + 1 >= len(tokens) or _bare(tokens[j + 1].key) not in cues()["passive"]


def _organiser(tokens, phrases: list[Phrase], j: int) -> Phrase | None:
    """Who organised or hosted the unnamed event a few words after ``j`` (في المؤتمر الذي نظمته
    Y، الحفل الذي أقامته Y): the name right after the verb that holds the event as its pronoun;
    None past a name, a verb or a clause break."""
    for k in range(j, min(len(tokens) - 2, j + _LIST_GAP)):
        t = tokens[k]
        if t.key in cues()["relative"] and k > j:
            if tokens[k + 1].key not in cues()["organise"]:
                return None
            return next((p for p in phrases if p.first == k + 2 and not p.prep and p.head is not None and _can_act(p.head)), None)
        if t.text in _BREAKS or any(p.first <= k < p.last for p in phrases) or _verb_like(t.key):
            return None
    return None


def _ceremony_source(tokens, phrases: list[Phrase], j: int, stop: int) -> Phrase | None:
    """The institution a ceremony's class comes from (حضر X حفل تخريج الدفعة العاشرة من كلية Y،
    شهد مراسم الاحتفال بتخريج الدفعة 151 من معهد Y): a ceremony noun opens the complements, and
    a few words on, with no verb, name or clause break between, من and an organisation (past
    one noun: من طلاب جامعة Y) close its chain."""
    k = j
    while k < stop and tokens[k].key in cues()["adverb"]:
        k += 1
    if k >= stop or tokens[k].key not in cues()["ceremony"]:
        return None
    for m in range(k + 1, min(stop, k + _LIST_GAP + 1)):
        t = tokens[m]
        if t.key == _FROM:
            source = next((p for p in phrases if p.prep == _FROM and p.first - m in (1, 2) and p.head is not None), None)
            return source if source is not None and _phrase_kind(source) == "org" else None
        if (t.text in _BREAKS or t.text in _COMMAS or t.key in _PREPOSITIONS or any(p.first <= m < p.last for p in phrases)
                or _verb_like(t.key)):
            return None
    return None


def _spelled_out(tokens, phrases: list[Phrase], j: int) -> Phrase | None:
    """The first name of the list a plural noun at ``j`` is spelled out as (الأعضاء المؤسسين، وهم:
    X، وY): a pronoun (وهم، وهي) a few words on, with no name, verb or clause break before it, and
    a name right after it (a colon or comma between them). None otherwise."""
    for k in range(j, min(len(tokens), j + _LIST_GAP)):
        t = tokens[k]
        if t.key in cues()["spelled"] and k > j:
            m = k + 1
            while m < len(tokens) and tokens[m].text in _COMMAS | {":"}:
                m += 1
            # a name, or a title and its holder (وهم الوزير X), not a noun a name hangs on (وهي عاصمة X)
            return next((p for p in phrases if p.first == m and not p.prep and isinstance(p.head, Mention)
                         and (p.head.first_token == m or p.titles)), None)
        if (t.text in _BREAKS and t.text not in _COMMAS) or any(p.first <= k < p.last for p in phrases) or _verb_like(t.key):
            return None
    return None


def _slot_before(tokens, start: int, frame: Frame) -> bool:
    """The word at ``start`` (past adverbs) opens one of the frame's target slots: an object with
    no preposition, or a preposition (clitic ل ب included) the frame takes."""
    j = start
    while j < len(tokens) and tokens[j].key in cues()["adverb"]:
        j += 1
    if j >= len(tokens):
        return False
    key = _bare(tokens[j].key)
    if key in _PREPOSITIONS:
        return "p:" + key in frame.targets
    clitic = next((c for c in ("لل", "بال", "ل", "ب") if key.startswith(c) and len(key) - len(c) >= 3), None)
    return ("p:" + clitic[0] in frame.targets) if clitic is not None else "obj" in frame.targets


def _described_name(tokens, phrases: list[Phrase], i: int) -> Phrase | None:
    """The name an adjective with the article at ``i`` describes: the phrase right before it, a
    name that can act (روسيا الداعمة لـ، موقف إيران المساندة لـ); None for a noun (الدول الداعمة)."""
    if not tokens[i].key.startswith("ال"):
        return None
    return next((p for p in phrases if p.last == i and p.head is not None and _can_act(p.head)), None)


def _frame_for(reading: Reading, tokens, i: int) -> Frame | None:
    """The verb or noun frame a reading opens, from its prefixes and the word before it."""
    verb, noun = reading.trigger.frame("verb"), reading.trigger.frame("noun")
    if verb is None and noun is None:
        return None if reading.nominal else reading.trigger.frame("predicate")  # غير مقبول، مرفوضة
    after_preposition = i > 0 and tokens[i - 1].key in _PREPOSITIONS
    if i > 0 and _bare(tokens[i - 1].key) in cues()["passive"]:
        return noun  # سيتم فرض العقوبات: after the passive's auxiliary, a verbal noun
    if reading.nominal or after_preposition or (i > 0 and tokens[i - 1].key in cues()["negation"] and tokens[i - 1].key == match_key("عدم")):
        return noun
    return verb or noun


def _breaks(tokens, start: int, end: int) -> bool:
    return any(t.text in _BREAKS for t in tokens[start:end])


def _object_follows(tokens, k: int) -> bool:
    """A definite noun at token ``k`` (past a comma): the verb's object, after what came between."""
    while k < len(tokens) and tokens[k].text in _COMMAS:
        k += 1
    return k < len(tokens) and tokens[k].key.startswith("ال")


def _can_act(entity) -> bool:
    """A person, an organisation or a country: a city or region names where, not who."""
    if entity.label in (PERSON, ORG):
        return True
    place = _place(entity) if isinstance(entity, Mention) else None
    return entity.label == GPE and place is not None and place.kind == "country"


def _acts_as(entity, agent_types: frozenset[str]) -> bool:
    """Whether ``entity`` may be the agent of a frame whose agents are ``agent_types``; country
    (kg/data/event_frames.tsv) admits a place only when it is a country (عدن تستقبل الرئيس: no host)."""
    return _kind(entity) in agent_types or ("country" in agent_types and _kind(entity) == "place" and _can_act(entity))


def _phrase_kind(p: Phrase) -> str:
    """The kind of entity a phrase names; a title with no name names a person (لفخامة الرئيس)."""
    if p.head is None and any(t.source != "force" for t in p.titles):
        return "person"
    return _kind(p.entity)


def _kind(entity) -> str:
    if entity is None:
        return ""
    return {PERSON: "person", ORG: "org", GPE: "place", LOC: "place", MISC: "misc"}.get(entity.label, "")


def _news_outlet(phrase: Phrase) -> bool:
    """A newspaper, channel or agency: a lexicon's or one named with its media noun (صحيفة «X»)."""
    return isinstance(phrase.head, Mention) and phrase.head.label == ORG and (_is_media(phrase.head) or _media_titled(phrase))


def _media_titled(phrase: Phrase) -> bool:
    """قناة «سي بي إس»، صحيفة «X»: a name the phrase calls a channel or a newspaper
    (kg/data/actor_words.tsv, kind media), though the name alone says nothing of it; الإعلامي X،
    الصحفي X: a person the phrase calls a journalist (kg/data/titles.tsv, kind media)."""
    for title in phrase.titles:
        word = match_key(title.text.split(" ")[0])
        if actor_words().get(word[2:] if word.startswith("ال") else word) == "media" or _office_kinds().get(title.label_en) == "media":
            return True
    return False


def _is_actor(entity) -> bool:
    return entity.label in (PERSON, ORG, GPE)


def _unique(entities: list, exclude: set[int]) -> list:
    out, seen = [], set(exclude)
    for e in entities:
        if e is not None and e.cluster not in seen and _kind(e):
            seen.add(e.cluster)
            out.append(e)
    return out


def _round_of(tokens, i: int, inside: set[int]) -> bool:
    """جولة جديدة من المحادثات، رحلة من المعاناة: a trip's noun followed by من, right away or past
    one word, with no name after من, is a round or a stretch of something (not جولة من الرياض إلى)."""
    for j in (i + 1, i + 2):
        if j + 1 < len(tokens) and tokens[j].key == "من":
            return j + 1 not in inside
    return False


_CHANGE_REACH = 8  # words after a verb within which a noun of change is its object (شهد صافي أرباح البنك X ارتفاعا)


def _undergoes(tokens, i: int) -> bool:
    """The verb at ``i`` has an indefinite accusative noun of change as its object in its clause
    (kg/data/event_cues.tsv, change: شهدت الأسعار تراجعا): it means "saw, underwent", no act."""
    change = cues()["change"]
    for t in tokens[i + 1 : i + 1 + _CHANGE_REACH]:
        if t.text in _BREAKS or t.text in _COMMAS:
            return False
        if _bare(t.key) in change:
            return True
    return False


def _agreed_view(tokens, i: int) -> bool:
    """The verb of agreeing at ``i`` has a noun of importance or necessity after its على (kg/data/event_cues.tsv,
    need: اتفق X مع Y على أهمية / ضرورة ...): they share a view, no accord is made."""
    need = cues()["need"]
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _WINDOW)):
        if tokens[k].text in _BREAKS or tokens[k].text in _COMMAS:
            return False
        if tokens[k].key == _ON and _bare(tokens[k + 1].key) in need:
            return True  # any على of the clause: a name's علي folds to it (محمد علي الألمعي مع Y على أهمية)
    return False


def _named_again(tokens, phrases: list[Phrase], owner: Phrase, i: int) -> bool:
    """زار X بيروت فطالب المحامي Y بالقبض على X: a subject carried on to the verb at ``i`` is named
    again in that verb's clause, where it would stand as a pronoun were it the verb's own subject:
    the clause has a subject of its own."""
    if owner.entity is None:
        return False
    for p in phrases:
        if p.first <= i or p.entity is None:
            continue
        if any(t.text in _BREAKS for t in tokens[i:p.first]):
            return False
        if p.entity.cluster == owner.entity.cluster:
            return True
    return False


def _owes(tokens, phrases: list[Phrase], i: int) -> bool:
    """A verb that also reads "owe" (kg/data/event_cues.tsv, owe: يَدين بـ X لـ Y) with ب on a definite
    word that names no actor (the article or a determiner: بالفضل، بهذا الفوز), then a word with ل, in
    its clause: what is owed to someone, no condemnation (يدين النادي بهذا الفوز للاعبه X). A ب of
    manner (تدين بشدة لـ X), on an actor, or no ل after: condemnation."""
    c = cues()
    if _bare(tokens[i].key) not in c["owe"]:
        return False
    actors = {k for p in phrases for k in range(p.first, p.last)}
    owed = False
    for k in range(i + 1, min(len(tokens), i + 1 + _WINDOW)):
        if tokens[k].text in _BREAKS or tokens[k].text in _COMMAS:
            return False
        key = tokens[k].key
        if not owed and k not in actors and (key.startswith("بال") or key[:1] == "ب" and key[1:] in c["determiner"]):
            owed = True
        elif owed and key[:1] == "ل" and key not in c["negation"]:
            return True
    return False


def _aims(tokens, phrases: list[Phrase], i: int, inside: set[int]) -> bool:
    """A verb of aiming (kg/data/event_cues.tsv, aim: يستهدف) whose object, past its subject, is an
    indefinite verbal noun that governs no name (يستهدف الصندوق تمويل 100 مشروع، تستهدف الخطة
    استقطاب 500 طالب): it means "aims to", no attack. Not a noun that is itself a trigger (استهدف
    تفجير انتحاري مسجدا: the blast is the subject) nor one whose genitive is a name (تنظيم داعش)."""
    if _bare(tokens[i].key) not in cues()["aim"] and not any(s in cues()["aim"] for s, _, _, n in _stems(tokens[i].key) if not n):
        return False
    j = i + 1
    subject = next((p for p in phrases if p.first == j and not p.prep), None)
    if subject is not None:
        j = subject.last
    elif j < len(tokens) and tokens[j].key.startswith("ال") and j not in inside:
        j += 1  # يستهدف الصندوق تمويل: an unnamed definite subject
    if j + 1 >= len(tokens) or j in inside or j + 1 in inside:
        return False
    key = tokens[j].key
    return _verbal_noun(key) and _noun_trigger(key) is None


@memo(50_000)
def _verbal_noun(key: str) -> bool:
    """An indefinite word cast in a pattern of a derived verbal noun (kg/data/event_cues.tsv,
    verbal_noun: تفعيل، افتعال، استفعال ...; ف ع ل stand for the root's letters): تمويل، استقطاب."""
    return any(len(key) == len(t) and all(c == k or c in "فعل" for c, k in zip(t, key)) for t in cues()["verbal_noun"])


def _this_country(tokens, i: int, stop: int) -> bool:
    """هذا البلد، هذه الدولة in the trigger's clause: the country the article is datelined in."""
    demonstratives = (match_key("هذا"), match_key("هذه"))
    return any(tokens[j].key in demonstratives and tokens[j + 1].key in cues()["this_country"]
               for j in range(i + 1, min(stop, len(tokens) - 1)))


def _points_there(tokens, i: int) -> bool:
    """The trigger's destination is هناك ("there"): هناك or إلى هناك right after it."""
    following = [t.key for t in tokens[i + 1 : i + 3]]
    return following[:1] == [_THERE] or following == [_TO, _THERE]


def _included_places(tokens, phrases: list[Phrase], i: int) -> list[Phrase]:
    """جولة أوروبية تشمل بريطانيا وبلجيكا، جولة في المنطقة شملت الكويت: the places a trip is said
    to include, right after the include verb within a few words of the trip's noun."""
    for j in range(i + 1, min(len(tokens), i + 5)):
        if tokens[j].text in _BREAKS or any(p.first <= j < p.last and p.entity is not None for p in phrases):
            return []  # a name before the verb: what it includes is that name's
        if tokens[j].key in cues()["include"]:
            out: list[Phrase] = []
            for p in phrases:
                if p.first < j + 1:
                    continue
                if p.prep or _kind(p.entity) != "place" or (out and not (p.conj or p.comma)) or p.first > (out[-1].last if out else j + 1) + 1:
                    break
                out.append(p)
            return out
    return []


def _of_nested_act(tokens, f: _Found, p: Phrase) -> bool:
    """A phrase after a preposition word (على اليمن) right after another act's noun deeper in the clause
    (لوقف الحوثيين للاستيلاء على اليمن): it is that act's, which has a doer of its own, not the trigger's."""
    k = p.first - 2
    return (bool(p.prep) and k > f.index and k != f.support and tokens[k + 1].key == p.prep
            and _trigger_of(tokens[k].key) is not None)


def _without_origin(frame: Frame, targets: list[Phrase]) -> list[Phrase]:
    """غادر X الخرطوم إلى نواكشوط: a verb that takes both an object and إلى (kg/data/event_frames.tsv,
    leave) names, with a destination after إلى, where the trip set out from as its object: no target."""
    if frame.pos != "verb" or not {"obj", "p:" + _TO} <= set(frame.targets) or not any(t.prep == _TO for t in targets):
        return targets
    return [t for t in targets if t.prep]


def _preceding_places(phrases: list[Phrase], i: int) -> list[Phrase]:
    """"اختار كازاخستان وأوزبكستان لزيارتهما": the places a pronoun on the trigger points back to."""
    out: list[Phrase] = []
    position = i
    for p in reversed([p for p in phrases if p.last <= i]):
        if position - p.last > 1 or _kind(p.entity) != "place" or p.entity is p.country:
            break
        out.insert(0, p)
        position = p.first
    return out


def _modality(tokens, f: _Found) -> str:
    """negated: a negation in the verb phrase (لم يزر، عدم زيارة، نفى ... أن يكون زار); planned:
    the future prefix, سوف, a future word in the clause, or a condition that holds its clause
    (only possible: _conditional)."""
    c = cues()
    head = f.support if f.support >= 0 else f.index
    start = head
    while start > 0 and head - start < 4 and tokens[start - 1].text not in _CLAUSE_BREAKS and tokens[start - 1].text not in _COMMAS:
        start -= 1
    keys = [_bare(t.key) for t in tokens[start : f.index + 1]]
    # مما لا شك فيه أن، دون شك: a negated doubt affirms what follows; لم يستبعد أن: a ruling out denied leaves it possible
    negations = [n for n, key in enumerate(keys)
                 if key in c["negation"] and (n + 1 == len(keys) or not (keys[n + 1] in c["doubt"] or keys[n + 1] in c["rule_out"]))]
    if negations and not set(keys[negations[0] + 1 : -1]) & c["cease"] and not _negated_copula(keys, negations[0], f):
        return "negated"  # not لم تنقطع الاتصالات، لا ينوي تعليق دعمه: a ceasing denied goes on
    if not negations and f.frame.pos == "noun" and len(keys) > 1 and keys[-2] in c["cease"]:
        return "negated"  # قررت X تعليق دعمها: the act stops
    if _lifted(tokens, f):
        return "negated"  # رفع الحظر عن X: the ban ends
    if _offered(tokens, f.index, c["offer"] if f.frame.conflict else _cue_union("offer", "attempt")):
        return "planned"  # عارضا خدماته لمساعدة X، أبدى استعداده لدعم X، محاولات لعقد محادثات: offered or sought, not yet done
    if f.frame.pos == "noun" and f.support < 0 and _future_predicate(tokens, f.index):
        return "planned"  # لقاء X و Y سيكون ...، المحادثات بين X و Y ستكون: what the meeting will be
    if set(keys[:-1]) & c["postpone"]:
        return "planned"  # أرجأ زيارته: put off, not made
    if set(keys[:-1]) & c["intend"]:
        return "planned"  # التي تنوي X تنفيذها بالشراكة مع Y: intended, not done
    sentence_start = next((j + 1 for j in range(head - 1, -1, -1) if tokens[j].text in ".؟?!؛;"), 0)
    denials = [j for j in range(sentence_start, head)
               if any(s in c["deny"] for s, _, _, n in _stems(tokens[j].key) if not n) and not _alternative(tokens, j)]
    if denials and _denied(tokens, denials[-1], head) or _denied_after(tokens, f.index) or _ruled_out(tokens, head):
        return "negated"
    if _conditional(tokens, sentence_start, head):
        return "planned"  # وإذا تم التوقيع فإنها ستكون أول اتفاقية، قال إنه إذا هاجمت X Y فإن ...: only possible
    support_future = f.support >= 0 and any(fut and s in support_verbs() for s, fut, _, _ in _stems(tokens[f.support].key))
    if f.reading.future or support_future:
        return "planned"
    if f.frame.pos == "verb" and _arranged(tokens, f.index):
        return "planned"
    if f.frame.pos == "verb" and f.index > 0 and _bare(tokens[f.index - 1].key) in c["possible"] and _present_tense(tokens[f.index].key):
        return "planned"  # قد يعود X إلى عدن: only possible (قد عاد: he has returned)
    if f.frame.pos == "verb" and _next_leg(tokens, f.index):
        return "planned"  # وينتقل بعدها إلى قطر: a later leg of the trip, still to come
    if f.frame.pos == "noun" and f.index > 0 and any(stem in c["necessity"] for stem, _, _, _ in _stems(tokens[f.index - 1].key)):
        return "planned"  # طالب X بضرورة وقوف Y مع Z: called for, not done
    if f.frame.pos == "noun" and _purpose_of_a_future_verb(tokens, head):
        return "planned"  # وسيستقبل X نظيره Y لإجراء محادثات، المفاعلات التي ستقيمها X بالتعاون مع Y: what will be done
    end = min(len(tokens), f.index + 8)
    if any(_future_word(tokens[k].key, k < head) and not _plans_another(tokens, f.index, k) and not _describes_before(tokens, f, k)
           and not _object_of_a_verb_after(tokens, f.index, k)
           for k in range(start, end)):
        return "planned"
    return "reported"


def _lifted(tokens, f: _Found) -> bool:
    """رفع الحظر عن X، سترفع العقوبات: a sanction noun right after a word of lifting
    (kg/data/event_cues.tsv, lift) names a ban that ends, not one imposed."""
    i = f.index
    return (f.frame.event_type == "SANCTION" and f.frame.pos == "noun" and i > 0
            and any(stem in cues()["lift"] for stem, _, _, _ in _stems(tokens[i - 1].key)))


def _trip_key(kind: str, agents: list) -> tuple[str, tuple[str, ...]]:
    """A trip's kind and its travellers' clusters: what mentions of one trip share."""
    return kind, tuple(sorted(str(a.cluster) for a in agents))


def _plural_pronoun(tokens, f: _Found) -> bool:
    """شكرهم، هجومهم: a trigger noun carrying a plural pronoun, whose doer is a group, never one person."""
    return f.frame.pos == "noun" and f.reading.pronoun and tokens[f.index].key.endswith(_PLURAL_PRONOUNS)


def _future_word(key: str, before_head: bool) -> bool:
    """سوف، المقرر، المرتقبة: a future word (kg/data/event_cues.tsv, future). Glued to و / ف it opens a
    clause of its own: it makes planned the verb it stands before (وسوف يجري X محادثات), never a
    trigger told before it (زار X القاهرة وسوف يزور Y)."""
    return (_bare(key) if before_head else key) in cues()["future"]


def _ruled_out(tokens, head: int) -> bool:
    """استبعد لقاء X و Y، من المستبعد أن يلتقي X Y: a word of ruling out (kg/data/event_cues.tsv,
    rule_out) whose object is the trigger, the verbal noun right after it or the verb right after
    its أن, says the event will not be. Not when negated (لم يستبعد أن يلتقي: possible), nor a noun
    that is the subject of another verb of the clause (مستبعدا أن تخلق زيارته أزمة)."""
    k = head - 1
    if k > 0 and tokens[k].key in cues()["complementizer"]:
        k -= 1
    if k < 0 or _bare(tokens[k].key) not in cues()["rule_out"]:
        return False
    return k == 0 or _bare(tokens[k - 1].key) not in cues()["negation"]


def _programme_of_a_trip(tokens, f: _Found) -> bool:
    """وصل X إلى طهران في زيارة يلتقي خلالها Y: an imperfect trigger verb, with a within word carrying
    a pronoun right after it (خلالها، أثناءها), that describes an indefinite trip noun before it in
    its clause: what the trip is to hold, still to come (في زيارة التقى خلالها: told)."""
    i = f.index
    if f.frame.pos != "verb" or i + 1 >= len(tokens) or not _present_tense(tokens[i].key):
        return False
    if not any(pronoun and stem in cues()["within"] for stem, _, pronoun, _ in _stems(tokens[i + 1].key)):
        return False
    for k in range(i - 1, max(-1, i - _WINDOW), -1):
        if tokens[k].text in _BREAKS or tokens[k].text in _COMMAS:
            return False
        reading = _trigger_of(tokens[k].key)
        noun = reading.trigger.frame("noun") if reading is not None else None
        if noun is not None and noun.event_type in _PLACE_EVENTS:
            return not _definite(tokens[k].key) and not reading.pronoun
    return False


def _alternative(tokens, j: int) -> bool:
    """رفضت X تأكيد أو نفي أن ...، لم يؤكد أو ينفي: a denial offered as one of two choices (أو / أم on
    either side of it) is left open, nothing is denied."""
    return any(0 <= k < len(tokens) and tokens[k].key in _ALTERNATIVES for k in (j - 1, j + 1))


def _at_request(tokens, i: int) -> bool:
    """على طلب من X، بناء على طلب من X: a request noun after على with من right after it names, with
    من, the one who asked; what the clause tells is done at that request."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].key == _ON and tokens[i + 1].key == _FROM


_OWN_PRONOUNS = frozenset(match_key("ل" + s) for s in ("ه", "ها", "هما", "هم"))  # له، لها: his, hers


def _held_for_another(tokens, f: _Found) -> bool:
    """قامت X بترتيب أول لقاء له مع Y: an event noun governed, after a support verb, by a verbal noun
    of its own (ترتيب، تنظيم) and owned by a pronoun after it (له) is that one's, not the support
    verb's subject's, who only arranged it; a frame that reads ل as a target (دعم له) is not so owned."""
    i = f.index
    if f.support < 0 or "p:ل" in f.frame.targets or i + 1 >= len(tokens) or tokens[i + 1].key not in _OWN_PRONOUNS:
        return False
    return any(_verbal_noun(_bare_word(tokens[k].key[1:] if tokens[k].key[:1] == "ب" else tokens[k].key))
               and _trigger_of(tokens[k].key) is None for k in range(f.support + 1, i))


def _negated_governor(tokens, f: _Found) -> bool:
    """لم يعد يثق في مفاوضات X مع Y: a negation before a verb of its own (no trigger, support or
    cue) whose preposition governs the noun denies that verb, the trusting; it neither tells nor
    denies the noun's event: no event. (لا يزال يشارك في: a ceasing denied goes on; left to _modality.)"""
    i = f.index
    if f.frame.pos != "noun" or f.support >= 0 or i < 3 or tokens[i - 1].key not in _PREPOSITIONS:
        return False
    cue_words = _cue_union(*sorted(cues()))
    for n in range(i - 2, max(-1, i - 6), -1):
        if tokens[n].text in _CLAUSE_BREAKS or tokens[n].text in _COMMAS:
            return False
        if _bare(tokens[n].key) in cues()["negation"]:
            between = tokens[n + 1 : i - 1]
            return not any(_bare(t.key) in cues()["cease"] for t in between) and any(
                _imperfect(t.key) and _bare(t.key) not in cue_words and _trigger_of(t.key) is None and not _verb_like(t.key)
                for t in between)
    return False


def _conditional(tokens, sentence_start: int, head: int) -> bool:
    """وقال إنه إذا هاجمت X Y فإن Z سترد، إذا لم تلتزم X فقد تفرض Y عقوبات: a verb in a condition
    (a conditional particle opens its clause) or in its answer (after ف, also past a comma) tells
    only what may be; not past the comma of a question whether (_condition_before)."""
    k, comma = _condition_before(tokens, sentence_start, head)
    return k >= 0 and (not comma or not _whether(tokens, k))


def _condition_before(tokens, sentence_start: int, head: int) -> tuple[int, bool]:
    """The conditional particle whose clause or answer holds ``head`` (-1 when none), and whether a
    comma stands between them.
    A verb of saying or a complementizer not glued to ف (أن، إن; not فإن, which opens the answer)
    between the particle and the verb opens another clause, which the condition does not hold;
    after ما the particle asks whether (تساءل عما إذا كانت X دعمت Y), a question with no answer
    past its comma (بغض النظر عما إذا كان ...، فقد ...)."""
    c = cues()
    comma = False
    for k in range(head - 1, max(sentence_start, head - _WINDOW) - 1, -1):
        key = tokens[k].key
        if (key[1:] if key[:1] in ("و", "ف") else key) in c["condition"]:
            return k, comma
        if tokens[k].text in _BREAKS or key in c["complementizer"] and not key.startswith("ف") or _says(key):
            return -1, comma
        if tokens[k].text in _COMMAS:
            if not tokens[k + 1].key.startswith("ف"):
                return -1, comma  # إذا «بسطوا أياديهم» على خطوة تاريخية، إذ أجرى اتصالا: past the comma no answer, a clause of its own
            comma = True
    return -1, comma


def _whether(tokens, k: int) -> bool:
    """ما إذا، عما إذا: the conditional particle at ``k`` asks whether (kg/data/event_cues.tsv, whether)."""
    return k > 0 and (tokens[k - 1].key in cues()["whether"] or _bare(tokens[k - 1].key) in cues()["whether"])


def _not_told(tokens, f: _Found) -> bool:
    """An event the text does not tell: one guarded against, feared or prevented (a precaution word a
    few words before it in its clause, kg/data/event_cues.tsv precaution: تحسبا من اشتباكات بين X و Y،
    خشية أن تهاجم X Y، لمنع وقوع هجمات), or asked about (لم يتضح ما إذا كان X سيزور Y، تساءل عما إذا
    كانت X دعمت Y: not its answer past a comma)."""
    head = f.support if f.support >= 0 else f.index
    # a verb is guarded against only in the precaution word's أن-clause (خشية أن تهاجم X Y); one after
    # it otherwise opens a clause of its own (اتخذت إجراءات تحسبا للطوارئ ثم زار الوزير X)
    if f.frame.pos == "verb" or _verb_like(tokens[head].key):
        words = [head - 2] if head > 1 and tokens[head - 1].key == _THAT else []
    else:
        words = range(head - 1, head - 1 - _PRECAUTION_GAP, -1)
    for k in words:
        if k < 0 or tokens[k].text in _BREAKS or tokens[k].text in _COMMAS or _verb_like(tokens[k].key):
            break
        if any(stem in cues()["precaution"] for stem, _, _, _ in _stems(tokens[k].key)):
            return True
    sentence_start = next((j + 1 for j in range(head - 1, -1, -1) if tokens[j].text in ".؟?!؛;"), 0)
    k, comma = _condition_before(tokens, sentence_start, head)
    return k >= 0 and not comma and _whether(tokens, k)


def _approved(tokens, phrases: list[Phrase], i: int) -> bool:
    """وافق مجلس الوزراء على اتفاقية، قرر المجلس الموافقة على مذكرة تفاهم، أقر المجلس الاتفاقية: the
    agreement noun at ``i`` is what a word of approving or ratifying takes (kg/data/event_cues.tsv,
    approve), past على and the approver's name: the approver is no party to the agreement."""
    inside = {k for p in phrases if not p.prep for k in range(p.first, p.last)}
    k = i - 1
    if k >= 0 and tokens[k].key == _ON:
        k -= 1
    while k >= 0 and k in inside:
        k -= 1
    return k >= 0 and any(stem in cues()["approve"] for stem, _, _, _ in _stems(tokens[k].key))


def _next_leg(tokens, i: int) -> bool:
    """An imperfect trigger verb with a word of "then" right before or after it (kg/data/event_cues.tsv,
    next: ثم يتوجه، وينتقل بعدها): the next step of an itinerary, not yet done."""
    if not _present_tense(tokens[i].key):
        return False
    near = [tokens[k].key for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    return any(_bare(key) in cues()["next"] for key in near)


def _negated_copula(keys: list[str], n: int, f: _Found) -> bool:
    """لم يكن على أجندة الاجتماعات التي عقدها X: the negation denies a copula whose predicate is a
    prepositional phrase; a noun inside that phrase is not denied (not لم يكن هناك اجتماع)."""
    return (f.frame.pos == "noun" and f.support < 0 and n + 2 < len(keys) - 1 and keys[n + 1] in cues()["be"]
            and keys[n + 2] in _PREPOSITIONS)


def _before_a_plan(tokens, f: _Found) -> bool:
    """قبل أن يغادر after a planned act (من المقرر أن يعقد X اجتماعا ... قبل أن يغادر، سيزور X ... قبل أن
    يتوجه): what comes after a plan is planned too; after a told act (زار X ... قبل أن يغادر) it is told."""
    head = f.support if f.support >= 0 else f.index
    if head < 2 or tokens[head - 2].key != _BEFORE or tokens[head - 1].key not in cues()["complementizer"]:
        return False
    readings = map(_trigger_of, map(_KEY, tokens[: head - 2]))
    return any(t.key in cues()["future"] for t in tokens[: head - 2]) or any(r is not None and r.future for r in readings)


def _another_year(text: str, date_text: str, written: str) -> bool:
    """A day of a month with no year, in a sentence that names another year than the document's (معارك
    حرب أكتوبر 1973 ... يومي 24 و25 أكتوبر): the days are of that year's story, not of this year."""
    if not re.search(r"\d", date_text) or re.search(r"\d{4}", date_text) or not re.match(r"\d{4}", written or ""):
        return False
    return any(year != written[:4] for year in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", text))


def _purpose_of_a_future_verb(tokens, head: int) -> bool:
    """لإجراء محادثات، لبحث، للمشاركة، بالتعاون مع: a noun of purpose or manner (ل or ب on it) whose
    clause's verb, before it with no break between, is in the future (سيستقبل، سيتوجه; in a relative
    clause any verb, its object pronoun taking up the antecedent: التي ستقيمها X): still to come."""
    if not tokens[head].key.startswith(("ل", "ب")):
        return False
    for j in range(head - 1, max(-1, head - _WINDOW), -1):
        if tokens[j].text in _CLAUSE_BREAKS:
            return False
        if j > 0 and _bare_relative(tokens[j - 1].key) and _future_with_object(tokens[j].key):
            return True
        reading = _trigger_of(tokens[j].key)
        if reading is not None and not reading.nominal:
            return reading.future  # the nearest verb before it governs it
        if any(fut and s in support_verbs() for s, fut, _, n in _stems(tokens[j].key) if not n):
            return True
    return False


def _future_with_object(key: str) -> bool:
    """ستقيمها، سينظمه: an imperfect verb with the future سـ and an object pronoun on it."""
    return any(future and pronoun and not nominal and stem[:1] in ("ي", "ت", "ن") for stem, future, pronoun, nominal in _stems(key))


def _denied(tokens, d: int, head: int) -> bool:
    """Whether the denial at ``d`` reaches the trigger at ``head``: its object or its أن-clause
    holds it (نفى زيارته، نفى، في بيان، أن يكون زار), not a clause after a comma whose own words
    stand before its verb (تنفي دفع أي مبلغ له، اللاعب X زار الغابون: the visit is told)."""
    comma = next((j for j in range(head - 1, d, -1) if tokens[j].text in _COMMAS), -1)
    if comma < 0:
        return True
    between = [t for t in tokens[comma + 1 : head] if t.text not in _QUOTES]
    if any(t.key in cues()["complementizer"] for t in between):
        return True
    light = _cue_union("particle", "negation", "adverb", "future")
    return all(_bare(t.key) in light for t in between)


def _denied_after(tokens, i: int) -> bool:
    """ذكرت تقارير أن X أعلن دعمه لـ Y، وقال Z إنه لم يحدث رسميا: a later clause of the sentence
    says, with أنه / إنه for what was told, that it did not happen (kg/data/event_cues.tsv,
    untrue), with nothing but an adverb after (not إنه لم يحدث أي تقدم: no progress happened)."""
    c = cues()
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in ".؟?!؛;"), len(tokens))
    for k in range(i + 1, end - 2):
        if _bare(tokens[k].key) in c["pronoun"] and tokens[k + 1].key in c["negation"] and tokens[k + 2].key in c["untrue"]:
            return k + 3 >= end or tokens[k + 3].key in c["adverb"] or not tokens[k + 3].text.isalpha()
    return False


def _arranged(tokens, i: int) -> bool:
    """وصل X إلى الدوحة، على أن يلتقي لاحقا Y: an imperfect verb after على أن / شريطة أن is an
    arrangement still to be carried out (not قبل أن يغادر, which tells what was done)."""
    if i < 2 or tokens[i - 1].key != match_key("أن") or _bare(tokens[i - 2].key) not in cues()["arrange"]:
        return False
    return any(s[:1] in ("ي", "ت", "ن") for s, _, _, nominal in _stems(tokens[i].key) if not nominal and s in triggers())


def _describes_before(tokens, f: _Found, k: int) -> bool:
    """The future word at ``k`` is an adjective (المرتقب، المقبلة) of a noun before a verbal noun
    that a preposition of its own opens, after more words (للرد على تتويج الزمالك المرتقب باللقب
    وكذلك على تصريحات X ضد Y: the crowning is awaited, the statements were made); not one the
    noun is coordinated with straight after it (قبل الاجتماع المقبل وزيارة X), nor من المقرر أن."""
    i = f.index
    return (f.frame.pos == "noun" and f.support < 0 and k + 2 < i and tokens[k].key.startswith("ال")
            and tokens[i - 1].key in _PREPOSITIONS and tokens[k + 1].key not in cues()["complementizer"])


def _object_of_a_verb_after(tokens, i: int, k: int) -> bool:
    """The future noun at ``k`` is the object of an imperfect verb after the trigger at ``i``, only
    adverbs between (الاتفاق يتضمن أيضا إمكانية النظر مستقبلا): it is what the told event holds, not
    said of the event; a relative before the verb makes it the event's own (الاجتماع الذي من المقرر)."""
    adverbs = cues()["adverb"]
    if k <= i + 1 or tokens[k].key in adverbs:
        return False
    j = k - 1
    while j > i and tokens[j].key in adverbs:
        j -= 1
    return (j > i and _imperfect(tokens[j].key) and _trigger_of(tokens[j].key) is None
            and not any(_bare_relative(tokens[m].key) for m in range(i + 1, j)))


def _plans_another(tokens, i: int, k: int) -> bool:
    """The future word at ``k``, after the trigger at ``i``, opens a clause of its own with أن
    (وبحسب الاتفاق المبرم بين X و Y من المقرر أن تتسلم ...): it plans that clause's verb, not
    the trigger; not so through a relative (الاجتماع الذي من المقرر أن يعقد: the meeting is planned)."""
    if k <= i or k + 1 >= len(tokens) or tokens[k + 1].key not in cues()["complementizer"]:
        return False
    return not any(tokens[j].key in cues()["relative"] for j in range(i + 1, k))


def _dates_at(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The sentence's date expressions as token spans [first, last) with their text."""
    tokens = sentence.tokens
    spans = []
    for start, end, text in date_spans(sentence.text):
        start, end = start + sentence.start, end + sentence.start
        inside = [k for k, t in enumerate(tokens) if t.start < end and t.end > start]
        if inside:
            spans.append((inside[0], inside[-1] + 1, text))
    return spans


def _event_date(tokens, dates: list[tuple[int, int, str]], f: _Found, heads: set[int]) -> str:
    """The date of the event at ``f`` among the sentence's date expressions. A date belongs to the
    nearest trigger before it (زار X الأردن الشهر الماضي، ودعا Y الأسبوع الماضي: each verb its
    own); one with no trigger before it is fronted and dates every trigger after it (وفي يوم 23
    مارس هنأ X ...، واستقبل Y). None reaches across أن / إن, a relative or a sentence break (قال X
    أمس إنه يعتزم زيارة Y: أمس dates the saying). A habitual act (كثيرا ما يشن) has no date."""
    head = f.support if f.support >= 0 else f.index
    if _habitual(tokens, head):
        return ""
    heads = heads | {head}  # a bare noun owns no date but its own (المحادثات المرتقبة في 30 تموز، حيث يبحث X)
    # قال X أمس إن Y ارتكب جرائم: a stance read in the أن-clause is the saying's own act
    stops = _cue_union("relative") if f.frame.pos == "predicate" else _cue_union("complementizer", "relative", "pronoun")
    auxiliaries = cues()["passive"]  # اتفقت X مع Y، حيث سيتم توقيع العقد في أغسطس: the month is the signing's

    def open_between(a: int, b: int) -> bool:
        return not any(tokens[k].text in _BREAKS or tokens[k].key in stops or _bare(tokens[k].key) in auxiliaries for k in range(a, b))

    own, fronted = [], []
    for first, last, text in dates:
        if first <= f.index < last:
            continue
        before = [h for h in heads if h < first]
        owner = max(before) if before and open_between(max(before) + 1, first) else None
        if owner == head:
            own.append((first - head, text))
        elif owner is None and last <= head and open_between(last, head):
            fronted.append((head - last, text))
    return min(own or fronted, default=(0, ""))[1]

def _habitual(tokens, head: int) -> bool:
    """كثيرا ما يشن، غالبا ما تقع: a habitual adverb with ما right before the verb: an act that
    recurs, no one event with a date."""
    return any(tokens[k].key in cues()["habitual"] and tokens[k + 1].key == _WHAT for k in range(max(0, head - 3), head - 1))


def _past(iso: str, written: str) -> bool:
    """Whether a date (a day, a month, a year or a range's end) lies wholly before the day before
    the document's date: a feed's stamp may be a day after the writing (غدا الاثنين read on Tuesday)."""
    end = iso.split("/")[-1]
    if not written or len(end) < 4:
        return False
    try:
        eve = (dt.date.fromisoformat(written[:10]) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return False
    return end < eve[: len(end)]


def _within_the_trip(tokens, f: _Found, stop: int) -> bool:
    """An imperfect verb whose clause places it within the trip the story told (kg/data/event_cues.tsv,
    within: خلال الزيارة، أثناء زيارته): it shares that trip's modality."""
    if f.frame.pos != "verb" or not _present_tense(tokens[f.index].key):
        return False
    for k in range(f.index + 1, min(stop, len(tokens) - 1)):
        if tokens[k].key in cues()["within"]:
            reading = _trigger_of(tokens[k + 1].key)
            noun = reading.trigger.frame("noun") if reading is not None else None
            if noun is not None and noun.event_type in _PLACE_EVENTS and (_definite(tokens[k + 1].key) or reading.pronoun):
                return True
    return False


def _named_mission(tokens, phrases: list[Phrase], i: int) -> bool:
    """A purpose noun right after a body noun and the name it is the body of, or after a name
    such a noun opens (kg/data/event_cues.tsv, mission: بعثة الأمم المتحدة لمساعدة العراق، صندوق X
    لدعم Y، التحالف العربي لدعم الشرعية): the body's name, no act told."""
    owner = next((p for p in phrases if p.last == i and not p.prep and p.head is not None), None)
    if owner is None:
        return False
    before = owner.first > 0 and _bare(tokens[owner.first - 1].key) in cues()["mission"]
    opening = _bare(tokens[getattr(owner.head, "first_token", owner.first)].key)
    return before or opening.startswith("ال") and opening[2:] in cues()["mission"]


def _affirmed(tokens, f: _Found) -> bool:
    """A bare indefinite verbal noun after a support verb of affirming (kg/data/event_cues.tsv,
    affirm: أكد، جدد، مؤكدا): the affirmed act may be another's, named as its genitive."""
    return (f.support >= 0 and not f.reading.pronoun and not _definite(tokens[f.index].key)
            and _bare(tokens[f.support].key) in cues()["affirm"])


def _dated_in_clause(tokens, dates: list[tuple[int, int, str]], f: _Found, date_text: str, heads: set[int]) -> bool:
    """The event's date stands in its own clause, no verb between them (اتفقت X مع Y، حيث سيتم توقيع
    العقد في أغسطس المقبل: the month is the signing's, not the agreement's)."""
    head = f.support if f.support >= 0 else f.index
    first, last = next(((a, b) for a, b, text in dates if text == date_text), (head, head))
    between = range(head + 1, first) if first > head else range(last, head)
    light = _cue_union("sequel", "passive", "future")
    return not any(tokens[k].text in _BREAKS or k in heads or _verb_like(tokens[k].key) or _bare(tokens[k].key) in light
                   for k in between)


def _future(iso: str, written: str) -> bool:
    """Whether a date (a day, a month, a year or a range's start) lies wholly after the document's
    date: what is dated then has not happened yet."""
    start = iso.split("/")[0]
    if not written or len(start) < 4:
        return False
    return start > written[: len(start)]


def _offered(tokens, i: int, words: frozenset[str]) -> bool:
    """An offer, a readiness or a wish in the clause before the event at ``i`` (``words``: عرض، عارضا،
    مستعد، استعداده، رغبته في; or an attempt: محاولات): the event is put forward, not done."""
    for k in range(i - 1, max(-1, i - _SUPPORT_WINDOW), -1):
        key = tokens[k].key
        if tokens[k].text in _BREAKS or tokens[k].text in _COMMAS or key in _ARGUMENT_STOPS or _verbal_trigger(key):
            return False  # أعرب X عن رغبته في زيارة Y، بينما اتصل Z: the wish is not Z's
        if _bare(key) in words:
            return True
    return False


def _future_predicate(tokens, i: int) -> bool:
    """The noun at ``i`` is the subject of a future copula (لقاء X و Y سيكون استكمالا): the first
    verb after its phrase, before any break, relative, أن / إن or other verb, is سيكون / ستكون; or
    a relative clause on it says what it will hold (اجتماع X مع Y الذي سيشارك فيه Z)."""
    stops = _cue_union("complementizer", "relative", "pronoun")
    for k in range(i + 1, min(len(tokens), i + _WINDOW)):
        t = tokens[k]
        if t.key in cues()["relative"] and k + 1 < len(tokens) and _future_verb(tokens[k + 1].key):
            return True
        if t.text in _BREAKS or t.key in stops or _verb_like(t.key) or _verbal_trigger(t.key):
            return False
        if _bare(t.key) in cues()["copula"]:
            # ستكون له تداعيات: "it will have", said of an event done as much as of one to come
            return k + 1 >= len(tokens) or tokens[k + 1].key not in _PREPOSITION_PRONOUNS
    return False


def _future_verb(key: str) -> bool:
    """سيشارك، ستعقد، سيكون: a trigger, support verb or copula with the future سـ on it."""
    table = triggers()
    return _bare(key) in cues()["copula"] or any(
        future and not nominal and (stem in table or stem in support_verbs()) for stem, future, _, nominal in _stems(key))


def _discussion_verb(key: str) -> bool:
    """بحث، ناقش: a verb of talks, whose object is what was talked about."""
    reading = _trigger_of(key)
    frame = reading.trigger.frame("verb") if reading is not None and not reading.nominal else None
    return frame is not None and frame.event_type == "TALKS"


def _verbal_trigger(key: str) -> bool:
    """A word that reads as a trigger verb (زار، والتقى), not a verbal noun."""
    reading = _trigger_of(key)
    return reading is not None and not reading.nominal


def _motion_before(tokens, i: int) -> int:
    """The verb of going (ذهب، توجه، سافر) earlier in the clause of the noun at ``i``, or -1: a
    visit or a meeting after it (إلى زيارة Y، لزيارة Y) is where the one who went was going."""
    stops = _cue_union("complementizer", "relative", "pronoun")
    for k in range(i - 1, max(-1, i - _WINDOW), -1):
        key = tokens[k].key
        if tokens[k].text in _BREAKS or key in stops:
            return -1
        reading = _trigger_of(key)
        if _bare(key) in cues()["motion"] or (reading is not None and not reading.nominal
                                              and any(fr.event_type == "TRAVEL" for fr in reading.trigger.frames)):
            return k
    return -1


def _talked_about(tokens, i: int) -> bool:
    """The noun at ``i`` stands after a preposition of topic in its clause (حول، بشأن، لبحث), with
    no verb between: it is what someone talks about, not an event the text tells."""
    stops = _cue_union("complementizer", "relative", "pronoun")
    for k in range(i - 1, max(-1, i - _WINDOW), -1):
        key = tokens[k].key
        if _discussion_verb(key) and not any(t.text in _BREAKS or t.text in _COMMAS for t in tokens[k + 1 : i]):
            return True  # بحث X مع Y الإرهاب واعتداءاته على Z: what the two discussed
        if (tokens[k].text in _BREAKS or tokens[k].text in _COMMAS or key in stops or key in _ARGUMENT_STOPS
                or _bare(key) in cues()["during"] or _verb_like(key) or _verbal_trigger(key)):
            return False  # تدعو X لتسوية بشأن النزاع عقب لقائها ب Y: the topic ended before عقب
        if _bare(key) in cues()["about"]:
            return True
    return False


def _topic_before(tokens, i: int) -> bool:
    """A verb form right after a word of topic (لبحث فرض عقوبات، حول دعم): a verbal noun, what is talked about."""
    return i > 0 and _bare(tokens[i - 1].key) in cues()["about"]


def _quote_opened(tokens, start: int, i: int) -> bool:
    """A quotation opens between ``start`` and the verb at ``i`` and is still open at ``i``: the
    verb is the quoted speaker's, whose subject the clause before does not name."""
    opened = False
    for t in tokens[start:i]:
        if t.text in ("«", "“"):
            opened = True
        elif t.text in ("»", "”"):
            opened = False
    return opened


def _without_doer_after_destination(targets: list[Phrase]) -> list[Phrase]:
    """أول زيارة إلى واشنطن لوزير خارجية كوبي: after a trip's destination (إلى X) a phrase in ل
    names who made the trip, not a second destination."""
    to = next((t.first for t in targets if t.prep == _TO), None)
    return targets if to is None else [t for t in targets if not (t.prep == "ل" and t.first > to)]
