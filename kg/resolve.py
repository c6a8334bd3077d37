"""Entity resolution: one entity per real-world thing.

Mentions are grouped twice with the same rules: first within a document (into
``Cluster``s), then across the corpus (into ``Entity``s). Two groups of the same type
merge when

1. their keys are equal (keys already fold spelling, diacritics and the article), or
   equal once عبد and أبو are joined to the next word (عبد الله / عبدالله);
2. one is the other with a conjunction or preposition glued on (وأردوغان / أردوغان);
3. they are spelling variants of a transliterated name: the same consonant skeleton
   (long vowels dropped), the same number of words, short words identical and an edit
   distance of at most two (بلينكن / بلينكين, نتنياهو / نتانياهو, not ماكرون / ماكرونن),
   no word with the article where the other has none unless it only gains a vowel
   (الرشيد / رشاد are two names), neither word the other with a nisba or plural
   ending (عسير / عسيري stay apart), no differing word in each a given name of its own
   (محمد / محمود، نايف / نواف), an ordinary word (الحرام / الحريم) or another lexicon
   place (بيرو / باري), a name the lexicon lacks joining a lexicon entry only with a long
   vowel more or less (تنيسي / تينيسي, not بيرات / بيروت), and no chain: each spelling of
   one side a variant of each of the other's (بورت ~ بيرات ~ بيروتي are no one name);
4. one is a partial name of exactly one other: a person's surname or a shorter form that
   ends with it (بوتين -> فلاديمير بوتين), a lineage cut short (محمد بن نايف -> محمد بن
   نايف بن عبدالعزيز), an organisation's leading words (مؤسسة كارنيغي -> مؤسسة كارنيغي
   للسلام الدولي). A first name alone never merges across articles (دونالد لو and دونالد
   ترامب stay two people); in its article it joins the one full name there that opens with
   it when the text calls both alike right before them, by a title or a definite noun, not
   an honorific (الطفلة زينب, للطفلة السعودية زينب بنت محمد لباد; not السيد حسن), unless a
   full name there also ends with it or the article writes beside the given name a word the
   full name lacks, another name word or a definite word after it (الملك عبد الله الثاني
   beside الملك عبد الله الأول; a name written in two words, عبد الله, stays apart). Called
   otherwise or not at all, a given name is as often a name the model cut (غادة عادل) or
   another bearer (يوسف عليه السلام). A
   word the full name gives after بن is the father's name: a short name opening with it
   is no part of that name (عبدالله ابوثنين, علوش بن عبدالله ابوثنين), and a bare word is
   no family name written with the article (سعود, خالد بن علي السعود). A surname shared by two full names stays apart
   unless the corpus names one of them overwhelmingly more (أوباما is باراك أوباما
   when ميشيل أوباما appears once).

A one-word person whose text writes another name word or the family word آل beside it
(كجرجي زيدان, وآل زيدان, where the model read زيدان alone) joins only a full name that
holds that word, and across documents only the same name written so; an institution
placed in one town (... بمكة المكرمة) is no part of a longer name placed in another.

Some names are never merged across documents, because they name different things in
different articles: a bare given name (عبد العزيز alone: the founder king in one article,
a suspect in another) and a bare name the corpus uses for several qualified things (الأهلي
of Jeddah and of Cairo, any club name). Within its article such a name still joins the
full name it stands for; across articles it stays one entity per article, its id ending
in ``--<document id>``. A one-word "person" no sentence marks as one that its article
writes bare and with the article (اكتشاف جين جديد ... الجين) is a common noun: kept to its
article, and dropped. Keys fold the article away, but a full name whose family name some
articles write with it and others without (عبدالله الصالح / عبدالله صالح) is grouped by
the written name, unless one article writes it both ways (سعد الدوابشة، سعد دوابشة).

A partial name never joins a full name the text gives another nationality (البرازيلي
رونالدو is not البرتغالي كريستيانو رونالدو): the nationality adjective written beside a
one-word person is part of its corpus key, like a name word beside it.

Groups of different types never merge; a lexicon entry (country, city, organisation)
fixes its type, a name the model typed two ways takes the type most mentions gave, and
in one document a one-word name that is the surname of a person named there is that
person (ولاية أوباما beside باراك أوباما: the place noun's other sense). Across the
corpus a word some articles mark as a person (a title before it) and others as a place
(في before it) is two things of one spelling, each keeping its type. In one document a
"person" no sentence marks as one that the text puts "in" (في بالي) is a place. After corpus resolution each entity is kept or dropped on its combined evidence
(``_kept``): a one-off phrase of everyday words only the model read is no entity, nor
is a "person" written only in ordinary words (رصيف، غريب، باطن الأرض) that no sentence
marks as a person's name (a title before it, بن or another name beside it), nor a
common definite word named once that its sentence reads as a word (للراتب، السداد
والتوفيق), nor, whatever its type, one word Arabic inflects as a common noun, with its
pronoun, as a dual, after a glued preposition (أولوياتك، شخصان، بحديقة، منطقة للتسوق) or
in the indefinite accusative (جيلا، انتخابيا; متعجباً متحيراً, its tanween written), unless
its sentence names it (a title, a place noun, quotation marks around it alone), nor words
only a title cue read that are a verb or a verbal noun and its object (قائد المنطقة يعايد
المصابين، إبداء ضبط النفس). Before that,
in each document, a one-word mention its sentence reads as an ordinary word gets no
cluster at all (يتم تيسير، غير محمود، في خندق واحد، المشهد الفني:
``_in_a_word_sense``, cue words in kg/data/word_sense_cues.tsv), and a person's name in
brackets after a place is the place's other name (عين العرب (كوباني)). Two
lexicon entries never merge, however alike they are spelt.
Every merge is recorded with its reason, for ``kg entities --explain``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from kg.lexicon import DEMONYM, canonical_key, national_org_heads, service_org_heads, state_org_heads, token_gazetteer
from kg.normalize import ARTICLE_PREFIXES_BY_LETTER, bare_key, clitic_splits, match_key, skeleton, strip_diacritics
from kg.types import ENTITY_LABELS, GPE, LOC, MISC, ORG, PERSON, TITLE, Cluster, Document, DocResult, Entity, Mention

_SINGLE_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
# The article with «and», «in» or «to» written onto it (وال، بال، لل ...); not ف or ك,
# which open as many foreign names as they glue on (فالنسيا، كاليفورنيا).
_GLUED_ARTICLES = tuple(p for group in ARTICLE_PREFIXES_BY_LETTER.values() for p in group if p != "ال" and p[0] in "وبل")
_CONJUNCTIONS = ("و", "ف")
# Below this Zipf frequency a word after a given name is one ordinary text hardly knows: a
# name word the model left out (الدكتور محمد وارا), not the verb or preposition that goes on.
_UNKNOWN_WORD_ZIPF = 2.0
# How much commoner (Zipf) a word must be without a glued letter for that letter to read
# as a preposition or conjunction on it (لصيام: صيام 4.0 against 2.4).
_CLEARLY_COMMONER = 0.5
# ... and how common the word itself (Zipf): و on a given name the model never saw is
# "and" before a person (وسامر: سامر 3.7), on an everyday word a phrase (ودروس: دروس 4.4).
_GLUED_WORD_ZIPF = 4.0
_NASAB = frozenset({"بن", "ابن", "بنت"})
_NASAB_KEYS = frozenset(bare_key(w) for w in _NASAB)
_NOT_ID = re.compile(r"[^\w.-]")  # what a GraphML NMTOKEN id may not hold
_FAMILY = bare_key("آل")  # آل سعود names a family, not one person's surname
_MIN_VARIANT_LETTERS = 4
_MAX_VARIANT_DISTANCE = 2
_COMPOUND_HEADS = frozenset({"عبد", "ابو"})
_EVERYDAY_STEM_ZIPF = 4.0  # a nisba's stem this common is an ordinary noun (انتخاب), not a forebear's name (حارث)
# A span stretched over ordinary words is folded into the name only when the name alone
# is this many times more mentioned, and its words this common (Zipf, wordfreq).
_STRETCH_RATIO = 3
# How many times more articles write a name alone than with one more word, for another
# article's lone word to be no surname of that longer name (``_a_known_name_and_a_word``).
_KNOWN_NAME_RATIO = 2
# A surname shared by several full names goes to one of them only when that one is
# mentioned at least this often, and this many times more than the others together.
_DOMINANT_MIN = 10
_DOMINANT_RATIO = 10
# ... or named in this many times more articles than the others together.
_DOMINANT_DOCUMENT_RATIO = 5
_ORDINARY_ZIPF = 3.5
# From this Zipf frequency a one-word person an article never marks as one is an everyday word (محفوظ 4.2).
_EVERYDAY_WORD_ZIPF = 4.0
# From this Zipf frequency of its form with the article (رصيف -> الرصيف 4.0, هرمون ->
# الهرمون 3.4), a one-word "name" is an Arabic noun or adjective: foreign surnames seldom
# take the article (كارتر، بلاتيني stay under 2.6).
_TAKES_THE_ARTICLE_ZIPF = 2.6
# From this Zipf frequency a word with the article is an ordinary one in a phrase (الأوضاع).
_DEFINITE_PHRASE_WORD_ZIPF = 3.0
# What a person's mention adds to its sources when its sentence marks it as a person's
# name, and when its sentence was read and does not.
_PERSON_CUE = "person-cue"
_NO_PERSON_CUE = "no-person-cue"
# What a place's mention adds when its sentence puts something in it (في الهيلتون).
_PLACE_CUE = "place-cue"
# The preposition of where something is (match key), how many mentions of a "person" it
# must govern and what share of them (one in three) to make it a place.
_IN = "في"
_MIN_IN = 2
_IN_SHARE = 3
# What a person's one-word mention adds when the sentence reads it as a definite noun or
# adjective (للراتب، الشعب السعودي النبيل).
_DEFINITE_WORD = "definite-word"
# What a one-word mention adds when a definite word follows it (ظهران الجنوب): a dual
# there would have lost its ن to the genitive, so the word is no dual.
_BEFORE_A_DEFINITE_WORD = "before-a-definite-word"
# What a name adds when its article keeps it apart from a longer name that is its son's
# (``_a_fathers_name``): no other article joins it to one either.
_A_FATHERS_NAME = "a-fathers-name"
# Particles whose written form opens like the article (إلى، إلا، الذي، الآن): no definite word.
_LIKE_THE_ARTICLE = frozenset(
    match_key(w) for w in "إلى الى إلا الا الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي الآن".split()
)
# What a one-word person adds when its article writes it both bare and with the article
# (جين جديد ... الجين المكتشف): a common noun made definite once introduced.
_WITH_AND_WITHOUT_ARTICLE = "with-and-without-article"
# What a mention adds when quotation marks hold it alone: a title (أغنية «مشكلتك»).
_QUOTED_ALONE = "quoted-alone"
# ... and when brackets hold it alone: a name or acronym given so (آياتا), no accusative.
_BRACKETED_ALONE = "bracketed-alone"
# ... and when a definite nationality adjective stands right before it (البولندي أدريان):
# the adjective used as a noun, "the Pole", in apposition with a person's name.
_AFTER_A_NATIONALITY = "after-a-nationality"
# What a person's mention adds when a verb of saying governs it, right before it or
# before the one role noun that introduces it (وقالت المبتعثة ...): a speaker.
_SAID = "after-a-verb-of-saying"
# Endings (after match_key: ة is ه) that make a nisba adjective, its feminine or a plural.
_DERIVED_ENDINGS = frozenset({"ي", "يه", "يون", "يين", "ون", "ين", "ات", "ه"})


@dataclass(slots=True)
class _Group:
    """What the merge rules look at: a typed key with its forms and counts."""

    type: str
    key: str
    count: int
    forms: Counter = field(default_factory=Counter)
    canonical: str = ""
    label_en: str = ""
    iso: str = ""
    fixed_type: bool = False
    reasons: list[str] = field(default_factory=list)
    origin: tuple[str, str] = ("", "")  # (type, key) as first grouped, before any re-typing
    sources: set[str] = field(default_factory=set)
    stretched: bool = False  # a span the model ran over ordinary words next to a name
    scope: str = ""  # the corpus key when it is not the key: "key--document", or the key with what is written beside it
    local: bool = False  # a bare given name or a name of several things: one of its article, never merged across articles
    documents: int = 0  # how many articles name it so
    beside: set[str] = field(default_factory=set)  # name words its text writes beside a one-word person (جرجي زيدان); an organisation's towns (... بمكة المكرمة)
    alone_too: bool = False  # a one-word person also written with no name word beside it (كاميرون, once خطاب كاميرون)
    nationality: set[str] = field(default_factory=set)  # ISO codes of the nationality adjectives written beside a person
    titles: set[str] = field(default_factory=set)  # keys of the titles and definite nouns written right before a person (الملك، الطفلة), no honorific
    qualifiers: set[str] = field(default_factory=set)  # words written beside a one-word person that tell whom it names (جرجي زيدان، عبد الله الثاني)


@dataclass(slots=True)
class Resolution:
    """Corpus entities by id, and which entity each document's clusters became."""

    entities: dict[str, Entity]
    cluster_ids: dict[str, dict[str, str]]

    def ids_for(self, doc_id: str) -> dict[str, str]:
        """Cluster index (as a string) -> entity id, for one document."""
        return self.cluster_ids.get(doc_id, {})


def resolve_document(doc: Document, mentions: list[Mention]) -> list[Cluster]:
    """Group the entity mentions of one document into clusters; sets ``Mention.cluster``."""
    groups: dict[tuple[str, str], _Group] = {}
    members: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_sentence[mention.sentence].append(mention)
    _retype_places_read_as_people(doc, mentions, by_sentence)
    for mention in mentions:
        if mention.label not in ENTITY_LABELS:
            continue
        readable = _readable(doc, mention)
        if readable:
            if _in_a_word_sense(doc, mention, by_sentence[mention.sentence]):
                continue  # يتم تيسير، غير محمود، المشهد الفني: an ordinary word, no entity (no cluster)
            _retype_a_place_alias(doc, mention, by_sentence[mention.sentence])
        key = canonical_key(mention.canonical, mention.label_en) if mention.canonical else mention.key
        if not key:
            continue
        group = groups.get((mention.label, key))
        if group is not None and mention.source == "antecedent":
            members[(mention.label, key)].append(mention)  # الصندوق for صندوق النقد الدولي: no say in its name or type
            continue
        if group is None:
            group = groups[(mention.label, key)] = _Group(
                mention.label, key, 0, canonical=mention.canonical, label_en=mention.label_en,
                iso=mention.iso, fixed_type=bool(mention.canonical), origin=(mention.label, key),
            )
        group.count += 1
        group.forms[_written(mention)] += 1
        group.sources.add(mention.source)
        if readable:
            group.sources.update(_what_is_around(doc, mention))
        if mention.label == PERSON and readable:
            group.sources.add(_PERSON_CUE if _person_cue(doc, mention, by_sentence[mention.sentence]) else _NO_PERSON_CUE)
            if " " not in key:
                beside = _name_words_beside(doc, mention)
                group.beside.update(beside)
                if not beside:
                    group.alone_too = True
            group.titles.update(_descriptors(doc, mention, by_sentence[mention.sentence]))
            if " " not in _joined(key):
                group.qualifiers.update(_qualifiers(doc, mention))
            if _read_as_a_definite_word(doc, mention, by_sentence[mention.sentence]):
                group.sources.add(_DEFINITE_WORD)
            if _after_a_verb_of_saying(doc, mention):
                group.sources.add(_SAID)
            group.nationality.update(_nationality_beside(doc, mention, by_sentence[mention.sentence]))
        elif mention.label == ORG and readable:
            group.beside.update(_place_after(doc, mention, by_sentence[mention.sentence]))
        elif mention.label == MISC and " " not in key and readable:
            group.nationality.update(_nationality_after(mention, by_sentence[mention.sentence]))
        elif mention.label in _PLACE_LABELS and readable and _word_before(doc, mention) == _IN:
            group.sources.add(_PLACE_CUE)
        members[(mention.label, key)].append(mention)
    for group in groups.values():
        if group.alone_too:
            group.beside.clear()  # كاميرون written alone too: the one خطاب كاميرون says nothing of whom
        if group.type == PERSON and " " not in group.key and _with_and_without_article(list(group.forms)):
            group.sources.add(_WITH_AND_WITHOUT_ARTICLE)
    ordered = [groups[k] for k in sorted(groups)]
    clusters: list[Cluster] = []
    for parts, reasons in _merge(ordered, one_document=True):
        head = _representative(parts)
        index = len(clusters)
        forms: Counter = Counter()
        for part in parts:
            forms.update(part.forms)
            for mention in members[part.origin]:
                mention.cluster = index
                if part.origin[0] != PERSON and part.type == PERSON:
                    mention.label = PERSON  # re-typed as a person's surname: extraction reads it so
        clusters.append(
            Cluster(
                index=index,
                type=head.type,
                key=head.key,
                label=head.canonical or _display_label(forms, head),
                label_en=head.label_en,
                iso=head.iso,
                aliases=sorted(forms),
                mentions=sum(p.count for p in parts),
                reasons=reasons,
                from_lexicon=head.fixed_type,
                sources=sorted(set().union(*(p.sources for p in parts))),
                beside=_cluster_beside(parts, head),
                nationality=sorted(set().union(*(p.nationality for p in parts))),
            )
        )
    return clusters


def resolve_corpus(results: Iterable[DocResult]) -> Resolution:
    """Merge the clusters of every document into corpus-wide entities."""
    results = list(results)
    given = _given_names_only(results) | _names_of_several(results)
    surnames = _surnames_of_several(results)
    two_families = _family_names_written_both_ways(results)
    unanchored = _unanchored_everyday_words(results)
    groups: dict[tuple[str, str], _Group] = {}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    cluster_keys: dict[str, dict[str, tuple[str, str]]] = {}
    for result in results:
        local = cluster_keys[result.doc_id] = {}
        employers = {rel.target for rel in result.relations if rel.relation == "affiliated_with"}
        for cluster in result.clusters:
            ident = (cluster.type, cluster.key)
            suffix = _qualifier_suffix(cluster)
            one_article = (cluster.key in given or (cluster.type == PERSON and cluster.key in surnames) or _a_noun_made_definite(cluster)
                            or (result.doc_id, cluster.index) in unanchored) and not cluster.from_lexicon
            if one_article:
                ident = (cluster.type, f"{cluster.key}--{_NOT_ID.sub('_', result.doc_id)}")
            elif cluster.type == PERSON and suffix and not cluster.from_lexicon:
                # كجرجي زيدان with the model's زيدان alone, البرازيلي رونالدو: one of the people so named, not any other article's
                ident = (cluster.type, f"{cluster.key}{suffix}")
            elif cluster.key in two_families and _family_name_with_article(cluster.label, cluster.key):
                # عبدالله الصالح (العثيم) is no other article's عبدالله صالح, the cut name of علي عبدالله صالح
                ident = (cluster.type, match_key(cluster.label))
            group = groups.get(ident)
            if group is None:
                group = groups[ident] = _Group(
                    cluster.type, cluster.key, 0, canonical=cluster.label if cluster.from_lexicon else "",
                    label_en=cluster.label_en, iso=cluster.iso, fixed_type=cluster.from_lexicon, origin=ident,
                    scope=ident[1] if ident[1] != cluster.key else "", local=one_article,
                )
            group.count += cluster.mentions
            group.sources.update(cluster.sources)
            if cluster.type != PERSON or not cluster.beside or ident[1] == f"{cluster.key}{suffix}":
                group.beside.update(cluster.beside)  # not for a given name kept to its article
            if not one_article:
                group.nationality.update(cluster.nationality)
            if str(cluster.index) in employers:
                group.sources.add("employer")
            group.reasons.extend(r for r in cluster.reasons if r not in group.reasons)
            group.forms.update({alias: 1 for alias in cluster.aliases})
            group.forms[cluster.label] += 0  # a candidate label even when no mention spelt it so
            docs[ident].add(result.doc_id)
            local[str(cluster.index)] = ident
    for ident, group in groups.items():
        group.documents = len(docs[ident])
    # A name one article's given name or several things' name is that article's alone; a
    # surname written beside another name word still joins a full name that holds that word.
    ordered = [groups[k] for k in sorted(groups) if not groups[k].local]
    alone: list[tuple[list[_Group], list[str]]] = [([groups[k]], []) for k in sorted(groups) if groups[k].local]
    entities: dict[str, Entity] = {}
    entity_of: dict[tuple[str, str], str] = {}
    for parts, reasons in _merge(ordered) + alone:
        if not _kept(parts):
            continue
        head = _representative(parts)
        entity_id = _entity_id(head, parts)
        forms: Counter = Counter()
        entity_docs: set[str] = set()
        for part in parts:
            forms.update(part.forms)
            entity_docs |= docs[part.origin]
            entity_of[part.origin] = entity_id
        entities[entity_id] = Entity(
            id=entity_id,
            label=head.canonical or _display_label(forms, _fullest_name(parts, head)),
            type=head.type,
            label_en=head.label_en,
            iso=head.iso,
            aliases={f for f in forms if f},
            docs=entity_docs,
            mentions=sum(p.count for p in parts),
            merge_reasons=list(dict.fromkeys([r for p in parts for r in p.reasons] + reasons)),
        )
    cluster_ids = {
        doc: {index: entity_of[ident] for index, ident in local.items() if ident in entity_of}
        for doc, local in cluster_keys.items()
    }
    return Resolution(entities, cluster_ids)


# Sources that vouch for an entity on their own: a lexicon, a nationality adjective, an
# institution's grammar, a pattern (acronyms, institution + name), or a title that names
# it as where its holder works (رئيس المبادرة الوطنية فلان: an affiliation's organisation).
_VOUCHING_SOURCES = frozenset({"gazetteer", "demonym", "institution", "pattern", "employer", "club", "local-body"})
_LEXICON_SOURCES = frozenset({"gazetteer", "demonym"})  # ... of which these name the thing, not its grammar


def _unanchored_everyday_words(results: list[DocResult]) -> frozenset[tuple[str, int]]:
    """(document, cluster index) of one-word "persons" written as everyday words, no cue in
    their article (``_an_uncued_everyday_word``), whose article shares no other person or
    organisation with any article of a full name they end: رقم الطلب محفوظ لديه in a
    complaint is not the novelist نجيب محفوظ, while المخلوع صالح in a report that names
    the Houthis too is علي عبدالله صالح. Such a word anchors no merge across articles."""
    ending: dict[str, set[str]] = defaultdict(set)  # last word of a full name -> its articles
    named: dict[str, set[tuple[str, str]]] = {}  # article -> its people and organisations
    for result in results:
        named[result.doc_id] = {(c.type, c.key) for c in result.clusters if c.type in (PERSON, ORG)}
        for cluster in result.clusters:
            words = _joined(cluster.key).split(" ")
            if cluster.type == PERSON and len(words) > 1:
                ending[words[-1]].add(result.doc_id)
    out = set()
    for result in results:
        for cluster in result.clusters:
            fuller = ending.get(_joined(cluster.key), set()) - {result.doc_id}
            if not fuller or not _an_uncued_everyday_word(cluster):
                continue
            own = named[result.doc_id] - {(cluster.type, cluster.key)}
            if not any(own & named[doc] for doc in fuller):
                out.add((result.doc_id, cluster.index))
    return frozenset(out)


def _given_names_only(results: list[DocResult]) -> frozenset[str]:
    """Keys of one-word person names the corpus uses more to open full names than to end
    them (عبد العزيز، سلمان): alone, such a name is someone's given name, and the given
    name of different people in different articles (الملك عبد العزيز, the shooter محمد
    يوسف عبد العزيز, the actress مرام عبد العزيز), so it is never merged across articles.
    Within its article the resolver has already joined it to the full name it stands for."""
    as_first: Counter = Counter()
    as_last: Counter = Counter()
    singles: set[str] = set()
    for result in results:
        for cluster in result.clusters:
            if cluster.type != PERSON:
                continue
            words = _joined(cluster.key).split(" ")
            if len(words) == 1:
                singles.add(cluster.key)
            else:
                _count_name_ends(words, cluster.mentions, as_first, as_last)
    return frozenset(k for k in singles if 0 < as_first[_joined(k)] >= as_last[_joined(k)])


def _names_of_several(results: list[DocResult]) -> frozenset[str]:
    """Keys of bare names the corpus writes for two or more different named things: الأهلي
    for the clubs of Jeddah and Cairo (نادي الأهلي السعودي / المصري), وزارة الداخلية for
    several countries' ministries, any club name a team noun governed somewhere (the
    clubs of many countries share their names), and a body named after a bare place noun
    (أمانة المنطقة: each article's region's), and a one-word thing written before the
    nationality adjectives of several countries (السوبر الإسبانية، السوبر السعودي). Where an article leaves such a name bare, which one it
    is is unknown: it stays one thing of that article, never merged across articles."""
    from kg.tag import LOCAL_BODY_SOURCE

    owners: dict[str, set[str]] = defaultdict(set)
    clubs: set[str] = set()
    countries: dict[str, set[str]] = defaultdict(set)  # a one-word thing -> the nationalities written after it
    for result in results:
        for cluster in result.clusters:
            if cluster.type == MISC and not cluster.from_lexicon:
                countries[cluster.key].update(cluster.nationality)
            if LOCAL_BODY_SOURCE in cluster.sources:
                clubs.add(cluster.key)  # أمانة المنطقة: each article's region's own
            elif cluster.from_lexicon and cluster.type != PERSON:
                for alias in cluster.aliases:
                    owners[bare_key(alias)].add(cluster.key)
            elif "club" in cluster.sources:
                clubs.add(cluster.key)  # a sports club's name: clubs of many countries share it
    several = {key for key, named in chain(owners.items(), countries.items()) if len(named) > 1}
    return frozenset(several | clubs)


def _surnames_of_several(results: list[DocResult]) -> frozenset[str]:
    """Keys of one-word person names that end the full names of several people in the
    corpus, none of them named overwhelmingly more (بوش: جيب بوش، جورج بوش، باربرا بوش;
    كلينتون: بيل and هيلاري; not أوباما, باراك أوباما's): alone, such a surname is whichever
    of them its article speaks of, so it is never merged across articles. Within its
    article the resolver has already joined it to the one full name the article gives."""
    singles: Counter = Counter()  # one-word name -> articles
    full: dict[str, Counter] = defaultdict(Counter)  # surname -> full name -> mentions
    documents: dict[str, Counter] = defaultdict(Counter)  # surname -> full name -> articles
    for result in results:
        for cluster in result.clusters:
            if cluster.type != PERSON or cluster.from_lexicon:
                continue
            words = _joined(cluster.key).split(" ")
            if len(words) == 1:
                singles[cluster.key] += 1
            elif words[-2] not in _NASAB and words[-2] != _FAMILY and not _ordinary_words(words[:-1], Counter(cluster.aliases)):
                # not مستشاري أوباما: a span the model ran over a word before the surname
                full[words[-1]][cluster.key] += cluster.mentions
                documents[words[-1]][cluster.key] += 1
    out = set()
    for key in (key for key, articles in singles.items() if articles > 1):  # in one article it is one thing anyway
        names = full.get(_joined(key))
        if names and len(names) > 1:
            people = _people_of_names(list(names))
            if len(set(people.values())) > 1:
                mentions, articles = Counter(), Counter()
                for name, person in people.items():
                    mentions[person] += names[name]
                    articles[person] += documents[_joined(key)][name]
                if not _one_dominates(mentions, articles):
                    out.add(key)
    return frozenset(out)


def _entity_id(head: _Group, parts: list[_Group]) -> str:
    """``TYPE:key``, or the corpus key the head's group was grouped by; a name written with
    the article (عبدالله الصالح) keeps the key's id when the entity also holds it written
    without (سيف الدين رزقي, سيف الدّين الرزقي: one man's spellings)."""
    scope = head.scope
    if scope and bare_key(scope) == head.key and any(p.key == head.key and not p.scope for p in parts):
        scope = ""
    return f"{head.type}:{(scope or head.key).replace(' ', '_')}"


def _a_noun_made_definite(cluster: Cluster) -> bool:
    """A one-word "person" its article writes bare and then with the article, no sentence
    marking it as a person and no full name of the article holding it (اكتشاف جين جديد ...
    الجين المكتشف: "a gene", then "the gene"): a common noun, which anchors no merge with
    another article's name."""
    return cluster.type == PERSON and " " not in cluster.key and _WITH_AND_WITHOUT_ARTICLE in cluster.sources \
        and _PERSON_CUE not in cluster.sources


def _an_uncued_everyday_word(cluster: Cluster) -> bool:
    """A one-word "person" its article writes once and never marks as one (no title,
    lineage word or name beside it), written as an everyday word which takes the article
    (رقم الطلب محفوظ لديه "is kept": محفوظ 4.2, المحفوظ 3.1): whether a name or a word, the
    article says nothing of whom. Foreign surnames, which never take the article (أوباما،
    بوتين), and a name its article repeats (وقال جين ... جين) are names."""
    if cluster.type != PERSON or " " in cluster.key or cluster.mentions != 1 or _NO_PERSON_CUE not in cluster.sources \
            or _PERSON_CUE in cluster.sources or not cluster.aliases:
        return False
    from kg.lexicon import word_zipf

    words = [strip_diacritics(alias).strip() for alias in cluster.aliases]
    return all(" " not in w and word_zipf(w) >= _EVERYDAY_WORD_ZIPF and _takes_the_article(w) for w in words)


def _with_and_without_article(forms: list[str]) -> bool:
    """One word written both bare and with the article, a glued letter aside (جين، والجين).

    >>> _with_and_without_article(["جين", "والجين"]), _with_and_without_article(["الغامدي", "والغامدي"])
    (True, False)
    """
    keys = {match_key(_strip_proclitic(form)) for form in forms if " " not in form.strip()}
    return any("ال" + key in keys for key in keys)


def _family_names_written_both_ways(results: list[DocResult]) -> frozenset[str]:
    """Keys of full person names whose last word some articles write with the article and
    others without (عبدالله الصالح / عبدالله صالح): the keys fold the article away, but an
    Arabic family name keeps it, so these are two families, grouped apart across articles;
    not when one article writes the name both ways (سعد الدوابشة، سعد دوابشة: that family
    takes the article or leaves it)."""
    flags: dict[str, set[bool]] = defaultdict(set)
    either: set[str] = set()
    for result in results:
        for cluster in result.clusters:
            if cluster.type == PERSON and " " in cluster.key and not cluster.from_lexicon:
                written = {_family_name_with_article(form, cluster.key) for form in cluster.aliases if bare_key(form) == cluster.key}
                flags[cluster.key].add(_family_name_with_article(cluster.label, cluster.key))
                if len(written) > 1:
                    either.add(cluster.key)
    return frozenset(key for key, seen in flags.items() if len(seen) > 1 and key not in either)


def _family_name_with_article(form: str, key: str) -> bool:
    """The written name's last word carries the article its key folds away (عبدالله الصالح).

    >>> _family_name_with_article("عبدالله الصالح", "عبدالله صالح"), _family_name_with_article("علي عبدالله صالح", "علي عبدالله صالح")
    (True, False)
    """
    written, words = match_key(form).split(" "), key.split(" ")
    return len(written) == len(words) and written[-1] != words[-1] and written[-1].endswith(words[-1])


def _people_of_names(names: list[str]) -> dict[str, str]:
    """Full names of one surname grouped into people: two that share a word besides the
    surname, or that are one name spelt two ways, are one person's (جوزيف بلاتر، سيب جوزيف
    بلاتر، سيب بلاتر; رجب طيب أردوغان، رجب أردوغان). Each name -> its person's first name in
    sorted order."""
    parent = {name: name for name in names}

    def find(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        parent[max(a, b)] = min(a, b)

    for i, a in enumerate(sorted(names)):
        for b in sorted(names)[i + 1 :]:
            if _is_variant(_joined(a), _joined(b)):
                union(a, b)  # فرنسوا هولاند، فرانسوا هولاند: one name spelt two ways
    owner: dict[str, str] = {}
    for name in sorted(names):
        for word in _joined(name).split(" ")[:-1]:
            if word in _NASAB:
                continue
            if word in owner:
                union(owner[word], name)
            else:
                owner[word] = name
    return {name: find(name) for name in names}


def _one_dominates(mentions: Counter, documents: Counter) -> bool:
    """One person the corpus names overwhelmingly more than the others together, in
    mentions or in articles (the rule of ``_dominant``)."""
    (best, most), *rest = mentions.most_common()
    others = sum(count for _, count in rest)
    if most >= _DOMINANT_MIN and most >= _DOMINANT_RATIO * others:
        return True
    (best, articles), *rest = documents.most_common()
    return mentions[best] >= _DOMINANT_MIN and articles >= _DOMINANT_DOCUMENT_RATIO * max(sum(count for _, count in rest), 1)


def _count_name_ends(words: list[str], count: int, as_first: Counter, as_last: Counter) -> None:
    """Count a full name's first word as a given name and its last as a surname; a last
    word after بن is the father's given name (سلمان بن عبد العزيز), and after آل the given
    name of the family's forebear (آل سعود), not a surname."""
    as_first[words[0]] += count
    if words[-2] in _NASAB or words[-2] == _FAMILY:
        as_first[words[-1]] += count
    else:
        as_last[words[-1]] += count


def _kept(parts: list[_Group]) -> bool:
    """The entity-level decision: all the mentions of an entity together are kept unless
    they are one mention the model or a title cue read, a phrase of everyday words
    (تشغل عيادة، حماية الأمن القومي), or a person only ever named by such phrases (الصديق
    العزيز, however often): one-off phrases die here; names seen twice, named events, and
    names vouched for by a lexicon or an institution's grammar live."""
    sources = set().union(*(p.sources for p in parts))
    if any(p.fixed_type for p in parts) or sources & _LEXICON_SOURCES:
        return True
    forms = [form for p in parts for form in p.forms if form]
    if _inflected_ordinary_words(parts, forms):
        return False  # شخصان، بالك، بحديقة، (منطقة) للتسوق: a word Arabic inflects as a common noun, whoever read it
    if sources & _VOUCHING_SOURCES:
        return True
    if all(p.type == MISC for p in parts):
        return True  # named events and agreements are made of ordinary words (الحرب العالمية الثانية)
    if all(p.type == PERSON for p in parts) and (_uncued_ordinary_words(parts, forms) or _a_clause_after_a_title(parts, forms)):
        return False
    everyday = bool(forms) and all(_everyday_phrase(form) for form in forms)
    if sum(p.count for p in parts) > 1:
        return not (everyday and all(p.type == PERSON for p in parts))  # الصديق العزيز، نسأل الله: no one's name
    return not everyday


def _a_clause_after_a_title(parts: list[_Group], forms: list[str]) -> bool:
    """Words only a title cue read as a name (no model): a verb or a verbal noun and its
    object: the sentence goes on after the title (قائد المنطقة يعايد المصابين، طلبنا من
    أعضاء المجلس إبداء ضبط النفس), no name follows it. A given name so shaped is followed
    by a name (الدكتورة إلهام منصور، يامن الشهري، إقبال الحسن)."""
    sources = set().union(*(p.sources for p in parts))
    return "title-cue" in sources and "model" not in sources and bool(forms) and all(_a_verb_and_its_object(form) for form in forms)


def _a_verb_and_its_object(form: str) -> bool:
    """يعايد المصابين، إبداء ضبط: a verb or a verbal noun, then only ordinary words that
    no family name is: indefinite (ضبط) or a definite sound plural (المصابين; not الشهري،
    الحسن)."""
    first, *rest = strip_diacritics(form).split() or [""]
    return bool(rest) and _a_verb_or_a_verbal_noun(first) and all(_an_object_word(word) for word in rest)


def _an_object_word(word: str) -> bool:
    """An ordinary word no family name is: indefinite, or a definite sound plural."""
    definite = _without_conjunction(match_key(word)).startswith("ال")
    return _an_ordinary_word_of_a_phrase(word) and (not definite or match_key(word).endswith(("ين", "ون", "ات")))


def _a_verb_or_a_verbal_noun(word: str) -> bool:
    """يعايد، يدشن: the ي of an imperfect verb on its perfect stem (عايد، دشن), a word of its
    own; إبداء، إجبار، اعمار: the verbal noun إفعال of a derived verb. Names so shaped (يزيد، إسلام،
    إيمان) are names the NER model's training data saw."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names

    if seen_in_names(match_key(word)):
        return False
    stem = word[1:]
    if word[:1] == "ي" and len(stem) >= 3:
        return word_zipf(stem) >= _VERB_STEM_ZIPF and not seen_in_names(match_key(stem))
    return len(word) == 5 and word[0] in "إا" and word[3] == "ا"  # اعمار: the hamza often left unwritten


# How common (Zipf) the perfect stem of a verb read after a title must be (عايد 3.3، دشن 3.5).
_VERB_STEM_ZIPF = 3.0


def _uncued_ordinary_words(parts: list[_Group], forms: list[str]) -> bool:
    """A "person" no sentence marks as one (no title before it, no بن beside it, no other
    name beside it) written only in ordinary Arabic words: one word the NER model's
    training data did not see mostly in names and that takes the article in ordinary text
    (رصيف، هرمون، غريب، باحثون) or, named once, is a common definite word its sentence reads
    as a noun or an adjective (للراتب، السعودي النبيل), or a phrase of words
    never seen in names (باطن الأرض): the model read words, not a name."""
    from kg.tag import seen_in_names_mostly

    if any(_PERSON_CUE in p.sources for p in parts) or not any(_NO_PERSON_CUE in p.sources for p in parts) or not forms:
        return False  # a cue, or no sentence of it read (clusters handed over as they are)
    if all(_WITH_AND_WITHOUT_ARTICLE in p.sources and " " not in p.key for p in parts):
        return True  # جين جديد ... الجين: "a gene", then "the gene" (not الدوابشة of سعد دوابشة, a family's name)
    if all(" " not in p.key for p in parts):
        read_so = sum(p.count for p in parts) == 1 and any(_DEFINITE_WORD in p.sources for p in parts)
        return all(not seen_in_names_mostly(match_key(form))
                   and (_takes_the_article(form) or _a_noun_with_a_pronoun(form) or read_so and _a_definite_word(form)) for form in forms)
    if all(_an_ordinary_word_of_a_phrase(word, i == 0) for form in forms for i, word in enumerate(form.split())):
        return True
    if sum(p.count for p in parts) > 1 or any(_SAID in p.sources for p in parts):
        return False
    return all(_opens_on_no_given_name(form) for form in forms)


def _opens_on_no_given_name(form: str) -> bool:
    """A phrase named once whose first word no given name is: a word with the article,
    which a given name does not take (التيفو الاهلاوي "the Ahli tifo"), or an ordinary word,
    bare (منجم فريد "a unique mine") or after a glued preposition (برش رذاذ "by spraying a
    mist"), followed by ordinary words only, none a family's (a nisba with the article:
    سحر الشهري) or mostly seen in names (نجاة حسين). A given name never seen in a name
    by the NER model's training data opens a name whose other words are names."""
    from kg.tag import seen_in_names, seen_in_names_mostly

    first, *rest = strip_diacritics(form).split() or [""]
    if not rest or seen_in_names(match_key(first)) or any(seen_in_names_mostly(match_key(word)) for word in rest):
        return False
    if first.startswith("ال"):  # as written: ألبرت is no article
        return all((word.startswith("ال") or _takes_the_article(word)) and not seen_in_names(match_key(word)) for word in rest)
    opens = _an_ordinary_word_of_a_phrase(first, opening=True) or _a_preposition_on_a_verbal_noun(first)
    return opens and all(_takes_the_article(word) or _a_definite_word(word) for word in rest)


def _after_a_verb_of_saying(doc: Document, mention: Mention) -> bool:
    """A verb of saying (event_cues.tsv) stands right before the mention, or before the one
    definite word before it, a role noun (وقالت المبتعثة ميسر جبر)."""
    from kg.extract.triggers import cues

    tokens = doc.sentences[mention.sentence].tokens
    first = mention.first_token
    before = [_without_conjunction(tokens[i].key) for i in range(max(first - 2, 0), first)]
    if len(before) == 2 and not before[1].startswith("ال"):
        before = before[1:]
    return bool(before) and before[0] in cues()["speech"]


def _a_preposition_on_a_verbal_noun(word: str) -> bool:
    """برش "by spraying", لجمع "for gathering": ب، ل or ك glued on a short everyday word that
    takes the article, never seen in a name and commoner alone than with the letter
    (``_a_preposition_on_an_everyday_word`` reads the longer nouns)."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names

    rest = word[1:]
    return word[:1] in ("ب", "ل", "ك") and len(rest) >= 2 and not seen_in_names(match_key(rest)) \
        and _takes_the_article(rest) and word_zipf(rest) > word_zipf(word)


def _inflected_ordinary_words(parts: list[_Group], forms: list[str]) -> bool:
    """Every form is one word that Arabic morphology marks as a common noun, and no
    sentence marks it as a name (a title or another name beside a person, a place noun
    governing it with no preposition between, quotation marks around a title): a noun with
    its pronoun (بالك، أولوياتك، جنوبه), the dual of an everyday noun (شخصان، جمعيتان، هدفان; not before a
    genitive, which a dual's ن leaves: ظهران الجنوب), a preposition glued on an everyday
    noun (بحديقة، ببطولة) or the tanween of the indefinite accusative (جيلا بعد جيل،
    انتخابيا، متعجباً متحيراً: written ً overrides even a title before it, not quotation marks
    around a work's title, «وداعًا كارمن»). A name takes none of these, whatever type the model
    gave it."""
    from kg.tag import PLACE_NOUN_SOURCE

    if any(_QUOTED_ALONE in p.sources for p in parts):
        return False  # أغنية «مشكلتك»، فيلم «وداعًا كارمن»: a title as quoted
    if forms and all(_opens_with_written_tanween(form) for form in forms):
        return True  # السلطان متعجباً متحيراً: the accusative is written, whatever cue read a name there
    if any(_PERSON_CUE in p.sources for p in parts):
        return False  # الدكتور ...: named so by its sentence
    if any(PLACE_NOUN_SOURCE in p.sources for p in parts):
        # محافظة ...: a place noun names what it governs, never through a preposition (منطقة للتسوق)
        return bool(forms) and all(_a_preposition_on_an_everyday_word(strip_diacritics(form)) for form in forms)
    dual = not any(_BEFORE_A_DEFINITE_WORD in p.sources for p in parts)
    accusative = not any(_BRACKETED_ALONE in p.sources for p in parts)
    return bool(forms) and all(_an_inflected_ordinary_word(form, dual, accusative) for form in forms)


def _an_inflected_ordinary_word(form: str, dual: bool = True, accusative: bool = True) -> bool:
    """One word, never seen in a name by the NER model's training data, that is a noun with
    its pronoun, (``dual``) a dual or (``accusative``) an indefinite accusative, bare or
    after a glued conjunction or preposition (وجنوبه، بتدريبي، وجيوسياسيا), or a preposition
    on an everyday word (بحديقة)."""
    from kg.tag import seen_in_names

    word = strip_diacritics(form)
    if len(word.split()) != 1 or seen_in_names(match_key(word)):  # a no-break space parts words too (خالد فدا)
        return False
    if _a_noun_with_a_pronoun(word) or (dual and _a_dual(word)) or _a_preposition_on_an_everyday_word(word):
        return True
    if accusative and _an_indefinite_accusative(word):
        return True  # جيلا، انتخابيا
    rest = word[1:]
    if word[:1] not in _SINGLE_PROCLITICS or len(rest) < 4 or seen_in_names(match_key(rest)) or bare_key(rest) in token_gazetteer():
        return False
    return _a_noun_with_a_pronoun(rest, glued=word[:1]) or (dual and _a_dual(rest)) or (
        accusative and word[:1] in _CONJUNCTIONS and _an_indefinite_accusative(rest)
    )


_TANWEEN_FATH = "\u064b"  # ً


def _opens_with_written_tanween(form: str) -> bool:
    """The first word carries the accusative tanween ً (متعجباً، مهنئاً): an indefinite
    adverb or adjective; a name is definite and takes none."""
    words = form.split()
    return bool(words) and _TANWEEN_FATH in words[0][-2:]  # اً or ًا


def _an_indefinite_accusative(word: str) -> bool:
    """جيلا "a generation", انتخابيا "electorally", جيوسياسيا: the alif of the indefinite
    accusative on an everyday noun or nisba adjective that no name the training data or the
    gazetteer knows ends so (سوريا، صبيا are places; ماريا is a name), the whole rarer than
    the word with the article (جيلا 3.6 against الجيل 4.7): a name keeps its alif in every
    case."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names_mostly

    stem = word[:-1]
    if not word.endswith("ا") or len(stem) < 3 or stem.startswith("ال") or seen_in_names_mostly(match_key(stem)):
        return False
    if bare_key(word) in token_gazetteer() or bare_key(stem) in token_gazetteer():
        return False
    definite = word_zipf("ال" + stem)
    return definite >= _TAKES_THE_ARTICLE_ZIPF and word_zipf(word) < definite


def _what_is_around(doc: Document, mention: Mention) -> set[str]:
    """What the words around a mention say of its shape: a word with the article right after
    a one-word mention (ظهران الجنوب: no dual), quotation marks around it alone (a title:
    «مشكلتك»), brackets around it alone (a name or acronym given so, (آياتا), or a word,
    (هدفان)), a nationality adjective right before it (البولندي أدريان: a person's)."""
    from kg.tag import quoted_alone

    tokens = doc.sentences[mention.sentence].tokens
    first, last = mention.first_token, mention.last_token
    around = {_QUOTED_ALONE} if quoted_alone(tokens, first, last) else set()
    if 0 < first and last < len(tokens) and (tokens[first - 1].text, tokens[last].text) == ("(", ")"):
        around.add(_BRACKETED_ALONE)
    if last - first == 1 and last < len(tokens) and _with_the_article(_without_conjunction(tokens[last].key)):
        around.add(_BEFORE_A_DEFINITE_WORD)
    if first > 0 and (before := _without_conjunction(tokens[first - 1].key)).startswith("ال") \
            and DEMONYM in token_gazetteer().get(bare_key(before), ()):
        around.add(_AFTER_A_NATIONALITY)
    return around


def _with_the_article(key: str) -> bool:
    """A word (its key) that carries the article: not إلى nor الذي, which only open like it
    (ولمح الهاشمي إلى: no definite word after the name)."""
    return key.startswith("ال") and key not in _LIKE_THE_ARTICLE


def _read_as_a_definite_word(doc: Document, mention: Mention, neighbours: list[Mention]) -> bool:
    """A one-word definite mention the sentence reads as a common word: a preposition is
    glued on its article (للراتب، بالبهاء: a family name alone seldom takes one), or it
    follows a definite word no mention holds, as an adjective or a coordinated noun does
    (الشعب السعودي النبيل، السداد والتوفيق); not after a noun in construct (حفيد الشريف، لكسب
    الحمد: a family name may stand there)."""
    tokens = doc.sentences[mention.sentence].tokens
    first = mention.first_token
    if mention.last_token - first != 1:
        return False
    written = match_key(tokens[first].text)
    if written.startswith(("لل", "بال", "كال", "ولل", "وبال")):
        return True
    if not _without_conjunction(written).startswith("ال") or first == 0:
        return False
    before = match_key(tokens[first - 1].text)
    held = any(other.first_token <= first - 1 < other.last_token for other in neighbours if other is not mention)
    return not held and _without_conjunction(before).startswith("ال") and len(before) > 4


def _a_definite_word(word: str) -> bool:
    """A word with the article, common so in ordinary text, that is no nisba (الحنان
    "tenderness", الحكيم "the wise", التوفيق "success"; not الغامدي، العيسى)."""
    from kg.lexicon import word_zipf

    word = _strip_proclitic(word)
    return word.startswith("ال") and not match_key(word).endswith("ي") and word_zipf(word) >= _DEFINITE_PHRASE_WORD_ZIPF


def _an_ordinary_word_of_a_phrase(word: str, opening: bool = False) -> bool:
    """A word of a phrase, not of a name: never seen in a person's name by the NER model's
    training data, and common, with its article (الرغبات، الكوليرا), able to take it (باطن،
    وباء) or with its pronoun (برقيتي، ديننا), also after a glued "and" (ودروس) or, inside
    the phrase, a glued preposition (لصيام، للصيام) on an everyday word clearly commoner
    without it (not كاتي, بنتن, وسامر): باطن الأرض، وباء الكوليرا، مستجدات الأوضاع، التوفيق
    لصيام، برقيتي تهنئة. ``opening``: the phrase's first word, where ب، ل or ك are a name's
    own letters as often (لبنى)."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names, seen_in_names_mostly

    if seen_in_names(match_key(word)):
        return False
    if _strip_proclitic(word) != word and _an_ordinary_word_of_a_phrase(_strip_proclitic(word)):
        return True  # للصيام، بالقرار: the definite word
    if word.startswith("ال"):
        return word_zipf(word) >= _DEFINITE_PHRASE_WORD_ZIPF
    rest = word[1:]
    glued = (
        word[:1] in (_CONJUNCTIONS if opening else _SINGLE_PROCLITICS) and len(rest) >= 3
        and not seen_in_names_mostly(match_key(rest)) and word_zipf(rest) >= max(_GLUED_WORD_ZIPF, word_zipf(word) + _CLEARLY_COMMONER)
    )
    return _takes_the_article(word) or (glued and _takes_the_article(rest)) or _a_noun_with_a_pronoun(word)


def _takes_the_article(word: str) -> bool:
    """The word (as written, without the article) is common with the article (رصيف ->
    الرصيف; معلقا, with its accusative alif, -> المعلق)."""
    from kg.lexicon import word_zipf

    if word.startswith("ال"):
        return False
    stems = {word, word[:-1]} if word.endswith("ا") and len(word) > 3 else {word}
    return max(word_zipf("ال" + stem) for stem in stems) >= _TAKES_THE_ARTICLE_ZIPF


def _a_noun_with_a_pronoun(word: str, glued: str = "") -> bool:
    """A common noun with a pronoun attached (ديننا "our religion", وطنهم، حكومتها، جنوبه،
    أولوياتك): a name takes no pronoun, and without it the word is common with the article
    (الدين، الحكومة); a foreign name ending so (سانتانا) does not take the article. The
    one-letter pronouns ه and ك end more names and foreign words (طه، سابك), so their noun
    must be commoner; ي "my" ends countless names (فهمي، مالي، جيلي) and counts only after a
    glued preposition (بتدريبي "by training me") or on a noun in ة, written ت before it
    (حياتي، سيدتي; برقيتي, the dual in construct, ends so too): a nisba drops the ة instead
    (كويتي). A word far commoner than the noun it would carry a pronoun on is a word of its
    own (بارك "blessed" and Park, not البار)."""
    from kg.lexicon import word_zipf

    suffix = next((s for s in _NOUN_PRONOUNS + _ONE_LETTER_PRONOUNS + ("ي",) if word.endswith(s)), "")
    core = word[: len(word) - len(suffix)]
    if not suffix or len(core) < 3 or core.startswith("ال"):
        return False
    cores = (core, core[:-1] + "ة") if core.endswith("ت") else (core,)
    floor = _TAKES_THE_ARTICLE_ZIPF if suffix in _NOUN_PRONOUNS else _ONE_LETTER_PRONOUN_NOUN_ZIPF
    if suffix == "ي" and glued not in ("ب", "ل"):
        cores, floor = cores[1:], _TAKES_THE_ARTICLE_ZIPF  # only the noun in ة, whose ت marks it: حياتي, not فهمي
    if not cores:
        return False
    noun = max(word_zipf("ال" + c) for c in cores)
    return noun >= floor and word_zipf(word) <= noun + _COMMONER_THAN_ITS_NOUN


# Pronouns a noun carries, of more than one letter: they end few names.
_NOUN_PRONOUNS = ("هما", "كما", "ها", "هم", "هن", "كم", "نا")
# "His" and "your": a noun with one of these must be this common with the article (Zipf;
# البال 3.8, الجنوب 5.0), far above what a name's first letters make (سابك: الساب 2.1).
_ONE_LETTER_PRONOUNS = ("ه", "ك")
_ONE_LETTER_PRONOUN_NOUN_ZIPF = 3.5
# A noun with its pronoun is at most this much commoner (Zipf) than the noun with the
# article (اسمه 5.1 against الاسم 4.9; بالك 4.2 against البال 3.8); بارك (4.7, البار 3.8)
# and مارك (4.7, المار 3.1) are words and names of their own.
_COMMONER_THAN_ITS_NOUN = 0.5


def _a_dual(word: str) -> bool:
    """شخصان، جمعيتان، هدفان: the dual of an everyday noun (ان, تان for a noun in ة) no name
    was seen to be, the dual far rarer than its singular. A name so shaped is a name the
    training data saw (سلمان، عدنان), or its singular is no everyday noun (عجلان، شملان:
    عجل، شمل), or the name is nearly as common as the word (بلدان is a plural, جازان a town)."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names_mostly

    ending = next((e for e in ("تان", "ان") if word.endswith(e)), "")
    singular = word[: -len(ending)] + ("ة" if ending == "تان" else "") if ending else ""
    if len(singular) < 3 or word.startswith("ال") or seen_in_names_mostly(match_key(singular)):
        return False
    zipf = word_zipf(singular)
    return zipf >= _DUAL_SINGULAR_ZIPF and word_zipf(word) <= zipf - _DUAL_RARER


# The singular of a dual read as a name is at least this common (Zipf; شخص 5.8، قرن 4.3;
# the family names عجلان، شملان stand on عجل 4.05، شمل 4.2) ...
_DUAL_SINGULAR_ZIPF = 4.3
# ... and the dual this much rarer than its singular (شخصان 3.6 against 5.8; كوبان 2.9
# against 4.4), where a name is about as common as the word it looks like (جازان، بلدان).
_DUAL_RARER = 1.4


def _a_preposition_on_an_everyday_word(word: str) -> bool:
    """بحديقة "with a garden", ببطولة "in a championship", (منطقة) للتسوق "for shopping":
    ب، ل or ك glued on an everyday noun (it takes the article) that is no name a lexicon
    knows (لألمانيا is Germany) and no conjunction (بوروسيا: no و follows a preposition),
    the whole rarer than the word alone."""
    from kg.lexicon import word_zipf
    from kg.tag import is_everyday_word

    stem = "ال" + word[2:] if word.startswith("لل") else word[1:]  # للتسوق: ل on التسوق, its alif dropped
    if word[:1] not in ("ب", "ل", "ك") or len(stem) < 4 or stem[:1] in _CONJUNCTIONS or bare_key(stem) in token_gazetteer():
        return False
    noun = stem.startswith("ال") or _takes_the_article(stem)  # كارتر is common, but as a name: it takes no article
    return noun and is_everyday_word(stem) and word_zipf(word) < word_zipf(stem)


def _person_cue(doc: Document, mention: Mention, neighbours: list[Mention]) -> bool:
    """The sentence marks the mention as a person's name: it was read after a title, a
    title or honorific ends right before it (الدكتور ...), a lineage word stands beside it
    (ابن متعب، محمد بن ...), another person's name stands right beside it or across a
    و or comma (سعود وفيصل وخالد, a name cut in two), it opens the sentence before a colon
    (a speaker in a headline: «هالك: ...»), or a word mostly seen in names stands right
    beside it (جاد عابدين; not عبد or أبو before it: a compound name cut in two is no cue)."""
    from kg.tag import seen_in_names_mostly

    if mention.source == "title-cue":
        return True
    tokens = doc.sentences[mention.sentence].tokens
    first, last = mention.first_token, mention.last_token
    if first > 0 and tokens[first - 1].key in _NASAB_KEYS or last < len(tokens) and tokens[last].key in _NASAB_KEYS:
        return True
    if first == 0 and last < len(tokens) and tokens[last].text == ":":
        return True
    before = tokens[first - 1].key if first > 0 else ""
    if before and seen_in_names_mostly(before) and before not in _COMPOUND_HEADS or last < len(tokens) and seen_in_names_mostly(tokens[last].key):
        return True  # جاد عابدين، رزق عبد الحميد: the rest of a name the model cut
    for other in neighbours:  # the mentions of its sentence
        if other is mention:
            continue
        if other.label == TITLE and first - 1 <= other.last_token <= first:
            return True
        if other.label == PERSON and (_beside(tokens, other.last_token, first) or _beside(tokens, last, other.first_token)):
            return True
    return False


def _retype_places_read_as_people(doc: Document, mentions: list[Mention], by_sentence: dict[int, list[Mention]]) -> None:
    """A "person" of the document that no sentence marks as one, written twice or more as
    the object of في "in", a third of its mentions or more: في بالي is a place (LOC), not
    a person the model guessed (a town, a resort, a palace). A person is seldom "in" (رأيه
    في كاسياس, once); a name opening with a word mostly seen in names (روبرت كيندي) is
    left a person."""
    from kg.tag import seen_in_names_mostly

    named: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label == PERSON and _readable(doc, mention):
            named[mention.key].append(mention)
    for key, same in named.items():
        inside = sum(_word_before(doc, m) == _IN for m in same)
        if inside < _MIN_IN or inside * _IN_SHARE < len(same):
            continue
        if seen_in_names_mostly(key.split(" ")[0]) or any(_person_cue(doc, m, by_sentence[m.sentence]) for m in same):
            continue
        for other, mentioned in named.items():
            if other == key or _holds_the_name(other, key):
                for m in mentioned:
                    m.label = LOC
                    if other.endswith(" " + key):
                        _cut_to_its_last_words(doc, m, key)


def _holds_the_name(longer: str, key: str) -> bool:
    """A "person" that is the name with words before it or a proclitic glued on (وداع بالي،
    بهامتون كورت for بالي، هامتون كورت): the same place, where the model ran its span over
    more."""
    if longer.endswith(" " + key):
        return True
    first, _, rest = longer.partition(" ")
    return first[:1] in _SINGLE_PROCLITICS and " ".join(filter(None, (first[1:], rest))) == key


def _cut_to_its_last_words(doc: Document, mention: Mention, key: str) -> None:
    """The mention cut to the words of ``key`` that end it (وداع بالي -> بالي)."""
    tokens = doc.sentences[mention.sentence].tokens
    mention.first_token = mention.last_token - len(key.split(" "))
    mention.start = tokens[mention.first_token].start
    mention.text = doc.text[mention.start : mention.end]
    mention.key = key


def _word_before(doc: Document, mention: Mention) -> str:
    """The key of the token before the mention, without a glued و or ف ("" at the start)."""
    tokens = doc.sentences[mention.sentence].tokens
    return _without_conjunction(tokens[mention.first_token - 1].key) if mention.first_token > 0 else ""


def _name_words_beside(doc: Document, mention: Mention) -> set[str]:
    """Joined keys of what the text writes right beside a one-word person's mention as part
    of its name, which the model left out: a given name before it (كجرجي زيدان: ك + جرجي),
    the family word آل (وآل زيدان: a family), or a name word right after it (صالح الربيعة cut
    to صالح). A full name whose words hold none of these is someone else (نبيل عبدالله
    زيدان), whatever surname they share. A mention glued to و or ب (نتنياهو وأوباما), or
    a word across a comma or glued to و after it, is the next of a list, not its name."""
    from kg.tag import seen_in_names_mostly

    tokens = doc.sentences[mention.sentence].tokens
    first, last = mention.first_token, mention.last_token
    out = set()
    lineage = first > 1 and tokens[first - 2].key in _NASAB_KEYS  # نزار بن عبيد مدني: a father's name, which نزار مدني leaves out
    if first > 0 and mention.start == tokens[first].start and not lineage:
        key = tokens[first - 1].key
        readings = [key] if key == _FAMILY or seen_in_names_mostly(key) else _without_proclitic(key)  # فوزي whole, كجرجي as ك + جرجي
        for word in readings:
            if word == _FAMILY or seen_in_names_mostly(word) and word not in _COMPOUND_HEADS:
                out.add(_joined(bare_key(word)) if word != _FAMILY else _FAMILY)
    if last < len(tokens) and seen_in_names_mostly(tokens[last].key):
        out.add(_joined(bare_key(tokens[last].key)))
    return out


def _nationality_beside(doc: Document, mention: Mention, neighbours: list[Mention]) -> set[str]:
    """ISO codes of the nationality adjectives that qualify a person's mention: a masculine
    singular one right before it (البرازيلي رونالدو، الرئيس الأمريكي باراك أوباما), right
    after it or closing the model's span (رونالدو البرازيلي). A feminine form is more often
    a country, the verb's object (زار أوباما السعودية), or another noun's adjective, and a
    plural (استهدف الأميركيون بلمختار) names a people."""
    tokens = doc.sentences[mention.sentence].tokens
    out = {
        other.iso for other in neighbours
        if other.source == "demonym" and other.iso and match_key(other.text).endswith("ي") and (
            other.last_token == mention.first_token and _qualifies_what_follows(tokens, other, neighbours)
            or other.first_token == mention.last_token
        )
    }
    if mention.last_token - mention.first_token > 1 and match_key(tokens[mention.last_token - 1].text).endswith("ي"):
        out.update(_demonym_iso(tokens[mention.last_token - 1].key))
    return out


def _nationality_after(mention: Mention, neighbours: list[Mention]) -> set[str]:
    """ISO codes of the nationality adjectives right after a one-word thing's mention:
    كأس السوبر الإسبانية، السوبر السعودي name the super cups of two countries."""
    return {other.iso for other in neighbours if other.source == "demonym" and other.iso and other.first_token == mention.last_token}


def _qualifies_what_follows(tokens, adjective: Mention, neighbours: list[Mention]) -> bool:
    """A nationality adjective before a name qualifies the person when it stands alone as
    his noun (والبرازيلي رونالدو، القيادي «القاعدة» الجزائري ...) or follows his title
    (الرئيس الأمريكي أوباما); after another definite noun it is that noun's (الجيش الليبي
    صلاح الدين عبد الكريم: the army's, not the man's)."""
    at = adjective.first_token - 1
    if at < 0 or not _without_conjunction(tokens[at].key).startswith("ال"):
        return True
    return any(other.label == TITLE and other.last_token == adjective.first_token for other in neighbours)


def _demonym_iso(key: str) -> set[str]:
    """The country of a nationality adjective written as one token (البرازيلي -> BR)."""
    from kg.lexicon import Demonym, gazetteer

    return {m.entry.iso for m in gazetteer().match([key]) if isinstance(m.entry, Demonym) and m.entry.iso}


def _nationalities_apart(a: _Group, b: _Group) -> bool:
    """Two people the text gives different nationalities, none shared (البرازيلي رونالدو /
    البرتغالي كريستيانو رونالدو): a partial name is no part of the other's name."""
    return a.type == PERSON and b.type == PERSON and bool(a.nationality) and bool(b.nationality) and not a.nationality & b.nationality


def _cluster_beside(parts: list[_Group], head: _Group) -> list[str]:
    """What a cluster hands on of the words beside its mentions: an institution's towns, a
    one-word person's name words (cleared where a mention had none)."""
    if head.type != ORG and (" " in head.key or any(p.alone_too for p in parts if p.type == PERSON)):
        return []
    return sorted(set().union(*(p.beside for p in parts)))


def _place_after(doc: Document, mention: Mention, neighbours: list[Mention]) -> set[str]:
    """Keys of the town an institution's mention is placed in right after its name (مستشفى
    الملك فيصل بمكة المكرمة، ... في الرياض): two institutions of one name in two towns
    are two (``_places_apart``)."""
    tokens = doc.sentences[mention.sentence].tokens
    last = mention.last_token
    at = last + 1 if last < len(tokens) and tokens[last].key == _IN else last
    return {
        canonical_key(other.canonical, other.label_en) if other.canonical else other.key
        for other in neighbours
        if other.label == GPE and other.first_token == at and (at > last or other.start > tokens[at].start)
    }


def _beside_suffix(beside: list[str]) -> str:
    """What a bare surname's corpus key gains from the name words written beside it
    (زيدان--جرجي): the same surname written beside another word is another group."""
    return f"--{_NOT_ID.sub('_', '_'.join(sorted(beside)))}" if beside else ""


def _qualifier_suffix(cluster: Cluster) -> str:
    """What a one-word person's corpus key gains from the name words and the nationality
    written beside it (زيدان--جرجي، رونالدو--BR)."""
    nationality = f"--{'_'.join(cluster.nationality)}" if cluster.nationality and " " not in cluster.key else ""
    return _beside_suffix(cluster.beside) + nationality


def _beside_key(group: _Group) -> frozenset[str]:
    """The name words and nationalities beside a one-word person (none for other types):
    groups merge by key or spelling only when these agree (كجرجي زيدان is no other
    article's زيدان, البرازيلي رونالدو no other article's رونالدو)."""
    if group.type != PERSON:
        return frozenset()
    return frozenset(group.beside) | (frozenset(group.nationality) if " " not in group.key else frozenset())


def _places_apart(a: _Group, b: _Group) -> bool:
    """Two institutions placed in different towns (مستشفى الملك فيصل بمكة المكرمة /
    مستشفى الملك فيصل التخصصي بالرياض): a shorter name is no part of the longer one."""
    return a.type == ORG and b.type == ORG and bool(a.beside) and bool(b.beside) and not a.beside & b.beside


def _glued_onto_a_name(group: _Group, first: str) -> bool:
    """The group's first word, as its commonest form writes it, opens with the proclitic its
    key opens with (not the article: البوينج is no ب + وينج) and is no word of its own
    (kg.lexicon.a_word_of_its_own): كغوغل and برام الله are ك + غوغل and ب + رام الله;
    كابل "cable", بلاتيني and كاسيا are names or words of their own."""
    from kg.lexicon import a_word_of_its_own

    written = [strip_diacritics(form.split(" ")[0]) for form, _ in group.forms.most_common()]
    word = next((w for w in written if w and first.startswith(match_key(w))), "" if written else first)
    return word[:1] == first[:1] and not a_word_of_its_own(word, word[0])


def _without_proclitic(key: str) -> list[str]:
    """The word without one glued conjunction or preposition (كجرجي -> جرجي، وآل -> آل)."""
    if key[:1] in _SINGLE_PROCLITICS and key[1:] == _FAMILY:
        return [_FAMILY]
    return [stem for prefix, stem in clitic_splits(key) if len(prefix) == 1]


def _in_a_word_sense(doc: Document, mention: Mention, neighbours: list[Mention]) -> bool:
    """The sentence reads a one-word mention as an ordinary word, not a name: it follows a
    word that only a noun or an adjective follows (يتم تيسير الإجراءات، سقوط غير محمود:
    kg/data/word_sense_cues.tsv; a lexicon's name after غير, "other than", is still that
    name), it comes before واحد "a single" (في خندق واحد), a "person" holds a time word
    (صباح غد، مساء أمس), or the model read a common definite noun as a place before a
    definite nisba adjective that describes it (المشهد الفني: "the art scene"). A "thing"
    that ends in how long (البطولة لعام واحد) or is a definite plural (الصبّات) and an
    "organisation" that governs the place after it (أفضلية المكسيك) are ordinary words too;
    one word after a noun of household (عائلة، أسرة) or آل names a family, not a person."""
    from kg.lexicon import word_sense_cues

    cues = word_sense_cues()
    tokens = doc.sentences[mention.sentence].tokens
    first, last = mention.first_token, mention.last_token
    if mention.label == PERSON and any(cues.get(_without_conjunction(match_key(t.text))) == "time" for t in tokens[first:last]):
        return True  # صباح غد "tomorrow morning": a time, whatever the first word names elsewhere
    if mention.label == MISC and not mention.canonical and _ends_with_a_duration(tokens, first, last):
        return True  # تأجيل البطولة لعام واحد: a noun and how long, no event's name
    if mention.label == PERSON and last - first == 2 and cues.get(_without_conjunction(match_key(tokens[first].text))) == "household":
        return True  # أسرة غونزاليز taken whole: a household, no one person
    if last - first != 1:
        return False
    if mention.label == MISC and not mention.canonical and _a_definite_plural_noun(tokens, first):
        return True  # أعمال الردم و«الصبّات»، الميليشيات: a plural of things, no name
    if mention.label == ORG and mention.source == "model" and _in_construct_with_a_place(tokens, mention, neighbours):
        return True  # أفضلية المكسيك "Mexico's advantage": the noun the place governs, no name
    before = cues.get(_without_conjunction(match_key(tokens[first - 1].text)), "") if first > 0 else ""
    if before in ("household", "clan"):
        return mention.label == PERSON  # منزل عائلة غونزاليز "the Gonzalez family's house": a household, no one person
    if before in ("auxiliary", "negation"):
        return before == "auxiliary" or not mention.canonical
    if last < len(tokens) and cues.get(match_key(tokens[last].text)) == "single":
        return last + 1 >= len(tokens) or match_key(tokens[last + 1].text) != "من"  # تشهد مصر واحدة من: "one of", an object
    return mention.label in _PLACE_LABELS and _a_noun_before_its_adjective(tokens, mention, neighbours)


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _ends_with_a_duration(tokens, first: int, last: int) -> bool:
    """The span ends in ل on a word of duration (kg/data/word_sense_cues.tsv: لعام، لمدة،
    لأسبوع) that no number follows: "for a year", how long something lasts or is put off
    (تأجيل البطولة لعام واحد). An edition's year is a number (بطولة العالم لعام 2015)."""
    from kg.lexicon import word_sense_cues

    cues = word_sense_cues()
    at = next((k for k in range(first + 1, last) if _duration_after_lam(tokens[k].key, cues)), None)
    if at is None:
        return False
    return not any(t.text[:1].isdigit() for t in tokens[at + 1 : min(last + 2, len(tokens))])


def _duration_after_lam(key: str, cues: dict[str, str]) -> bool:
    """لعام، لمدة، للعام: ل glued on a word of duration."""
    if not key.startswith("ل"):
        return False
    return cues.get(key[2:] if key.startswith("لل") else key[1:]) == "duration"  # للعام: ل + (ا)لعام


def _a_definite_plural_noun(tokens, first: int) -> bool:
    """الصبّات، الميليشيات، بالميليشيات: one word with the article (a preposition or و may be
    glued on) in the sound feminine plural ات on a stem of two letters or more (صبّ، a
    doubled letter written once; not الجات, GATT): a plural common noun, which no single
    thing's name is. Not a quoted title a title noun announces
    (رواية «الذكريات»)."""
    from kg.tag import names_quoted_words

    word = _strip_proclitic(match_key(tokens[first].text))
    if not word.startswith("ال") or not word.endswith("ات") or len(word) < 6:
        return False
    before = first - 2 if first > 1 and tokens[first - 1].key == "" else first - 1
    return before < 0 or not names_quoted_words(tokens[before].key)


def _in_construct_with_a_place(tokens, mention: Mention, neighbours: list[Mention]) -> bool:
    """An indefinite everyday noun (it takes the article in ordinary text; no institution
    noun, no word of a team) right before a place's name (not a nationality adjective, which
    may describe the next word: ضم يونايتد الأرجنتيني روميرو), nothing glued on the place (a و
    coordinates: يونايتد وتشيلسي), governs it: أفضلية المكسيك "Mexico's advantage". A
    one-word organisation's name governs no place; after an institution or team noun the
    word and the place are a club's name cut in two (نادي أهلي جدة)."""
    from kg.lexicon import org_heads, team_words
    from kg.tag import seen_in_names

    first = mention.first_token
    word = strip_diacritics(tokens[first].text)
    key = match_key(word)
    if key.startswith("ال") or seen_in_names(key) or key in org_heads() or key in team_words() or not _takes_the_article(word):
        return False
    before = _without_conjunction(tokens[first - 1].key) if first > 0 else ""
    if before in org_heads() or before in team_words():
        return False
    return any(
        other.label in _PLACE_LABELS and other.canonical and other.source != "demonym" and other.first_token == mention.last_token
        and other.start == tokens[other.first_token].start
        for other in neighbours if other is not mention
    )


def _without_conjunction(key: str) -> str:
    """A token's key without a glued و or ف (وغير -> غير)."""
    return key[1:] if key[:1] in _CONJUNCTIONS and len(key) > 2 else key


def _a_noun_before_its_adjective(tokens, mention: Mention, neighbours: list[Mention]) -> bool:
    """A definite everyday word the model read as a place (المشهد "the scene") followed by a
    definite nisba adjective no mention holds (الفني، الدرامية): a noun and its adjective,
    not a place's name. Only the definite pair: an indefinite word after a name may be a
    predicate or a new subject (ظلت نيجيريا خالية، أجريت في حلب عملية)."""
    from kg.tag import is_everyday_word

    last = mention.last_token
    word = _strip_proclitic(tokens[mention.first_token].text)
    if mention.canonical or not word.startswith("ال") or last >= len(tokens) or not is_everyday_word(word):
        return False  # a lexicon's name takes its own adjective (الكونغو الديمقراطية)
    after = match_key(tokens[last].text)
    if any(other.first_token <= last < other.last_token for other in neighbours if other is not mention):
        return False
    return after.startswith("ال") and len(after) > 4 and after.endswith(("ي", "يه"))


def _strip_proclitic(text: str) -> str:
    """The word without one glued conjunction or preposition before its article (والمشهد،
    للمشهد -> المشهد)."""
    if text.startswith("لل"):
        return "ال" + text[2:]
    return text[1:] if text[:1] in _SINGLE_PROCLITICS and text[1:].startswith("ال") else text


def _retype_a_place_alias(doc: Document, mention: Mention, neighbours: list[Mention]) -> None:
    """A person's name in brackets right after a place's name is that place's other name
    (مدينة عين العرب (كوباني)): the mention takes the place's type. The place's span may
    leave its last word out (مدينة عين | العرب)."""
    tokens = doc.sentences[mention.sentence].tokens
    first, last = mention.first_token, mention.last_token
    if mention.label != PERSON or first < 2 or last >= len(tokens) or tokens[first - 1].text != "(" or tokens[last].text != ")":
        return
    for other in neighbours:
        if other.label in _PLACE_LABELS and first - 2 <= other.last_token <= first - 1 and tokens[other.last_token].key:
            mention.label = other.label
            return


def _readable(doc: Document, mention: Mention) -> bool:
    """The mention's sentence is there to read (not for mentions handed over without their text)."""
    if mention.sentence >= len(doc.sentences) or doc.sentences[mention.sentence].index != mention.sentence:
        return False
    tokens = doc.sentences[mention.sentence].tokens
    return 0 <= mention.first_token < mention.last_token <= len(tokens)


def _beside(tokens, end: int, start: int) -> bool:
    """Nothing but a و or punctuation (a comma) between token ``end`` (the exclusive end of
    one name) and token ``start`` (the next name's first token), at most two tokens."""
    return 0 <= end <= start and all(t.key in ("", "و") for t in tokens[end:start]) and start - end <= 2


def _everyday_phrase(text: str) -> bool:
    """A phrase of words that are each common in ordinary Arabic and no first name. A
    single word is left alone: wordfreq counts famous names (داعش، تشيلسي) as common."""
    from kg.tag import is_everyday_word

    words = text.split()
    return len(words) > 1 and all(is_everyday_word(word) for word in words)


def _merge(groups: list[_Group], *, one_document: bool = False) -> list[tuple[list[_Group], list[str]]]:
    """Partition typed groups into entities by the rules in the module docstring."""
    groups = _vote_types(groups, one_document=one_document)
    if one_document:
        _retype_surnames(groups)
    parent = list(range(len(groups)))
    reasons: dict[int, list[str]] = defaultdict(list)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    spelt_apart = [False] * len(groups)  # joined a name spelt otherwise (كيري ~ كوري)

    def union(i: int, j: int, why: str) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
            spelt_apart[min(a, b)] = spelt_apart[a] or spelt_apart[b]
            reasons[min(a, b)].extend(reasons.pop(max(a, b), []))
            reasons[min(a, b)].append(why)

    joined = [_joined(g.key) for g in groups]
    beside = [_beside_key(g) for g in groups]
    by_key: dict[tuple[str, str, frozenset[str]], int] = {}
    for i, g in enumerate(groups):
        j = by_key.get((g.type, joined[i], beside[i]))
        if j is None:
            by_key[(g.type, joined[i], beside[i])] = i
        elif g.key == groups[j].key:
            union(j, i, f"{_name(g)} = {_name(groups[j])}: same type after re-typing")
        elif not _surnames_apart(g, groups[j]):
            union(j, i, f"{_name(g)} = {_name(groups[j])}: the same name written apart or joined")
    # 2. a proclitic glued onto the first word
    for i, g in enumerate(groups):
        first, _, rest = joined[i].partition(" ")
        if first[:1] in _SINGLE_PROCLITICS and len(first) - 1 >= 3:
            stripped = (first[1:] + (" " + rest if rest else ""))
            j = by_key.get((g.type, stripped, beside[i]))
            if j is not None and not _two_lexicon_entries(g, groups[j]) and _glued_onto_a_name(g, first):
                union(j, i, f"{_name(g)} -> {_name(groups[j])}: proclitic {first[0]} attached")
    # 3. spelling variants
    by_skeleton: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        if len(g.key.replace(" ", "")) >= _MIN_VARIANT_LETTERS:
            by_skeleton[(g.type, skeleton(g.key))].append(i)
    for candidates in by_skeleton.values():
        variants = {
            (i, j) for a_index, i in enumerate(candidates) for j in candidates[a_index + 1 :]
            if _is_variant(groups[i].key, groups[j].key) and not _two_lexicon_entries(groups[i], groups[j]) and not _article_apart(groups[i], groups[j])
            and not _surnames_apart(groups[i], groups[j]) and beside[i] == beside[j] and not _known_apart(groups[i], groups[j])
        }
        for i, j in sorted(variants, key=lambda pair: (_edit_distance(groups[pair[0]].key, groups[pair[1]].key), pair)):
            # No chains: two names join only when each spelling of the one is a variant of each
            # of the other's (بورت ~ بيرات ~ بيروتي does not take بورت to Beirut).
            mine, theirs = ([k for k in candidates if find(k) == find(side)] for side in (i, j))
            if find(i) != find(j) and all(joined[k] == joined[m] or (min(k, m), max(k, m)) in variants for k in mine for m in theirs):
                if groups[i].key != groups[j].key:
                    spelt_apart[find(i)] = spelt_apart[find(j)] = True
                union(i, j, f"{_name(groups[j])} ~ {_name(groups[i])}: spelling variant (same skeleton)")
    # 4. partial names, resolved only when exactly one fuller name fits
    words_of = [key.split(" ") for key in joined]
    word_sets = [set(words) for words in words_of]
    roots_by_last: dict[tuple[str, str], set[int]] = defaultdict(set)
    roots_by_first: dict[tuple[str, str], set[int]] = defaultdict(set)
    as_first: Counter = Counter()  # how often a word opens a person's full name, and ends one
    as_last: Counter = Counter()
    for i, (g, words) in enumerate(zip(groups, words_of)):
        if len(words) >= 2:
            roots_by_last[(g.type, words[-1])].add(i)
            roots_by_first[(g.type, words[0])].add(i)
            if g.type == PERSON:
                _count_name_ends(words, g.count, as_first, as_last)

    def ends(i: int, j: int) -> bool:
        """The fuller name j ends with (or holds every word of) the short name i."""
        short, short_set = words_of[i], word_sets[i]
        n = len(short)
        return (len(words_of[j]) > n
                and (words_of[j][-n:] == short or short_set <= word_sets[j] and words_of[j][0] == short[0]  # زينب لباد: زينب بنت محمد لباد
                     and not _skips_a_forebear(short, words_of[j]))
                and not (n == 1 and words_of[j][-2] == _FAMILY)  # سعود alone is no surname of ... آل سعود
                and not _surnames_apart(groups[i], groups[j])
                and groups[i].beside <= word_sets[j]  # كجرجي زيدان، وآل زيدان: not نبيل عبدالله زيدان
                and not _nationalities_apart(groups[i], groups[j])  # البرازيلي رونالدو: not البرتغالي كريستيانو رونالدو
                and not _opens_with_a_forebears_name(short, words_of[j]))  # عبدالله ابوثنين: not علوش بن عبدالله ابوثنين

    def fitting(i: int, pool: set[int], suffix: bool) -> list[int]:
        short = words_of[i]
        if suffix:  # ... the same last words, or every word of the short name with its last one
            return [j for j in pool if ends(i, j) and not _a_fathers_name(groups[i], groups[j], short, words_of[j])]
        return [j for j in pool if len(words_of[j]) > len(short) and words_of[j][:len(short)] == short]

    # A father's name is marked before any partial name is joined: whichever fuller name is
    # looked at first, none of that shape takes it.
    for i, g in enumerate(groups):
        if g.type == PERSON and g.titles and not g.fixed_type and any(
                ends(i, j) and _called_as_the_father(g, groups[j], words_of[i], words_of[j])
                for j in roots_by_last.get((g.type, words_of[i][-1]), ())):
            g.sources.add(_A_FATHERS_NAME)

    # 4a. a span the model stretched over ordinary words next to a known name
    by_joined = {(g.type, joined[i]): i for i, g in enumerate(groups) if g.type == PERSON}
    for i, (g, words) in enumerate(zip(groups, words_of)):
        if g.type != PERSON or len(words) < 2 or g.fixed_type:
            continue
        for size in range(len(words) - 1, 0, -1):
            for name, extra in ((words[:size], words[size:]), (words[-size:], words[:-size])):
                j = by_joined.get((PERSON, " ".join(name)))
                if j is None or find(j) == find(i) or not _a_name_of_its_own(name, as_first, as_last):
                    continue
                if groups[j].count >= _STRETCH_RATIO * g.count and _ordinary_words(extra, g.forms):
                    g.stretched = True
                    union(j, i, f"{_name(g)} -> {_name(groups[j])}: the name with ordinary words the model ran it into")
                    break
            else:
                continue
            break
    # Longer partial names first: يوسف عبد العزيز joins محمد يوسف عبد العزيز before عبد
    # العزيز alone looks for the one name it ends.
    for i in sorted(range(len(groups)), key=lambda k: (-len(words_of[k]), k)):
        g, words = groups[i], words_of[i]
        if g.fixed_type:
            continue
        why = "partial name"
        if g.type == PERSON and len(words) >= 3 and _NASAB & word_sets[i]:
            # محمد بن نايف -> محمد بن نايف بن عبدالعزيز: a lineage cut short. Never by its
            # end: سلمان بن عبدالعزيز ends محمد بن سلمان بن عبدالعزيز, his son's name.
            fits = fitting(i, roots_by_first.get((g.type, words[0]), set()), suffix=False)
        elif g.type == PERSON:
            if len(words) == 1 and 0 < as_first[words[0]] >= as_last[words[0]]:
                if not one_document or as_last[words[0]] or " " in g.key:
                    continue  # سلمان alone: the corpus uses it mostly as a first name, whoever's father it also names;
                    # صالح beside علي عبدالله صالح and صالح قايد الشرجي: a first name or a surname;
                    # عبد الله, two words, would name the article's cluster of الملك عبد الله بن عبد العزيز
                # الطفلة زينب beside زينب بنت محمد لباد: the one person the article names so
                fits = [j for j in fitting(i, roots_by_first.get((g.type, words[0]), set()), suffix=False)
                        if _its_given_name(g, groups[j]) and g.qualifiers <= word_sets[j]]  # الملك عبد الله الثاني: not عبد الله الأول
                if len({find(j) for j in fits}) > 1:
                    continue  # دونالد beside دونالد لو and دونالد ترامب: which one is unknown
                why = "the given name of the one full name of its article"
            else:
                fits = fitting(i, roots_by_last.get((g.type, words[-1]), set()), suffix=True)
        elif g.type in ("ORG", "MISC"):
            fits = fitting(i, roots_by_first.get((g.type, words[0]), set()), suffix=False) if len(words) >= 2 else []
            if words[0] in _state_heads():
                # وزارة الإسكان named without its country is no other article's وزارة الإسكان الجزائرية
                fits = [j for j in fits if not _names_a_country(words_of[j][len(words):])]
            elif words[0] in _national_heads() and _names_a_country(words[1:]):
                fits = []  # الجيش السوري is the country's army, whole: a word more (الجيش السوري الحر) is another body
        else:
            continue
        fits = [j for j in fits if not groups[j].stretched]  # بفيتو أوباما is no fuller name of أوباما
        if len(words) == 1 and not one_document and any(_a_known_name_and_a_word(groups, groups[j], words_of[j], by_joined) for j in fits):
            continue  # another article's اشرف: its last word may be what the model ran a known name into (عبدربه منصور هادي أشرف "supervised")
        targets = {find(j) for j in fits}
        if len(targets) > 1 and g.type == PERSON and find(i) not in targets:
            # أوباما: باراك أوباما 90 times, ميشيل أوباما once; never for كيري once it took كوري
            # in one article, the one fuller name that opens on a name (فابيو كوينتراو, not شارك كوينتراو)
            named = [j for j in fits if one_document and _a_name_before(words, words_of[j], groups[j])]
            run_over = all(j in named or _ordinary_words(words_of[j][:-1], groups[j].forms) for j in fits)
            if spelt_apart[find(i)]:
                fits = []
            elif run_over and len({find(j) for j in named}) == 1:
                fits = named
            else:
                fits = _dominant(fits, groups)
            targets = {find(j) for j in fits}
        if len(targets) == 1 and find(i) not in targets and not any(_places_apart(g, groups[k]) for k in fits):
            j = min(fits, key=lambda k: (-len(groups[k].key), groups[k].key))
            union(j, i, f"{_name(g)} -> {_name(groups[j])}: {why}")
    parts: dict[int, list[_Group]] = defaultdict(list)
    for i, g in enumerate(groups):
        parts[find(i)].append(g)
    return [(parts[root], reasons.get(root, [])) for root in sorted(parts)]


def _a_name_before(short: list[str], full: list[str], group: _Group) -> bool:
    """A fuller name that ends with the one-word surname, which its sentence marks as a
    person's, opening on words the NER model's training data saw mostly in names (فابيو
    كوينتراو; not شارك كوينتراو "Coentrão took part", ثناء أوباما "Obama's praise", ورقتان غار
    "two laurel leaves"): of a surname's several fuller names in one article, that one is
    the person the bare surname stands for when the others open on ordinary words
    (``_ordinary_words``: شارك), not on given names the training data lacks (نيجيرفان)."""
    from kg.tag import seen_in_names_mostly

    return len(short) == 1 and full[-1:] == short and _PERSON_CUE in group.sources \
        and all(seen_in_names_mostly(word) for word in full[:-1])


def _a_known_name_and_a_word(groups: list[_Group], longer: _Group, words: list[str], people: dict[tuple[str, str], int]) -> bool:
    """عبدربه منصور هادي أشرف: a name of three words or more whose words but the last are a
    person's name the corpus writes alone in at least twice as many articles is that name
    with the next word the model ran it into (أشرف "supervised"), no name that word ends."""
    if len(words) < 3:
        return False
    k = people.get((PERSON, " ".join(words[:-1])))
    return k is not None and groups[k].documents >= _KNOWN_NAME_RATIO * max(longer.documents, 1)


def _a_fathers_name(short: _Group, full: _Group, short_words: list[str], full_words: list[str]) -> bool:
    """مرتضى منصور beside أحمد مرتضى منصور: a name of two words or more that is a longer one
    less its first given name is that man's father (أحمد son of مرتضى son of منصور) once it
    is marked so (``_called_as_the_father``, in its article); so marked, it joins no longer
    one of that shape in the corpus either."""
    return _A_FATHERS_NAME in short.sources and _shaped_as_the_father(full, short_words, full_words)


def _called_as_the_father(short: _Group, full: _Group, short_words: list[str], full_words: list[str]) -> bool:
    """The article calls the shorter name by a title the longer name never gets (برئاسة
    المستشار مرتضى منصور beside أحمد مرتضى منصور عضو مجلس الإدارة): the father's name.
    Without that sign the shorter form is as often the same man's (حسني مبارك)."""
    return bool(short.titles) and not short.titles & full.titles and _shaped_as_the_father(full, short_words, full_words)


def _shaped_as_the_father(full: _Group, short_words: list[str], full_words: list[str]) -> bool:
    """The shorter name is the longer one less its first given name, both opening with a
    word seen mostly in Arabic names (a foreign name read so is the same man's: لويس فان
    غال، فان غال), with no بن between and no article on the first word."""
    from kg.tag import seen_in_names_mostly

    if len(short_words) < 2 or full_words[1:] != short_words or _NASAB_KEYS & set(full_words):
        return False
    if not (seen_in_names_mostly(short_words[0]) and seen_in_names_mostly(full_words[0])):
        return False
    # الخالد ياسر عرفات "the immortal": a word the model ran the name into, no son's given name
    return not any(strip_diacritics(form).startswith("ال") for form in full.forms)


def _skips_a_forebear(short: list[str], full: list[str]) -> bool:
    """عبدالله عبدالعزيز is not عبدالله بن مساعد بن عبدالعزيز: a short name whose last word is a
    forebear's given name (after بن) in the full one, and which leaves out a name between
    (مساعد), names another man of that lineage; سلمان عبدالعزيز, with only بن left out, is
    سلمان بن عبدالعزيز."""
    if full[-2] not in _NASAB:
        return False  # زينب لباد: the family name of زينب بنت محمد لباد
    return [w for w in full if w not in _NASAB] != short


@lru_cache(maxsize=1)
def _state_heads() -> frozenset[str]:
    """Keys of the institution nouns of one country (وزارة، مجلس، هيئة: org_heads.tsv 'state')."""
    return frozenset(map(bare_key, state_org_heads()))


@lru_cache(maxsize=1)
def _national_heads() -> frozenset[str]:
    """Keys of the nouns of a body every country has (الجيش، الحكومة، القوات: org_heads.tsv
    'national' and 'service'), which its country's adjective names in full."""
    return frozenset(map(bare_key, national_org_heads() | service_org_heads()))


def _names_a_country(words: list[str]) -> bool:
    """The words a fuller name adds hold a nationality adjective (الجزائرية): it names a country."""
    gazetteer = token_gazetteer()
    return any(DEMONYM in gazetteer.get(word, ()) for word in words)


def _dominant(fits: list[int], groups: list[_Group]) -> list[int]:
    """The one full name a bare surname stands for when the corpus names it overwhelmingly
    more than every other full name with that surname together, in mentions or in
    articles (باراك أوباما in forty articles; a span the model ran over a noun, ثناء
    أوباما, in one, though it took that article's eighteen أوباما); else none."""
    best = max(fits, key=lambda j: groups[j].count)
    others = sum(groups[j].count for j in fits if j != best)
    if groups[best].count >= _DOMINANT_MIN and groups[best].count >= _DOMINANT_RATIO * others:
        return [best]
    best = max(fits, key=lambda j: groups[j].documents)
    others = sum(groups[j].documents for j in fits if j != best)
    return [best] if groups[best].count >= _DOMINANT_MIN and groups[best].documents >= _DOMINANT_DOCUMENT_RATIO * max(others, 1) else []


def _opens_with_a_forebears_name(short: list[str], full: list[str]) -> bool:
    """The short name opens with a word the full name gives after بن or بنت, not with its
    own given name: عبدالله ابوثنين is not علوش بن عبدالله ابوثنين, whose father is عبدالله,
    nor نافع alone عقبة بن نافع."""
    return short[0] != full[0] and any(
        word == short[0] and full[k - 1] in _NASAB_KEYS for k, word in enumerate(full[1:], start=1)
    )


def _descriptors(doc: Document, mention: Mention, neighbours: list[Mention]) -> set[str]:
    """Keys of what the text calls a person right before the name, across one nationality
    adjective and a glued preposition: a title, or a definite noun (للطفلة السعودية زينب بنت
    محمد، الطفلة زينب: both طفله); not an honorific (السيد حسن: any man's "Mr.",
    kg/data/titles.tsv kind honorific)."""
    from kg.lexicon import titles_by_form

    tokens = doc.sentences[mention.sentence].tokens
    before = mention.first_token - 1
    if before > 0 and any(other.source == "demonym" and other.last_token == before + 1 for other in neighbours):
        before -= 1
    if before < 0:
        return set()
    title = next((t for t in neighbours if t.label == TITLE and t.first_token <= before < t.last_token), None)
    if title is not None:
        entry = titles_by_form().get(title.canonical)
        return set() if entry is not None and entry.kind == "honorific" else {bare_key(_strip_proclitic(title.text))}
    word = _strip_proclitic(tokens[before].text)
    held = any(other.first_token <= before < other.last_token for other in neighbours)
    return {bare_key(word)} if not held and word.startswith("ال") and word.isalpha() else set()


def _qualifiers(doc: Document, mention: Mention) -> set[str]:
    """Joined keys of the words that tell which person a one-word name is: another name word
    beside it (جرجي زيدان, where the model read زيدان alone), or right after it a definite
    word (الملك عبد الله الثاني: an ordinal; الأمير محمد العتيبي cut short: a family name)
    or a word ordinary text hardly knows (الدكتور محمد وارا: a name the model left out)."""
    from kg.lexicon import word_zipf

    tokens = doc.sentences[mention.sentence].tokens
    out = set(_name_words_beside(doc, mention))
    after = mention.last_token
    if after < len(tokens) and tokens[after].key.isalpha():
        word = tokens[after]
        if _with_the_article(word.key) or word_zipf(strip_diacritics(word.text)) < _UNKNOWN_WORD_ZIPF:
            out.add(_joined(bare_key(word.text)))
    return out


def _its_given_name(short: _Group, full: _Group) -> bool:
    """The full name a given name of its article stands for: the text calls both alike right
    before them (الطفلة زينب، للطفلة السعودية زينب بنت محمد لباد; الملك سلمان، الملك سلمان بن
    عبد العزيز: the one person the article speaks of; otherwise a given name is as often a
    name the model cut, غادة عادل, or another bearer, النبي محمد beside الجاني محمد يوسف), and
    the full name is a name, not a span the model ran over ordinary words (بشار باق "Bashar
    remains")."""
    return bool(short.titles & full.titles) and not _ordinary_words(_joined(full.key).split(" ")[1:], full.forms)


def _a_name_of_its_own(words: list[str], as_first: Counter, as_last: Counter) -> bool:
    """A full name, or one word the corpus uses more to end names than to open them
    (أوباما, not عبدالله): what a stretched span may be folded into."""
    return len(words) > 1 or as_last[words[0]] > as_first[words[0]]


def _ordinary_words(keys: list[str], forms: Counter) -> bool:
    """Words (bare keys) the NER model's training data never saw in a name, each an
    ordinary word (common in Arabic text) or a verb (يتنصت، تأجيل، مستشاري): what a span
    ran over, not an unknown first name (أولاف) nor a family's nisba (الحارثي)."""
    from kg.lexicon import common_words, word_zipf
    from kg.tag import seen_in_names

    written = {bare_key(w): w for form in forms for w in form.split()}
    common = common_words()

    def ordinary(key: str) -> bool:
        if len(key) < 3 or seen_in_names(key) or _a_familys_nisba(written.get(key, key)):
            return False
        verb = key.startswith(("ي", "ت")) and len(key) >= 4
        return verb or key in common or word_zipf(written.get(key, key)) >= _ORDINARY_ZIPF

    return all(ordinary(key) for key in keys)


def _a_familys_nisba(written: str) -> bool:
    """الحارثي (from حارث): a definite nisba whose stem is no everyday word names a family;
    الانتخابي (from انتخاب "election") is an ordinary adjective a span may have run over."""
    from kg.lexicon import word_zipf
    from kg.tag import is_family_nisba

    return is_family_nisba(written) and word_zipf(strip_diacritics(written)[2:-1]) < _EVERYDAY_STEM_ZIPF


def _retype_surnames(groups: list[_Group]) -> None:
    """In one document, a one-word name the model typed as a place or a thing that is the
    surname of a person the document names (السيسي after عبدالفتاح السيسي) is that person,
    unless a grammatical pattern read it as something else (شركة إيني beside أيوك إيني)
    other than the place a place noun governs (ولاية أوباما is Obama's "term", ولاية also
    being a state)."""
    from kg.tag import PLACE_NOUN_SOURCE

    surnames = {g.key.split(" ")[-1] for g in groups if g.type == PERSON and " " in g.key}
    read = {g.key for g in groups if _read_by_grammar(g, surnames) or PLACE_NOUN_SOURCE in g.sources}
    for g in groups:
        if g.type != PERSON and not g.fixed_type and " " not in g.key and g.key in surnames and g.key not in read:
            g.reasons.append(f"{_name(g)}: the surname of a person in the document, not a {g.type}")
            g.type = PERSON


def _read_by_grammar(group: _Group, surnames: set[str]) -> bool:
    """A grammatical pattern read the group's type, and that reading stands against the
    model's: not a place read after a place noun when the word is the surname of a person
    the document names (ولاية أوباما "Obama's term" beside باراك أوباما: the noun has
    another sense that governs a person)."""
    return "pattern" in group.sources and not (group.type in _PLACE_LABELS and " " not in group.key and group.key in surnames)


def _two_lexicon_entries(a: _Group, b: _Group) -> bool:
    """Two different lexicon entries are two places or bodies however alike they are
    spelt (المانيا Germany / المنيا Minya, جدة Jeddah / وجدة Oujda)."""
    return a.fixed_type and b.fixed_type and (a.canonical, a.label_en) != (b.canonical, b.label_en)


def _vote_types(groups: list[_Group], *, one_document: bool = False) -> list[_Group]:
    """A key the model typed two ways takes its lexicon type, else the type a grammatical
    pattern read (an institution noun's name) or, in one document, a place noun confirmed
    (مدينة كوباني, though the model read a person elsewhere in the article: not across the
    corpus, where حي تشيلسي says nothing of the club), else a person when the model read one
    and a nationality adjective stands before a mention (البولندي أدريان), else the majority
    type."""
    from kg.tag import PLACE_NOUN_SOURCE

    by_key: dict[str, list[_Group]] = defaultdict(list)
    surnames = set()
    for g in groups:
        by_key[g.key].append(g)
        words = g.key.split(" ")
        if g.type == PERSON and len(words) >= 2:
            surnames.add(words[-1])
    for key, same in by_key.items():
        if len(same) < 2:
            continue
        fixed = [g for g in same if g.fixed_type]
        read = [g for g in same if _read_by_grammar(g, surnames if one_document else set())] \
            or [g for g in same if one_document and PLACE_NOUN_SOURCE in g.sources]
        if fixed:
            winner = max(fixed, key=lambda g: (g.count, g.type)).type
        elif read:
            winner = max(read, key=lambda g: (g.count, g.type)).type  # شركة إيني: the grammar's type over the model's
        elif key in surnames and any(g.type == PERSON for g in same):
            winner = PERSON  # the surname of a full name seen as a person (أردوغان)
        elif any(g.type == PERSON for g in same) and any(_AFTER_A_NATIONALITY in g.sources for g in same):
            winner = PERSON  # البولندي أدريان: the model read a person and a body; the nationality before it says a person
        elif not one_document and _a_person_and_a_place(same):
            _vote_the_unmarked(same)
            continue
        else:
            winner = _majority_type(same)
        for g in same:
            if not g.fixed_type:
                g.type = winner
    return groups


def _majority_type(same: list[_Group]) -> str:
    """The type most mentions of the groups have."""
    votes: Counter = Counter()
    for g in same:
        votes[g.type] += g.count
    return max(sorted(votes), key=votes.get)


def _marked(group: _Group) -> bool:
    """Its articles' sentences mark the group's type: a person's cue (a title, a name
    beside it) for a person, a place's (في "in" before it) for a place."""
    return _PERSON_CUE in group.sources if group.type == PERSON else group.type in _PLACE_LABELS and _PLACE_CUE in group.sources


def _a_person_and_a_place(same: list[_Group]) -> bool:
    """One word that articles mark as a person's name and others as a place's: two things
    of one spelling (هيلتون the man, في الهيلتون the hotel), not the model read two ways."""
    marked = {g.type for g in same if _marked(g)}
    return PERSON in marked and bool(marked & _PLACE_LABELS)


def _vote_the_unmarked(same: list[_Group]) -> None:
    """Each group its sentences mark keeps its type; the others take the type most of
    their mentions have."""
    winner = _majority_type(same)
    for g in same:
        if not g.fixed_type and not _marked(g):
            g.type = winner


def _is_variant(a: str, b: str) -> bool:
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        if x != y and (min(len(x), len(y)) <= 3 or _derived(x, y)):
            return False
    return _edit_distance(a, b) <= _MAX_VARIANT_DISTANCE


def _known_apart(a: _Group, b: _Group) -> bool:
    """Two names Arabic already knows as two, however alike they are spelt: a word where
    they differ is in each a given name the NER model's training data saw mostly in names
    (محمد / محمود، نايف / نواف، صلاح / صالح), in each an ordinary word with a long vowel
    in another's place (الحرام / الحريم، ميديا / ماديا) or, beside a lexicon entry, with
    one more or less (بورت "port" / بورتو Porto), or in each the lexicon's name of a
    different place (بيرو Peru / باري Bari). Spelling variants are other spellings of one
    name that neither side knows better (بلينكن / بلينكين، الفدرالي / الفيدرالي); two
    spellings the lexicon gives one entry (الأميركي / الأمريكي) stay variants. A name the
    lexicon lacks is another spelling of a lexicon entry only when it gains or drops a long
    vowel (تنيسي / تينيسي), not when one stands in another's place (بيرات Berat / بيروت،
    كويتا Quetta / كيتو Quito)."""
    from kg.tag import seen_in_names_mostly

    pairs = [(x, y) for x, y in zip(_written_words(a), _written_words(b)) if bare_key(x) != bare_key(y)]
    if a.fixed_type != b.fixed_type and not all(_vowels_added(bare_key(x), bare_key(y)) for x, y in pairs):
        return True
    for x, y in pairs:
        known_x, known_y = _lexicon_names(x), _lexicon_names(y)
        if known_x and known_y:
            if not known_x & known_y:
                return True
        elif seen_in_names_mostly(match_key(x)) and seen_in_names_mostly(match_key(y)):
            return True
        elif _ordinary_word(x) and _ordinary_word(y) and not (_vowels_added(bare_key(x), bare_key(y)) and a.fixed_type == b.fixed_type):
            return True  # الفدرالي / الفيدرالي: one word written with a long vowel or without; بورت "port" is no بورتو
    return False


def _written_words(group: _Group) -> list[str]:
    """The words of the group's most written form (الحرام for the key حرام), else of its key."""
    form = _most_written_form(group)
    return form.split() if form else group.key.split(" ")


def _most_written_form(group: _Group) -> str:
    """The form the group's mentions write most, of as many words as its key ("" if none)."""
    size = len(group.key.split(" "))
    forms = [f for f in group.forms if f and len(f.split()) == size]
    return max(forms, key=lambda f: (group.forms[f], f)) if forms else ""


@lru_cache(maxsize=4096)
def _lexicon_names(word: str) -> frozenset[str]:
    """The canonical labels of the lexicon's named entries (no title: وزير) that ``word``
    (as written) names whole.

    >>> sorted(_lexicon_names("بيروت")), sorted(_lexicon_names("وزير"))
    (['بيروت'], [])
    """
    from kg.lexicon import Title, gazetteer

    return frozenset(m.entry.canonical for m in gazetteer().match([match_key(word)])
                     if m.first == 0 and m.last == 1 and not isinstance(m.entry, Title))


def _ordinary_word(word: str) -> bool:
    """Common in ordinary Arabic (wordfreq), as written or without its article (الحريم:
    حريم), and not mostly a name (ميديا، الحرام)."""
    from kg.lexicon import word_zipf
    from kg.tag import seen_in_names_mostly

    return max(word_zipf(word), word_zipf(bare_key(word))) >= _ORDINARY_ZIPF and not seen_in_names_mostly(match_key(word))


def _article_apart(a: _Group, b: _Group) -> bool:
    """Two names whose keys differ in a word where one long vowel stands in another's place
    and one of the two is written with the article, the other without (الرشيد / رشاد,
    الموسى / ميسي): an Arabic family name keeps its article, so these are two names; a
    transliteration that gains or drops a vowel (بلينكن / بلينكين) or swaps one (ميشيل /
    ميشال) takes no article either way."""
    pairs = zip(a.key.split(" "), b.key.split(" "), _article_flags(a), _article_flags(b))
    return any(x != y and not _vowels_added(x, y) and fx != fy for x, y, fx, fy in pairs)


def _article_flags(group: _Group) -> list[bool]:
    """Whether each word of the group's most written form carries the article: more letters
    before the word than its key keeps (الصالح، or لسيسي left of للسيسي, over صالح، سيسي)."""
    form = _most_written_form(group)
    return [written != word and written.endswith(word) for written, word in zip(match_key(form).split(" "), group.key.split(" "))] if form else []


def _surnames_apart(a: _Group, b: _Group) -> bool:
    """Two people's full names whose last words are one surname with the article and one
    without (عبد الله الصالح / علي عبدالله صالح): written with a given name, an Arabic family
    name keeps its article, so these are two families, however the keys fold the article
    away. A surname alone may take the article its full name lacks (الكعكي for عبدالإله كعكي),
    but a bare word alone is no family name written with it (الملك سعود is not خالد بن علي
    السعود)."""
    flags_a, flags_b = _article_flags(a), _article_flags(b)
    if a.type != PERSON or b.type != PERSON or not flags_a or not flags_b:
        return False
    if len(flags_a) == 1 or len(flags_b) == 1:
        single, full = (flags_a, flags_b) if len(flags_a) == 1 else (flags_b, flags_a)
        return len(full) > 1 and full[-1] and not single[0]
    return flags_a[-1] != flags_b[-1]


def _vowels_added(x: str, y: str) -> bool:
    """One word is the other with letters added (بلينكن / بلينكين, نتنياهو / نتانياهو).

    >>> _vowels_added("بلينكن", "بلينكين"), _vowels_added("رشيد", "رشاد")
    (True, False)
    """
    short, long = sorted((x, y), key=len)
    letters = iter(long)
    return all(letter in letters for letter in short)


def _joined(key: str) -> str:
    """The key with عبد and أبو joined to the word after them and its article dropped, so
    that عبد الله / عبدالله and أبو بكر / أبوبكر compare equal (keys are bare_keys)."""
    words = key.split(" ")
    out = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _COMPOUND_HEADS and i + 1 < len(words):
            i += 1
            word += words[i]
        elif word[:3] in _COMPOUND_HEADS and word[3:5] == "ال" and len(word) > 6:
            word = word[:3] + word[5:]
        out.append(word)
        i += 1
    return " ".join(out)


def _derived(x: str, y: str) -> bool:
    """One word is the other with a derivational ending: a nisba or a plural (عسير /
    عسيري, داعش / داعشي), another word rather than another spelling."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and long[len(short) :] in _DERIVED_ENDINGS


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _representative(parts: list[_Group]) -> _Group:
    """The lexicon's entry if any, else the most mentioned name of two words or more
    (a full name over a bare surname, but not a span the model stretched over the words
    around a name), else the most mentioned name."""
    return min(parts, key=lambda g: (not g.fixed_type, g.stretched, " " not in g.key, -g.count, -len(g.key.split(" ")), g.key))


def _fullest_name(parts: list[_Group], head: _Group) -> _Group:
    """The person's name that holds every other full name of the entity (عبدربه منصور هادي
    over the oftener منصور هادي), for its label, else the head itself. After the head's words
    it may only go on with the lineage or family (بن، آل), not a word the span ran over; a
    given name before them is his only where one article wrote both (عمر عبدالعزيز الدخيل
    elsewhere is more likely the son of عبدالعزيز الدخيل); none stretched, none ordinary."""
    from kg.tag import seen_in_names_mostly

    if head.type != PERSON or head.fixed_type or " " not in head.key:
        return head
    names = [(p, _joined(p.key).split(" ")) for p in parts
             if p.type == PERSON and " " in p.key and not p.stretched and not p.fixed_type]
    fullest = [(p, words) for p, words in names if all(_within(other, words) for _, other in names)]
    if not fullest:
        return head
    full, words = max(fullest, key=lambda pair: (len(pair[1]), pair[0].count))
    short = _joined(head.key).split(" ")
    at = next(i for i in range(len(words)) if words[i:i + len(short)] == short)
    before, after = words[:at], words[at + len(short):]
    lineage = _NASAB_KEYS | {_FAMILY}
    if after and after[0] not in lineage or before and not _written_together(parts, short, words):
        return head
    if not all(w.startswith(tuple(_COMPOUND_HEADS)) or seen_in_names_mostly(w) for w in before):
        return head  # أيادي قاسم سليماني "the hands of": a noun before the name, no given name
    if any((len(w) < 3 and w not in lineage) or _ordinary_words([w], full.forms) for w in before + after):
        return head  # هو تركي البنعلي: a pronoun the span ran over
    return full


def _written_together(parts: list[_Group], short: list[str], full: list[str]) -> bool:
    """One article's cluster holds both the shorter name and the fuller one."""
    return any({tuple(short), tuple(full)} <= {tuple(_joined(bare_key(f)).split(" ")) for f in p.forms} for p in parts)


def _within(short: list[str], full: list[str]) -> bool:
    """The words of ``short`` appear together, in order, in ``full``.

    >>> _within(["منصور", "هادي"], ["عبدربه", "منصور", "هادي"]), _within(["هادي", "منصور"], ["منصور", "هادي"])
    (True, False)
    """
    return any(full[i:i + len(short)] == short for i in range(len(full) - len(short) + 1))


def _written(mention: Mention) -> str:
    """The mention as a label would write it: its text, or with the article's alif back
    where tagging keyed لحكومة (ل + الحكومة) as الحكومة, or لبرازيل as البرازيل."""
    if bare_key(mention.text) == mention.key or mention.key != bare_key("ا" + mention.text):
        return mention.text
    return "ا" + mention.text


def _display_label(forms: Counter, head: _Group) -> str:
    """The most frequent written form of the representative key, a form with «and», «in» or
    «to» glued to its article (والرس، بالرس) only when the text never writes it bare (الرس).

    >>> _display_label(Counter({"والرس": 3, "الرس": 1}), _Group("GPE", "رس", 4))
    'الرس'
    """
    candidates = [f for f in forms if bare_key(f) == head.key] or list(forms)
    return min(candidates, key=lambda f: (_glued_to_its_article(f), -forms[f], len(f), f))


def _glued_to_its_article(form: str) -> bool:
    """والرس، للرس: a conjunction or preposition written onto the article of the form's first word."""
    key = match_key(form)
    return key.startswith(_GLUED_ARTICLES)


def _name(group: _Group) -> str:
    return next(iter(sorted(group.forms, key=lambda f: -group.forms[f])), group.key) if group.forms else group.key
