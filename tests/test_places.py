"""Place relations on sentences written for each rule (the lexicon knows the places)."""

from names_model import build


def _pairs(texts, monkeypatch, names=None):
    from kg.graph import build_graph

    results, resolution = build(texts, names or {}, monkeypatch)
    g = build_graph(results, resolution)
    label = lambda node: g.nodes[node]["label"]  # noqa: E731
    return {(label(s), label(t), d["relation"]) for s, t, d in g.edges(data=True) if d["relation"] in ("located_in", "capital_of")}


def test_a_city_with_a_nationality_adjective(monkeypatch):
    pairs = _pairs({"a": "وانفجرت سيارة مفخخة في مدينة الموصل العراقية أمس."}, monkeypatch)
    assert ("الموصل", "العراق", "located_in") in pairs


def test_a_place_noun_before_an_unknown_city(monkeypatch):
    pairs = _pairs({"a": "وافتتح المعرض بمدينة ليل الفرنسية أمس."}, monkeypatch, {"ليل": "LOC"})
    assert ("ليل", "فرنسا", "located_in") in pairs


def test_a_masculine_adjective_after_a_city_is_no_location(monkeypatch):
    pairs = _pairs({"a": "ووصل إلى بغداد الرئيس الإيراني أمس."}, monkeypatch)
    assert not pairs


def test_governorate_in_the_west_of_a_country(monkeypatch):
    pairs = _pairs({"a": "وقتل عشرة أشخاص في محافظة الأنبار غرب العراق."}, monkeypatch)
    assert ("الأنبار", "العراق", "located_in") in pairs


def test_a_bare_side_of_a_city_is_outside_it(monkeypatch):
    pairs = _pairs({"a": "وقتل خمسة في بعقوبة شمال شرق بغداد."}, monkeypatch)
    assert not [p for p in pairs if p[1] == "بغداد"]


def test_in_the_side_of_a_city_is_inside_it(monkeypatch):
    pairs = _pairs({"a": "وأصلحت الكابلات في مدينة دار سعد بشمال عدن."}, monkeypatch, {"دار سعد": "LOC"})
    assert ("دار سعد", "عدن", "located_in") in pairs


def test_a_quarter_east_of_a_city(monkeypatch):
    pairs = _pairs({"a": "ووقعت مواجهات في حي الدكوانة شرق بيروت."}, monkeypatch, {"الدكوانة": "LOC"})
    assert ("الدكوانة", "بيروت", "located_in") in pairs


def test_city_in_a_country_named_with_its_noun(monkeypatch):
    pairs = _pairs({"a": "وتقرر إنشاء فرع جديد بمدينة لارناكا بدولة قبرص."}, monkeypatch, {"لارناكا": "LOC"})
    assert ("لارناكا", "قبرص", "located_in") in pairs


def test_the_lexicon_refuses_a_city_in_the_wrong_country(monkeypatch):
    pairs = _pairs({"a": "وعقد الاجتماع في القاهرة في تونس."}, monkeypatch)
    assert not pairs


def test_a_region_of_several_countries_is_in_none(monkeypatch):
    pairs = _pairs({"a": "وشارك المنتخب في كأس أمم آسيا بأستراليا."}, monkeypatch)
    assert not pairs


def test_capital_of_a_province(monkeypatch):
    pairs = _pairs({"a": "وتقع القاعدة شمال مدينة الحوطة عاصمة محافظة لحج."}, monkeypatch, {"الحوطة": "LOC"})
    assert ("الحوطة", "لحج", "capital_of") in pairs


def test_seat_of_a_province(monkeypatch):
    pairs = _pairs({"a": "وقتل عشرة في مدينة بعقوبة مركز محافظة ديالى."}, monkeypatch)
    assert any(inner == "بعقوبة" and rel == "located_in" for inner, _, rel in pairs)


def test_the_capital_named_alone_is_the_capital_of_the_article_country(monkeypatch):
    text = "وتتواصل الحرب في اليمن. وسيطر الحوثيون على العاصمة صنعاء العام الماضي."
    pairs = _pairs({"a": text}, monkeypatch)
    assert ("صنعاء", "اليمن", "capital_of") in pairs


def test_the_capital_alone_needs_its_country_in_the_article(monkeypatch):
    pairs = _pairs({"a": "وسيطر الحوثيون على العاصمة صنعاء العام الماضي."}, monkeypatch)
    assert not pairs


def test_a_list_of_places_is_no_containment(monkeypatch):
    pairs = _pairs({"a": "وقصفت الطائرات مواقع في ريف حلب الغربي وريف إدلب الشمالي."}, monkeypatch)
    assert not pairs


def test_a_district_belonging_to_a_governorate(monkeypatch):
    pairs = _pairs({"a": "وقصفت الطائرات معسكرا في مديرية الحيمة التابعة لمحافظة صنعاء."}, monkeypatch, {"الحيمة": "LOC"})
    assert ("الحيمة", "صنعاء", "located_in") in pairs


def test_an_unknown_word_after_the_capital_is_no_capital(monkeypatch):
    pairs = _pairs({"a": "ويتصدر قطاع التأجير في العاصمة السعودية المشهد العقاري."}, monkeypatch, {"المشهد": "LOC"})
    assert not [p for p in pairs if p[2] == "capital_of"]


def test_a_base_named_with_its_noun_lies_in_a_governorate(monkeypatch):
    text = "وقصفت الطائرات قاعدة الفرسان في محافظة لحج أمس. وتقع قاعدة الفرسان قرب الساحل."
    pairs = _pairs({"a": text}, monkeypatch, {"قاعدة الفرسان": "LOC"})
    assert ("قاعدة الفرسان", "لحج", "located_in") in pairs


def test_a_site_noun_alone_makes_no_place_of_the_next_word(monkeypatch):
    text = "وأقلعت الطائرة من مطار الملك خالد باتجاه جدة. وازدحم مطار الملك خالد بالمسافرين."
    pairs = _pairs({"a": text}, monkeypatch, {"مطار الملك خالد": "LOC"})
    assert not pairs


def test_an_adjective_between_a_park_and_its_state(monkeypatch):
    text = "وهاجم دب زائرا في متنزه الصنوبر الوطني في ولاية وايومنغ. وأغلق الصنوبر أبوابه في وايومنغ."
    pairs = _pairs({"a": text}, monkeypatch, {"الصنوبر": "LOC", "وايومنغ": "LOC"})
    assert [p for p in pairs if p[0] == "الصنوبر" and p[1] == "وايومنغ"]


def test_a_side_of_the_country_of_the_article(monkeypatch):
    text = "وتصاعد القتال في أوكرانيا. وقتل رجل في وسط دونيتسك شرق البلاد."
    pairs = _pairs({"a": text}, monkeypatch)
    assert ("دونيتسك", "أوكرانيا", "located_in") in pairs


def test_the_country_must_be_named_for_a_side_of_the_country(monkeypatch):
    pairs = _pairs({"a": "وقتل رجل في وسط دونيتسك شرق البلاد."}, monkeypatch)
    assert not pairs


def test_the_capital_of_the_country(monkeypatch):
    text = "وزار اللاعب الغابون أمس. وتجول في عاصمة البلاد، ليبرفيل، مع مضيفيه."
    pairs = _pairs({"a": text}, monkeypatch)
    assert ("ليبرفيل", "الغابون", "capital_of") in pairs


def test_a_site_noun_before_a_nationality_adjective_is_no_place(monkeypatch):
    text = "وتسعى الشركة إلى إحياء قاعدة التصنيع الأميركية. وتراجعت قاعدة التصنيع كثيرا."
    pairs = _pairs({"a": text}, monkeypatch, {"قاعدة التصنيع": "LOC"})
    assert not pairs


def test_a_port_or_an_airport_is_a_place_in_its_city(monkeypatch):
    # ميناء X، مطار X are read like institutions' names (a royal name inside) but name places.
    text = "ووصلت الباخرة عبر ميناء الملك عبدالعزيز بالدمام، وأقلعت الطائرة من مطار الملك خالد الدولي بالرياض."
    pairs = _pairs({"a": text}, monkeypatch)
    assert ("ميناء الملك عبدالعزيز", "الدمام", "located_in") in pairs
    assert ("مطار الملك خالد الدولي", "الرياض", "located_in") in pairs


def test_a_place_in_the_capital_is_not_the_capital(monkeypatch):
    pairs = _pairs({"a": "ومرت البعثة بمطار حمد الدولي بالعاصمة القطرية الدوحة."}, monkeypatch)
    assert not [p for p in pairs if p[2] == "capital_of" and p[0].startswith("مطار")]


def test_a_quoted_name_after_its_place_noun(monkeypatch):
    text = 'وقتل عشرة في منطقة "النخيلة" بمديرية المسيمير أمس.'
    pairs = _pairs({"a": text}, monkeypatch, {"النخيلة": "LOC", "المسيمير": "LOC"})
    assert ("النخيلة", "المسيمير", "located_in") in pairs


def test_a_quoted_name_without_a_place_noun_is_no_place(monkeypatch):
    # a project's name in quotes: no place noun, no lexicon, so nothing lies anywhere
    text = 'وأطلقت الشركة مشروع "النخيلة" بمديرية المسيمير أمس.'
    pairs = _pairs({"a": text}, monkeypatch, {"النخيلة": "LOC", "المسيمير": "LOC"})
    assert not [p for p in pairs if p[0] == "النخيلة"]


def test_the_first_places_of_a_list_share_the_place_after_the_last(monkeypatch):
    text = "وقتل عشرة في قضاء بلدروز والمقدادية في بعقوبة."
    pairs = _pairs({"a": text}, monkeypatch, {"بلدروز": "LOC"})
    assert ("بلدروز", "بعقوبة", "located_in") in pairs
    assert ("المقدادية", "بعقوبة", "located_in") in pairs


def test_a_list_in_the_wrong_country_is_refused(monkeypatch):
    # the lexicon puts Cairo and Alexandria in Egypt: neither lies in Tunisia
    pairs = _pairs({"a": "وعقدت الندوات في القاهرة والإسكندرية في تونس."}, monkeypatch)
    assert not pairs


def test_a_place_named_with_its_country(monkeypatch):
    text = "ووصل الوزير إلى إقليم كردستان العراق أمس. وقال إن العراق شريك مهم."
    pairs = _pairs({"a": text}, monkeypatch)
    assert ("إقليم كردستان العراق", "العراق", "located_in") in pairs


def test_a_place_named_with_its_country_needs_the_country_named(monkeypatch):
    pairs = _pairs({"a": "ووصل الوزير إلى إقليم كردستان العراق أمس."}, monkeypatch)
    assert not pairs


_TURKEY = "وقالت تركيا إن الهجوم لن يمر. وأكدت الحكومة التركية أن تركيا ستواصل عملياتها. "


def test_an_unknown_place_in_the_side_of_the_article_s_country(monkeypatch):
    text = _TURKEY + "وقتل جنديان في إقليم شرناق بجنوب شرق البلاد أمس."
    pairs = _pairs({"a": text}, monkeypatch, {"شرناق": "LOC"})
    assert ("شرناق", "تركيا", "located_in") in pairs


def test_the_article_s_country_is_not_the_country_when_another_is_named(monkeypatch):
    text = _TURKEY + "وقتل جنديان في إقليم شرناق بجنوب شرق البلاد قرب حدود العراق أمس."
    pairs = _pairs({"a": text}, monkeypatch, {"شرناق": "LOC"})
    assert not [p for p in pairs if p[0] == "شرناق"]


def test_an_unknown_place_without_a_place_noun_is_put_nowhere(monkeypatch):
    text = _TURKEY + "وقتل جنديان قرب شرناق جنوب شرق البلاد أمس."
    pairs = _pairs({"a": text}, monkeypatch, {"شرناق": "LOC"})
    assert not [p for p in pairs if p[0] == "شرناق"]


def test_a_province_lies_in_no_unknown_district(monkeypatch):
    text = "وقصفت الطائرات العقبة الواقعة بين محافظة البيضاء وشبوة في مديرية بيحان."
    pairs = _pairs({"a": text}, monkeypatch, {"بيحان": "LOC"})
    assert not [p for p in pairs if p[1] == "بيحان"]


def test_places_between_two_ends_share_no_place(monkeypatch):
    # the text says the road between them lies in the place, not the first end
    text = "وقطع المسلحون الطريق بين قضاء بلدروز والمقدادية في بعقوبة."
    pairs = _pairs({"a": text}, monkeypatch, {"بلدروز": "LOC"})
    assert not [p for p in pairs if p[0] == "بلدروز"]
