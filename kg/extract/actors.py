"""Actor phrases: a person with the titles, honorifics and qualifiers written around the name.

Arabic news names an actor with a phrase: honorifics, one or more titles, each with its
complement (a nationality adjective, a country or organisation in the genitive, a
preposition and a place), ranks, then the name — صاحب السمو الملكي الأمير محمد بن سلمان
ولي ولي العهد وزير الدفاع; سفير مصر لدى بلجيكا إيهاب فوزي; وزير الخارجية السعودي عادل
الجبير — or the name first and the titles in apposition (X، الخبيرة في مؤسسة Y). This
module reads such phrases over a sentence's tokens and the mentions tagging found, and
says what each country, organisation or place in the phrase is to the actor:

* ``EMPLOYER`` — the country or organisation the role belongs to (السعودي in وزير الخارجية
  السعودي; التحالف in المتحدث باسم التحالف; the region a governor governs);
* ``HOST`` — where a diplomat is posted (بلجيكا in سفير مصر لدى بلجيكا), never the employer;
* ``OWNER`` — the nationality of an organisation in the phrase, not of the person
  (الليبيري in رئيس الاتحاد الليبيري);
* ``PLACE`` — a place the role is held in, no employer (رئيس تحالف قبائل كتاف في صعدة);
* ``OTHER`` — any other name inside the phrase (المشرف على ...).

Each member of a coordinated list gets its own phrase (… الرئيس الروسي X والرئيس الأمريكي
Y): a phrase ends at its name, so a neighbour's title never reaches another name. An
indefinite nationality word after a definite one is a first name, not an adjective
(الأمير تركي is a person, not Turkey).

Public API: ``actor_phrases(sentence, mentions) -> list[ActorPhrase]``, where
``mentions`` are the sentence's mentions (entities and TITLE cues, as kg.tag gives them);
``ActorPhrase.employers`` and ``ActorPhrase.role`` are what affiliations and event agents
need. The words that shape a phrase (prepositions, ranks, clause openers) are data:
kg/data/actor_words.tsv.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from kg.memo import memo
from itertools import compress, count

from kg import ner
from kg.lexicon import Title, actor_words, common_words, org_heads, place_by_canonical, titles_by_form
from kg.extract.common import _glued, _is_media, _site
from kg.extract.triggers import _trigger_of
from kg.normalize import bare_key, clitic_splits, match_key
from kg.types import GPE, LOC, ORG, PERSON, TITLE, Mention, Sentence

EMPLOYER = "employer"
# the English role of a country a person belongs to by nationality alone (الألماني X، المدرب الإسباني X)
NATIONALITY = "nationality"
HOST = "host"
OWNER = "owner"
PLACE = "place"
OTHER = "other"


# A phrase reads at most this many tokens from its first title to its name, and at most
# _PLAIN ordinary words in a row (a title's complement: الشؤون الإسلامية والأوقاف).
_WINDOW = 24
_PLAIN = 6
_BREAKS = frozenset(":.؟?!؛;()[]-–—")
# Quotes around an organisation's name (المتحدث باسم «دلتا إيرلاينز») are read through.
_QUOTES = frozenset("«»\"“”")
_COMMAS = frozenset("،,")
_LINEAGE = frozenset(match_key(w) for w in ("بن", "ابن", "بنت"))
# How a prefix glued to a name attaches it (بتعز, لبايرن); و continues the previous link.
_GLUED = {"ب": "in", "ل": "for"}


@dataclass(slots=True)
class Qualifier:
    """A country, organisation or place inside an actor phrase and what it is to the actor.

    ``link`` is how it attaches to its title: ``adjective`` (a nationality adjective),
    ``genitive`` (written right after the title's words), or the kind of the preposition
    before it (``in``, ``for``, ``host``, ``other``); ``reading`` is one of EMPLOYER, HOST,
    OWNER, PLACE, OTHER; ``role`` is the text of the title it qualifies.
    """

    mention: Mention
    link: str
    reading: str
    role: str = ""
    role_en: str = ""
    title: Mention | None = None


@dataclass(slots=True)
class ActorPhrase:
    """One actor as the sentence writes it: the person, the titles and the qualifiers.

    ``first_token``/``last_token`` span the whole phrase (inclusive, exclusive), name
    included; ``role``/``role_en`` are those of the title nearest the name (honorifics
    and ranks left out); for a nationality alone (الألماني يورغن كلينسمان) the adjective
    and ``NATIONALITY``.
    ``anaphors`` are (bare key of the noun, role, role_en) for an organisation named only
    by its noun (رئيس الجامعة): the article's one organisation of that kind, if any.
    """

    head: Mention
    titles: list[Mention] = field(default_factory=list)
    qualifiers: list[Qualifier] = field(default_factory=list)
    first_token: int = 0
    last_token: int = 0
    role: str = ""
    role_en: str = ""
    anaphors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def employers(self) -> list[Qualifier]:
        """The countries and organisations the actor's roles belong to."""
        return [q for q in self.qualifiers if q.reading == EMPLOYER]

    @property
    def implied_countries(self) -> list[str]:
        """ISO codes of the countries the phrase's titles name by themselves (خادم الحرمين
        الشريفين الملك سلمان; سفير خادم الحرمين الشريفين: the Saudi king's ambassador).

        A title counts when it follows the name, qualifies the title before it, or is
        followed only by royal titles, honorifics and ranks; never when the phrase names
        another country.
        """
        entries = [titles_by_form().get(t.canonical) for t in self.titles]
        out = []
        for k, entry in enumerate(entries):
            if entry is None or len(entry.scope) != 2 or not entry.scope.isupper():
                continue
            genitive = k > 0 and self.titles[k - 1].last_token == self.titles[k].first_token and (
                entries[k - 1] is not None and entries[k - 1].kind not in ("honorific", "academic"))
            last = all(e is None or e.kind in ("royal", "honorific", "academic") for e in entries[k + 1 :])
            apposed = self.head.last_token <= self.titles[k].first_token  # every title after the name is the name's
            if (genitive or last or apposed) and entry.scope not in out:
                out.append(entry.scope)
        named = {q.mention.iso for q in self.employers if q.mention.iso}
        return [iso for iso in out if not named - {iso}]


def actor_phrases(sentence: Sentence, mentions: list[Mention]) -> list[ActorPhrase]:
    """The actor phrases of one sentence, in text order, each with a PERSON head.

    ``mentions`` are the sentence's mentions; entities need not be resolved. A title
    phrase that reaches no name of its own is the apposition of the person just before it
    when a comma sets it off (X، رئيس جمهورية مصر), when the title is in the construct
    state (X زعيم حزب العمال), or when that person is itself named with a title (الأمير
    محمد بن سلمان ولي ولي العهد وزير الدفاع).
    """
    reader = _Reader(sentence, mentions)
    phrases: list[ActorPhrase] = []
    headed: set[int] = set()  # first tokens of persons named after a title
    waiting: _Draft | None = None  # a nameless title coordinated with the next (عضو ... والمشرف ... X)
    # only a title, a "headed by" or a nationality opens a phrase: reading jumps from one to the next
    starts = sorted({*reader.title_at, *reader.openers})
    i = 0
    while (k := bisect_left(starts, i)) < len(starts):
        i = starts[k]
        title = reader.title_at.get(i)
        if title is None:
            phrases.extend(reader.chaired_at(i))
            nationality = reader.nationality_at(i)
            if nationality is not None:
                phrases.append(nationality)
                i = nationality.last_token
                continue
            i += 1
            continue
        glued = _glued(sentence.tokens[i], title)
        kin = bool(i) and not glued and reader.kin_before(i)  # زوجة الرئيس X: the president's wife
        if kin or glued.endswith("ك") or (i and glued[-1:] not in ("ب", "ل") and _is_org_noun(reader.keys[i - 1])):
            # كمستشار لخادم الحرمين: said of someone else; شركة جنرال موتورز: a name (المجلس بالأمير X is not)
            i = reader.past_titles(i)
            while kin and i in reader.entity_at and reader.entity_at[i].source == "demonym":
                i = reader.entity_at[i].last_token  # زوجة الرئيس الأمريكي: the nationality is the president's
            continue
        phrase, end = reader.read(i)
        if phrase.head is None:
            listed = reader.listed_after_colon(phrase, end)
            if listed:
                phrases.extend(listed)
                i = listed[-1].last_token
                continue
            phrase.head = reader.apposed(i, headed, phrase)
            if phrase.head is not None:
                phrase.first_token = phrase.head.first_token
        if phrase.head is None and reader.shares_the_next_name(phrase, end):
            waiting = phrase
        elif waiting is not None and phrase.head is not None and waiting.last_token == i:
            phrase.titles[:0], phrase.qualifiers[:0], phrase.anaphors[:0] = waiting.titles, waiting.qualifiers, waiting.anaphors
            phrase.first_token, waiting = waiting.first_token, None
        else:
            waiting = None
        if phrase.head is not None and (phrase.titles or phrase.qualifiers):
            if phrase.head.first_token >= i:
                headed.add(phrase.head.first_token)
            reader.add_unit_after_the_name(phrase)
            phrases.append(phrase.finish())
        i = max(end, i + 1)
    return _merged(phrases)


def state_title_employers(sentence: Sentence, mentions: list[Mention]) -> list[Qualifier]:
    """The employers of every title of the sentence that speaks for a state (a head of state
    or government, a minister, a royal, a diplomat: kg/data/titles.tsv), whether its phrase
    reaches a name or not (أمير دولة قطر يستقبل ...: Qatar is the emir's)."""
    reader = _Reader(sentence, mentions)
    out = []
    for i, title in sorted(reader.title_at.items()):
        entry = titles_by_form().get(title.canonical)
        if entry is not None and entry.kind in _STATE_VOICES:
            out.extend(q for q in reader.read(i)[0].qualifiers if q.reading == EMPLOYER and q.title is title)
    return out


@dataclass(slots=True)
class _Draft:
    head: Mention | None
    titles: list[Mention]
    qualifiers: list[Qualifier]
    first_token: int
    last_token: int
    roles: dict[int, tuple[str, str]]  # title index in ``titles`` -> (role text, role_en)
    anaphors: list[tuple[str, str, str]] = field(default_factory=list)

    def finish(self) -> ActorPhrase:
        role, role_en = "", ""
        for k in range(len(self.titles) - 1, -1, -1):
            if k in self.roles:
                role, role_en = self.roles[k]
                break
        return ActorPhrase(self.head, self.titles, self.qualifiers, self.first_token, self.last_token, role, role_en, self.anaphors)


@memo(200_000)
def _is_chaired(key: str) -> bool:
    """``_Reader._word_kind(key) == "chaired"`` (برئاسة), per word type."""
    words = actor_words()
    kind = words.get(key)
    if kind is None and key[:1] in ("و", "ف") and len(key) > 2:
        kind = words.get(key[1:])
    return kind == "chaired"


class _Reader:
    """The sentence's tokens and mentions, indexed for reading phrases."""

    def __init__(self, sentence: Sentence, mentions: list[Mention]) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.keys = sentence.keys
        self.title_at = {m.first_token: m for m in mentions if m.label == TITLE}
        self.entity_at = {m.first_token: m for m in mentions if m.label != TITLE}
        self.entities = sorted((m for m in mentions if m.label != TITLE), key=lambda m: m.first_token)
        self.words = actor_words()
        for i, title in list(self.title_at.items()):
            aide = self._aide_before(i, title)
            if aide is not None:
                del self.title_at[i]
                self.title_at[i - 1] = aide
        # where a phrase without a title can open: "headed by" (chaired_at), a nationality (nationality_at)
        self.openers = set(compress(count(), map(_is_chaired, self.keys))) | {
            i for i, m in self.entity_at.items() if m.source == "demonym"}

    def _aide_before(self, i: int, title: Mention) -> Mention | None:
        """مساعد رئيس الهيئة X: an assistant's noun in construct right before the title at ``i``
        makes the two one office, the assistant's (kg/data/actor_words.tsv, kind "aide"): X is
        no president. The office is in no lexicon, so it has no kind of its own (no state title,
        no name "the president" for X); its English says whose assistant."""
        if i == 0 or i - 1 in self.title_at or _glued(self.tokens[i], title) or self._word_kind(self.keys[i - 1]) != "aide" \
                or any(m.first_token < i <= m.last_token for m in self.entities) or (i > 1 and self.keys[i - 2] in _LINEAGE):
            return None  # مشعل بن مساعد أمير المنطقة: the word is a name's
        token = self.tokens[i - 1]
        glued = 0 if self.keys[i - 1] in self.words else 1  # ومساعد: the conjunction is no part of the office
        start = token.start + glued
        text = self._text(start, title.end)
        label_en = f"assistant to the {title.label_en}" if title.label_en else "assistant"
        return Mention(title.doc_id, title.sentence, start, title.end, text, TITLE, match_key(text), title.confidence,
                       source="aide", first_token=i - 1, last_token=title.last_token, label_en=label_en)

    # -- reading forward from a title ----------------------------------------------
    def read(self, start: int) -> tuple[_Draft, int]:
        """The phrase that opens with the title at ``start``; and where reading stopped."""
        tokens, n = self.tokens, len(self.tokens)
        draft = _Draft(None, [], [], start, start, {})
        current: Title | None = None
        current_mention: Mention | None = None
        link, last_link, plain, organisation, state = "", "", 0, False, False
        role_open = False  # ordinary words right after the title still belong to its role
        role_end = -1  # the token after the role text read so far
        skipped = False  # ordinary words tagging read as a name were passed over
        host_open = False  # a host preposition (إلى، لدى) read, and no name after it yet
        governed = False  # a noun was read after the pending preposition (بالشؤون ...)
        chain_start = 0  # where the role's chain of titles begins (مستشار رئيس البرلمان)
        j = start
        while j < n and j - start <= _WINDOW:
            title = self.title_at.get(j)
            if title is not None:
                if _glued(tokens[j], title).endswith("ك"):
                    break  # كمستشار لخادم الحرمين: "as adviser", said of someone else
                if draft.titles and (skipped or link == "other" or host_open or self._starts_another(title, draft)):
                    break  # (… من سيدة سورية، نقل تحيات ... وزير الداخلية إلى أخيه فخامة الرئيس X: a title inside another phrase)
                if j > start and _is_org_noun(self.keys[j - 1]) and not _definite(self.keys[j - 1]):
                    break  # مؤسسة الملك عبدالله: a title inside an organisation's name (not رئيس المؤسسة الدكتور X)
                if current_mention is not None and self._governed_by_a_noun(current_mention, j):
                    break  # نقل وزير الخارجية تحيات خادم الحرمين الملك سلمان: the king is no minister
                draft.titles.append(title)
                # سفير خادم الحرمين الشريفين في استراليا: the genitive title names whose envoy he is;
                # the chain is still an envoy's, and the country after it his post
                envoy = current is not None and current.kind == "diplomat" and current_mention is not None \
                    and current_mention.last_token == title.first_token
                current_mention, current = title, (current if envoy else titles_by_form().get(title.canonical))
                last = title.last_token - 1
                noun = self._anaphor(last) if last > title.first_token and _is_org_noun(self.keys[last]) else ""
                if noun:
                    draft.anaphors.append((noun, title.text, title.label_en))  # رئيس الحزب: a title ending in an organisation's noun
                antecedent = self._possessor(title)
                if antecedent is not None:
                    draft.qualifiers.append(Qualifier(antecedent, "possessive", EMPLOYER, title.text, title.label_en, title))
                if not self._is_rank(title):
                    role_en = title.label_en
                    if role_end != title.first_token:
                        chain_start = title.start
                    elif len(draft.titles) > 1 and self._genitive_title(draft.titles[-2], title):
                        role_en = draft.roles.get(len(draft.titles) - 2, ("", role_en))[1]  # مستشار خادم الحرمين: an adviser, no king
                    draft.roles[len(draft.titles) - 1] = (self._text(chain_start, title.end), role_en)
                    role_open, role_end = True, title.last_token
                else:
                    role_open, role_end = False, -1
                # رئيس مجلس إدارة بيت التمويل الكويتي: the board's organisation is named next, and a
                # nationality after it is that organisation's
                board = last > title.first_token and self._word_kind(self.keys[last]) == "board"
                link, last_link, plain, organisation, state, governed = "", "", 0, bool(noun) or board, False, False
                host_open = False
                j = max(title.last_token, j + 1)
                continue
            entity = self.entity_at.get(j)
            if entity is not None and entity.label == PERSON and not _plausible_name(entity, self.keys):
                if any(_conjoined(k) for k in self.keys[entity.first_token + 1 : entity.last_token]):
                    break  # حرس الشرف وصافح: the conjunction opens another clause
                entity, skipped = None, True  # المملكة الدائم: ordinary words read as a name; read them as words
            if entity is not None and entity.label == PERSON:
                glued = _glued(tokens[j], entity)
                if glued.startswith("و") or glued[-1:] in ("ب", "ل", "ك") or _prepositional(self.keys[j]) or (last_link and self._and_name(entity)):
                    break  # وY: a list; بسابيلا: the object of a preposition, not this title's holder
                if j > start and self._word_kind(self.keys[j - 1]) in ("other", "aside"):
                    break  # قائد الجبهة المقرب من X، المشرف على X: the preposition's object, not the holder
                if draft.qualifiers and self._set_off(start) and not _glued(tokens[start], self.title_at[start]).startswith("و"):
                    break  # X، الرئيس التنفيذي في مجموعة لوكال وورلد: the title is X's; a name in its complement is none of its holder
                draft.head = entity
                draft.last_token = entity.last_token
                return draft, entity.last_token
            if entity is not None and entity.label in (GPE, ORG, LOC) and self._is_first_name(entity):
                plain, role_open = plain + 1, False  # الأمير تركي ...: the name begins here
                j = max(entity.last_token, j + 1)
                continue
            if entity is not None and entity.label in (GPE, ORG, LOC):
                glued = _glued(tokens[j], entity)
                if glued.startswith("و") and not last_link:
                    break  # للرئيس السابق والحوثيين: coordinated with the title's holder, not his qualifier
                if self._after_named_place(draft, entity, glued, link):
                    break  # أمير منطقة عسير الشركة السعودية ...: the place closed the title; the name after it is the verb's object
                if self._after_the_adjective(draft, entity, glued, link):
                    break  # المدرب اليوناني «X» قائد الفريق Y: the adjective closed the title; a bare name after it is none of its complements
                if link in ("other", "aside"):
                    how = "other"
                elif self._adjective_of_another_noun(entity, current_mention):
                    how, link = "other", "aside"  # لعدة شركات أميركية في كوبا: the rest is about the companies
                elif glued.startswith("و") and last_link:
                    how = last_link
                elif glued[-1:] in _GLUED:
                    how = _GLUED[glued[-1]]
                else:
                    how = link or ("adjective" if entity.source == "demonym" else "genitive")
                reading = _reading(entity, how, current, organisation and not state)
                if governed and entity.source == "demonym" and how in ("in", "for") and not state:
                    reading = OWNER if organisation else OTHER  # الخبير بالشؤون السورية: the affairs are Syrian
                if reading == HOST and how == "for" and self._sender_before_post(draft, entity):
                    reading = EMPLOYER  # القنصل العام للمملكة في X: ل names the state a diplomat serves, the post comes after
                if entity.label == ORG and reading == EMPLOYER and how == "for" and _is_media(entity):
                    reading = OTHER  # قال ... لوكالة الصحافة الفرنسية: whom the statement was made to
                role, role_en = draft.roles.get(len(draft.titles) - 1, ("", ""))
                body = self._governed_body(draft, current_mention) if reading == EMPLOYER and entity.label == ORG and how == "in" else None
                if body is not None:
                    # رئيس اللجنة الوطنية للسياحة بمجلس الغرف: he heads the committee, which sits in the
                    # council; his role in the council is head of that committee, not head of the council
                    quoted = body.last_token < n and tokens[body.last_token].text in _QUOTES  # مدير «مركز ...» في جامعة
                    role += self._text(current_mention.end, tokens[body.last_token].end if quoted else body.end)
                if reading == EMPLOYER and how == "adjective" and current is not None and current.kind in _PROFESSIONS \
                        and (role_open or entity.first_token == current_mention.last_token):
                    # لاعب الوسط البرازيلي X: a Brazilian, not Brazil's player (not ... بمدينة ميونيخ الألمانية:
                    # an adjective after the title's complement is the complement's)
                    role, role_en = entity.text, NATIONALITY
                draft.qualifiers.append(Qualifier(entity, how, reading, role, role_en, current_mention))
                if entity.label == ORG:
                    organisation = True
                    nationality = self._nationality_inside(entity)
                    if nationality is not None and reading == EMPLOYER:
                        state = self._is_state(self.keys[entity.first_token])
                        draft.qualifiers.append(Qualifier(nationality, "adjective", EMPLOYER if state else OWNER, role, role_en, current_mention))
                    elif nationality is not None and how == "field" and current is not None and current.kind in _STATE_OFFICES:
                        # وزير ... وشؤون مجلس النواب المصري: the minister's portfolio is the
                        # house's affairs; the house's nationality is the country he serves
                        draft.qualifiers.append(Qualifier(nationality, "adjective", EMPLOYER, role, role_en, current_mention))
                last_link, plain, role_open, governed, host_open = how, 0, False, False, False
                j = max(entity.last_token, j + 1)
                continue
            token = tokens[j]
            if token.text in _QUOTES and self._quotes_a_name(j):
                j += 1
                continue
            if token.text == "(" and draft.titles and self._named_in_brackets(j):
                j += 1
                continue  # المندوبة الأمريكية الدائمة لدى الأمم المتحدة (السفيرة سامنثا باور)
            if token.text in _COMMAS:
                nxt = self.entity_at.get(j + 1)
                if nxt is not None and nxt.label == PERSON and draft.titles and not self._and_name(nxt) \
                        and not self._set_off(start):
                    j += 1
                    continue  # رئيس كازاخستان، قاسم جومارت توكاييف (، وخالد ...: the next of a list)
                break
            if token.text == "." and j > start and len(self.keys[j - 1]) == 1 and self._word_kind(self.keys[j - 1]) == "rank":
                j += 1
                continue  # د. خليل: the stop of an abbreviated rank
            if token.text in _BREAKS or not any(c.isalpha() for c in token.text):
                break
            kind = self._word_kind(token.key)
            if kind == "stop":
                break
            if kind in ("host", "in", "for", "other", "aside", "field"):
                if link != "aside":  # after الموالي لـ: nothing more is the title's
                    link = kind
                role_open, governed = role_open and kind == "field", False
                host_open = kind == "host"
                j += 1
                continue
            if kind == "rank":
                role_open = False
                j += 1
                continue
            if kind == "former" and draft.titles:
                # النائب السابق لرئيس X: still the role's words; لاعب فريق الهلال السابق، نائب رئيس شركة X سابقا: after them
                self._mark_former(draft, current_mention, self._text(chain_start, token.end) if role_open else "", token.text)
                role_end = j + 1 if role_open else role_end
                j += 1
                continue
            if last_link and not link and not _definite(token.key):
                break  # أمير منطقة المدينة المنورة دشن ...، شاه إيران وأم كلثوم: after the complement, a new clause or conjunct
            plain += 1
            if plain > _PLAIN:
                break
            if link and last_link and (_prepositional(token.key) or _preposition_on_a_word(token.key)) and not _is_org_noun(token.key):
                link, governed = "other", False  # سفير ... في استراليا بمواقف حزب العمال: the verb's phrase, after the complement
            elif link:
                governed = True
            elif token.key.startswith(("بال", "وبال", "لل", "ولل")):
                link, governed, role_open = ("in" if "ب" in token.key[:2] else "for"), True, False  # بالشؤون، للأمن
            elif _prepositional(token.key):
                link, role_open = "aside", False  # بتحديد موعد، بأداء رجال الأمن: the verb's phrase, not the title's
            if _is_org_noun(token.key) or (current_mention is not None and j == current_mention.last_token and _unknown_name(token.key)):
                organisation = True  # لاعب جنوى الإيطالي: the title's genitive is a name, and the adjective after it its own
                noun = self._anaphor(j)
                if noun:
                    role, role_en = draft.roles.get(len(draft.titles) - 1, ("", ""))
                    draft.anaphors.append((noun, role or token.text, role_en))
            if self._is_state(token.key):
                state = True  # في الجيش اليمني: a state body's nationality is the country served
            if role_open and draft.titles:
                k = len(draft.titles) - 1
                draft.roles[k] = (self._text(chain_start, token.end), draft.roles[k][1])
                role_end = j + 1
            j += 1
        draft.last_token = j
        return draft, j

    @staticmethod
    def _mark_former(draft: _Draft, title: Mention | None, text: str, word: str) -> None:
        """السابق، سابقا after a title or its complement: the office is no longer held; the role
        (and the roles its qualifiers carry) says so (لاعب فريق السابق, former player): ``text``
        when the word still belongs to the role's words, else the role with ``word`` after it."""
        k = len(draft.titles) - 1
        role, role_en = draft.roles.get(k, ("", ""))
        if not role or not text and word in role.split():
            return
        draft.roles[k] = (text or f"{role} {word}", role_en if not role_en or role_en.startswith("former") else f"former {role_en}")
        for q in draft.qualifiers:
            if q.title is title and q.role == role:
                q.role, q.role_en = draft.roles[k]

    @staticmethod
    def _governed_body(draft: _Draft, title: Mention | None) -> Mention | None:
        """The organisation in the title's genitive (رئيس اللجنة الوطنية، عميد كلية الصحافة): the
        role is that body's, and a body named after it with في or ب is where that body sits."""
        return next((q.mention for q in draft.qualifiers if title is not None and q.title is title and q.link == "genitive"
                     and q.reading == EMPLOYER and q.mention.label == ORG), None)

    def _governed_by_a_noun(self, title: Mention, at: int) -> bool:
        """An indefinite noun stands between a title that ends definite and the title at
        ``at`` (وزير الخارجية تحيات خادم الحرمين): a definite title takes no indefinite
        modifier, so the noun is the verb's object and the next title its genitive, the
        start of another actor's phrase."""
        after = title.last_token
        if not after < at or not _definite(self.keys[after - 1]) or after in self.entity_at:
            return False
        key = self.keys[after]
        return (key.isalpha() and not _definite(key) and key[:1] not in ("ب", "ل", "ك") and not _conjoined(key)
                and not self._word_kind(key))  # not باسم، لفرع: the title's own complement

    def _after_named_place(self, draft: _Draft, entity: Mention, glued: str, link: str) -> bool:
        """An organisation's name right after the place a title's genitive named (كرّم أمير
        منطقة عسير الشركة السعودية للنقل): with no preposition or و before it, it cannot be a
        second genitive of the same title; it opens another phrase."""
        if entity.label != ORG or entity.source == "demonym" or glued or link or not draft.qualifiers:
            return False
        last = draft.qualifiers[-1]
        return (last.link == "genitive" and last.mention.label in (GPE, LOC) and last.mention.source != "demonym"
                and last.mention.last_token == entity.first_token)

    def _after_the_adjective(self, draft: _Draft, entity: Mention, glued: str, link: str) -> bool:
        """A name with no preposition or و right after the nationality adjective of the title
        (المدرب اليوناني «جيورجيوس دونيس»): an adjective closes the construct, so no genitive
        of the title follows it; the name is the holder read as another kind, or another phrase."""
        if entity.source == "demonym" or glued or link or not draft.qualifiers:
            return False
        last = draft.qualifiers[-1]
        if last.link != "adjective" or last.mention.source != "demonym":
            return False
        between = self.tokens[last.mention.last_token : entity.first_token]
        return all(t.text in _QUOTES for t in between)

    def _possessor(self, title: Mention) -> Mention | None:
        """الاتحاد الأمريكي عن طريق رئيسه سونيل جولاتي: a title with "his/its" (written ه where
        the title's form has ة) belongs to the organisation or country named just before it."""
        if not (match_key(title.text).endswith("ه") and title.text.endswith("ه") and title.canonical.endswith("ة")):
            return None
        entry = titles_by_form().get(title.canonical)
        if entry is None or entry.kind == "counterpart":
            return None
        before = [m for m in self.entities if m.last_token <= title.first_token]
        if not before or any(t.text in _BREAKS for t in self.tokens[before[-1].last_token : title.first_token]):
            return None
        last = before[-1]
        if last.label == ORG or _is_country(last):
            return last
        return None

    def shares_the_next_name(self, draft: _Draft, end: int) -> bool:
        """عضو مجلس إدارة النادي الأهلي والمشرف على الفريق مروان دفتردار: a nameless title
        phrase that ends at a different title glued to و shares that title's name — unless
        it named a country (الرئيس الروسي والرئيس الأمريكي X are two people)."""
        title = self.title_at.get(end)
        if not draft.titles or title is None or not _glued(self.tokens[end], title).startswith("و"):
            return False
        if any(t.canonical == title.canonical for t in draft.titles):
            return False
        if any(m.label == PERSON and m.last_token == draft.first_token for m in self.entities):
            return False  # وأبو همام القائد العسكري في جبهة النصرة: the name before it is its holder
        return not any(_is_country(q.mention) for q in draft.qualifiers)

    def kin_before(self, i: int) -> bool:
        """A relative's noun without the article right before the title at ``i`` (زوجة الرئيس، ونجل الملك)."""
        key = self.keys[i - 1]
        return self._word_kind(key) == "kin" and not _definite(key)

    def past_titles(self, i: int) -> int:
        """The token after the chain of adjacent titles that starts at ``i``."""
        while i in self.title_at:
            i = max(self.title_at[i].last_token, i + 1)
        return i

    def _genitive_title(self, previous: Mention, title: Mention) -> bool:
        """مستشار خادم الحرمين، سفير خادم الحرمين، المبعوث الخاص لخادم الحرمين: a title right after
        another title in the construct state (no article on its last word), or with ل glued on it, is
        that title's genitive, whose adviser or envoy the holder is, not the holder's own office
        (خادم الحرمين الشريفين الملك: after a definite title, an apposition, the same person's).
        Not when the first title's English does not fit a construct, and the chain keeps its last
        title's English: a second's, which names the office it seconds (النائب الثاني للرئيس:
        president; so a bare نائب الرئيس finds its holder), unless an assistant's, which already
        names whose (مساعد السكرتير الخاص لخادم الحرمين: the secretary's); a legislator's, which
        no office holder has (النائب السابق لرئيس الجهاز: a deputy); a head of state's or
        government's written without the article, a head of something else (رئيس الشؤون الخاصة)."""
        glued = _glued(self.tokens[title.first_token], title)
        if glued.startswith(("و", "ف")):
            return False  # مؤسس ورئيس تحرير: a second office of the same holder
        entry = titles_by_form().get(previous.canonical)
        kind = entry.kind if entry is not None else ""
        if previous.source != "aide" and (_SECOND_IN_OFFICE & set(previous.label_en.split()) or kind == "legislator"
                                          or kind in _HEADS and not _definite(self.keys[previous.first_token])):
            return False
        return glued in ("ل", "لل") or previous.last_token == title.first_token and not _definite(self.keys[previous.last_token - 1])

    def _text(self, start: int, end: int) -> str:
        return self.sentence.text[start - self.sentence.start : end - self.sentence.start]

    def _adjective_of_another_noun(self, entity: Mention, title: Mention | None) -> bool:
        """شركات أميركية: a nationality without the article qualifies the indefinite noun before
        it; only right after the title (مسؤول يمني) is it the title's."""
        return entity.source == "demonym" and not _definite(self.keys[entity.first_token]) and (
            title is None or title.last_token != entity.first_token)

    def _anaphor(self, j: int) -> str:
        """رئيس الجامعة الدكتور X، نائب رئيس المؤسسة للخدمات البريدية: an organisation's noun
        with the article and nothing of a name after it refers to the article's organisation
        of that kind; its bare key, or ""."""
        key = self.keys[j]
        if not key.startswith(("ال", "بال", "لل", "وال")):
            return ""
        nxt = j + 1
        if nxt in self.entity_at and self.entity_at[nxt].label != PERSON and not _glued(self.tokens[nxt], self.entity_at[nxt]):
            return ""  # الاتحاد الأمريكي: a named organisation (للبرنامج لمنطقة الشرق الأوسط: a preposition's object)
        if nxt < len(self.tokens) and nxt not in self.title_at and nxt not in self.entity_at and self.tokens[nxt].text not in _COMMAS \
                and self.tokens[nxt].text not in _BREAKS and self._word_kind(self.keys[nxt]) not in ("rank", "in", "for", "host", "other") \
                and not self.keys[nxt].startswith(("بال", "لل", "ب", "ل")):
            return ""  # الهيئة العامة للاستثمار: the noun begins a name
        return bare_key(self.tokens[j].text)

    def _is_state(self, key: str) -> bool:
        """وزارة، بوزارة، الحكومة: the first word of a state body (kg/data/actor_words.tsv)."""
        return self._word_kind_bare(key) == "state"

    def _nationality_inside(self, organisation: Mention) -> Mention | None:
        """The nationality adjective that ends an organisation's name (وزارة الخارجية الأمريكية)."""
        return next((m for m in self.entities if m.source == "demonym" and organisation.first_token < m.first_token
                     and m.last_token == organisation.last_token), None)

    def _set_off(self, start: int) -> bool:
        """X، حاكم ولاية كاليفورنيا، ...: a title set off by commas after a name is that name's; so
        is one right after a name a preposition governs (بحث مع سمير جعجع رئيس حزب القوات، مستجدات
        الأوضاع: the title is Geagea's, the words after the comma are the verb's object)."""
        if start < 2:
            return False
        if self.tokens[start - 1].text in _COMMAS:
            return any(m.label == PERSON and m.last_token == start - 1 for m in self.entities)
        return any(m.label == PERSON and m.last_token == start and m.first_token > 0
                   and self._word_kind(self.keys[m.first_token - 1]) in ("other", "host", "in", "for") for m in self.entities)

    def _named_in_brackets(self, j: int) -> bool:
        """A bracket that holds only titles and a name, the holder of the titles before it."""
        k = self.past_titles(j + 1)
        person = self.entity_at.get(k)
        return person is not None and person.label == PERSON and person.last_token < len(self.tokens) \
            and self.tokens[person.last_token].text == ")"

    def _and_name(self, person: Mention) -> bool:
        """وعادل الجبير: a name the tagger read with its conjunction (not وليد, وليام: names
        that the NER training data knows with their و)."""
        if not person.text.startswith("و"):
            return False
        return "w:PERS:hi" not in ner.load_model().memory.get(self.keys[person.first_token], ())

    def _quotes_a_name(self, j: int) -> bool:
        """A quote that opens or closes an organisation's or a place's name («دلتا إيرلاينز»)."""
        after, before = self.entity_at.get(j + 1), next((m for m in self.entities if m.last_token == j), None)
        return (after is not None and after.label != PERSON) or (before is not None and before.label != PERSON)

    def _starts_another(self, title: Mention, draft: _Draft) -> bool:
        """A second title opens another person's phrase: a counterpart (ونظيره), the same
        title again, a title glued to و or ب after the first one's complement (الرئيس الروسي
        والرئيس الأمريكي؛ محافظ جدة ومعالي وزير الدولة؛ السفير ... ممثلة بالرئيس X), or one glued
        to a preposition right after it (title_of_another)."""
        entry = titles_by_form().get(title.canonical)
        if entry is not None and entry.kind == "counterpart":
            return True
        if any(t.canonical == title.canonical for t in draft.titles):
            return True
        token = self.tokens[title.first_token]
        glued = _glued(token, title)
        if glued.startswith("و") and draft.titles[-1].last_token == title.first_token and self._apposed_to_a_name(draft) \
                and self.read(title.first_token)[0].head is not None:
            return True  # الأمير X ولي العهد وزير الداخلية ووزير الدولة عضو مجلس الوزراء Y: X's titles end; Y's begin
        if draft.titles[-1].last_token == title.first_token and title_of_another(draft.titles[-1], glued):
            return True  # والتقى ولي العهد بوزير الخارجية X: the bare title stands alone, X is the verb's object
        if glued.endswith("ل") and not glued.startswith("و"):
            # رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الملك X: after the title's complement
            # and another word, a verb's object (السكرتير الخاص لخادم الحرمين: one chain)
            return draft.titles[-1].last_token != title.first_token and bool(draft.qualifiers) \
                and draft.qualifiers[-1].title is draft.titles[-1]
        if glued.startswith("و") or glued.endswith("ب"):
            # المدير العام والرئيس التنفيذي: one person; ... ممثلة بالرئيس X: a verb's object
            return draft.titles[-1].last_token != title.first_token
        return False

    def _apposed_to_a_name(self, draft: _Draft) -> bool:
        """The phrase opens right after a person's name (X ولي العهد ...): its titles are X's."""
        return any(m.label == PERSON and m.last_token == draft.first_token for m in self.entities)

    def _is_rank(self, title: Mention) -> bool:
        entry = titles_by_form().get(title.canonical)
        return self._word_kind(match_key(title.text)) == "rank" or (entry is not None and entry.kind == "honorific")

    def _sender_before_post(self, draft: _Draft, entity: Mention) -> bool:
        """المندوب الدائم للمملكة لدى الأمم المتحدة، القنصل العام للمملكة في لوس أنجلوس: a diplomat's
        ل-complement followed by his post (لدى، في) names the state he serves, when no state is
        named before it (مبعوث الملك للمملكة، السفير الأمريكي للعراق: ل is where he is sent)."""
        after = entity.last_token
        return (after < len(self.keys) and self._word_kind(self.keys[after]) in ("host", "in")
                and not any(q.reading == EMPLOYER for q in draft.qualifiers))

    def _word_kind_bare(self, key: str) -> str:
        """The kind of a word read without its glued conjunction, preposition and article."""
        for _, stem in clitic_splits(key):
            kind = self.words.get(stem[2:] if stem.startswith("ال") else stem)
            if kind:
                return kind
        return ""

    def _word_kind(self, key: str) -> str:
        kind = self.words.get(key)
        if kind is None and key[:1] in ("و", "ف") and len(key) > 2:
            kind = self.words.get(key[1:])
        return kind or ""

    def _is_first_name(self, entity: Mention) -> bool:
        """تركي after الأمير, or before بن: a nationality word without the article after a
        definite word (adjectives agree in definiteness), or before a lineage word, is a name."""
        if entity.source != "demonym" or _definite(self.keys[entity.first_token]):
            return False
        before = self.keys[entity.first_token - 1] if entity.first_token else ""
        after = self.keys[entity.last_token] if entity.last_token < len(self.keys) else ""
        return _definite(before) or after in _LINEAGE

    def listed_after_colon(self, draft: _Draft, end: int) -> list[ActorPhrase]:
        """أعضاء مجلس إدارة نادي الشباب: A، وB، وC. — a title phrase with its organisation or
        country, a colon, and a list of two or more names that ends the sentence: each name
        holds the title."""
        if not draft.titles or not any(q.reading == EMPLOYER for q in draft.qualifiers) or end >= len(self.tokens) \
                or self.tokens[end].text != ":":
            return []
        people: list[Mention] = []
        j = end + 1
        while j < len(self.tokens):
            person = self.entity_at.get(j)
            if person is None or person.label != PERSON or not _plausible_name(person, self.keys):
                return []
            if people and not (self.tokens[j - 1].text in _COMMAS or _glued(self.tokens[j], person).startswith("و")):
                return []
            people.append(person)
            j = person.last_token
            if j < len(self.tokens) and self.tokens[j].text in _COMMAS:
                j += 1
            if j >= len(self.tokens) or self.tokens[j].text in ".؛":
                break
        if len(people) < 2:
            return []
        role, role_en = draft.roles.get(len(draft.titles) - 1, ("", ""))
        return [ActorPhrase(p, list(draft.titles), [Qualifier(q.mention, q.link, q.reading, q.role, q.role_en, q.title) for q in draft.qualifiers],
                            p.first_token, p.last_token, role, role_en) for p in people]

    def add_unit_after_the_name(self, draft: _Draft) -> None:
        """العميد محمد الجبوري في شرطة نينوى: an officer named by his rank alone serves in the
        organisation named right after his name with في."""
        if any(q.reading == EMPLOYER for q in draft.qualifiers) or not draft.titles:
            return
        entries = [titles_by_form().get(t.canonical) for t in draft.titles]
        if any(e is None or e.kind != "military" for e in entries):
            return
        at = draft.head.last_token
        if at + 1 >= len(self.tokens) or self._word_kind(self.keys[at]) != "in" or len(self.keys[at]) < 2:
            return
        unit = self.entity_at.get(at + 1)
        if unit is None or unit.label != ORG or _glued(self.tokens[at + 1], unit):
            return
        role, role_en = draft.roles.get(len(draft.titles) - 1, ("", ""))
        draft.qualifiers.append(Qualifier(unit, "in", EMPLOYER, role, role_en, draft.titles[-1]))

    # -- the name first ------------------------------------------------------------
    def apposed(self, start: int, headed: set[int], draft: _Draft) -> Mention | None:
        """The person a headless title phrase at ``start`` stands in apposition to."""
        before = [m for m in self.entities if m.last_token <= start]
        if not before or before[-1].label != PERSON:
            return None
        person = before[-1]
        glued = _glued(self.tokens[start], self.title_at[start])
        if glued.startswith("و") or glued[-1:] in ("ب", "ل", "ك"):
            return None  # X ووزير ...: another person's title; X بالرئيس ...: the object of a preposition
        gap = self.tokens[person.last_token : start]
        if gap and all(t.text in _COMMAS for t in gap):
            return person
        if not gap and (person.first_token in headed or not _definite(self.keys[start])):
            return person  # X زعيم حزب ...: a title in the construct state right after a name
        if not gap and any(q.reading == EMPLOYER and q.mention.label == ORG for q in draft.qualifiers):
            return person  # X الرئيس التنفيذي لشركة Y (an object would rather be a country's official)
        return None

    # -- an organisation headed by someone -----------------------------------------
    def chaired_at(self, i: int) -> list[ActorPhrase]:
        """حركة حماس، برئاسة خالد مشعل: the organisation just before "headed by" and the name
        after it (past its titles: برئاسة الأمير محمد بن سلمان); or a board's roster (مجلس
        إدارة نادي X ... التشكيل الجديد للمجلس برئاسة A، وB نائبا، وعضوية كل من C وD): its
        chair, the members named with their office, and the members listed after "membership"."""
        if self._word_kind(self.keys[i]) != "chaired":
            return []
        k = i
        while k > 0 and (self.tokens[k - 1].text in _COMMAS or self.tokens[k - 1].text in _QUOTES or self.tokens[k - 1].text == ")"):
            k -= 1
        organisation = next((m for m in self.entities if m.last_token == k and m.label == ORG), None)
        if organisation is not None and self._after_a_preposition(organisation):
            return []  # اجتماعها في مقر أمانة المنطقة، برئاسة X: the meeting's place, not the body X heads
        if organisation is None and k > 0 and self._word_kind_bare(self.keys[k - 1]) == "council" and _definite(self.keys[k - 1]):
            organisation = self._board_of(k - 1)
        j = self.past_titles(i + 1)
        head = self.entity_at.get(j)
        if organisation is None or head is None or head.label != PERSON or not _plausible_name(head, self.keys):
            return []
        role = self.tokens[i].text
        out = [ActorPhrase(head, [], [Qualifier(organisation, "chaired", EMPLOYER, role)], organisation.first_token, head.last_token, role)]
        for member, office in self._roster(head.last_token):
            out.append(ActorPhrase(member, [], [Qualifier(organisation, "member", EMPLOYER, office)], member.first_token, member.last_token, office))
        return out

    def _after_a_preposition(self, organisation: Mention) -> bool:
        """The organisation is where something happens (بالأمانة، في الأمانة) or the genitive of
        a noun a preposition governs (في مقر الأمانة، بمقر الأمانة، مع وفد الحركة): an adjunct
        of the clause, and what "headed by" follows is the clause's (a federation written to,
        لاتحاد الكرة برئاسة X، is still the one X heads)."""
        first = organisation.first_token
        if _glued(self.tokens[first], organisation).endswith("ب"):
            return True
        k = first - 1
        if k >= 0 and k not in self.entity_at and self.keys[k].isalpha() and not _definite(self.keys[k]) \
                and not self._word_kind(self.keys[k]):
            if self.keys[k][:1] in ("ب", "ل") and self.keys[k][1:] in common_words():
                return True  # بمقر، لمقر
            return k > 0 and self._word_kind(self.keys[k - 1]) in ("in", "host", "other", "for")
        return k >= 0 and self._word_kind(self.keys[k]) == "in"

    def _board_of(self, k: int) -> Mention | None:
        """للمجلس: the one organisation whose board (مجلس إدارة، مجلس أمناء) the sentence named before token ``k``."""
        boards = [m for m in self.entities if m.label == ORG and m.last_token <= k and m.first_token >= 2
                  and self._word_kind_bare(self.keys[m.first_token - 2]) == "council"
                  and self._word_kind_bare(self.keys[m.first_token - 1]) == "board"]
        return boards[0] if len(boards) == 1 else None

    def _roster(self, j: int) -> list[tuple[Mention, str]]:
        """After a chair's name at ``j``: "، وB نائبا، وC أمين الصندوق" (each name with its office
        before the next comma) and "وعضوية كل من D وE" (members); (name, office) pairs."""
        out: list[tuple[Mention, str]] = []
        n = len(self.tokens)
        while j < n:
            members = False
            if self.tokens[j].text in _COMMAS:
                j += 1
            if j < n and self._word_kind(self.keys[j]) == "members":
                members, office = True, self.tokens[j].text
                j += 1
                if j + 1 < n and self._word_kind(self.keys[j]) == "all" and self._word_kind(self.keys[j + 1]) == "other":
                    j += 2  # كل من
            glued_and = j < n and self.keys[j].startswith("و")
            j = self.past_titles(j)  # وعضوية كل من الدكتور A
            person = self.entity_at.get(j)
            if person is None or person.label != PERSON or not _plausible_name(person, self.keys):
                return out
            if not members and not (glued_and or _glued(self.tokens[j], person).startswith("و")):
                return out
            if members:
                while person is not None and person.label == PERSON and _plausible_name(person, self.keys):
                    out.append((person, office))
                    j = person.last_token
                    comma = j < n and self.tokens[j].text in _COMMAS
                    j += comma
                    glued_and = j < n and self.keys[j].startswith("و")
                    j = self.past_titles(j)
                    person = self.entity_at.get(j)
                    if person is not None and not (comma or glued_and or _glued(self.tokens[j], person).startswith("و")):
                        break
                return out
            k = person.last_token
            while k < n and k - person.last_token < 3 and self.tokens[k].text not in _COMMAS and k not in self.entity_at \
                    and any(c.isalpha() for c in self.tokens[k].text) and self._word_kind(self.keys[k]) not in ("stop", "members"):
                k += 1
            if k == person.last_token or (k < n and self.tokens[k].text not in _COMMAS and self.tokens[k].text not in ".؛"):
                return out  # a name with no office of its own, or more than an office after it
            out.append((person, self._text(self.tokens[person.last_token].start, self.tokens[k - 1].end)))
            j = k
        return out

    # -- a nationality alone -------------------------------------------------------
    def nationality_at(self, i: int) -> ActorPhrase | None:
        """الألماني يورغن كلينسمان، المستثمر السعودي X: a definite nationality adjective
        right before a name (after at most one definite noun it qualifies)."""
        entity = self.entity_at.get(i)
        if entity is None or entity.source != "demonym" or not _definite(self.keys[i]) or _glued(self.tokens[i], entity).endswith("ك") \
                or not self.keys[entity.last_token - 1].endswith(("ي", "يه")):  # اليونانيين: a plural qualifies no one name
            return None  # كالبرازيلي X: "like the Brazilian", no nationality of X
        head = self.entity_at.get(entity.last_token)
        if head is None or head.label != PERSON or _glued(self.tokens[head.first_token], head) or not _plausible_name(head, self.keys) \
                or self._and_name(head):
            return None  # كاك 40 الفرنسي وداكس: the next of a list
        if i and (any(m.last_token == i for m in self.entities) or self.keys[i - 1].isdigit()):
            return None  # أبو حمزة الفرنسي، جامعة جون هوبكنز الأميركية: the adjective belongs to the name before it
        first = i
        role = entity.text
        if i and _definite(self.keys[i - 1]) and i - 1 not in self.title_at and not self._word_kind(self.keys[i - 1]) \
                and not any(m.first_token <= i - 1 < m.last_token for m in self.entities) and not _is_org_noun(self.keys[i - 1]):
            first = i - 1
            token = self.tokens[i - 1]
            role = self.sentence.text[token.start - self.sentence.start : entity.end - self.sentence.start]
        qualifier = Qualifier(entity, "adjective", EMPLOYER, role, NATIONALITY)
        return ActorPhrase(head, [], [qualifier], first, head.last_token, role, NATIONALITY)


def title_of_another(previous: Mention, glued: str) -> bool:
    """Whether a title written right after the title ``previous``, with the letters ``glued``
    before it, names another person: the object of the verb (والتقى ولي العهد بوزير الخارجية X;
    وجه الملك لرئيس الوزراء). ب never joins two titles into one office; ل does (النائب الثاني
    لرئيس مجلس الوزراء، المستشار لخادم الحرمين), except after a royal's or a head of state's
    title (_PRINCIPALS), which is no one's deputy or adviser."""
    if glued in ("ب", "بال"):
        return True
    entry = titles_by_form().get(previous.canonical)
    return glued in ("ل", "لل") and entry is not None and entry.kind in _PRINCIPALS


def _merged(phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """One phrase per head: an apposition adds its titles and qualifiers to the phrase
    that named the person first."""
    out: list[ActorPhrase] = []
    by_head: dict[int, ActorPhrase] = {}
    for phrase in phrases:
        earlier = by_head.get(phrase.head.first_token)
        if earlier is None:
            by_head[phrase.head.first_token] = phrase
            out.append(phrase)
            continue
        earlier.titles.extend(phrase.titles)
        earlier.qualifiers.extend(phrase.qualifiers)
        earlier.anaphors.extend(phrase.anaphors)
        earlier.last_token = max(earlier.last_token, phrase.last_token)
        if phrase.role:
            earlier.role, earlier.role_en = (f"{earlier.role} {phrase.role}".strip(), phrase.role_en or earlier.role_en)
    return out


# Words of the title lexicon's English names (titles.tsv) that make an office another's
# second (assistant foreign minister, deputy prime minister, vice president).
_SECOND_IN_OFFICE = frozenset({"assistant", "deputy", "vice"})
# kinds of the one head of a state or of its government (kg/data/titles.tsv): written without the
# article, in the construct state, the noun heads something else (رئيس الشؤون، مستشار المرشد)
_HEADS = frozenset({"head_of_state", "head_of_government"})
# titles of respect and degrees (kg/data/titles.tsv kinds): no office
_COURTESY = frozenset({"honorific", "academic"})
# titles of those who speak for a state to other states (kg/data/titles.tsv kinds)
_STATE_VOICES = frozenset({"head_of_state", "head_of_government", "minister", "royal", "diplomat"})
# titles of a state's principals (kg/data/titles.tsv kinds): no one's deputy or adviser
_PRINCIPALS = frozenset({"royal", "head_of_state"})
# titles of a state's officers (kg/data/titles.tsv kinds): their portfolio's nationality is theirs
_STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "minister"})
# titles of a profession (kg/data/titles.tsv kinds): a nationality adjective on one is the holder's
# nationality, and the profession is practised for whoever the phrase names besides
_PROFESSIONS = frozenset({"sports", "expert", "media", "civil", "academic"})


def _reading(entity: Mention, how: str, title: Title | None, organisation: bool) -> str:
    """What a name in a title's complement is to the actor (see the module docstring)."""
    diplomat = title is not None and title.kind == "diplomat"
    if how == "host":
        return HOST
    if how in ("other", "field"):
        return OTHER
    if entity.label == ORG:
        return EMPLOYER
    if _is_country(entity):
        if how in ("adjective", "genitive"):
            return OWNER if organisation else EMPLOYER
        if how == "in":
            # زعيم تنظيم داعش في أفغانستان: where the organisation acts, not the employer
            return HOST if diplomat else (PLACE if organisation else EMPLOYER)
        return HOST if diplomat else OTHER
    if title is not None and title.kind == "governor" and how in ("genitive", "in"):
        return EMPLOYER  # أمير منطقة عسير، محافظ عدن
    if how == "genitive" and _site(entity):
        return EMPLOYER  # مدير عام مطار الملك فهد الدولي: the airport's management, though a place
    return PLACE


def _is_country(mention: Mention) -> bool:
    if mention.source == "demonym":
        return True
    if mention.label != GPE or not mention.canonical:
        return False
    place = place_by_canonical(mention.canonical)
    return place is not None and place.kind == "country"


def _plausible_name(person: Mention, keys: list[str]) -> bool:
    """No name ends in tanween (هاجسًا is an accusative noun) or starts with a preposition on a
    known word (لعمال البناء); and a name read only because it
    follows a title (tagging's title cue) is no name when it starts with the article or an
    organisation's noun, or runs into a conjunction (المملكة الدائم، مكتب الصحة، حرس الشرف وصافح)."""
    if person.text.endswith(("ً", "ًا", "اً")) or _preposition_on_a_word(keys[person.first_token]):
        return False
    if keys[person.first_token].startswith("لل"):
        return False  # للسيسي: the preposition ل on a name with the article; no name begins so
    if person.last_token - person.first_token > 1 and _event_verb(keys[person.first_token]):
        return False  # ندد كيري: the tagger ran the verb into the name after it
    if person.source != "title-cue":
        return True
    words = keys[person.first_token : person.last_token]
    return not _definite(words[0]) and not _is_org_noun(words[0]) and not any(_conjoined(w) for w in words[1:])


def _event_verb(key: str) -> bool:
    """ندد، زار: a word written as a verb of the event lexicon (kg/data/events.tsv) with nothing
    glued to it, which no person's name begins with (فيصل is no ف + يصل)."""
    reading = _trigger_of(key)
    return reading is not None and reading.trigger.stem == key and reading.trigger.frame("verb") is not None


def _unknown_name(key: str) -> bool:
    """جنوى، شالكه: a word without the article that neither the NER data nor the common words
    know, and no known word with a possessive ه (وسطه): a name (a club, a company) no list has."""
    if _definite(key) or len(key) < 3 or not key.isalpha():
        return False
    common = common_words()
    return key not in common and key[:-1] not in common and not ner.load_model().memory.get(key) \
        and not (key.endswith("ه") and ner.load_model().memory.get(key[:-1]))


def _preposition_on_a_word(key: str) -> bool:
    """لعمال: ل or ب glued to a word the NER data knows, the whole never seen in a name."""
    memory = ner.load_model().memory
    return key[:1] in ("ب", "ل") and len(key) > 3 and bool(memory.get(key[1:])) and not any(
        ":PERS:" in f for f in memory.get(key, ()))


def _prepositional(key: str) -> bool:
    """بتحديد، لعدة: an ordinary word behind a glued ب or ل (not لجنة, itself a word)."""
    common = common_words()
    return key[:1] in ("ب", "ل") and key not in common and key[1:] in common


def _conjoined(key: str) -> bool:
    """A word with a glued و (وصافح، وتقديري), not one that begins with the letter (والي is read apart)."""
    return key.startswith("و") and not key.startswith("وا") and len(key) > 3


def _definite(key: str) -> bool:
    """The word carries the article, behind at most a conjunction and a preposition."""
    for prefix in ("", "و", "ف", "ب", "ك", "وب", "فب", "وك"):
        if key.startswith(prefix + "ال"):
            return True
    return key.startswith(("لل", "ولل", "فلل"))


def _is_org_noun(key: str) -> bool:
    """اتحاد، الاتحاد، وللجامعة، مكتب: a noun that heads an organisation's name
    (kg/data/org_heads.tsv, or a "body" word of kg/data/actor_words.tsv)."""
    heads, words = org_heads(), actor_words()
    for prefix, stem in clitic_splits(key):
        bare = stem[2:] if stem.startswith("ال") else stem
        if len(prefix) <= 2 and (stem in heads or bare in heads or words.get(bare) == "body"):
            return True
    return False
