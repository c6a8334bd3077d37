"""Affiliations read from actor phrases, on sentences written for each rule (fictional or
well-known names; the stand-in model tags exactly the names listed)."""

from names_model import build, event_rows

from kg.extract.actors import EMPLOYER, HOST, OWNER, actor_phrases


def _graph(texts, names, monkeypatch):
    from kg.graph import build_graph

    results, resolution = build(texts, names, monkeypatch)
    return build_graph(results, resolution)


def _affiliations(g):
    label = lambda node: g.nodes[node]["label"]  # noqa: E731
    return {(label(s), label(t)) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"}


def _roles(g):
    label = lambda node: g.nodes[node]["label"]  # noqa: E731
    return {(label(s), label(t), d["role"]) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"}


def _phrases(text, names, monkeypatch):
    """The actor phrases of a one-sentence document, as the pipeline's mentions give them."""
    import kg.tag
    from kg.ingest import make_document
    from kg.segment import segment
    from names_model import NamesModel

    monkeypatch.setattr(kg.tag, "load_model", lambda: NamesModel(names))
    doc = make_document("a", text)
    segment(doc)
    mentions = kg.tag.tag(doc)
    sentence = doc.sentences[0]
    return actor_phrases(sentence, [m for m in mentions if m.sentence == sentence.index])


def test_ambassador_works_for_his_country_not_the_host(monkeypatch):
    g = _graph({"a": "وقال سفير مصر لدى بلجيكا إيهاب فوزي إن العلاقات متينة."}, {"إيهاب فوزي": "PERS"}, monkeypatch)
    assert ("إيهاب فوزي", "مصر") in _affiliations(g)
    assert ("إيهاب فوزي", "بلجيكا") not in _affiliations(g)


def test_ambassador_in_a_country_is_posted_there(monkeypatch):
    text = "والتقى الوزير السفير الياباني في قبرص هيروشي تاناكا أمس."
    g = _graph({"a": text}, {"هيروشي تاناكا": "PERS"}, monkeypatch)
    assert ("هيروشي تاناكا", "اليابان") in _affiliations(g)
    assert ("هيروشي تاناكا", "قبرص") not in _affiliations(g)


def test_a_role_in_an_organisation_goes_to_the_organisation(monkeypatch):
    text = "وقال رئيس المبادرة الوطنية الفلسطينية مصطفى البرغوثي إن الحوار مستمر."
    names = {"مصطفى البرغوثي": "PERS", "المبادرة الوطنية": "ORG"}
    g = _graph({"a": text}, names, monkeypatch)
    assert ("مصطفى البرغوثي", "المبادرة الوطنية") in _affiliations(g)
    assert not {t for p, t in _affiliations(g) if p == "مصطفى البرغوثي"} & {"فلسطين", "دولة فلسطين"}
    (phrase,) = _phrases(text, names, monkeypatch)
    assert [q.reading for q in phrase.qualifiers] == [EMPLOYER, OWNER]


def test_each_member_of_a_list_has_its_own_title(monkeypatch):
    text = "وأجرى الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي باراك أوباما اتصالا هاتفيا."
    names = {"فلاديمير بوتين": "PERS", "باراك أوباما": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert {("فلاديمير بوتين", "روسيا"), ("باراك أوباما", "الولايات المتحدة")} <= affiliations
    assert ("باراك أوباما", "روسيا") not in affiliations
    assert ("فلاديمير بوتين", "الولايات المتحدة") not in affiliations


def test_a_neighbours_title_does_not_reach_the_next_name(monkeypatch):
    text = "وحضر اللقاء وزير الخارجية السعودي عادل الجبير ووزير الدولة نزار مدني."
    names = {"عادل الجبير": "PERS", "نزار مدني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("عادل الجبير", "المملكة العربية السعودية") in affiliations
    assert not [t for p, t in affiliations if p == "نزار مدني"]


def test_the_first_name_turki_is_no_country(monkeypatch):
    text = "وقال الأمير تركي الفيصل إن المنطقة تمر بمرحلة صعبة."
    g = _graph({"a": text}, {"تركي الفيصل": "PERS"}, monkeypatch)
    assert not [t for _, t in _affiliations(g) if t == "تركيا"]


def test_turki_after_a_title_and_its_organisation_is_a_name(monkeypatch):
    text = "وقال المتحدث باسم التحالف تركي المالكي إن المنطقة آمنة."
    affiliations = _affiliations(_graph({"a": text}, {"تركي المالكي": "PERS", "التحالف": "ORG"}, monkeypatch))
    assert any(t == "التحالف" for _, t in affiliations)
    assert not [t for _, t in affiliations if t == "تركيا"]


def test_spokesperson_of_an_organisation(monkeypatch):
    text = "وقال المتحدث باسم منظمة الصحة العالمية كريستيان ليندماير إن الوباء ينحسر."
    g = _graph({"a": text}, {"كريستيان ليندماير": "PERS"}, monkeypatch)
    assert ("كريستيان ليندماير", "منظمة الصحة العالمية") in _affiliations(g)


def test_a_governor_governs_the_place_named_after_the_title(monkeypatch):
    text = "ووجه أمير منطقة عسير الأمير فيصل بن خالد بفتح العيادات."
    g = _graph({"a": text}, {"فيصل بن خالد": "PERS"}, monkeypatch)
    assert ("فيصل بن خالد", "منطقة عسير") in _affiliations(g)


def test_a_place_that_is_not_a_country_employs_no_minister(monkeypatch):
    text = "وقال وزير الصحة في عدن علي الأحمدي إن المستشفيات تعمل."
    g = _graph({"a": text}, {"علي الأحمدي": "PERS"}, monkeypatch)
    assert not [t for p, t in _affiliations(g) if p == "علي الأحمدي"]


def test_title_in_apposition_after_the_name(monkeypatch):
    text = "وقال عبد الله أوجلان زعيم حزب العمال الكردستاني إن السلام ممكن."
    g = _graph({"a": text}, {"عبد الله أوجلان": "PERS"}, monkeypatch)
    assert ("عبد الله أوجلان", "حزب العمال الكردستاني") in _affiliations(g)


def test_chained_titles_of_one_person(monkeypatch):
    text = ("وغادر صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
            "وزير الدفاع السعودي القاهرة أمس.")
    g = _graph({"a": text}, {"محمد بن سلمان": "PERS"}, monkeypatch)
    assert ("محمد بن سلمان", "المملكة العربية السعودية") in _affiliations(g)


def test_the_custodian_of_the_two_holy_mosques_is_the_saudi_king(monkeypatch):
    text = ("وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز دعم المملكة العربية السعودية لمصر. "
            "واستقبل خادم الحرمين الشريفين الرئيس المصري عبد الفتاح السيسي.")
    names = {"سلمان بن عبدالعزيز": "PERS", "عبد الفتاح السيسي": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("سلمان بن عبدالعزيز", "المملكة العربية السعودية") in affiliations
    assert ("عبد الفتاح السيسي", "مصر") in affiliations
    assert ("عبد الفتاح السيسي", "المملكة العربية السعودية") not in affiliations


def test_role_is_the_title_with_its_complement(monkeypatch):
    text = "وقال وزير الشؤون الدينية والأوقاف الجزائري محمد عيسى إن التعاون مثمر."
    g = _graph({"a": text}, {"محمد عيسى": "PERS"}, monkeypatch)
    assert ("محمد عيسى", "الجزائر", "وزير الشؤون الدينية والأوقاف") in _roles(g)


def test_a_nationality_before_a_name(monkeypatch):
    text = "وتعاقد النادي مع المدرب الروماني كوزمين أولاريو لمدة عامين."
    g = _graph({"a": text}, {"كوزمين أولاريو": "PERS"}, monkeypatch)
    assert ("كوزمين أولاريو", "رومانيا") in _affiliations(g)


def test_host_reading_of_an_ambassador_phrase(monkeypatch):
    text = "وقال سفير مصر لدى بلجيكا إيهاب فوزي إن العلاقات متينة."
    (phrase,) = _phrases(text, {"إيهاب فوزي": "PERS"}, monkeypatch)
    assert phrase.head.text == "إيهاب فوزي"
    assert [(q.mention.text, q.reading) for q in phrase.qualifiers] == [("مصر", EMPLOYER), ("بلجيكا", HOST)]
    assert phrase.role == "سفير"


def test_a_long_complement_with_a_construct_noun(monkeypatch):
    text = "والتقت وكيلة وزارة الخارجية الأمريكية للأمن المدني والديمقراطية وحقوق الإنسان سارة ميلر مع زملائها."
    g = _graph({"a": text}, {"سارة ميلر": "PERS"}, monkeypatch)
    assert ("سارة ميلر", "الولايات المتحدة") in _affiliations(g)


def test_a_verb_after_the_complement_ends_the_phrase(monkeypatch):
    text = "ونيابة عن أمير منطقة عسير دشن الدكتور سامي الخالد المعرض."
    g = _graph({"a": text}, {"سامي الخالد": "PERS"}, monkeypatch)
    assert not [t for p, t in _affiliations(g) if p == "سامي الخالد"]


def test_as_adviser_is_said_of_someone_else(monkeypatch):
    text = "وأعفي الأمير من منصبه كمستشار لخادم الحرمين الشريفين وتعيين ماجد السالم وزيرا للإسكان في المملكة العربية السعودية."
    g = _graph({"a": text}, {"ماجد السالم": "PERS"}, monkeypatch)
    assert not [t for p, t in _affiliations(g) if p == "ماجد السالم"]


def test_a_minister_works_in_the_article_ministry_of_his_field(monkeypatch):
    text = ("وأعلنت وزارة الطاقة خفض أسعار الوقود. "
            "وقال وزير الطاقة سالم النعيمي إن القرار يدعم الاقتصاد.")
    g = _graph({"a": text}, {"سالم النعيمي": "PERS"}, monkeypatch)
    assert ("سالم النعيمي", "وزارة الطاقة") in _affiliations(g)


def test_a_title_with_his_belongs_to_the_organisation_before_it(monkeypatch):
    text = "ودخل الاتحاد الأمريكي لكرة القدم عن طريق رئيسه سونيل جولاتي في مفاوضات مع المدرب."
    g = _graph({"a": text}, {"سونيل جولاتي": "PERS"}, monkeypatch)
    assert ("سونيل جولاتي", "الولايات المتحدة") in _affiliations(g)


def test_the_counterpart_is_no_possessive_title(monkeypatch):
    text = "وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره جوزيب بوريل الأزمة."
    names = {"سيرغي لافروف": "PERS", "جوزيب بوريل": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("جوزيب بوريل", "روسيا") not in affiliations


def test_words_read_as_a_name_do_not_carry_a_title_to_the_next_person(monkeypatch):
    text = "وقرر الدكتور رضا العدل رئيس مجلس إدارة القابضة للكيماويات تفويض السفير ياسر النجار بتحديد موعد في مصر."
    g = _graph({"a": text}, {"رضا العدل": "PERS", "ياسر النجار": "PERS"}, monkeypatch)
    assert not [t for p, t in _affiliations(g) if p == "ياسر النجار"]


def test_a_nationality_after_a_noun_of_the_complement_is_that_nouns(monkeypatch):
    text = "ويعبر البروفسور الأميركي جوشوا لانديس، الخبير بالشؤون السورية والمتزوج من سيدة سورية، عن الخطر."
    affiliations = _affiliations(_graph({"a": text}, {"جوشوا لانديس": "PERS"}, monkeypatch))
    assert ("جوشوا لانديس", "الولايات المتحدة") in affiliations
    assert ("جوشوا لانديس", "سوريا") not in affiliations


def test_a_comma_list_of_named_ministers(monkeypatch):
    text = ("وحضر اللقاء الدكتور سامر العلي وزير الدولة، وعادل الجبير وزير الخارجية السعودي، "
            "وخالد العيسى وزير الدولة رئيس الديوان الملكي.")
    names = {"سامر العلي": "PERS", "وعادل الجبير": "PERS", "وخالد العيسى": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    # العيسى takes no title of the list's previous member (وزير الخارجية السعودي); his own
    # title names the royal court
    assert all(t.startswith("الديوان الملكي") for p, t in affiliations if "العيسى" in p)
    assert [p for p, t in affiliations if "الجبير" in p and t == "المملكة العربية السعودية"]


def test_two_titles_of_one_named_person(monkeypatch):
    text = "وأكد عضو مجلس إدارة النادي الأهلي والمشرف على فريق كرة القدم مروان الحربي أن المدرب ممتاز."
    g = _graph({"a": text}, {"مروان الحربي": "PERS", "النادي الأهلي": "ORG"}, monkeypatch)
    assert ("مروان الحربي", "النادي الأهلي") in _affiliations(g)


def test_a_countrys_title_is_not_shared_with_the_next_name(monkeypatch):
    text = "واتصل الرئيس الروسي ووزير الخارجية الأمريكي جون كيري بالأمين العام."
    affiliations = _affiliations(_graph({"a": text}, {"جون كيري": "PERS"}, monkeypatch))
    assert ("جون كيري", "روسيا") not in affiliations


def test_a_title_word_inside_a_company_name_reads_no_phrase(monkeypatch):
    text = "ويصف مدير شركة جنرال موتورز في فيتنام، جوراف جوبتا، السوق بأنها واعدة."
    affiliations = _affiliations(_graph({"a": text}, {"جوراف جوبتا": "PERS"}, monkeypatch))
    assert ("جوراف جوبتا", "فيتنام") not in affiliations


def test_a_conjunct_after_the_complement_is_another_person(monkeypatch):
    text = "واستقبل الفندق شاه إيران وأم كلثوم وإليزابيث تايلور."
    affiliations = _affiliations(_graph({"a": text}, {"أم كلثوم": "PERS", "إليزابيث تايلور": "PERS"}, monkeypatch))
    assert not [p for p, t in affiliations if t == "إيران"]


def test_a_plural_nationality_qualifies_no_name(monkeypatch):
    text = "وسيكون بوسع اليونانيين جورج باباس إيداع الشيكات."
    affiliations = _affiliations(_graph({"a": text}, {"جورج باباس": "PERS"}, monkeypatch))
    assert not affiliations


def test_an_organisation_headed_by_a_person(monkeypatch):
    text = "وأعلنت حركة المقاومة الإسلامية (حماس)، برئاسة خالد مشعل، رفضها للقرار."
    affiliations = _affiliations(_graph({"a": text}, {"خالد مشعل": "PERS"}, monkeypatch))
    assert [t for p, t in affiliations if p == "خالد مشعل" and "حماس" in t]


def test_a_title_between_commas_after_a_name_is_that_names(monkeypatch):
    text = "وقال: بعد أن اختارني جيري براون، حاكم ولاية كاليفورنيا، سامي المراد للمشروع أعلنت البداية."
    affiliations = _affiliations(_graph({"a": text}, {"جيري براون": "PERS", "سامي المراد": "PERS"}, monkeypatch))
    assert not [t for p, t in affiliations if p == "سامي المراد"]


def test_a_nationality_after_an_organisation_is_the_organisations(monkeypatch):
    text = "وقال الخبير في جامعة جون هوبكنز الأميركية خليل العناني إن الإصلاح ضروري."
    names = {"جامعة جون هوبكنز": "ORG", "خليل العناني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("خليل العناني", "الولايات المتحدة") not in affiliations


def test_a_minister_without_a_country_is_not_put_in_another_countrys_ministry(monkeypatch):
    text = ("وحضر وزير الخارجية برونو رودريغيز الاحتفال في واشنطن. "
            "وقالت وزارة الخارجية إن وزير الخارجية الأمريكي جون كيري سيزور هافانا.")
    names = {"برونو رودريغيز": "PERS", "جون كيري": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not [t for p, t in affiliations if p == "برونو رودريغيز"]


def test_the_university_named_by_its_noun(monkeypatch):
    text = ("ووقعت جامعة حائل اتفاقية مع الصندوق. "
            "وقال وكيل الجامعة للتطوير الأكاديمي د. راشد الحمالي إن الاتفاقية مهمة.")
    names = {"جامعة حائل": "ORG", "راشد الحمالي": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("راشد الحمالي", "جامعة حائل") in affiliations


def test_the_object_of_a_preposition_is_no_holder(monkeypatch):
    text = "وكان رئيس الاتحاد الأمريكي للعبة اتصل أخيرا بسابيلا هاتفيا."
    affiliations = _affiliations(_graph({"a": text}, {"سابيلا": "PERS"}, monkeypatch))
    assert not affiliations


def test_the_name_in_brackets_after_the_titles(monkeypatch):
    text = "وقال المتحدث إن المندوبة الأمريكية الدائمة لدى الأمم المتحدة (السفيرة سامنثا باور) ستتحدث اليوم."
    affiliations = _affiliations(_graph({"a": text}, {"سامنثا باور": "PERS"}, monkeypatch))
    assert ("سامنثا باور", "الولايات المتحدة") in affiliations
    assert ("سامنثا باور", "الأمم المتحدة") not in affiliations


def test_an_organisations_title_right_after_a_name(monkeypatch):
    text = "وقال كوفي عنان الأمين العام السابق للأمم المتحدة إن الإصلاح ضروري."
    affiliations = _affiliations(_graph({"a": text}, {"كوفي عنان": "PERS"}, monkeypatch))
    assert ("كوفي عنان", "الأمم المتحدة") in affiliations


def test_a_statement_to_a_news_agency_is_no_employer(monkeypatch):
    text = "وقال كريس فيليرز المتحدث باسم بوينغ لوكالة الصحافة الفرنسية إن القطعة ليست من الطائرة."
    affiliations = _affiliations(_graph({"a": text}, {"كريس فيليرز": "PERS"}, monkeypatch))
    assert not [t for p, t in affiliations if p == "كريس فيليرز" and "فرانس" in t]



def test_a_word_behind_a_preposition_after_the_title_is_no_holder(monkeypatch):
    text = "وقالت إيرينا بوكوفا المدير العام لليونسكو لعمال البناء إن عملكم درس في التسامح."
    names = {"إيرينا بوكوفا": "PERS", "لعمال البناء": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not [p for p, t in affiliations if "عمال" in p]


def test_a_deputy_minister_works_in_the_ministry_named_with_its_country(monkeypatch):
    text = ("وأعلنت وزارة الاستثمار المصرية خطة جديدة في القاهرة. "
            "وقال نائب وزير الاستثمار للشؤون الفنية سامي الحداد إن الخطة جاهزة.")
    affiliations = _affiliations(_graph({"a": text}, {"سامي الحداد": "PERS"}, monkeypatch))
    assert [t for p, t in affiliations if p == "سامي الحداد" and t.startswith("وزارة الاستثمار")]


_GREECE = ("وتواجه اليونان أزمة ديون خانقة. وقالت مصادر في اليونان إن المفاوضات مستمرة. "
           "وتأمل اليونان في اتفاق قريب. ")


def test_a_bare_minister_in_an_article_about_one_country(monkeypatch):
    text = _GREECE + "وفي اليونان قال وزير المالية نيكوس بابادوبولوس إن الاقتصاد سيتعافى."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert ("نيكوس بابادوبولوس", "اليونان") in affiliations


def test_a_bare_minister_whose_sentence_names_no_country_has_none(monkeypatch):
    text = _GREECE + "وقال وزير المالية نيكوس بابادوبولوس إن الاتفاق قريب."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert not affiliations


def test_a_construct_title_is_no_bare_state_title(monkeypatch):
    text = _GREECE + "وقال رئيس قسم الأبحاث نيكوس بابادوبولوس إن اقتصاد اليونان سيتعافى."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert ("نيكوس بابادوبولوس", "اليونان") not in affiliations


def test_a_bare_minister_in_an_article_about_two_countries_has_none(monkeypatch):
    text = _GREECE + "وزار وفد من تركيا ثم تركيا ثم تركيا. وفي اليونان قال وزير المالية نيكوس بابادوبولوس إن الاقتصاد سيتعافى."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert not [t for p, t in affiliations if p == "نيكوس بابادوبولوس"]


def test_a_president_is_no_kingdoms(monkeypatch):
    text = ("وتربط المملكة العربية السعودية ومصر علاقات وثيقة. وتدعم المملكة العربية السعودية مصر. "
            "وزار وفد المملكة العربية السعودية مصر أمس. وفي مصر استقبل فخامة الرئيس حسن المنصوري وفد المملكة العربية السعودية. "
            "وفي مصر حضر وزير الخارجية سالم العتيبي اللقاء مع وفد المملكة العربية السعودية.")
    names = {"حسن المنصوري": "PERS", "سالم العتيبي": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("حسن المنصوري", "مصر") in affiliations
    assert not [t for p, t in affiliations if p == "سالم العتيبي"]  # a minister may be either country's


def test_an_adviser_is_no_bare_state_title(monkeypatch):
    text = _GREECE + "وحضر المستشار نيكوس بابادوبولوس اللقاء في اليونان."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert not affiliations


def test_a_copula_ends_the_title_phrase(monkeypatch):
    text = "ودخل الاتحاد في مفاوضات مع المدرب ليكون خليفة للألماني يورغن كلوب."
    affiliations = _affiliations(_graph({"a": text}, {"يورغن كلوب": "PERS"}, monkeypatch))
    assert ("يورغن كلوب", "ألمانيا") in affiliations


_BOARD = ("واعتمد الرئيس العام مجلس إدارة نادي النجوم بمنطقة تبوك، وجاء التشكيل الجديد للمجلس برئاسة "
          "سامي بن خالد العتيبي، وفهد بن علي الدوسري نائبا، وعضوية كل من الدكتور ماجد الحربي وناصر القحطاني.")
_BOARD_NAMES = {"نادي النجوم": "ORG", "سامي بن خالد العتيبي": "PERS", "وفهد بن علي الدوسري": "PERS",
                "ماجد الحربي": "PERS", "وناصر القحطاني": "PERS"}


def test_a_boards_roster_belongs_to_its_organisation(monkeypatch):
    roles = _roles(_graph({"a": _BOARD}, _BOARD_NAMES, monkeypatch))
    members = {(p.removeprefix("و"), r) for p, t, r in roles if t.startswith("نادي النجوم")}
    assert {("سامي بن خالد العتيبي", "برئاسة"), ("فهد بن علي الدوسري", "نائبا"),
            ("ماجد الحربي", "وعضوية"), ("ناصر القحطاني", "وعضوية")} <= members


def test_a_roster_without_a_named_board_is_nobodys(monkeypatch):
    text = "وجاء التشكيل الجديد للمجلس برئاسة سامي بن خالد العتيبي، وفهد بن علي الدوسري نائبا."
    affiliations = _affiliations(_graph({"a": text}, _BOARD_NAMES, monkeypatch))
    assert not affiliations


def test_a_name_after_the_chair_without_an_office_is_no_member(monkeypatch):
    text = "ووصل وفد حركة حماس، برئاسة خالد مشعل، وإسماعيل هنية وصلا إلى القاهرة."
    names = {"خالد مشعل": "PERS", "وإسماعيل هنية": "PERS", "حركة حماس": "ORG"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert [p for p, t in affiliations if p == "خالد مشعل"]
    assert not [p for p, t in affiliations if "هنية" in p]


def test_a_title_that_ends_in_the_organisations_noun(monkeypatch):
    text = "وعقد حزب النهضة مؤتمره أمس. وقال رئيس الحزب سامي العلي إن المؤتمر ناجح."
    affiliations = _affiliations(_graph({"a": text}, {"سامي العلي": "PERS", "حزب النهضة": "ORG"}, monkeypatch))
    assert ("سامي العلي", "حزب النهضة") in affiliations


def test_the_programme_named_by_its_noun_before_a_region(monkeypatch):
    text = ("ووزع برنامج الأغذية العالمي مساعدات في عدن. "
            "وأصدر المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط، سامي العلي، بيانا.")
    affiliations = _affiliations(_graph({"a": text}, {"سامي العلي": "PERS", "برنامج الأغذية العالمي": "ORG"}, monkeypatch))
    assert ("سامي العلي", "برنامج الأغذية العالمي") in affiliations
    assert not [t for p, t in affiliations if t == "الشرق الأوسط"]


def test_two_organisations_of_the_noun_leave_the_title_alone(monkeypatch):
    text = "وعقد حزب النهضة وحزب الأمل مؤتمرا أمس. وقال رئيس الحزب سامي العلي إن المؤتمر ناجح."
    names = {"سامي العلي": "PERS", "حزب النهضة": "ORG", "وحزب الأمل": "ORG"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not [t for p, t in affiliations if p == "سامي العلي"]


def test_a_rank_after_the_organisations_noun_still_reaches_the_name(monkeypatch):
    text = ("ووقعت مؤسسة البريد السعودي الاتفاقية أمس. "
            "وقال معالي رئيس المؤسسة الدكتور سامي الفلاني إن الاتفاقية مهمة.")
    names = {"مؤسسة البريد السعودي": "ORG", "سامي الفلاني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert [t for p, t in affiliations if p == "سامي الفلاني" and t.startswith("مؤسسة البريد")]


def test_a_title_inside_an_organisations_name_reads_no_phrase(monkeypatch):
    text = "وقدمت مؤسسة الملك عبدالله العالمية مساعدات إلى الصومال."
    affiliations = _affiliations(_graph({"a": text}, {"عبدالله": "PERS"}, monkeypatch))
    assert not affiliations


def test_a_country_named_only_after_the_bare_title_is_not_its(monkeypatch):
    text = _GREECE + "وقال وزير المالية نيكوس بابادوبولوس إن الحل يأتي من اليونان."
    affiliations = _affiliations(_graph({"a": text}, {"نيكوس بابادوبولوس": "PERS"}, monkeypatch))
    assert not affiliations


def _targets(affiliations, person):
    return {t for p, t in affiliations if p == person}


def test_an_adjective_of_time_is_no_part_of_a_clubs_name(monkeypatch):
    text = ("واعتمد الرئيس العام مجلس إدارة نادي النجمة الجديد بمنطقة الرياض، وجاء التشكيل الجديد للمجلس "
            "برئاسة سامر بن خالد العتيبي، وعضوية كل من فارس بن علي الدوسري ومنصور بن سعد القحطاني.")
    names = {"سامر بن خالد العتيبي": "PERS", "فارس بن علي الدوسري": "PERS", "ومنصور بن سعد القحطاني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    for person in ("سامر بن خالد العتيبي", "فارس بن علي الدوسري", "منصور بن سعد القحطاني"):
        (club,) = _targets(affiliations, person)
        assert club.startswith("نادي النجمة") and "الجديد" not in club


def test_listed_names_keep_their_first_and_family_names(monkeypatch):
    # the model read "فهد بن عبدالله" without the family name and "بن عبدالله الحربي" without مشهور
    text = ("وجاء التشكيل الجديد لمجلس إدارة نادي النجمة برئاسة سامر بن خالد العتيبي، "
            "وعضوية كل من فهد بن عبدالله السلامة وماجد بن علي الفاضل ومشهور بن عبدالله الحربي.")
    names = {"سامر بن خالد العتيبي": "PERS", "فهد بن عبدالله": "PERS", "وماجد بن علي الفاضل": "PERS", "بن عبدالله الحربي": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    people = {p for p, _ in affiliations}
    assert {"فهد بن عبدالله السلامة", "مشهور بن عبدالله الحربي", "ماجد بن علي الفاضل"} <= people
    assert not {"فهد بن عبدالله", "بن عبدالله الحربي"} & people


def test_a_family_name_after_a_lineage_is_not_the_verbs_object(monkeypatch):
    g = _graph({"a": "ورعى الأمير فيصل بن عبدالله الحفل."}, {"فيصل بن عبدالله": "PERS"}, monkeypatch)
    assert "فيصل بن عبدالله" in {d["label"] for _, d in g.nodes(data=True)}


def test_the_first_name_between_a_title_and_the_name(monkeypatch):
    text = "وقال الرئيس اليمني علي ناصر العمري إن الحوار مستمر."
    affiliations = _affiliations(_graph({"a": text}, {"ناصر العمري": "PERS"}, monkeypatch))
    assert ("علي ناصر العمري", "اليمن") in affiliations
    text = "وقال آية الله علي الطباطبائي إن الحوار مستمر."
    g = _graph({"a": text}, {"الطباطبائي": "PERS"}, monkeypatch)
    assert "علي الطباطبائي" in {d["label"] for _, d in g.nodes(data=True)}


def test_the_preposition_on_after_a_title_is_no_first_name(monkeypatch):
    text = "وأثنى الرئيس اليمني على سامي العمري في كلمته."
    g = _graph({"a": text}, {"سامي العمري": "PERS"}, monkeypatch)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "سامي العمري" in labels and "على سامي العمري" not in labels


def test_a_rank_word_is_no_part_of_the_name(monkeypatch):
    text = "وكان في وداعه الملحق العسكري السعودي في مصر العقيد ركن فهد الدوسري."
    affiliations = _affiliations(_graph({"a": text}, {"ركن فهد الدوسري": "PERS"}, monkeypatch))
    assert ("فهد الدوسري", "المملكة العربية السعودية") in affiliations
    assert not [p for p, _ in affiliations if p.startswith("ركن")]


def test_an_indefinite_nationality_after_a_title_describes_no_named_person(monkeypatch):
    text = "وهو سياسي ودبلوماسي يمني حضرمي المولد، عاش وترعرع في عدن."
    g = _graph({"a": text}, {}, monkeypatch)
    assert not [d for _, d in g.nodes(data=True) if d["type"] == "PERSON"]
    assert not _affiliations(g)


def test_the_organisation_named_by_its_noun_is_the_one_named_last(monkeypatch):
    text = ("واجتمع حزب الوفد مع ممثلي حزب النور أمس. "
            "وفي مقر حزب الأمل، قال رئيس الحزب سامي الفاروق إن المشروع ممول محليا.")
    affiliations = _affiliations(_graph({"a": text}, {"سامي الفاروق": "PERS"}, monkeypatch))
    assert _targets(affiliations, "سامي الفاروق") == {"حزب الأمل"}


def test_two_organisations_named_as_recently_leave_the_noun_unread(monkeypatch):
    text = "واجتمع حزب الوفد مع ممثلي حزب النور أمس. وقال رئيس الحزب سامي الفاروق إن الاجتماع مثمر."
    affiliations = _affiliations(_graph({"a": text}, {"سامي الفاروق": "PERS"}, monkeypatch))
    assert not _targets(affiliations, "سامي الفاروق")


def test_a_first_name_cut_off_its_name_gets_no_affiliation(monkeypatch):
    text = "وانتقد عضو لجنة الأمن والدفاع في مجلس النواب العراقي إسكندر وتوت الموقف الأمريكي."
    affiliations = _affiliations(_graph({"a": text}, {"إسكندر": "PERS"}, monkeypatch))
    assert not _targets(affiliations, "إسكندر")
    text = "وقال عضو لجنة الأمن والدفاع في مجلس النواب العراقي إسكندر إن الموقف الأمريكي خاطئ."
    affiliations = _affiliations(_graph({"a": text}, {"إسكندر": "PERS"}, monkeypatch))
    assert _targets(affiliations, "إسكندر")  # a first name alone before an ordinary word keeps its role


def test_an_unknown_word_read_as_a_place_after_a_titles_nationality_is_its_holder(monkeypatch):
    text = "وقال المدرب الروماني بيتوركا إن الفريق جاهز."
    affiliations = _affiliations(_graph({"a": text}, {"بيتوركا": "LOC"}, monkeypatch))
    assert ("بيتوركا", "رومانيا") in affiliations
    text = "ووصل المدرب الروماني إلى كلوجنا أمس."
    g = _graph({"a": text}, {"كلوجنا": "LOC"}, monkeypatch)
    assert not [d for _, d in g.nodes(data=True) if d["type"] == "PERSON"]


def test_an_institution_with_an_l_complement_on_an_indefinite_noun(monkeypatch):
    text = "وقال محافظ المؤسسة العامة لتحلية المياه الدكتور سامي العمري إن الإنتاج زاد."
    affiliations = _affiliations(_graph({"a": text}, {"سامي العمري": "PERS"}, monkeypatch))
    assert ("سامي العمري", "المؤسسة العامة لتحلية المياه") in {(p, t.split(" (")[0]) for p, t in affiliations} or any(
        p == "سامي العمري" and t.startswith("المؤسسة العامة لتحلية المياه") for p, t in affiliations)


def test_a_portfolio_after_a_ministry_is_no_part_of_its_name(monkeypatch):
    text = "وقال وكيل وزارة الحج لشؤون الحج والعمرة سامي العمري إن الاستعدادات اكتملت."
    g = _graph({"a": text}, {"سامي العمري": "PERS"}, monkeypatch)
    assert not [d for _, d in g.nodes(data=True) if "لشؤون" in d["label"]]


def test_an_officer_serves_in_the_unit_after_his_name(monkeypatch):
    text = "وكشف العميد سامي الجبوري في شرطة نينوى عن مقتل عشرة مسلحين."
    affiliations = _affiliations(_graph({"a": text}, {"سامي الجبوري": "PERS"}, monkeypatch))
    assert [t for p, t in affiliations if p == "سامي الجبوري" and t.startswith("شرطة نينوى")]
    text = "وقال الدكتور سامي الجبوري في جامعة بغداد إن البحث مستمر."
    affiliations = _affiliations(_graph({"a": text}, {"سامي الجبوري": "PERS", "جامعة بغداد": "ORG"}, monkeypatch))
    assert not _targets(affiliations, "سامي الجبوري")


def test_names_after_a_title_that_begin_like_a_conjunction_or_a_preposition(monkeypatch):
    affiliations = _affiliations(_graph({"a": "وقال السفير الأردني فيصل الحمود إن العلاقات متينة."}, {}, monkeypatch))
    assert ("فيصل الحمود", "الأردن") in affiliations
    text = "وقال السفير التونسي لدى روسيا علي الشابي إن الاتفاقية جاهزة."
    affiliations = _affiliations(_graph({"a": text}, {}, monkeypatch))
    assert _targets(affiliations, "علي الشابي") == {"تونس"}


def test_one_of_the_leaders_of_an_organisation(monkeypatch):
    text = "وخطفت مجموعة مسلحة أحد قادة حزب الله عبد الكريم عبيد من لبنان."
    affiliations = _affiliations(_graph({"a": text}, {"عبد الكريم عبيد": "PERS"}, monkeypatch))
    assert ("عبد الكريم عبيد", "حزب الله") in affiliations


def test_a_state_institution_takes_only_a_dominant_countrys_name(monkeypatch):
    text = ("وأبرمت الولايات المتحدة صفقة مع إيران بعد مفاوضات مع إيران في فيينا، وقالت واشنطن إن إيران ملتزمة. "
            "وقال عضو مجلس الشيوخ السابق سامي فورد إن الصفقة جيدة.")
    g = _graph({"a": text}, {"سامي فورد": "PERS"}, monkeypatch)
    assert not [d for _, d in g.nodes(data=True) if d["label"].startswith("مجلس الشيوخ") and "الإيراني" in d["label"]]
    text = ("وأكدت المملكة العربية السعودية أن السعودية تدعم اليمن، وأشاد مسؤولون في الرياض وجدة بالقرار. "
            "وقال وكيل وزارة الداخلية سامي فورد إن الخطة جاهزة.")
    g = _graph({"a": text}, {"سامي فورد": "PERS"}, monkeypatch)
    assert [d for _, d in g.nodes(data=True) if d["label"].startswith("وزارة الداخلية") and "السعودية" in d["label"]]


def test_a_preposition_ends_a_name_read_after_a_title(monkeypatch):
    text = "وألقيت الكلمة في حفل جائزة الملك فيصل العالمية أمام خادم الحرمين الشريفين."
    g = _graph({"a": text}, {}, monkeypatch)
    assert not [d for _, d in g.nodes(data=True) if "أمام" in d["label"]]


def test_members_listed_after_a_colon_hold_the_title(monkeypatch):
    text = "وأعلنت الرئاسة أسماء أعضاء مجلس إدارة نادي النجمة: سامر العتيبي، وخالد الدوسري، ومنصور القحطاني."
    names = {"سامر العتيبي": "PERS", "وخالد الدوسري": "PERS", "ومنصور القحطاني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    for person in ("سامر العتيبي", "خالد الدوسري", "منصور القحطاني"):
        assert [t for t in _targets(affiliations, person) if t.startswith("نادي النجمة")]


def test_names_after_a_colon_that_go_on_into_a_clause_are_no_list(monkeypatch):
    text = "وقال أعضاء مجلس إدارة نادي النجمة: سامر العتيبي وفارس الدوسري اجتمعا بالمدرب أمس."
    names = {"سامر العتيبي": "PERS", "وفارس الدوسري": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not _targets(affiliations, "سامر العتيبي") and not _targets(affiliations, "فارس الدوسري")


def test_a_name_after_a_title_and_its_organisation_in_a_preposition(monkeypatch):
    text = "وقتل القيادي في تنظيم القاعدة أبو سامر الحلبي في غارة جوية."
    affiliations = _affiliations(_graph({"a": text}, {}, monkeypatch))
    assert [t for p, t in affiliations if p.startswith("أبو سامر") and "القاعدة" in t]


def test_a_title_after_a_preposition_is_the_object_not_an_apposition(monkeypatch):
    text = "واتصل رئيس الوزراء البريطاني جون سميث بالرئيس الإيراني الأسبوع الماضي."
    g = _graph({"a": text}, {"جون سميث": "PERS"}, monkeypatch)
    assert ("جون سميث", "بريطانيا") in _affiliations(g)
    assert ("جون سميث", "إيران") not in _affiliations(g)


def test_a_headless_title_does_not_reach_a_name_after_a_prepositional_title(monkeypatch):
    text = ("وأكد السفير الإماراتي لدى اليمن دعم دولة الإمارات للشرعية الدستورية ممثلة "
            "بالرئيس عبد الله سالم رئيس الجمهورية.")
    g = _graph({"a": text}, {"عبد الله سالم": "PERS"}, monkeypatch)
    assert not {t for p, t in _affiliations(g) if p == "عبد الله سالم"} & {"الإمارات العربية المتحدة", "الإمارات"}


def test_a_prepositional_title_with_its_own_name_still_names_its_holder(monkeypatch):
    text = "واجتمع الوزير بالرئيس الفرنسي جان دوبوا أمس."
    g = _graph({"a": text}, {"جان دوبوا": "PERS"}, monkeypatch)
    assert ("جان دوبوا", "فرنسا") in _affiliations(g)


def test_an_airports_director_works_for_the_airport(monkeypatch):
    # The airport is a place (LOC), but its director belongs to its management.
    text = "وشكر مدير عام مطار الملك فهد الدولي المهندس يوسف الظاهري الجهات المشاركة."
    g = _graph({"a": text}, {"يوسف الظاهري": "PERS"}, monkeypatch)
    assert ("يوسف الظاهري", "مطار الملك فهد الدولي") in _affiliations(g)


def test_a_title_after_a_name_a_preposition_governs_is_that_names(monkeypatch):
    # مع سامي العلي وزير الخارجية الأردني، تطورات الوضع: the title is Sami's; what follows the
    # comma is the verb's object, even when tagging reads it as a name
    names = {"سامي العلي": "PERS", "تطورات الوضع": "PERS", "كريم الفاضل": "PERS"}
    roles = _roles(_graph({"a": "وبحث الملك مع سامي العلي وزير الخارجية الأردني، تطورات الوضع في المنطقة."}, names, monkeypatch))
    assert roles == {("سامي العلي", "الأردن", "وزير الخارجية")}


def test_a_title_after_an_object_name_goes_to_the_name_after_its_comma(monkeypatch):
    names = {"سامي العلي": "PERS", "كريم الفاضل": "PERS"}
    roles = _roles(_graph({"a": "واستقبل الملك كريم الفاضل وزير الخارجية الأردني، سامي العلي."}, names, monkeypatch))
    assert roles == {("سامي العلي", "الأردن", "وزير الخارجية")}


def test_a_name_in_the_complement_of_a_title_set_off_after_a_name_holds_nothing(monkeypatch):
    # Sami، الرئيس التنفيذي في مجموعة لوكال ...: the title is Sami's (the name after the group is
    # tagging's misreading of the group's name, مجموعة لوكال وورلد)
    names = {"سامي العلي": "PERS", "كريم الفاضل": "PERS", "مجموعة لوكال": "ORG"}
    text = "وقال سامي العلي، الرئيس التنفيذي في مجموعة لوكال كريم الفاضل، إن الصحف تتقلص."
    assert _roles(_graph({"a": text}, names, monkeypatch)) == {("سامي العلي", "مجموعة لوكال", "الرئيس التنفيذي")}


def test_a_listed_title_after_a_comma_goes_to_its_own_name(monkeypatch):
    names = {"سامي العلي": "PERS", "منصور الحداد": "PERS", "صندوق النور": "ORG", "مؤسسة الأمل": "ORG"}
    text = "وحضر الحفل محافظ مؤسسة الأمل منصور الحداد، ومدير عام صندوق النور سامي العلي."
    assert ("سامي العلي", "صندوق النور", "مدير عام") in _roles(_graph({"a": text}, names, monkeypatch))


def test_the_bare_club_noun_is_a_club_the_article_names_with_that_noun(monkeypatch):
    names = {"ميشال أولاس": "PERS", "لاكازيت": "PERS"}
    text = "وفاز الفريق على ضيفه ميلان الإيطالي. وتلقى لاكازيت عرضا من رئيس النادي ميشال أولاس."
    assert not _roles(_graph({"a": text}, names, monkeypatch))  # the opponent is not "النادي"
    text = "وفاز نادي ميلان على ضيفه. وتلقى لاكازيت عرضا من رئيس النادي ميشال أولاس."
    assert ("ميشال أولاس", "نادي ميلان", "رئيس") in _roles(_graph({"a": text}, names, monkeypatch))


def test_an_organisation_right_after_a_titles_place_is_the_verbs_object(monkeypatch):
    # كرّم X أمير منطقة عسير الشركة ...: the emir governs Asir; the company he honoured is no employer
    names = {"سامي العلي": "PERS", "شركة النور للنقل": "ORG"}
    text = "وكرّم الأمير سامي العلي أمير منطقة عسير شركة النور للنقل الناقل الرسمي للمهرجان."
    roles = _roles(_graph({"a": text}, names, monkeypatch))
    assert not any(r[1] == "شركة النور للنقل" for r in roles), roles


def test_an_organisation_after_a_titles_place_with_a_preposition_stays_its_employer(monkeypatch):
    names = {"سامي العلي": "PERS", "جمعية النور": "ORG"}
    text = "وقال مدير فرع جمعية النور بمنطقة عسير سامي العلي إن الجمعية جاهزة."
    assert ("سامي العلي", "جمعية النور") in _affiliations(_graph({"a": text}, names, monkeypatch))


def test_a_title_after_the_verbs_object_opens_another_phrase(monkeypatch):
    # نقل وزير الخارجية تحيات خادم الحرمين الملك سلمان: تحيات is the verb's object and the king
    # its genitive; the foreign minister's title is not the king's
    names = {"سلمان بن عبد العزيز": "PERS"}
    text = ("ونقل معالي وزير الخارجية تحيات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى الرئيس. "
            "وأكد متانة علاقات المملكة العربية السعودية بالبلدين.")
    roles = {r for r in _roles(_graph({"a": text}, names, monkeypatch)) if r[0] == "سلمان بن عبد العزيز"}
    assert roles and not any("وزير الخارجية" in r[2] for r in roles), roles


def test_a_titles_prepositional_complement_before_the_next_title_stays_in_the_phrase(monkeypatch):
    names = {"سامي العلي": "PERS", "وزارة الصحة": "ORG"}
    text = "أوضح ذلك المتحدث الإعلامي باسم وزارة الصحة الدكتور سامي العلي أمس."
    assert ("سامي العلي", "وزارة الصحة") in _affiliations(_graph({"a": text}, names, monkeypatch))


def test_a_country_on_the_hosts_title_does_not_place_a_bare_guest_title(monkeypatch):
    # استقبل أمير دولة قطر ... وزير الخارجية X: the press names the foreign side's country; the
    # bare title is not Qatar's though Qatar is the country the article is about
    names = {"تميم بن حمد": "PERS", "سامي العلي": "PERS"}
    text = ("استقبل الشيخ تميم بن حمد أمير دولة قطر في قصره أمس وزير الخارجية سامي العلي. "
            "وأكد أمير قطر متانة العلاقات. وتمنى للشعب القطري دوام التقدم. وغادر قطر مساء.")
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("تميم بن حمد", "قطر") in affiliations
    assert not any(p == "سامي العلي" for p, _ in affiliations), affiliations
    # a country on a title of no state office still places a bare president of that article's country
    names = {"هيلاري كلينتون": "PERS", "بيل كلينتون": "PERS"}
    text = ("تتصدر السيدة الأولى الأمريكية السابقة هيلاري كلينتون الاستطلاعات ولا يتفوق عليها زوجها الرئيس الأسبق بيل كلينتون. "
            "وتنتظر الولايات المتحدة الانتخابات. وتشهد الولايات المتحدة حملة طويلة.")
    assert ("بيل كلينتون", "الولايات المتحدة") in _affiliations(_graph({"a": text}, names, monkeypatch))


def test_a_relative_of_a_title_holder_holds_no_title(monkeypatch):
    # زوجة الرئيس الأمريكي X: the president's wife holds no office, nor his nationality's role
    names = {"سارة العلي": "PERS", "سامي العلي": "PERS"}
    text = "وقالت زوجة الرئيس الأمريكي سارة العلي إن الحملة ناجحة، وقال الرئيس الأمريكي سامي العلي إنها مهمة."
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("سامي العلي", "الولايات المتحدة") in affiliations
    assert not any(p == "سارة العلي" for p, _ in affiliations), affiliations


def test_an_aide_of_the_president_is_no_president(monkeypatch):
    names = {"سارة العلي": "PERS"}
    roles = _roles(_graph({"a": "وقالت مساعدة الرئيس الإيراني سارة العلي إن القرار صائب."}, names, monkeypatch))
    assert roles and all(r[2] != "الرئيس" and "مساعدة" in r[2] for r in roles if r[0] == "سارة العلي"), roles


def test_a_nationality_after_a_boards_organisation_is_the_organisation_s(monkeypatch):
    text = "وقال رئيس مجلس إدارة بيت التمويل الكويتي حمد المرزوق إن الأرباح ارتفعت."
    affiliations = _affiliations(_graph({"a": text}, {"حمد المرزوق": "PERS"}, monkeypatch))
    assert ("حمد المرزوق", "الكويت") not in affiliations
    text = "وقال وزير المالية الكويتي أنس الصالح إن الأرباح ارتفعت."
    assert ("أنس الصالح", "الكويت") in _affiliations(_graph({"a": text}, {"أنس الصالح": "PERS"}, monkeypatch))


def test_a_name_after_a_preposition_is_not_the_title_s_holder(monkeypatch):
    text = "وقتل قائد جبهة الحوثيين في نقطة العلم المقرب من عبدالملك الحوثي أمس."
    affiliations = _affiliations(_graph({"a": text}, {"عبدالملك الحوثي": "PERS"}, monkeypatch))
    assert not [t for p, t in affiliations if p == "عبدالملك الحوثي"]
    text = "وقتل قائد جبهة الحوثيين في نقطة العلم أبو علي الحاكم أمس."
    affiliations = _affiliations(_graph({"a": text}, {"أبو علي الحاكم": "PERS"}, monkeypatch))
    assert [t for p, t in affiliations if p == "أبو علي الحاكم"]


def test_a_title_after_ila_and_a_noun_opens_another_phrase(monkeypatch):
    text = ("ونقل الوزير تحيات الأمير محمد بن نايف ولي العهد وزير الداخلية إلى أخيه فخامة الرئيس "
            "عبدالفتاح السيسي.")
    names = {"محمد بن نايف": "PERS", "عبدالفتاح السيسي": "PERS"}
    phrases = {p.head.text: [t.text for t in p.titles] for p in _phrases(text, names, monkeypatch)}
    assert "وزير الداخلية" not in phrases["عبدالفتاح السيسي"]
    assert "وزير الداخلية" in phrases["محمد بن نايف"]


def test_affairs_of_a_body_are_the_minister_s_portfolio(monkeypatch):
    text = "وقال وزير العدالة الانتقالية وشؤون مجلس النواب المصري إبراهيم الهنيدي إن التعديلات أقرت."
    affiliations = _affiliations(_graph({"a": text}, {"إبراهيم الهنيدي": "PERS"}, monkeypatch))
    assert ("إبراهيم الهنيدي", "مصر") in affiliations
    assert not [t for p, t in affiliations if p == "إبراهيم الهنيدي" and "مجلس" in t]


def test_a_name_with_the_preposition_lil_is_no_title_s_holder(monkeypatch):
    text = "ولي ولي العهد السعودي للسيسي: المباحثات مثمرة."
    affiliations = _affiliations(_graph({"a": text}, {"للسيسي": "PERS"}, monkeypatch))
    assert not affiliations


def test_a_bare_name_after_the_title_s_adjective_is_no_complement(monkeypatch):
    text = "استبعد المدرب اليوناني «جورج دونيس» قائد الفريق ياسر القحطاني من القائمة."
    names = {"جورج دونيس": "ORG", "ياسر القحطاني": "PERS"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not [t for p, t in affiliations if p == "ياسر القحطاني"]
    text = "وقال المدرب اليوناني جورج دونيس إن الفريق جاهز."
    affiliations = _affiliations(_graph({"a": text}, {"جورج دونيس": "PERS"}, monkeypatch))
    assert ("جورج دونيس", "اليونان") in affiliations


def test_a_title_glued_to_li_after_a_complement_is_the_verb_s_object(monkeypatch):
    text = "ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز."
    names = {"سلمان بن عبدالعزيز": "PERS", "المجلس الأعلى للقضاء": "ORG"}
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert not [t for p, t in affiliations if p == "سلمان بن عبدالعزيز" and "المجلس" in t]
    # with no complement before it, the ل-title is the genitive of the chain
    text = "ووصل السكرتير الخاص لخادم الحرمين الشريفين تميم السالم أمس."
    phrases = {p.head.text: [t.text for t in p.titles] for p in _phrases(text, {"تميم السالم": "PERS"}, monkeypatch)}
    assert "السكرتير" in phrases["تميم السالم"]


def test_a_phrase_after_the_complement_is_the_verb_s(monkeypatch):
    text = "أشاد نبيل آل صالح سفير خادم الحرمين الشريفين في أستراليا بمواقف حزب العمال الأسترالي الداعمة للسلام."
    names = {"نبيل آل صالح": "PERS", "حزب العمال الأسترالي": "ORG"}
    affiliations = _affiliations(_graph({"a": text + " وقالت السعودية إن العلاقات متينة."}, names, monkeypatch))
    assert not [t for p, t in affiliations if p == "نبيل آل صالح" and t in ("حزب العمال الأسترالي", "أستراليا")]
    assert ("نبيل آل صالح", "المملكة العربية السعودية") in affiliations


def test_titles_after_a_name_end_where_the_next_person_s_begin(monkeypatch):
    text = "وحضر الأمير محمد بن نايف ولي العهد وزير الداخلية ووزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان."
    names = {"محمد بن نايف": "PERS", "مساعد العيبان": "PERS"}
    phrases = {p.head.text: [t.text for t in p.titles] for p in _phrases(text, names, monkeypatch)}
    assert "وزير الداخلية" in phrases["محمد بن نايف"]
    assert "وزير الداخلية" not in phrases["مساعد العيبان"] and "وزير الدولة" in phrases["مساعد العيبان"]
    # no name after the second title: both are the first person's
    text = "وقال محمد الفلاني المدير العام والرئيس التنفيذي لشركة المراعي إن الأرباح ارتفعت."
    phrases = {p.head.text: [t.text for t in p.titles] for p in _phrases(text, {"محمد الفلاني": "PERS"}, monkeypatch)}
    assert len(phrases["محمد الفلاني"]) == 2


def test_a_nationality_after_a_club_s_name_is_the_club_s(monkeypatch):
    text = "وقال لاعب جنوى الإيطالي إيوانيس فيتفاتزيدس إن الفريق جاهز."
    affiliations = _affiliations(_graph({"a": text}, {"إيوانيس فيتفاتزيدس": "PERS"}, monkeypatch))
    assert ("إيوانيس فيتفاتزيدس", "إيطاليا") not in affiliations
    # a known word with its possessive (وسطه, "its midfield") is no name: the adjective is the player's
    text = "وقال لاعب وسطه الدفاعي البرازيلي لويز غوستافو إن الفريق جاهز."
    affiliations = _affiliations(_graph({"a": text}, {"لويز غوستافو": "PERS"}, monkeypatch))
    assert ("لويز غوستافو", "البرازيل") in affiliations


def test_a_country_on_a_title_that_reaches_no_name_does_not_place_a_bare_title(monkeypatch):
    # أمير دولة قطر يستقبل وزير الخارجية X: Qatar is the emir's, named by his title alone; the
    # bare title across the verb is not Qatar's though the article is about Qatar
    names = {"سامي العلي": "PERS"}
    text = ("أمير دولة قطر يستقبل وزير الخارجية سامي العلي. وأكد أمير قطر متانة العلاقات. "
            "وتمنى لدولة قطر دوام التقدم. وغادر قطر مساء.")
    assert not any(p == "سامي العلي" for p, _ in _affiliations(_graph({"a": text}, names, monkeypatch)))
    # the same country named as no one's (في قطر), or as that of members of a parliament, who speak
    # for no state abroad, still places the bare title
    for first in ("وفي قطر قال وزير الخارجية سامي العلي إن العلاقات متينة.",
                  "وطلب أعضاء في البرلمان القطري من وزير الخارجية سامي العلي تقريرا."):
        text = first + " وأكد أمير قطر متانة العلاقات. وتمنى لدولة قطر دوام التقدم. وغادر قطر مساء."
        assert ("سامي العلي", "قطر") in _affiliations(_graph({"a": text}, names, monkeypatch)), first


def test_a_country_that_is_another_persons_nationality_does_not_place_a_bare_title(monkeypatch):
    names = {"سامي العلي": "PERS", "هانز مولر": "PERS"}
    text = ("التقى الألماني هانز مولر وزير المالية سامي العلي. وتواجه ألمانيا أزمة. "
            "وتأمل ألمانيا في اتفاق. وقالت مصادر في ألمانيا إن المفاوضات مستمرة.")
    affiliations = _affiliations(_graph({"a": text}, names, monkeypatch))
    assert ("هانز مولر", "ألمانيا") in affiliations
    assert not any(p == "سامي العلي" for p, _ in affiliations), affiliations


def test_an_assistant_in_construct_with_a_title_holds_the_assistants_office(monkeypatch):
    # مساعد رئيس الهيئة X: X is the body's assistant president, and no president
    names = {"سامي العلي": "PERS", "هيئة الطيران المدني": "ORG"}
    roles = _roles(_graph({"a": "وقال مساعد رئيس هيئة الطيران المدني سامي العلي إن الرحلات منتظمة."}, names, monkeypatch))
    assert ("سامي العلي", "هيئة الطيران المدني", "مساعد رئيس") in roles, roles
    (phrase,) = _phrases("وقال كبير مساعدي الرئيس الأمريكي سامي العلي إن القرار صائب.", names, monkeypatch)
    assert phrase.role == "مساعدي الرئيس" and phrase.titles[0].label_en == "assistant to the president"
    # an assistant named so by a name (مساعد البراك) or with a title of the lexicon's own is read as before
    (phrase,) = _phrases("وقال مساعد وزير الخارجية سامي العلي إن القرار صائب.", names, monkeypatch)
    assert phrase.titles[0].canonical == "مساعد وزير الخارجية"
    names = {"مساعد البراك": "PERS"}
    (phrase,) = _phrases("وقال الأستاذ مساعد البراك إن القرار صائب.", names, monkeypatch)
    assert phrase.head.text == "مساعد البراك"
    # the last word of a name before a title (بن مساعد) is no assistant of the title
    names = {"مشعل بن عبدالله بن مساعد": "PERS", "سامي العلي": "PERS"}
    phrases = _phrases("رفع الأمير مشعل بن عبدالله بن مساعد أمير منطقة الحدود الشمالية التعازي.", names, monkeypatch)
    assert [(p.head.text, p.titles[-1].canonical) for p in phrases] == [("مشعل بن عبدالله بن مساعد", "أمير منطقة")], phrases
    phrases = _phrases("وقال عبدالله بن مساعد رئيس الهيئة العامة للرياضة إن الدوري جاهز.", {"عبدالله بن": "PERS"}, monkeypatch)
    assert all(t.source != "aide" for p in phrases for t in p.titles)


def test_an_assistant_of_the_president_is_not_named_the_president(monkeypatch):
    # the article's later «الرئيس» is not the assistant
    names = {"سامي العلي": "PERS"}
    text = ("وقال مساعد الرئيس الأمريكي سامي العلي إن القرار صائب. ورحب الرئيس الأمريكي بالقرار.")
    roles = _roles(_graph({"a": text}, names, monkeypatch))
    assert ("سامي العلي", "الولايات المتحدة", "مساعد الرئيس") in roles, roles
    # (before, the assistant was the president the article's bare «الرئيس الأمريكي» named); nor is
    # an assistant to an office the lexicon has no assistant's title for
    for office in ("الرئيس الأمريكي", "رئيس الوزراء البريطاني"):
        text = f"وقال مساعد {office} سامي العلي إن القرار صائب. وزار {office} مصر أمس."
        assert not [row for row in event_rows(text, names, monkeypatch) if "سامي العلي" in row[2]], office
        # the office's holder himself, named so before, is still the one the bare title names
        text = f"وقال {office} سامي العلي إن القرار صائب. وزار {office} مصر أمس."
        assert [row for row in event_rows(text, names, monkeypatch) if "سامي العلي" in row[2]], office


def test_a_body_named_after_the_titles_organisation_is_where_it_sits(monkeypatch):
    # رئيس اللجنة الوطنية للسياحة بمجلس الغرف X: he heads the committee, not the council
    names = {"سامي العلي": "PERS", "اللجنة الوطنية للسياحة": "ORG", "مجلس الغرف": "ORG"}
    text = "وأكد رئيس اللجنة الوطنية للسياحة بمجلس الغرف سامي العلي أن المشروع اكتمل."
    roles = _roles(_graph({"a": text}, names, monkeypatch))
    assert {r for r in roles if r[0] == "سامي العلي"} == {("سامي العلي", "اللجنة الوطنية للسياحة", "رئيس"),
                                                          ("سامي العلي", "مجلس الغرف", "رئيس اللجنة الوطنية للسياحة")}, roles
    # a body after في with no organisation in the title's genitive is the employer
    text = "وأكد الباحث في مجلس الغرف سامي العلي أن المشروع اكتمل."
    assert ("سامي العلي", "مجلس الغرف") in _affiliations(_graph({"a": text}, names, monkeypatch))


def test_headed_by_after_an_organisation_a_preposition_governs_heads_none_of_it(monkeypatch):
    # اجتماعها في مقر أمانة المنطقة، برئاسة X: the Amana is where the meeting is held
    names = {"سامي العلي": "PERS", "أمانة المنطقة الشرقية": "ORG", "مجلس الأمن": "ORG"}
    for text in ("وعقدت اللجنة اجتماعها الأول في مقر أمانة المنطقة الشرقية، برئاسة سامي العلي.",
                 "وعقدت اللجنة اجتماعها الأول بمقر أمانة المنطقة الشرقية برئاسة سامي العلي.",
                 "وعقدت اللجنة اجتماعها الأول في أمانة المنطقة الشرقية برئاسة سامي العلي."):
        assert not _affiliations(_graph({"a": text}, names, monkeypatch)), text
    # the subject of the clause, the genitive of its subject, or the body a verb addresses is headed by X
    for text in ("وعقدت أمانة المنطقة الشرقية، برئاسة سامي العلي، اجتماعها الأول.",
                 "ووصل وفد أمانة المنطقة الشرقية، برئاسة سامي العلي، إلى الرياض.",
                 "وسبق لأمانة المنطقة الشرقية برئاسة سامي العلي أن أعلنت الموعد."):
        assert ("سامي العلي", "أمانة المنطقة الشرقية") in _affiliations(_graph({"a": text}, names, monkeypatch)), text


def test_a_professions_nationality_is_a_nationality_and_the_employer_its_own(monkeypatch):
    # المدرب الإسباني لنادي X غوارديولا: coach of the club, Spanish by nationality, not Spain's coach
    names = {"جوسيب غوارديولا": "PERS", "نادي بايرن ميونيخ": "ORG"}
    text = "وقال المدرب الإسباني لنادي بايرن ميونيخ جوسيب غوارديولا إن الفريق جاهز."
    roles = _roles(_graph({"a": text}, names, monkeypatch))
    assert ("جوسيب غوارديولا", "نادي بايرن ميونيخ", "المدرب") in roles, roles
    g = _graph({"a": text}, names, monkeypatch)
    spain = [d for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with" and g.nodes[t]["label"] == "إسبانيا"]
    assert [(d["role"], d["role_en"]) for d in spain] == [("الإسباني", "nationality")]
    # a nationality before the name and a title after it
    text = "وجاء الفوز ليؤكد عقدة الإسباني جوسيب غوارديولا المدير الفني لنادي بايرن ميونيخ مع الكأس."
    g = _graph({"a": text}, names, monkeypatch)
    assert {(g.nodes[t]["label"], d["role_en"]) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"} \
        == {("إسبانيا", "nationality"), ("نادي بايرن ميونيخ", "head coach")}
    # a player's nationality: a Brazilian, not Brazil's player
    roles = _roles(_graph({"a": "وسجل لاعب الوسط البرازيلي باستوس هدفا."}, {"باستوس": "PERS"}, monkeypatch))
    assert roles == {("باستوس", "البرازيل", "البرازيلي")}, roles
    # a degree's nationality, the title after the name its employer's
    g = _graph({"a": "كما يقول الدكتور المصري سامي العلي، مدير مركز المقريزي للدراسات، إن الأمر خطير."},
               {"سامي العلي": "PERS", "مركز المقريزي للدراسات": "ORG"}, monkeypatch)
    assert {(g.nodes[t]["label"], d["role"], d["role_en"]) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"} \
        == {("مصر", "المصري", "nationality"), ("مركز المقريزي للدراسات", "مدير", "director")}
    # an adjective after the title's complement is the complement's, no nationality of the holder
    text = "وتقول سارة العلي الباحثة في معهد البحوث بمدينة ميونيخ الألمانية إن الأمر خطير."
    g = _graph({"a": text}, {"سارة العلي": "PERS", "معهد البحوث": "ORG"}, monkeypatch)
    assert not [d for s, t, d in g.edges(data=True) if d.get("role_en") == "nationality"]
    # a state officer's nationality is the state he serves
    roles = _roles(_graph({"a": "وقال وزير الدفاع البريطاني مايكل فالون إن المهمة مستمرة."}, {"مايكل فالون": "PERS"}, monkeypatch))
    assert ("مايكل فالون", "بريطانيا", "وزير الدفاع") in roles, roles


def test_a_diplomats_state_after_lam_then_his_post(monkeypatch):
    # ل before the post (لدى، في) names the state the diplomat serves
    g = _graph({"a": "وقال المندوب الدائم لمصر لدى الأمم المتحدة إيهاب فوزي إن القرار مهم.",
                "b": "وأوضح القنصل العام لمصر في بلجيكا هيروشي تاناكا أن الحرائق بعيدة."},
               {"إيهاب فوزي": "PERS", "هيروشي تاناكا": "PERS"}, monkeypatch)
    assert {("إيهاب فوزي", "مصر"), ("هيروشي تاناكا", "مصر")} <= _affiliations(g)
    assert ("هيروشي تاناكا", "بلجيكا") not in _affiliations(g)


def test_an_envoy_after_lam_is_sent_there(monkeypatch):
    # no post after it, or a state named before it: ل is where he is sent
    g = _graph({"a": "وقال المبعوث الدولي لليمن إيهاب فوزي إن الحوار مستمر.",
                "b": "وقال السفير الياباني لمصر في القاهرة هيروشي تاناكا إن الحوار مستمر."},
               {"إيهاب فوزي": "PERS", "هيروشي تاناكا": "PERS"}, monkeypatch)
    assert ("إيهاب فوزي", "اليمن") not in _affiliations(g)
    assert ("هيروشي تاناكا", "اليابان") in _affiliations(g)
    assert ("هيروشي تاناكا", "مصر") not in _affiliations(g)


# -- R8080 check: a former office, a verb the tagger ran into a name ---------------------------------------
def test_a_former_office_keeps_former_in_its_role(monkeypatch):
    names = {"سامي النجار": "PERS", "الهلال": "ORG", "شركة الأمل": "ORG"}
    roles = _roles(_graph({"a": "وانضم لاعب فريق الهلال السابق سامي النجار إلى النادي."}, names, monkeypatch))
    assert [r for p, t, r in roles if (p, t) == ("سامي النجار", "الهلال")] == ["لاعب فريق السابق"], roles
    roles = _roles(_graph({"a": "وقال سامي النجار نائب رئيس شركة الأمل سابقا إن الإنتاج مرتفع."}, names, monkeypatch))
    assert [r for p, t, r in roles if (p, t) == ("سامي النجار", "شركة الأمل")] == ["نائب رئيس سابقا"], roles
    roles = _roles(_graph({"a": "وقال سامي النجار نائب رئيس شركة الأمل إن الإنتاج مرتفع."}, names, monkeypatch))
    assert [r for p, t, r in roles if (p, t) == ("سامي النجار", "شركة الأمل")] == ["نائب رئيس"], roles
    # inside a chain of titles the word stays where it stands
    roles = _roles(_graph({"a": "وقال سامي النجار النائب السابق لرئيس شركة الأمل إن الإنتاج مرتفع."}, names, monkeypatch))
    assert [r for p, t, r in roles if (p, t) == ("سامي النجار", "شركة الأمل")] == ["النائب السابق لرئيس"], roles


def test_a_verb_run_into_a_name_makes_no_holder(monkeypatch):
    # وبشأن الأزمة السورية ندد كيري: the adjective is the crisis's, and «ندد كيري» is a verb and a name
    text = "وبشأن الأزمة السورية ندد سامي بوحشية النظام."
    assert not _affiliations(_graph({"a": text}, {"ندد سامي": "PERS"}, monkeypatch))
    text = "وقال الممثل السوري سامي النجار إن الفيلم جاهز."
    assert ("سامي النجار", "سوريا") in _affiliations(_graph({"a": text}, {"سامي النجار": "PERS"}, monkeypatch))


def test_a_title_glued_to_a_preposition_right_after_a_title_is_another_persons(monkeypatch):
    # والتقى ولي العهد بوزير الخارجية X: ب never joins two titles into one office, and ل never
    # makes a royal or a head of state anyone's deputy: the name is the second title's alone.
    # ل after a deputy's or a secretary's title is still one chain (whose deputy he is)
    names = {"جون كيري": "PERS", "ديفيد كاميرون": "PERS", "سامي النجار": "PERS"}
    for text, person, titles in (
        ("والتقى ولي العهد بوزير الخارجية الأمريكي جون كيري في جدة.", "جون كيري", ["وزير الخارجية"]),
        ("وجه الملك لرئيس الوزراء البريطاني ديفيد كاميرون دعوة لزيارة الرياض.", "ديفيد كاميرون", ["رئيس الوزراء"]),
        ("واستقبل النائب الثاني لرئيس مجلس الوزراء سامي النجار الوفد.", "سامي النجار", ["النائب الثاني", "رئيس مجلس الوزراء"]),
        ("وحضر السكرتير الخاص لخادم الحرمين الشريفين سامي النجار الحفل.", "سامي النجار", ["السكرتير", "خادم الحرمين الشريفين"]),
    ):
        phrase = next(p for p in _phrases(text, names, monkeypatch) if p.head.text == person)
        assert [t.text for t in phrase.titles] == titles, (text, phrase)
    g = _graph({"a": "والتقى ولي العهد بوزير الخارجية الأمريكي جون كيري في جدة."}, names, monkeypatch)
    assert _roles(g) == {("جون كيري", "الولايات المتحدة", "وزير الخارجية")}, _roles(g)


def test_a_deputy_of_a_bodys_president_serves_that_body(monkeypatch):
    # نائب رئيس البرلمان الأوروبي: the lexicon's نائب الرئيس written before its body, which stays
    # a name of its own; a party's head noun after رئيس is the party's name (رئيس حزب الوفد).
    text = "وقال نائب رئيس البرلمان الأوروبي جيل بارينو إن الاتفاق مهم. وقال رئيس حزب الوفد السيد البدوي إن الانتخابات نزيهة."
    affiliations = _affiliations(_graph({"a": text}, {"جيل بارينو": "PERS", "السيد البدوي": "PERS"}, monkeypatch))
    assert _targets(affiliations, "جيل بارينو") == {"البرلمان الأوروبي"}
    assert "حزب الوفد" in _targets(affiliations, "البدوي")  # السيد: an honorific


def _roles_en(text, names, monkeypatch):
    """(holder, role_en) of each affiliation of ``text`` in an article that names Saudi Arabia."""
    g = _graph({"a": text + " وتدعم المملكة العربية السعودية الجهود."}, names, monkeypatch)
    return {(g.nodes[s]["label"], d["role_en"]) for s, t, d in g.edges(data=True) if d["relation"] == "affiliated_with"}


def test_a_title_in_the_genitive_of_another_is_not_the_holders(monkeypatch):
    # سفير خادم الحرمين: the king's ambassador, no king
    for text, role_en in (("وحضر الحفل سفير خادم الحرمين الشريفين لدى استراليا نبيل الصالح.", "ambassador"),
                          ("وقال المبعوث الخاص لخادم الحرمين الشريفين نبيل الصالح إن الزيارة ناجحة.", "special envoy"),
                          ("وقال مساعد السكرتير الخاص لخادم الحرمين الشريفين نبيل الصالح إن الزيارة ناجحة.", "assistant to the secretary")):
        roles = _roles_en(text, {"نبيل الصالح": "PERS"}, monkeypatch)
        assert ("نبيل الصالح", role_en) in roles and ("نبيل الصالح", "king") not in roles, (text, roles)


def test_an_apposed_title_and_a_seconds_chain_keep_the_last_titles_english(monkeypatch):
    roles = _roles_en("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد.", {"سلمان بن عبدالعزيز": "PERS"}, monkeypatch)
    assert ("سلمان بن عبدالعزيز", "king") in roles, roles
    roles = _roles_en("والتقى النائب الثاني للرئيس السوداني حسبو عبدالرحمن الوفد.", {"حسبو عبدالرحمن": "PERS"}, monkeypatch)
    assert ("حسبو عبدالرحمن", "president") in roles, roles
