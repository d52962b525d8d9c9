import datetime
import json

import pytest

from frenemy.errors import InputError
from frenemy.ingest import read_path, read_paths
from frenemy.ingest.readers import content_id


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"%PDF-1.7\n...",
         "binary file (looks like PDF); expected text, HTML, a feed, CSV or JSONL"),
        (b"Caf\xe9 talks", "not UTF-8 (byte 0xe9 at offset 3)"),
        (b"  \n\n", "empty file"),
        (b"abc\x00def", "binary file; expected text, HTML, a feed, CSV or JSONL"),
    ],
)
def test_read_path_names_the_file_it_cannot_read(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        list(read_path(path))
    assert str(exc.value) == f"{path}: {problem}"


def test_read_txt_first_line_is_headline_and_metadata_is_set(tmp_path):
    path = tmp_path / "ankara-talks.txt"
    path.write_text("\n\nTurkey hosts talks\n\nTurkey hosted talks with Iraq.\nThey ended late.\n")
    (doc,) = read_path(path, date="2020-05-01", outlet="Test Wire")
    assert doc.doc_id == "ankara-talks"
    assert doc.title == "Turkey hosts talks"
    assert doc.text == "Turkey hosted talks with Iraq.\nThey ended late."
    assert (doc.date, doc.outlet) == ("2020-05-01", "Test Wire")
    assert doc.full_text.startswith("Turkey hosts talks\n\nTurkey hosted")


def test_read_html_keeps_the_article_and_drops_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Oslo talks</title><meta name='date' content='2022-09-01'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World news menu</a></nav>"
        "<article><h1>Norway hosts Colombian peace talks</h1>"
        "<p>Norway hosted a new round of peace talks between the Colombian government and the "
        "rebels in Oslo on Thursday, the foreign ministry said in a statement.</p>"
        "<p>The delegations agreed to meet again next month to discuss a ceasefire, according "
        "to officials who spoke on condition of anonymity.</p></article>"
        "<footer>Subscribe to our newsletter. Copyright 2022 Test Media.</footer></body></html>"
    )
    (doc,) = read_path(path)
    assert doc.title == "Norway hosts Colombian peace talks" or doc.title == "Oslo talks"
    assert "Norway hosted a new round" in doc.text
    assert "World news menu" not in doc.text and "newsletter" not in doc.text
    assert doc.date == "2022-09-01"


def test_read_jsonl_reports_a_bad_line_and_reads_the_rest(tmp_path):
    path = tmp_path / "wire.jsonl"
    good = {"id": "a1", "title": "T", "text": "Chile recalled its ambassador.",
            "date": "2021-02-03", "url": "https://example.org/a1", "outlet": "Wire"}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    problems = []
    docs = list(read_path(path, on_problem=problems.append))
    assert [d.doc_id for d in docs] == ["a1"]
    assert docs[0].url == "https://example.org/a1" and docs[0].outlet == "Wire"
    assert [str(p) for p in problems] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:3: record has no 'text'",
    ]


def test_read_jsonl_without_id_gets_a_stable_content_id(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"title": "Headline", "text": "Body text here."}) + "\n")
    (first,) = read_path(path)
    (again,) = read_path(path)
    assert first.doc_id == again.doc_id == content_id("Headline", "Body text here.")


def test_read_jsonl_rejects_a_date_without_year(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Body.", "date": "June 5"}) + "\n")
    with pytest.raises(InputError, match=r"d.jsonl:1: date 'June 5' is not a full date"):
        list(read_path(path))


@pytest.mark.parametrize("value", ["June 20, 2019", "20/06/2019", "2019-06-20T08:00:00Z",
                                   "Thu, 20 Jun 2019 10:00:00 GMT", "20 June 2019"])
def test_read_jsonl_reads_common_date_forms(tmp_path, value):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Body.", "date": value}) + "\n")
    (doc,) = read_path(path)
    assert doc.date == "2019-06-20" and doc.day == datetime.date(2019, 6, 20)


def test_read_csv_reads_the_columns_and_names_a_missing_text_column(tmp_path):
    path = tmp_path / "briefs.csv"
    path.write_text('id,title,text,date,url,outlet\n'
                    'b1,Head,"Line one.\n\nLine two.",2020-01-02,,Desk\n')
    (doc,) = read_path(path)
    assert (doc.doc_id, doc.title, doc.date, doc.outlet) == ("b1", "Head", "2020-01-02", "Desk")
    assert doc.text == "Line one.\n\nLine two."
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n")
    with pytest.raises(InputError, match="CSV has no 'text' column \\(columns: id, body\\)"):
        list(read_path(bad))


def test_read_feed_gives_one_document_per_item(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Feed</title>
        <item><title>Peru and Chile sign pact</title><link>https://example.org/1</link>
        <pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Peru and Chile signed a fishing pact.&lt;/p&gt;
        &lt;p&gt;It runs ten years.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>https://example.org/2</link>
        <description>Plain text item.</description></item></channel></rss>"""
    )
    docs = list(read_path(path))
    assert [d.title for d in docs] == ["Peru and Chile sign pact", "Second"]
    assert docs[0].text == "Peru and Chile signed a fishing pact.\n\nIt runs ten years."
    assert (docs[0].date, docs[0].outlet, docs[0].url) == ("2021-05-04", "Desk Feed", "https://example.org/1")


def test_read_feed_that_is_not_a_feed_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<rss><channel><title>x</title>")
    with pytest.raises(InputError, match="broken.xml: not a readable RSS/Atom feed"):
        list(read_path(path))


def test_read_paths_walks_folders_and_reports_unknown_or_missing(tmp_path):
    (tmp_path / "a.txt").write_text("Head\n\nBody one.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Head two\n\nBody two.")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "empty.txt").write_text("")
    problems = []
    docs = list(read_paths([tmp_path], on_problem=problems.append))
    assert sorted(d.doc_id for d in docs) == ["a", "b"]
    assert [p.problem for p in problems] == ["empty file"]
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_paths([tmp_path / "missing"]))
    with pytest.raises(InputError, match="unknown file type '.md'"):
        list(read_path(tmp_path / "notes.md"))
