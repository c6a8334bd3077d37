"""Tagging: named-entity mentions from the statistical model, the gazetteer and title cues.

The model (kg.ner) finds names it has never seen; the gazetteer (kg.lexicon) knows the
fixed inventory of countries, cities, regions and organisations with their canonical
names, and nationality adjectives (الروسي) that the model tags as nothing. Where both
speak, the longer span wins and a gazetteer entry lends its type. Titles (الرئيس،
وزير الخارجية) are passed on as TITLE mentions: extraction reads affiliations from them,
and a name the model missed right after a title is still taken as a person.

Around these three sources, the sentence's grammar decides where a name begins and ends:

- span edges: a glued "and" or preposition leaves a name where a first name remains
  (ومحمد، لدونالد; not ليونيل), a list of names splits at each و, a verb, a preposition
  on an ordinary word or a lone letter ends a person's name, and a lineage (بن ...) takes
  its family name; no name holds a word with an attached pronoun (وطننا، ارتدته، له), a
  verb in the future or with a glued "and" (سيشهد، وتسرد) or "with the"/"for the" (بالخيانة،
  للهلال), and an ordinary noun over everyday definite words is a phrase (جاهزية اللجان
  التنفيذية), whatever the model read; a common feminine noun or derived participle that
  heads its own phrase (برقية تهنئة، مؤثر على), a verbal noun before the name (وفاة) and a
  present-tense verb (يأمر، تضيف) are the sentence around a name, آل between two person
  spans joins them (سلمان بن عبدالعزيز آل سعود), and a definite word the model read alone
  after an agreeing definite noun takes the noun (المسجد الحرام);
- institutions (kg/data/org_heads.tsv): a head noun with its complements up to where
  Arabic grammar ends the name (صندوق تنمية الموارد البشرية، الهيئة السعودية للتخصصات
  الصحية); a state institution named without its country takes the country the article
  is about (وزارة الداخلية السعودية), a national body (الحكومة، الجيش) is a name only
  with its country; ل of purpose with an indefinite object ends a name (جامعة الملك عبد
  العزيز + لاستئجار مختبر), and a port's or an airport's name is a place by every path;
- agreements, declarations and programmes (kg/data/thing_heads.tsv, MISC): their noun with
  the city they were made in (اتفاق فيينا), a definite agreement noun with its field's
  adjective (الاتفاق النووي), a title in quotation marks (برنامج «إنجاز»);
- quoted names read by the noun before the quotes: a work's title (فيلم «نادي القطن»،
  بعنوان «...») is MISC, never an organisation, a slogan, hashtag, term or nickname (شعار،
  وسم، مصطلح، لقب: kg/data/quote_nouns.tsv) is no name, the model's organisation after a
  place noun (منطقة «مكيراس») is a place, and a body's kind before its quoted name
  (المنظمة الدولية «أطباء بلا حدود») names none;
- places introduced by a place noun (kg/data/place_heads.tsv: قاعدة العند، محافظة ديالى)
  and the kingdom an article calls المملكة (kg/data/state_references.tsv), the armed group
  it calls التحالف or المقاومة (kg/data/group_references.tsv), and the one body or place it
  named whose head noun stands alone later (الصندوق for صندوق النقد الدولي، القاعدة for
  قاعدة العند), never when two of that head are named or the noun's last use before is
  no name of it (أفضل 300 جامعة، نادي الاتحاد); such a bare head noun read as a
  name is none when it points back to a common noun (قاعدة جوية ... «القاعدة»), follows a
  demonstrative with no body named before (هذه القناة) or is listed among plain common
  nouns (السلم والتفاهم والتحالف);
- names in context: a gazetteer hit that reads as an ordinary word (an adjective, a unit
  after a number, a word with tanween, a language, a pronoun ending) or as a first name
  (الأمير تركي) is refused, and a place named with another country's adjective is that
  country's place (العاصمة الأردنية عمان);
- names inside names: a country or city in the name of a company, university or library
  (جامعة الإمارات، مكتبة الإسكندرية), after an airline or a mall noun (طيران الإمارات، الخطوط
  السعودية: the carrier), closing a cup's name (كأس أمم آسيا، دورة الخليج: a MISC) or
  opening a club's name (باريس سان جرمان) is no mention of that place, a nationality word
  that cannot qualify the firm's noun before it opens its name (شركة أمريكان إيرلاينز), and a nationality
  adjective after a title that is the family name of a person the article names after that
  title (اللواء التركي) is that person;
- one name, two things: a place closing a quoted name («فجر ليبيا») or beside a prayer's
  time (العصر أو المغرب) is no place, a nationality's bare plural after a first name is a
  name (دينيس روس), a body named with another country (حزب الله الكويتي) is another body, a
  union on a page about a sport is that sport's body (الاتحاد الأوروبي beside الفيفا: UEFA),
  and a word governed by a company noun names the company (شركة إيني), as do two words or more
  governed by an institution noun (مؤسسة كوفي أنان، بنك جولدمان ساكس); a name after the noun of
  a street, a building or a prize, or after a title there (شارع محمد فريد، ملعب الأمير فيصل،
  جائزة الملك فيصل: kg/data/not_place_contexts.tsv 'site') names that thing, not the person;
  a city with its country's masculine adjective or after a player's title is its club
  (برشلونة الإسباني، مهاجم روما), and so are its article's other bare mentions, with a
  plain name word after the city as the club's own name (مانشستر سيتي), and an
  organisation's name after an administrative unit's noun names a place, not the
  organisation (محافظة فيفا); a nationality adjective quoted alone names a film, a brand or a
  player (فيلم «الجزائري»، دار «بلغاري»), one before the nisba of a place named after its
  country is that place's (الأميركية اللاتينية), one ending a person's name is his family name
  where the article writes it bare (هلال سوداني ... أن سوداني), and a name closing a listed
  phrase is part of it (عقد القران، الفول السوداني); a place's name before a number and a
  unit of length is a measure (بقطر 21 بوصة);
- words that only look like names: a conjunction or preposition glued on a place spelt
  without its hamza when the whole word is as common (بابها "her door", not Abha), on an
  everyday noun before its adjective or genitive (بحركة السير, not Baharka), an imperative
  before its object (قم بتكرار, not Qom), a word with an attached pronoun after a place
  noun (لقضاء إجازاتهم), a bare organisation noun (منظمة «...»), a title's own words
  (حجة الإسلام), peoples and religious communities (الأكراد، الشيعة، الهنود الحمر;
  kg/data/not_entities.tsv), a country right after a count (15 كوبا "cups"), a group word
  with ل on a people (جيوب المقاومة للحوثيين: the verbal noun);
- fixed religious and closing formulas (kg/data/formulas.tsv): a person's name ends before
  a blessing (عبد الله بن عمر رضي الله عنهما), none opens inside a formula (والله ولي
  التوفيق، بعد توفيق الله), and the words before a praise of God name God (المولى جل وعلا);
  a word after the noun of a substance, a drug or a microbe names it (مادة هيدروكلوروثيازيد،
  فيروس كورونا: kg/data/not_place_contexts.tsv 'substance'), no person, body or place;
- a thing wished or asked for after the name a verb of two objects governs is the verb's
  second object (تمنى لبلاتر التوفيق: kg/data/double_object_verbs.tsv); a dual noun and the
  adjective or verb agreeing with it are no name (عينان عسليتان، سببان تضافرا);
- a region closing another name (ماتريالز هاندلنج الشرق الأوسط، «باي أفينيو» الخليج
  التجاري), an international body called national (مجلس الأمن الوطني) and a word closing
  a group's quoted name (تنظيم «فتح الإسلام») are no mention of the region, the body or
  the word.

How common a word is in ordinary Arabic comes from wordfreq's Arabic list (offline, in
its wheel), weighed against what the NER model's training data knows of it as a name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from kg.memo import memo
from itertools import chain, compress, count, repeat
from operator import attrgetter, itemgetter, ne

from kg.lexicon import formulas, double_object_words, latin_letter_keys, city_heads, place_namesakes, word_sense_cues, airline_nouns, attribution_words, context_words, other_spellings, outlet_adjectives, club_nouns_before_a_city, match_frame_words, place_by_canonical, canonical_key, Demonym, Match, Org, Place, Title, titles_by_form, common_words, latin_letter_names, gazetteer, not_entities, org_by_english, org_heads, org_heads_needing_a_name, quote_nouns, national_org_heads, state_org_heads, token_gazetteer, word_zipf, a_word_of_its_own, definite_lexicon_words, country_by_iso, feminine_adjective, masculine_adjective, place_in_country, state_references, state_reference_contexts, team_words, place_heads, place_words, not_place_contexts, prayer_times, field_bodies, org_home_countries, actor_words, group_references, org_by_canonical, service_org_heads, office_adjectives, royal_office_adjectives, legal_forms, monarchies, thing_heads, naming_heads, province_heads, site_heads, epithets, national_adjectives, place_particles, name_adjectives, natural_feature_heads, named_place_nisbas, nisba_stem
from kg import ner
from kg.ner import load_model
from kg.types import GPE, LOC, MISC, ORG, PERSON, TITLE, Document, Mention, Sentence
from kg.normalize import KEY_ARTICLE_PREFIXES_BY_LETTER, bare_key, clitic_splits, match_key, strip_diacritics
from kg.extract.dates import is_relative

_MODEL_LABELS = {"PERS": PERSON, "ORG": ORG, "LOC": LOC, "MISC": MISC}
# The source of a model's place right after a place noun (مدينة كوباني): in its article the
# noun settles the type of that name (kg.resolve), whatever the model read elsewhere there.
PLACE_NOUN_SOURCE = "place-noun"
# Words that end a name when reading one after a title (the model missed it).
_NAME_STOP_WORDS = (
        "في من إلى على عن مع أن إن أنه بأن الذي التي الذين قد لقد كما لكن ثم أو و هو هي "
        "الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الاثنين اليوم أمس البارحة غدا يوم صباح مساء "
        "قال وقال أكد وأكد أعلن وأعلن أضاف خلال بعد قبل منذ حيث عبر لدى بين نحو "
        "فإن وإن لأن ولكن إذ إذا كذلك أيضا عندما بينما"
).split()
_NAME_STOPS = frozenset(map(bare_key, _NAME_STOP_WORDS))
# The same words as written, with their article (الذي, not ذي "The" in a quoted English name).
_NAME_STOPS_WRITTEN = frozenset(map(match_key, _NAME_STOP_WORDS))
# Particles and adverbs of time that end a name the model ran on (الملك سلمان غير كل خير،
# كينياتا قبيل الاجتماع), as written.
_PARTICLES = frozenset("غير كل بعض جميع لا لم لن ليس قبيل عقب إثر عشية".split())
_ARABIC = re.compile("[\u0621-\u064a]")
# Glued to a name: conjunctions and prepositions, never the article.
_NAME_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})
_CAPITAL = bare_key("العاصمة")
_OR = match_key("أو")
_GROUP_BREAKS = frozenset(match_key(w) for w in ("بين", "مع"))
_RELATIVES = frozenset(match_key(w) for w in ("الذي", "التي"))
_THAT = frozenset(bare_key(w) for w in ("أن", "بأن", "لأن"))
_TANWEEN = re.compile("[\u064b-\u064d]")
_THEN = match_key("ثم")  # ثم قم بقلي: "then" opens a clause as punctuation does
_NUMBER_WORDS = frozenset(bare_key(w) for w in "ألف آلاف مليون ملايين مليار مليارات".split())
_KUNYA = frozenset(match_key(w) for w in ("أبو", "أبي", "أبا"))  # "father of", in its three cases (أبي يعقوب الكندي)
# Words after which a quoted name is a person's (يدعى «أبو عبيدة»، اسمه «خالد»، الملقب «الشابو»، المعروف باسم «أبي حمزة المصري»).
_GIVES_A_NAME = frozenset(match_key(w) for w in "يدعى تدعى يدعي اسمه اسمها يسمى تسمى المسمى الملقب الملقبة بلقب لقبه المعروف المعروفة باسم".split())
# The English "and" as Arabic spells it in a firm's name (جونسون آند جونسون): no person's name holds it.
_LATIN_AND = match_key("آند")
_FAMILY = bare_key("آل")
_ALLAH = bare_key("الله")  # آل سعود: the name already ends with its family
# Prepositions and pronouns as written (على, not the name علي the matching key folds it into).
_PREPOSITIONS = frozenset("في من إلى الى على عن مع لدى عند حول ضد بين تحت فوق أمام امام خلف هو هي هم".split())
# Prepositions a verbal noun or participle takes (المشرف على، الاستفادة من): one after a
# coordinated word shows a new phrase, not the rest of a name (unlike في: لجنة الأمن والدفاع في).
_GOVERNED_BY = frozenset(match_key(w) for w in "على من عن إلى".split())
# ... and في, less من: after a man's name من says where he is from, not what a verb governs.
_GOVERNED_WITHOUT_FROM = frozenset(match_key(w) for w in "في على عن إلى".split())
_FAMILY = bare_key("آل")  # آل مكتوم: "the family of", written with madda, never the article
# Gender agreement inside an institution's name: ة marks a feminine noun (ى and اء also end
# masculine nouns: مستشفى، ميناء); a word with these endings is no masculine singular
# adjective: feminine (الكبرى، العليا، الحمراء), plural or dual (الدراسات، المتحدين، العربيان).
_FEMININE_NOUN_ENDING = "ة"
_NOT_MASCULINE_SINGULAR_ENDINGS = ("ة", "ى", "ا", "اء", "ات", "ون", "ين", "ان")
_PARTICLE_KEYS = frozenset(map(match_key, _PARTICLES))
_FUNCTION_WORDS = frozenset(match_key(w) for w in "في من إلى على عن مع لدى عند حول ضد بين تحت فوق أمام خلف".split())
# Zipf frequency from which a word unknown as a name reads as an everyday word (حرس 4.1).
_EVERYDAY_ZIPF = 4.0
# Labels a word of a person's full name read elsewhere in the article gives way from (تركي الفيصل).
_NOT_PERSON_LABELS = frozenset({GPE, LOC, MISC})
# How often an article writes a given name and a place's name together before they are one name.
_PAIRS_OF_A_FULL_NAME = 2
# Conjunctions that open a clause as words of their own (أو قم بـ).
_CLAUSE_CONJUNCTIONS = frozenset(match_key(w) for w in "أو ثم".split())
_SENTENCE_ENDS = frozenset(".!?؟…")
_AND_OR = frozenset(match_key(w) for w in "و أو".split())  # written apart: الإنجليزية أو الفرنسية
# Conjunctions written on the next word, and the alifs that carry a hamza after them (وأرى).
_CONJUNCTION_LETTERS = "وف"
_HAMZA_ALIFS = "أإآ"
# A lexicon name this short (in letters) is matched only as written (_spelt_as_written).
_SHORT_NAME_LETTERS = 3
# Kinds of place noun (kg/data/place_words.tsv) that, bare, point back to a place the article names.
_PLACES_OF_AN_ARTICLE = frozenset({"region", "city", "quarter", "suburb"})
# ... written with the article, alone or after "in" (المنطقة، بالمنطقة; not للقضاء "for the judiciary").
_ON_A_PLACE = frozenset({"ال", "بال"})
# The source of such a body's mention (أمانة المنطقة): resolution keeps it to its article.
LOCAL_BODY_SOURCE = "local-body"
# Below this, a word unknown as a name is rare enough to be one (منقل، سمرقندي).
_RARE_ZIPF = 3.0
# From this Zipf frequency (once in ten million words) a word is one Arabic text writes, not
# a foreign name spelt in Arabic letters (يعايد 2.5; يروين 1.7).
_WRITTEN_ZIPF = 2.0
# How much commoner (Zipf) a word must be without its first letter for that letter to be a
# preposition where none is expected (after a title: بعيسى 2.6 commoner; لودي 1.1, لبنى 1.0).
_FAR_COMMONER = 2.0
# From this Zipf frequency a word is an ordinary one a preposition can govern (غصن).
_ORDINARY_ZIPF = 3.5

# Words after a region's everyday name that make it the edge of a place (الحدود الشمالية مع
# لبنان، بين البلدين): "with", "between".
_EDGE_WORDS = frozenset({"مع", "بين"})
# How much commoner (Zipf) a word is without its بـ for بال to read as "with the".
_CLEARLY_COMMONER = 0.5
# From this Zipf frequency a word unknown as a name heads a phrase before definite words
# (جاهزية 3.2); rarer ones are given names (موضي الخلف).
_PHRASE_HEAD_ZIPF = 3.2
# From this Zipf frequency (once in 100,000 words) a word with the article is too common to
# stand alone for a surname (الدين of عز الدين، الثاني of عبدالله الثاني; السيسي is 4.6).
_TOO_COMMON_FOR_A_SURNAME_ZIPF = 5.0
# Below this Zipf frequency a definite nisba after a first name is a family name (الحربي
# 4.4, الغامدي 3.7); everyday adjectives of that shape are commoner (الشخصي 4.7, الحالي 5.1).
_FAMILY_NISBA_ZIPF = 4.5
# Under this confidence in "outside" the model hesitated over a word as part of a name
# (المهندس أنس محمد صالح: أنس at 0.48).
_DOUBTED_OUTSIDE = 0.6
# The model's mean probability over a span it is sure of (ساعد العرابي الحارثي: 0.86).
_SURE_NAME = 0.8
# ... and of one it is certain of (دييغو مارادونا: 0.97); under it words of every kind open spans.
_CERTAIN_NAME = 0.9
# Attached pronouns (match_key): a word ending so is a noun or verb "of them", no name.
_PRONOUN_SUFFIXES = ("هم", "هن", "كم", "هما")
# Quotation marks around a title: «الشرق الأوسط»، "الشرق الأوسط"، {الشرق الأوسط}.
_QUOTES = frozenset({("«", "»"), ('"', '"'), ("“", "”"), ("{", "}")})
_OPENING_QUOTES = frozenset(pair[0] for pair in _QUOTES)
_CLOSING_QUOTES = frozenset(pair[1] for pair in _QUOTES)
_DASHES = frozenset("-–—")
_ACRONYM_CORE = re.compile(r"[A-Z]+[0-9]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[0-9][A-Za-z0-9]*|[A-Z]{1,3}[0-9]+[a-z]+[A-Z]+")
# Per-token tests as map() over word-type caches: no Python frame per token.
_KEY = attrgetter("key")


def predict_tags(docs: Sequence[Document], *, backend: str = "model") -> list[list]:
    """The model's BIO tags for every sentence of every document, in one call.

    The tagger's per-call overhead is paid once for a batch of documents rather than once
    per document; ``tag(doc, predictions=...)`` then takes each document's share.
    """
    model = load_model() if backend == "model" else _camel_backend()
    sentences = [s.texts for doc in docs for s in doc.sentences]
    tags = model.predict(sentences) if sentences else []
    out, position = [], 0
    for doc in docs:
        out.append(tags[position : position + len(doc.sentences)])
        position += len(doc.sentences)
    return out


def tag(doc: Document, *, backend: str = "model", predictions: list | None = None) -> list[Mention]:
    """Mentions of ``doc`` in text order: entities (PERSON ORG GPE LOC MISC) and TITLE cues.

    ``predictions`` are the model's tags for the document's sentences when a batch was
    already tagged (``predict_tags``).
    """
    if not doc.sentences:
        return []
    if predictions is None:
        (predictions,) = predict_tags([doc], backend=backend)
    lexicon = gazetteer()
    mentions: list[Mention] = []
    votes: dict[str, int] = {}
    read_votes: dict[str, int] = {}  # the same, from the words read as names or titles only
    folds_ya = lru_cache(maxsize=1)(lambda: _folds_ya(doc))  # read only when a nationality spelt with ى asks
    words_alone = frozenset(chain.from_iterable(sentence.keys for sentence in doc.sentences))
    sentence_matches = []
    for sentence in doc.sentences:
        keys = sentence.keys
        matches = _names_ending_in_a_day(lexicon, lexicon.match(keys), sentence.tokens, keys)
        sentence_matches.append(_and_a_place_of_the_list(_places_of_named_countries(_spelt_as_written(matches, sentence.tokens), keys), sentence.tokens))
    sentence_matches = _without_unframed_short_names(doc, sentence_matches)
    for sentence, tags, matches in zip(doc.sentences, predictions, sentence_matches):
        found = _sentence_mentions(doc.id, sentence, tags, matches, folds_ya, words_alone)
        matches = [m for m in _matches_not_inside_names(matches, found) if not _a_substance_named(sentence.tokens, m.first, m.last)]
        _count_countries(matches, votes)  # not فيروس كورونا: the virus, no town
        _count_countries(_matches_read(matches, found), read_votes)
        mentions.extend(found)
    _end_title_cues_at_known_names(doc, mentions)
    mentions = _without_people_spelt_as_places(mentions)
    mentions = _without_places_inside_people(doc, mentions)
    mentions = _without_verbs_spelt_as_places(doc, mentions)
    _surnames_spelt_as_places(doc, mentions)
    _nisba_family_names(doc, mentions)
    mentions = _with_known_surnames(doc, mentions + _propagate_names(doc, mentions))
    _surnames_after_titles(mentions)
    # المملكة is a kingdom the article really names, the one named most in all its spellings
    mentions.extend(_state_references(doc, mentions, {iso: n for iso, n in votes.items() if iso in read_votes}))
    mentions.extend(_group_references(doc, mentions, votes))
    places_read = {(bare_key(" ".join(sentence.keys[m.first : m.last])), m.entry.canonical)
                   for sentence, matches in zip(doc.sentences, sentence_matches) for m in matches if isinstance(m.entry, Place)}
    _namesakes_of_the_articles_country(mentions, places_read)
    _qualify_institutions(doc, mentions, votes)
    _qualify_clubs(doc, mentions)
    mentions.extend(_institution_references(doc, mentions))
    mentions = _without_common_noun_readings(doc, mentions)
    results = _match_results(doc, mentions)
    sides = {id(m): goals for named, goals in results for m in named}
    _teams_of_match_results(mentions, sides)
    _clubs_of_foreign_names(doc, mentions)
    mentions = _without_tails_of_clubs(doc, mentions)
    mentions = _clubs_named_after_cities(doc, mentions, set(sides), _countries_facing_clubs(results))  # after: النادي alone is no opponent named in a match report
    _bodies_of_the_field(mentions)  # after the clubs, and over references (الاتحاد) that took the short name's body
    mentions = _quoted_titles(doc, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# Sources of quoted names a noun before the quotes overrules: the model's and the patterns'
# readings, not the gazetteer's (مشروع «أرامكو» is Aramco's project).
_TITLE_SOURCES = frozenset({"model", "pattern", "club", "institution", LOCAL_BODY_SOURCE})
# Attached possessive pronouns a title's noun may carry (فيلمه، روايتها), longest first.
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_LIST_JOINS = ("و", "،", ",")


def _quoted_titles(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name in quotation marks right after the noun of a work, a programme or an event (فيلم
    «نادي القطن»، رواية «...»، حملة «...»: kg/data/thing_heads.tsv, named by a quoted title)
    is that thing's title, MISC, not an organisation, and so is a title (بعنوان «...»); after
    the noun of a slogan, a hashtag, a term, a nickname or a rating (شعار «روح الوحدة»، تصنيف
    «AA3»: kg/data/quote_nouns.tsv) the quoted words are no name at all. A name headed by an
    institution noun is the owner of a programme or a slogan (برنامج «الشركة السعودية للأبحاث
    والنشر»), but a film's or a book's title all the same (فيلم «نادي القطن»). The noun governs
    every title of a list it opens (فيلم «جواسيس» و«رعد غريب»), and the article's other quotes
    of the same words read alike («كلوت» كان صعبًا after the film «كلوت»). Words the article
    also quotes after an institution's noun are that institution's name everywhere (شركة
    «فالكون» beside حملة «فالكون»). The model's organisation in quotes after a place noun is a
    place (منطقة «مكيراس»). A name the gazetteer or a country qualifies keeps its reading."""
    text = doc.text
    readings: dict[str, str] = {}
    quoted = [m for m in mentions if m.label in (ORG, MISC) and m.source in _TITLE_SOURCES and not m.iso and _quote_before(text, m) >= 0]
    for m in quoted:
        reading = _reading_before_quotes(text, _quote_before(text, m))
        if reading is not None:
            readings.setdefault(m.key, reading)  # the first noun that reads the words decides
    if not readings:
        return mentions
    owned = {m.key for m in quoted if _after_an_institution_noun(text, _quote_before(text, m))}  # شركة «فالكون» beside حملة «فالكون»
    out = []
    for m in mentions:
        if m.key in owned and m.label == MISC and m.source == "pattern" and _quote_before(text, m) >= 0:
            m.label = ORG  # حملة «فالكون» beside شركة «فالكون»: the company's name
        reading = None
        if m.label in (ORG, MISC) and m.source in _TITLE_SOURCES and not m.iso and m.key in readings and m.key not in owned and (i := _quote_before(text, m)) >= 0:
            reading = _reading_before_quotes(text, i) or readings[m.key]  # «كلوت» كان صعبًا after the film «كلوت»
        if reading is not None and (reading == "title" or not _opens_with_an_institution(m)):
            if reading == "phrase":
                continue  # شعار «روح الوحدة»، تصنيف «AA3»: a phrase in quotes
            if reading in (GPE, LOC):
                if m.label == ORG and m.source == "model":
                    m.label = reading  # منطقة «مكيراس»: the place noun names a place
            else:
                m.label = MISC  # فيلم «نادي القطن»: the film's title
        out.append(m)
    return out


def _opens_with_an_institution(m: Mention) -> bool:
    """برنامج «الشركة السعودية للأبحاث والنشر»، شعار «جمعية ...»: a quoted name headed by an
    institution noun is that institution, owner of the programme, not its title."""
    return m.source in ("institution", "club", LOCAL_BODY_SOURCE) or _is_org_head(match_key(m.text.split(" ")[0]))


def _after_an_institution_noun(text: str, i: int) -> bool:
    """شركة «فورد»، موقع «...»: the word before the opening quote at ``i`` is an institution's noun."""
    words = re.findall("[\u0621-\u064a\u0640]+$", text[max(0, i - 40) : i].rstrip())
    return bool(words) and _is_org_head(match_key(words[0]))


def _quote_before(text: str, m: Mention) -> int:
    """The offset of the opening quotation mark when ``m`` fills one pair of quotes, else -1."""
    i = m.start - 1
    if i < 0 or not any(text[i] == opening and text[m.end : m.end + 1] == closing for opening, closing in _QUOTES):
        return -1
    return i


def _reading_before_quotes(text: str, i: int) -> str | None:
    """'title', 'work', 'phrase', GPE or LOC when the word right before the opening quote at ``i`` (or before the
    first title of a list of quoted titles: «أ» و«ب») is a title's noun, else None."""
    for _ in range(12):
        before = text[:i].rstrip()
        if before[-1:] in _LIST_JOINS and before[:-1].rstrip()[-1:] in _CLOSING_QUOTES:
            closing = before[:-1].rstrip()  # «جواسيس» و«رعد غريب»: back to the list's first title
            i = max(closing.rfind(opening, 0, len(closing) - 1) for opening, mark in _QUOTES if mark == closing[-1])
            if i < 0 or len(closing) - i > 80:
                return None
            continue
        words = re.findall("[\u0621-\u064a\u0640]+$", before[-40:])
        return _title_noun_reading(match_key(words[0])) if words else None
    return None


def names_quoted_words(key: str) -> bool:
    """Whether a word says what the quoted words after it are: a work, a programme, a title, a
    slogan or a hashtag (فيلم، برنامج، بعنوان، شعار): the quotation is their name, no report.

    >>> names_quoted_words(match_key("بعنوان")), names_quoted_words(match_key("الرئيس"))
    (True, False)
    """
    return _title_noun_reading(key) in ("title", "work", "phrase")


@memo(50_000)
def _title_noun_reading(key: str) -> str | None:
    """'title' for the noun of a work or of a title (فيلم، رواية، عنوان), 'work' for that of a
    programme or an event, which may also govern its owner (برنامج، حملة), 'phrase' for that of
    a slogan, hashtag, term, nickname or rating, with any glued conjunction, preposition, article
    or possessive pronoun (لفيلمه، بعنوان، روايتها), the place's type after a place noun without
    the article (منطقة، بميدان: kg/data/place_heads.tsv), else None."""
    heads, nouns = thing_heads(), quote_nouns()
    for _, stem in clitic_splits(key):
        for noun in _without_possessive(stem):
            if heads.get(noun) == "title" or nouns.get(noun) == "title":
                return "title"
            if heads.get(noun) in ("quoted", "any"):
                return "work"
            if nouns.get(noun) == "phrase":
                return "phrase"
    place = _place_head_reading(key)
    return place[1] if place is not None else None  # منطقة «مكيراس»، بميدان «تايمز سكوير»: GPE or LOC


def _without_possessive(stem: str) -> list[str]:
    """The stem and, when it ends with a possessive pronoun, the noun without it (روايته ->
    روايه: the feminine ت turns back into ة, which the matching key writes ه)."""
    nouns = [stem]
    for pronoun in _POSSESSIVES:
        if stem.endswith(pronoun) and len(stem) - len(pronoun) >= 3:
            noun = stem[: -len(pronoun)]
            nouns.extend([noun, noun[:-1] + "ه"] if noun.endswith("ت") else [noun])
            break
    return nouns


def _bodies_of_the_field(mentions: list[Mention]) -> None:
    """In an article of a field, a shorter name that opens the name of that field's body
    (الاتحاد الأوروبي for الاتحاد الأوروبي لكرة القدم) is that body: sport pages call UEFA
    الاتحاد الأوروبي (kg.lexicon.field_bodies). The article is of the field when it names
    another body of it (الفيفا), the body itself by its full name, or a sports club (مدرب
    الأهلي, source "club"). The words كرة القدم alone are no cue: a politics page names the
    game in passing."""
    bodies = field_bodies()
    named = {m.key for m in mentions if m.label == ORG}
    sport = any(m.source == "club" or m.canonical and match_key(m.canonical.split(" ")[0]) in team_words() for m in mentions)
    for m in mentions:
        for body, field in bodies.get(m.canonical, ()) if m.label == ORG else ():
            if named & field or sport or body.canonical in {n.canonical for n in mentions}:
                m.canonical, m.label_en = body.canonical, body.label_en
                break


def _names_ending_in_a_day(lexicon, matches: list[Match], tokens, keys) -> list[Match]:
    """يزور الجبير روسيا اليوم: a lexicon name whose last word is a word of the day (اليوم، أمس: the
    channel روسيا اليوم) also reads as a name and the adverb after it. It stands as one name only
    framed as a name: in quotes («روسيا اليوم») or after a media noun (قناة روسيا اليوم;
    kg/data/actor_words.tsv media) or a word that gives a report's source (ذكرت روسيا اليوم);
    else the words before the day word are matched alone."""
    out = []
    for m in matches:
        surface = m.entry.form if isinstance(m.entry, (Demonym, Title)) else m.entry.name
        words = surface.split()
        if len(words) < 2 or not is_relative(words[-1]) or _framed_as_one_name(tokens, m):
            out.append(m)
            continue
        out.extend(replace(s, first=s.first + m.first, last=s.last + m.first) for s in lexicon.match(keys[m.first : m.last - 1]))
    return out


def _framed_as_one_name(tokens, m: Match) -> bool:
    """«روسيا اليوم»، قناة روسيا اليوم، بحسب روسيا اليوم: a name in quotes, after a word that gives a
    report's source (kg/data/not_place_contexts.tsv, attribution), or, with no clitic of its own,
    after a media noun."""
    if m.first == 0:
        return False
    if _gives_a_source(tokens[m.first - 1]):
        return True
    if m.prefix:
        return False
    if tokens[m.first - 1].text in _OPENING_QUOTES or m.last < len(tokens) and _quoted_after_a_preposition(tokens, m.first - 1, m.last):
        return True
    return any(actor_words().get(stem.removeprefix("ال")) == "media" for _, stem in clitic_splits(tokens[m.first - 1].key))


def _spelt_as_written(matches: list[Match], tokens) -> list[Match]:
    """Lexicon hits, less one-word names of three letters or fewer not written as the
    lexicon writes them, hamza included: the matching key folds أ into ا, which would
    make وأم ("and a mother") the agency وام, and ابل ("camels") Apple; and, of any length,
    a conjunction on a hamzated word (``_a_conjunction_on_a_hamza``)."""
    out = []
    for m in matches:
        entry = m.entry
        if m.last - m.first == 1 and not isinstance(entry, (Demonym, Title)):
            written = unicodedata.normalize("NFKC", strip_diacritics(tokens[m.first].text)).replace("ـ", "")[len(m.prefix):]
            if len(entry.name) <= _SHORT_NAME_LETTERS and entry.name not in (written, written.removeprefix("ال")):
                continue
            if _a_conjunction_on_a_hamza(written, entry.name):
                continue
            if _a_letter_of_the_name_before(tokens, m):
                continue
        out.append(m)
    return out


_PREPOSITION_LETTERS = ("ب", "ك")


def _a_letter_of_the_name_before(tokens, match: Match) -> bool:
    """بلوم of وكالة بلوم بيرج، كلاوس of سانتا كلاوس: ب or ك opens the word of a name that a
    foreign place's particle (kg/data/place_particles.tsv) opened just before, or that a
    body's noun (kg/data/org_heads.tsv) opened when a foreign word goes on with the name,
    not a preposition before Lomé or Laos (مستشفى بجدة stays "a hospital in Jeddah")."""
    if match.prefix.lstrip(_CONJUNCTION_LETTERS) not in _PREPOSITION_LETTERS or match.first == 0:
        return False
    before = tokens[match.first - 1].key
    if before in place_particles():
        return True
    after_a_body = any(stem in org_heads() for prefix, stem in clitic_splits(before) if "ال" not in prefix)
    after = tokens[match.last] if match.last < len(tokens) else None
    return after_a_body and after is not None and not _is_definite(after.key) and _may_continue_a_foreign_name(after, common_words())


def _without_unframed_short_names(doc: Document, sentence_matches: list[list[Match]]) -> list[list[Match]]:
    """Each sentence's lexicon hits, less the short names (``_a_short_name``) the article
    never frames as names: لوم "blame" (Lomé), ابيك "I want you" (APEC), لومة لائم. A
    short name is an everyday word as often as a name, so it needs one of its article's
    mentions after a preposition, a place or body noun, in quotes or brackets, or beside
    another name, or its full name, or (a place) its country named in the article by some
    other word."""
    framed: set[str] = set()
    countries: set[str] = set()
    shorts = [[_a_short_name(sentence.tokens, match) for match in matches] for sentence, matches in zip(doc.sentences, sentence_matches)]
    for sentence, matches, short in zip(doc.sentences, sentence_matches, shorts):
        for match, is_short in zip(matches, short):
            if not is_short:
                countries.add(_country_named(match.entry))
                framed.add(getattr(match.entry, "canonical", ""))  # منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ: أبيك in full
            elif _framed_as_a_name(sentence.tokens, match, matches):
                framed.add(match.entry.canonical)
    return [[m for m, is_short in zip(matches, short) if not is_short or m.entry.canonical in framed
             or (isinstance(m.entry, Place) and m.entry.country_iso in countries - {""})]
            for matches, short in zip(sentence_matches, shorts)]


_SHORT_FRAMED_LETTERS = 4

# How common a short name's written word is when it is as much a word as a name: wordfreq
# counts لوم "blame" 3.8, ابيك "I want you" 3.5; names named so often that readers know
# them score 4.5 and more (جدة، دبي، حلب), names rarely met and spelt like no word below 2.5.
_WORDLIKE_ZIPF = (2.5, 4.5)


def _a_verb_taking_a_place(token) -> bool:
    """وزار، قصفت: a verb of the event lexicon whose object may be a place (kg/data/events.tsv,
    event_frames.tsv): a name right after it is its object (وزار حماه), not a word."""
    from kg.extract.triggers import trigger_of_word

    reading = trigger_of_word(token.text)
    frame = reading.trigger.frame("verb") if reading is not None and not reading.nominal else None
    return frame is not None and "obj" in frame.targets and "place" in frame.target_types


def _country_named(entry) -> str:
    """The ISO code of the country a lexicon entry names or lies in ("" for none)."""
    return entry.iso if isinstance(entry, Demonym) or (isinstance(entry, Place) and entry.kind == "country") \
        else entry.country_iso if isinstance(entry, Place) else ""


def _a_short_name(tokens, match: Match) -> bool:
    """A one-word town, region or body of ``_SHORT_FRAMED_LETTERS`` letters or fewer
    written as a word as common as an everyday one (``_WORDLIKE_ZIPF``): لوم، ابيك (a body's
    name only when written otherwise than the lexicon writes it). Countries and nationality
    adjectives are named too often to doubt."""
    entry = match.entry
    if match.last - match.first != 1 or not (isinstance(entry, Org) or (isinstance(entry, Place) and entry.kind != "country")):
        return False
    if len(entry.name) > _SHORT_FRAMED_LETTERS or entry.name.startswith("ال"):
        return False  # الطائف، الباحة: a definite word's readings have their own guards (_reads_as_adjective)
    written = strip_diacritics(tokens[match.first].text)[len(match.prefix):]
    if isinstance(entry, Org) and written == entry.name:
        return False  # واس، غوغل: a body's short name as the lexicon writes it is seldom a word; ابيك without its hamza is
    low, high = _WORDLIKE_ZIPF
    return low <= word_zipf(written) < high


def _framed_as_a_name(tokens, match: Match, matches: list[Match]) -> bool:
    """Token ``match.first`` reads as a name: a preposition glued on it (بلوم، لقم) or
    before it (إلى لوم), a place or body noun governing it (مدينة قم), a verb taking a place
    as its object before it (وزار حماه), quotation marks or a bracket opening before it,
    another lexicon name beside it in a list, or a dash after it opening a paragraph (a dateline)."""
    if match.prefix.lstrip(_CONJUNCTION_LETTERS)[:1] in ("ب", "ل"):
        return True
    if match.last < len(tokens) and tokens[match.last].text in _DASHES and (match.first == 0 or not tokens[match.first - 1].key.isalpha()):
        return True  # سيول - «الشرق الأوسط»: a dateline
    if match.first == 0:
        return False
    before = tokens[match.first - 1]
    if before.text in _OPENING_QUOTES or before.text in ("(", "["):
        return True
    stems = {stem for _, stem in clitic_splits(before.key)}
    if before.key in _FUNCTION_WORDS or any(s in place_words() or s in org_heads() for s in stems) or _a_verb_taking_a_place(before):
        return True
    return any(other is not match and not isinstance(other.entry, Title) and (
        (other.first == match.last and other.prefix[:1] == "و")
        or (other.last + 1 == match.first and tokens[other.last].text in _LIST_JOINS)
        or (match.last + 1 == other.first and tokens[match.last].text in _LIST_JOINS)) for other in matches)


def _a_conjunction_on_a_hamza(written: str, name: str) -> bool:
    """وأرى "and I see" is و on a word opening with a hamza, not Warri (واري), which the
    matching key reaches by folding أ into ا: a name whose و or ف is followed by a bare
    alif is written so, and the alif after a glued conjunction keeps its hamza.

    >>> _a_conjunction_on_a_hamza("وأرى", "واري"), _a_conjunction_on_a_hamza("وارسو", "وارسو")
    (True, False)
    """
    return len(written) > 2 and written[0] in _CONJUNCTION_LETTERS and written[1] in _HAMZA_ALIFS \
        and name[:1] == written[0] and name[1:2] == "ا"


def _count_countries(matches: list[Match], votes: dict[str, int]) -> None:
    """Add to ``votes`` (ISO code -> count) the countries a sentence names: by name, by
    nationality adjective, through one of their cities (جامعة حائل counts for Saudi
    Arabia) or by a title only that country has (خادم الحرمين الشريفين). This is how an
    article shows which country it is about."""
    for match in matches:
        entry = match.entry
        iso = entry.iso if isinstance(entry, Demonym) else entry.country_iso if isinstance(entry, Place) else \
            entry.scope if isinstance(entry, Title) and len(entry.scope) == 2 and entry.scope.isupper() else ""
        if iso:
            votes[iso] = votes.get(iso, 0) + 1


def _matches_not_inside_names(matches: list[Match], mentions: list[Mention]) -> list[Match]:
    """The lexicon's matches of a sentence that may show the article's country: a word
    read as a place or a nationality. One inside a person's name is no vote (تركي of تركي
    الشليل, المصري of a family name); inside an organisation's name a nationality or a
    country votes, being the body's (الهيئة السعودية للتخصصات الصحية), and a city only
    where it ends the name as the body's seat (جامعة حائل), not as a word of it (اتحاد
    المحمدية للاستثمار، نادي مانشستر يونايتد)."""
    names = [m for m in mentions if m.label in (PERSON, ORG, MISC)]
    return [match for match in matches if not any(
        m.first_token < match.last and match.first < m.last_token
        and (m.label == PERSON or (match.last < m.last_token and not _country_iso(match)))
        for m in names)]


def _matches_read(matches: list[Match], mentions: list[Mention]) -> list[Match]:
    """The lexicon's matches of a sentence that the tagger read as a name (under any
    mention's words) or as a title. A match it refused names no country: البعثة الزرقاء
    "the blue delegation" is no mention of Zarqa, so no vote for Jordan's المملكة."""
    read = {i for m in mentions if m.label != TITLE for i in range(m.first_token, m.last_token)}
    return [m for m in matches if isinstance(m.entry, Title) or any(i in read for i in range(m.first, m.last))]


def _covered_tokens(mentions: list[Mention]) -> set[tuple[int, int]]:
    """(sentence, token) pairs inside a name already read: no bare word there stands for one."""
    return {(m.sentence, i) for m in mentions if m.label != TITLE for i in range(m.first_token, m.last_token)}


def _word_mention(doc: Document, sentence: Sentence, i: int, label: str, source: str, key: str = "") -> Mention:
    """A mention of the one word at ``i`` that stands for a name (بالمملكة، والتحالف، للصندوق),
    its proclitic left out; keyed on its own text, with the article's alif back after ل
    (لمملكة of للمملكة: see kg.resolve._written), unless ``key`` says otherwise."""
    token = sentence.tokens[i]
    proclitic = _word_proclitic(token.key)
    start = token.start + _prefix_chars(token.text, proclitic)
    text = doc.text[start : token.end]
    lost_alif = proclitic.endswith("ل") and _lam_took_the_alif(token.key, proclitic)
    return Mention(doc.id, sentence.index, start, token.end, text, label, key or (bare_key("ا" + text) if lost_alif else name_key(text)), 0.8, source, i, i + 1)


def _word_proclitic(key: str) -> str:
    """The proclitic before a definite word: و، ب، ل on بالمملكة، والتحالف; the ل of للمملكة,
    whose article lost its alif (ل + المملكة), as a name tagged after its clitic starts (لمملكة).

    >>> _word_proclitic(match_key("للمملكة")), _word_proclitic(match_key("بالمملكة")), _word_proclitic(match_key("المملكة"))
    ('ل', 'ب', '')
    """
    for prefix, stem in clitic_splits(key):
        if stem.startswith("ال") and prefix in _NAME_PROCLITICS:
            return prefix
        if prefix in ("لل", "ولل", "فلل") and not stem.startswith("ا"):
            return prefix[:-1]
    return ""


def _state_references(doc: Document, mentions: list[Mention], votes: dict[str, int]) -> list[Mention]:
    """المملكة، بالمملكة: the kingdom the article names most (by name, adjective or city; only
    the countries it names in words read as names are in ``votes``: see _matches_read), when
    the word stands alone, not after a site's noun (برج المملكة); with none, or two named as often, it stays unread, and so does an
    article whose every bare word stands as an item of a list of states."""
    if not votes:
        return []  # no country named: no kingdom to read
    references = state_references()
    covered = _covered_tokens(mentions)
    words = [
        (sentence, i, countries)
        for sentence in doc.sentences
        for i in compress(count(), map(_ends_in_a_state_reference, sentence.keys))
        if (sentence.index, i) not in covered and _carries_the_article(sentence.tokens[i].key)
        and (countries := references.get(bare_key(sentence.tokens[i].text)))
        and not (i and _context_kind(sentence.tokens[i - 1].key) == "demonstrative")  # هذه المملكة: a kingdom just described
        and not _after_a_site_noun(sentence.tokens, i)  # برج المملكة: a tower's name, no kingdom
    ]
    if _all_listed_among_states(words, mentions):
        return []  # قطر وإندونيسيا والمملكة: an item among states, never the article's own kingdom elsewhere
    beside = _states_named_beside(doc, words, mentions)
    origins = _states_named_as_origins(doc, words, mentions)
    out = []
    for sentence, i, countries in words:
        adjective = _nationality_after(sentence.tokens, i)
        if adjective:  # المملكة الأردنية: the kingdom its adjective names, or one the word cannot name
            named = [adjective] if adjective in countries else []
        else:
            named = sorted((iso for iso in votes if iso in countries and iso not in beside), key=lambda iso: -votes[iso])
            if named and (sentence.index, named[0]) in origins:
                continue  # للمملكة من جهة الأردن: not Jordan, and which other kingdom is unsure
        if not named or (len(named) > 1 and votes[named[0]] == votes[named[1]]):
            continue  # no kingdom named, or two named as often: which one is unsure
        country = country_by_iso(named[0])
        if country is None:
            continue
        mention = _word_mention(doc, sentence, i, GPE, "reference")
        mention.canonical, mention.label_en, mention.iso = country.canonical, country.label_en, country.iso
        out.append(mention)
    return out


@memo(200_000)
def _ends_in_a_state_reference(key: str) -> bool:
    """بالمملكة: the word ends in one of kg.lexicon.state_references' words, per word type."""
    return key.endswith(tuple(state_references()))


def _states_named_beside(doc: Document, words: list, mentions: list[Mention]) -> set[str]:
    """The countries an article names by their own name as another party in a sentence where
    the bare word (المملكة) also stands: as an item of a list or a pair («المملكة الأرخص بين
    دول الخليج.. والبحرين ثانياً»، بين المملكة والبحرين), after the word as the other side of
    a ranking (وتلت المملكة في القائمة البحرين) or before it as the party a preposition of
    another side sets against it (البحرين تستنكر تصريحات ... ضد المملكة): the word is not that
    country in this article. A name with no such link (السعودية ... وأن المملكة، أوقفت البحرين
    ... في المملكة) may be the same country named twice."""
    sentences = {sentence.index for sentence, _, _ in words}
    ranked_after = {(sentence.index, i) for sentence, i, _ in words if i and _context_kind(sentence.tokens[i - 1].key) == "order"}
    opposed_before = {(sentence.index, i) for sentence, i, _ in words if i and _context_kind(sentence.tokens[i - 1].key) == "against"}
    out = set()
    for m in mentions:
        if m.sentence not in sentences or not m.iso or m.source != "gazetteer":
            continue
        tokens = doc.sentences[m.sentence].tokens
        token = tokens[m.first_token]
        glued = m.start > token.start and match_key(token.text).startswith("و")
        listed = glued or (m.first_token and tokens[m.first_token - 1].text in _LIST_JOINS)
        ranked = any(s == m.sentence and i < m.first_token for s, i in ranked_after)
        opposed = any(s == m.sentence and m.last_token <= i for s, i in opposed_before)
        if listed or ranked or opposed:
            out.add(m.iso)
    return out


def _all_listed_among_states(words: list, mentions: list[Mention]) -> bool:
    """Every bare word (المملكة) stands as an item of a list of states, a country named right
    before it and another right after it (قطر وإندونيسيا والمملكة وماليزيا): which kingdom it is
    only the article's use of the word elsewhere tells."""
    ends = {(m.sentence, m.last_token) for m in mentions if m.iso and m.label == GPE}
    starts = {(m.sentence, m.first_token) for m in mentions if m.iso and m.label == GPE}
    def joined(sentence, i: int, step: int) -> int:  # past a comma between the items
        k = i + step
        return k + step if 0 <= k < len(sentence.tokens) and sentence.tokens[k].text in _LIST_JOINS else k

    return all((sentence.index, joined(sentence, i, -1) + 1) in ends and (sentence.index, joined(sentence, i, 1)) in starts
               for sentence, i, _ in words)


def _states_named_as_origins(doc: Document, words: list, mentions: list[Mention]) -> set[tuple[int, str]]:
    """(sentence, country) for each country named by name right after من، جهة or ناحية in a
    sentence where the bare word (المملكة) also stands: someone or something comes from it
    (تهريب الحبوب للمملكة من جهة الأردن، معتمر من الأردن ... مفخرة للمملكة), so the word there
    is the other end, not that country."""
    sentences = {sentence.index for sentence, _, _ in words}
    return {
        (m.sentence, m.iso)
        for m in mentions
        if m.sentence in sentences and m.iso and m.source == "gazetteer" and m.first_token
        and _context_kind(doc.sentences[m.sentence].tokens[m.first_token - 1].key) == "origin"
    }


def _context_kind(key: str) -> str:
    """The kind (order, against, origin, demonstrative) of a word of kg/data/state_reference_contexts.tsv, with
    or without its conjunction (ومع، وتلت), else ""."""
    contexts = state_reference_contexts()
    return contexts.get(key) or contexts.get(key[1:] if key[:1] in ("و", "ف") else "", "")


def _nationality_after(tokens, i: int) -> str:
    """The country of the nationality adjective right after the word at ``i`` (المملكة
    الأردنية -> JO), else ""."""
    if i + 1 >= len(tokens):
        return ""
    return next((m.entry.iso for m in gazetteer().match([tokens[i + 1].key]) if isinstance(m.entry, Demonym) and m.entry.iso), "")


def _group_references(doc: Document, mentions: list[Mention], votes: dict[str, int]) -> list[Mention]:
    """التحالف، طائرات التحالف، للمقاومة: a common noun standing alone for an armed group is
    the group of that name the article names in full, else the one fighting in the country
    it names most of those the word can point to; with another group of that name (التحالف
    الوطني), none or two such countries named as often, it stays unread. With two of its
    groups named in full (التحالف الدولي and التحالف العربي), a demonstrative says which:
    هذا التحالف is the one named last before it, not the one of the countries. An adjective after
    the noun (التحالف الوطني) or بين / مع (التحالف بين البلدين) makes it another thing."""
    references = group_references()
    named = {bare_key(m.canonical or m.text) for m in mentions if m.label == ORG}
    chosen = {word: org for word, rows in references.items() if (org := _group_of(word, rows, named, votes)) is not None}
    rivals = {word: in_full for word, rows in references.items() if len(in_full := _named_in_full(rows, named)) > 1}
    if not chosen and not rivals:
        return []  # most articles: no group word can be read, so no token needs looking at
    named_at = {(m.sentence, m.first_token) for m in mentions if m.label in (ORG, GPE)}  # للحوثيين: a group or a people named
    out = []
    for sentence, i, org in _chosen_words_alone(doc, dict.fromkeys(rivals) | chosen, mentions):
        tokens = sentence.tokens
        if (in_full := rivals.get(bare_key(tokens[i].text))) is not None:
            org = _pointed_back_to(tokens, (sentence.index, i), in_full, mentions) or org
        elif org is not None:
            org = _group_of_the_sentence(bare_key(tokens[i].text), references, named, mentions, sentence.index) or org
        if org is None:
            continue  # التحالف in an article naming two coalitions and its countries alike: nothing says which
        if (i + 1 < len(tokens) and _qualifies(tokens[i + 1].key)) or _named_by_a_head_before(tokens, i):
            continue  # محور المقاومة، محور حركة المقاومة: an alliance named after the word, not the group
        if _told_of_another_time(sentence.text, doc.date):
            continue  # عام 1991م شنت قوات التحالف هجوما: the coalition of that year, not the one fighting now
        if i + 1 < len(tokens) and (sentence.index, i + 1) in named_at and _to_a_people(tokens[i + 1].key):
            continue  # جيوب المقاومة للحوثيين: the verbal noun with whose resistance it is, not the group
        mention = _word_mention(doc, sentence, i, ORG, "reference")
        mention.canonical, mention.label_en = org.canonical, org.label_en
        out.append(mention)
    return out


_YEAR = re.compile(r"(?<![0-9٠-٩])((?:19|20|١٩|٢٠)[0-9٠-٩]{2})(?![0-9٠-٩])")
_YEARS_BACK = 2  # a year this many or more before the article's tells of another time


def _told_of_another_time(text: str, written: str) -> bool:
    """عام 1991م شنت قوات التحالف هجوما: a sentence that names a year two or more before the
    article's tells of that time; a bare group word in it names the group of then, not the one
    the article's country is fighting with now."""
    if len(written) < 4 or not written[:4].isdigit():
        return False
    now = int(written[:4])
    return any(int(year) <= now - _YEARS_BACK for year in _YEAR.findall(text))  # int reads ١٩٩١ too


def _to_a_people(key: str) -> bool:
    """للحوثيين: ل on the plural of a people or a group the article names. After a group
    word (المقاومة للحوثيين) it makes the word the verbal noun "resistance" with whose (or
    to whom) it is, not the group's short name; ل on a newspaper (المقاومة لـ«الشرق
    الأوسط») or on a verbal noun (التحالف للتعاون) is not read so."""
    return key.startswith("ل") and key.endswith(("ين", "ون")) and _plural_noun(key)


def _chosen_words_alone(doc: Document, chosen: dict, mentions: list[Mention]):
    """(sentence, token index, what ``chosen`` holds for it) for every token with the article
    that spells a word of ``chosen`` and no mention covers; the tokens spelling one are found
    per word type in C, so the rest of the text costs no Python step."""
    covered = _covered_tokens(mentions)
    for sentence in doc.sentences:
        tokens = sentence.tokens
        for i in compress(count(), map(chosen.__contains__, map(bare_key, sentence.texts))):
            if (sentence.index, i) not in covered and _carries_the_article(tokens[i].key):
                yield sentence, i, chosen[bare_key(tokens[i].text)]


def _named_in_full(rows: tuple[tuple[str, frozenset[str]], ...], named: set[str]) -> list[str]:
    """The canonicals of a group word's groups that the article names in full."""
    return [canonical for canonical, _ in rows if canonical != "-" and bare_key(canonical) in named]


def _pointed_back_to(tokens, at: tuple[int, int], in_full: list[str], mentions: list[Mention]) -> Org | None:
    """هذا التحالف، لهذا التحالف: after a demonstrative, the group word is the group of
    ``in_full`` named last before it; None without one or with none named before."""
    if not _after_a_demonstrative(tokens, at[1]):
        return None
    keys = {bare_key(canonical) for canonical in in_full}
    before = [m for m in mentions if m.label == ORG and m.canonical and bare_key(m.canonical) in keys and (m.sentence, m.first_token) < at]
    return org_by_canonical(max(before, key=lambda m: (m.sentence, m.first_token)).canonical) if before else None


def _group_of_the_sentence(word: str, references, named: set[str], mentions: list[Mention], index: int) -> Org | None:
    """The group a bare group word names by the countries its own sentence names (سلامة
    اليمن ... تدخل المملكة ودول التحالف: the coalition in Yemen, though the article names
    Syria more often), or None when the sentence names none of them or them alike."""
    votes: dict[str, int] = {}
    for m in mentions:
        if m.sentence == index and m.iso:
            votes[m.iso] = votes.get(m.iso, 0) + 1
    return _group_of(word, references.get(word, ()), named, votes) if votes else None


def _group_of(word: str, rows: tuple[tuple[str, frozenset[str]], ...], named: set[str], votes: dict[str, int]) -> Org | None:
    """The organisation a bare group word names in this article (see _group_references)."""
    candidates = {bare_key(canonical) for canonical, _ in rows if canonical != "-"}
    in_full = _named_in_full(rows, named)
    if len(in_full) == 1:
        return org_by_canonical(in_full[0])
    if any(name.split()[0] == word and name not in candidates for name in named):
        return None  # التحالف الوطني named: a bare التحالف is that one
    scores = sorted(((max((votes.get(iso, 0) for iso in countries), default=0), canonical) for canonical, countries in rows), reverse=True)
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[0][0] == scores[1][0]) or scores[0][1] == "-":
        return None
    return org_by_canonical(scores[0][1])


def _institution_references(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """الصندوق، وأكد المجلس، للهيئة: an institution's head noun with the article, standing
    alone, is the one organisation of the article whose name that noun heads (صندوق النقد
    الدولي، جماعة «أنصار بيت المقدس»), named before it; so is a place noun that belongs to
    its place's name (القاعدة for قاعدة العند، المعبر for معبر رفح: place_heads.tsv), when the
    noun's last use before it is that body's name or a bare use read so. Two bodies or places
    of that head in the article (مجلس الأمن and مجلس الوزراء, or one no mention holds: اتحاد
    منتجي السيارات), none named before, a last use that is a common noun (أفضل 300 جامعة) or
    another name's word (نادي الاتحاد), a qualifier after the noun (المجلس البلدي، الهيئة
    العامة للسياحة: another name), a noun governing it (طيران الاتحاد) or another name of
    the article holding the noun (تنظيم القاعدة beside قاعدة العند), and it stays unread. A national body (الحكومة، الجيش) is never read so: every country has
    one. The mention (source "antecedent") joins its antecedent's cluster without voting on
    its name or type."""
    org = org_heads() - national_org_heads() - service_org_heads()
    place = frozenset(head for head, (_, part_of_name) in place_heads().items() if part_of_name)
    bodies: dict[str, list[Mention]] = defaultdict(list)
    words: dict[str, set[str]] = defaultdict(set)  # word -> keys of the names holding it
    for m in mentions:
        if m.label == TITLE or m.source == "antecedent":
            continue
        key = _body_key(m)
        for word in key.split(" "):
            words[word].add(key)
        heads = org if m.label == ORG else place if m.label in (GPE, LOC) else frozenset()
        tokens = doc.sentences[m.sentence].tokens
        head = _named_head(tokens, m, heads) if heads and not _predicate_after_its_noun(tokens, m) else ""
        if head:
            bodies[head].append(m)
    chosen = {head: named for head, named in bodies.items()
              if _one_body(named) and words.get(head, set()) <= {_body_key(m) for m in named}}
    if not chosen:
        return []  # most articles: no body whose head noun could stand for it
    uses = {head: _uses_of_the_noun(doc, head, named, mentions) for head, named in chosen.items()}
    out = []
    resolved: dict[tuple[int, int], Mention] = {}  # where a bare noun stood for its body
    for sentence, i, named in _chosen_words_alone(doc, chosen, mentions):
        tokens = sentence.tokens
        if i + 1 < len(tokens) and _names_another(tokens[i + 1].key):
            continue
        head_uses = uses[bare_key(tokens[i].text)]
        if any(kind == "another" for _, kind in head_uses) or _names_its_own(tokens, i) or _in_a_list_of_one_word_names(tokens, i):
            continue  # a second body of that head, or a club, carrier or firm named with the noun
        at = (sentence.index, i)
        previous = [(where, kind) for where, kind in head_uses if where < at]
        if not previous:
            continue  # no body of that head named yet: nothing to refer to
        where, kind = previous[-1]
        antecedent = kind if isinstance(kind, Mention) else resolved.get(where)
        if antecedent is None:
            continue  # its last use before is no name of the body (a common noun, another club's name)
        resolved[at] = antecedent
        mention = _word_mention(doc, sentence, i, antecedent.label, "antecedent", key=antecedent.key)
        mention.canonical, mention.label_en, mention.iso = antecedent.canonical, antecedent.label_en, antecedent.iso
        out.append(mention)
    return out


def _predicate_after_its_noun(tokens, m: Mention) -> bool:
    """عيد الاتحاد عالمي: a noun with the article before an indefinite nisba is a subject and
    its predicate ("the union is global"), no name of a body."""
    return m.last_token - m.first_token == 2 and _carries_the_article(tokens[m.first_token].key) \
        and _an_indefinite_nisba(tokens[m.first_token + 1].key)


def _uses_of_the_noun(doc: Document, noun: str, named: list[Mention], mentions: list[Mention]) -> list[tuple[tuple[int, int], object]]:
    """Every use of a head noun in the article, in order, as ((sentence, token), kind): the
    mention of the body it heads, also for the noun before a word of that body's name
    (أمانة منطقة الرياض for أمانة الرياض); "another" for a second body of that head
    (اتحاد منتجي السيارات، المنظمة الدولية «أطباء بلا حدود»: the noun in construct with a
    genitive that has a definite one, or with the article right before another
    organisation's name, past an adjective); else "other" (a bare use, a common noun, a word of another name), but an
    indefinite use after the body's name in its sentence describes it (مركز غرفة الشرقية
    للتوظيف، مركز متخصص). The noun with the article before a qualifier (ميزانية الوكالة
    السنوية) is left out: neither the body nor another."""
    spans = []  # (sentence, from the head noun, to the name's end, mention)
    for m in named:
        first = m.first_token
        if bare_key(m.text).split(" ")[0] != noun:
            first -= 1 + (first > 1 and doc.sentences[m.sentence].tokens[first - 1].text in _OPENING_QUOTES)
        spans.append((m.sentence, first, m.last_token, m))
    own_words = {word for m in named for word in bare_key(m.text).split(" ")} - {noun}
    keys = {_body_key(m) for m in named}
    read = {(m.sentence, i): m for m in mentions if m.label != TITLE for i in range(m.first_token, m.last_token)}
    others = {(m.sentence, m.first_token) for m in mentions if m.label == ORG and _body_key(m) not in keys and m.source != "antecedent"}
    out = []
    for sentence in doc.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            definite = next((prefix.endswith(("ال", "لل")) for prefix, stem in clitic_splits(token.key) if stem == noun), None)
            if definite is None:
                continue
            at = (sentence.index, i)
            kind = next((m for s, first, last, m in spans if s == sentence.index and first <= i < last), None)
            if kind is None and at in read:
                kind = read[at] if _body_key(read[at]) in keys else "other"  # للاتحاد الأوروبي, read without its article
            elif kind is None and own_words & {bare_key(t.text) for t in tokens[i + 1 : i + 3]}:
                kind = next((m for m in reversed(named) if (m.sentence, m.first_token) < at), "other")
            elif kind is None:
                kind = _another_body(tokens, sentence.index, i, definite, others if named[0].label == ORG else None)
                if kind == "other" and not definite:  # جامعة لشبونة هي جامعة بحثية: the body described
                    kind = next((m for m in reversed(named) if m.sentence == sentence.index and m.last_token <= i), kind)
            if kind is not None:
                out.append((at, kind))
    return out


def _another_body(tokens, index: int, i: int, definite: bool, others: set[tuple[int, int]] | None) -> str | None:
    """What the head noun at ``i``, outside any name, is: "another" body of that head when,
    without the article, it governs a genitive that governs a definite one (مجلس إدارة
    الشركة، اتحاد منتجي السيارات: اتحاد الكرة or قناة الأزرق may be the body by another
    name, and is only "other") or, with it, stands before another organisation's name, past an
    adjective and a quotation mark (المنظمة الدولية «أطباء بلا حدود»), where a name of
    ``others`` starts (None for a place's noun, never "another": قاعدة عدم السماح is an
    idiom); None, no use of the noun alone, before a qualifier (الوكالة السنوية، المجلس
    للشؤون); else "other"."""
    after = tokens[i + 1].key if i + 1 < len(tokens) else ""
    if others is None:
        return None if definite and _names_another(after) else "other"
    if not definite:
        def genitive(k: int) -> bool:  # written with the article: ألمانية is no الـ word
            return k < len(tokens) and strip_diacritics(tokens[k].text).startswith("ال")
        noun = bool(after) and strip_diacritics(tokens[i + 1].text) not in _PREPOSITIONS  # منتجي، كبار in construct
        return "another" if noun and not genitive(i + 1) and genitive(i + 2) else "other"
    k = i + 1 + _qualifies(after)
    if k < len(tokens) and tokens[k].text in _OPENING_QUOTES:
        k += 1
    if k > i + 1 and (index, k) in others:
        return "another"
    return None if _names_another(after) else "other"


def _in_a_list_of_one_word_names(tokens, i: int) -> bool:
    """التعاون والشباب والخليج والفتح والفيصلي والاتحاد: one of three words or more with the
    article joined by و, a list of one-word names (clubs) or of common nouns, where the noun
    is one more of them, not a body of several words named before."""
    first, last = _joined_by_and(tokens, i, lambda k: 0 <= k < len(tokens) and _carries_the_article(tokens[k].key))
    return last - first >= 2


def _joined_by_and(tokens, i: int, member) -> tuple[int, int]:
    """(first, last) of the run of words joined by و around ``tokens[i]`` whose every word
    is a ``member`` (a predicate on an index, False outside the sentence)."""
    first = i
    while tokens[first].key.startswith("و") and member(first - 1):
        first -= 1
    last = i
    while member(last + 1) and tokens[last + 1].key.startswith("و"):
        last += 1
    return first, last


def _names_its_own(tokens, i: int) -> bool:
    """نادي الاتحاد، طيران الاتحاد، لاعبو الاتحاد: the bare noun governed by a club's, a
    player's or an airline's indefinite noun (team_words.tsv, not_place_contexts.tsv) names
    that club or carrier, not the body of the article its head noun opens; another body's
    noun (أكاديمية النادي، مجلس الاتحاد) governs the body itself."""
    nouns = club_nouns_before_a_city()
    if _governed_by(tokens, i - 1, nouns, "club"):
        return True
    if _governed_by(tokens, i - 1, nouns, "body") and _head_reading(tokens[i - 1].key) is not None:
        return True  # نادي الاتحاد; not فريق الوزارة, the ministry's team
    return i > 0 and any(stem in airline_nouns() and "ال" not in prefix for prefix, stem in clitic_splits(tokens[i - 1].key))


def _without_common_noun_readings(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name that is one head noun with the article (القاعدة، التحالف، القناة: a noun of
    org_heads.tsv, place_heads.tsv or group_references.tsv) is the common noun pointing back,
    not the body of that name, when (a) a demonstrative stands before it (هذا التحالف) and the
    article has not named the body before it (التحالف العربي; the body an antecedent reference
    points back to is so named); (b) the article never names the body and the noun's last use
    before it is a common noun (قاعدة جوية ... على «القاعدة»); or (c) it is one of three
    words or more joined by و, the others plain definite nouns no name covers (طريقة السلم
    والتفاهم والتحالف)."""
    heads = _name_head_nouns()
    alone = [m for m in mentions if m.label not in (TITLE, PERSON) and m.last_token - m.first_token == 1
             and bare_key(m.text) in heads and _carries_the_article(match_key(m.text))]
    if not alone:
        return mentions  # most articles: no name is a bare head noun
    covered = _covered_tokens(mentions)
    bare = {id(m) for m in alone}
    dropped = set()
    common: set[tuple[int, int]] = set()  # where a dropped word stands: a later one may point back to it
    for m in sorted(alone, key=attrgetter("sentence", "first_token")):
        noun = bare_key(m.text)
        tokens = doc.sentences[m.sentence].tokens
        at = (m.sentence, m.first_token)
        in_full = [o for o in mentions if id(o) not in bare and _names_in_full(o, m, noun)]
        if _after_a_demonstrative(tokens, m.first_token):
            if not any((o.sentence, o.first_token) < at for o in in_full):
                dropped.add(id(m))
        elif not in_full and _used_as_a_common_noun(doc, noun, at, covered, common):
            dropped.add(id(m))
        elif _among_common_nouns(tokens, m.first_token, m.sentence, covered):
            dropped.add(id(m))
        if id(m) in dropped:
            common.add(at)
    return [m for m in mentions if id(m) not in dropped]


@lru_cache(maxsize=1)
def _name_head_nouns() -> frozenset[str]:
    """The nouns that can head a body's or a place's name, or stand for an armed group."""
    return org_heads() | frozenset(place_heads()) | frozenset(group_references())


def _names_in_full(other: Mention, m: Mention, noun: str) -> bool:
    """``other``, no bare head noun itself, names the body ``m`` stands for: the same entity
    (the lexicon entry, or the name an antecedent reference points back to), or a name of
    ``m``'s label holding the noun with the article (تنظيم القاعدة)."""
    if other.label != m.label:
        return False
    if _body_key(other) == _body_key(m):
        return True
    return not m.canonical and any(bare_key(word) == noun and _carries_the_article(match_key(word)) for word in other.text.split())


def _after_a_demonstrative(tokens, i: int) -> bool:
    """هذا التحالف، لهذه القناة، تلك «القاعدة»: a demonstrative (state_reference_contexts.tsv)
    right before the word, past an opening quotation mark."""
    k = i - 1
    if k >= 0 and tokens[k].text in _OPENING_QUOTES:
        k -= 1
    key = tokens[k].key if k >= 0 else ""
    return "demonstrative" in (_context_kind(key), _context_kind(key[1:] if key[:1] in ("ل", "ب") else ""))


def _used_as_a_common_noun(doc: Document, noun: str, at: tuple[int, int], covered: set[tuple[int, int]], common: set[tuple[int, int]]) -> bool:
    """The noun's last use before ``at`` is indefinite, outside any name and with an indefinite
    nisba that makes it a kind of thing (قاعدة جوية ... على «القاعدة»، تحالف دولي ...
    التحالف), or a bare word ``common`` holds (already read so): the definite word points
    back to that thing, not to a body the article never names. A construct (مقاومة الزحف،
    تحالف قبائل مأرب) says too little, a name read in between (المقاومة في عدن) is what it
    points back to, and the same word with the article left unread points back further."""
    for sentence in reversed(doc.sentences[: at[0] + 1]):
        tokens = sentence.tokens
        last = at[1] if sentence.index == at[0] else len(tokens)
        for i in range(last - 1, -1, -1):
            if bare_key(tokens[i].text) != noun or ((sentence.index, i) not in covered and _carries_the_article(tokens[i].key)):
                continue  # another word, or the same one unread: it points back further
            return (sentence.index, i) in common or (sentence.index, i) not in covered and i + 1 < len(tokens) \
                and (sentence.index, i + 1) not in covered and _an_indefinite_nisba(tokens[i + 1].key)
    return False


def _an_indefinite_nisba(key: str) -> bool:
    """جوية، دولي، عسكرية: an adjective of relation without the article."""
    return len(key) >= 4 and key.endswith(_NISBA_ENDINGS) and not _carries_the_article(key)


def _among_common_nouns(tokens, i: int, index: int, covered: set[tuple[int, int]]) -> bool:
    """السلم والتفاهم والتحالف: the word is one of three or more joined by و, every other one
    a definite word outside any name, and no name joined to the list; a quoted word is a
    name set in a list."""
    def plain(k: int) -> bool:
        return 0 <= k < len(tokens) and (index, k) not in covered and _carries_the_article(tokens[k].key) \
            and not token_gazetteer().get(bare_key(tokens[k].text))

    def joined(k: int) -> bool:
        return tokens[k].key.startswith("و")

    if (i > 0 and tokens[i - 1].text in _OPENING_QUOTES) or (joined(i) and not plain(i - 1)):
        return False  # «القاعدة» in a list, داعش والقاعدة: a name beside it
    first, last = _joined_by_and(tokens, i, plain)
    return last - first >= 2 and not (last + 1 < len(tokens) and joined(last + 1))


def _body_key(m: Mention) -> str:
    """The key a mention's entity is grouped on (kg.resolve): its lexicon entry's, else its own."""
    return canonical_key(m.canonical, m.label_en) if m.canonical else m.key


def _named_head(tokens, m: Mention, heads: frozenset[str]) -> str:
    """The noun that heads a name: its first word (صندوق النقد الدولي، قاعدة العند), or for an
    organisation the word right before it, past a quotation mark (حركة حماس، جماعة «أنصار
    بيت المقدس»); "" when none does."""
    first = bare_key(m.text).split(" ")[0]
    if first in heads or m.label != ORG:
        return first if first in heads else ""  # a place's noun is in its name: معسكر سويسرا is a camp, not Switzerland
    k = m.first_token - 1
    if k >= 0 and tokens[k].text in _OPENING_QUOTES:
        k -= 1
    word = bare_key(tokens[k].text) if k >= 0 else ""
    return word if word in heads else ""


def _one_body(named: list[Mention]) -> bool:
    """The mentions name one body: the same lexicon entry, or names each of which opens the
    longest (مجلس الأمن، مجلس الأمن الدولي)."""
    keys = {_body_key(m) for m in named}
    longest = max(keys, key=len)
    return all(longest == key or longest.startswith(key + " ") for key in keys)


@memo(50_000)
def _names_another(key: str) -> bool:
    """The word after a bare institution noun makes it part of another name or a common
    phrase: a definite word (المجلس الأعلى، الهيئة العامة), an ل-complement (المجلس للشؤون)
    or بين / مع (the group's relation to another)."""
    return _qualifies(key) or key.startswith(("ال", "لل"))


@memo(50_000)
def _qualifies(key: str) -> bool:
    """The word after a group noun makes it another name or a common noun: a definite
    adjective of relation (الوطني، الدولية) or بين / مع."""
    return key in _GROUP_BREAKS or (key.startswith("ال") and key.endswith(("ي", "يه")) and key not in _RELATIVES)


@memo(200_000)
def _carries_the_article(key: str) -> bool:
    """الظروف، للظروف، وبالمملكة: the word has the article, after any proclitic."""
    return any(prefix.endswith(("ال", "لل")) or stem.startswith("ال") for prefix, stem in clitic_splits(key) if prefix or stem.startswith("ال"))


def _places_of_named_countries(matches: list[Match], keys: list[str]) -> list[Match]:
    """A place named next to a country's adjective is that country's place of the same
    name: العاصمة الأردنية عمان is Amman, not Oman; and a country named as a capital is its
    capital city (العاصمة الجزائر، تونس العاصمة are Algiers and Tunis)."""
    out = list(matches)
    for index, match in enumerate(out):
        if not isinstance(match.entry, Place) or match.last - match.first > 2:
            continue
        if match.entry.kind == "country" and match.first > 0 and bare_key(keys[match.first - 1]) == _CAPITAL:
            place = place_in_country(bare_key(match.entry.name), match.entry.iso)
            if place is not None:  # العاصمة الجزائر is Algiers, not Algeria
                out[index] = Match(match.first, match.last, match.kind, place, match.prefix)
                continue
        if match.entry.kind == "country" and match.last < len(keys) and bare_key(keys[match.last]) == _CAPITAL and not (match.last + 1 < len(keys) and keys[match.last + 1].startswith("ال")):
            place = place_in_country(bare_key(match.entry.name), match.entry.iso)
            if place is not None:  # تونس العاصمة is Tunis (not تونس العاصمة الاقتصادية: no capital named)
                out[index] = Match(match.first, match.last, match.kind, place, match.prefix)
                continue
        if match.entry.kind == "country" and match.first > 0 and any(stem in city_heads() for _, stem in clitic_splits(bare_key(keys[match.first - 1]))):
            cities = [p for p in place_namesakes().get(match.entry.canonical, ()) if p.kind in ("city", "capital")]
            if len(cities) == 1:  # أمانة عمان، محافظ عمان: a city's municipality or governor, Amman, not Oman
                out[index] = Match(match.first, match.last, match.kind, cities[0], match.prefix)
                continue
        near = [m for m in matches if _is_demonym(m) and (0 <= match.first - m.last <= 1 or m.first == match.last)]
        for demonym in near:
            iso = demonym.entry.iso
            if iso == match.entry.country_iso:
                break
            place = place_in_country(bare_key(match.entry.name), iso)
            if place is not None:
                out[index] = Match(match.first, match.last, match.kind, place, match.prefix)
                break
    return out


def _and_a_place_of_the_list(matches: list[Match], tokens) -> list[Match]:
    """A one-word place whose first letter is و, listed among places of other countries one
    of which has a place named by the rest of the word, is و + that place: in الرياض وجدة
    والمدينة المنورة, وجدة is "and Jeddah", not Oujda in Morocco (beside الرباط it stays)."""
    out = list(matches)
    for index, match in enumerate(out):
        key = tokens[match.first].key
        if not isinstance(match.entry, Place) or match.last - match.first != 1 or match.prefix or not key.startswith("و"):
            continue
        countries = {_country_named(m.entry) for m in _listed_beside(matches, tokens, match) if isinstance(m.entry, Place)} - {""}
        if _country_named(match.entry) in countries:
            continue
        places = [p for iso in sorted(countries) if (p := place_in_country(bare_key(key[1:]), iso)) is not None]
        if len(places) == 1:
            out[index] = Match(match.first, match.last, match.kind, places[0], "و")
    return out


def _listed_beside(matches: list[Match], tokens, match: Match) -> list[Match]:
    """The matches listed right before and after ``match``, across a comma (الرياض وجدة
    والمدينة المنورة، مكة): the one before it, and the one after it that opens with و."""
    commas = ("،", ",")
    before = match.first - 1 if match.first > 1 and tokens[match.first - 1].text in commas else match.first
    after = match.last + 1 if match.last + 1 < len(tokens) and tokens[match.last].text in commas else match.last
    return [m for m in matches if m.last == before or (m.first == after and m.prefix.startswith("و"))]


def _is_state_head(key: str) -> bool:
    heads = state_org_heads()
    return any(stem in heads for _, stem in clitic_splits(key))


def _mark_country(mention: Mention, sentence: Sentence, first: int, last: int, matches: list[Match]) -> None:
    """A state institution's own name (without its country) as canonical, and the country
    the sentence gives it: its nationality adjective (وزارة الداخلية السعودية) or في + a
    country right after it (وزارة المالية في اليونان); ``iso`` stays empty when none does.
    Resolution names it later (``_qualify_institutions``)."""
    tokens = sentence.tokens
    if any(first < m.first and m.last < last and _country_iso(m) for m in matches) or any(
        first < m.first and m.last <= last and isinstance(m.entry, Place) and m.entry.kind != "country" for m in matches
    ):
        mention.canonical = ""
        return  # الهيئة المصرية العامة للكتاب، أمانة الرياض: the country or the city is part of the name
    country = [m for m in matches if first < m.first and m.last == last and _country_iso(m)]
    name_end = country[0].first if country else last
    genitive = bool(country) and not _is_demonym(country[0]) and not country[0].prefix and _without_the_article(tokens[name_end - 1].key)
    if not country:
        country = _country_after_the_offices(tokens, last, matches)
    start = mention.start
    end = tokens[name_end - 1].end
    lost = _lost_article(tokens[first].key, (_head_reading(tokens[first].key) or ("",))[0])
    text = sentence.text[start - sentence.start : end - sentence.start]
    if genitive:
        text = _definite_last_word(text)  # مجلس وزراء مصر: named with its country's adjective, مجلس الوزراء (المصري)
    mention.canonical = ("ا" if lost else "") + text
    mention.iso = _country_iso(country[0]) if country else ""


def _without_the_article(key: str) -> bool:
    """وزراء، علماء: no article, whether or not a letter is glued before it (والرياضة،
    للجوازات carry it).

    >>> _without_the_article("وزراء"), _without_the_article("والرياضه"), _without_the_article("للجوازات")
    (True, False, False)
    """
    return not (key.startswith(("ال", "لل")) or key[1:].startswith(("ال", "لل")))


def _definite_last_word(name: str) -> str:
    """مجلس وزراء -> مجلس الوزراء: a country closing a chain of genitives (مجلس وزراء مصر)
    makes the chain definite; named by its country's adjective instead, the chain's last word
    takes the article the adjective agrees with.

    >>> _definite_last_word("مجلس وزراء"), _definite_last_word("حكومة")
    ('مجلس الوزراء', 'الحكومة')
    """
    before, _, last = name.rpartition(" ")
    return f"{before} ال{last}" if before else f"ال{last}"


def _country_after_the_offices(tokens, last: int, matches: list[Match]) -> list[Match]:
    """The country «في X» or «بدولة X، بمملكة X» gives the institution ending at ``last``,
    right after it or after the offices in apposition that follow it: in «نائب رئيس مجلس
    الوزراء وزير الداخلية بدولة الكويت» the whole chain of offices is Kuwait's, cabinet
    included. [] when no country closes the chain so."""
    title_after = {m.first: m for m in matches if isinstance(m.entry, Title)}
    at = last
    while at in title_after and title_after[at].last > at:
        at = title_after[at].last
    if at < len(tokens) and tokens[at].key == _IN:
        return [m for m in matches if m.first == at + 1 and not m.prefix and _country_iso(m)]
    after = [m for m in matches if m.first == at and m.prefix == "ب" and isinstance(m.entry, Place) and _country_iso(m)]
    if at == last and not any(_with_its_form_of_state(m.entry) for m in after):
        return []  # رحب مجلس الوزراء بمصر: right after the body, a bare ب + country may be a verb's object
    return after


def _with_its_form_of_state(place: Place) -> bool:
    """دولة الكويت، مملكة البحرين: the country's name written with its form of state, a
    word its usual name lacks."""
    return len(place.name.split(" ")) > len(place.canonical.split(" "))


def _country_iso(match: Match) -> str:
    entry = match.entry
    if isinstance(entry, Demonym):
        return entry.iso
    if isinstance(entry, Place) and entry.kind == "country":
        return entry.iso
    return ""


def _qualify_institutions(doc: Document, mentions: list[Mention], votes: dict[str, int]) -> None:
    """وزارة الداخلية of Saudi Arabia and of Egypt are two ministries: a state institution
    is named with its country, "وزارة الداخلية (المملكة العربية السعودية)", the country
    its sentence gives or else the one the article names most. With no country in the
    article it keeps its bare name, unless a royal's titles in the article name the body
    (``_royals_offices``): then it is the kingdom his titles or else the article name most. A club (نادي) takes only the country its sentence gives
    (see ``_qualify_clubs``)."""
    main = _main_country(votes)
    ministers = _ministers_countries(mentions)
    royal = _royals_offices(mentions)
    named = sorted((iso for iso in votes if iso in monarchies()), key=lambda iso: -votes[iso])
    kingdom = named[0] if len(named) == 1 or (named and votes[named[0]] > votes[named[1]]) else ""
    royal = {key: iso or kingdom for key, iso in royal.items()}  # no kingdom in his titles: the one the article names most
    kingdoms: dict[str, set[str]] = defaultdict(set)  # a body's bare name -> the kingdoms a royal's titles give it
    for m in mentions:
        if id(m) in royal and royal[id(m)] and not m.iso and m.canonical:
            kingdoms[bare_key(m.canonical)].add(royal[id(m)])
    for m in mentions:
        if m.source != "institution" or not m.canonical:
            continue
        words = bare_key(m.canonical).split(" ")
        minister = ministers.get(words[1], set()) if len(words) == 2 else set()
        club = match_key(m.canonical.split(" ")[0]) in team_words()
        iso = m.iso or (next(iter(minister)) if len(minister) == 1 else "" if club else main)
        if not m.iso and iso not in monarchies() and any(w in royal_office_adjectives() for w in map(match_key, m.canonical.split(" "))):
            iso = ""  # الديوان الملكي in an article about Yemen: the court of a king the article does not name
        if not m.iso and id(m) in royal and (royal[id(m)] or iso not in monarchies()):
            iso = royal[id(m)]  # the crown prince's نائب رئيس مجلس الوزراء in a report on Colombia: a kingdom's cabinet
        elif not iso and len(kingdoms.get(bare_key(m.canonical), ())) == 1:
            iso = next(iter(kingdoms[bare_key(m.canonical)]))  # the same body named bare elsewhere in the article
        if _names_a_place_of_its_article(doc, mentions, m.canonical):
            m.canonical, m.iso, m.source = "", "", LOCAL_BODY_SOURCE  # أمانة المنطقة beside منطقة حائل: that region's
            continue
        country = country_by_iso(iso)
        m.canonical = _with_country(m.canonical, country.canonical) if country else ""
        m.iso = ""
        if club and country is None:
            m.source = "club"  # نادي الفيصلي: a club's country is not the one the article names most


def _names_a_place_of_its_article(doc: Document, mentions: list[Mention], name: str) -> bool:
    """A body named after a bare definite place noun (أمانة المنطقة، مجلس التنمية السياحية
    بالمنطقة) in an article that names a place by that noun (منطقة عسير) is the body of
    that place: no country's, and no other article's body of that name (not صحيفة الجزيرة
    or مجلس القضاء, where no جزيرة or قضاء heads a place)."""
    words = name.split(" ")
    last = match_key(words[-1])
    nouns = {stem for prefix, stem in clitic_splits(last) if prefix in _ON_A_PLACE and place_words().get(stem) in _PLACES_OF_AN_ARTICLE}
    if len(words) < 2 or not nouns:
        return False
    for m in mentions:
        if m.label in (GPE, LOC):
            tokens = doc.sentences[m.sentence].tokens
            heads = tokens[max(m.first_token - 1, 0) : m.first_token + 1]
            if any(stem in nouns and "ال" not in prefix for token in heads for prefix, stem in clitic_splits(token.key)):
                return True
    return False


def _royals_offices(mentions: list[Mention]) -> dict[int, str]:
    """Id -> country (ISO, or "" when unsaid) of the institutions named in a royal's chain of
    titles (الأمير فلان ولي العهد نائب رئيس مجلس الوزراء): the titles and names in
    apposition before the office that names the institution hold a royal title
    (kg/data/titles.tsv kind royal), so the institution is a kingdom's, whichever country
    the article names most; the kingdom whose own title the chain holds (ولي ولي العهد:
    Saudi Arabia) when it holds one."""
    forms = titles_by_form()
    by_end: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in (TITLE, PERSON):
            by_end[(m.sentence, m.last_token)].append(m)
    out: dict[int, str] = {}
    for m in mentions:
        if m.source != "institution":
            continue
        office = [t for t in by_end.get((m.sentence, m.last_token), ()) if t.label == TITLE and t.first_token < m.first_token]
        chain = office[:1]
        while chain:
            link = chain.pop()
            title = forms.get(link.canonical) if link.label == TITLE else None
            if title is not None and title.kind == "royal":
                country = out.get(id(m), "")
                out[id(m)] = country or (title.scope if country_by_iso(title.scope) is not None else "")
            chain.extend(by_end.get((m.sentence, link.first_token), ())[:1])
    return out


def _namesakes_of_the_articles_country(mentions: list[Mention], places_read: set[tuple[str, str]]) -> None:
    """طرابلس is Libya's capital and, as طرابلس الشام, a Lebanese city. A bare city name the
    lexicon also gives, with more words, to a city of another country is that city where the
    article's other places and nationalities point to that country and never to the bare
    name's own (أهل طرابلس وصيدا in a Lebanese story); else it stays the best-known one."""
    namesakes = place_namesakes()
    bare = [m for m in mentions if m.source == "gazetteer" and m.canonical in namesakes]
    if not bare:
        return
    votes = Counter(iso for m in mentions if m.canonical not in namesakes and (iso := _country_of(m)))
    for m in bare:
        own = place_by_canonical(m.canonical)
        pointed = [other for other in namesakes[m.canonical] if votes[other.country_iso]]
        if own is not None and own.kind == "country":
            # a country's name is listed among countries anywhere: the city only where the
            # article itself reads the word so (``places_read``: أمانة عمان in a Jordanian story)
            pointed = [other for other in pointed if (m.key, other.canonical) in places_read]
        if own is not None and not votes[own.country_iso] and len(pointed) == 1:
            m.canonical, m.label_en, m.iso = pointed[0].canonical, pointed[0].label_en, ""


def _country_of(mention: Mention) -> str:
    """The ISO code of the country a lexicon place or nationality of the text lies in or names."""
    if mention.source == "demonym":
        return mention.iso
    place = place_by_canonical(mention.canonical) if mention.source == "gazetteer" and mention.label in (GPE, LOC) else None
    return _country_named(place) if place is not None else ""


def _qualify_clubs(doc: Document, mentions: list[Mention]) -> None:
    """الأهلي of Jeddah and of Cairo are two clubs. A name the model read as an
    organisation and a team noun governs (مدرب الأهلي، جماهير الزمالك) is a club's; when
    the article gives its country by the nationality adjective right after it (الأهلي
    المصري), every mention of that name in the article is "نادي الأهلي المصري". The
    country the article names most is no evidence here (a club's camp abroad, a foreign
    coach): without the adjective the name stays bare, as a club of this article only
    (source "club")."""
    cues = team_words()
    adjectives = {(m.sentence, m.first_token): m.iso for m in mentions if m.source == "demonym" and m.iso}
    names = [m for m in mentions if m.label == ORG and m.source == "model" and not m.canonical and m.text.startswith("ال")]
    teams = {
        m.key: m.text for m in names
        if m.first_token and any(stem in cues for _, stem in clitic_splits(doc.sentences[m.sentence].tokens[m.first_token - 1].key))
    }
    countries: dict[str, set[str]] = defaultdict(set)
    for m in names:
        if m.key in teams and (m.sentence, m.last_token) in adjectives:
            countries[m.key].add(adjectives[(m.sentence, m.last_token)])
    for m in names:
        if m.key not in teams:
            continue
        country = country_by_iso(next(iter(countries[m.key]))) if len(countries.get(m.key, ())) == 1 else None
        if country is not None:
            m.canonical = _with_country(f"نادي {teams[m.key]}", country.canonical)
        else:
            m.source = "club"  # which country's club is unknown: resolution keeps it to this article


def _match_results(doc: Document, mentions: list[Mention]) -> list[tuple[list[Mention], bool]]:
    """The sides of each match result (فاز موناكو 2-1 على جاره نيس، تعادل X مع Y بهدف لكل
    منهما), with whether the clause scores in goals: the name right after a result verb and
    the one right after على or مع in its clause, when the clause (up to the next result
    verb) gives a score, "N-N" or a goal word (kg/data/match_frames.tsv). A set score (6-3)
    can be two players', goals are teams'."""
    starts = {(m.sentence, m.first_token): m for m in mentions if m.label != TITLE}
    results: list[tuple[list[Mention], bool]] = []
    for s, sentence in enumerate(doc.sentences):
        roles = list(map(_match_role, sentence.keys))
        if "verb" not in roles:
            continue
        verbs = [k for k, role in enumerate(roles) if role == "verb"] + [len(roles)]
        for v, end in zip(verbs, verbs[1:]):
            goals = "score" in roles[v:end]
            if not goals and not any(_is_score(sentence.tokens, k) for k in range(v, end)):
                continue
            sides = []
            for k in [v] + [k for k in range(v, end) if roles[k] == "opponent"]:
                at = k + 2 if roles[k] == "opponent" and _an_epithet_of_the_side(sentence.tokens, k + 1) else k + 1
                side = starts.get((s, at))
                if side is not None:
                    sides.append(side)
            results.append((sides, goals))
    return results


def _countries_facing_clubs(results: list[tuple[list[Mention], bool]]) -> set[int]:
    """A country that is a side of a result whose other side is no country (فاز موناكو 2-1
    على جاره نيس) is a club of that name: a national side plays other countries'."""
    def a_country(m: Mention) -> bool:
        place = place_by_canonical(m.canonical) if m.source == "gazetteer" and m.label == GPE else None
        return place is not None and place.kind == "country"

    return {id(m) for sides, _ in results for m in sides
            if a_country(m) and len(sides) > 1 and not any(a_country(other) for other in sides if other is not m)}


def _an_epithet_of_the_side(tokens, k: int) -> bool:
    """على جاره نيس، على ضيفه قرة باغ: a noun with "its" between the preposition and the
    opponent says who the opponent is to the winner; the name follows it."""
    return k + 1 < len(tokens) and _pronoun_on_a_word(tokens[k].text)


@memo(200_000)
def _match_role(key: str) -> str:
    """The role of a word (behind its clitics) in a match result, per word type: "verb",
    "score", "opponent" (kg/data/match_frames.tsv), else ""."""
    words = match_frame_words()
    return next((words[stem] for _, stem in clitic_splits(key) if stem in words), "")


def _is_score(tokens, k: int) -> bool:
    """Tokens ``k``..``k+2`` are a score, 2-1 or 1-صفر."""
    def goals(j: int) -> bool:
        return tokens[j].key.isdigit() or tokens[j].key == "صفر"

    return k + 2 < len(tokens) and goals(k) and tokens[k + 1].text == "-" and goals(k + 2)


def _teams_of_match_results(mentions: list[Mention], sides: dict[int, bool]) -> None:
    """A name the model read as a person or place that is a side of a result scored in
    goals (تعادل ستيوا بوخارست مع بارتيزان بلجراد بهدف لكل منهما) is a team; so is the
    model's place that is a side of a result in figures (فاز موناكو 2-1 على جاره نيس): a set
    score may be two players', never two places'."""
    for m in mentions:
        goals = sides.get(id(m))
        if goals is not None and m.source == "model" and m.label in ((PERSON, LOC, MISC) if goals else (LOC,)):
            m.label, m.label_en = ORG, ""


# The sources of a person read from the words alone: the model's, and its reading carried to the
# article's other mentions of the name
_READ_AS_PEOPLE = frozenset({"model", "propagated"})


def _clubs_of_foreign_names(doc: Document, mentions: list[Mention]) -> None:
    """A foreign club's name (مازيمبي، كونيا سبور) reads like a person's. Two cues together
    make it the club: a definite masculine nationality adjective right after one of its
    mentions (ليوبار الكونغولي; a club agrees in the masculine, as a man does) and an
    indefinite team noun in construct with one of them (فريق ليوبار، مهاجم ليوبار; a man is no
    team's genitive). The adjective alone is a man's too (اللاعب نيمار البرازيلي: a definite
    noun governs nothing), so is the noun alone (the article may be about a player), so
    every mention of the name the model read as a person is then the club."""
    nouns = club_nouns_before_a_city()
    adjectives = {(m.sentence, m.first_token): m for m in mentions if m.source == "demonym" and m.iso}
    people = [m for m in mentions if m.source in _READ_AS_PEOPLE and m.label == PERSON and m.last_token - m.first_token <= 2]
    adjective_named: set[str] = set()
    team_named: set[str] = set()
    for m in people:
        tokens = doc.sentences[m.sentence].tokens
        adjective = adjectives.get((m.sentence, m.last_token))
        if adjective is not None and adjective.key.endswith("ي") and _carries_the_article(match_key(adjective.text)):
            adjective_named.add(m.key)
        if any(_governed_by(tokens, m.first_token - 1, nouns, kind) for kind in ("club", "body")):
            team_named.add(m.key)
    for m in people:
        if m.key in adjective_named and m.key in team_named:
            m.label, m.source, m.label_en = ORG, "club", ""


def _without_tails_of_clubs(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """سان جيرمان يضم: the model's person that is the end of a club's name the article gives
    whole (فريق باريس سان جيرمان) is that club, shortened, not a man. The whole name is a
    club's when فريق or نادي heads it or governs it, or it is already read as a club; a
    player's noun is no such cue here (مهاجم بجوار ريفاس: the model's organisation may take in
    a preposition, and ريفاس is still the man)."""
    nouns = club_nouns_before_a_city()
    tails: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label != ORG:
            continue
        words = tuple(match_key(m.text).split())
        headed = bool(words) and nouns.get(words[0]) == "body"
        governed = _governed_by(doc.sentences[m.sentence].tokens, m.first_token - 1, nouns, "body")
        name = words[1:] if headed else words
        if len(name) > 1 and (headed or governed or m.source == "club"):
            tails.update(name[k:] for k in range(1, len(name)))
    return [m for m in mentions
            if not (m.source in _READ_AS_PEOPLE and m.label == PERSON and tuple(match_key(m.text).split()) in tails)]


def _clubs_named_after_cities(doc: Document, mentions: list[Mention], match_sides: set[int], club_countries: set[int]) -> list[Mention]:
    """برشلونة، روما، ميلان name a club as often as a city. Grammar tells them apart: a
    city is feminine (برشلونة الإسبانية، مدينة روما), a club masculine, so a definite
    masculine nationality adjective of the city's own country right after the name
    (برشلونة الإسباني، روما الإيطالي), or a player's or team's noun in construct with it
    (مهاجم روما، لاعبو ميلان; not جمهور الرياض, its people), makes it the club. When an
    article gives a name such club cues at least as often as city cues (في or a glued ب
    before it, مدينة or العاصمة before it, a feminine adjective after it), its other
    mentions are the club too, "نادي برشلونة الإسباني" (the model's reading of the bare
    name as well); those with a city cue stay the city. A side of a match result (فاز روما
    2-1 على نابولي) is a club cue too, and a country facing a club is read the same way
    (``club_countries``: فاز موناكو 2-1 على جاره نيس). A country is never named with its own
    adjective: the mention so named (الكويت الكويتي) is a club, and only that one (the article
    may name the country too). An item of a list of clubs (``_listed_among_clubs``) is a club
    cue too, and a region so listed (الخليج) is the club whatever else the article says. A
    plain name word right after the city (مانشستر سيتي) is the club's own name, taken in whole
    (the mentions are returned without the word's own)."""
    nouns = club_nouns_before_a_city()
    adjectives = {(m.sentence, m.first_token): m for m in mentions if m.source == "demonym" and m.iso}
    cities = [m for m in mentions if m.source == "gazetteer" and m.label == GPE]
    places: dict[str, Place] = {}
    club_cues: dict[str, int] = defaultdict(int)
    city_cues: dict[str, int] = defaultdict(int)
    named_clubs: list[tuple[Mention, Place]] = []
    named_at = {(m.sentence, i): m for m in mentions for i in range(m.first_token, m.last_token)}
    absorbed: set[int] = set()
    for m in cities + [m for m in mentions if m.source == "gazetteer" and m.label == LOC]:
        place = place_by_canonical(m.canonical)
        tokens = doc.sentences[m.sentence].tokens
        listed = place is not None and place.kind != "country" and _listed_among_clubs(tokens, m, named_at, nouns, not place.country_iso)
        if place is None or place.kind not in ("city", "capital", "country") or not place.country_iso:
            if listed:
                named_clubs.append((m, place))  # التعاون والشباب والخليج والفتح: one of the clubs listed
            continue
        adjective = adjectives.get((m.sentence, m.last_token))
        masculine = (adjective is not None and adjective.iso == place.country_iso and adjective.key.endswith("ي")
                     and _carries_the_article(match_key(adjective.text)))
        if place.kind == "country" and id(m) not in club_countries:
            if masculine:
                named_clubs.append((m, place))  # الكويت الكويتي: no country takes its own adjective; only this mention says so
            continue
        governed = _governed_by(tokens, m.first_token - 1, nouns, "club") or (  # مهاجم روما; not المدرب بحركة
            _governed_by(tokens, m.first_token - 1, nouns, "body")  # فريق برشلونة يفوز، مهاجم فريق برشلونة لكرة القدم
            and (_name_ends(tokens, m.last_token) or _governed_by(tokens, m.first_token - 2, nouns, "club"))
        ) or _team_noun_with_its_pronoun(tokens, m.first_token - 1, nouns)  # بين فريقه برشلونة ومواطنه
        places[m.key] = place
        if masculine or governed or listed or id(m) in match_sides:  # فاز روما 2-1 على ...
            club_cues[m.key] += 1
        elif _city_cue(tokens, m, adjective):
            city_cues[m.key] += 1
    clubs = {key: place for key, place in places.items() if club_cues[key] and club_cues[key] >= city_cues[key]}
    model = [m for m in mentions if m.source == "model" and m.key in clubs]  # وكان نجران خاض: the model's person
    for m in cities + model:
        place = clubs.get(m.key)
        if place is not None and not _city_cue(doc.sentences[m.sentence].tokens, m, adjectives.get((m.sentence, m.last_token))):
            named_clubs.append((m, place))
    for m, place in named_clubs:
        # A club listed under a region's name (القادسية, an Iraqi governorate; the Saudi club) is
        # named after the word, not the region: the region's label and country would be a guess.
        in_its_city = place is not None and place.kind in ("city", "capital", "country")
        # نيوكاسل is Newcastle upon Tyne's name too: with namesakes the article did not choose
        # among (``_namesakes_of_the_articles_country``), which country's club it is is unknown
        # and it keeps its bare name, a club of this article only
        country = country_by_iso(place.country_iso) if in_its_city and place.canonical not in place_namesakes() else None
        m.label, m.source, m.label_en = ORG, "club", ""
        m.canonical = _with_country(f"نادي {place.canonical}", country.canonical) if country else ""
        if in_its_city and _second_name_after_the_city(doc.sentences[m.sentence].tokens, m, named_at):
            tail = named_at.get((m.sentence, m.last_token))
            if tail is not None:
                absorbed.add(id(tail))  # سيتي read alone as a club: the end of this club's name
            m.end, m.last_token = doc.sentences[m.sentence].tokens[m.last_token].end, m.last_token + 1
            m.text = doc.text[m.start : m.end]
            m.key, m.canonical, m.source = name_key(m.text), "", "pattern"  # مانشستر سيتي: the club's own name, not نادي مانشستر; one club wherever named
    return [m for m in mentions if id(m) not in absorbed]


_LIST_SEPARATORS = frozenset("،,:؛")


def _second_name_after_the_city(tokens, m: Mention, named_at: dict[tuple[int, int], Mention]) -> bool:
    """A plain name word right after a club's city, one that goes in the lexicon's longer names
    (مانشستر + سيتي): a city takes no second name without a preposition, so the two words are
    the club's own name."""
    tail = named_at.get((m.sentence, m.last_token))
    if m.last_token >= len(tokens) or (tail is not None and not (tail.label == ORG and tail.source in ("club", "model")
                                                                   and tail.last_token - tail.first_token == 1)):
        return False  # برشلونة + ريال مدريد: the next name is another's (but سيتي read alone as a club is this one's end)
    after, common = tokens[m.last_token], common_words()
    key = after.key  # a word of the lexicon's longer names (سيتي in كانساس سيتي); not هما، استهل
    return (_ARABIC.search(after.text) is not None and bare_key(after.text) in token_gazetteer() and key[:1].isalpha() and key[:1] not in ("و", "ف") and not key.startswith("ال")
            and key not in common and key not in _FUNCTION_WORDS and bare_key(after.text) not in _NAME_STOPS and not _no_name_shape(after)
            and not _is_first_name(key, strictly=True)  # مهاجم برشلونة بيدرو: the club's player
            and not any(prefix in ("ب", "ل", "ك") and (stem in common or word_zipf(stem) >= _ORDINARY_ZIPF) for prefix, stem in clitic_splits(key)))


def _listed_among_clubs(tokens, m: Mention, named_at: dict[tuple[int, int], Mention], nouns: dict[str, str], by_items: bool) -> bool:
    """A one-word place that is an item of a list of one-word definite names, each joined to
    the next by a comma or و, that a player's or a team's noun governs (لاعبي الهلال، الخليج،
    المجزل), or in which two other items are organisations and none a place (التعاون والشباب
    والخليج والفتح), is one of the clubs listed, not the place. With ``by_items`` (a region's
    name, which a list of a country's cities never holds) three other items that are no
    places do too, whatever the model read them as."""
    if m.last_token - m.first_token != 1:
        return False
    organisations = items = 0
    for side in (range(m.first_token - 1, -1, -1), range(m.last_token, len(tokens))):
        later, comma = m.first_token, False  # the item nearer the place, and whether a comma was crossed
        for at in side:
            token = tokens[at]
            if token.text in _LIST_SEPARATORS:
                comma = True
                continue
            if at < m.first_token and not comma and _governed_by(tokens, at, nouns, "club"):
                return True
            joined = comma or tokens[max(at, later)].key.startswith("وال")
            if not joined or not _carries_the_article(token.key) or not token.key[-1:].isalpha():
                break  # the list ends here
            named = named_at.get((m.sentence, at))
            if named is not None and named.last_token - named.first_token > 1:
                break  # حزب الله والحوثيين: a name of more words ends a list of one-word names
            if named is not None and named.label in (GPE, LOC):
                return False
            organisations += named is not None and named.label == ORG
            items += 1
            later, comma = at, False
    return organisations >= 2 or (by_items and items >= 3)


def _after_a_team_noun(tokens, first: int) -> bool:
    """A name right after an indefinite team or player noun that governs it (فريق، لاعب، مدرب:
    kg/data/team_words.tsv "club" and "body"): the team's name, whatever place it is also."""
    nouns = club_nouns_before_a_city()
    return _governed_by(tokens, first - 1, nouns, "club") or _governed_by(tokens, first - 1, nouns, "body")


def _governed_by(tokens, k: int, nouns: dict[str, str], kind: str) -> bool:
    """Token ``k`` is an indefinite team noun of that kind, in construct with what follows (a
    definite noun governs nothing: المدرب بحركة)."""
    return k >= 0 and any("ال" not in clitic and nouns.get(stem) == kind for clitic, stem in clitic_splits(tokens[k].key))


def _team_noun_with_its_pronoun(tokens, k: int, nouns: dict[str, str]) -> bool:
    """Token ``k`` is a team noun with a possessive pronoun (فريقه، ناديها): the name after it
    is in apposition, "his team Barcelona", the club (a city is no one's team)."""
    if k < 0:
        return False
    key = tokens[k].key
    return any(key.endswith(pronoun) and nouns.get(key[: -len(pronoun)]) is not None for pronoun in _THIRD_PERSON)


def _name_ends(tokens, k: int) -> bool:
    """Nothing of a name goes on at token ``k``: the sentence's end, punctuation or an
    everyday word (فريق برشلونة يفوز; not فريق القطيف بايكرز، فريق جدة للفنون الشعبية)."""
    if k >= len(tokens) or not tokens[k].key[:1].isalpha():
        return True
    return tokens[k].key[:1] != "ل" and any(stem in common_words() for _, stem in clitic_splits(tokens[k].key))


def _city_cue(tokens, m: Mention, adjective: Mention | None) -> bool:
    """في برشلونة، إلى روما، ببرشلونة، مدينة روما، العاصمة روما، روما الإيطالية: the city
    itself; a masculine adjective after it says the club whatever is before (انتقل إلى روما
    الإيطالي)."""
    if adjective is not None and _carries_the_article(match_key(adjective.text)):
        return adjective.key.endswith("ه")
    if m.first_token and bare_key(tokens[m.first_token - 1].key) in _CITY_CUES:
        return True
    word = tokens[m.first_token].key
    return word.endswith(m.key) and "ب" in word[: len(word) - len(m.key)]


_CITY_CUES = frozenset(map(bare_key, ("في", "إلى", "الى", "مدينة", "العاصمة", "بمدينة", "بالعاصمة", "لمدينة")))


def _main_country(votes: dict[str, int]) -> str:
    """The country the article is about: named more than twice as often as any other. A
    report on Washington that names Iran a little more often is no Iranian one, and its
    مجلس الشيوخ is not Iran's."""
    ranked = sorted(votes.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] <= 2 * ranked[1]):
        return ""
    return max(votes, key=lambda iso: votes[iso])


def _ministers_countries(mentions: list[Mention]) -> dict[str, set[str]]:
    """Field word -> the countries whose minister of that field the article names
    (وزير الخارجية الأمريكي: الخارجية -> US): وزارة الخارجية is that country's ministry."""
    adjectives = {(m.sentence, m.first_token): m.iso for m in mentions if m.source == "demonym" and m.iso}
    out: dict[str, set[str]] = {}
    for m in mentions:
        words = bare_key(m.text).split(" ")
        iso = adjectives.get((m.sentence, m.last_token))
        if m.label == TITLE and len(words) == 2 and iso:
            out.setdefault(words[1], set()).add(iso)
    return out


def _with_country(name: str, country: str) -> str:
    """وزارة الداخلية + Saudi Arabia -> وزارة الداخلية السعودية (the adjective agrees with
    the head noun), or "name (country)" when the lexicon has no adjective."""
    feminine = match_key(name.split(" ")[0]).endswith("ه")
    adjective = masculine_adjective(country)
    if feminine:
        adjective = feminine_adjective(country) or (adjective + "ة" if adjective else None)
    return f"{name} {adjective}" if adjective else f"{name} ({country})"


def _camel_backend():
    from kg.ner import load_camel_backend

    return load_camel_backend()


def _spans_from_bio(tags: Sequence[tuple[str, float]]) -> list[tuple[int, int, str, float]]:
    """(first, last, label, confidence) spans from BIO tags; an I- without B- opens a span."""
    spans = []
    start, label, probs, previous = -1, "", [], -2
    # Most tags are O, which only closes a span: the loop visits the others (picked in C)
    # and closes a span where it finds a gap.
    for i, (tag, prob) in compress(enumerate(tags), map(ne, map(itemgetter(0), tags), repeat("O"))):
        if start >= 0 and i != previous + 1:
            spans.append((start, previous + 1, label, sum(probs) / len(probs)))
            start, label, probs = -1, "", []
        previous = i
        inside = tag.startswith("I-") and tag[2:] == label and start >= 0
        if inside:
            probs.append(prob)
            continue
        if start >= 0:
            spans.append((start, i, label, sum(probs) / len(probs)))
            start, label, probs = -1, "", []
        if tag[2:] in _MODEL_LABELS:
            start, label, probs = i, tag[2:], [prob]
    if start >= 0:
        spans.append((start, previous + 1, label, sum(probs) / len(probs)))
    return spans


def _sentence_mentions(
    doc_id: str, sentence: Sentence, tags, matches: list[Match], folds_ya: Callable[[], bool] = bool, words_alone: frozenset[str] = frozenset()
) -> list[Mention]:
    """The sentence's mentions; ``words_alone`` are the words of the whole article (a name it also writes without a glued letter)."""
    tokens = sentence.tokens
    labels: list[str | None] = [None] * len(tokens)
    out: list[Mention] = []
    common = common_words()

    def add(first: int, last: int, label: str, confidence: float, source: str, match: Match | None = None, glued: str = "") -> None:
        prefix = match.prefix if match else glued
        start = tokens[first].start + _prefix_chars(tokens[first].text, prefix)
        end = tokens[last - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        mention = Mention(doc_id, sentence.index, start, end, text, label, _name_key_in(text, words_alone), confidence, source, first, last)
        if match is not None:
            _fill_from_lexicon(mention, match)
            if _lam_before_the_names_article(tokens[first].key, match):
                mention.key = bare_key("ا" + text)  # للبرازيل: ل + البرازيل (see kg.resolve._written)
        elif (label == ORG and _lost_article(tokens[first].key, prefix)) or (label == PERSON and _lam_on_the_article(tokens[first].key, prefix)):
            mention.key = bare_key("ا" + text)  # للحكومة السودانية، للمعتمد بن عباد: ل + the article (see kg.resolve._written)
        out.append(mention)
        if label != TITLE:
            for i in range(first, last):
                labels[i] = label

    title_end = {m.last: m for m in matches if isinstance(m.entry, Title)}
    languages: set[int] = set()
    anchors = [
        m for m in matches
        if (_is_demonym(m) or (isinstance(m.entry, Place) and (m.entry.kind == "country" or "ب" in m.prefix)))
        and not _reads_as_first_name(tokens, m, title_end)
        and not (len(m.prefix) == 1 and _whole_word_is_commoner(tokens[m.first].text, m.prefix))
        and not _bare_plural_as_a_name(tokens, m, matches)
    ]  # not بلاتر: a name of its own, not ب + a place (جوزيف بلاتر stays whole)
    dropped = not_entities()
    named = [m for m in matches if isinstance(m.entry, Org) or (isinstance(m.entry, Place) and m.entry.kind == "country")]
    bio = _spans_from_bio(tags)
    holders = _holders_after_titles(tokens, title_end)
    model_spans = [
        part
        for s in bio
        if _has_arabic(tokens, s[0], s[1])
        and (trimmed := _trim(s, anchors, tokens, common, named, holders)) is not None
        for coordinated in _split_coordinated(trimmed, tokens, words_alone)
        for part in _split_coordinated_places(coordinated, matches)
        if _span_key(tokens, part, dropped) not in dropped and not _a_place_noun_alone(tokens, part, matches)
        and not _closes_a_listed_phrase(tokens, part[0], part[1])
        and not _a_dropped_word_before_a_preposition(tokens, part, dropped) and not _letters_of_a_designator(tokens, part)
        and not _headed_by_a_verbal_noun(tokens, part)
    ]
    designators = {i for span in bio if _letters_of_a_designator(tokens, span) for i in range(span[0], span[1])}
    model_spans = _with_the_family(_join_across_a_dash(_join_initials(model_spans, tokens), tokens, tags), tokens)
    model_spans = _through_place_particles(model_spans, tokens, common)
    model_spans = [_with_family_nisba(span, tokens, matches) for span in model_spans]
    model_spans = _with_a_list_items_family_name(model_spans, tokens, common)
    model_spans += _untagged_first_names_before_a_nisba(tokens, model_spans, matches)
    joined = [span for span in map(lambda s: _with_the_city_before(s, tokens, matches), model_spans) if span not in model_spans]
    model_spans = [s for s in model_spans if not any(j[0] <= s[0] and s[1] <= j[1] for j in joined)] + joined
    spanned = {i for first, last, *_ in model_spans for i in range(first, last)}
    model_spans = [_with_first_name_after_title(span, tokens, title_end, matches, spanned, tags, holders) for span in model_spans]
    model_spans = [_with_first_name_before(span, tokens, matches, spanned) for span in model_spans]
    titles_at = {m.first: m for m in matches if isinstance(m.entry, Title)}
    model_spans = [_without_opening_titles(_without_a_titles_complement(span, tokens, title_end), tokens, titles_at) for span in model_spans]
    cuts = _formula_cuts(tokens)
    model_spans = [cut for span in model_spans if (cut := _clear_of_formulas(span, cuts)) is not None]
    model_person = [None] * len(tokens)
    for first, last, label, _ in model_spans:
        if label == "PERS":
            for i in range(first, last):
                model_person[i] = PERSON
    inside_names: set[int] = set()
    own_names: set[int] = set()  # the words after the noun of a company, university, ... (not a state's body)
    for first, last, glued in _institutions(sentence, matches, bio):
        add(first, last, _institution_label(tokens[first].key, glued), 0.8, "institution", glued=glued)
        inside_names.update(range(first, last))
        if _is_state_head(tokens[first].key) or (_office_named(tokens, first) and (last == first + 2 or any(
            m.first == first + 2 and m.last == last and _is_demonym(m) for m in matches
        ))):
            _mark_country(out[-1], sentence, first, last, matches)  # الديوان الملكي is the article's country's
        elif not _is_national_head(tokens[first].key):
            own_names.update(range(first + 1, last))
    ordinary: set[int] = set()
    opening_names: set[int] = set()  # مصر الجديدة: a country's name that opens another name
    competitions = _competitions(sentence, matches, model_spans)
    in_competitions = {i for first, last, _ in competitions for i in range(first, last)}  # كوبا أمريكا: Copa, not Cuba
    # Gazetteer spans first when they cover a model span (or touch none): they know the
    # full name and the canonical entity. A model span longer than the match wins.
    for match in matches:
        if isinstance(match.entry, Title):
            continue
        if match.first in designators:
            continue  # «إم إكس - 1»: a letter of a designator, not X (Twitter)
        if _is_minor_place(match) and match.last - match.first == 1 and _spelt_like_a_word(tokens[match.first].key, match, common):
            continue  # ورقة is "paper", not و + الرقة; السلطات is "the authorities"
        if len(match.prefix) == 1 and not isinstance(match.entry, Demonym) and _whole_word_is_commoner(tokens[match.first].text, match.prefix):
            continue  # بلاتر is Blatter, not ب + لاتر (Latur)
        if match.prefix == "ل" and isinstance(match.entry, Place) and not match_key(match.entry.name).startswith("ال") and _article_after_lam(tokens[match.first].text):
            continue  # للحج "for the pilgrimage" (ل + الحج), not ل + لحج (Lahij); للبنان stays Lebanon
        if len(match.prefix) == 1 and _glued_on_a_loose_spelling(tokens[match.first].text, match):
            continue  # أغلقت بابها "her door", not ب + ابها (Abha without its hamza)
        if _is_minor_place(match) and _preposition_on_a_noun_phrase(tokens, match, matches):
            ordinary.update(range(match.first, match.last))
            continue  # بحركة مستمرة "with constant movement", not Baharka (في بعقوبة stays Baqubah)
        if _is_minor_place(match) and _verb_before_its_object(tokens, match, matches, model_spans):
            ordinary.update(range(match.first, match.last))
            continue  # قم بتكرار التمرين "repeat the exercise": the imperative, not Qom
        if _opens_a_listed_phrase(tokens, match):
            ordinary.update(range(match.first, match.last + 1))
            continue  # الهنود الحمر: a people the colour names, not India (kg/data/not_entities.tsv)
        if not isinstance(match.entry, Title) and _opens_a_quoted_name(tokens, match):
            ordinary.update(range(match.first, match.last))
            continue  # موقع «سعوديون في أميركا»، مجموعة «فيفا جديدة الآن»: the site's, the group's name
        if _closes_a_listed_phrase(tokens, match.first, match.last):
            ordinary.update(range(match.first - 1, match.last))
            continue  # الفول السوداني "peanuts", not Sudan (kg/data/not_entities.tsv)
        if _region_closing_a_name(tokens, match, matches):
            ordinary.update(range(match.first, match.last))
            continue  # «باي أفينيو» الخليج التجاري، ميسي فرانكفورت الشرق الأوسط: a branch's or district's name
        if isinstance(match.entry, Org) and not match.prefix and _after_a_unit_noun(tokens, match.first):
            ordinary.update(range(match.first, match.last))
            continue  # محافظة فيفا، مدينة القاعدة: a place of that name, not FIFA or al-Qaeda
        if isinstance(match.entry, Org) and match.entry.kind == "intl" and _made_national(tokens, match):
            ordinary.update(range(match.first, match.last))
            continue  # مجلس الأمن الوطني: a state's own council, not the United Nations'
        if isinstance(match.entry, Place) and _edge_of_another_place(tokens, match, matches):
            ordinary.update(range(match.first, match.last))
            continue  # الحدود الشمالية مع لبنان: Syria's northern border, not the Saudi province
        if isinstance(match.entry, Place) and match.entry.kind in ("country", "region") and (heads := _country_heading_a_name(tokens, match, bio)):
            ordinary.update(range(match.first, match.last))
            if heads == "feature or adjective":
                opening_names.update(range(match.first, match.last))
            elif heads == "company named" and not match.prefix:
                span = next(s for s in bio if s[2] == ORG and s[0] == match.first and match.last < s[1])
                add(span[0], span[1], ORG, span[3], "model")
            continue  # مصر الجديدة، بحيرة تشاد، «مصر للطيران»: a district, a lake, a company, not the country
        if (isinstance(match.entry, Place) and _names_something_else(tokens, match)) or (
            _is_demonym(match) and _alef_maqsura_word(tokens, match, folds_ya)
        ):
            ordinary.update(range(match.first, match.last))
            if (glued := _airline_before(tokens, match)) is not None and labels[match.first - 1] is None:
                add(match.first - 1, match.last, ORG, 0.8, "pattern", glued=glued)  # الخطوط السعودية، طيران الخليج: the carrier
            continue  # صحيفة «الشرق الأوسط»، صلاة المغرب، الجهة اليمنى: no place
        if _is_demonym(match) and _nisba_heading_a_construct(tokens, match, words_alone):
            ordinary.update(range(match.first, match.last))
            continue  # ونحيت صينية الإفطار "the breakfast tray", أضيفي كوبي الأرز "two cups of rice": nouns, no nationality
        if _is_demonym(match) and _country_level_sense(tokens, match):
            ordinary.update(range(match.first, match.last))
            continue  # ارتباطات قطرية أو إقليمية، المدير القطري لبرنامج الأغذية: "country-level", not Qatari
        if isinstance(match.entry, Place) and match.first in in_competitions:
            ordinary.update(range(match.first, match.last))
            continue  # كأس آسيا، دورة الخليج: the cup named after the place, not the place
        if _reads_as_first_name(tokens, match, title_end):
            continue  # الأمير تركي الفيصل، تركي بن عبدالله: a first name, not Turkey
        if _is_demonym(match) and (name_end := _first_name_in_a_list(tokens, match, model_person)) is not None:
            if all(label is None for label in labels[match.first : name_end]):
                add(match.first, name_end, PERSON, 0.7, "pattern", glued=match.prefix)
            continue  # مستور السفياني وتركي السلمي، وعلي بن محمد وتركي وجابر: the next person of a list, not Turkey
        if isinstance(match.entry, Org) and not match.prefix and _naming_head_before(tokens, match.first) is not None:
            ordinary.update(range(match.first, match.last))
            continue  # كتائب حزب الله: another armed group, named after the party
        if isinstance(match.entry, Org) and _another_countrys_body(tokens, match, matches):
            ordinary.update(range(match.first, match.last))
            continue  # «حزب الله» الكويتي، «حزب الله الحجاز»: another country's party of that name
        if _bare_plural_as_a_name(tokens, match, matches):
            continue  # ديانا روس، تشارينغ كروس: a name; the Russians are الروس، جنود روس
        if _is_demonym(match) and (kunya := _kunya_before_a_nisba(tokens, match, matches, bio)) is not None \
                and not any(labels[match.first - 2 : match.last]):
            add(match.first - 2, match.last, PERSON, 0.7, "pattern", glued=kunya)
            continue  # وأبو قسورة التونسي: a nom de guerre the model missed ends with its nisba, no country
        if _is_demonym(match) and _names_a_news_agency(tokens, match):
            ordinary.update(range(match.first, match.last))
            add(match.first, match.last, ORG, 0.8, "pattern", glued=match.prefix)
            if match.prefix and not out[-1].text.startswith("ال"):
                out[-1].key = bare_key("ا" + out[-1].text)  # للألمانية: ل + الألمانية (see kg.resolve._written)
            continue  # وفقا للألمانية، بحسب «الفرنسية»: the German, the French news agency
        if _is_demonym(match) and _names_a_language(tokens, match, languages):
            languages.add(match.first)
            ordinary.add(match.first)
            continue  # بالعربية والإنجليزية والفرنسية: languages, not countries
        if _is_demonym(match) and _nisba_of_a_named_place(tokens, match):
            ordinary.update(range(match.first, match.last + 1))
            continue  # الدراسات الأميركية اللاتينية، الأميركيين اللاتينيين: Latin American, not American
        if _is_demonym(match) and _quoted_alone_as_a_name(tokens, match):
            ordinary.add(match.first)
            continue  # و«الألمانية» التي، فيلم «الجزائري»، دار «بلغاري»: an adjective quoted alone names a thing or a person, not the country
        if (
            (not _is_demonym(match) and match.last - match.first == 1 and _TANWEEN.search(tokens[match.first].text))
            or (_is_minor_place(match) and match.first > 0 and _is_quantity(tokens[match.first - 1]))
            or _a_measure_before_its_number(tokens, match)
            or _counted_country(tokens, match)
            or (_is_minor_place(match) and _reads_as_adjective(tokens, match, labels))
            or (_is_minor_place(match) and _pronoun_ending(tokens[match.last - 1].text, match))
        ):
            # دوماً "always" (tanween marks an indefinite word), مليون أكرا، 15 كوبا (a unit or a counted noun after a
            # number), بقطر 21 بوصة (a measure before one), للظروف القاهرة (an adjective), وجده "he found it": ordinary words,
            # whatever the model made of them too
            ordinary.update(range(match.first, match.last))
            continue
        if _is_minor_place(match) and match.last - match.first == 1 and model_person[match.first] == PERSON:
            continue  # بشار الأسد: the model reads a person where a small town is spelt alike
        if _is_minor_place(match) and match.first in inside_names:
            continue  # مكتبة الإسكندرية, هيئة كهرباء ومياه دبي: the city names the institution
        if isinstance(match.entry, Place) and match.first in own_names:
            continue  # جامعة الإمارات، بنك الكويت: the country is part of the name (سفارة الكويت is the country's)
        if isinstance(match.entry, Org) and match.first in inside_names and match.first - 1 in inside_names:
            continue  # a shorter organisation inside a longer name
        if isinstance(match.entry, Place) and (adjective := _another_countrys_adjective(tokens, match, matches, model_person)) is not None:
            ordinary.update(range(match.first, match.last))
            namesake = next((p for p in place_namesakes().get(match.entry.canonical, ()) if p.country_iso == adjective.entry.iso), None)
            other = Match(match.first, adjective.last, "place", namesake, match.prefix) if namesake is not None else None
            add(match.first, adjective.last, _lexicon_label(match), 0.8, "pattern", other, glued=match.prefix)
            continue  # الخليج المكسيكي، طرابلس اللبنانية: the Gulf of Mexico, Lebanon's Tripoli (the lexicon's طرابلس الشام)
        overlapping = [s for s in model_spans if s[0] < match.last and match.first < s[1]]
        longer = [s for s in overlapping if s[0] < match.first or s[1] > match.last]
        if longer and not all(s[2] != "PERS" and _only_ordinary_words_beyond(tokens, s, match, common) for s in longer):
            widened = _widened_by_adjectives(tokens, longer, match, matches) if isinstance(match.entry, Place) else None
            if widened is not None:
                add(match.first, widened, _lexicon_label(match), 0.8, "pattern", glued=match.prefix)
            continue  # the model read a longer name; it wins unless it only added ordinary words
        if (quarter := _quarter_named_like_a_town(tokens, match)) is not None:
            add(quarter[0], match.last, LOC, 0.8, PLACE_NOUN_SOURCE, glued=quarter[1])
            continue  # حي الرصيفة in Mecca: a quarter of that name, not the Jordanian town
        add(match.first, match.last, _lexicon_label(match), 0.95, _source(match), match)
    in_title = {i for m in matches if isinstance(m.entry, Title) for i in range(m.first, m.last)}
    for match in matches:
        if isinstance(match.entry, Title) and PERSON not in labels[match.first : match.last]:
            add(match.first, match.last, TITLE, 0.9, "title", match)
            if match.entry.kind == "honorific":
                continue  # سمو، معالي: another title comes next, not a name
            name = _name_after_title(tokens, match.last, labels, common, model_person, in_title)
            name = name and _clear_of_formulas((*name, "PERS", 0.6), cuts)
            if name and not _after_a_site_noun(tokens, match.first):  # ملعب الأمير فيصل: the stadium
                add(name[0], name[1], PERSON, 0.6, "title-cue")
    for first, last, label in _headed_places(sentence, labels, model_spans, in_title | opening_names):
        add(first, last, label, 0.7, "pattern", glued=_place_head_reading(tokens[first].key)[0] if _place_head_reading(tokens[first].key) else "")
    for first, last in _acronyms(sentence):
        if not any(labels[first:last]):
            add(first, last, ORG, 0.7, "pattern")
            _name_acronym(out[-1], tokens[first].text)
    for first, last, glued in chain(_named_things(sentence, matches), competitions):
        if not any(labels[first:last]) or all(labels[i] == GPE for i in range(first, last) if labels[i]):
            add(first, last, MISC, 0.7, "pattern", glued=glued)
    for first, last in _headed_organisations(sentence, labels, model_spans, common):
        glued = (_head_reading(tokens[first].key) or ("",))[0]
        add(first, last, _institution_label(tokens[first].key, glued), 0.7, "pattern", glued=glued)
        if (called := _called_like_a_place(tokens, first, last, matches)) is not None:
            out[-1].canonical, out[-1].label_en = called  # صحيفة «الشرق الأوسط»: the paper, never the region
    quoted_organisations = {i for i in range(1, len(tokens)) if labels[i] == ORG and labels[i - 1] != ORG} | {s[0] for s in model_spans if s[2] == "ORG"}
    for first, last, label, confidence in model_spans:
        if label != "PERS" and last - first > 2 and tokens[first + 1].text in _OPENING_QUOTES and _is_org_head(tokens[first].key):
            first += 2  # منظمة «كايج، معهد «بروكينغز: the name opens after the quotation mark
        if any(labels[first:last]) or (label != "PERS" and all(i in ordinary for i in range(first, last))):
            continue
        if label != "PERS" and last - first == 1 and _place_without_its_article(tokens[first].key):
            continue  # رياض الأطفال: رياض is "gardens"; the city is الرياض (رياض الخبراء, read as a body: another town)
        if label == "LOC" and last - first == 1 and _a_place_spelt_otherwise(tokens[first]):
            continue  # وصلت الجدة فراشها، سأل جده: the grandmother, his grandfather; the city is جدة
        if label != "PERS" and last - first == 1 and _adverb_of_a_nationality(tokens[first].key):
            continue  # الموت لأمريكا إيرانيا "Iranian-style": an adverb of manner, not Iran
        if label != "PERS" and last - first == 1 and not tokens[first].key.startswith("ال") and _is_org_head(tokens[first].key):
            continue  # منظمة «هيومن رايتس ووتش»، مؤسسة J.D باور: the bare noun; the name is what follows it
        if label != "PERS" and _describes_the_quoted_name(tokens, first, last, quoted_organisations):
            continue  # المنظمة الدولية «أطباء بلا حدود»: the kind of body, in apposition to its quoted name
        if label != "PERS" and last - first == 1 and any(
            stem in place_words() for prefix, stem in clitic_splits(tokens[first].key) if prefix in ("", *_NAME_PROCLITICS)
        ):
            continue  # ودولة تركيا، مدينة: the bare noun of a kind of place; the name is what follows it
        if label == "ORG" and last - first == 1 and tokens[first].key.endswith(_NISBA_ENDINGS) and (
            _after_a_definite_noun(tokens, first, labels) or _after_a_coordinated_adjective(tokens, first, labels)
        ):
            continue  # المجتمع الأهلي "civil society", القطاعين الحكومي والأهلي: an adjective, not the club
        if all(i in in_title for i in range(first, last)):
            continue  # ولي ولي العهد، حجة الإسلام: a title, not a person's or a religion's name
        if label == "ORG" and not labels[first - 1] and _after_a_unit_noun(tokens, first):
            continue  # مدينة القاعدة: a town called so, not the organisation (see the lexicon's twin rule)
        if label != "PERS" and _adjective_of_the_noun_before(tokens, first, last, labels, matches):
            first -= 1  # المسجد + الحرام: the model's one word is the adjective of the name's noun
        if label == "PERS" and quoted_alone(tokens, first, last) and not _named_in_quotes(tokens, first, title_end):
            continue  # «غوتشي»، «داني كولينز»، تطبيق «وورلد أراوند مي»: a brand's, film's or app's name in quotes
        tribe = _tribe_reading(tokens, first) if label == "PERS" else None
        if tribe is not None:
            at, glued = tribe
            if (glued == "ب" or (at > 0 and bare_key(tokens[at - 1].key) in _CITY_CUES)) and not any(labels[at:last]):
                add(at, last, LOC, confidence, PLACE_NOUN_SOURCE, glued=glued)
            continue  # بني مازن، بنو هاشم: a tribe, or the place named after it (في بني مازن); no one person
        tribe_inside = any(tokens[k].key in _TRIBE for k in range(first + 1, last))
        place = _place_head_reading(tokens[first - 1].key) if label == "PERS" and first > 0 and (tribe_inside or _a_place_name_shape(tokens, first, last)) else None
        if place is not None and not labels[first - 1]:
            glued, place_label, part = place
            if not part and _adjective_of_the_place_noun(tokens, first, last):
                last -= 1  # ضاحية فيل جويف + الباريسية: the suburb is Parisian, the name is فيل جويف
            add(first - 1 if part else first, last, place_label, confidence, "pattern", glued=glued if part else "")
            continue  # ميناء مدينة باري، قرب قرية هالاين، مدينة باديا ديل باجيس، محافظة ميسان بني الحارث: the place noun governs a place's name, not a person's
        place = _place_head_reading(tokens[first - 1].key) if label == "LOC" and first > 0 else None
        if place is not None and not place[2] and not labels[first - 1] and _place_head_reading(tokens[first].key) is None:
            if last - first == 1 and _indefinite_nisba(tokens[first]):
                continue  # حي ساحلي "a coastal district": the noun's indefinite adjective, no name
            add(first, last, place[1], confidence, PLACE_NOUN_SOURCE)
            continue  # مدينة كوباني: the noun confirms the model's place, and types it (a city, a state: GPE; a quarter: LOC), over the person it reads elsewhere in the article (not 46 مدينة ومحافظة)
        head = _naming_head_before(tokens, first) if label != "PERS" else None
        if head is not None and not labels[first - 1]:
            add(first - 1, last, ORG, 0.7, "pattern", glued=head)
            continue  # «جيش الإسلام»، محور المقاومة: the unit named after the word, not the word
        if label == "PERS" and last - first > 1 and (body := _body_named_after(tokens, first)) is not None and not labels[first - 1]:
            add(first - 1, last, _institution_label(tokens[first - 1].key, body), confidence, "pattern", glued=body)
            continue  # مؤسسة كوفي أنان، بنك جولدمان ساكس: the body named so, not a person
        if _person_of_letters(tokens, (first, last, label)):
            continue  # لبي بي سي، تلفزيون أيه بي سي: an acronym spelt out, no person
        if label == "PERS" and _named_after_a_site(tokens, first, title_end):
            continue  # شارع محمد فريد، فندق مينا هاوس، مسجد ابن طولون: the street, the hotel, the mosque
        if label != "MISC" and _a_substance_named(tokens, first, last):
            continue  # مادة هيدروكلوروثيازيد، فيروس كورونا، هرمون «غلوكاغون»: the drug, the virus, the hormone, no one and no body or place
        if label == "PERS" and last - first > 1 and _adjective_of_a_feminine_noun(tokens[last - 1]):
            continue  # قاعدة الملك خالد الجوية، مدينة الملك سعود الطبية: an institution named after a king
        if label in ("MISC", "LOC") and _closes_a_quoted_name(tokens, first, last, labels):
            continue  # تنظيم «فتح الإسلام»: the second word of a group's quoted name, not the religion
        if label == "PERS" and _is_institution(tokens[first].key):
            label = "ORG"  # مجلس ...، الهيئة العامة ...: an institution, whatever the model said
        if label == "MISC" and quoted_alone(tokens, first, last) and last + 1 < len(tokens) and tokens[last + 1].key in outlet_adjectives():
            label = "ORG"  # موقع «السومرية نيوز» الإخباري: only a news outlet is "news"
        source = "model"
        if label == "LOC" and _after_a_team_noun(tokens, first):
            label, source = "ORG", "pattern"  # فريق نيويورك سيتي، مدافع فيورنتينا: the team, not the place
        if label == "PERS" and _names_the_company(tokens, first, last):
            label, source = "ORG", "pattern"  # شركة إيني الإيطالية: the company's name, not a person
        if label == "PERS" and _LATIN_AND in map(_KEY, tokens[first:last]):
            if tokens[first].key == _LATIN_AND:
                continue  # آند بورز: the end of a firm's name
            label, source = "ORG", "pattern"  # جونسون آند جونسون، فان كليف آند أربلز: a firm, "X & Y"
        if label == "LOC" and _holder_after_a_complement(tokens, first, last, out, title_end):
            label = "PERS"  # رئيس جامعة نيكوسيا بيريستيانيس: the title's holder, not a place
        # البابا بنديكتوس، الإعلامية لميس: a title takes its holder's name with no preposition
        # between, so after one only a word far commoner without its letter loses it (أشاد الوزير بعيسى)
        titled = label == "PERS" and first in title_end and not _far_commoner_without_its_letter(tokens[first])
        glued = (
            _glued_conjunction(tokens[first])
            or ((_head_reading(tokens[first].key) or ("",))[0] if label == "ORG" else "")
            or (_glued_preposition(tokens[first]) if label == "PERS" and not titled else "")
            or (_COORDINATOR if label == "PERS" and _coordinated_name(tokens, first, model_person) else "")
            or (_COORDINATOR if label == "PERS" and _and_before_a_lineage(tokens, first, last) else "")
            or (_COORDINATOR if label != "PERS" and _and_before_a_known_place(tokens, first, last) else "")
            or ("" if titled else _clitic_on_a_name(tokens[first], words_alone))
            or (tokens[first].key[0] if label != "PERS" and last - first > 1 and _preposition_before_a_word(tokens[first]) else "")
        )  # the last: لبايرن ميونيخ is "of" Bayern Munich
        add(first, last, _MODEL_LABELS[label], confidence, source, glued=glued)
    return out


def _formula_cuts(tokens) -> list[tuple[int, int, str]]:
    """Where the sentence says a fixed formula of kg/data/formulas.tsv (رضي الله عنه، جل
    وعلا، ولي التوفيق), its first word bare or after a glued و or ف: (first, last, kind)."""
    out: list[tuple[int, int, str]] = []
    keys = [token.key for token in tokens]
    i = 0
    while i < len(keys):
        glued = keys[i][1:] if keys[i][:1] in ("و", "ف") else ""
        said = next((
            (words, kind) for words, kind in formulas().get(keys[i], ()) + formulas().get(glued, ())
            if tuple(keys[i + 1 : i + len(words)]) == words[1:]
        ), None)
        if said is not None:
            out.append((i, i + len(said[0]), said[1]))
            i += len(said[0]) - 1
        i += 1
    return out


def _clear_of_formulas(span, cuts: list[tuple[int, int, str]]):
    """A person's span without the formula it runs into: a name ends before a blessing
    (عبد الله بن عمر + رضي الله عنهما) or a closing phrase; no name opens inside one (ولي
    التوفيق، رضي الله), nor is one the words before a praise of God (المولى + جل وعلا). None
    when nothing is left."""
    first, last, label, *rest = span
    if label != "PERS":
        return span
    for start, end, kind in cuts:
        if start <= first < end or (kind == "praise" and first < start <= last):
            return None
        if first < start < last:
            last = start
    return (first, last, label, *rest)


_TRIBE = frozenset(match_key(w) for w in ("بني", "بنو"))


def _tribe_reading(tokens, first: int) -> tuple[int, str] | None:
    """(where, glued و or ب) of بني / بنو "the sons of" that opens a person span or stands
    right before it: a tribe's name, or a place's (ببني مالك), never one man's (بن is
    "son of"; لبنى is a woman's name, so ل is no clitic here)."""
    for at in (first, first - 1):
        if at < 0:
            continue
        for prefix, stem in clitic_splits(tokens[at].key):
            if stem in _TRIBE and prefix in ("", "و", "ب", "وب"):
                return at, prefix
    return None


def _adjective_of_the_noun_before(tokens, first: int, last: int, labels, matches: list[Match]) -> bool:
    """المسجد الحرام، البيت الأبيض: a definite word the model read as a name alone, right
    after a definite everyday noun that agrees with it in gender and that nothing else read,
    is that noun's adjective; the name is both words. Not a nisba (الفريق الأهلي names the
    club), a word the lexicon knows, or a title's word."""
    if last - first != 1 or first == 0 or labels[first - 1] is not None:
        return False
    noun, word = tokens[first - 1], tokens[first]
    if not (noun.key.startswith("ال") and word.key.startswith("ال")) or word.key.endswith(_NISBA_ENDINGS):
        return False
    if any(m.first <= first < m.last or m.first <= first - 1 < m.last for m in matches):
        return False
    if noun.key in _title_words() or actor_words().get(noun.key) or _head_reading(noun.key) or _place_head_reading(noun.key):
        return False
    return noun.key.endswith("ه") == word.key.endswith("ه") and word_zipf(noun.text) >= _EVERYDAY_ZIPF and word_zipf(word.text) >= _ORDINARY_ZIPF


def _adjective_of_the_place_noun(tokens, first: int, last: int) -> bool:
    """A proper name that opens without the article and closes with a definite nisba of the
    place noun's gender (ضاحية فيل جويف الباريسية، حي X الباريسي): the noun in construct with
    the name is definite, and the adjective is the noun's, no word of the name. A name that
    opens with the article may close with its own adjective (منطقة الحدود الشمالية)."""
    closing = tokens[last - 1].key
    if last - first < 2 or tokens[first].key.startswith("ال") or not closing.startswith("ال") or len(closing) < 5:
        return False
    feminine_noun = tokens[first - 1].key.endswith("ه")  # the matching key writes ة as ه
    return closing.endswith("يه") if feminine_noun else closing.endswith("ي")


def _a_place_name_shape(tokens, first: int, last: int) -> bool:
    """A span the model read as a person that may be the name of a place a place noun
    governs: one word, or words not shaped as a person's name, a given name and a word seen
    in names (مدينة باديا ديل باجيس; not ولاية باراك أوباما "Barack Obama's term"), with no
    word inside that joins a person's name (عبد، بن: ولاية قندوز عبد الودود), nor closed by the feminine adjective of an institution named after someone (مدينة الملك
    سعود الطبية)."""
    if last - first == 1:
        return True
    a_persons = _is_first_name(tokens[first].key, strictly=True) and _is_first_name(tokens[last - 1].key)
    a_name_inside = any(t.key in _NAME_CONNECTORS or t.key.startswith(_COMPOUND_NAME_HEADS) for t in tokens[first + 1 : last])
    closing = tokens[last - 1]
    a_word_after = closing.key.startswith("ال") and (is_everyday_word(closing.text) or _ordinary_word(closing) and closing.key.endswith("ي"))  # البارحة، التراثي
    return not (a_persons or a_name_inside or a_word_after) and tokens[first].key not in _title_words() and not _adjective_of_a_feminine_noun(closing)


def _edge_of_another_place(tokens, match: Match, matches: list[Match]) -> bool:
    """A region named by everyday words (الحدود الشمالية "the northern border") followed by
    مع or بين, or by another country's place with ل (الحدود الشمالية مع لبنان، للعراق), is
    the phrase about a place's edge, not the region spelt like it; with its place noun
    (منطقة الحدود الشمالية) or its own country (المنطقة الشرقية للسعودية) it is the region."""
    first, last = match.first, match.last
    if match.entry.kind != "region" or last - first < 2 or last >= len(tokens) or _place_head_reading(tokens[first].key) or (first > 0 and _place_head_reading(tokens[first - 1].key)):
        return False
    if not all(word_zipf(strip_diacritics(t.text)) >= _EVERYDAY_ZIPF for t in tokens[first:last]):
        return False
    following = tokens[last].key
    own = match.entry.country_iso
    return following in _EDGE_WORDS or any(
        m.first == last and isinstance(m.entry, Place) and m.prefix.endswith("ل") and own not in (m.entry.iso, m.entry.country_iso)
        for m in matches
    )  # المنطقة الشرقية للسعودية: the region in its own country


def _country_heading_a_name(tokens, match: Match, bio) -> str | None:
    """A country's name inside a longer name of something else: after the noun of a natural
    feature (بحيرة تشاد، جبل لبنان: kg/data/place_heads.tsv; not معسكر النمسا, a camp in it), before a definite
    adjective that makes a new name (مصر الجديدة: kg/data/name_adjectives.tsv; a country takes
    none), or a country's or a region's name opening a company's name that a model's
    organisation span or a guillemet or, for a country, an institution's or an outlet's noun
    before it marks, with ل on a noun (no quantifier: «الخليج الفارسي للجميع») or a number
    after it (مصر للطيران، «آسيا للاستثمار»،
    شركة الإمارات لتموين الطائرات، موقع الإمارات 24). "feature or adjective", "company named"
    (the model's span opens with the country and is the company's name), "company" or None
    (زار مصر الأسبوع الماضي، دعت مصر للحوار: the country)."""
    first, last = match.first, match.last
    country = match.entry.kind == "country"
    if country and match.prefix == "" and first > 0 and any(stem in natural_feature_heads() for _, stem in clitic_splits(tokens[first - 1].key)):
        return "feature or adjective"
    if last >= len(tokens) or first > 0 and _carries_the_article(tokens[first].key) and _carries_the_article(tokens[first - 1].key):
        return None  # المدن السعودية الكبرى، الهيئة السعودية للغذاء: the country's adjective on the noun before
    following = tokens[last]
    if country and following.key in name_adjectives():
        return "feature or adjective"
    if not (following.key.startswith("لل") or following.key.startswith("ل") and len(following.key) > 4 and not following.key.startswith("لدي") or following.text.isdigit()):
        return None
    if following.key.removeprefix("ل").removeprefix("ل").removeprefix("ا") in _PARTICLE_KEYS:
        return None  # «الخليج الفارسي للجميع» "the Gulf is for all": ل on a quantifier names no trade
    before = tokens[first - 1] if first > 0 else None
    if any(label == ORG and s_first == first and last < s_last for s_first, s_last, label, _ in bio):
        return "company named"  # the model's organisation span opens with the country
    if before is not None and not match.prefix and (before.text in _OPENING_QUOTES or country and _heads_a_name(before)):
        return "company"  # «آسيا للاستثمار»، موقع الإمارات 24 (أمانة منطقة المدينة ل...: the region's own body)
    return None


def _called_like_a_place(tokens, first: int, last: int, matches: list[Match]) -> tuple[str, str] | None:
    """صحيفة «الشرق الأوسط»، نادي «الخليج»: a place's whole name quoted after an institution's or
    an outlet's noun names the paper, the club or the firm; it is called by the noun and the
    name (صحيفة الشرق الأوسط, with the lexicon's English label where it knows that name), so that
    it never joins the place. (canonical, English label), or None for any other name."""
    if first < 2 or tokens[first - 1].text not in _OPENING_QUOTES \
            or not any(isinstance(m.entry, Place) and (m.first, m.last) == (first, last) for m in matches):
        return None
    head = tokens[first - 2]
    reading = _head_reading(head.key)
    if reading is None or reading[1]:
        return None
    noun = strip_diacritics(head.text)[_prefix_chars(strip_diacritics(head.text), reading[0]):]
    called = " ".join([noun, *(strip_diacritics(t.text) for t in tokens[first:last])])
    org = org_by_canonical(called)
    return called, org.label_en if org is not None else ""


def _heads_a_name(token) -> bool:
    """شركة، لمجموعة، موقع، قناة: the noun of an institution or an outlet, which the name after it
    belongs to (kg/data/org_heads.tsv; kg/data/actor_words.tsv, media)."""
    return any(stem in org_heads() or actor_words().get(stem) == "media" for prefix, stem in clitic_splits(token.key) if prefix in ("", *_NAME_PROCLITICS))


def _opens_a_quoted_name(tokens, match: Match) -> bool:
    """موقع «سعوديون في أميركا»، لمجموعة «فيفا جديدة الآن»: a name right after the opening mark of
    a quoted name of more words, after the noun of an institution or an outlet (_heads_a_name),
    opens the name of that site, group or firm: no mention of the place, people or body (a
    quoted sentence after a colon or a verb stays: قال: «السعودية تمثل...»)."""
    first, last = match.first, match.last
    if match.prefix or first < 2 or tokens[first - 1].text not in _OPENING_QUOTES:
        return False
    closing = next((j for j in range(last, min(len(tokens), last + 4)) if tokens[j].text in _CLOSING_QUOTES | {'"'}), None)
    return closing is not None and closing > last and (tokens[first - 1].text, tokens[closing].text) in _QUOTES and _heads_a_name(tokens[first - 2])


def _names_something_else(tokens, match: Match) -> bool:
    """A place's name in guillemets («الشرق الأوسط»), closing a quoted two-word name after a
    noun («فجر ليبيا»، «ولاية سيناء»: a group, a festival, a monument) or after a publication
    or prayer noun (صحيفة الشرق الأوسط، صلاة المغرب; kg/data/not_place_contexts.tsv) is the
    title of a paper or programme, the name of something else, or a prayer's time, not the place."""
    first, last = match.first, match.last
    if _beside_a_prayer_time(tokens, match):
        return True
    if match.prefix:
        return False  # والشرق الأوسط: a title in quotes takes no conjunction inside them
    quoted = 0 < first and last < len(tokens) and ((tokens[first - 1].text, tokens[last].text) in _QUOTES or _quoted_after_a_preposition(tokens, first - 1, last))
    if 1 < first and last < len(tokens) and (tokens[first - 2].text, tokens[last].text) in _QUOTES and _names_with_a_place(tokens[first - 1]):
        return True
    before = first - 2 if quoted else first - 1
    contexts = not_place_contexts() | (province_heads() if match.entry.kind in ("region", "capital") else frozenset())  # ولاية واشنطن is the state
    if match.entry.kind == "country":
        contexts -= naming_heads()  # جيش بوروندي: the country's own army, the country acting
    return quoted or (before >= 0 and any(stem in contexts for _, stem in clitic_splits(tokens[before].key)))


def _quoted_after_a_preposition(tokens, opening: int, closing: int) -> bool:
    """ل»الرياض»، بـ»الحازم»: a detached ل or ب before the closing guillemet written twice, a
    quotation typed with one mark, as «...» after it would be."""
    return (opening > 0 and tokens[opening].text == tokens[closing].text == "»"
            and tokens[opening - 1].text.rstrip("ـ") in ("ل", "ب"))


def _names_a_news_agency(tokens, match: Match) -> bool:
    """وفقا للألمانية، بحسب «الفرنسية»، ذكرت الألمانية أن: a feminine nationality adjective
    with the article, standing alone after a word that gives a report's source
    (kg/data/not_place_contexts.tsv), qualifies no noun: it names that nation's news agency
    (وكالة الأنباء الألمانية), as the reports' own sign-off does; so does one alone in quotation
    marks or parentheses opening a sentence, a report's or a photo's credit («الفرنسية»)."""
    if match.last - match.first != 1 or match.prefix not in ("", "ل") or not _is_feminine_nisba(match_key(match.entry.form)):
        return False
    if not _carries_the_article(tokens[match.first].key):
        return False
    before = match.first - 1
    if before >= 0 and tokens[before].text in _OPENING_QUOTES | {"("}:
        before -= 1
    if _alone_in_marks(tokens, match) and (before < 0 or tokens[before].text in _SENTENCE_ENDS):
        return True  # «الفرنسية» or (الفرنسية) opening a sentence: a report's or a photo's credit
    if before > 0 and tokens[before].key == "ل":
        before -= 1  # وطبقا لـ "الفرنسية": the preposition written apart
    return before >= 0 and _gives_a_source(tokens[before])


def _gives_a_source(token) -> bool:
    """بحسب، وفقا، وذكرت: a word that gives a report's source, with or without a glued "and"
    (kg/data/not_place_contexts.tsv, attribution)."""
    return any(stem in attribution_words() for prefix, stem in clitic_splits(token.key) if prefix in ("", "و", "ف"))


def _alone_in_marks(tokens, match: Match) -> bool:
    """The name alone between quotation marks or parentheses: «الفرنسية»، (الألمانية); a
    straight mark before it must open a quotation (an even number of them before it), not
    close one (صحيفة "نرويان أرينا" النرويجية "اليونسي...": the adjective of the outlet)."""
    first, last = match.first, match.last
    if not (0 < first and last < len(tokens) and (tokens[first - 1].text, tokens[last].text) in _QUOTES | {("(", ")")}):
        return False
    return tokens[first - 1].text != '"' or sum(t.text == '"' for t in tokens[: first - 1]) % 2 == 0


def _quoted_alone_as_a_name(tokens, match: Match) -> bool:
    """A nationality adjective alone in quotation marks (not parentheses) names a thing or a
    person: a film, a brand, a player (فيلم «الجزائري»، دار «بلغاري»، و«الأرجنتيني»، «الألمانية»
    التي), not the country; not a plural, the people (مماطلات «النرويجيين»), nor the adjective
    of the definite noun before the marks (العنف "التونسي": scare quotes on a real adjective)."""
    first = match.first
    if not _alone_in_marks(tokens, match) or tokens[first - 1].text == "(" or tokens[first].key.endswith(("ين", "ون")):
        return False
    return first < 2 or not _definite_everyday_noun(tokens[first - 2])


def _airline_before(tokens, match: Match) -> str | None:
    """The conjunction or preposition glued on an airline's noun right before a place
    (والخطوط السعودية: "و"; طيران الخليج: ""), whose name with the place names the carrier;
    None when no such noun is there, or when a preposition governs an indefinite one (على
    خطوط الهند "on the India routes", no carrier)."""
    first = match.first
    if match.prefix or first == 0:
        return None
    nouns = airline_nouns()
    for prefix, stem in clitic_splits(tokens[first - 1].key):
        glued = prefix[:-2] if prefix.endswith("ال") else prefix
        if stem in nouns and glued in _NAME_PROCLITICS | {""}:
            governed = first > 1 and strip_diacritics(tokens[first - 2].text) in _PREPOSITIONS
            return None if governed and not prefix.endswith("ال") else glued
    return None


def _glued_on_a_loose_spelling(text: str, match: Match) -> bool:
    """بابها "her door": a conjunction or preposition glued on a place spelt without its
    first hamza (ابها for أبها) when the whole word is as common: the word, not the place
    (بأبها, with the hamza written, stays Abha)."""
    if not isinstance(match.entry, (Place, Org)):
        return False
    text = strip_diacritics(text)
    stem = text[len(match.prefix):]
    name = strip_diacritics(match.entry.name)
    return stem[:1] == "ا" and name[:1] in "أإآ" and word_zipf(text) >= word_zipf(stem)


def _verb_before_its_object(tokens, match: Match, matches: list[Match], model_spans) -> bool:
    """قم بتكرار التمرين، ثم قم بقلي الفطر: a one-word place spelt like an everyday word (قم
    "do", Zipf 5) that the model reads as no name, opening a clause right before ب on a word
    commoner without it (an imperative and its object), is that word, not the city (في مدينة
    قم، مفاعل قم). A place the model reads, or one after a noun or a preposition, stays."""
    first = match.first
    if match.prefix or match.last - first != 1 or match.last >= len(tokens) or word_zipf(strip_diacritics(tokens[first].text)) < _EVERYDAY_ZIPF:
        return False
    if tokens[first].key.startswith("ال"):
        return False  # ثم الباحة بواقع 21: a verb takes no article
    if any(s[0] <= first < s[1] for s in model_spans):
        return False
    before = tokens[first - 1] if first else None
    if before is not None and before.key[:1].isalpha() and before.key != _THEN:
        return False  # مدينة قم، في قم: a noun or a preposition governs the place
    after = tokens[match.last]
    text = strip_diacritics(after.text)
    if not after.key.startswith("ب") or any(m.first == match.last for m in matches):
        return False  # بإيران: where the place lies
    return word_zipf(text[1:]) > word_zipf(text)


def _preposition_on_a_noun_phrase(tokens, match: Match, matches: list[Match]) -> bool:
    """بحركة مستمرة، بحركة السير، بعقوبة الإعدام: a one-word place whose name reads as ب or ل
    on an everyday noun commoner without it (حركة "movement", عقوبة "penalty") is that noun
    when its own adjective, genitive or a quoted name follows it and no preposition or place
    noun governs the place (في بعقوبة، مدينة بعقوبة، بعقوبة العراقية stay Baqubah)."""
    first, last = match.first, match.last
    if match.prefix or last - first != 1 or last >= len(tokens) or not _preposition_on_an_everyday_word(tokens[first]):
        return False
    if first and (tokens[first - 1].text in _PREPOSITIONS or _place_head_reading(tokens[first - 1].key)):
        return False
    after = tokens[last]
    if after.text in _OPENING_QUOTES or _agreeing_adjective(tokens[first], after):
        return True
    return after.key.startswith("ال") and not any(m.first == last for m in matches)


def _region_closing_a_name(tokens, match: Match, matches: list[Match]) -> bool:
    """«باي أفينيو» الخليج التجاري، ماتريالز هاندلنج الشرق الأوسط 2015، ميسي فرانكفورت
    الشرق الأوسط: a region spanning several countries right after a quoted name, a city or
    a foreign word Arabic does not know (Zipf 0), with no word to join them, closes the name
    of a firm's regional branch, a fair or a district; so does one that takes an adjective
    of relation the lexicon does not know with it (الخليج التجاري: Business Bay, not the
    Gulf; أوروبا الغربية is an entry of its own; منطقة الشرق الأوسط الإسلامية describes
    the region's noun). The region itself comes after a noun or a
    preposition (دول الخليج، في الشرق الأوسط) or a conjunction in a list (أوروبا وآسيا)."""
    entry = match.entry
    if not isinstance(entry, Place) or entry.type != LOC or entry.kind != "region" or entry.country_iso:
        return False
    after = tokens[match.last] if match.last < len(tokens) else None
    if (
        after is not None and after.key.startswith("ال") and strip_diacritics(after.text).endswith("ي") and len(after.key) > 4
        and after.key not in _RELATIVES and not {GPE, LOC, "DEMONYM"} & token_gazetteer().get(bare_key(after.text), frozenset())
    ):
        return True  # (not الذي; not العربي, الشمالي: words of places' names; not قارة آسيا الكوري الجنوبي: a nationality)
    if match.prefix or not match.first:
        return False
    before = tokens[match.first - 1]
    if before.text in _CLOSING_QUOTES:
        return True
    if _ARABIC.search(before.text) and before.key[:1] not in _NAME_PROCLITICS and not before.key.startswith("ال") and word_zipf(strip_diacritics(before.text)) == 0:
        return True  # not لزبونات: a preposition on a rare plural
    return any(m.last == match.first and not m.prefix and isinstance(m.entry, Place) and m.entry.kind in ("city", "capital") for m in matches)


def _opens_a_listed_phrase(tokens, match: Match) -> bool:
    """A gazetteer name whose next word completes a phrase that is no node (الهنود الحمر،
    kg/data/not_entities.tsv): the phrase names something else, the name's word is part of it."""
    if match.last >= len(tokens):
        return False
    words = [tokens[match.first].text[_prefix_chars(tokens[match.first].text, match.prefix):]]
    words += [t.text for t in tokens[match.first + 1 : match.last + 1]]
    return " ".join(map(bare_key, words)) in not_entities()


def _closes_a_listed_phrase(tokens, first: int, last: int) -> bool:
    """The word before, read without its clitics, and the name make a phrase that is no node
    (عقد القران "the marriage contract", not the Quran; الفول السوداني "peanuts", not Sudan;
    kg/data/not_entities.tsv): the name's words are part of that phrase."""
    if first == 0:
        return False
    return " ".join(bare_key(t.text) for t in tokens[first - 1 : last]) in not_entities()


def _after_a_unit_noun(tokens, first: int) -> bool:
    """A name right after the noun of an administrative unit or a settlement, in construct
    (محافظة، مدينة، قرية; kg/data/place_heads.tsv rows not part of the name): a place called
    so, not the organisation. A base or a camp (قاعدة، معسكر) may be someone's, and is not
    read here."""
    if first == 0:
        return False
    reading = _place_head_reading(tokens[first - 1].key)
    return reading is not None and not reading[2]


def _made_national(tokens, match: Match) -> bool:
    """مجلس الأمن الوطني، ومجلس الأمن القومي: an international body's short name followed by
    "national" (kg/data/national_words.tsv) names a state's own body, not the international one."""
    return match.last < len(tokens) and tokens[match.last].key in national_adjectives()


def _closes_a_quoted_name(tokens, first: int, last: int, labels) -> bool:
    """تنظيم «فتح الإسلام»، حركة «أحرار الشام»: a word the model read as a religion or a
    place that closes a quoted two-word name after an organisation noun, opened by a word
    nobody tagged (no preposition, no word of where a place lies, no indefinite word with
    tanween), is part of the organisation's name, no mention of its own. A quoted phrase
    about the word stays one (التنظيم «عدوًا للإسلام»، تطبيق «حاكمية الإسلام»)."""
    return (
        2 < first and last < len(tokens) and labels[first - 1] is None and tokens[first].key.startswith("ال")
        and (tokens[first - 2].text, tokens[last].text) in _QUOTES and _names_with_a_place(tokens[first - 1])
        and not _TANWEEN.search(tokens[first - 1].text) and _organisation_noun(tokens[first - 3].key)
    )


def _organisation_noun(key: str) -> bool:
    """تنظيم، حركة، جماعة، والجبهة: a noun that heads an organisation's name (kg/data/org_heads.tsv,
    or a "body" word of kg/data/actor_words.tsv), with or without its article."""
    stems = [stem[2:] if stem.startswith("ال") else stem for prefix, stem in clitic_splits(key) if len(prefix) <= 1]
    return _is_org_head(key) or any(actor_words().get(stem) == "body" for stem in stems)


def _named_in_quotes(tokens, first: int, title_end: dict[int, Match]) -> bool:
    """A quoted name after a title, or a title and its adjective (المبعوث السابق «جمال بن
    عمر»), or after a word that gives a person's name (يدعى «أبو عبيدة»، اسمه «خالد»): a
    person's name or nickname in quotes, not a brand's or a film's."""
    before = first - 2  # the word before the opening quote
    return before >= 0 and (before + 1 in title_end or before in title_end or tokens[before].key in _GIVES_A_NAME)  # the second: المبعوث السابق


def _naming_head_before(tokens, first: int) -> str | None:
    """The proclitic ("" for none) on the noun of an armed unit or an alliance right before
    ``first`` (جيش الإسلام، لمحور المقاومة), None when there is no such noun: the name after
    it is the unit's, not a mention of the religion, group or place it is named after."""
    if first == 0:
        return None
    heads = naming_heads()
    return next((prefix for prefix, stem in clitic_splits(tokens[first - 1].key) if prefix in ("", *_NAME_PROCLITICS) and stem in heads), None)


def _named_by_a_head_before(tokens, first: int) -> bool:
    """The noun of an armed unit or an alliance governs the word at ``first``, right before
    it or through one bare noun in construct between (محور المقاومة، محور حركة المقاومة):
    the whole chain after the head is its name."""
    if _naming_head_before(tokens, first) is not None:
        return True
    between = first - 1
    word = tokens[between].key if between > 0 else ""
    return (word[:1].isalpha() and not _carries_the_article(word) and strip_diacritics(tokens[between].text) not in _PREPOSITIONS
            and _naming_head_before(tokens, between) is not None)


def _names_with_a_place(token) -> bool:
    """A word that opens a quoted name with a place (فجر in «فجر ليبيا»): an Arabic word, no
    particle, preposition or word of where a place lies, which would make the quote a phrase
    about the place («في ليبيا»، «وسط القاهرة»)."""
    text = strip_diacritics(token.text)
    return (
        bool(_ARABIC.search(text)) and token.key not in _FUNCTION_WORDS and bare_key(text) not in _NAME_STOPS
        and text not in _PARTICLES and text not in _PREPOSITIONS and bare_key(text) not in place_words()
    )


def _names_the_company(tokens, first: int, last: int) -> bool:
    """One word the model read as a person right after an indefinite institution noun (شركة
    إيني، مؤسسة سامسونغ): the noun governs it, so it names the institution; a first name
    there (مؤسسة محمد) is the person it is named after, and is left to the model."""
    return (
        last - first == 1 and first > 0 and _is_org_head(tokens[first - 1].key)
        and not _is_first_name(tokens[first].key) and not tokens[first].key.startswith("ال")
    )


def _body_named_after(tokens, first: int) -> str | None:
    """The proclitic ("" for none) on an indefinite institution noun right before a name of
    two words or more (مؤسسة كوفي أنان، وبنك جولدمان ساكس), None when there is none: the noun
    governs the name, so the words name the body (called after a person or not). A
    country's government or army (حكومة نتنياهو) is no body of its own name, nor is a
    committee or a group, which takes the name of who heads it (لجنة عمر الشقير)."""
    if first == 0:
        return None
    heads = org_heads() - org_heads_needing_a_name() - national_org_heads() - service_org_heads()
    return next((prefix for prefix, stem in clitic_splits(tokens[first - 1].key) if prefix in ("", *_NAME_PROCLITICS) and stem in heads), None)


def _after_a_site_noun(tokens, first: int) -> bool:
    """A name right after the noun of a street, a building, a garden or a prize (شارع،
    بفندق، مسجد، جائزة): that thing's name (kg/data/not_place_contexts.tsv, 'site')."""
    return first > 0 and any(stem in site_heads() for prefix, stem in clitic_splits(tokens[first - 1].key) if prefix in ("", *_NAME_PROCLITICS))


def _named_after_a_site(tokens, first: int, title_end: dict[int, Match]) -> bool:
    """A name right after a site noun, or after a title right after one (ملعب الأمير عبد
    الرحمن بن سعود، فندق الملك داود), or after a royal title right after a place noun that
    governs it (مدينة الملك عبدالله، حي الأمير سلطان): the site or the place is named after
    the person, and no mention of him."""
    title = title_end.get(first)
    return _after_a_site_noun(tokens, first) or (title is not None and _after_a_site_noun(tokens, title.first)) \
        or (title is not None and _royal_title_after_a_place_noun(tokens, title)) or _after_an_epithet(tokens, first)


def _a_substance_named(tokens, first: int, last: int) -> bool:
    """The noun of a substance, a drug, a microbe or a syndrome (kg/data/not_place_contexts.tsv,
    'substance') right before the span, or before the quotation mark opening it, or opening
    it before another word (مادة هيدروكلوروثيازيد، هرمون «غلوكاغون»، فيروس كورونا، ومتلازمة
    داون): the words name that thing."""
    heads = context_words("substance")

    def a_head(k: int) -> bool:
        return k >= 0 and any(stem in heads for prefix, stem in clitic_splits(tokens[k].key) if prefix in ("", *_NAME_PROCLITICS))

    before = first - 2 if first > 0 and tokens[first - 1].text in _OPENING_QUOTES else first - 1
    return a_head(before) or (last - first > 1 and a_head(first))


def _royal_title_after_a_place_noun(tokens, title: Match) -> bool:
    """مدينة الملك، حي الأمير: a royal title (kg/data/titles.tsv kind royal) that a place noun
    without the article governs (kg/data/place_heads.tsv), the start of a place's name."""
    return (
        title.entry.kind == "royal" and not title.prefix and title.first > 0
        and _place_head_reading(tokens[title.first - 1].key) is not None
    )


def _after_an_epithet(tokens, first: int) -> bool:
    """A name after a word of honour (الإمام، الشهيد) right after a site's or an institution's
    noun (ثانوية الإمام فيصل بن تركي، جامعة الإمام محمد بن سعود): the school or the
    university named after the man, not the man (kg/data/not_place_contexts.tsv 'epithet')."""
    return (
        first > 1 and tokens[first - 1].key in epithets()
        and (_after_a_site_noun(tokens, first - 1) or _body_named_after(tokens, first - 1) is not None)
    )


def _beside_a_prayer_time(tokens, match: Match) -> bool:
    """A place's name coordinated with a prayer's time (بعد العصر أو المغرب، فترتي المغرب
    والعشاء) is the time spelt like it (the sunset prayer), not the country."""
    times = prayer_times()
    first, last = match.first, match.last

    def time_at(i: int, glued: str) -> bool:
        return 0 <= i < len(tokens) and any(stem in times for prefix, stem in clitic_splits(tokens[i].key) if prefix == glued)

    def or_at(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].key == _OR

    before = (or_at(first - 1) and time_at(first - 2, "")) or (match.prefix == "و" and time_at(first - 1, ""))
    return before or (or_at(last) and time_at(last + 1, "")) or time_at(last, "و")


def _another_countrys_body(tokens, match: Match, matches: list[Match]) -> bool:
    """A body the lexicon knows with its country (حزب الله اللبناني) named with another
    country's adjective (حزب الله الكويتي، «حزب الله» الكويتي) or, inside one pair of quotes,
    with another country's place («حزب الله الحجاز») is another body of that name."""
    home = org_home_countries().get(match.entry.canonical)
    if home is None or match.last >= len(tokens):
        return False
    closed = tokens[match.last].text in _CLOSING_QUOTES
    after = match.last + closed
    opened = match.first > 0 and tokens[match.first - 1].text in _OPENING_QUOTES
    for m in matches:
        if m.first != after or m.prefix:
            continue
        if isinstance(m.entry, Demonym) and m.entry.iso != home:
            return True
        if isinstance(m.entry, Place) and opened and not closed and m.entry.country_iso not in ("", home):
            return m.last < len(tokens) and tokens[m.last].text in _CLOSING_QUOTES
    return False


def _another_countrys_adjective(tokens, match: Match, matches: list[Match], model_person: list) -> Match | None:
    """The definite nationality adjective of a country a one-word place is not in, agreeing
    with it, right after it (الخليج المكسيكي، طرابلس اللبنانية), which makes it another place
    of that name, or None: the lexicon's place is the wrong one (طرابلس الليبية، الخليج
    stay), and the two words name the other. A place without the article (a city, a country,
    a continent) is feminine: a masculine adjective after it is no adjective of hers but a
    man or a club (قارة آسيا الكوري الجنوبي، موناكو الفرنسي). Nor is the adjective the
    place's when it opens the description of a person the model reads after it, or when the
    place is itself one of a chain of nationality adjectives (العلاقات السعودية المصرية)."""
    if match.last - match.first != 1 or match.last >= len(tokens):
        return None
    if _is_feminine_nisba(tokens[match.first].key) or any(m.first == match.first and isinstance(m.entry, Demonym) for m in matches):
        return None
    own = {match.entry.iso, match.entry.country_iso} - {""}
    for m in matches:
        if (m.first == match.last and not m.prefix and isinstance(m.entry, Demonym) and m.entry.iso and m.entry.iso not in own
                and _carries_the_article(tokens[m.first].key)):
            if not (_is_feminine_nisba(tokens[m.first].key) or _carries_the_article(tokens[match.first].key)):
                return None  # آسيا الكوري الجنوبي "Asia's South Korean": no adjective of hers
            after = next((j for j in range(m.last, len(tokens)) if not _carries_the_article(tokens[j].key)), len(tokens))
            return m if after == len(tokens) or model_person[after] != PERSON else None
    return None


def _bare_plural_as_a_name(tokens, match: Match, matches: list[Match]) -> bool:
    """A nationality's broken plural (الروس، الأتراك: no nisba ending) written without the
    article is the nationality only where it qualifies a plural noun (جنود روس، مسؤولون
    أتراك) or joins another nationality (خبراء إنجليز وأميركان); elsewhere, or with a
    preposition glued on, the word is a name spelt alike (ديانا روس، وتوقع روس، بروس، كروس)."""
    entry = match.entry
    if not isinstance(entry, Demonym) or match.last - match.first != 1:
        return False
    form = match_key(entry.form)
    token = tokens[match.first]
    rest = token.key[len(match.prefix):]
    if not form.startswith("ال") or form.endswith(_NISBA_ENDINGS) or rest.startswith("ال") or (match.prefix.endswith("ل") and rest.startswith("ل")):
        return False  # الروسي، بالروس، للروس: a nisba, or the plural with its article
    if match.prefix not in ("", "و"):
        return True
    i = match.first - 1
    if i < 0:
        return True
    if any(m.last == match.first and _is_demonym(m) for m in matches):
        return False
    return not _plural_noun(tokens[i].key)


def _plural_noun(key: str) -> bool:
    """A plural noun by its shape (a matching key): a sound plural (مسؤولون، مجندين) or the
    broken plurals فعول، فعال، فعلاء، أفعال (جنود، شباب، خبراء، أكراد), with a glued و or
    preposition; not a word the training data saw mostly in names (جمال، هشام)."""
    for prefix in ("", "و", "ب", "ل"):
        if not key.startswith(prefix):
            continue
        stem = key[len(prefix):]
        if (len(stem) >= 5 and stem.endswith(("ون", "ين"))) or (len(stem) == 4 and stem[2] == "و") or (
            len(stem) >= 5 and stem.endswith("اء")
        ) or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا"):
            return True
        if len(stem) == 4 and stem[2] == "ا":
            return not _is_first_name(stem, strictly=True)
    return False


def _alef_maqsura_word(tokens, match: Match, folds_ya: Callable[[], bool]) -> bool:
    """A nationality adjective spelt with a final ى that is a common word so spelt
    (اليمنى "the right one") is that word, unless the article writes final ي as ى
    elsewhere too (فى، الذى, as Egyptian print does: المصرى is then المصري; ``folds_ya``
    says so, asked only here) and no definite feminine noun stands before it: a masculine
    nisba would not agree with one (باليد اليمنى، الجهة اليمنى: "right", not Yemeni)."""
    text = strip_diacritics(tokens[match.last - 1].text)
    if not (text.endswith("ى") and word_zipf(text) >= _EVERYDAY_ZIPF):
        return False
    return not folds_ya() or (match.first > 0 and _definite_feminine_noun(tokens[match.first - 1]))


def _adjective_sense(key: str) -> str:
    """The kg/data/word_sense_cues.tsv reading of an adjective or noun read without و، ف, the
    article or the feminine ending (وإقليمية، والدولي -> إقليمي، دولي)."""
    cues = word_sense_cues()
    for prefix, stem in clitic_splits(key):
        if prefix in ("", "و", "ف", "ال", "وال", "فال"):
            stem = stem.removeprefix("ال")
            stem = stem[:-1] if stem.endswith("يه") else stem
            if stem in cues:
                return cues[stem]
    return ""


def _nisba_heading_a_construct(tokens, match: Match, words_alone: frozenset[str]) -> bool:
    """An indefinite nationality adjective that qualifies no noun before it and is followed by
    a definite everyday noun is a noun in construct with that noun: an adjective follows its
    noun and takes the article with it, save an 'aspect' it is said of (سعودي الجنسية,
    kg/data/word_sense_cues.tsv). The feminine after a verb (ونحيت صينية الإفطار "the breakfast
    tray"), the masculine where the article writes the word's dual in ين (كوبي الأرز beside كوبين:
    "two cups of rice", the dual in construct dropping its ن). Not before a time or a relative
    word (قالت مصادر صينية الأربعاء، سورية التي) or a place."""
    first, last = match.first, match.last
    if last - first != 1 or match.prefix not in ("", "و", "ف") or last >= len(tokens):
        return False
    word, genitive = tokens[first].key[len(match.prefix):], tokens[last]
    if word.startswith("ال") or not genitive.key.startswith("ال") or genitive.key in _NAME_STOPS_WRITTEN:
        return False
    if _adjective_sense(genitive.key) or not is_everyday_word(genitive.text) or token_gazetteer().get(bare_key(genitive.text)):
        return False
    if word.endswith("يه"):
        return first > 0 and _a_verb(tokens[first - 1])
    return word.endswith("ي") and word[:-1] + "ين" in words_alone


def _a_verb(token) -> bool:
    """يحمل، ونحيت: a present verb's shape, or a past verb's ت (read without و or ف), on a word
    that is no feminine plural in ات or noun in ة (تأكيدات، تسوية)."""
    if token.key.endswith(("ات", "ه")):
        return False
    return _present_tense_shape(token) or any(
        prefix in ("", "و", "ف") and len(stem) >= 4 and stem.endswith("ت") for prefix, stem in clitic_splits(token.key)
    )


def _country_level_sense(tokens, match: Match) -> bool:
    """A nationality adjective spelt like a 'country-level' word (قُطري, kg/data/word_sense_cues.tsv)
    is that word when it is joined by و or أو to a 'scale' adjective (تنظيمية قطرية أو إقليمية أو
    دولية, "national, regional or international") or stands between a 'post' noun and ل + the
    body the post serves (المدير القطري لبرنامج الأغذية, a UN country director); الوزير القطري
    stays Qatari."""
    first, last = match.first, match.last
    if last - first != 1 or _adjective_sense(tokens[first].key) != "country-level":
        return False
    after = [tokens[last].key] if last < len(tokens) else []
    if after and after[0] in _AND_OR and last + 1 < len(tokens):
        after = [tokens[last + 1].key]
    elif after and not after[0].startswith(("و", "ف")):
        after = []
    before = [tokens[first - 1].key] if first > 0 and match.prefix in ("و", "ف") else []
    if first > 1 and tokens[first - 1].key in _AND_OR:
        before = [tokens[first - 2].key]
    if any(_adjective_sense(key) == "scale" for key in after + before):
        return True
    return (
        first > 0 and not match.prefix and _adjective_sense(tokens[first - 1].key) == "post"
        and last < len(tokens) and tokens[last].key.startswith("ل") and _preposition_on_a_word(tokens[last], common_words())
    )


def _definite_feminine_noun(token) -> bool:
    """A noun with the article (a glued preposition or conjunction allowed) that is
    feminine: it ends in ة, or it is one of the feminine nouns without it that
    kg/data/word_sense_cues.tsv lists (اليد، العين، القدم)."""
    if not any(stem.startswith("ال") or prefix.endswith(("ال", "لل")) for prefix, stem in clitic_splits(token.key)):
        return False
    cues = word_sense_cues()
    nouns = {stem[2:] if stem.startswith("ال") else stem for _, stem in clitic_splits(token.key)}
    return strip_diacritics(token.text).endswith("ة") or any(cues.get(noun) == "feminine" for noun in nouns)


def _folds_ya(doc: Document) -> bool:
    """The article writes final ي as ى (فى، الذى) somewhere."""
    return any(map(_ya_spelt_as_alef_maqsura, chain.from_iterable(s.texts for s in doc.sentences)))


@memo(100_000)
def _ya_spelt_as_alef_maqsura(text: str) -> bool:
    """فى، الذى: a word ending in ى that is far commoner with ي (في، الذي)."""
    text = strip_diacritics(text)
    return text.endswith("ى") and word_zipf(text[:-1] + "ي") >= word_zipf(text) + 1.0


def _with_family_nisba(span, tokens, matches: list[Match]):
    """A lone first name followed by a masculine nationality adjective, with the article or
    without it, is a person with a family name (منصور التركي، يوسف الكندي، خالد مغربي، ميساء
    هندي), not a person and a country: an adjective agreeing with the name would be definite;
    so is a first name the model read alone before a family nisba that is rarer than the
    everyday adjectives of that shape (أحمد الشهري، عيسى الحربي; not محمد الثاني, a title,
    nor جمال الطبيعي, an adjective)."""
    first, last, label = span[0], span[1], span[2]
    if label != "PERS" or last - first != 1 or not _is_first_name(tokens[first].key):
        return span
    if _is_first_name(tokens[first].key, strictly=True) and last < len(tokens) and _family_nisba(tokens[last]) \
            and not any(m.first <= last < m.last for m in matches):
        return (first, last + 1, *span[2:])
    for match in matches:
        if (
            _is_demonym(match) and match.first == last and match.last == last + 1 and not match.prefix
            and (
                (tokens[last].key.startswith("ال") and not _is_feminine_nisba(tokens[last].key))
                or tokens[last].key.endswith("ي")
            )
        ):
            return (first, last + 1, *span[2:])
    return span


def _with_a_list_items_family_name(spans: list, tokens, common: frozenset[str]) -> list:
    """وصالح العمري وسلمان + المؤشر،: in a list of people named in full, an item the model
    read as a first name alone, followed by one definite word that closes the item (a comma,
    the sentence's end, the next item's "and"), has that word for its family name, as the
    items before it do, whatever else the word means (المؤشر "the indicator"). Not a title, a
    nationality, a preposition on a word or a word the lexicons know."""
    starts = {span[0]: span for span in spans if span[2] == "PERS"}
    ends = {span[1]: span for span in spans if span[2] == "PERS"}
    out = []
    for span in spans:
        first, last, label = span[0], span[1], span[2]
        before = ends.get(first)
        if label != "PERS" or last - first != 1 or last >= len(tokens) or before is None or before[1] - before[0] < 2:
            out.append(span)
            continue
        name, word = tokens[first], tokens[last]
        closes = last + 1 == len(tokens) or tokens[last + 1].text in "،,.؛" or (
            last + 1 in starts and tokens[last + 1].key.startswith(_COORDINATOR)
        )
        if (
            closes and (_is_first_name(name.key, strictly=True) or _and_a_first_name(name))
            and word.key.startswith("ال") and len(word.key) > 4 and word.key not in common
            and not _is_nisba_or_title(word.key) and bare_key(word.text) not in token_gazetteer() and not _preposition_on_a_word(word, common)
        ):
            span = (first, last + 1, *span[2:])
        out.append(span)
    return out


def _untagged_first_names_before_a_nisba(tokens, spans, matches: list[Match]) -> list:
    """طلال الأردني: a word the training data saw mostly in names, left untagged right before a
    definite masculine nationality adjective, is a person with that family name, not a first
    name and a country: a person's nationality goes with his title (المسؤول الأردني طلال), not
    after his first name. Not a word glued to a clitic, a title or a nationality, nor a word of
    a lexicon entry (see _with_family_nisba for names the model read)."""
    spanned = {i for first, last, *_ in spans for i in range(first, last)}
    out = []
    for match in matches:
        at = match.first - 1
        if not _is_demonym(match) or match.last != match.first + 1 or match.prefix or at < 0 or {at, match.first, match.last} & spanned:
            continue  # حافظ الصربي نوفاك ديوكوفيتش: an adjective before a name is that person's nationality
        adjective, word = tokens[match.first].key, tokens[at]
        if not (adjective.startswith("ال") and adjective.endswith("ي")) or not _a_first_name_alone(word, matches, at):
            continue
        out.append((at, match.last, "PERS", 1.0))
    return out


def _a_first_name_alone(token, matches: list[Match], at: int) -> bool:
    """A word mostly seen in names, no title, nationality or lexicon entry, and no first name
    behind a glued clitic (ولطلال: "and for" someone). Common names count (طلال): no indefinite
    noun takes a definite adjective, so only a name or a construct's head stands there."""
    key = token.key
    return (
        _is_first_name(key, strictly=True) and not _is_nisba_or_title(key)
        and not any(m.first <= at < m.last for m in matches) and not (key[:1] in _NAME_PROCLITICS and _is_first_name(key[1:]))
    )


def _with_first_name_after_title(span, tokens, title_end: dict[int, Match], matches: list[Match], spanned: set[int], tags=None, holders: frozenset[int] = frozenset()):
    """الرئيس علي بونغو، آية الله علي خامنئي: a first name between a title and the name
    the model found belongs to the name (the model often leaves علي out: its matching key
    is the preposition على's, which is told apart here as written). Before a longer name, or
    after a rank (المهندس، الأستاذ), only when the model itself hesitated over the word
    (المهندس أنس محمد صالح صيرفي). Where the title takes its holder's name directly
    (``holders``: الممثلة منة شلبي) a word ordinary Arabic seldom writes is a first name too,
    though the training data never saw it in one."""
    first, last, label, confidence = span
    at = first - 1
    doubted = tags is not None and at >= 1 and tags[at][0] == "O" and tags[at][1] < _DOUBTED_OUTSIDE
    after_title = at in title_end or (doubted and actor_words().get(tokens[at - 1].key) == "rank")
    if label != "PERS" or at < 1 or (last - first > 2 and not doubted) or not after_title or at in spanned:
        return span
    token = tokens[at]
    text = strip_diacritics(token.text)
    if text in _PREPOSITIONS or text.endswith("ى") or not _ARABIC.search(text) or token.key[:1] in _NAME_PROCLITICS:
        return span
    unseen = at in holders and not token.key.startswith("ال") and not is_everyday_word(text) and token.key not in _title_words()
    if not (_is_first_name(token.key) or unseen) or actor_words().get(token.key) == "rank" or any(m.first <= at < m.last for m in matches):
        return span
    return at, last, label, confidence


def _without_a_titles_complement(span, tokens, title_end: dict[int, Match]):
    """مدرب تشيلسي مورينيو "Chelsea's coach Mourinho": a one-word title written without its
    article is in construct with the noun after it, the club, body or place it is of; words
    that open the model's name there and that the training data never saw in a name are
    that complement, and the name begins after them. Only the title as bare as its form
    without the article: with a clitic or a pronoun (للمهاجم سون هيونج، للاعبه أليكس) it
    governs nothing after it. Not an honorific (سمو، معالي), which takes a name directly,
    and a name of one word is left whole."""
    first, last, label, confidence = span
    title = title_end.get(first)
    if label != "PERS" or title is None or title.last - title.first != 1 or title.entry.kind == "honorific":
        return span
    if "ال" + tokens[title.first].key != match_key(title.entry.form):
        return span
    while last - first >= 2 and not _is_first_name(tokens[first].key):
        first += 1
    return first, last, label, confidence


def _holders_after_titles(tokens, title_end: dict[int, Match]) -> frozenset[int]:
    """Where a title's holder begins: right after an honorific (سمو، معالي) or a title whose
    last word carries the article (الدكتور، والفنانة، وزير الدولة); a title ending in a bare
    noun (محافظ، وزير خارجيتهما) is in construct with what follows it, the place or body."""
    return frozenset(
        at for at, title in title_end.items() if title.entry.kind == "honorific" or _carries_the_article(tokens[title.last - 1].key)
    )


def _without_opening_titles(span, tokens, titles_at: dict[int, Match]):
    """معالي الدكتور السديس: titles the model read into the start of a person's name are
    cues before it, peeled one by one: an honorific that takes no article (معالي، سمو) or a
    title written with the article (الدكتور، الشيخ). A title word written without the
    article it takes may be a given name (شيخ تيوتي، سيد خولي) and stays."""
    first, last, label, confidence = span
    while label == "PERS" and (title := titles_at.get(first)) is not None and title.last < last and (
        tokens[first].key.startswith("ال") or (title.entry.kind == "honorific" and not match_key(title.entry.form).startswith("ال"))
    ):
        first = title.last
    return first, last, label, confidence


def _with_first_name_before(span, tokens, matches: list[Match], spanned: set[int]):
    """فاليري غوم، فاليري آموس: an untagged word the training data saw mostly in names and
    ordinary Arabic seldom uses, right before a name of one or two words the model read, is
    that name's first word. Not a preposition as written (على), a title or a nationality, a
    word of a lexicon entry, an everyday word (خطاب كاميرون: "Cameron's speech"), nor a name
    with a glued و or ل (وإبراهيم، لعلي: another person, "for" someone)."""
    first, last, label, confidence = span
    at = first - 1
    if label != "PERS" or at < 0 or last - first > 2 or at in spanned or _starts_second_name(tokens[first].key):
        return span  # لامبارد + وأندريا بيرلو: a name opening with "and" is the next of a list
    token = tokens[at]
    text = strip_diacritics(token.text)
    if text in _PREPOSITIONS or not _ARABIC.search(text) or not _is_first_name(token.key, strictly=True) or _is_nisba_or_title(token.key):
        return span
    if word_zipf(text) >= _EVERYDAY_ZIPF:
        return span  # خطاب كاميرون "Cameron's speech": a name that is an everyday noun too governs the name after it
    if token.key[:1] in _NAME_PROCLITICS and _is_first_name(token.key[1:]):
        return span
    if any(m.first <= at < m.last for m in matches):
        return span
    return at, last, label, confidence


def _family_nisba(token) -> bool:
    """الشهري، القحطاني، العلي: a definite masculine nisba as written, no title or nationality,
    and rarer than the everyday adjectives of that shape (الطبيعي، الحالي)."""
    return is_family_nisba(token.text)


def is_family_nisba(written: str) -> bool:
    """``_family_nisba`` of a word as written (الحارثي): also for the resolver's forms."""
    text = strip_diacritics(written)
    return (
        text.startswith("ال") and text.endswith("ي") and len(text) > 4
        and not _is_nisba_or_title(match_key(text)) and word_zipf(text) < _FAMILY_NISBA_ZIPF
    )


def _holder_after_a_complement(tokens, first: int, last: int, mentions: list[Mention], title_end: dict[int, Match]) -> bool:
    """المدرب الروماني بيتوركا، رئيس جامعة نيكوسيا بيريستيانيس: one unknown word the model
    calls a place, right after a title's nationality or organisation, is the title's holder
    (a place would follow a preposition: رئيس الجامعة في نيقوسيا)."""
    if last - first != 1 or first == 0:
        return False
    token = tokens[first]
    if token.key.startswith("ال") or _glued_conjunction(token) or _preposition_on_a_word(token, common_words()) \
            or bare_key(token.key) in token_gazetteer():
        return False
    complement = next((m for m in mentions if m.last_token == first and m.label in (GPE, ORG)), None)
    if complement is None or complement.first_token not in title_end:
        return False
    return complement.label == ORG or complement.source == "demonym"


def _counted_country(tokens, match: Match) -> bool:
    """15 كوبا من الماء "15 cups": a one-word country right after a count below a thousand
    (no year) is the counted noun spelt like it, in the accusative a number takes; a
    country is never counted."""
    if not isinstance(match.entry, Place) or match.entry.kind != "country" or match.prefix or match.last - match.first != 1 or not match.first:
        return False
    count = tokens[match.first - 1].text
    return count.isdigit() and int(count) < 1000


def _is_quantity(token) -> bool:
    """A number or a number word (مليون، ألف): what follows is a unit or a counted noun."""
    return token.text.replace(".", "").replace(",", "").isdigit() or bare_key(token.text) in _NUMBER_WORDS


def _a_measure_before_its_number(tokens, match: Match) -> bool:
    """بقطر 21 بوصة، بقطر 18 أو 20 بوصة: a one-word place's name right before a number, or
    numbers joined by أو or و, and a unit of length (kg/data/word_sense_cues.tsv 'length') is
    a noun of measure spelt like it (قُطر "diameter"), not the place; before a number and a
    currency or a percentage (قطر 0.23 دولار، بورصة قطر 1.1 في المئة) it stays the place."""
    at = match.last
    if match.last - match.first != 1 or at >= len(tokens) or not _is_quantity(tokens[at]):
        return False
    while at < len(tokens) and (any(c.isdigit() for c in tokens[at].text) or tokens[at].key in _AND_OR):
        at += 1
    return at < len(tokens) and word_sense_cues().get(match_key(tokens[at].text)) == "length"


def _reads_as_adjective(tokens, match: Match, labels) -> bool:
    """A one-word city with the article right after a definite everyday noun agrees with
    it as an adjective (الظروف القاهرة): a definite noun takes no genitive, and apposition
    needs a place noun (العاصمة الرياض، المدينة)."""
    if match.last - match.first != 1 or match.prefix:
        return False
    return _after_a_definite_noun(tokens, match.first, labels)


def _head_as_an_adjective(tokens, i: int) -> bool:
    """An institution noun in a nisba's shape (الأكاديمية، البلدية) right after a definite
    everyday noun in ة or ات, which such an adjective agrees with, and no title, place noun or
    institution, is that noun's adjective (البيئة الأكاديمية المحفزة، الانتخابات البلدية),
    not the head of a name."""
    key = tokens[i].key
    if i == 0 or not key.startswith("ال") or not key.endswith("يه"):
        return False
    prev = tokens[i - 1]
    return prev.key.endswith(("ه", "ات")) and prev.key not in _title_keys() and _definite_everyday_noun(prev)


def _after_a_definite_noun(tokens, i: int, labels) -> bool:
    """The word at ``i`` has the article and follows a definite everyday noun that is no
    title, place noun or institution: it agrees with that noun as its adjective
    (الظروف القاهرة، المجتمع الأهلي; not النادي الأهلي)."""
    if not tokens[i].key.startswith("ال") or i == 0:
        return False
    prev = tokens[i - 1]
    if labels[i - 1] is not None:
        return False
    stem = bare_key(prev.text)
    return stem != _CAPITAL and "TITLE" not in token_gazetteer().get(stem, frozenset()) and _definite_everyday_noun(prev)


def _definite_everyday_noun(token) -> bool:
    """A word with the article that ordinary Arabic uses as a noun, and no place noun or
    institution: the head a following definite adjective agrees with."""
    if not _carries_the_article(token.key) or _place_head_reading(bare_key(token.text)) or _is_institution(token.key):
        return False
    text = strip_diacritics(token.text)
    return is_everyday_word("ال" + text[2:] if text.startswith("لل") else text[text.find("ال"):])  # للظروف -> الظروف


def _after_a_coordinated_adjective(tokens, i: int, labels) -> bool:
    """والأهلي after الحكومي (القطاعين الحكومي والأهلي): و + a definite word after an
    untagged definite adjective of relation that is an everyday word is that adjective's
    fellow, said of the same noun, not a name."""
    if not tokens[i].key.startswith("وال") or i == 0 or labels[i - 1] is not None:
        return False
    prev = tokens[i - 1]
    return prev.key.startswith("ال") and prev.key.endswith(_NISBA_ENDINGS) and is_everyday_word(prev.text)


@memo(100_000)
def _place_without_its_article(key: str) -> bool:
    """A word without the article that is a place's name only with it (رياض, not الرياض)."""
    if _carries_the_article(key) or gazetteer().match([key]):
        return False
    return any(isinstance(m.entry, Place) for m in gazetteer().match(["ال" + key]))


def _a_place_spelt_otherwise(token) -> bool:
    """A word the lexicon finds a place in only when spelt otherwise is an ordinary word:
    an everyday definite word where the place's name takes no article (الجدة "the
    grandmother", المشهد "the scene"; not الباراغواي, an old spelling of the country), or
    a short name written otherwise (جده "his grandfather", see ``_spelt_as_written``)."""
    key = token.key
    if key.startswith("ال") and not gazetteer().match([key]) and word_zipf(strip_diacritics(token.text)) >= _ORDINARY_ZIPF:
        bare = [m for m in gazetteer().match([key[2:]]) if isinstance(m.entry, Place)]
        return bool(bare) and not any(m.entry.name.startswith("ال") for m in bare)
    places = [m for m in gazetteer().match([key]) if isinstance(m.entry, Place)]
    return bool(places) and not _spelt_as_written(places, [token])


def _names_a_language(tokens, match: Match, languages: set[int]) -> bool:
    """A feminine nationality adjective with "in" (بالعربية), after a language's noun or a
    word of using one (اللغة، باللغتين، يجيد، استعمال; kg/data/not_place_contexts.tsv), with
    "such as" or at the head of a list a word or two after a language's noun (بلغات مختلفة
    كالألمانية، بعدة لغات هي: العربية والفرنسية), or joined by "and" or "or" to a language
    just read (والفرنسية، أو الفرنسية) names a language."""
    if match.last - match.first != 1 or not _is_feminine_nisba(tokens[match.first].key):
        return False
    nouns, uses = context_words("language"), context_words("language use")
    i = match.first
    while True:
        key = tokens[i].key
        if key.startswith(("بال", "وبال")):
            return True  # بالعربية
        if i > 0 and any(stem in nouns or stem in uses for _, stem in clitic_splits(tokens[i - 1].key)):
            return True  # اللغة الفرنسية، باللغتين الإسبانية، يجيد الفرنسية
        if (key.startswith("كال") or i < match.first) and any(stem in nouns for t in tokens[max(0, i - 3):i] for _, stem in clitic_splits(t.key)):
            return True  # بلغات مختلفة كالألمانية، بعدة لغات هي: العربية والفرنسية
        if key.startswith("وال") and i > 0 and _is_feminine_nisba(tokens[i - 1].key):
            i -= 1  # والفرنسية after another language: go back along the list
        elif i > 1 and tokens[i - 1].key in _AND_OR and _is_feminine_nisba(tokens[i - 2].key):
            i -= 2  # الإنجليزية أو الفرنسية
        else:
            return False


def _whole_word_is_commoner(text: str, prefix: str) -> bool:
    """The written word is far more common whole than without its first letter: a name of
    its own (بلاتر) rather than a preposition on a place (بالرياض)."""
    text = strip_diacritics(text)
    stems = [text[len(prefix):], "ا" + text[1:]] if text.startswith("لل") else [text[len(prefix):]]  # للرمادي = ل + الرمادي
    return len(text) > 3 and word_zipf(text) >= max(map(word_zipf, stems)) + 1.0


def _article_after_lam(text: str) -> bool:
    """ل + ال is written لل, so للحج is ل + الحج or ل + لحج: the article's reading wins when
    the definite word is commoner in ordinary Arabic than the name (لبنان outweighs البنان)."""
    text = strip_diacritics(text)
    return text.startswith("لل") and len(text) > 3 and word_zipf("ا" + text[1:]) > word_zipf(text[1:])


def _is_feminine_nisba(key: str) -> bool:
    return key.endswith("يه") and any(stem.startswith("ال") for _, stem in clitic_splits(key))


def _pronoun_ending(text: str, match: Match) -> bool:
    """The word ends in ه where the entry ends in ة, and is at least as common so spelt:
    a pronoun or a verb (وجده "he found it"), not the place (حماه is Hama: rarer than حماة)."""
    name = match.entry.name if isinstance(match.entry, Place) else ""
    text = strip_diacritics(text)
    return name.endswith("ة") and text.endswith("ه") and word_zipf(text) >= word_zipf(text[:-1] + "ة")


def _reads_as_first_name(tokens, match: Match, title_end: dict[int, Match]) -> bool:
    """A one-word place or nationality adjective without the article that a royal title
    precedes (الأمير تركي), بن follows or precedes (تركي بن عبدالله، فيصل بن تركي) or a rare
    definite word follows (تركي المشيقح، وتركي المشيقح) is a person's first name, and so is a
    nationality adjective without the article after a definite word and before another word
    (المتحدث باسم التحالف تركي المالكي، الدكتور تركي الحمد: an adjective of a definite noun
    would carry the article; after a title the next word must be definite or no everyday word,
    since اللواء تركي بأنه may be a family name told short)."""
    if match.last - match.first != 1 or tokens[match.first].key.startswith("ال") or isinstance(match.entry, Org):
        return False
    if match.prefix:  # وتركي السلمي: "and" + a first name before a family name; مسؤول سعودي وتركي stays an adjective
        return (match.prefix == "و" and not tokens[match.first].key[1:].startswith("ال") and _is_demonym(match)
                and _before_a_family_name(tokens, match.last))
    title = title_end.get(match.first)
    after_royal = title is not None and title.entry.kind in ("royal", "honorific", "religious")
    before_nasab = match.last < len(tokens) and bare_key(tokens[match.last].text) in _NASAB
    after_definite = (
        match.first > 0 and tokens[match.first - 1].key.startswith("ال")
        and match.last < len(tokens) and tokens[match.last].key[:1].isalpha()
        and tokens[match.last].key not in _FUNCTION_WORDS and bare_key(tokens[match.last].text) not in _NAME_STOPS
        and (title is None or tokens[match.last].key.startswith("ال") or not is_everyday_word(tokens[match.last].text))
    )
    after_nasab = match.first > 0 and bare_key(tokens[match.first - 1].text) in _NASAB
    return after_royal or before_nasab or after_nasab or (
        _is_demonym(match) and (after_definite or _before_a_family_name(tokens, match.last))
    )


def _first_name_in_a_list(tokens, match: Match, model_person) -> int | None:
    """A nationality adjective without the article after "and", right after a person's name (a
    span the model read, or a family nisba: مستور السفياني), is the first name of the next person
    of a list when a family nisba follows it (وتركي السلمي: an indefinite adjective takes no
    definite one) or "and" with another person (وتركي وجابر); مسؤول سعودي وتركي stays Turkish.
    Returns where that person's name ends."""
    first, last = match.first, match.last
    if match.prefix != "و" or last - first != 1 or first == 0 or last >= len(tokens) or tokens[first].key[1:].startswith("ال"):
        return None
    if model_person[first - 1] != PERSON and not _family_nisba(tokens[first - 1]):
        return None
    after = tokens[last]
    if after.key.startswith("و") and model_person[last] == PERSON:
        return last  # وتركي + وجابر: one word, then the next name
    if (
        after.key.startswith("ال") and after.key.endswith("ي") and len(after.key) >= 5 and after.key not in _NAME_STOPS_WRITTEN
        and not _is_nisba_or_title(after.key) and not _adjective_sense(after.key) and not token_gazetteer().get(bare_key(after.text))
    ):
        return last + 1
    return None


def _before_a_family_name(tokens, i: int) -> bool:
    """تركي المشيقح: an indefinite adjective takes no definite word after it, save an
    everyday noun it is said of (تركي الجنسية); a rarer definite word is a family name."""
    if i >= len(tokens) or not tokens[i].key.startswith("ال") or len(tokens[i].key) < 5:
        return False
    return not is_everyday_word(tokens[i].text) and not token_gazetteer().get(bare_key(tokens[i].text))


_ADJECTIVE_ENDINGS = ("ه", "ى", "ي")  # الجديدة، الكبرى، الشمالي: the endings of adjectives, feminine or nisba


def _widened_by_adjectives(tokens, longer, match: Match, matches: list[Match]) -> int | None:
    """قناة السويس الجديدة: a model span that opens inside a known place's name and runs on
    over definite words that name nothing themselves (no nationality, no place) is that
    name widened into another place (the new canal, not the canal; the model alone would
    keep only السويس الجديدة); where the widened name ends, or None."""
    named = {i for m in matches if not isinstance(m.entry, Title) and m is not match for i in range(m.first, m.last)}
    for first, last, label, *_ in longer:
        if label == "PERS" or not match.first < first < match.last < last:
            continue
        extra = range(match.last, last)
        if all(tokens[i].key.startswith("ال") and tokens[i].key.endswith(_ADJECTIVE_ENDINGS) and i not in named for i in extra):
            return last
    return None


def _only_ordinary_words_beyond(tokens, span, match: Match, common: frozenset[str]) -> bool:
    """منظمة التعاون الاقتصادي + الإقليمية: the model's extra words are ordinary ones."""
    first, last = span[0], span[1]
    if first > match.first or last < match.last:
        return False
    extra = [tokens[i].key for i in range(first, last) if not match.first <= i < match.last]
    return all(key in common or bare_key(key) in common for key in extra)


# Kinds of place_words.tsv whose noun, with the article and alone, points back to a place
# rather than naming one (المدينة، العاصمة، المحافظة، الحي).
_GENERIC_PLACE_KINDS = frozenset({"city", "region", "quarter", "suburb", "capital"})


def _a_place_noun_alone(tokens, span, matches: list[Match]) -> bool:
    """A place span the model read that is only a place noun with the article (شمال غرب
    المدينة, meaning the city the article speaks of, Taiz or Hodeidah): a generic noun, a
    place only with a name. It is a name where a place noun governs it (أمير منطقة المدينة:
    Medina) or quotation marks open before it («المدينة», a newspaper), or where a lexicon
    knows the word."""
    first, last, label = span[0], span[1], span[2]
    if label != "LOC" or last != first + 1 or any(m.first <= first < m.last for m in matches):
        return False
    kinds = place_words()
    if not any(prefix.endswith("ال") and kinds.get(stem) in _GENERIC_PLACE_KINDS for prefix, stem in clitic_splits(tokens[first].key)):
        return False
    before = tokens[first - 1] if first else None
    return before is None or (before.key[:1].isalpha() and _place_head_reading(before.key) is None)


def _span_key(tokens, span, dropped: frozenset[str]) -> str:
    """The span's key, read without a glued conjunction or preposition when that makes it
    one of ``dropped`` (والدولار -> دولار)."""
    first, last = span[0], span[1]
    words = [bare_key(t.key) for t in tokens[first:last]]
    readings = [stem for prefix, stem in clitic_splits(words[0]) if len(prefix) <= 1]
    head = next((r for r in readings if " ".join([r, *words[1:]]) in dropped), words[0])
    return " ".join([head, *words[1:]])


def _a_dropped_word_before_a_preposition(tokens, span, dropped: frozenset[str]) -> bool:
    """مليار ريال بنهاية 2014: a word no node is (a currency, kg/data/not_entities.tsv) and
    a preposition glued on an everyday word after it ("by the end of"): the preposition
    opens a phrase of its own, so the span is the currency alone (ريال مدريد stays a club)."""
    first, last = span[0], span[1]
    return last - first == 2 and _span_key(tokens, (first, first + 1), dropped) in dropped \
        and _preposition_on_an_everyday_word(tokens[first + 1])


def _headed_by_a_verbal_noun(tokens, span) -> bool:
    """اعادة اعمار كوباني: a span (no person's) that opens with the verbal noun of a derived
    verb (إفعال، إبداء; kg.resolve._a_verb_or_a_verbal_noun) is an action on what follows,
    no name, unless that noun heads names (اتحاد، إعلان، ائتلاف: kg/data/org_heads.tsv,
    thing_heads.tsv, not_place_contexts.tsv)."""
    from kg.resolve import _a_verb_or_a_verbal_noun

    first, last, label = span[0], span[1], span[2]
    if label == "PERS" or last - first < 2 or tokens[first].key.startswith("ال") or _is_nisba(tokens[first + 1].key):
        return False  # الباب العالي: the article's alif; إعمار العقارية: a company's name with its adjective
    word = strip_diacritics(tokens[first].text)
    return word[:1] in _VERBAL_NOUN_ALIFS and tokens[first].key not in _name_heads() and _a_verb_or_a_verbal_noun(word)


_VERBAL_NOUN_ALIFS = ("إ", "ا")


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """Keys of the nouns that head names (org_heads.tsv, thing_heads.tsv, not_place_contexts.tsv
    namings, place_words.tsv), built once."""
    return frozenset(org_heads() | set(thing_heads()) | naming_heads() | set(place_words()))


def _letters_of_a_designator(tokens, span) -> bool:
    """إف of طائرات إف- 16: a span of Latin letters' names only (kg/data/latin_letters.tsv)
    right before a dash or a number is an aircraft's or a product's designator cut short,
    no name of its own."""
    first, last = span[0], span[1]
    if last >= len(tokens) or not all(t.key in latin_letter_keys() for t in tokens[first:last]):
        return False
    after = tokens[last].text
    return after in _DASHES or after[:1].isdigit()


def _person_of_letters(tokens, span) -> bool:
    """بي سي of لبي بي سي، أيه بي سي: a person span of Latin letters' names only
    (kg/data/latin_letters.tsv, one perhaps with a glued preposition) is an acronym spelt
    out, a network's or a company's; no one is named by letters alone."""
    first, last, label = span[0], span[1], span[2]
    return label == "PERS" and all(
        any(stem in latin_letter_keys() for prefix, stem in clitic_splits(t.key) if len(prefix) <= 1) for t in tokens[first:last]
    )


_ENCLITICS = ("هما", "ها", "هم", "هن", "كم", "نا", "ه")
_THIRD_PERSON = ("هما", "ها", "هم", "هن", "ه")


def _pronoun_bearing(text: str, enclitics: tuple[str, ...]) -> tuple[float, str]:
    """How common ``text`` is without its attached pronoun (the better of the bare stem and,
    before a pronoun, ت read back as ة: أسرته -> أسرة), and the pronoun; (0, "") with none."""
    suffix = next((e for e in enclitics if text.endswith(e)), "")
    core = text[: len(text) - len(suffix)]
    if not suffix or len(core) < 3:
        return 0.0, ""
    cores = (core, core[:-1] + "ة") if core.endswith("ت") else (core,)
    return max(word_zipf(c) for c in cores), suffix


@memo(200_000)
def _inflected_word(text: str) -> bool:
    """بإيداعها، لهجومه، بجهودكم: a preposition and a pronoun around an everyday word. A name
    takes no pronoun, so such a word is never part of one."""
    text = strip_diacritics(text)
    if text[:1] in ("و", "ف"):
        text = text[1:]
    if text[:1] not in ("ب", "ل", "ك") or len(text) < 5 or _is_first_name(match_key(text[1:])):
        return False  # لعبده: ل + the name عبده
    zipf, suffix = _pronoun_bearing(text[1:], _ENCLITICS)
    return bool(suffix) and zipf >= _RARE_ZIPF


def _inflected(token) -> bool:
    return _inflected_word(token.text)


@memo(200_000)
def _pronoun_on_a_word(text: str) -> bool:
    """حفظته، ارتدته، هجومها: an everyday word with an attached pronoun, and no first name
    (نبيه، وجيه end in ه too, but are names the training data saw)."""
    text = strip_diacritics(text)
    if _is_first_name(match_key(text)):
        return False
    zipf, suffix = _pronoun_bearing(text, _THIRD_PERSON)  # not نا: كارانا، سانتانا
    return bool(suffix) and zipf >= _ORDINARY_ZIPF


@memo(200_000)
def _my_noun(text: str) -> bool:
    """حياتي، فعلتي، زيارتي: a noun in ة with the first person's ي, the ة written ت before
    it; a nisba drops the ة instead (مكة -> مكي), so كويتي، تكريتي are no such nouns."""
    text = strip_diacritics(text)
    if not text.endswith("تي") or len(text) < 5 or text.startswith("ال") or _is_first_name(match_key(text)):
        return False
    return word_zipf(text[:-2] + "ة") >= _RARE_ZIPF


@memo(200_000)
def _our_noun(text: str) -> bool:
    """وطننا، عملياتنا، خارجيتنا: an everyday word (no name) with "our" on it; a name ending
    so is no everyday word without it (إيفانا، كارانا، سانتانا)."""
    text = strip_diacritics(text)
    if not text.endswith("نا") or len(text) < 5 or _is_first_name(match_key(text)):
        return False
    core = text[:-2]
    cores = (core, core[:-1] + "ة") if core.endswith("ت") else (core,)
    return any(is_everyday_word(c) for c in cores)


@memo(200_000)
def _future_verb(text: str) -> bool:
    """سيجني، وسيترك، ستشهد: س "will" on a present-tense verb that ordinary Arabic knows
    better without it, neither a name the training data saw (ستوري: توري is one); a dual's
    or a plural's ending may stand on the verb (سيتنافسان: يتنافس)."""
    text = strip_diacritics(text)
    if text[:1] in ("و", "ف") and len(text) > 5:
        text = text[1:]
    verb = text[1:]
    if not text.startswith("س") or verb[:1] not in ("ي", "ت", "ن", "أ") or len(text) < 5:
        return False
    if _is_first_name(match_key(text)) or _is_first_name(match_key(verb)):
        return False
    forms = [verb] + [verb[: -len(ending)] for ending in _VERB_AGREEMENT if verb.endswith(ending) and len(verb) - len(ending) >= 3]
    return any(word_zipf(form) >= _RARE_ZIPF and word_zipf(form) > word_zipf(text) for form in forms)


_VERB_AGREEMENT = ("ان", "ون")  # the dual's and the plural's ending on a present-tense verb (يتنافسان، يلعبون)


# The dual and plural subjects a past verb carries (قالا، قالوا).
_PAST_SUBJECTS = ("وا", "ا")


@memo(200_000)
def _glued_verb(text: str) -> bool:
    """وتسرد، ويتصدر: "and" on a present-tense verb ordinary Arabic knows, when neither the
    whole (فيصل is no ف + يصل) nor the rest (ويوسف) is a name the training data saw. Foreign
    names open with في and وي (فيلبي، فيفرز، وينج): فـ counts before ت and ن only, and a
    verb in ي only when it is an ordinary word. A past verb carrying its dual or plural
    subject (فقالا "so the two said", وأكدوا) is one too: without its subject it is an
    ordinary word no lexicon names, it has no article (والبابا) and does not end in ي, as
    names in يا do (وباتريسيا، وسوريا).

    >>> _glued_verb("فقالا"), _glued_verb("وباتريسيا"), _glued_verb("والبابا"), _glued_verb("فيصل")
    (True, False, False, False)
    """
    text = strip_diacritics(text)
    verb = text[1:]
    stem = next((verb.removesuffix(s) for s in _PAST_SUBJECTS if verb.endswith(s)), "")
    past = text[:1] in _CONJUNCTION_LETTERS and len(stem) >= 3 and not stem.startswith("ال") and not stem.endswith("ي") \
        and word_zipf(stem) >= _ORDINARY_ZIPF and bare_key(verb) not in token_gazetteer() and bare_key(stem) not in token_gazetteer()
    if not past and verb[:1] not in (("ي", "ت", "ن") if text[:1] == "و" else ("ت", "ن") if text[:1] == "ف" else ()) or len(verb) < 3:
        return False
    if _is_first_name(match_key(text)) or _is_first_name(match_key(verb)):
        return False
    zipf = word_zipf(verb)
    return zipf >= (_ORDINARY_ZIPF if verb[:1] == "ي" else _RARE_ZIPF) and zipf > word_zipf(text)


# Particles and prepositions that take an attached pronoun (أنهن، عليه، منه), as written.
_PRONOUN_HOSTS = frozenset({*_PREPOSITIONS, "أن", "إن", "لأن", "بأن", "كأن", "لكن", "ل"}) - {"هو", "هي", "هم"}
# Their pronouns; not ي, نا or ك: علي، مني، لي، فينا، بينك are names too.
_HOSTED_PRONOUNS = ("هما", "ها", "هم", "هن", "كم", "ه")


@memo(200_000)
def _particle_with_pronoun(text: str) -> bool:
    """له، عليه، منها، أنهن: a preposition or particle with its pronoun is no word of a name."""
    text = strip_diacritics(text)
    host = next((text[: -len(p)] for p in _HOSTED_PRONOUNS if text.endswith(p) and len(text) > len(p)), "")
    return host in _PRONOUN_HOSTS or (host.endswith("ي") and host[:-1] + "ى" in _PRONOUN_HOSTS)


def _stop_before_a_name(token) -> bool:
    """فإن، وقال، خلال: a word that ends a name opens none either, unless the training data
    saw it in names; written with its hamza a particle is no name (فإن, not فان "Van")."""
    return bare_key(token.text) in _NAME_STOPS and (not _is_first_name(token.key) or any(c in token.text for c in "أإآ"))


def _no_name_word(text: str) -> bool:
    """A word no name holds: a noun, verb or particle with an attached pronoun, or a verb in
    the future or with a glued "and"; a dual or plural noun or one with "your" on it."""
    return _pronoun_on_a_word(text) or _our_noun(text) or _future_verb(text) or _glued_verb(text) or _particle_with_pronoun(text) \
        or _counted_or_addressed(text)


# Dual and plural endings of a noun or adjective with what its singular ends in instead
# (شخصيتان -> شخصية، يمنيتان -> يمنية، الإسلاميين -> الإسلامي). The bare ان and ين are left
# out: فعلان and فعلين are names (عثمان، فوزان، السلمان، حسين، ياسين); ين counts only on a
# participle in م (منافسين، المستثمرين), as _PARTICIPLE_PLURAL.
_NUMBER_ENDINGS = (("يتان", "ية"), ("تان", "ة"), ("يون", "ي"), ("يين", "ي"))
_PARTICIPLE_PLURAL = "ين"
_DUAL = "ان"
# "your" (one, many) on a noun; a plural noun in construct before it drops its ن (منافسيك).
_SECOND_PERSON = ("كم", "ك")
_CONSTRUCT_PLURAL = "ي"


@memo(200_000)
def _ordinary_dual(text: str) -> bool:
    """فيلمان، تركيان: an indefinite word in ان whose stem is a written word, not mostly a name
    (a nationality may be one: تركي). Alone it may be a name (عثمان، فوزان، ويتمان); a dual
    noun beside its agreeing adjective is none."""
    text = strip_diacritics(text)
    core = text.removesuffix(_DUAL)
    if core == text or len(core) < 4 or text.startswith("ال") or _is_first_name(match_key(text)) or bare_key(text) in token_gazetteer():
        return False
    kinds = token_gazetteer().get(bare_key(core), frozenset())
    return word_zipf(core) >= _RARE_ZIPF and ("DEMONYM" in kinds or not _is_first_name(match_key(core), strictly=True))


# The endings of a dual in the nominative (ان) and in the other cases (ين); a noun in ة
# writes it ت before them (ميداليتان، ميداليتين).
_DUAL_CASES = ("ان", "ين")


def _dual_and_its_agreement(text: str, following: str) -> bool:
    """فيلمان جديدان، عينان عسليتان، شابتين مكسيكيتين، قرارين يقضيان، سببان تضافرا: a dual
    noun and the adjective or verb that agrees with it. Either word alone may be a name
    (عثمان، حسين، ماكسين); the agreement shows a noun: the first is no name the training
    data saw, its singular a written word and no name either (not ماكس of ماكسين كومين), and
    the next has the dual's ending in the same case (an adjective), is a present verb in
    the dual (يقضيان) or a past verb in the dual's ا (هاجرا), on a written stem: a verb
    agrees in number, whatever the noun's case."""
    if _ordinary_dual(text) and _ordinary_dual(following):
        return True
    text, following = strip_diacritics(text), strip_diacritics(following)
    case = next((c for c in _DUAL_CASES if text.endswith(c)), "")
    stem = text[: -len(case)] if case else ""
    singular = stem[:-1] + "ة" if stem.endswith("ت") else stem
    if len(stem) < 3 or text.startswith("ال") or _is_first_name(match_key(text)) or _is_first_name(match_key(singular), strictly=True):
        return False
    if word_zipf(singular) < _RARE_ZIPF or _is_first_name(match_key(following)) or following.startswith("ال"):
        return False
    if following.endswith(case) and len(following) > len(case) + 2:
        other = following[: -len(case)]
        return word_zipf(other[:-1] + "ة" if other.endswith("ت") else other) >= _WRITTEN_ZIPF
    if following[:1] in ("ي", "ت") and following.endswith(_DUAL) and len(following) >= 5:
        return word_zipf(following[:-2]) >= _RARE_ZIPF  # يقضيان: a present verb agrees in number, not in case
    return following.endswith("ا") and len(following) >= 4 and word_zipf(following[:-1]) >= _RARE_ZIPF


def _second_object_after_a_name(tokens, first: int, last: int) -> bool:
    """تمنى لبلاتر التوفيق، تمنى مستشار السفير أبو حميد التوفيق، طلب من فؤاد العون: a
    thing wished or asked for (التوفيق، العون) ends a name that a verb of wishing, asking or
    giving stands a few words before (kg/data/double_object_verbs.tsv): it is the verb's
    second object, not the person's family name (سأل عبد الله الصالح keeps its own)."""
    words = double_object_words()
    if tokens[last - 1].key not in words["object"]:
        return False
    for i in range(first - 1, max(first - 1 - _VERB_REACH, -1), -1):
        if not strip_diacritics(tokens[i].text).isalpha():
            return False
        key = tokens[i].key
        if key in words["verb"] or (key[:1] in ("و", "ف") and key[1:] in words["verb"]):
            return True
    return False


# How many words before a name a verb of wishing or giving may stand: its subject's title
# (تمنى مستشار السفير X), a preposition (طلب من X).
_VERB_REACH = 3


@memo(200_000)
def _counted_or_addressed(text: str) -> bool:
    """شخصيتان، قياديتان، الإسلاميين، منافسيك، لإرهابيي: a dual or plural noun or adjective, or
    a noun with "your" on it, alone or after ل "for", whose singular is an ordinary word and
    no name; the training data saw none of them in a name, and a place keeps its ending
    (أفغانستان)."""
    text = strip_diacritics(text)
    if text[:1] == "ل" and len(text) > 5 and not _is_first_name(match_key(text)):
        text = text[1:]  # لإرهابيي داعش: "for the terrorists of"
    if len(text) < 5 or _is_first_name(match_key(text)) or bare_key(text) in token_gazetteer():
        return False
    suffix = next((e for e in _SECOND_PERSON if text.endswith(e) and not text.startswith("ال")), "")  # no article before a pronoun (الملك)
    words = [text[: len(text) - len(suffix)]] if suffix else []
    words += [text[: -len(ending)] + singular for ending, singular in _NUMBER_ENDINGS if text.endswith(ending)]
    if text.endswith(_PARTICIPLE_PLURAL) and text.removeprefix("ال")[:1] == "م":
        words.append(text[: -len(_PARTICIPLE_PLURAL)])
    if text.endswith(_CONSTRUCT_PLURAL * 2):
        words.append(text[:-1])  # إرهابيي: the nisba's plural in construct
    if suffix and words[0].endswith(_CONSTRUCT_PLURAL):
        words[0] = words[0][:-1]  # منافسيك -> منافس; a foreign name ends so too (جيليك، فيريك), its stem short
    return any(
        len(w) >= 4 and not _is_first_name(match_key(w)) and max(word_zipf(w), word_zipf(w.removeprefix("ال"))) >= _ORDINARY_ZIPF
        for w in words
    )


@memo(200_000)
def _definite_after_preposition(text: str) -> bool:
    """بالخيانة، للأكزيما، للهلال: "with the", "for the" on a word; after the first word of a
    person's name it begins a phrase. لل is never how a name begins; بال only counts when
    the word is clearly commoner with the article alone and no rare one (بالمر is Palmer,
    بالغريف Palgrave)."""
    text = strip_diacritics(text)
    if len(text) <= 4 or _is_first_name(match_key(text)):
        return False
    if text.startswith("لل"):
        return True
    definite = word_zipf(text[1:])
    return text.startswith("بال") and definite >= _RARE_ZIPF and definite >= word_zipf(text) + _CLEARLY_COMMONER


def _noun_of_definite_words(tokens, first: int, last: int) -> bool:
    """جاهزية اللجان التنفيذية، خفر السواحل، تطورات السوق: a word ordinary Arabic knows (and
    the training data never saw in a name) governing everyday definite words is a phrase.
    A family name is kept: a nisba in ي (مفلح القحطاني) or a rare given name before it."""
    head = strip_diacritics(tokens[first].text)
    if last - first < 2 or _is_first_name(tokens[first].key) or head.startswith(("ال", *_COMPOUND_NAME_HEADS, "أبو")):
        return False
    if word_zipf(head) < _PHRASE_HEAD_ZIPF:
        return False
    return all(
        tokens[i].key.startswith("ال") and not tokens[i].key.endswith("ي") and is_everyday_word(tokens[i].text)
        for i in range(first + 1, last)
    )


# Zipf frequency from which a participle's plurals in ون and ين are both ordinary words.
_PLURAL_ZIPF = 2.0


def _noun_governed_by_a_preposition(tokens, i: int) -> bool:
    """على حسن استجابة، مع جميل صبره: an everyday word (حسن "goodness", also a name) between
    a preposition and an indefinite ordinary word that no name holds is the first term of
    a construct phrase, not a man named before his object."""
    if i == 0 or i + 1 >= len(tokens) or strip_diacritics(tokens[i - 1].text) not in _PREPOSITIONS:
        return False
    if word_zipf(strip_diacritics(tokens[i].text)) < _EVERYDAY_ZIPF:
        return False
    after = tokens[i + 1]
    text = strip_diacritics(after.text)
    return (
        text.isalpha() and not after.key.startswith("ال") and text[:1] not in ("و", "ف") and word_zipf(text) >= _ORDINARY_ZIPF
        and not _is_first_name(after.key) and not actor_words().get(after.key) and after.key not in _title_words()
        and bare_key(text) not in _NAME_STOPS and text not in _PARTICLES and not _particle_with_pronoun(text)
    )  # the last three: مع حسن أمس "with Hassan yesterday", عن حسن خلال، عن زكريا عليه السلام


def _construct_plural(tokens, i: int) -> bool:
    """محققو الشرطة، موظفو الوزارة، مصممو الأزياء: a participle (opening with م) ending in و
    right before a definite genitive, whose plurals in ون and ين are both ordinary words, is
    a sound masculine plural in construct (its ن falls before the genitive), no name
    (ماريو، مورينو have no such plurals)."""
    text = strip_diacritics(tokens[i].text)
    if not (text.startswith("م") and text.endswith("و") and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال")):
        return False
    stem = text[:-1]
    return word_zipf(stem + "ون") >= _PLURAL_ZIPF and word_zipf(stem + "ين") >= _PLURAL_ZIPF and not _is_first_name(tokens[i].key, strictly=True)


def _plural_in_construct_after_a_lineage(tokens, first: int, last: int) -> bool:
    """محمد بن سلمان + طياري التحالف "the coalition's pilots": after a name that gives a father
    (بن), an indefinite word in ي that no name was seen to hold, right before a definite
    genitive, whose plurals in ون and ين are both ordinary words, is a sound plural in
    construct (the verb's object), no family name. After a given name alone the same shape
    may be a family's nisba (جلال قادري، from قادر)."""
    if last + 1 >= len(tokens) or not any(bare_key(t.text) in _NASAB for t in tokens[first:last]):
        return False
    word = tokens[last]
    text = strip_diacritics(word.text)
    if not (text.isalpha() and text.endswith("ي") and tokens[last + 1].key.startswith("ال")) or word.key.startswith("ال") or _is_first_name(word.key):
        return False
    stem = text[:-1]
    return word_zipf(stem + "ون") >= _PLURAL_ZIPF and word_zipf(stem + "ين") >= _PLURAL_ZIPF


def _persian_surname_after(tokens, i: int, common: frozenset[str]) -> int:
    """How many words from token ``i`` a Persian family name in زاده "born of", written apart,
    adds to the name before it: two, a name word and زاده (محمد رضا + نعمت زادة); none before
    الله (زاده الله "may God increase him")."""
    end = i + 2
    if end > len(tokens) or match_key(tokens[end - 1].text) != _ZADEH or not _plain_name_word(tokens[i], common):
        return 0
    return 0 if end < len(tokens) and bare_key(tokens[end].text) == _ALLAH else 2


def _byline_surname(tokens, i: int) -> bool:
    """يوسف + سفر- سبق- المدينة: a sentence that opens with a given name, one more word and a
    dash before more text is a byline (the writer, then the outlet or the city); that word
    is the writer's family name, though it is an ordinary word too (سفر "travel")."""
    if i + 2 >= len(tokens):
        return False
    return tokens[i + 1].text in _DASHES and _is_first_name(tokens[i - 1].key, strictly=True) and _a_byline_word(tokens[i])


def _byline_given_name(tokens) -> bool:
    """عمر + إبراهيم – عين اليوم: a byline (see ``_byline_surname``) whose second word the
    model read as the writer opens with his given name, a word seen in names though an
    ordinary one too (عمر "age")."""
    return len(tokens) > 3 and tokens[2].text in _DASHES and _is_first_name(tokens[0].key) and _a_byline_word(tokens[0])


def _a_byline_word(word) -> bool:
    """An Arabic word with no glued "and", no function word, no lexicon entry."""
    return (
        word.text.isalpha() and bool(_ARABIC.search(word.text)) and word.key[:1] not in ("و", "ف")
        and bare_key(word.text) not in _NAME_STOPS and word.key not in _FUNCTION_WORDS and bare_key(word.key) not in token_gazetteer()
    )


def _feminine_noun_before_a_son(tokens, first: int) -> bool:
    """حياة ابن الهيثم، سيرة ابن خلدون: a word shaped as a feminine noun (ـة) before ابن "son
    of" written with its alef, which opens a name (inside a lineage it is بن), governs
    the name; a woman is بنت. A man's name in ة was seen mostly in names (أسامة، حمزة) or
    stands after a title (الأمير خليفة ابن سلمان)."""
    return (
        strip_diacritics(tokens[first].text).endswith("ة") and strip_diacritics(tokens[first + 1].text) == _SON_OPENING_A_NAME
        and not _is_first_name(tokens[first].key, strictly=True)
        and (first == 0 or tokens[first - 1].key not in _title_words())
    )


def _surname_then_a_governed_noun(tokens, first: int, common: frozenset[str]) -> bool:
    """الهاشمي + بإشراك القطاع: after a family name alone, a word with a glued preposition
    that is an ordinary word (``_preposition_on_a_word``) and governs a definite genitive is
    the verb's complement (طالب ب "asked for"), no second name word."""
    last = first + 1
    return (
        tokens[first].key.startswith("ال") and last + 1 < len(tokens) and tokens[last + 1].key.startswith("ال")
        and _preposition_on_a_word(tokens[last], common)
    )


def _with_object_pronoun(token) -> bool:
    return _pronoun_on_a_word(token.text)


def _possessed_after_a_definite_name(tokens, i: int) -> bool:
    """الاتحاد + معسكره: an everyday noun with its pronoun after a definite word is a new phrase
    (a definite noun takes no genitive); after an indefinite head (حزب توده) it may be the name."""
    return tokens[i - 1].key.startswith("ال") and not tokens[i].key.startswith("ال") and _with_object_pronoun(tokens[i])


def _trim(span, anchors: list[Match], tokens, common: frozenset[str], entities: list[Match] = (), holders: frozenset[int] = frozenset()):
    """Cut a country, a nationality adjective or a place after "in" (بالدمام، بتعز) off the
    edge of a model span.

    The model sometimes runs a name into its neighbour (بوتين كازاخستان, الكازاخستاني
    قاسم ..., كرم القواديس بالشيخ زويد); the gazetteer knows where the place word is. An organisation keeps a
    trailing adjective when more than one word is left (وزارة الخارجية الأميركية). A
    lexicon organisation or place that opens a span and is followed by a first name gives
    the rest of the span to a person. ``holders``: where a title's holder begins
    (``_holders_after_titles``).
    """
    first, last, label, confidence = span
    while first < last and (strip_diacritics(tokens[first].text) in _PREPOSITIONS or len(tokens[first].key) <= 1 or _inflected(tokens[first])):
        first += 1  # على أوباما، أمام الرئيس: the preposition before a name
    while first < last and _inflected(tokens[last - 1]):
        last -= 1  # فهمي هويدي لهجومه: a noun with its preposition and pronoun ends the name
    while first < last and (strip_diacritics(tokens[last - 1].text) in _PREPOSITIONS or len(tokens[last - 1].key) <= 1):
        last -= 1  # سمير لـ«الشرق الأوسط»: a lone letter after it
    while label == "ORG" and first < last - 1 and _possessed_after_a_definite_name(tokens, last - 1):
        last -= 1  # ينهي الاتحاد معسكره "Ittihad ends its camp": the sentence's object after the name
    if first >= last:
        return None
    kunya = label == "PERS" and any(stem in _KUNYA for _, stem in clitic_splits(tokens[first].key))
    for anchor in anchors:
        if anchor.first <= first < anchor.last < last:
            if label == "ORG" and _nationality_opening_a_name(tokens, anchor):
                continue  # شركة أمريكان إيرلاينز، مجلة أمريكان إنترست: the firm's or the magazine's name
            first = anchor.last
        elif first < anchor.first < last <= anchor.last and (label != "ORG" or anchor.first - first == 1):
            if kunya and _is_demonym(anchor) and 2 <= anchor.first - first <= 3:
                continue  # أبو أسامة العراقي، أبو عبد الله الليبي: a nom de guerre ends with its nisba
            last = anchor.first
        elif kunya and 2 <= last - first <= 3 and anchor.first == last and _is_demonym(anchor) and not anchor.prefix:
            last = anchor.last  # أبو حمزة + الفرنسي، أبو عبد الله + الليبي: the nisba the model left out
        elif label == "PERS" and first < anchor.first and last - anchor.last >= 2 and _is_demonym(anchor) and not anchor.prefix:
            first = anchor.last  # لفريق تشيلسي الكولومبي رداميل فالكاو: the nationality stands before the name, what precedes it is another phrase
    for anchor in entities:
        if anchor.first == first and anchor.last < last and _reads_as_a_name(tokens[anchor.last : last], common):
            first, label = anchor.last, "PERS"  # الاتحاد الأوروبي فيديريكا موغيريني: an institution, then its official
    if (last - first == 1 or label == "PERS") and _TANWEEN.search(tokens[first].text):
        return None  # دراسياً، إلا محسنٌ فبمن: a word with tanween is indefinite, and opens no name
    if label == "LOC" and last - first == 1 and any(
        place_words().get(stem) == "direction" for prefix, stem in clitic_splits(tokens[first].key) if prefix in ("", "و", "ف")
    ):
        return None  # شمال شرق وشرق المملكة: a side alone names no place
    if label == "PERS" and any(_my_noun(tokens[i].text) for i in range(first, last)):
        return None  # صفو حياتي، لي فعلتي: "my life", "my deed"; no name takes a pronoun
    if label == "PERS" and _preposition_on_an_everyday_word(tokens[first]):
        if first + 1 >= last or not _is_first_name(tokens[first + 1].key, strictly=True):
            return None  # بسرطان البروستاتا، بتقبيل رقبتك، بالتوفيق: a prepositional phrase, no name after it
        first += 1
    if label == "PERS":
        number = next((i for i in range(first, last) if any(c.isdigit() for c in tokens[i].text)), None)
        if number is not None and number - first < 2:
            return None  # 787 دريم لاينر، شعبان 1436هـ، بوينغ 777: a number is no part of a name; one word before it is a month, a model
        last = number if number is not None else last  # خالد الفارسي 0505...: a phone number or a year after the name
        opened = first
        while first < last and (_no_name_word(tokens[first].text) or _stop_before_a_name(tokens[first])):
            first += 1  # يسميه ابن تيمية، وطننا الغالي، سيشهد كيري، فإن لافروف: a verb, a possessed noun, a particle before the name
        if first > opened and last - first == 1 and word_zipf(tokens[first].text) < _RARE_ZIPF and not _is_first_name(tokens[first].key):
            return None  # له أولويتان "he has two priorities": one rare word left of a phrase, no known name
        last = next((i for i in range(first + 1, last) if _no_name_word(tokens[i].text) or _definite_after_preposition(tokens[i].text)), last)
        # نيرسباخ سيخلف بلاتيني، بوتين بالخيانة: the name ends where the sentence goes on
        pair = next((i for i in range(first, last - 1) if _dual_and_its_agreement(tokens[i].text, tokens[i + 1].text)), None)
        if pair == first:
            first = next((
                i for i in range(pair + 2, last)
                if not (_ordinary_dual(tokens[i].text) or _dual_and_its_agreement(tokens[pair].text, tokens[i].text))
            ), last)  # لابوين كوبيين هاجرا: every word that agrees with the dual
        elif pair is not None:
            last = pair  # فيلمان جديدان، مسؤولان تركيان كبيران: a dual noun and its adjective
        if first >= last or _noun_of_definite_words(tokens, first, last):
            return None  # جاهزية اللجان التنفيذية، خفر السواحل: a phrase, no name
        # العربية عبدالفتاح السيسي, المعزول محمد مرسي: ordinary words on a name's edges
        while first < last - 1 and tokens[first].key.startswith("ال") and (
            tokens[first].key in common or tokens[first].key.endswith("يه") or _nisba_before_a_name(tokens, first)
        ):
            first += 1  # a definite adjective (العربية، المعزول، الأوروغوياني) is no first name
        held = _held_after_a_title(tokens, first, last, confidence, holders)
        while not held and first < last - 2 and not _is_first_name(tokens[first].key) and any(
            stem in common for prefix, stem in clitic_splits(tokens[first].key) if prefix in ("", "و", "ف")
        ):
            first += 1  # روى عبد الله بن عمر: a verb before the name
        if not held and first < last - 1 and _ordinary_before_a_name(tokens, first, last, common, confidence):
            first += 1  # سيجني روحاني، خطاب خامنئي، عينت راندي فيسينتينار: a verb or noun before the name
        while first < last - 1 and strip_diacritics(tokens[last - 1].text) in _PARTICLES:
            last -= 1  # الملك سلمان غير كل خير، كينياتا قبيل: a particle or an adverb of time after the name
        while first < last - 1 and _with_object_pronoun(tokens[last - 1]):
            last -= 1  # عناية الرحمن حفظته: a verb or noun with its pronoun after the name
        while first < last - 1 and _TANWEEN.search(tokens[last - 1].text):
            last -= 1  # ماضي بن ماضي عريساً: a word with tanween after the name
        while first < last - 1 and (
            _common_noun_after_a_name(tokens, last - 1) or _present_verb(tokens[last - 1]) or _predicate_before_a_preposition(tokens, last - 1)
        ):
            last -= 1  # آل سعود برقية، غياب كريري مؤثر، لافروف ليقول، ديريك شكك في: the sentence's noun, predicate or verb after the name
        while first < last - 1 and ((_common_noun_beside_a_name(tokens[first]) and strip_diacritics(tokens[first].text).endswith("ة")) or _present_verb(tokens[first])):
            first += 1  # سبب وفاة كيزينوفيتش، يتصدر ديوكوفيتش: the noun that governs the name, the verb before it
        if first < last - 2 and _feminine_noun_before_a_son(tokens, first):
            first += 1  # حياة ابن الهيثم "the life of Ibn al-Haytham": the noun governing the name
        if first < last - 1 and last < len(tokens) and bare_key(tokens[last].text) == _ALLAH and not tokens[last - 1].key.startswith("عبد"):
            last -= 1  # عبد الله بن عمر رضي + الله عنه: a blessing after the name, not part of it
        while first < last - 1 and _a_rank(tokens[first].key):
            first += 1  # العقيد ركن عبدالله الجاسر، والعريف حسن: the rest of a rank before the name
        while first < last - 1 and tokens[first].key.startswith("لل") and len(tokens[first].key) > 4:
            first += 1  # للمايسترو هشام جبر: "for the maestro" introduces the name
        while first < last and tokens[last - 1].key.startswith("ال") and tokens[last - 1].key in common and not kunya:
            last -= 1
        while first < last - 2 and _preposition_on_a_word(tokens[last - 1], common):
            last -= 1  # عمر البشير بغصن الزيتون: "with the branch", not a name
        if last - first >= 2 and _second_object_after_a_name(tokens, first, last):
            last -= 1  # تمنى لبلاتر التوفيق: "wished Blatter success", the verb's second object
        if last - first == 2 and _surname_then_a_governed_noun(tokens, first, common):
            last -= 1  # وطالب الهاشمي بإشراك القطاع: the surname, then what the verb asks for
        while last < len(tokens) and match_key(tokens[last - 1].text) in _NAME_CONNECTORS and _word_after_a_connector(tokens[last]):
            last += 1  # محمد بن + وصل الأحمدي، أيمن أبو + النور، عبد + السلام: a connector needs the name after it
        if last - first == 1 and (_everyday_word(tokens[first]) or len(bare_key(tokens[first].text)) <= 2):
            return None  # خالص، الراتب, لي، عز: an everyday word or two letters alone
        if last - first == 1 and _construct_plural(tokens, first):
            return None  # محققو الشرطة، موظفو الوزارة: "the investigators of", no name
        if last - first == 1 and _noun_governed_by_a_preposition(tokens, first):
            return None  # على حسن استجابة الموظفين "on the good response": a noun's first term, no name
        if last - first >= 2 and bare_key(tokens[last - 2].text) in _NASAB and last < len(tokens):
            nxt = tokens[last]
            if (
                nxt.key.startswith("ال") and len(nxt.key) > 4 and not _is_nisba_or_title(nxt.key) and not _is_feminine_nisba(nxt.key)
                and bare_key(nxt.text) not in _NAME_STOPS
                and (nxt.key.endswith("ي") or not is_everyday_word(nxt.text) or _closes_a_listed_name(tokens, last + 1))
            ) or _indefinite_family_nisba(nxt):
                last += 1  # فهد بن عبدالله السلامة، نزار بن عبيد مدني: the family name after the father's
        has_family = any(bare_key(t.text) == _FAMILY for t in tokens[first:last])
        # a name the model read as one word takes a family name too, never one in ا, the
        # ending of an accusative or a dual verb (إيفانز شارحا "Evans, explaining")
        full = last - first >= 2 or (
            _is_first_name(tokens[first].key, strictly=True) and last < len(tokens) and not strip_diacritics(tokens[last].text).endswith("ا")
        )
        # in a kunya (أبو محمد) the name after أبو is a son's, not a father's: no family-name slot of its own
        after_a_fathers_name = (
            last - first >= 2 and _is_first_name(tokens[last - 1].key, strictly=True) and bare_key(tokens[last - 2].text) not in _KUNYA
            and not _adjective_complement(tokens, last + 1)
        )
        if not has_family and full and last < len(tokens) and _family_name(tokens[last], common, after_a_fathers_name) \
                and not _plural_in_construct_after_a_lineage(tokens, first, last):
            last += 1  # باسم بن عبدالفتاح منقل، محمد علي الوادعي، سيباستيان ستريكر: a family name the model left out
        elif first == 0 and last == 1 and _byline_surname(tokens, last):
            last += 1  # يوسف سفر- سبق-: a byline's family name, whatever word it also is
        last += _persian_surname_after(tokens, last, common)  # محمد رضا + نعمت زادة
        if first > 0 and last - first <= 2 and _is_first_name(tokens[first - 1].key, strictly=True) and _plain_name_word(tokens[first - 1], common):
            first -= 1  # علي خامنئي: the first name the model left out
        elif first > 0 and last - first <= 2 and (_and_a_first_name(tokens[first - 1]) or _preposition_on_a_first_name(tokens[first - 1])):
            first -= 1  # وعلي + عمرو، بعلي + عبد الرازق: "and", "with" + the first name the model left out (the letter comes off when the span is read)
        elif first > 0 and bare_key(tokens[first].text) in _NASAB and _lineage_opener(tokens[first - 1], common, last - first >= 3) \
                and not _feminine_noun_before_a_son(tokens, first - 1) and not _verb_opening_the_sentence(tokens, first - 1):
            first -= 1  # ومشهور + بن عبدالله الحربي: a lineage begins with a first name
        elif first == 1 and last == 2 and _byline_given_name(tokens):
            first = 0  # عمر + إبراهيم – عين اليوم: a byline's given name, whatever word it also is
        elif first > 0 and last - first >= 2 and bare_key(tokens[first].text) == _ALLAH and _is_first_name(tokens[first - 1].key) \
                and not _stop_before_a_name(tokens[first - 1]):
            first -= 1  # خير + الله الدوسري، فتح + الله: a given name ending in الله keeps its first word
    if first >= last:
        return None
    return first, last, label, confidence


def _nationality_opening_a_name(tokens, anchor: Match) -> bool:
    """أمريكان in شركة أمريكان إيرلاينز: a nationality word right after the indefinite noun of
    an institution or a publication (kg/data/org_heads.tsv, not_place_contexts.tsv) that
    cannot be that noun's adjective, having neither the article nor a singular nisba's
    ending (not شركة أمريكية "an American company"), is the genitive opening its name."""
    if not _is_demonym(anchor) or anchor.prefix or anchor.first == 0:
        return False
    word, noun = tokens[anchor.first].key, tokens[anchor.first - 1].key
    if word.startswith("ال") or word.endswith(("ي", "يه")):
        return False
    reading = _head_reading(noun)
    if reading is not None:
        return not reading[1]
    return any(stem in not_place_contexts() for prefix, stem in clitic_splits(noun) if "ال" not in prefix and len(prefix) <= 1)


def _nisba_before_a_name(tokens, i: int) -> bool:
    """الأوروغوياني أوسكار تاباريز: a definite nisba (ـي) that no first name is, before a word
    without the article, qualifies the name that follows (a nationality, a trade) and is
    no part of it; a family name comes after the given name, not before it."""
    key, after = tokens[i].key, tokens[i + 1]
    return (
        key.endswith("ي") and len(key) > 5 and not _is_first_name(bare_key(key))
        and not after.key.startswith("ال") and after.key[:1].isalpha() and bool(_ARABIC.search(after.text))
    )


def _common_noun_beside_a_name(token) -> bool:
    """وفاة "death of", برقية "a cable", مؤثر "influential": an indefinite word common in
    ordinary Arabic that no name was seen to hold, shaped as a feminine noun (ـة) or a
    derived participle (مُفعِل، مُتفعِّل: not a فاعل such as ماسك, not a nisba such as
    معماري). Names that are common words (عون، ظريف، أسامة) were seen in names and stay."""
    key, text = token.key, strip_diacritics(token.text)
    if key.startswith("ال") or len(key) < 4 or not text.isalpha() or _is_first_name(key) or word_zipf(text) < _ORDINARY_ZIPF:
        return False
    return text.endswith("ة") or _derived_participle(text)


def _derived_participle(text: str) -> bool:
    """مؤثر، مصمم، متحدث: م + a stem, not م + a long vowel (a noun of the فاعل pattern: ماسك،
    مارك; a foreign name: ميتشيل، موريس) and not a nisba's ي (ميرفي، موراي)."""
    return text.startswith("م") and len(text) >= 4 and text[1] not in "اوي" and not text.endswith("ي")


def _common_noun_after_a_name(tokens, i: int) -> bool:
    """A common noun or participle ends a name only where it heads its own phrase: a
    preposition follows (مؤثر على), or an indefinite common word (برقية تهنئة). A surname
    that is a common word (أحمد حلاوة، عماد متعب) is followed by a title, a verb, a comma."""
    if not _common_noun_beside_a_name(tokens[i]) or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    text = strip_diacritics(after.text)
    if text in _PREPOSITIONS or (text[:1] in ("ب", "ل") and word_zipf(text[1:]) >= _EVERYDAY_ZIPF):
        return True  # مؤثر على، برقية لفخامة
    return (
        text.isalpha() and not after.key.startswith("ال") and word_zipf(text) >= _ORDINARY_ZIPF
        and not _is_first_name(after.key) and not actor_words().get(after.key) and after.key not in _title_words()
    )  # برقية تهنئة


def _predicate_before_a_preposition(tokens, i: int) -> bool:
    """ديريك شكك في، كيتا أكد على: a verb of three letters (the perfect فعل، فعّل، أفعل
    written without its vowels) that ordinary Arabic uses and the training data never saw in
    a name, before the preposition it governs, is the predicate after the subject's name.
    Foreign names of three letters carry a long vowel inside (كول، سون، بيل) and a surname
    that is also a word (عماد متعب) was seen in names. Not before من, which says where a man
    is from (رضا أحمد مهني من قوات الأمن)."""
    token = tokens[i]
    if i + 1 >= len(tokens) or match_key(tokens[i + 1].text) not in _GOVERNED_WITHOUT_FROM:
        return False
    text = strip_diacritics(token.text)
    return (
        len(text) == 3 and text.isalpha() and text[1] not in "وي" and word_zipf(text) >= _ORDINARY_ZIPF
        and not _is_first_name(token.key) and strip_diacritics(tokens[i + 1].text) in _PREPOSITIONS
    )  # the last: على as written, not the name علي


def _present_verb(token) -> bool:
    """يأمر "orders", تضيف "she adds", ليقول "to say": a verb in the present tense (ي or ت
    + its stem), bare or after "and" or ل of purpose, common in ordinary Arabic and never seen in a
    name (يوسف، تامر were), is the sentence going on around its subject or object."""
    key, text = token.key, strip_diacritics(token.text)
    if not text.isalpha() or _is_first_name(key):
        return False
    if text[:1] in ("ل", "و", "ف") and text[1:2] in ("ي", "ت") and len(text) >= 5 and not _is_first_name(key[1:]):
        text = text[1:]  # ليقول، ويتصدر: ل of purpose or "and" on the verb
    # a نسبة's ending (يسري، يماني) is a name's as often as a verb's, and a long vowel
    # after the prefix (تايلر، توني، يوهان، تيري) spells a foreign name: left alone
    return _opens_like_a_present_verb(text) and not text.endswith("ي") and word_zipf(text) >= _ORDINARY_ZIPF


def _opens_like_a_present_verb(text: str) -> bool:
    """The present tense's ي or ت before a consonant, on a word of four letters or more; a long
    vowel after the prefix spells a foreign name (تايلر، توني، يوهان، تيري)."""
    return text[:1] in ("ي", "ت") and len(text) >= 4 and text[1] not in "اويى"


_COORDINATOR = "و"
_NASAB = frozenset({"بن", "ابن", "بنت"})
_SON_OPENING_A_NAME = "ابن"
_ZADEH = match_key("زاده")  # Persian "born of", the end of a family name (نعمت زاده)
# Words that join a name to the next one and never end a name (بن، أبو، آل، عبد): match keys.
_NAME_CONNECTORS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "أبو", "آل", "عبد"))


def _word_after_a_connector(token) -> bool:
    """The word after بن، أبو، آل، عبد is the rest of the name (وصل، النور، السلام), whatever
    else it means, unless it is a function word or a time that ends the phrase."""
    key = token.key
    return key.isalpha() and bool(_ARABIC.search(token.text)) and key not in _FUNCTION_WORDS \
        and bare_key(token.text) not in _NAME_STOPS and strip_diacritics(token.text) not in _PREPOSITIONS


def _split_coordinated(span, tokens, words_alone: frozenset[str] = frozenset()) -> list:
    """محمد وسعود: two people the model read as one name over a glued "and".

    A person span is cut before a word that is و plus a first name the training data
    knows as a person's, when the whole word is not itself a name (وليد، وائل stay), and
    before و + the article (هرقل والمقوقس): no name goes on with "and the". After a whole
    name (``_a_whole_name``) it is also cut before و + a word the
    article writes alone or the tagger knows as a name (بيرلسكوني وتايشوبول after بي
    تايشوبول; see ``_clitic_on_a_name``). A name holds no "or" either: سانمارتن أو
    بوهاندري is two players.
    """
    first, last, label, confidence = span
    if label != "PERS":
        return [span]
    for i in range(first + 1, last):
        if tokens[i].key == _OR and i + 1 < last:
            return [(first, i, label, confidence), *_split_coordinated((i + 1, last, label, confidence), tokens, words_alone)]
        if _starts_second_name(tokens[i].key) or (tokens[i].key.startswith("وال") and len(tokens[i].key) > 4) \
                or (_a_whole_name(tokens, first, i) and _clitic_on_a_name(tokens[i], words_alone) == _COORDINATOR):
            after = next(k for k in range(i, last) if k == last - 1 or not _a_rank(tokens[k].key))  # والعريف حسن: the rank opens no name
            return [(first, i, label, confidence), *_split_coordinated((after, last, label, confidence), tokens, words_alone)]
    return [span]


def _a_whole_name(tokens, first: int, last: int) -> bool:
    """The words can be a name by themselves: not a first name alone (بيل + ومليندا جيتس is
    one pair's surname), nor a name ending in a word that needs the next one (بن، أبو، عبد)."""
    if last - first == 1 and _is_first_name(tokens[first].key, strictly=True):
        return False
    return match_key(tokens[last - 1].text) not in _NAME_CONNECTORS


def _reads_as_a_name(words, common: frozenset[str]) -> bool:
    """A first name, or two words or more of which none is an ordinary one or carries the
    article (فيديريكا موغيريني)."""
    if _is_first_name(words[0].key, strictly=True):
        return True
    return len(words) >= 2 and all(
        not w.key.startswith("ال") and w.key not in common and not is_everyday_word(w.text) for w in words
    )


def _split_coordinated_places(span, matches: list[Match]) -> list:
    """الحسكة والرقة: two places the model read as one over a glued "and"."""
    first, last, label, confidence = span
    if label != "LOC":
        return [span]
    cuts = [m.first for m in matches if first < m.first < last and isinstance(m.entry, Place) and m.prefix.startswith("و")]
    bounds = [first, *cuts, last]
    return [(a, b, label, confidence) for a, b in zip(bounds, bounds[1:])]


@memo(100_000)
def _starts_second_name(key: str) -> bool:
    """و + a first name (ومحمد، ووائل، وأبو قتادة), when the whole word is no first name of
    its own (وليد، وديع stay). The training data also saw glued forms inside names, so the
    whole word only counts when it is mostly a name."""
    if not key.startswith(_COORDINATOR) or len(key) < 4:
        return False
    rest = key[1:]
    return (_is_first_name(rest) or rest.startswith(_COMPOUND_NAME_HEADS)) and _more_common_without_and(key)


def _and_a_first_name(token) -> bool:
    """وعلي، ومحمد، وطه: و on a word the training data saw mostly as a first name (علي, whose
    key is على's, as written with its ya), and commoner without the و; not وعلى "and on",
    وكان "and was", وغنى "and sang"."""
    key, text = token.key, strip_diacritics(token.text)
    if not key.startswith(_COORDINATOR) or len(key) < 3 or not text.startswith(_COORDINATOR) or not _more_common_without_and(key):
        return False
    if len(key) == 3 and word_zipf(text) >= _RARE_ZIPF:
        return False  # ولي "guardian": a short word common as written, unlike وطه "and Taha"
    rest = key[1:]
    return _is_first_name(rest, strictly=True) or (rest in _FUNCTION_WORDS and text[1:] not in _PREPOSITIONS and _is_first_name(rest))


def _preposition_on_a_first_name(token) -> bool:
    """بعلي، لخالد: ب or ل on a word the training data saw mostly as a first name (علي as
    written, see _and_a_first_name), an everyday name far commoner without the letter, the
    whole no name the training data saw mostly (بشار، ليلى stay whole) unless a hamza after
    the letter shows the name's own alif (بأحمد, not the family name باحمد). Not a rarer foreign
    name: بيوجين is "in Eugene" as often as "with Eugene"."""
    key, text = token.key, strip_diacritics(token.text)
    hamza = text[1:2] in _HAMZA_ALIFS  # بأحمد: a name in با (باحمد) is written with a bare alif
    if key[:1] not in ("ب", "ل") or len(key) < 4 or key.startswith("لل") or (_is_first_name(key, strictly=True) and not hamza):
        return False
    rest = key[1:]
    name = _is_first_name(rest, strictly=True) or (rest in _FUNCTION_WORDS and text[1:] not in _PREPOSITIONS and _is_first_name(rest))
    return name and word_zipf(text[1:]) >= max(word_zipf(text) + 1.0, _EVERYDAY_ZIPF)


def _more_common_without_and(key: str) -> bool:
    """The word is far more common without its first و: ومحمد, ووائل are و + a name,
    وليد, وسام, وديع are names (wordfreq; the training data saw both as names)."""
    return word_zipf(key[1:]) >= word_zipf(key) + 0.5


_COMPOUND_NAME_HEADS = ("ابو", "عبد")


@memo(100_000)
def _is_first_name(key: str, strictly: bool = False) -> bool:
    """The training data saw the word in a person's name (``strictly``: mostly there)."""
    memory = ner.load_model().memory  # the packaged model's, whatever tagger the caller uses
    features = memory.get(key, ())
    return "w:PERS:hi" in features if strictly else any(":PERS:" in f for f in features)


def _and_before_a_lineage(tokens, first: int, last: int) -> bool:
    """ومشهور بن عبدالله: a word before بن is a first name, so its و is "and" when the word
    is commoner without it."""
    key = tokens[first].key
    return (
        last - first > 2 and bare_key(tokens[first + 1].text) in _NASAB and key.startswith(_COORDINATOR)
        and len(key) > 3 and word_zipf(key[1:]) > word_zipf(key)
    )


def _coordinated_name(tokens, first: int, person_at) -> bool:
    """A person's name that begins with a glued "and": و + a first name or + the article,
    or any و-word right after another person's name, with or without a comma (روبن
    كوسياس وتشابيير مانسيسيدور), unless the whole word is a first name of its own; after
    a list's comma, a و-word that Arabic writes less often than the word without it
    (جورج بوش الأب، ومارغرت تاتشر); anywhere, a و-word Arabic hardly writes and writes more
    often without its و (ودليا فلكوليسكو), or و on a first name of two letters (وطه حسين)."""
    key = tokens[first].key
    if _starts_second_name(key) or (key.startswith("وال") and len(key) > 5 and not _is_first_name(key)):
        return True  # والنعيمي: "and" + a definite name
    before = first - 1
    after_comma = before > 0 and tokens[before].text in "،,"
    if after_comma:
        before -= 1  # ماكس ليفتشين، وماريسا ميير: a list with commas
    after_name = before >= 0 and person_at[before] == PERSON
    if len(key) == 3 and _and_a_first_name(tokens[first]):
        return True  # وطه حسين: و + a first name of two letters
    if not key.startswith(_COORDINATOR) or len(key) < 5:
        return False
    text = strip_diacritics(tokens[first].text)
    if word_zipf(text) < _WRITTEN_ZIPF and not _is_first_name(key) and not text[1:].startswith(_VOWEL_LETTERS) and word_zipf(text[1:]) > word_zipf(text):
        return True  # ودليا فلكوليسكو: a word Arabic hardly writes, commoner without its و (not ويلسون)
    if after_comma and not _is_first_name(key) and word_zipf(key[1:]) > word_zipf(key):
        return True
    return after_name and word_zipf(key[1:]) >= word_zipf(key)


def _a_rank(key: str) -> bool:
    """A rank before a name (kg/data/actor_words.tsv), also with و glued on in a list of
    names (الوكيل رقيب X والعريف Y): ranks are a closed list, so و + rank is no other word."""
    return "rank" in (actor_words().get(key), actor_words().get(key[1:]) if key[:1] == "و" else None)


def _glued_conjunction(token) -> str:
    """A conjunction glued to a name the model tagged whole (وجامعة بيتسبرغ → جامعة).

    Stripped only when the rest is a known word (a common word, or a word of a lexicon
    entry that ordinary Arabic writes more often than the whole word) and the whole word
    is no first name, so وليد and فيصل (ف + يصل, "arrives") keep their first letter, and
    so do فالنسيا, فاتو, فالكاو: foreign names, not ف + النسيا.
    """
    key = token.key
    if key[:1] in ("و", "ف") and len(key) > 3 and not _is_first_name(key):
        rest, written = key[1:], strip_diacritics(token.text)
        if rest in common_words() or (bare_key(rest) in token_gazetteer() and word_zipf(written[1:]) > word_zipf(written)):
            return key[0]
    return ""


_LIKE = "ك"
_CLITICS_ON_NAMES = ("و", "ب", "ل", _LIKE)
_VOWEL_LETTERS = ("ا", "و", "ي")


def _clitic_on_a_name(token, words_alone: frozenset[str]) -> str:
    """وهولاند، بخيبر، لألبانيا، كالمنامة: "and", "in", "for" or "like" glued to a name the model tagged whole.

    Split off when the rest is a name the tagger's memory or the lexicons know, or a word
    the article also writes without it (``words_alone``: خيبر after محافظة خيبر), or for
    ك a definite word ordinary Arabic writes (كالمسجد الأقصى; not كاليدونيا), and the
    whole word is no name of its own (وليد، بشار، لبنان). A long vowel after the letter
    (بوستون، واراس، بيشكك) belongs to the name, unless it opens the article (والزمالك).
    """
    key = token.key
    if key[:1] not in _CLITICS_ON_NAMES or len(key) < 5 or not _ARABIC.search(token.text):
        return ""
    stem, written = key[1:], strip_diacritics(token.text)[1:]
    if (written.startswith(_VOWEL_LETTERS) and not written.startswith("ال")) or len(bare_key(stem)) < 3:
        return ""
    if _is_first_name(key) or is_everyday_word(token.text):
        return ""  # بداية "beginning", بهدوء "calmly": an ordinary word as written
    if _known_name(key) and bare_key(key) != bare_key(stem):
        return ""  # وجدة is Oujda; والزمالك is known only through the article's stem
    alone = stem in words_alone and stem not in common_words() and not is_everyday_word(stem)
    if key[0] == _LIKE:  # the tagger's memory keys كاليدونيا as اليدونيا: it cannot tell
        return key[0] if alone or (written.startswith("ال") and word_zipf(written) >= _RARE_ZIPF) else ""
    return key[0] if _known_name(stem) or alone else ""


@memo(100_000)
def _known_name(key: str) -> bool:
    """The word alone is a name: the tagger's memory saw it mostly inside names, or a
    lexicon entry is that one word."""
    if any(feature.endswith(":hi") for feature in ner.load_model().memory.get(bare_key(key), ())):
        return True
    return any(m.last == 1 and not m.prefix and isinstance(m.entry, (Place, Org)) for m in gazetteer().match([key]))


def _and_before_a_known_place(tokens, first: int, last: int) -> bool:
    """وتل أبيب: without its و the span is exactly a place the lexicon knows, whose first
    word is too short for the lexicon to split a clitic off (تل)."""
    key = tokens[first].key
    if not key.startswith(_COORDINATOR) or last - first < 2:
        return False
    keys = [key[1:]] + [t.key for t in tokens[first + 1 : last]]
    return any(m.first == 0 and m.last == len(keys) and not m.prefix and isinstance(m.entry, Place) for m in gazetteer().match(keys))


def _preposition_on_an_everyday_word(token) -> bool:
    """بسرطان، بتقبيل، بلهجة: ب or ل on a word common in ordinary Arabic as written, and
    commoner still without it, that no name was seen to begin with: "with cancer", not a name."""
    key, text = token.key, strip_diacritics(token.text)
    if key[:1] not in ("ب", "ل") or len(key) < 5 or _is_first_name(key) or _is_first_name(key[1:]):
        return False
    whole, stem = word_zipf(text), word_zipf(text[1:])
    if text[1] in ("و", "ف") and word_zipf(text[2:]) > stem:
        return False  # بوروسيا: no conjunction follows a preposition (و + روسيا), so ب is the name's own
    return whole >= _RARE_ZIPF and stem > whole


def _far_commoner_without_its_letter(token) -> bool:
    """بعيسى، بمحمد: Arabic writes the word without its first letter far more often."""
    text = strip_diacritics(token.text)
    return word_zipf(text[1:]) >= word_zipf(text) + _FAR_COMMONER


def _glued_preposition(token) -> str:
    """لدونالد ترامب، بعيسى: the preposition ل or ب on a person's first name, when what
    remains is a first name, or a word far commoner than the whole (لأليكس), and the whole
    word is no name. Names that begin so (ليونيل، ليلى، باراك، بشار) are left alone. No name
    begins with لل: that is ل on the article (للمعتمد بن عباد: المعتمد)."""
    key = token.key
    if _lam_on_the_article(key, "ل"):
        return "ل"
    if _preposition_on_a_first_name(token):
        return key[0]  # بعلي عبد الرازق
    if key[:1] not in ("ل", "ب") or key.startswith("لل") or len(key) < 4:
        return ""
    if _is_first_name(key[1:]) and not _is_first_name(key):
        return key[0]  # لنجيب، بعيسى
    text = strip_diacritics(token.text)
    commoner = word_zipf(text[1:]) >= max(word_zipf(text) + 1.0, 2.0)
    return key[0] if commoner and not _is_first_name(key) else ""  # لأليكس، لدوناتيلا: far commoner without ل


@memo(200_000)
def _place_head_reading(key: str) -> tuple[str, str, bool] | None:
    """(glued conjunction or preposition, GPE/LOC, noun belongs to the name) when the word
    is a place noun without the article: محافظة، وقاعدة، بمنطقة."""
    heads = place_heads()
    for prefix, stem in clitic_splits(key):
        if stem in heads and prefix in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
            label, part = heads[stem]
            return prefix, label, part
    return None


def _headed_places(sentence: Sentence, labels, model_spans, in_title) -> list[tuple[int, int, str]]:
    """محافظة ديالى، قاعدة العند، جزيرة صقلية: a place noun then one or two words of a
    proper name nobody tagged. A name word is no everyday word (منطقة العمليات، قاعدة
    البيانات), no function word, title, adjective or other head; the noun is kept in the
    mention where it is part of the name (a base, a crossing), dropped where the name
    alone names the place (a province, a city)."""
    tokens = sentence.tokens
    heads = list(compress(range(len(tokens) - 1), map(_place_head_reading, sentence.keys)))
    if not heads:
        return []
    model_covered = {i for first, last, *_ in model_spans for i in range(first, last)}
    spans = []

    def name_word(j: int, i: int) -> bool:
        if j >= len(tokens) or labels[j] is not None or j in model_covered or j in in_title:
            return False
        token = tokens[j]
        if not _ARABIC.search(token.text) or not token.key[:1].isalpha() or token.key[:1] in ("و", "ف") or token.key.startswith("لل"):
            return False  # (غابة للأشجار "a forest of trees": ل and the article open no name in construct)
        if bare_key(token.text) in _NAME_STOPS or token.key in _FUNCTION_WORDS or is_everyday_word(token.text):
            return False
        if _place_head_reading(token.key) or _is_institution(token.key) or (not token.key.startswith("ال") and token.key.endswith("يه")):
            return False
        if _pronoun_on_a_word(token.text) or _pronoun_bearing(strip_diacritics(token.text), _PRONOUN_SUFFIXES)[0] >= _RARE_ZIPF:
            return False  # لقضاء إجازاتهم "to spend their holidays": a word with its pronoun names no place
        return j == i + 1 or not any(stem in common for _, stem in clitic_splits(token.key))

    common = common_words()
    no_names = not_entities()

    model_places = {first: last for first, last, label, _ in model_spans if label == "LOC"}
    for i in heads:
        reading = _place_head_reading(tokens[i].key)
        if _hamza_inside(tokens[i].text, reading[0]):
            continue  # وأدى "and performed" is no وادي "valley"
        quoted = _quoted_after(tokens, i, labels, words=2) if labels[i] is None else None
        if quoted and all(name_word(j, quoted[0] - 1) for j in range(*quoted)):
            spans.append((*quoted, reading[1]))  # منطقة "النخيلة": the place's name in quotation marks
            continue
        if labels[i] is None and reading[2] and i + 1 in model_places and labels[i + 1] is None:
            spans.append((i, model_places[i + 1], reading[1]))  # بحيرة يلوستون: the lake, not the park the model read
            continue
        if labels[i] is not None or not name_word(i + 1, i):
            continue
        _, label, part = reading
        end = i + 2
        if name_word(end, i) and not (tokens[i + 1].key.startswith("ال") and not tokens[end].key.startswith("ال")) and not _verb_like(tokens[end]):
            end += 1  # not منطقة صرواح + تصدت: a verb after the name
        elif not part and _adjective_of_a_rare_name(tokens, i + 1):
            end += 1  # مديرية الحيمة الخارجية: a rare name and its adjective name the place
        if end == i + 2 and bare_key(tokens[i + 1].text) in no_names:
            part = True  # منطقة اليورو: a currency names no place; with its noun it names the zone
        if (end == i + 2 and _indefinite_nisba(tokens[i + 1])) or (_agreeing_adjective(tokens[i], tokens[i + 1]) and _adjective_pattern(tokens[i + 1])):
            continue  # حي ساحلي "a coastal district", مدينة عامرة "a thriving city": an indefinite adjective, no name
        spans.append((i if part else i + 1, end, label))
    return spans


def _hamza_inside(text: str, prefix: str) -> bool:
    """A hamza written on an alef after the first letter of the word without its clitics:
    the matching key folds it away (وأدى → وادي), but no place noun carries one there, so
    the word as written is another word (و + a verb)."""
    return any(c in "أإآ" for c in strip_diacritics(text)[len(prefix) + 1 :])


def _adjective_of_a_rare_name(tokens, j: int) -> bool:
    """الحيمة الخارجية، الجفينة الشرقية: a definite word too rare to be anything but a name,
    and a definite adjective of relation (ـي، ـية) that agrees with it in gender."""
    if j + 1 >= len(tokens):
        return False
    name, word = tokens[j], tokens[j + 1]
    if not (name.key.startswith("ال") and word.key.startswith("ال") and word.key.endswith(("ي", "يه"))) or word.key in _NAME_STOPS_WRITTEN:
        return False  # not قاعدة العند + التي
    return word_zipf(name.text) < _RARE_ZIPF and name.key.endswith("ه") == word.key.endswith("يه")


def _acronyms(sentence: Sentence) -> list[tuple[int, int]]:
    """G20, C5, P5+1, C5plusUS: Latin capitals with digits name groupings and formats
    (not a colour code after #: '#E06165' in a page's script)."""
    tokens = sentence.tokens
    spans = []
    for i in compress(count(), map(_is_acronym, sentence.texts)):
        if i and tokens[i - 1].text == "#":
            continue
        last = i + 1
        if last + 1 < len(tokens) and tokens[last].text == "+" and tokens[last + 1].text.isdigit():
            last += 2
        spans.append((i, last))
    return spans


@memo(200_000)
def _is_acronym(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


def _name_acronym(mention: Mention, acronym: str) -> None:
    """G20 is the lexicon's مجموعة العشرين; an unknown one is named by its core (C5plusUS,
    C5 + 1 -> C5), so the spellings of one format meet."""
    org = org_by_english(acronym)
    if org is not None:
        mention.canonical, mention.label_en = org.canonical, org.label_en
    else:
        mention.canonical = mention.label_en = _ACRONYM_CORE.match(acronym).group(0)


def _quoted_after(tokens, i: int, labels, words: int = 5) -> tuple[int, int] | None:
    """(first, last) of the words in quotation marks right after the noun at ``i`` that read
    as a name: one to ``words`` words nobody tagged but the model, none a preposition, a particle, a
    name stop or a word with an attached pronoun, closed by a definite word, a word in Latin
    letters or an uncommon word, or with an uncommon word among them (حزب «الأمة»، شركة “ذي جريت أوتدور جيم كومباني”، منطقة "النخيلة";
    not منطقة «آمنة» "a safe zone", an everyday word quoted)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in _OPENING_QUOTES:
        return None
    opening = tokens[i + 1].text
    end = next((j for j in range(i + 3, min(len(tokens), i + 3 + words)) if (opening, tokens[j].text) in _QUOTES), 0)
    if not end or any(labels[j] is not None for j in range(i + 2, end)):
        return None
    for j in range(i + 2, end):
        text = tokens[j].text
        if not (_ARABIC.search(text) or text[:1].isalpha()) or tokens[j].key in _FUNCTION_WORDS or tokens[j].key in _NAME_STOPS_WRITTEN \
                or text in _PARTICLES or _pronoun_on_a_word(text):
            return None
    closing = tokens[end - 1]
    if not (closing.key.startswith("ال") or not _ARABIC.search(closing.text) or word_zipf(closing.text) < _ORDINARY_ZIPF
            or any(word_zipf(tokens[j].text) < _ORDINARY_ZIPF for j in range(i + 2, end))):
        return None
    return i + 2, end


def _headed_organisations(sentence: Sentence, labels, model_spans, common) -> list[tuple[int, int]]:
    """مؤسسة كارنيغي: an organisation noun followed by a proper name nobody tagged."""
    tokens = sentence.tokens
    model_covered = {i for first, last, *_ in model_spans for i in range(first, last)}
    spans = []
    for i in compress(range(len(tokens) - 1), map(_is_org_head, sentence.keys)):
        token = tokens[i]
        if labels[i] is not None or i in model_covered or i + 1 in model_covered or labels[i + 1] is not None or _pronoun_on_a_word(token.text):
            continue  # the last: بمكتبه "in his office", no library
        if _is_service_head(token.key):
            continue  # لقوات حاربت صدام: forces are named by their branch and country only
        after = _quoted_after(tokens, i, labels)
        if after and not token.key.startswith("ال") and not _is_state_head(token.key) and not _names_a_site(token.key, _head_reading(token.key)[0]):
            # (not محكمة «كاتانيا»، ميناء «زوارة»: a state's body or a site named by its city)
            spans.append(after)  # لشركة “ذي جريت أوتدور”، حزب «الأمة»: the words in quotation marks name it
            continue
        quoted = _quoted_name_end(tokens, i, labels, model_covered)
        if quoted:
            spans.append((i, quoted))  # “مجموعة جبال”: quotation marks make a name of everyday words
            continue
        name = tokens[i + 1]
        if not _ARABIC.search(name.text) or name.key.startswith("ال") or name.key in common or bare_key(name.text) in _NAME_STOPS \
                or _pronoun_on_a_word(name.text):
            continue  # (مجلس إدارتها: "its board", no name)
        if name.key[:1] in ("و", "ف") and not _is_first_name(name.key):
            continue  # قيادة وحكومة وشعبا: a list of nouns, not a name
        if _is_national_head(token.key) and _glued_on_a_noun(name, name.key[:1]) and name.key[:1] in ("ب", "ل"):
            continue  # ديوان لشاعر "a collection by a poet": a national body's noun names no body by a preposition
        if i + 2 < len(tokens) and labels[i + 2] == ORG:
            continue  # وكالة أنباء الأناضول: the organisation the lexicon knows follows
        if name.key.endswith("يه") or _indefinite_nisba(name) or _agreeing_adjective(token, name) or (
            word_zipf(name.text) >= _EVERYDAY_ZIPF and not _is_first_name(name.key, strictly=True)
        ):
            continue  # جمعية كشفية، شركة طيران: an adjective or an everyday noun, not a name
        if any(stem in common for prefix, stem in clitic_splits(name.key) if len(prefix) <= 1):
            continue
        if _present_verb(name):
            continue  # لجنة تختص بمتابعة: "a committee that deals with", a verb describing the noun, no name
        end = i + 2
        if end < len(tokens) and labels[end] is None and end not in model_covered and _plain_name_word(tokens[end], common) and (
            _is_first_name(tokens[end].key) or word_zipf(tokens[end].text) < _ORDINARY_ZIPF
        ):
            end += 1  # مستشفى سراة عبيدة: a second word of the name, a name's or a rare one
        spans.append((i, end))
    return spans


def _quoted_name_end(tokens, i: int, labels, covered: set[int]) -> int:
    """Where a name in quotation marks that opens with the organisation noun at ``i`` ends
    («تحالف نواب الشعب»، «مجموعة الأزمات الدولية»): the noun without the article right after
    the opening mark, one to three words of Arabic after it that nobody tagged, none a
    preposition, a particle or a pronoun's word, closed as a name is (by a definite word or a
    rare one, as _quoted_title: not «مجموعة عمل» "a working group"), and the closing mark; 0
    when the noun opens no such name."""
    if i == 0 or tokens[i - 1].text not in _OPENING_QUOTES or tokens[i].key.startswith("ال"):
        return 0
    end = next((j for j in range(i + 2, min(len(tokens), i + 5)) if (tokens[i - 1].text, tokens[j].text) in _QUOTES), 0)
    words = range(i + 1, end)
    if not end or any(labels[j] is not None or j in covered for j in words):
        return 0
    plain = all(_ARABIC.search(tokens[j].text) and tokens[j].key not in _FUNCTION_WORDS and bare_key(tokens[j].text) not in _NAME_STOPS
                and tokens[j].text not in _PARTICLES and not _pronoun_on_a_word(tokens[j].text) for j in words)
    closing = tokens[end - 1]
    named = closing.key.startswith("ال") or word_zipf(closing.text) < _ORDINARY_ZIPF  # not «مجموعة عمل», «صندوق أسود»
    return end if plain and named else 0


@memo(200_000)
def _is_org_head(key: str) -> bool:
    heads = org_heads()
    return any(stem in heads for prefix, stem in clitic_splits(key) if len(prefix) <= 1)


def _is_institution(key: str) -> bool:
    """An organisation noun, with or without its article (مجلس, الهيئة, والجامعة)."""
    return _is_org_head(key) or bare_key(key) in org_heads()


@memo(200_000)
def _head_reading(key: str) -> tuple[str, bool] | None:
    """(glued conjunction or preposition, definite) when the word is an institution noun:
    لوزارة -> ('ل', False), والهيئة -> ('و', True), مجلس -> ('', False)."""
    heads = org_heads()
    for prefix, stem in clitic_splits(key):
        if stem in heads:
            definite = prefix.endswith("ال") or prefix.endswith("لل")
            glued = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
            if glued in ("", "و", "ف", "ب", "ل", "وب", "ول"):
                return glued, definite
    return None


def _lam_on_the_article(key: str, glued: str) -> bool:
    """للمعتمد: ل glued on a name's article, which lost its alif (ل + المعتمد)."""
    return glued == "ل" and key.startswith("لل") and len(key) > 4


def _a_definite_place_noun(key: str) -> bool:
    """المحافظة، المنطقة، المدينة: a place noun with the article, the place the article speaks
    of (kg/data/place_words.tsv); a body named after it (بلدية المحافظة) ends as one named
    after a place does."""
    return key.startswith("ال") and place_words().get(key[2:]) in _PLACES_OF_AN_ARTICLE


def _lost_article(key: str, glued: str) -> bool:
    """للحكومة، وللمجلس: an institution noun after ل, whose article lost its alif (ل + الحكومة);
    a name written from the second ل (``glued`` left out) needs the alif back."""
    reading = _head_reading(key)
    return reading is not None and reading[1] and reading[0] == glued and _lam_took_the_alif(key, glued)


def _lam_before_the_names_article(key: str, match: Match) -> bool:
    """للبرازيل، وللمملكة العربية السعودية: ل glued on a name the lexicon writes with the
    article, whose alif the ل took: the text read after ل lacks the alif."""
    name = match_key(getattr(match.entry, "name", ""))
    return match.prefix.endswith("ل") and name.startswith("ال") and _lam_took_the_alif(key, match.prefix)


def _lam_took_the_alif(key: str, glued: str) -> bool:
    """للحكومة، وللبرازيل: after the letters ``glued`` (ending in ل) comes ل, the article whose
    alif the preposition ل took, not ال written whole.

    >>> _lam_took_the_alif("للحكومه", "ل"), _lam_took_the_alif("لالحكومه", "ل"), _lam_took_the_alif("وللبرازيل", "ول")
    (True, False, True)
    """
    return key.startswith(glued + "ل") and not key.startswith(glued + "ال")


def _institutions(sentence: Sentence, matches: list[Match], bio) -> list[tuple[int, int, str]]:
    """(first, last, glued) of institutions named by an institution noun and its complements.

    Arabic grammar marks where such a name ends. An indefinite head takes a chain of
    indefinite genitives ending in a definite word or a proper name (صندوق تنمية الموارد
    البشرية، هيئة كهرباء ومياه دبي); a definite word is followed only by definite
    adjectives, coordinated definites (والأوقاف والدعوة) and ل + definite complements
    (للتخصصات الصحية), places and nationality adjectives. A verb, a preposition, a title
    (الدكتور، وزير), a person's name, an indefinite word after a definite one, or another
    institution noun ends the name, and so does a definite word that disagrees with the head
    in gender before على، من، عن، إلى (مجلس الوزراء + الموافقة على: the verb's object); a royal title and its name belong to it (مؤسسة الملك
    عبدالعزيز). A definite head (الهيئة ...) or a head that also heads ordinary phrases
    (حركة، مركز) needs a "strong" complement: a proper name, a place, an ل-complement or a
    coordinated field (المنظمة الدولية and حركة التجارة are no names).
    """
    tokens = sentence.tokens
    n = len(tokens)
    heads = list(compress(range(n - 1), map(_head_reading, sentence.keys)))  # where a name can open
    if not heads:
        return []
    at = {m.first: m for m in matches if not isinstance(m.entry, Title)}
    title_at = {m.first: m for m in matches if isinstance(m.entry, Title)}
    in_lexicon = {i for m in matches if isinstance(m.entry, (Org, Place)) for i in range(m.first, m.last)}
    person = {i for first, last, label, _ in bio if label == "PERS" for i in range(first, last)}
    place = {i for first, last, label, _ in bio if label == "LOC" for i in range(first, last)}
    named = {i for first, last, label, _ in bio if label == "ORG" for i in range(first, last)}
    common = common_words()
    spans = []
    i = 0
    while (k := bisect_left(heads, i)) < len(heads):
        i = heads[k]
        reading = _head_reading(tokens[i].key)
        if i in in_lexicon or _pronoun_on_a_word(tokens[i].text):
            i += 1
            continue  # مكتبه "his office", not مكتبة "library"
        if f"{bare_key(tokens[i].text)} {bare_key(tokens[i + 1].text)}" in not_entities():
            i += 2
            continue  # مجلس إدارة الشركة: the board is no name; the company after it may be
        if _head_as_an_adjective(tokens, i):
            i += 1
            continue  # البيئة الأكاديمية المحفزة: "the academic environment", no academy
        glued, definite = reading
        definite_head = definite
        j, end, complements, strong, in_name = i + 1, i + 1, 0, False, False
        lam = False  # an ل-complement on an indefinite noun was read (لتحلية المياه)
        lam_complement = False  # a definite ل-complement was read (للتخصصات الصحية)
        after_place = False  # the last word read was a place or a country (مطار عدن)
        country = False
        after_name = False  # the word before is the lexicon's name of an organisation
        coordinated = None  # where the first definite word with و joined the name
        while j < n:
            key = tokens[j].key
            title = title_at.get(j)
            if title is not None:
                if title.entry.kind != "royal" or title.prefix:
                    break  # الدكتور، وزير الدفاع، والرئيس: a person's title follows the name
                j = title.last
                in_name = True
                continue
            if j == i + 1 and key in epithets() and j + 1 in person:
                j += 1
                in_name = True
                continue  # جامعة الإمام محمد بن سعود: a word of honour and the man the body is named after
            match = at.get(j)
            if match is not None:
                if (isinstance(match.entry, Org) and definite) or match.prefix or _place_head_reading(key):
                    break  # another organisation; بالهند, وقرغيزستان: where it is, or the next one
                if _is_service_head(tokens[i].key):
                    # قوات الأمن التركية: a branch, then the country's adjective; not القوات الروسية
                    country = _is_demonym(match) and complements > 0 and tokens[j].key.startswith("ال")
                    end = match.last if country else end
                    break
                country = country or not (_is_demonym(match) and not tokens[j].key.startswith("ال"))
                if _is_national_head(tokens[i].key) and (country or not _is_demonym(match)):
                    end = match.last
                    break  # الجيش اليمني، حكومة اليمن: a national body ends with its country
                if _is_demonym(match) and complements:
                    end = match.last
                    break  # وزارة الخارجية الأمريكية: the country's adjective closes the name
                j = end = match.last
                after_place = isinstance(match.entry, Place)  # مطار عدن والموانئ: the name ended with the place
                after = _name_after_a_city(tokens, match, matches, bio)
                if after:
                    j = end = after  # نادي مانشستر سيتي: the city opens the club's own name
                definite, in_name = True, False
                strong = strong or not _is_demonym(match)
                after_name = isinstance(match.entry, Org)
                complements += 1
                continue
            if not key[:1].isalpha() or bare_key(tokens[j].text) in _NAME_STOPS or key in _FUNCTION_WORDS:
                break
            if strip_diacritics(tokens[j].text) in _PARTICLES:
                break  # شركة غير مصرية "a non-Egyptian company": a particle opens a description, no name
            if _head_reading(key) is not None and not (_is_service_head(key) and key.startswith("ال")) \
                    and not (j == i + 1 and not _needs_a_name(tokens[i].key) and not _is_national_head(tokens[i].key) and _national_body(tokens, j, at)):
                break  # والمصرف المركزي, مجلس أمناء مؤسسة ..., مجلس إدارة النادي: another institution begins
                # (وزارة القوات المسلحة، مؤسسة البريد السعودي، مستشفى الحرس الوطني: a branch or a national body is its field)
            if _place_head_reading(key):
                break  # مركز محافظة ديالى: a place begins
            if place_words().get(key) == "lies":
                break  # المديرية التابعة لمحافظة ...: where the institution lies, not its name
            if actor_words().get(key) in ("temporal", "former", "rank", "aside") or (complements and actor_words().get(key) == "ordinal"):
                break  # نادي الوحدة الجديد: "new" describes the club's board; المهندس opens a person's name;
                # المجمع المخصص للدوائر، وزارة الداخلية الصادرة: a participle and its complement describe a noun, they name nothing;
                # قرار مجلس الوزراء الأخير: an ordinal after the name orders what it names (the decision)
            if in_name and strong and _glued_on_a_noun(tokens[j], "ل") and not _lam_complement(tokens, j):
                break  # جامعة الملك عبد العزيز + لاستئجار مختبر: ل of purpose on a verbal noun and its indefinite object, no field of the name
            if in_name and (j in person or key not in common) and not key.startswith(("ال", "وبال", "فبال")):
                # (not وبالتعاون: a preposition and the article open a phrase, no royal's name goes on)
                strong = True  # the royal's name: الملك عبدالعزيز، الأمير سلطان بن عبدالعزيز
            elif in_name and key.startswith("ال") and j - 1 in person:
                strong = True  # its second half: نور الدين
            elif key.startswith(("وال", "فال")):
                if complements == 0 or after_place or (j + 1 < n and tokens[j + 1].key in _GOVERNED_BY):
                    break  # الجمعية والمساهمة، النادي الأهلي والمشرف على: another noun and its own complement
                if _institutions_plural(key[3:]):
                    break  # وزارة الصحة والشركات والمؤسسات: a list of bodies, not the ministry's field
                if actor_words().get(key[1:]) == "ordinal":
                    break  # المركز الرابع والأخير: a place in a table, no field of a name
                coordinated = j if coordinated is None else coordinated
                strong = True
                in_name = False
            elif key.startswith("ال"):
                if _not_the_article(tokens[j]) or _plural_after_an_adjective(tokens, j):
                    break  # جامعة الباحة ألقاها: a verb (أ + لقى); مطار ... الدولي التوجيهات: the verb's object
                if (tokens[j - 1].key.startswith("لل") or after_name) and not key.endswith(_NISBA_ENDINGS) and key not in legal_forms() \
                        and not (tokens[j - 1].key.startswith("لل") and _same_sound_plural(tokens[j - 1].key, key)
                                 and not (j + 1 < n and tokens[j + 1].key == _IN)):
                    break  # الهيئة العامة للآثار النتائج، جماعة أنصار بيت المقدس الهجوم: after an ل-complement or a name only its adjective
                    # or the firm's legal form (للاستثمارات القابضة)
                    # (للمقيمين المعتمدين: a participle in the complement's own plural agrees with it,
                    # unless a preposition gives it a complement of its own: للمتقاعدين المشاركين في)
                if complements and definite and j + 1 < n and tokens[j + 1].key in _GOVERNED_BY and not key.endswith(_NISBA_ENDINGS) \
                        and tokens[i].key.endswith("ه") != key.endswith("ه"):
                    break  # قرر مجلس الوزراء + الموافقة على: a verbal noun that is no adjective of the head (not شركة ... القابضة), with its preposition, is the verb's object
                if definite and _masculine_after_feminines(tokens, i, j):
                    break  # أمانة العاصمة المقدسة + الإنجاز: no adjective of that name, the verb's object
                in_name = False
                strong = strong or (j in named and complements == 0 and not reading[1])  # مكتبة الكونغرس: the model's organisation names it
            elif key.startswith("لل") and len(key) > 4:
                if complements == 0:
                    break  # مركز للصناعات، الجامعة للتطوير: the name needs its genitive or adjective first
                if lam_complement or coordinated is not None:
                    break  # الهيئة السعودية للتخصصات الصحية + للتخصصات الطبية: a name takes one ل-complement
                if complements == 1 and not definite_head and _is_state_head(tokens[i].key) and not after_place and not after_name \
                        and not (j + 1 < n and tokens[j + 1].key.startswith("ال")):
                    break  # وزارة التعليم + للجامعات بالمملكة: a ministry is named by its field (not وزارة الدولة للشؤون الخارجية)
                lam_complement = True
                strong, in_name = True, False
            elif reading[1] and complements and j + 1 < n and tokens[j + 1].key.startswith("ال") and (lam or coordinated is None) \
                    and _glued_on_a_noun(tokens[j], "ل" if not lam else "و"):
                # المؤسسة العامة لتحلية المياه، ... لصوامع الغلال ومطاحن الدقيق: after a definite head
                # and its adjective, ل (and then و) on an indefinite noun whose own genitive follows
                # (after وزارة الحج, لشؤون الحج is an official's portfolio, no part of the name)
                strong, in_name, lam, definite = True, False, True, False
                j += 1
                continue
            elif not definite and j == i + 1 and _indefinite_nisba(tokens[j]):
                break  # مؤسسة خيرية، معهد تدريبي: "a charitable foundation", no name
            elif not definite and (key not in common or j == i + 1) and j not in person:
                j += 1
                continue  # an indefinite genitive: its chain must end in a definite word
            else:
                break
            definite, after_place = True, _a_definite_place_noun(key)  # بلدية المحافظة + والمياه: the next body
            complements += 1
            j = end = j + 1
        if coordinated is not None and j < n and _lam_complement(tokens, j):
            end = min(end, coordinated)  # اللجنة الأولمبية، الاتحاد السعودي لكرة القدم + والرئاسة العامة لرعاية الشباب: the next body
        national = _is_national_head(tokens[i].key)
        if _office_named(tokens, i) and not (country if national else strong):
            # الديوان الملكي، الحرس الوطني (العراقي): the adjective of the state's office names its body, which
            # ends there or with its country's adjective (not الحرس الجمهوري + الموالين "loyal to ..."); another
            # body's name goes on beyond it only as its grammar says (المجلس الوطني الانتقالي is none of these)
            after = at.get(i + 2)
            office_end = after.last if after is not None and _is_demonym(after) and tokens[i + 2].key.startswith("ال") else i + 2
            if national or end == office_end:
                end, strong, country = office_end, True, True
        if _is_national_head(tokens[i].key):
            if country and end > i + 1:
                spans.append((i, end, glued))  # الحكومة المصرية، قوات الأمن التركية، شرطة نينوى
                i = end
            else:
                i += 1
            continue
        needs_strong = reading[1] or _needs_a_name(tokens[i].key)
        adjective = at.get(i + 1)
        if not reading[1] and adjective is not None and _is_demonym(adjective) and adjective.last == end:
            i += 1
            continue  # حزب تركي: "a Turkish party", not a name
        if reading[1] and adjective is not None and adjective.last == end and _country_as_its_adjective(tokens, adjective) \
                and _described_by_its_country(tokens[i].key):
            i += 1
            continue  # الشركة السعودية: "the Saudi company", not a name (الشركة السعودية للكهرباء is one)
        if any(i < m.first < end and _names_the_head(m, tokens[i].key) for m in matches if isinstance(m.entry, Org)):
            i += 1
            continue  # the lexicon knows the organisation (الخارجية الأمريكية is وزارة الخارجية الأمريكية)
        if place_words().get(bare_key(tokens[i].key)) == "region" and all(k in place for k in range(i + 1, end)):
            i += 1
            continue  # مديرية الحيمة: a noun of both kinds before a place is a district, not a directorate
        if _district_named(tokens, i, named):
            i += 1
            continue  # بمديرية المسيمير: a rare word names a district; a directorate is named by its field (مديرية الجوازات)
        if end > i + 1 and (strong or not needs_strong):
            spans.append((i, end, glued))
            i = end
        else:
            i += 1
    return spans


def _join_initials(spans: list, tokens) -> list:
    """جورج دبليو. بوش: two person spans the model split at the stop after a Latin
    initial spelt in Arabic (kg/data/latin_letters.tsv) are one name."""
    letters = latin_letter_names()
    out: list = []
    for span in sorted(spans):
        if out and out[-1][2] == span[2] == "PERS" and span[0] == out[-1][1] + 1 and tokens[out[-1][1]].text == "." \
                and strip_diacritics(tokens[out[-1][1] - 1].text) in letters:
            out[-1] = (out[-1][0], span[1], span[2], min(out[-1][3], span[3]))
        else:
            out.append(span)
    return out


def _through_place_particles(spans: list, tokens, common: frozenset[str]) -> list:
    """سان + بطرسبرغ: a place span the model ended on a particle that opens foreign places'
    names (kg/data/place_particles.tsv) goes on to the next word: the next span, or a word
    that may be a name (no article, no ordinary word, no function word)."""
    particles = place_particles()
    out: list = []
    for span in sorted(spans):
        if out and out[-1][2] != "PERS" and span[2] != "PERS" and out[-1][1] == span[0] and tokens[span[0] - 1].key in particles:
            out[-1] = (out[-1][0], span[1], out[-1][2], min(out[-1][3], span[3]))
            continue
        out.append(span)
    taken = {i for first, last, *_ in out for i in range(first, last)}
    for n, (first, last, label, confidence) in enumerate(out):
        if label != "PERS" and tokens[last - 1].key in particles and last < len(tokens) and last not in taken \
                and _may_continue_a_foreign_name(tokens[last], common):
            out[n] = (first, last + 1, label, confidence)
    return out


def _may_continue_a_foreign_name(token, common: frozenset[str]) -> bool:
    """A word that may be the rest of a foreign name: Arabic, no article, no glued و, no
    function word and no word ordinary Arabic uses."""
    key = token.key
    return bool(_ARABIC.search(token.text)) and key.isalpha() and not key.startswith(("ال", "و")) \
        and key not in _FUNCTION_WORDS and key not in common and bare_key(token.text) not in _NAME_STOPS and not is_everyday_word(token.text)


def _with_the_family(spans: list, tokens) -> list:
    """سلمان بن عبدالعزيز + آل + سعود: آل "the family of" between two person spans the model
    split there joins them; the second is the first one's family name. (آل and a name alone
    is left as it was: آل بوش, آل عثمان name a family or a dynasty, not one person.)"""
    out: list = []
    for span in sorted(spans):
        first = span[0]
        if span[2] == "PERS" and first > 0 and bare_key(tokens[first - 1].text) == _FAMILY \
                and out and out[-1][2] == "PERS" and out[-1][1] == first - 1:
            out[-1] = (out[-1][0], span[1], span[2], min(out[-1][3], span[3]))
            continue
        out.append(span)
    return out


def _join_across_a_dash(spans: list, tokens, tags) -> list:
    """كوليندا غرابار - كيتاروفيتش: a person's name and the word after a lone dash that the
    model tags as its continuation (I-PERS, not a new B-) are one hyphenated name, unless
    that word is a first name (ماجد - بدر، عبد الله الوابل - سليمان: a list set off by
    dashes); a dash between two names the model opened apart keeps them two."""
    out: list = []
    for span in sorted(spans):
        if out and out[-1][2] == span[2] == "PERS" and span[0] == out[-1][1] + 1 and tokens[out[-1][1]].text in _DASHES \
                and tags[span[0]][0] == "I-PERS" and not _is_first_name(tokens[span[0]].key, strictly=True):
            out[-1] = (out[-1][0], span[1], span[2], min(out[-1][3], span[3]))
        else:
            out.append(span)
    return out


def _name_after_a_city(tokens, match: Match, matches: list[Match], bio) -> int:
    """Where a name the model read right after a city ends (باريس + سان جرمان، مانشستر +
    سيتي), or 0. A city's name takes no second name without a preposition (سان جرمان في
    باريس), so the two are one name: a club's or a newspaper's, not the city."""
    if not _is_minor_place(match) or match.prefix or match.last >= len(tokens):
        return 0
    after = tokens[match.last]
    if after.key.startswith("ال") or after.key[:1] in ("و", "ف") or not _ARABIC.search(after.text):
        return 0  # القاهرة الجديدة، باريس ولندن: an adjective or the next of a list
    if any(m.first == match.last or (isinstance(m.entry, Title) and match.first - 2 <= m.last <= match.first) for m in matches):
        return 0  # another place or organisation the lexicon knows; رئيس جامعة نيكوسيا بيريستيانيس: the title's holder
    return next((last for first, last, label, _ in bio if first == match.last and label != "PERS"), 0)


def _with_the_city_before(span, tokens, matches: list[Match]):
    """A model span of a name right after a city it did not include (باريس + سان جرمان):
    the whole is one organisation's name (see ``_name_after_a_city``)."""
    first, last, label, confidence = span
    if label == "PERS":
        return span
    city = next((m for m in matches if m.last == first and _name_after_a_city(tokens, m, matches, [span]) == last), None)
    return (city.first, last, "ORG", confidence) if city is not None else span


def _not_the_article(token) -> bool:
    """ألقاها، إلكترونية: an everyday word that opens with a hamza on its alef only looks
    definite once hamzas are folded; the article is written with a bare alef (ال). A rare
    word so spelt is a foreign name (أليطاليا، ألسوب), and آل opens a family's name (كلية آل
    مكتوم): both may go on a name."""
    text = strip_diacritics(token.text)
    return text[:1] in "أإآ" and bare_key(text) != _FAMILY and word_zipf(text) >= _ORDINARY_ZIPF


def _plural_after_an_adjective(tokens, j: int) -> bool:
    """مطار الملك فهد الدولي + التوجيهات: a definite sound feminine plural (ـات) after the
    name's definite nisba adjective agrees with no singular institution noun, so it is no
    further adjective of the name but the next phrase (a verb's object); a genitive right
    after the head (هيئة الاتصالات) or after ل (للصناعات) is not read here."""
    before = tokens[j - 1].key
    return tokens[j].key.endswith("ات") and before.startswith("ال") and before.endswith(_NISBA_ENDINGS) and len(before) > 4


_SOUND_PLURALS = ("ين", "ون", "ات")
_IN = match_key("في")


def _same_sound_plural(noun: str, word: str) -> bool:
    """للمقيمين المعتمدين: two words in the same sound plural ending, a noun and its adjective."""
    return len(word) > 6 and any(noun.endswith(ending) and word.endswith(ending) for ending in _SOUND_PLURALS)


def _agreeing_adjective(head, word) -> bool:
    """شركة ناشئة، مؤسسة عملاقة: after a feminine noun, an indefinite word in ة that is
    an ordinary Arabic word is its adjective ("a young company"), not a name."""
    return head.key.endswith("ه") and word.key.endswith("ه") and not word.key.startswith("ال") and word_zipf(word.text) >= _RARE_ZIPF


def _adjective_pattern(token) -> bool:
    """عامرة، ثالثة، مجاورة، مزدحمة: a feminine word in a pattern of participles, فاعلة or one
    of the participles in م (مفعولة، مفتعلة). Not فعيلة: diminutives name towns in it (عنيزة),
    and not سترة, a noun in فعلة."""
    text = strip_diacritics(token.text).replace("أ", "ا").replace("إ", "ا")
    if not text.endswith("ة"):
        return False
    stem = text[:-1]
    return (len(stem) == 4 and stem[1] == "ا") or (stem[0] == "م" and len(stem) >= 4)


def _masculine_after_feminines(tokens, first: int, at: int) -> bool:
    """After a definite word only adjectives continue a name, and an adjective agrees in
    gender with a noun of the name: when every word from ``first`` ends in ة or is a sound
    feminine plural, whose adjective is feminine too (أمانة العاصمة المقدسة، المديرية العامة
    للجوازات), a masculine singular word (الإنجاز، الأمني، الإلكتروني of the site the
    directorate has) cannot be its adjective. A word of another ending in the name lets any
    gender follow (مؤسسة التمويل الدولية، مجلس الأمة الكويتي، ميناء جدة الإسلامي، الشؤون
    الإسلامية)."""
    if not all(_takes_a_feminine_adjective(strip_diacritics(tokens[k].text)) for k in range(first, at)):
        return False
    return not strip_diacritics(tokens[at].text).endswith(_NOT_MASCULINE_SINGULAR_ENDINGS)


def _takes_a_feminine_adjective(text: str) -> bool:
    """العاصمة، للجوازات: a word in ة, or in ات and long enough to be a sound feminine plural
    (not الذات، النبات)."""
    return text.endswith(_FEMININE_NOUN_ENDING) or (text.endswith("ات") and len(text) > 6)


def _names_a_site(key: str, glued: str) -> bool:
    """ميناء الملك عبدالعزيز، مطار عدن: a port's or an airport's name (a site noun of
    kg/data/place_words.tsv heads it) names a place, though it is read like an institution's."""
    return place_words().get(key[len(glued):]) == "site"


def _describes_the_quoted_name(tokens, first: int, last: int, organisations: set[int]) -> bool:
    """A definite institution noun and only its definite adjectives of relation (المنظمة
    الدولية، الحركة الإسلامية), itself unquoted, right before an organisation's name in
    quotation marks (``organisations``: where one opens): the phrase says what kind of body
    the quoted name is, it names none itself (المنظمة الدولية «أطباء بلا حدود»; not وقعت
    الوكالة الدولية «خارطة عمل», a quoted object)."""
    reading = _head_reading(tokens[first].key)
    return (reading is not None and reading[1] and last > first + 1 and last + 1 < len(tokens) and tokens[last].text in _OPENING_QUOTES
            and (first == 0 or tokens[first - 1].text not in _OPENING_QUOTES) and last + 1 in organisations
            and all(tokens[j].key.startswith("ال") and tokens[j].key.endswith(_NISBA_ENDINGS) for j in range(first + 1, last)))


def _institution_label(key: str, glued: str) -> str:
    """LOC for a port's or an airport's name (_names_a_site), ORG for any other institution's,
    whichever path found the name: one port, one node."""
    return LOC if _names_a_site(key, glued) else ORG


def _institutions_plural(stem: str) -> bool:
    """الشركات، المؤسسات، الهيئات: the sound plural of an institution noun."""
    return stem.endswith("ات") and stem[:-2] + "ه" in org_heads()


def _lam_complement(tokens, j: int) -> bool:
    """للتخصصات، لرعاية الشباب: ل on a definite noun, or on an indefinite one with its definite
    genitive, the complement that names an institution's field. A word coordinated with the
    name (و + the article) that has one of its own after it is the next institution, not the
    first one's field (والرئاسة العامة لرعاية الشباب). Not ل on a person's title or rank
    (لجنة التطوير الإداري والمالي + للمهندس "to the engineer", ... المملوكة لوزير الصحة), nor ل of purpose before an
    indefinite word (هيئة التحقيق والادعاء العام + لاستكمال إجراءات)."""
    key = tokens[j].key
    noun = "ا" + key[1:] if key.startswith("لل") else key[1:]
    if noun in _title_words() or actor_words().get(noun):
        return False  # للمهندس، لوزير الصحة: "to the engineer", "of the minister"
    if key.startswith("لل"):
        return len(key) > 4
    return j + 1 < len(tokens) and tokens[j + 1].key.startswith("ال") and _glued_on_a_noun(tokens[j], "ل")


def _glued_on_a_noun(token, letter: str) -> bool:
    """لتحلية، ومطاحن: ``letter`` glued on an indefinite word that is commoner without it
    (not لجنة, itself a word; not a name; not a demonstrative, لهذا القرار "for this
    decision", which points at a thing and names no field)."""
    key, text = token.key, strip_diacritics(token.text)
    if not key.startswith(letter) or key.startswith(letter + "ال") or len(key) < 3 or _is_first_name(key):
        return False
    if state_reference_contexts().get(key[1:]) == "demonstrative":
        return False
    return word_zipf(text[1:]) > word_zipf(text)  # لطب الأسرة: a two-letter noun too


def _adverb_of_a_nationality(key: str) -> bool:
    """إيرانيا، أمريكيا: a nationality adjective in the adverbial accusative (ـيًا, "in the
    Iranian way"), no place. A country spelt so (سوريا، ماليزيا) is the lexicon's own word.

    >>> _adverb_of_a_nationality("ايرانيا"), _adverb_of_a_nationality("سوريا")
    (True, False)
    """
    if not key.endswith("يا") or key.startswith("ال") or token_gazetteer().get(bare_key(key)):
        return False
    return "DEMONYM" in token_gazetteer().get(bare_key(key[:-1]), ()) and not gazetteer().match([key])


def _indefinite_nisba(token) -> bool:
    """خيرية، تدريبي: an indefinite adjective of relation, an everyday noun with ي or ية
    (خير، تدريب), and no name (سوني، كارنيغي end so on no such noun)."""
    text = strip_diacritics(token.text)
    if token.key.startswith("ال") or _is_first_name(token.key, strictly=True):
        return False
    stem = text[:-2] if text.endswith(("ية", "يه")) else text[:-1] if text.endswith("ي") else ""
    return len(stem) >= 3 and word_zipf(stem) >= _EVERYDAY_ZIPF


# Endings (after match_key) of a nisba adjective: الصحية، التقني، الإسلاميين.
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")


def _kunya_before_a_nisba(tokens, match: Match, matches: list[Match], bio) -> str | None:
    """أبو مسلم التركماني، وأبو قسورة التونسي: a definite nationality adjective right after
    "father of" and one name word closes a nom de guerre (كنية + نسبة), which the model did not
    tag; the letter glued on أبو (و، ف) is returned, None when the words read otherwise."""
    first = match.first - 2
    if match.prefix or match.last - match.first != 1 or first < 0 or not tokens[match.first].key.startswith("ال"):
        return None
    if any(s[0] < match.last and first < s[1] for s in bio) or any(m.first < match.first and first < m.last for m in matches if m is not match):
        return None  # the model read these words, or the lexicon knows them (أبو ظبي)
    name = tokens[first + 1]
    if not name.text.isalpha() or name.key in _FUNCTION_WORDS or _is_nisba_or_title(name.key):
        return None
    return next((prefix for prefix, stem in clitic_splits(tokens[first].key) if stem in _KUNYA and prefix in ("", "و", "ف")), None)


def _names_the_head(match: Match, head_key: str) -> bool:
    """The lexicon organisation inside an institution's name is the institution itself:
    its canonical name begins with the same noun (الخارجية الأمريكية -> وزارة الخارجية ...)."""
    first = bare_key(match.entry.canonical).split(" ")[0]
    return any(bare_key(stem) == first for _, stem in clitic_splits(head_key))


def _is_national_head(key: str) -> bool:
    heads = national_org_heads() | service_org_heads()
    return any(stem in heads for _, stem in clitic_splits(key))


def _is_service_head(key: str) -> bool:
    heads = service_org_heads()
    return any(stem in heads for _, stem in clitic_splits(key))


def _district_named(tokens, i: int, named: set[int]) -> bool:
    """مديرية المسيمير، بمديرية يريم: a noun that heads both a place's and an institution's name
    (in kg/data/place_heads.tsv and org_heads.tsv), without the article, before a rare word the
    model reads as no organisation: a directorate is named by its field, an everyday word
    (مديرية الجوازات، مديرية التوثيق), a district by a proper name."""
    if i + 1 >= len(tokens) or _place_head_reading(tokens[i].key) is None or i + 1 in named:
        return False
    word = tokens[i + 1]
    return _ARABIC.search(word.text) is not None and word_zipf(word.text) < _RARE_ZIPF and not _is_first_name(word.key, strictly=True)


def _national_body(tokens, j: int, at: dict[int, Match]) -> bool:
    """البريد السعودي، الحرس الوطني at ``j``: a national body's noun with the article and its
    country's or office's adjective, a whole name that may be another institution's field."""
    if not (tokens[j].key.startswith("ال") and _is_national_head(tokens[j].key)) or j + 1 >= len(tokens):
        return False
    country = at.get(j + 1)
    return _office_named(tokens, j) or (country is not None and _is_demonym(country) and tokens[j + 1].key.startswith("ال"))


def _office_named(tokens, i: int) -> bool:
    """الديوان الملكي، الحرس الوطني، الشرطة الاتحادية: the definite noun of a body every state
    has (org_heads.tsv 'national') and, right after it, an adjective of the state's office
    (kg/data/office_adjectives.tsv) agreeing with it name one body of a state, as its country's
    adjective would. Not after another institution's noun, whose name may go on past the
    adjective (الاتحاد الوطني الكردستاني، الحزب الوطني الاسكوتلندي) or which heads ordinary
    phrases (الحركة الوطنية "the national movement"), nor the forces of a branch (القوات الملكية)."""
    if i + 1 >= len(tokens):
        return False
    head, word = tokens[i], tokens[i + 1]
    reading = _head_reading(head.key)
    if reading is None or not reading[1] or not _is_national_head(head.key) or _is_service_head(head.key):
        return False
    if word.key not in office_adjectives():
        return False
    return head.key.endswith("ه") == word.key.endswith("ه")


def _needs_a_name(key: str) -> bool:
    heads = org_heads_needing_a_name()
    return any(stem in heads for _, stem in clitic_splits(key))


@memo(200_000)
def _thing_reading(key: str) -> tuple[str, bool, str] | None:
    """(glued conjunction or preposition, definite, named_by) when the word is a noun that
    heads the name of an agreement or programme: باتفاق -> ('ب', False, 'place')."""
    heads = thing_heads()
    for prefix, stem in clitic_splits(key):
        if heads.get(stem) in ("place", "quoted", "any", "title", "competition"):
            definite = prefix.endswith("ال") or prefix.endswith("لل")
            glued = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
            if glued in ("", "و", "ف", "ب", "ل", "وب", "ول"):
                return glued, definite, heads[stem]
    return None


def _named_things(sentence: Sentence, matches: list[Match]) -> list[tuple[int, int, str]]:
    """(first, last, glued) of agreements, declarations and programmes named by their noun.

    Such a noun is a name's head only where grammar closes the phrase on a name: a city where
    the agreement was made (اتفاق فيينا، إعلان القاهرة) when no complement of a verbal noun
    follows (اتفاق موسكو وكييف على ..., إعلان القاهرة حالة الطوارئ: "Cairo declaring"); a
    definite agreement noun with the adjective of its field (الاتفاق النووي, with its country's
    adjective: الاتفاق النووي الإيراني); a title in quotation marks right after a noun that
    is no verbal noun (برنامج «إنجاز السعودية», not إعلان «الخلافة») or opening with it,
    indefinite, and two more words ("مبادرة رسل السلام العالمي", not "مشروع القانون"); a
    title that is a known organisation or place is that one (مشروع «داعش»). The noun alone
    (الاتفاق) and a generic phrase (اتفاق التعاون، برنامج عمل) are no names.
    """
    # only an opening quotation mark or an agreement's noun can open one: found per word type in C
    tokens = sentence.tokens
    readings = list(map(_thing_reading, sentence.keys))
    quotes = list(map(_OPENING_QUOTES.__contains__, sentence.texts))
    starts = sorted({*compress(count(), readings), *compress(count(), quotes)})
    if not starts:
        return []
    places = {m.first: m for m in matches if isinstance(m.entry, Place) and m.entry.kind in ("city", "capital") and not m.prefix}
    demonyms = {m.first: m for m in matches if _is_demonym(m) and not m.prefix}
    fields = _field_words()
    named = {m.last - 1 for m in matches if isinstance(m.entry, (Place, Org))}
    known = {(m.first, m.last) for m in matches if isinstance(m.entry, (Place, Org))}
    spans = []
    n = len(tokens)
    for i in starts:
        token = tokens[i]
        if token.text in _OPENING_QUOTES and i + 1 < n:
            end = next((j for j in range(i + 2, min(n, i + 8)) if (token.text, tokens[j].text) in _QUOTES), None)
            if end and _quoted_title(tokens, i + 1, end, named) and (i + 1, end) not in known:
                reading = _thing_reading(tokens[i + 1].key)
                before = _thing_reading(tokens[i - 1].key) if i else None
                if (reading is not None and reading[2] != "place" and not reading[1] and end - i > 3) or (
                    before is not None and before[2] != "place"
                ):
                    spans.append((i + 1, end, ""))  # "مبادرة رسل السلام العالمي"، برنامج «إنجاز السعودية»
            continue
        reading = readings[i]
        if reading is None or i + 1 >= n:
            continue
        glued, definite, named_by = reading
        if named_by in ("quoted", "title", "competition"):
            continue  # a competition's name: _competitions
        place = places.get(i + 1)
        if not definite and place is not None and not _complement_follows(tokens, place.last):
            spans.append((i, place.last, glued))
        elif definite and tokens[i + 1].key in fields:
            end = i + 2
            if end in demonyms and demonyms[end].last - end == 1 and tokens[end].key.startswith("ال") and not (
                end + 1 < n and tokens[end + 1].text in _DASHES
            ):
                end += 1  # not the first of a pair: الاتفاق النووي الأميركي - الإيراني
            spans.append((i, end, glued))
    return spans


def _competitions(sentence: Sentence, matches: list[Match], model_spans) -> list[tuple[int, int, str]]:
    """(first, last, glued) of competitions named after the place whose teams play them: an
    indefinite competition noun (kg/data/thing_heads.tsv, 'competition') governing a chain of
    at most two indefinite words that closes on a place (كأس آسيا، كأس أمم آسيا، دورة
    الخليج، بطولة كوبا أمريكا). The place names the cup, not itself; a definite noun (الدورة
    الخليجية), a title or an institution's noun in the chain (كأس أمير منطقة الرياض: the emir's
    region; بطولة أمانة منطقة الرياض: the municipality's), a preposition
    (دورة تدريبية في الرياض), a person's name (وزير خارجية كوبا برونو رودريغيز واشنطن) or a
    name the model read over the noun leaves the place alone."""
    readings = list(map(_competition_reading, sentence.keys))
    heads = list(compress(count(), readings))  # found per word type in C: most sentences have none
    if not heads:
        return []
    tokens = sentence.tokens
    places = {m.first: m for m in matches if isinstance(m.entry, Place) and not m.prefix}
    matched = {i for m in matches for i in range(m.first, m.last)}
    modelled = {i for first, last, label, _ in model_spans if label != "PERS" for i in range(first, last)}
    persons = {i for first, last, label, _ in model_spans if label == "PERS" for i in range(first, last)}
    spans = []
    for i in heads:
        reading = readings[i]
        if i in modelled and i not in places:
            continue  # (كوبا أمريكا: the model's Cuba over a noun spelt like it is no name read over the noun)
        if i in places and places[i].last not in places:
            continue  # a noun spelt like a place (كوبا) is the cup's only right before the place: وزير خارجية كوبا برونو ...
        j, end = i + 1, 0
        while j < len(tokens) and j - i <= 3:
            if j in places:
                j = end = places[j].last
                continue
            key = tokens[j].key
            if end or j in matched or j in persons or key.startswith("ال") or not _ARABIC.search(tokens[j].text) or key in _FUNCTION_WORDS \
                    or bare_key(tokens[j].text) in _NAME_STOPS or key.startswith("لل") or _head_reading(key) is not None:
                break  # the name closed on its place, or no indefinite word of the chain follows (بطولة أمانة منطقة الرياض: the body's place)
            j += 1
        if end:
            spans.append((i, end, reading[0]))
    return spans


@memo(200_000)
def _competition_reading(key: str) -> tuple[str, bool, str] | None:
    """``_thing_reading`` of an indefinite competition noun (كأس، بطولة), else None."""
    reading = _thing_reading(key)
    return reading if reading is not None and reading[2] == "competition" and not reading[1] else None


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """The adjectives of an agreement's field (النووي), built once."""
    return frozenset(k for k, v in thing_heads().items() if v == "field")


def _quoted_title(tokens, first: int, last: int, named: set[int]) -> bool:
    """Words in quotation marks that read as a title, not quoted speech or a phrase: a few
    words of Arabic with no preposition or particle inside, closed as a name is, by a
    definite word, a place's or organisation's name (``named``: the last words of the
    lexicon's matches) or a coined word (رسل السلام، العاصمة الجديدة لمصر، ذوقيات; not
    "اتفاق طموح" "an ambitious deal", nor برنامج "موهبة" where an everyday word may name
    the body that runs it)."""
    closing = tokens[last - 1]
    if not (closing.key.startswith("ال") or last - 1 in named or word_zipf(closing.text) < _ORDINARY_ZIPF):
        return False
    return all(
        _ARABIC.search(tokens[j].text) and tokens[j].key not in _FUNCTION_WORDS and bare_key(tokens[j].text) not in _NAME_STOPS
        for j in range(first, last)
    )


def _complement_follows(tokens, j: int) -> bool:
    """After اتفاق/إعلان + a city, a preposition, أن, a word glued to و or a definite
    noun shows a verbal noun with its complement (اتفاق القاهرة مع ...، إعلان الرياض
    الحرب), not a name; a nisba adjective (اتفاق فيينا النووي) or anything else closes it."""
    if j >= len(tokens):
        return False
    key = tokens[j].key
    if key in _RELATIVES:
        return False  # اتفاق فيينا الذي ...
    if key in _FUNCTION_WORDS or bare_key(tokens[j].text) in _THAT or key[:1] in ("و", "ف") and len(key) > 2:
        return True
    return key.startswith("ال") and not key.endswith(_NISBA_ENDINGS)


def _has_arabic(tokens, first: int, last: int) -> bool:
    """The Arabic model's spans over Latin-only text (an English tweet) are noise."""
    return any(_ARABIC.search(tokens[i].text) for i in range(first, last))


def _propagate_names(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Tag the other occurrences of a person's name that tagging found once in the document.

    A name is propagated by its full form (a one-word name only when it is no everyday
    word) and by its surname (last word, at least three letters, not a common word); a token carrying the article never takes a name written
    without it (الرئيسي is "the main", not رئيسي). Conjunctions and prepositions glued
    to the token are allowed (وأردوغان).
    """
    common = common_words()
    names: set[tuple[str, ...]] = set()
    with_article: set[str] = set()  # surnames written with the article (عادل الجبير): الجبير alone is him
    titles = _title_keys()
    for m in mentions:
        if m.label == PERSON and m.source != "propagated":
            words = tuple(m.key.split(" "))
            if len(words) > 1 or (len(words[0]) >= 3 and not is_everyday_word(m.text)):
                names.add(words)  # a one-word name that is an everyday word (لي، صبرا) is not spread
            if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in common:
                names.add(words[-1:])
                written = match_key(m.text).split(" ")
                if written[-1].startswith("ال") and written[-1] not in titles and _is_first_name(written[0], strictly=True) \
                        and word_zipf(written[-1]) < _TOO_COMMON_FOR_A_SURNAME_ZIPF:
                    # not الشيخ of صالح آل الشيخ (every sheikh is titled so), nor الأرمن of a
                    # phrase the model read as a name: only a name that opens with a first name
                    with_article.add(words[-1])
    if not names:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=lambda w: (-len(w), w)):
        by_first.setdefault(words[0], []).append(words)
    covered = _covered_tokens(mentions)
    out = []
    # Only a token with a reading among the names' first words (or the surnames written with
    # the article) can start one: its key is one of their few spellings, looked up in C, so
    # most tokens never reach _name_starting_at.
    name_starts = _spellings(by_first.keys(), _name_stems)
    surname_keys = _spellings(with_article, _surname_stems, "ال")
    for sentence in doc.sentences:
        tokens = sentence.tokens
        i = 0
        starts = compress(count(), map(name_starts.__contains__, sentence.keys))
        surnames: set[int] = set()
        if with_article:
            surnames = set(compress(count(), map(surname_keys.__contains__, sentence.keys)))
            starts = sorted(surnames.union(starts))
        for j in starts:
            if j < i or (sentence.index, j) in covered:
                continue
            hit = _name_starting_at(tokens, j, by_first, covered, sentence.index, common)
            if hit is None and j in surnames and tokens[j].key not in common:
                hit = next(prefix for prefix, stem in _surname_readings(tokens[j].key) if stem in with_article), 1
            if hit is None:
                continue
            if _after_a_site_noun(tokens, j) or (j > 0 and tokens[j - 1].key in titles and _after_a_site_noun(tokens, j - 1)) or _after_an_epithet(tokens, j):
                i = j + hit[1]
                continue  # مسجد الحسين بن علي، حديقة الأمير عبدالعزيز: the mosque or the park, not the man named elsewhere
            if j > 1 and bare_key(tokens[j - 1].text) in _NASAB and _is_first_name(tokens[j - 2].key, strictly=True):
                continue  # نواف بن سالم: the father in another man's lineage, not فهد بن سالم (وقال بن لادن is him)
            i = j
            prefix, size = hit
            if size == 1 and (glued := _firm_head_before(tokens, j)) is not None:
                # مجموعة الجريسي، شركة الراجحي: a family's name alone after a firm's noun names the firm, not the man
                start = tokens[j - 1].start + _prefix_chars(tokens[j - 1].text, glued)
                text = doc.text[start : tokens[j].end]
                out.append(Mention(doc.id, sentence.index, start, tokens[j].end, text, ORG, name_key(text), 0.7, "institution", j - 1, j + 1))
                i += 1
                continue
            start = tokens[i].start + _prefix_chars(tokens[i].text, prefix)
            end = tokens[i + size - 1].end
            text = doc.text[start:end]
            out.append(Mention(doc.id, sentence.index, start, end, text, PERSON, name_key(text), 0.7, "propagated", i, i + size))
            i += size
    return out


def _firm_head_before(tokens, j: int) -> str | None:
    """The conjunction or preposition glued on the indefinite institution noun before a family
    name written with the article (مجموعة الجريسي، ومؤسسة الحريري), when it is a body anyone may
    found (org_heads.tsv 'any' or 'proper'): no state's or nation's body (حكومة، مجلس) is named
    after a family."""
    if j == 0 or not _carries_the_article(tokens[j].key):
        return None
    key = tokens[j - 1].key
    reading = _head_reading(key)
    if reading is None or reading[1] or _is_national_head(key) or _is_state_head(key):
        return None
    return reading[0]


def _without_people_spelt_as_places(mentions: list[Mention]) -> list[Mention]:
    """A place matched only through the other spelling of its letters (دوجلاس for Douglas,
    kg/data/letter_variants.tsv) is weaker evidence than a person of the article who bears
    the word (روبرت دوجلاس): left out, the word is his name again (``_propagate_names``)."""
    spellings = other_spellings()
    people = {word for m in mentions if m.label == PERSON for word in m.key.split(" ")}
    return [m for m in mentions if not (m.source == "gazetteer" and m.key in spellings and m.key in people)]


def _without_places_inside_people(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A one-word place, nationality or thing whose words around it spell a person's full name
    read after a title elsewhere in the article (تركي الفيصل in a headline, after الأمير تركي
    الفيصل in the text) is that name's word, not the place (Turkey): left out, the name is
    propagated there (``_propagate_names``). A name the model alone read (a club, مانشستر
    سيتي) does not overrule the lexicon."""
    after_titles = {(m.sentence, m.last_token) for m in mentions if m.label == TITLE}
    names = {tuple(m.key.split(" ")) for m in mentions if m.label == PERSON and " " in m.key
             and (m.source == "title-cue" or (m.sentence, m.first_token) in after_titles)}
    if not names:
        return mentions
    keys_of: dict[int, list[str]] = {}  # sentence -> its tokens' bare keys, built once

    def keys(sentence: int) -> list[str]:
        if sentence not in keys_of:
            keys_of[sentence] = list(map(bare_key, doc.sentences[sentence].texts))
        return keys_of[sentence]

    return [m for m in mentions if not (m.label in _NOT_PERSON_LABELS and m.last_token - m.first_token == 1
                                        and _inside_a_name(keys(m.sentence), m.first_token, names))]


def _without_verbs_spelt_as_places(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A short place's name that is also an everyday word, opening a clause with a word
    glued to ب after it, is a verb and its complement (أو قم بفرك "or rub": the imperative
    of قام ب, not Qom) when the article names that place nowhere else: a place opening a
    clause is its subject, which a ب phrase seldom follows, and an article about it names
    it again."""
    named = Counter(m.canonical for m in mentions if m.canonical)
    return [m for m in mentions if not (
        m.source == "gazetteer" and m.label in (GPE, LOC) and m.last_token - m.first_token == 1 and named[m.canonical] == 1
        and len(m.key) <= _SHORT_NAME_LETTERS and is_everyday_word(m.text)
        and _opens_a_clause_before_bi(doc.sentences[m.sentence].tokens, m.first_token))]


def _opens_a_clause_before_bi(tokens, index: int) -> bool:
    """The token at ``index`` opens the sentence or follows a punctuation mark or a
    conjunction (أو، ثم), and the next is a word with ب glued on it (بفرك)."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    opens = before is None or not before.key.isalpha() or before.key in _CLAUSE_CONJUNCTIONS
    return opens and after is not None and after.key.startswith("ب") and len(after.key) > _SHORT_NAME_LETTERS


def _inside_a_name(keys: list[str], index: int, names: set[tuple[str, ...]]) -> bool:
    """The word at ``index`` (``keys``: a sentence's bare keys) is a word of one of ``names``
    (tuples of bare keys), the words around it spelling the rest of that name."""
    for name in names:
        for k, word in enumerate(name):
            start = index - k
            if word == keys[index] and start >= 0 and tuple(keys[start : start + len(name)]) == name:
                return True
    return False


def _surnames_spelt_as_places(doc: Document, mentions: list[Mention]) -> None:
    """ماوريسيو سوريا (Mauricio Soria): a one-word place right after a one-word name the
    model read, with nothing between, is that name's last word when the article writes the
    pair at least twice and the first word never without the place after it; a verb's
    subject and object (زار أوباما سوريا) do not keep so to each other. The place's mention
    is dropped, and a person's mention takes the word."""
    ordered = sorted((m for m in mentions if m.label != TITLE), key=lambda m: (m.sentence, m.first_token))
    pairs = [(person, place) for person, place in zip(ordered, ordered[1:]) if _a_name_then_a_place(person, place)]
    if not pairs:
        return
    words = {person.key for person, _ in pairs}
    followers: dict[str, list[str]] = defaultdict(list)  # a pair's first word -> every word written after it
    for sentence in doc.sentences:
        keys = list(map(bare_key, sentence.texts))
        for i, key in enumerate(keys):
            if key in words:
                followers[key].append(keys[i + 1] if i + 1 < len(keys) else "")
    for person, place in pairs:
        word, surname = person.key, place.key
        followed = followers[word]
        if len(followed) >= _PAIRS_OF_A_FULL_NAME and all(after == surname for after in followed):
            if person.label == PERSON:
                person.end, person.last_token = place.end, place.last_token
                person.text = doc.text[person.start : person.end]
                person.key = name_key(person.text)
            place.label = ""
    mentions[:] = [m for m in mentions if m.label]


def _nisba_family_names(doc: Document, mentions: list[Mention]) -> None:
    """هلال سوداني: a person's name the model read, ending in a nationality adjective without
    the article, has it as his family name; written bare elsewhere in the article (خدمات
    سوداني، أن سوداني يود) it is that person, not the country, unless a noun it can qualify
    comes before it: an indefinite masculine noun (لاعب سوداني), which a masculine adjective
    without the article agrees with. The nationality's mention becomes a person's."""
    surnames = {
        m.text.split(" ")[-1] for m in mentions
        if m.label == PERSON and m.source == "model" and " " in m.text and not match_key(m.text.split(" ")[-1]).startswith("ال")
    }
    for m in mentions:
        if m.source != "demonym" or m.text not in surnames or m.last_token - m.first_token != 1:
            continue
        tokens = doc.sentences[m.sentence].tokens
        if m.start != tokens[m.first_token].start or not _qualifies_no_noun_before(tokens, m.first_token):
            continue
        m.label, m.source, m.key = PERSON, "propagated", name_key(m.text)
        m.canonical = m.label_en = m.iso = ""


def _qualifies_no_noun_before(tokens, i: int) -> bool:
    """The word before ``i`` is none a masculine adjective without the article can agree
    with: no word, a mark, a particle or preposition (أن، في), a word with the article, or
    a feminine one (خدمات، شركة)."""
    if i == 0 or not tokens[i - 1].key.isalpha():
        return True
    before = tokens[i - 1].key
    return before in _PRONOUN_HOSTS or before in _THAT or _carries_the_article(before) or before.endswith(("ه", "ات"))


def _a_name_then_a_place(person: Mention, place: Mention) -> bool:
    """A one-word mention the model read (a person's, or a word it took for a place:
    ماوريسيو) and, right after it in the same sentence with nothing between, a one-word
    lexicon place written bare (no glued letter)."""
    return person.source == "model" and person.label in (PERSON, LOC) and " " not in person.key and place.label in (GPE, LOC) and place.source == "gazetteer" \
        and " " not in place.key and place.sentence == person.sentence and place.first_token == person.last_token \
        and place.text == place.key and place.last_token - place.first_token == 1


def _with_known_surnames(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """صالح + الصانع: a surname the article gives another of its people, found right after a
    name that ends with a first name, is that name's family name (the model stopped
    before it because the word is also an ordinary one); the two are one mention."""
    surnames = {
        (m.sentence, m.first_token): m for m in mentions
        if m.source == "propagated" and m.last_token - m.first_token == 1 and m.start == doc.sentences[m.sentence].tokens[m.first_token].start
    }
    if not surnames:
        return mentions
    joined: set[int] = set()
    for m in mentions:
        surname = surnames.get((m.sentence, m.last_token))
        if m.label != PERSON or surname is None or id(surname) in joined:
            continue
        tokens = doc.sentences[m.sentence].tokens
        if not _is_first_name(tokens[m.last_token - 1].key, strictly=True):
            continue  # أوباما + بوتين: two people; only a first name asks for its family name
        if _preposition_on_a_word(tokens[surname.first_token], common_words()):
            continue  # يوسف + بهدوء "calmly": a preposition on an ordinary word goes on with the sentence
        m.end, m.last_token = surname.end, surname.last_token
        m.text = doc.text[m.start : m.end]
        m.key = name_key(m.text)
        joined.add(id(surname))
    return [m for m in mentions if id(m) not in joined]


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """The matching keys of every title's form (الشيخ), built once."""
    return frozenset(match_key(form) for form in titles_by_form())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The matching keys of every word of a title's forms (رئيس، وزير، مدير)."""
    return frozenset(word for form in _title_keys() for word in form.split())


def _end_title_cues_at_known_names(doc: Document, mentions: list[Mention]) -> None:
    """الرئيس أوباما قابل أعضاء الكونغرس: a name read after a title whose first word the
    model tagged alone as a person elsewhere in the article, and whose other words it never
    put in any name there, is that one word; the rest is the sentence going on."""
    people = [m for m in mentions if m.label == PERSON and m.source == "model"]
    alone = {m.key for m in people if " " not in m.key}
    in_names = {word for m in people for word in m.key.split(" ")}
    for m in mentions:
        words = m.key.split(" ")
        if m.source != "title-cue" or len(words) < 2 or words[0] not in alone or any(w in in_names for w in words[1:]):
            continue
        tokens = doc.sentences[m.sentence].tokens
        m.last_token = m.first_token + 1
        m.end = tokens[m.first_token].end
        m.text = doc.text[m.start : m.end]
        m.key = name_key(m.text)


def _surnames_after_titles(mentions: list[Mention]) -> None:
    """اللواء التركي after اللواء منصور التركي: a nationality adjective right after a title,
    with no name after it, that is the family name of a person the article names in full
    after the same title is that person, not the country (a Turkish general would have his
    name follow; الرئيس التركي stays Turkey beside an unrelated أحمد التركي)."""
    titles = {(m.sentence, m.last_token): m.key for m in mentions if m.label == TITLE}
    known = {
        (titles[(m.sentence, m.first_token)], m.key.split(" ")[-1]) for m in mentions
        if m.label == PERSON and m.source != "propagated" and " " in m.key and (m.sentence, m.first_token) in titles
    }
    if not known:
        return
    name_starts = {(m.sentence, m.first_token) for m in mentions if m.label == PERSON}
    for m in mentions:
        title = titles.get((m.sentence, m.first_token))
        if m.source == "demonym" and (title, m.key) in known and (m.sentence, m.last_token) not in name_starts:
            m.label, m.source, m.canonical, m.label_en, m.iso = PERSON, "propagated", "", "", ""


@memo(200_000)
def _surname_readings(key: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, surname without its article) for a token that may be a surname written
    with the article, behind at most a glued و ف ب ل ك: وقال الجبير -> ("", "جبير")."""
    return tuple(
        (prefix, stem[2:]) for prefix, stem in clitic_splits(key)
        if (not prefix or prefix in _NAME_PROCLITICS) and stem.startswith("ال")
    )


def _spellings(stems: Collection[str], stems_of: Callable[[str], tuple[str, ...]], article: str = "") -> frozenset[str]:
    """The token keys among whose readings (``stems_of``) is one of ``stems``: a reading's
    key is its stem behind at most one glued و ف ب ل ك (and ``article``), so those spellings,
    checked with ``stems_of``, are all of them."""
    wanted = frozenset(stems)
    return frozenset(
        key for stem in wanted for prefix in ("", *_NAME_PROCLITICS)
        if not wanted.isdisjoint(stems_of(key := prefix + article + stem))
    )


@memo(200_000)
def _surname_stems(key: str) -> tuple[str, ...]:
    """The surnames of ``_surname_readings(key)`` (a tuple: a small one weighs a fifth of a frozenset)."""
    return tuple(stem for _, stem in _surname_readings(key))


def _name_starting_at(tokens, i: int, by_first, covered, sentence: int, common) -> tuple[str, int] | None:
    """(proclitic, length) of the longest known name that starts at token ``i``."""
    for prefix, stem in _name_readings(tokens[i].key):
        for words in by_first.get(stem, ()):
            size = len(words)
            if i + size > len(tokens) or (size == 1 and tokens[i].key in common):
                continue
            if any((sentence, j) in covered for j in range(i + 1, i + size)):
                continue
            if all(bare_key(tokens[i + k].key) == words[k] for k in range(1, size)):
                return prefix, size
    return None


@memo(200_000)
def _name_stems(key: str) -> tuple[str, ...]:
    """The stems of ``_name_readings(key)`` (a tuple: a small one weighs a fifth of a frozenset)."""
    return tuple(stem for _, stem in _name_readings(key))


@memo(200_000)
def _name_readings(key: str) -> tuple[tuple[str, str], ...]:
    """Readings of a token that could start a name: bare, or with one glued و ف ب ل ك."""
    return tuple(
        (prefix, stem) for prefix, stem in clitic_splits(key)
        if (not prefix or prefix in _NAME_PROCLITICS) and not stem.startswith("ال")
    )


@memo(200_000)
def _prefix_chars(token_text: str, prefix_key: str) -> int:
    """How many characters of the written token the (normalised) proclitic takes up.

    >>> _prefix_chars("وَأوزبكستان", "و")
    2
    """
    for i in range(len(token_text)):
        if match_key(token_text[: i + 1]) == prefix_key:
            end = i + 1
            while end < len(token_text) and not match_key(token_text[end]):
                end += 1  # diacritics and tatweel that belong to the proclitic
            return end
    return 0


def _fill_from_lexicon(mention: Mention, match: Match) -> None:
    entry = match.entry
    if isinstance(entry, Place):
        mention.canonical, mention.label_en = entry.canonical, entry.label_en
        mention.iso = entry.iso if entry.kind == "country" else ""
    elif isinstance(entry, Org):
        mention.canonical, mention.label_en = entry.canonical, entry.label_en
    elif isinstance(entry, Demonym):
        mention.canonical, mention.label_en, mention.iso = entry.canonical, entry.label_en, entry.iso
    elif isinstance(entry, Title):
        mention.canonical, mention.label_en = entry.form, entry.role_en


def _spelt_like_a_word(token_key: str, match: Match, common: frozenset[str]) -> bool:
    name = match_key(match.entry.name)
    bare = name[2:] if name.startswith("ال") else name
    return bool({token_key, name, bare, "ال" + bare} & common)


def _is_minor_place(match: Match) -> bool:
    """Cities and regions: the gazetteer entries most often spelt like ordinary words."""
    return isinstance(match.entry, Place) and match.entry.kind != "country"


def _is_demonym(match: Match) -> bool:
    return isinstance(match.entry, Demonym)


def _nisba_of_a_named_place(tokens, match: Match) -> bool:
    """A nationality adjective followed by the nisba of a name adjective that, after the
    country's name, names another place (أمريكا اللاتينية, kg/lexicon.named_place_nisbas):
    الأميركية اللاتينية، أمريكي لاتيني is that place's nisba, not the country's."""
    return match.last < len(tokens) and (match.entry.canonical, nisba_stem(tokens[match.last].key)) in named_place_nisbas()


def _described_by_its_country(head: str) -> bool:
    """An institution noun its country's adjective alone describes, and does not name: not a
    state's body, which its country names (السفارة السعودية), nor a channel or a paper (القناة
    السعودية, kg/data/actor_words.tsv media)."""
    return not _is_state_head(head) and not any(actor_words().get(stem) == "media" for _, stem in clitic_splits(head))


def _country_as_its_adjective(tokens, match: Match) -> bool:
    """السعودية after a definite noun (الشركة السعودية): a country whose name is its own
    definite nationality adjective, written as one word with no proclitic, is that adjective."""
    return match.last - match.first == 1 and not match.prefix \
        and (key := tokens[match.first].key).startswith("ال") and key.endswith("ه") \
        and "DEMONYM" in token_gazetteer().get(bare_key(key[:-1]), ())  # السعودي + ة


def _quarter_named_like_a_town(tokens, match: Match) -> tuple[int, str] | None:
    """Where the name of a quarter named after a town opens, and what is glued on its first
    word: the quarter noun right before the town's name (بحي الرصيفة: "ب"; not ضاحية
    شنغهاي, a suburb of it), or the everyday noun between them that the town's name is in
    construct with (حي باب طبرق: باب طبرق, the Tobruk Gate quarter); else None. Such a
    quarter is one of a city's, named with its noun (حي الرصيفة), not the town the lexicon
    knows (Russeifa in Jordan): a quarter is never a town, and towns lend their names to the
    quarters of other cities."""
    if not isinstance(match.entry, Place) or match.entry.kind != "city" or match.prefix or match.first == 0:
        return None
    kinds, heads = place_words(), place_heads()

    def quarter_noun(at: int) -> str | None:
        return next((prefix for prefix, stem in clitic_splits(tokens[at].key)
                     if "ال" not in prefix and kinds.get(stem) == "quarter" and stem in heads), None)

    if (glued := quarter_noun(match.first - 1)) is not None:
        return match.first - 1, glued
    if match.first > 1 and _governs_a_name_in_construct(tokens[match.first - 1]) and quarter_noun(match.first - 2) is not None:
        return match.first - 1, ""
    return None


def _governs_a_name_in_construct(token) -> bool:
    """An everyday word written with no article or tanween that is no place word or
    preposition (باب، سوق، شارع; not شرق، في): the first word of a name in construct."""
    key = token.key
    return (key.isalpha() and not key.startswith("ال") and not _TANWEEN.search(token.text) and key not in _FUNCTION_WORDS
            and key not in place_words() and is_everyday_word(strip_diacritics(token.text)))


def _lexicon_label(match: Match) -> str:
    entry = match.entry
    if isinstance(entry, Place):
        return entry.type
    if isinstance(entry, Org):
        return ORG
    return GPE  # a nationality adjective names its country


def _source(match: Match) -> str:
    return "demonym" if _is_demonym(match) else "gazetteer"


def _name_after_title(tokens, position: int, labels, common: frozenset[str], model_person=None, in_title=frozenset()) -> tuple[int, int] | None:
    """A name right after a title (and its country or organisation), which the model missed.

    Two words, or three when the third still ends before a stop (punctuation, another
    mention, a function word); no word may be a common word (ANERcorp's O-words).
    """
    i = position
    if i < len(tokens) and labels[i] == GPE and tokens[i].key.endswith(("ي", "يه")) and not _is_definite(tokens[i].key):
        return None  # دبلوماسي يمني حضرمي المولد: "a Yemeni diplomat" describes someone; no name follows
    while i < len(tokens) and (
        labels[i] in (GPE, ORG, LOC) or tokens[i].text in "،," or (i > position and _is_nisba(tokens[i].key))
        or (_is_definite(tokens[i].key) and (model_person is None or model_person[i] is None))
        or (i > position and tokens[i].key.startswith("ل") and _is_definite(tokens[i - 1].key) and not _is_first_name(tokens[i].key))
        or actor_words().get(tokens[i].key) == "rank"
        or (tokens[i].text == "." and i > position and actor_words().get(tokens[i - 1].key) == "rank")
        or (i + 1 < len(tokens) and actor_words().get(tokens[i].key) in ("host", "in") and labels[i + 1] in (GPE, LOC, ORG)
            and (i == position or labels[i - 1] in (GPE, ORG)))
    ):
        i += 1  # the title's country or organisation (جمهورية مصر العربية), its adjectives (المتقاعد، الدائم), commas
    if i < len(tokens) and labels[i] == PERSON:
        return None
    first = i
    if model_person is not None and first + 1 < len(tokens) and model_person[first] == model_person[first + 1] == PERSON:
        return None  # the model read a full name here: trust its boundaries
    if first < len(tokens) and (model_person is None or model_person[first] is None) and _present_tense_shape(tokens[first]):
        return None  # المدرب يسحب مني الدور، ولي العهد يتقبل بيعة منسوبي الوزارة: the title is the subject of a verb

    def is_name_word(j: int) -> bool:
        token = tokens[j]
        if model_person is not None and model_person[j] == PERSON and labels[j] is None:
            # the model's own (perhaps shorter) reading of the name, unless it opens there with
            # a glued preposition: خلفا لأحمدي نجاد "succeeding Ahmadinejad" is no one name
            return j == first or model_person[j - 1] == PERSON or not _glued_preposition(token)
        if j == first and _is_institution(token.key):
            return False  # رئيس مجلس الوزراء، رئيس الهيئة: an institution follows the title, not a name
        if j in in_title or bare_key(token.key) in not_entities() or _no_name_word(token.text):
            return False  # ولي العهد after سمو is another title; حفظهم الله is a blessing; وزير خارجيته
        if j == first and token.key[:1] in ("و", "ف") and not _is_first_name(token.key, strictly=True):
            return False  # a glued conjunction starts a new phrase, not a name (فيصل، وليد are names)
        if j == first and _preposition_before_a_word(token):
            return False  # المدير الفني لبايرن ميونيخ: the body the title is of, not its holder
        if j == first and _first_name_spelt_like_a_preposition(token):
            return True  # علي: a first name whose matching key is the preposition على's
        if labels[j] is not None or not token.key[:1].isalpha() or bare_key(token.text) in _NAME_STOPS or len(token.key) <= 1:
            return False
        if any(c.isdigit() for c in token.text):
            return False  # الـ1000: a number is no name word
        if strip_diacritics(token.text) in _PREPOSITIONS:
            return False  # جائزة الملك فيصل العالمية أمام ...: a preposition is no name word
        if j > first and _adjective_of_a_feminine_noun(token):
            return False  # مدينة الملك سعود الطبية: the adjective of the institution named after the king
        if j == first + 1 and token.key.startswith("ال") and token.key not in _NAME_STOPS:
            return True  # the second half of a compound name: أنور الحق, نور الدين
        if token.key.startswith(("بال", "لل", "كال", "وال")) and not _is_first_name(token.key):
            return False  # بالدورة التأهيلية: "in the course", no name
        if j + 1 < len(tokens) and bare_key(tokens[j + 1].text) == _ALLAH and not token.key.startswith("عبد"):
            return False  # حفظه الله: a blessing, not a name
        if j > first and (_verb_like(token) or _preposition_before_a_word(token)):
            return False  # أوباما يحترم، أوباما تأجيل، أوباما برفقة: a verb or a preposition after the name
        if j > first + 1 and is_everyday_word(token.text):
            return False  # تركي الفيصل الضيوف: the object after the name (not سامنثا باور)
        if j == first and _is_first_name(token.key, strictly=True) and not token.key.startswith("ال"):
            return True  # تركي، صالح: a first name, though also an ordinary word
        if j > first and token.key[:1] in ("و", "ف") and not _is_first_name(token.key):
            return False  # هدوءه وتأنيه، حرس الشرف وصافح: a glued "and" goes on to a new phrase
        if j == first and not _is_first_name(token.key) and word_zipf(token.text) >= _EVERYDAY_ZIPF:
            return False  # جرحى، حرس، تحياتي: an everyday word the training data never saw in a name
        return not any(stem in common for prefix, stem in clitic_splits(token.key) if len(prefix) <= 1)

    def is_stop(j: int) -> bool:
        return j >= len(tokens) or not is_name_word(j)

    def name_from(start: int) -> tuple[int, int] | None:
        if not all(j < len(tokens) and is_name_word(j) for j in (start, start + 1)):
            return None
        end = start + 2 if is_stop(start + 2) else start + 3 if is_stop(start + 3) else None
        return None if end is None else _through_a_closing_connector(tokens, start, end)

    found = name_from(first)
    if found is None:
        # مساعد وزير الخارجية الأمريكي لشؤون جنوب آسيا، دونالد لو، ...: a name set off by
        # commas after the title's complement; the name must end at a comma or stop too.
        comma = next((j for j in range(first, min(first + 8, len(tokens))) if tokens[j].text in "،,"), None)
        if comma is not None and comma + 3 < len(tokens):
            start = comma + 1
            glued = tokens[start].key[:1] in ("و", "ف") and not _is_first_name(tokens[start].key, strictly=True)
            if not glued and is_name_word(start) and tokens[start + 2].text in "،,." and (
                is_name_word(start + 1) or _plain_word(tokens[start + 1], labels[start + 1])
            ):
                found = start, start + 2
    if found is None and first > position:
        # وكيلة وزارة الخارجية الأمريكية للأمن المدني وحقوق الإنسان أوزرا زيا مع ...: after
        # the title's organisation and its complement, the two words before the next stop,
        # when the word before them is an ordinary one.
        end = next((j for j in range(first, min(first + 12, len(tokens))) if is_stop(j) and not _plain_word(tokens[j], labels[j])), None)
        if end is not None and end - 2 > first and is_name_word(end - 2) and is_name_word(end - 1) and not is_name_word(end - 3):
            found = end - 2, end
    if found is not None and (model_person is None or not any(model_person[found[0] : found[1]])) and _phrase_after_a_title(tokens[found[0] : found[1]]):
        return None
    return found


def _through_a_closing_connector(tokens, first: int, last: int) -> tuple[int, int] | None:
    """علي آل + مريح، محمد بن + سالم: a name never ends on بن، أبو، آل، عبد; the word after the
    connector is the rest of it, whatever else it means (مريح "comfortable"), or there is no
    name to read when a function word or a stop comes next."""
    if match_key(tokens[last - 1].text) not in _NAME_CONNECTORS:
        return first, last
    if last < len(tokens) and _word_after_a_connector(tokens[last]):
        return first, last + 1
    return None


def _phrase_after_a_title(words) -> bool:
    """Words after a title that the model did not read as a name and that read as a phrase:
    each an ordinary word never seen in a name, one of them in a shape no name takes (قدم
    الفنان اعتذارا جميلا، التي قادت المحادثات; سمر الحمد stays a name), or a common noun
    that is no first name before an ordinary definite word, the noun the title governs
    (رئيس قسم التصميم، مدير دار المسكوكات، محافظ رياض الخبراء).
    A last word shaped as a family name (الرافعي، المالكي) or the first with the article
    (سلامة السلامة) keeps the reading a name."""
    last = words[-1].key
    if last.startswith("ال") and last.endswith("ي") and not _is_nisba_or_title(last):
        return False
    if all(_ordinary_word(word) for word in words) and any(map(_no_name_shape, words)):
        return True
    head = words[0]
    return (
        len(words) > 1
        and word_zipf(strip_diacritics(head.text)) >= _EVERYDAY_ZIPF
        and not _is_first_name(head.key, strictly=True)
        and not _first_name_spelt_like_a_preposition(head)
        and words[1].key.startswith("ال")
        and words[1].key != "ال" + head.key  # سلامة السلامة، حمدان الحمدان: a family named after a forebear
        and _ordinary_word(words[1])
    )


def _first_name_spelt_like_a_preposition(token) -> bool:
    """علي: a first name whose matching key is the preposition على's, written with its ya."""
    return token.key in _FUNCTION_WORDS and strip_diacritics(token.text) not in _PREPOSITIONS and _is_first_name(token.key)


def _no_name_shape(token) -> bool:
    """A shape no name word takes: a present-tense verb or a noun in ت (تتصدر، تطورات), a word
    with an attached pronoun (وقتها), an everyday word with its accusative alif (اعتذارا،
    مسبقا) or a definite plural (المحادثات، المشترين)."""
    text, key = strip_diacritics(token.text), token.key
    if _verb_like(token) or _pronoun_on_a_word(token.text) or _inflected(token):
        return True
    if text.endswith("ا") and len(text) > 3 and not _is_first_name(key) and word_zipf(text[:-1]) >= _ORDINARY_ZIPF:
        return True
    return key.startswith("ال") and key.endswith(("ات", "ين", "ون")) and len(key) > 5


def _adjective_of_a_feminine_noun(token) -> bool:
    """الطبية، الجوية، التعاونية: a definite feminine nisba that is an ordinary word never seen
    in a name agrees with a feminine noun before the name (مدينة، قاعدة، جمعية); a family
    name keeps the masculine form (الغامدي), and the rare ones in ية are no ordinary words
    (خالد العطية، عمرو السولية)."""
    return (
        token.key.startswith("ال")
        and strip_diacritics(token.text).endswith("ية")  # as written: الفقيه "the jurist" ends in ه
        and _ordinary_word(token)
        and word_zipf(strip_diacritics(token.text)) >= _ORDINARY_ZIPF
    )


def _ordinary_word(token) -> bool:
    """A word of ordinary Arabic (wordfreq) that the NER model's training data never saw in a name."""
    return word_zipf(strip_diacritics(token.text)) >= _RARE_ZIPF and not _is_first_name(token.key)


def _verb_like(token) -> bool:
    """يحترم، تصدت، تأجيل: ي or ت opening a word of ordinary Arabic that the training data
    never saw in a name (تامر، يوسف are names): a verb or a verbal noun, no name word."""
    return token.key[:1] in ("ي", "ت") and not _is_first_name(token.key) and word_zipf(token.text) >= _RARE_ZIPF


def _present_tense_shape(token) -> bool:
    """يعزي، يرجوه، يتوسط: the present tense's ي or ت before a consonant, on a word Arabic text
    uses that the training data never saw in a name (يحيى، تميم، تركي were). A long vowel
    after the letter spells a foreign name (توني، يوهان, تايلر) and is left alone, and so
    does a word Arabic text hardly writes (يروين ديسلبلوم)."""
    text = strip_diacritics(token.text)
    return (
        _opens_like_a_present_verb(text) and text.isalpha() and not _is_first_name(token.key)
        and word_zipf(text) >= _WRITTEN_ZIPF
    )


def _preposition_before_a_word(token) -> bool:
    """لبايرن، بأطيب: ل or ب glued on a word commoner without it, and the whole no name
    (لافروف، بوتين are names): "of" or "with" something, never a person's name itself."""
    key, text = token.key, strip_diacritics(token.text)
    if key[:1] not in ("ل", "ب") or len(key) < 4 or _is_first_name(key):
        return False
    return word_zipf(text[1:]) > word_zipf(text)


def _verb_opening_the_sentence(tokens, i: int) -> bool:
    """ووجه + بن مساعد الشكر، وتابع + بن مساعد: the sentence's first word, "and" on an everyday
    word the training data never saw in a name, is the verb that opens the clause, its
    subject a man called "son of X"; the next name of a list (ومشهور بن عبدالله) follows a
    comma or another name, not the sentence's start."""
    if any(_ARABIC.search(t.text) for t in tokens[:i]):
        return False
    key, text = tokens[i].key, strip_diacritics(tokens[i].text)
    return (
        key[:1] in ("و", "ف") and not _is_first_name(key) and not _is_first_name(key[1:])
        and is_everyday_word(text[1:]) and word_zipf(text[1:]) > word_zipf(text)
    )


def _indefinite_family_nisba(token) -> bool:
    """مدني، حجازي after بن + a father's name: a nisba without the article that the training
    data saw in names is the family name; as an adjective it would take the article, a
    name being definite. Not a title's or nationality's word, a present verb (يمضي), "and"
    or a preposition on a word (وهاني، بمبنى), nor one of three letters (علي, as على is often written)."""
    key, text = token.key, strip_diacritics(token.text)
    return (
        text.isalpha() and bool(_ARABIC.search(text)) and text.endswith("ي") and len(text) >= 4 and not key.startswith("ال")
        and _is_first_name(key) and not _is_nisba_or_title(key) and key not in _title_words()
        and not _opens_like_a_present_verb(text) and bare_key(text) not in _NAME_STOPS and key not in _FUNCTION_WORDS
        and not _inflected(token) and not _starts_second_name(key) and not _preposition_on_a_word(token, common_words())
    )


def _held_after_a_title(tokens, first: int, last: int, confidence: float, holders: frozenset[int]) -> bool:
    """الدكتور ساعد العرابي الحارثي، الممثلة رشا مهدي: a title is followed by its holder's name,
    so a word right after one that the model, sure of the whole span (``_SURE_NAME``), read
    as the first of a name of two words or more is the first name, however common a word
    it is too (ساعد "helped"). Not a word written as no name is: with the article, a glued
    "and", a pronoun, tanween or the present tense's prefix."""
    if first not in holders or last - first < 2 or confidence < _SURE_NAME:
        return False
    token = tokens[first]
    return (
        _word_after_a_connector(token) and not token.key.startswith("ال") and not _glued_conjunction(token)
        and not _present_verb(token) and not _pronoun_on_a_word(token.text) and not _TANWEEN.search(token.text)
    )


def _ordinary_before_a_name(tokens, first: int, last: int, common: frozenset[str], confidence: float = 0.0) -> bool:
    """The span's first word is an ordinary word the training data never saw in a name,
    before a name of two words or before a word it knows mostly as a name, or an everyday
    word before any word it saw in a name. A word ordinary Arabic uses now and then but
    not every day (دييغو، ويندي، دنيس: foreign first names are written often enough) is
    left to the model when it is certain of the whole span (``_CERTAIN_NAME``)."""
    from kg.resolve import _a_verb_or_a_verbal_noun

    head = tokens[first]
    if _is_first_name(head.key) or not _ARABIC.search(head.text) or head.key.startswith("ال"):
        return False  # الحبيب بورقيبة: a definite first word is left to the article rules
    text = strip_diacritics(head.text)
    glued = text[:1] in ("و", "ف") and word_zipf(text[1:]) > word_zipf(text)
    if glued:
        text = text[1:]  # وتمنى: "and he wished"
        if _is_first_name(match_key(text)):
            return False  # وعبدالفتاح موسى: "and" + a first name
    # with "and" glued on, a word rarer still is no first name before a name of two words
    # (وضحكات عبد الوهاب "and the laughter of"; وفردوس محمد، وجينفر لوبيز are "and" + a name)
    zipf = word_zipf(text)
    ordinary = head.key in common or zipf >= (_RARE_ZIPF if glued and last - first >= 3 else _ORDINARY_ZIPF)
    if ordinary and not glued and head.key not in common and zipf < _EVERYDAY_ZIPF and confidence >= _CERTAIN_NAME \
            and not _a_verb_or_a_verbal_noun(text) and not (text.endswith("ت") and word_zipf(text[:-1]) >= _ORDINARY_ZIPF) \
            and tokens[first + 1].key not in _title_words() and not actor_words().get(tokens[first + 1].key):
        return False  # not مركز إسعاف طريف, عينت راندي: a derived verb's noun (إفعال), a verb "she did"; not جثمان العريف: a noun governing a title
    return ordinary and (
        last - first >= 3 or _is_first_name(tokens[first + 1].key, strictly=True)
        or (is_everyday_word(text) and _is_first_name(tokens[first + 1].key))
    )  # the last: زيارة بلاتر, وتمنى بلاتر: an everyday word before a word the training data saw in names


def _closes_a_listed_name(tokens, i: int) -> bool:
    """The word before ``i`` ends a name in a list: و with the next first name follows
    (فهد بن عبدالله السلامة وماجد ...; not حضر تركي بن عبدالله الحفل: the verb's object)."""
    return i < len(tokens) and _starts_second_name(tokens[i].key)


def _lineage_opener(token, common: frozenset[str], full: bool = False) -> bool:
    """The word before بن: a first name, perhaps with a glued "and" (ومشهور); before a
    ``full`` lineage (بن + father + family), any word with a glued "and" opens the next
    name of a list, even an ordinary word (مشهور), where a lone ابن X may be a family name
    after a verb (واقترح ابن خزيم)."""
    key = token.key
    listed = key.startswith("و") and len(key) > 3 and word_zipf(key[1:]) > word_zipf(key)
    if listed:
        key = key[1:]
    if not _ARABIC.search(token.text) or key.startswith("ال") or bare_key(key) in _NAME_STOPS or key in _FUNCTION_WORDS:
        return False
    return _is_first_name(key) or key not in common or (listed and full)


def _title_run_into_a_word(key: str, common: frozenset[str]) -> bool:
    """مديرإدارة: a title's word (مدير) and a common word written as one, the space between
    them lost, which no family name is."""
    return any(key.startswith(word) and len(key) - len(word) >= 3 and key[len(word):] in common for word in _title_words() if len(word) >= 3)


def _preposition_on_a_word(token, common: frozenset[str]) -> bool:
    """ب، ل or ك glued on an ordinary word (بغصن، لترسيخ، بحي "in the district"), or on a
    word Arabic writes far more often without the letter (لكدمه "for a bruise"), when the
    whole is no name and is rarer than the word without the letter (كيري "Kerry" is commoner
    than يري). A stem of two letters counts only as a listed common word after ب or ل: the
    frequency of so short a string says little."""
    key = token.key
    if key[:1] not in ("ب", "ل", "ك") or len(key) < 3 or _is_first_name(key):
        return False
    if len(key) == 3:
        return key[0] != _LIKE and key[1:] in common  # كحل is "kohl" or a name, hardly "like a solution"
    text = strip_diacritics(token.text)
    stem = text[1:]
    if word_zipf(stem) <= word_zipf(text):
        return False  # كيري "Kerry", not ك + يري
    if key[1:] in common:
        return True
    # بوهيمن، بوحبيب: a long vowel after the letter is the name's own (no "and" follows a preposition)
    return word_zipf(stem) >= _ORDINARY_ZIPF or (not stem.startswith(_VOWEL_LETTERS) and _far_commoner_without_its_letter(token))


def _family_name(token, common: frozenset[str], after_a_fathers_name: bool = False) -> bool:
    """A word after a person's name that continues it: a rare word (منقل، سمرقندي) or a
    definite nisba (الوادعي), never a nationality adjective, a title, an ordinary word.
    After a given name and a father's name (``after_a_fathers_name``: شطي سعود + المسمار) the
    family-name slot also takes a definite word that is uncommon in ordinary Arabic, though
    not one shaped as a feminine or plural noun (الفائزة، المهنئين: the verb's object)."""
    if not _plain_name_word(token, common) or _is_nisba_or_title(token.key) or _preposition_on_a_word(token, common) or _inflected(token) or _no_name_word(token.text) or _definite_after_preposition(token.text):
        return False
    if _TANWEEN.search(token.text):
        return False  # عريساً: an indefinite word, no family name
    if _title_run_into_a_word(token.key, common):
        return False  # راشد الحربي مديرإدارة: the title that follows the name, its space lost
    if any(bare_key(stem) in token_gazetteer() or stem in common for prefix, stem in clitic_splits(token.key) if len(prefix) == 1):
        return False  # لنظيره "to his counterpart": a preposition on a title or an ordinary word
    zipf = word_zipf(token.text)
    if token.key.startswith("ال"):
        if after_a_fathers_name and zipf < _ORDINARY_ZIPF and not token.key.endswith((*_NOT_MASCULINE_SINGULAR_ENDINGS, "ه")):
            return True
        return token.key.endswith("ي") and zipf < _EVERYDAY_ZIPF
    text = strip_diacritics(token.text)
    if token.key.endswith(_PRONOUN_SUFFIXES) or (text[:1] in "بلكس" and word_zipf(text[1:]) >= _EVERYDAY_ZIPF):
        return False  # عزمهم "their resolve", بمكتبه "in his office", سيلتقي "will meet"
    if not _is_first_name(token.key) and (
        (text[:1] in "بلك" and word_zipf(text[1:]) >= _RARE_ZIPF)
        or (text.endswith("ا") and word_zipf(text[:-1]) >= _RARE_ZIPF)
        or (text.endswith("ت") and word_zipf(text[:-1]) >= _ORDINARY_ZIPF)
    ):
        return False  # باجتذاب "by attracting", حفارا "a digger" (accusative), سارعت "she hastened"
    if token.key[:1] in ("ي", "ت") and not _is_first_name(token.key):
        return False  # يشاركان "they take part": a verb in the present tense
    return zipf < _RARE_ZIPF


def _adjective_complement(tokens, i: int) -> bool:
    """المشغول + بالبحث، المتحالف + مع، الأوفر + حظا: a preposition or an accusative noun right
    after a word complements an adjective or a participle; no family name takes one."""
    if i >= len(tokens):
        return False
    text = strip_diacritics(tokens[i].text)
    if text in _PREPOSITIONS or tokens[i].key.startswith(("بال", "لل")) or _TANWEEN.search(tokens[i].text):
        return True
    return (
        text.endswith("ا") and len(text) >= 3 and word_zipf(text[:-1]) >= _ORDINARY_ZIPF and not _is_first_name(tokens[i].key)
    )


def _plain_name_word(token, common: frozenset[str]) -> bool:
    """Arabic, no glued conjunction, no function word, no lexicon word, no ordinary word."""
    key = token.key
    if not _ARABIC.search(token.text) or not key[:1].isalpha():
        return False
    if key[:1] == "و" or (key[:1] == "ف" and not _whole_word_is_commoner(token.text, key[0])):
        return False  # وعدد "and a number", فقط "only"; فلاتة is a name of its own, far commoner than لاتة
    if bare_key(token.text) in _NAME_STOPS or key in _FUNCTION_WORDS or key in common:
        return False
    if any(prefix in ("ب", "ل", "ك") and (stem in common or word_zipf(stem) >= _ORDINARY_ZIPF) for prefix, stem in clitic_splits(key)):
        return False  # بمليون، لتطوير: a preposition on an ordinary word
    return bare_key(key) not in token_gazetteer()


def _everyday_word(token) -> bool:
    """A word the training data never saw in names that is common in ordinary Arabic
    (قبيل، الرشيد): no person's name on its own."""
    return is_everyday_word(token.text)


def seen_in_names(key: str) -> bool:
    """The NER model's training data saw the word (a matching key) in a person's name."""
    return _is_first_name(key)


def seen_in_names_mostly(key: str) -> bool:
    """The NER model's training data saw the word (a matching key) mostly in persons'
    names (رضا، سعيد), not only now and then (غريب، طالب), and it is no nationality
    adjective or title (أفغان, seen in names as a family nisba)."""
    return _is_first_name(key, strictly=True) and not _is_nisba_or_title(key)


@memo(200_000)
def name_key(text: str) -> str:
    """The ``bare_key`` of a mention, except that a word opening with a conjunction or a
    preposition on the article (وال، فال، بال، وبال، فبال) keeps those letters where ordinary
    Arabic writes it whole more than as clitics on the rest (kg.lexicon.a_word_of_its_own):
    «فالكيري» "Valkyrie", بالتيمور "Baltimore", فالدانو "Valdano" are no ف + كيري, ب + تيمور
    or ف + دانو; بالكتاتيب and والمسجد الأقصى are, and so is a clitic on a word the lexicons
    write with the article (بالرياض: kg.lexicon.definite_lexicon_words). The tagger cuts the
    clitics it reads off a name, so a first word that keeps them opens it; a later word with
    و is the next of a list (بنك التسليف والادخار), and one with ف or ب keeps them only
    before a rest that is no ordinary word (فرانك فالتر keeps them; ديفيد بالمر, before المر
    "the bitter", does not).

    >>> name_key("فالكيري"), name_key("خورخي فالدانو"), name_key("بالكتاتيب"), name_key("العلوم والتكنولوجيا")
    ('فالكيري', 'خورخي فالدانو', 'كتاتيب', 'علوم تكنولوجيا')
    """
    return " ".join(_word_name_key(word, i > 0) for i, word in enumerate(text.split()) if match_key(word))


def _word_name_key(word: str, later: bool) -> str:
    """One word's part of ``name_key``; ``later``: the word does not open the name."""
    key = match_key(word)
    clitics = _clitics_on_the_article(key)
    plain = _NOT_A_LETTER.sub("", strip_diacritics(word))
    if not clitics or " " in key or not plain.startswith(clitics) or key[len(clitics):] in definite_lexicon_words() \
            or not a_word_of_its_own(plain, clitics) or (later and (clitics[0] == "و" or word_zipf(plain[len(clitics):]) >= _ORDINARY_ZIPF)):
        return bare_key(word)
    return key


def _clitics_on_the_article(key: str) -> str:
    """The conjunction or preposition written before the article that opens ``key`` (و of
    والمسجد، فب of فبالمسجد), or ""."""
    return next((p[:-2] for p in _CLITICS_ON_THE_ARTICLE.get(key[:1], ()) if key.startswith(p)), "")


def _name_key_in(text: str, words_alone: frozenset[str]) -> str:
    """``name_key``, unless the article also writes its first word without its clitics
    (في الرس ... بالرس): there they are clitics on that name."""
    key = name_key(text)
    first = key.partition(" ")[0]
    clitics = _clitics_on_the_article(first)
    return bare_key(text) if clitics and first[len(clitics):] in words_alone else key


# The article prefixes of a key (kg.normalize) that carry a conjunction or a preposition
# written before it, ل + ال aside (its alef falls: لل).
_CLITICS_ON_THE_ARTICLE = {letter: tuple(p for p in group if p.endswith("ال") and len(p) > 2) for letter, group in KEY_ARTICLE_PREFIXES_BY_LETTER.items()}
_NOT_A_LETTER = re.compile("[^\u0621-\u063a\u0641-\u064a]")


def quoted_alone(tokens, first: int, last: int) -> bool:
    """The words fill one pair of quotation marks: they open right before token ``first``
    and close right after ``last - 1`` («غوتشي»، أغنية «مشكلتك»)."""
    return 0 < first and last < len(tokens) and (tokens[first - 1].text, tokens[last].text) in _QUOTES


def is_everyday_word(word: str) -> bool:
    """``word`` (as written) is common in ordinary Arabic (wordfreq) and the NER model's
    training data never saw it in a person's name."""
    return word_zipf(word) >= _EVERYDAY_ZIPF and not _is_first_name(match_key(word))


def _is_nisba_or_title(key: str) -> bool:
    """الإيراني، الرئيس: a nationality adjective or a title word, not a family name."""
    return bool({"DEMONYM", "TITLE"} & token_gazetteer().get(bare_key(key), frozenset()))


def _is_definite(key: str) -> bool:
    """A word with the article, alone or after a preposition (الدائم، للعلاقات، بالمملكة):
    no first name of a person carries it."""
    return key.startswith(("ال", "لل", "بال", "كال")) and len(key) > 4


def _is_nisba(key: str) -> bool:
    """A definite nationality-style adjective (العربية، الإسلامية)."""
    return key.startswith("ال") and key.endswith(("يه", "ي"))


def _plain_word(token, label) -> bool:
    """An untagged word that is no function word (للأمن المدني والديمقراطية)."""
    return label is None and token.key[:1].isalpha() and bare_key(token.text) not in _NAME_STOPS
