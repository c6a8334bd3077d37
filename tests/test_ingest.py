import gzip
import json

from kg.ingest import Skipped, iter_documents, make_document, remove_furniture
from kg.segment import split_sentences, tokenize

from paths import SEEDS


def test_related_news_block_does_not_reach_the_article(seed_documents):
    doc = seed_documents["002_d69cefeef5c4318a"]
    text = " ".join(s.text for s in doc.sentences)
    assert "أخبار متعلقة" not in text
    for headline in ("ترامب", "الحوثيون", "الإليزيه", "صنعاء", "ويتكوف", "دونيتسك"):
        assert headline not in text
    assert "مورتازاشفيلي" in text  # the article itself is all there


def test_telegram_advert_and_ad_markers_are_removed(seed_documents):
    assert "تلغرام" not in seed_documents["001_000ecda87e77b593"].text
    assert "للإشتراك" not in seed_documents["001_000ecda87e77b593"].text
    doc3 = seed_documents["003_eb0138e3fce3dee8"].text
    assert "[ad_" not in doc3 and not doc3.rstrip().endswith("المصدر")


def test_embedded_english_lines_are_kept(seed_documents):
    assert "I will travel to Kazakhstan" in seed_documents["000_eb6948e6aa265693"].text


def test_headline_is_the_first_line_when_it_reads_as_one(seed_documents):
    assert seed_documents["001_000ecda87e77b593"].title.startswith("في جولة لتعزيز")
    assert seed_documents["000_eb6948e6aa265693"].title == ""


def test_offsets_round_trip_on_every_token(seed_documents):
    for doc in seed_documents.values():
        for sentence in doc.sentences:
            assert doc.text[sentence.start : sentence.end] == sentence.text
            for token in sentence.tokens:
                assert doc.text[token.start : token.end] == token.text


def test_sentences_do_not_split_numbers_or_quotes():
    text = 'قال "سأسافر غدا. ثم أعود" وبلغ النمو 7.5 بالمئة. انتهى'
    assert [text[s:e] for s, e in split_sentences(text)] == ['قال "سأسافر غدا. ثم أعود" وبلغ النمو 7.5 بالمئة.', "انتهى"]


def test_a_stray_quote_mark_does_not_turn_later_quotations_inside_out():
    text = ('وجاء في النص "المجلس يطلب درس الخيارات. وقالت الوزيرة إن الاتحاد بذل جهودا. '
            'وتعتزم فرنسا تحديد "المعايير المتفق عليها" في اتفاق. ودعا الاتحاد إسرائيل إلى "وقف الخطة" في القرية.')
    assert [text[s:e] for s, e in split_sentences(text)][-2:] == [
        'وتعتزم فرنسا تحديد "المعايير المتفق عليها" في اتفاق.', 'ودعا الاتحاد إسرائيل إلى "وقف الخطة" في القرية.']


def test_a_stop_that_lost_its_space_still_ends_the_sentence():
    text = "يركز اللقاء على سوريا.وذلك قبل أن يغادر. وقال د.خليل إن النمو 7.5 بالمئة."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "يركز اللقاء على سوريا.", "وذلك قبل أن يغادر.", "وقال د.خليل إن النمو 7.5 بالمئة."]


def test_cp1256_file_decodes(tmp_path):
    source = (SEEDS / "000_eb6948e6aa265693.txt").read_text(encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(source.split("\n")[0].encode("cp1256", errors="ignore"))
    (doc,) = list(iter_documents([legacy]))
    assert "بلينكن" in doc.text


def test_binary_and_empty_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "b.txt").write_text("")
    skipped = [x for x in iter_documents([tmp_path]) if isinstance(x, Skipped)]
    assert {(s.path.split("/")[-1], s.reason) for s in skipped} == {("a.bin", "binary file (not text)"), ("b.txt", "empty file")}


def test_jsonl_gz_articles_and_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a1", "title": "عنوان", "content": "زار الوزير القاهرة."}, ensure_ascii=False) + "\n")
        f.write("{broken\n")
    items = list(iter_documents([path]))
    assert items[0].id == "a1" and items[0].text.startswith("عنوان\n")
    assert isinstance(items[1], Skipped) and items[1].path.endswith(":2")


def test_html_page_yields_its_article_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>خبر</title><script>var x = 'لا';</script></head><body><nav>الرئيسية</nav>"
        "<article><p>زار الوزير القاهرة يوم الأحد.</p></article><footer>حقوق النشر</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = list(iter_documents([page]))
    assert "زار الوزير القاهرة" in doc.text
    assert "var x" not in doc.text and "الرئيسية" not in doc.text and "حقوق" not in doc.text


def test_furniture_rules_keep_ordinary_sentences():
    text = "وقال الوزير إن المصدر الرئيسي للطاقة هو الغاز.\nتابعونا على تلغرام\nانتهى الخبر."
    assert remove_furniture(text) == "وقال الوزير إن المصدر الرئيسي للطاقة هو الغاز.\nانتهى الخبر."


def test_document_of_only_furniture_is_none():
    assert make_document("x", "[ad_1]\nإضغط هنا للإشتراك\n") is None


def test_a_dated_address_is_the_day_of_writing_and_a_crawls_stamp_only_a_fetch(tmp_path):
    path = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a", "url": "http://news.example/2015/07/14/article_1.html", "date_extracted": "2015-07-21 02:48:16"},
        {"id": "b", "url": "http://paper.example/2015/20150720/p1.htm", "date_extracted": "2015-07-21 12:34:07"},
        {"id": "c", "url": "http://news.example/home/article/410826/x", "date_extracted": "2015-07-21 02:51:32"},
        {"id": "d", "url": "http://news.example/2015/12/30/a.html", "date_extracted": "2015-07-21 02:51:32"},  # after the fetch
        {"id": "e", "date": "2015-07-19", "date_extracted": "2015-07-21 02:51:32"},
    ]
    path.write_text("".join(json.dumps({**r, "content": "زار الوزير القاهرة."}) + "\n" for r in records), encoding="utf-8")
    dating = {d.id: (d.date, d.fetched) for d in iter_documents([path])}
    assert dating == {"a": ("2015-07-14", False), "b": ("2015-07-20", False), "c": ("2015-07-21 02:51:32", True),
                      "d": ("2015-07-21 02:51:32", True), "e": ("2015-07-19", False)}


def test_a_very_long_run_of_glued_words_is_cut_without_recursion():
    word = "بيتى" * 2000
    tokens = tokenize(word)
    assert "".join(t.text for t in tokens) == word and {t.text for t in tokens} == {"بيتى"}
