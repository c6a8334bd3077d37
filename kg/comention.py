"""Co-mentions: the pairs of entities one sentence names together.

Typed relations are few and precise; co-mentions are many and loose, but they connect
the graph (Gephi's modularity, degree and betweenness need links) and say who the news
talks about together. Each document keeps only a compact list of its cluster pairs,
computed while its mentions are at hand, so a 30,000-article build never holds the
mentions of all its articles.
"""

from __future__ import annotations

from array import array
from itertools import combinations

from kg.types import ENTITY_LABELS, Document, Mention


def sentence_pairs(doc: Document, mentions: list[Mention]) -> tuple[array, dict[int, str]]:
    """The cluster pairs of ``doc`` named in the same sentence, flat as ``DocResult.comentions``
    keeps them, and the text of each pair's first sentence.

    A pair is ``(a, b)`` with ``a < b`` (cluster indices), counted once per sentence.

    >>> from kg.types import CoMention, Sentence
    >>> doc = Document(id="d", text="", sentences=[Sentence(0, 0, 9, "A met B."), Sentence(1, 10, 20, "A and B again.")])
    >>> ms = [Mention("d", s, 0, 1, t, "PERSON", t, cluster=c) for s, t, c in ((0, "A", 0), (0, "B", 1), (1, "A", 0), (1, "B", 1))]
    >>> flat, texts = sentence_pairs(doc, ms)
    >>> [CoMention(*flat[i:i + 4]) for i in range(0, len(flat), 4)], texts
    ([CoMention(a=0, b=1, sentences=2, sentence=0)], {0: 'A met B.'})
    """
    by_sentence: dict[int, set[int]] = {}
    for mention in mentions:
        if mention.cluster >= 0 and mention.label in ENTITY_LABELS:
            by_sentence.setdefault(mention.sentence, set()).add(mention.cluster)
    counts: dict[tuple[int, int], list[int]] = {}
    for sentence in sorted(by_sentence):
        for pair in combinations(sorted(by_sentence[sentence]), 2):
            seen = counts.get(pair)
            if seen is None:
                counts[pair] = [1, sentence]
            else:
                seen[0] += 1
    flat = array("I")
    for (a, b), (n, first) in sorted(counts.items()):
        flat.extend((a, b, n, first))
    texts = {first: _sentence_text(doc, first) for first in sorted({first for _, first in counts.values()})}
    return flat, texts


def _sentence_text(doc: Document, index: int) -> str:
    if 0 <= index < len(doc.sentences) and doc.sentences[index].index == index:
        return doc.sentences[index].text
    return next((s.text for s in doc.sentences if s.index == index), "")
