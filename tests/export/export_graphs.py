"""Hand-built graphs that follow docs/SCHEMA.md, for the export tests.

``toy_graph``: a few PERSON/GPE/ORG/EVENT nodes with Arabic labels and every contract
attribute (a node labelled "فلاديمير بوتين" with alias "بوتين", a pair of parallel
edges). ``hostile_graph``: the same shape, with markup, quotes, direction marks,
emoji and line separators in labels, aliases and evidence.
"""

from __future__ import annotations

import random

import networkx as nx

PUTIN = "PERSON:بوتين"
HOSTILE = "PERSON:hostile"
SCRIPT = "</script><script>document.title='X'</script>"
IMG = "<img src=x onerror=alert(1)>"


def _entity(label, type_, mentions, *, aliases="", docs="d1", label_en="", iso=""):
    return {"label": label, "label_en": label_en, "type": type_, "aliases": aliases,
            "docs": docs, "mentions": mentions, "iso": iso}


def _event(label, event_type, *, trigger, evidence, date="", mentions=1, docs="d1"):
    return {**_entity(label, "EVENT", mentions, docs=docs, aliases=trigger),
            "event_type": event_type, "plover": "CONSULT", "cameo": "042", "date": date,
            "modality": "reported", "trigger": trigger, "confidence": 0.8, "evidence": evidence}


def _edge(relation, evidence, *, weight=1, docs="d1", role="", role_en="", confidence=0.9):
    return {"relation": relation, "docs": docs, "evidence": evidence, "weight": weight,
            "confidence": confidence, "role": role, "role_en": role_en}


def toy_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(PUTIN, **_entity("فلاديمير بوتين", "PERSON", 7, aliases="بوتين|فلاديمير بوتين|الرئيس بوتين",
                                docs="d1|d2|d3", label_en="Vladimir Putin"))
    g.add_node("PERSON:توكاييف", **_entity("قاسم جومارت توكاييف", "PERSON", 4, aliases="توكاييف|قاسم-جومارت توكاييف",
                                          docs="d2|d3", label_en="Kassym-Jomart Tokayev"))
    g.add_node("GPE:روسيا", **_entity("روسيا", "GPE", 6, aliases="روسيا|لروسيا", docs="d1|d2", label_en="Russia", iso="RU"))
    g.add_node("GPE:كازاخستان", **_entity("كازاخستان", "GPE", 5, aliases="كازاخستان", docs="d2|d3",
                                         label_en="Kazakhstan", iso="KZ"))
    g.add_node("GPE:موسكو", **_entity("موسكو", "GPE", 2, docs="d1", label_en="Moscow"))
    g.add_node("ORG:الامم_المتحدة", **_entity("الأمم المتحدة", "ORG", 2, aliases="الأمم المتحدة", docs="d3",
                                             label_en="United Nations"))
    g.add_node("LOC:بحر_قزوين", **_entity("بحر قزوين", "LOC", 1, docs="d3", label_en="Caspian Sea"))
    g.add_node("MISC:الروبل", **_entity("الروبل", "MISC", 1, docs="d1"))
    ev = "EVENT:3fa2c1"
    g.add_node(ev, **_event("زيارة توكاييف إلى موسكو", "VISIT", trigger="زار", date="2023-02-28",
                            evidence="زار الرئيس الكازاخستاني قاسم جومارت توكاييف موسكو حيث التقى بوتين."))
    g.add_edge(PUTIN, "GPE:روسيا", **_edge("affiliated_with", "قال الرئيس الروسي فلاديمير بوتين إن...",
                                           weight=3, role="الرئيس", role_en="president", docs="d1|d2"))
    g.add_edge(PUTIN, "GPE:روسيا", **_edge("affiliated_with", "رئيس الوزراء الروسي السابق فلاديمير بوتين",
                                           role="رئيس الوزراء", role_en="prime minister", docs="d3"))
    g.add_edge("PERSON:توكاييف", "GPE:كازاخستان", **_edge("affiliated_with", "الرئيس الكازاخستاني قاسم جومارت توكاييف",
                                                         weight=2, role="الرئيس", role_en="president"))
    g.add_edge("GPE:موسكو", "GPE:روسيا", **_edge("capital_of", "العاصمة الروسية موسكو"))
    g.add_edge("PERSON:توكاييف", ev, **_edge("agent", g.nodes[ev]["evidence"]))
    g.add_edge(ev, PUTIN, **_edge("target", g.nodes[ev]["evidence"]))
    g.add_edge(ev, "GPE:موسكو", **_edge("location", g.nodes[ev]["evidence"]))
    g.add_edge("LOC:بحر_قزوين", "GPE:كازاخستان", **_edge("located_in", "بحر قزوين في كازاخستان"))
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """The toy graph plus a node and edges whose text tries to break out of every context."""
    g = toy_graph()
    nasty = f"{SCRIPT}{IMG}\"quoted\" 'single' \u202eRTL-override\u202c \u200f😀 & &amp; ]]> <!-- \u2028\u2029"
    g.add_node(HOSTILE, **_entity(SCRIPT + " بوتين", "PERSON", 3, aliases=f"{IMG}|{SCRIPT}|\"q\"|'s'|😀",
                                   docs=f"d1|{IMG}", label_en=f"{IMG} \"Evil\" 'Name' \u200e"))
    g.nodes[HOSTILE]["evidence"] = nasty
    g.add_edge(HOSTILE, "GPE:روسيا", **_edge("affiliated_with", nasty, role=IMG, role_en=SCRIPT, docs=f"{SCRIPT}|d9"))
    g.add_node("EVENT:hostile", **_event(IMG, "ATTACK", trigger=SCRIPT, evidence=nasty, date=IMG))
    g.add_edge(HOSTILE, "EVENT:hostile", **_edge("agent", nasty))
    g.add_edge("EVENT:hostile", PUTIN, **_edge("target", nasty))
    g.graph["documents"] = {"d1": {"title": nasty, "date": IMG, "source": SCRIPT, "url": "javascript:alert(1)", "path": ""}}
    return g


def big_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random contract graph of ``n`` nodes (a fifth of them events)."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["PERSON", "ORG", "GPE", "LOC", "MISC"]
    for i in range(n):
        if i % 5 == 4:
            g.add_node(f"EVENT:{i}", **_event(f"حدث {i}", "MEET", trigger="التقى", evidence=f"جملة {i}"))
        else:
            t = types[i % 5]
            g.add_node(f"{t}:{i}", **_entity(f"كيان {i}", t, rnd.randint(1, 100)))
    ids = list(g.nodes)
    for _ in range(2 * n):
        u, v = rnd.choice(ids), rnd.choice(ids)
        g.add_edge(u, v, **_edge("located_in", "جملة", weight=rnd.randint(1, 5)))
    return g


_GIVEN = ["محمد", "أحمد", "سلمان", "فاطمة", "ليلى", "خالد", "عمر", "نورة", "يوسف", "سارة", "حسن", "مريم"]
_FAMILY = ["العتيبي", "الشمري", "القحطاني", "الحربي", "الزهراني", "الغامدي", "المطيري", "الدوسري", "السبيعي"]


def corpus_graph(n: int, seed: int = 3) -> nx.MultiDiGraph:
    """A random graph shaped like a corpus build: ``n`` entities with skewed mentions,
    a few typed relations, many co-mentions (with ``llr``), dated events and documents."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    days = [f"2015-07-{d:02d}" for d in range(1, 29)]
    g.graph["documents"] = {f"doc{i}": {"title": f"خبر رقم {i}", "date": rnd.choice(days) + " 10:00:00", "source": "",
                                        "url": "", "path": ""} for i in range(200)}
    types = ["PERSON", "ORG", "GPE", "LOC", "MISC"]
    ids = []
    for i in range(n):
        t = types[i % 5]
        docs = sorted({f"doc{rnd.randrange(200)}" for _ in range(rnd.randint(1, 4))})
        seen = sorted(g.graph["documents"][d]["date"][:10] for d in docs)
        node = f"{t}:{i}"
        g.add_node(node, **_entity(f"{rnd.choice(_GIVEN)} {rnd.choice(_FAMILY)} {i}", t, max(1, int(400 / (i + 1))),
                                   docs="|".join(docs)), first_seen=seen[0], last_seen=seen[-1])
        ids.append(node)
    for _ in range(n // 10):
        u, v = rnd.choice(ids[: n // 3]), rnd.choice(ids)
        if u != v:
            g.add_edge(u, v, key="affiliated_with", **_edge("affiliated_with", "جملة", role="وزير", role_en="minister"))
    for i in range(n // 10):
        ev = f"EVENT:{i}"
        g.add_node(ev, **_event(f"لقاء {i}", "MEET", trigger="التقى", evidence=f"التقى الطرفان في اليوم {i}.",
                                docs=f"doc{i % 200}"), date_iso=rnd.choice(days))
        a, b = rnd.sample(ids[: n // 4], 2)
        g.add_edge(a, ev, key="agent", **_edge("agent", "التقى"))
        g.add_edge(ev, b, key="target", **_edge("target", "التقى"))
    for _ in range(3 * n):
        u, v = sorted(rnd.sample(ids[: n // 2] if rnd.random() < 0.7 else ids, 2))
        if not g.has_edge(u, v, key="co_mentioned"):
            g.add_edge(u, v, key="co_mentioned", relation="co_mentioned", docs="doc1", evidence="ذكرا معا.",
                       weight=rnd.randint(1, 9), llr=round(rnd.uniform(-2, 60), 2), pmi=1.0)
    return g
