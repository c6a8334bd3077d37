"""Relation and event patterns on sentences written for these tests (names not the seeds')."""


from names_model import build


def _graph(texts, names, monkeypatch):
    from kg.graph import build_graph

    results, resolution = build(texts, names, monkeypatch)
    return build_graph(results, resolution)


def _labels(g, node):
    return g.nodes[node]["label"]


def _affiliations(g):
    return {(_labels(g, s), _labels(g, t), d["role"]) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"}


def _events(g):
    out = set()
    for node, data in g.nodes(data=True):
        if data["type"] != "EVENT":
            continue
        agents = {_labels(g, s) for s, _, d in g.in_edges(node, data=True) if d["relation"] == "agent"}
        others = {_labels(g, t) for _, t, d in g.out_edges(node, data=True) if d["relation"] in ("target", "location")}
        out.add((data["event_type"], data["modality"], frozenset(agents), frozenset(others)))
    return out


PEOPLE = {"أولاف شولتس": "PERS", "شولتس": "PERS", "سيرغي لافروف": "PERS", "لافروف": "PERS",
          "عبد الفتاح السيسي": "PERS", "جوزيب بوريل": "PERS", "نجيب ميقاتي": "PERS"}


def test_title_demonym_name_is_an_affiliation(monkeypatch):
    g = _graph({"a": "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة."}, PEOPLE, monkeypatch)
    assert ("سيرغي لافروف", "روسيا", "وزير الخارجية") in _affiliations(g)


def test_title_country_comma_name(monkeypatch):
    g = _graph({"a": "وكان رئيس مصر، عبد الفتاح السيسي، قد دعا إلى التهدئة."}, PEOPLE, monkeypatch)
    assert ("عبد الفتاح السيسي", "مصر", "رئيس") in _affiliations(g)


def test_counterpart_takes_the_role_of_the_other_person(monkeypatch):
    text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة. وقال لافروف لنظيره المصري سامح شكري إن العلاقات قوية."
    g = _graph({"a": text}, PEOPLE | {"سامح شكري": "PERS"}, monkeypatch)
    assert ("سامح شكري", "مصر", "وزير الخارجية") in _affiliations(g)


def test_apposition_after_the_name_links_each_organisation(monkeypatch):
    text = "وقال نجيب ميقاتي، الباحث في جامعة الدول العربية ومنظمة الصحة العالمية: إن الوضع صعب."
    g = _graph({"a": text}, PEOPLE, monkeypatch)
    tails = {t for p, t, _ in _affiliations(g) if p == "نجيب ميقاتي"}
    assert {"جامعة الدول العربية", "منظمة الصحة العالمية"} <= tails


def test_capital_patterns(monkeypatch):
    texts = {
        "a": "وصل الوفد إلى القاهرة، عاصمة مصر، مساء الأحد.",
        "b": "وانتقل الوفد إلى العاصمة الفرنسية باريس.",
        "c": "حلب (سوريا): قال مسؤولون إن الاجتماع انتهى.",
    }
    g = _graph(texts, {}, monkeypatch)
    pairs = {(_labels(g, s), _labels(g, t), d["relation"]) for s, t, d in g.edges(data=True)}
    assert ("القاهرة", "مصر", "capital_of") in pairs
    assert ("باريس", "فرنسا", "capital_of") in pairs
    assert any(r == "located_in" and t == "سوريا" for _, t, r in pairs)


def test_listing_countries_is_not_a_location_relation(monkeypatch):
    g = _graph({"a": "وشاركت مصر، الأردن، والعراق في الاجتماع."}, {}, monkeypatch)
    assert not [d for *_, d in g.edges(data=True) if d["relation"] in ("capital_of", "located_in")]


def test_planned_visit_with_several_targets(monkeypatch):
    g = _graph({"a": "أعلنت برلين أن المستشار الألماني أولاف شولتس سيزور الأسبوع المقبل مصر والأردن."}, PEOPLE, monkeypatch)
    assert ("VISIT", "planned", frozenset({"أولاف شولتس"}), frozenset({"مصر", "الأردن"})) in _events(g)


def test_a_visit_there_goes_where_the_last_visit_went(monkeypatch):
    text = ("وصل سيرغي لافروف إلى القاهرة أمس في زيارة رسمية. "
            "وتأتي الزيارة بعد أيام من قيام جوزيب بوريل بزيارة إلى هناك لبحث التعاون.")
    g = _graph({"a": text}, PEOPLE, monkeypatch)
    visits = {(agents, others) for kind, _, agents, others in _events(g) if kind == "VISIT"}
    assert (frozenset({"جوزيب بوريل"}), frozenset({"القاهرة"})) in visits


def test_where_a_trip_came_from_is_not_its_destination(monkeypatch):
    g = _graph({"a": "ووصل سيرغي لافروف إلى القاهرة أمس قادما من جنيف."}, PEOPLE, monkeypatch)
    trips = {others for kind, _, agents, others in _events(g) if agents == frozenset({"سيرغي لافروف"})}
    assert trips == {frozenset({"القاهرة"})}


def test_denied_visit_is_negated_not_reported(monkeypatch):
    g = _graph({"a": "وقال مسؤولون إن المستشار أولاف شولتس لن يزور الصين هذا العام."}, PEOPLE, monkeypatch)
    kinds = {(e[0], e[1]) for e in _events(g)}
    assert ("VISIT", "negated") in kinds and ("VISIT", "reported") not in kinds


def test_meeting_with_location(monkeypatch):
    g = _graph({"a": "والتقى جوزيب بوريل مع سيرغي لافروف في جنيف يوم الخميس."}, PEOPLE, monkeypatch)
    (event,) = [e for e in _events(g) if e[0] == "MEET"]
    assert event[2] == frozenset({"جوزيب بوريل"}) and {"سيرغي لافروف", "جنيف"} <= event[3]


def test_coordinated_agents_attend_a_summit(monkeypatch):
    text = "ويحضر الرئيس المصري عبد الفتاح السيسي والمستشار الألماني أولاف شولتس قمة مجموعة العشرين في نيودلهي."
    g = _graph({"a": text}, PEOPLE, monkeypatch)
    attend = [e for e in _events(g) if e[0] == "ATTEND"]
    assert attend and attend[0][2] == frozenset({"عبد الفتاح السيسي", "أولاف شولتس"})
    assert "مجموعة العشرين" in attend[0][3]


def test_attack_event(monkeypatch):
    g = _graph({"a": "وشنت إسرائيل غارات على لبنان يوم الأحد."}, {}, monkeypatch)
    assert any(e[0] == "ATTACK" and "لبنان" in e[3] for e in _events(g))


def test_same_event_in_two_documents_is_one_node(monkeypatch):
    texts = {"a": "زار سيرغي لافروف مصر.", "b": "زار سيرغي لافروف مصر أمس."}
    g = _graph(texts, PEOPLE, monkeypatch)
    events = [d for _, d in g.nodes(data=True) if d["type"] == "EVENT"]
    assert len(events) == 1 and events[0]["docs"] == "a|b"


def test_every_edge_carries_documents_and_evidence(monkeypatch):
    g = _graph({"a": "قال وزير الخارجية الروسي سيرغي لافروف إنه سيزور مصر."}, PEOPLE, monkeypatch)
    assert g.number_of_edges()
    for *_, data in g.edges(data=True):
        assert data["docs"] == "a" and "لافروف" in data["evidence"]


def test_bare_ministry_is_the_ministry_of_the_articles_minister(monkeypatch):
    text = "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة. وأصدرت وزارة الخارجية بيانا."
    g = _graph({"a": text}, PEOPLE, monkeypatch)
    orgs = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "ORG"}
    assert any(label.startswith("وزارة الخارجية ال") and label.endswith("ية") for label in orgs)
    assert "وزارة الخارجية" not in orgs
