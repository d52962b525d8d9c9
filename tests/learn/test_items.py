import json

import pytest

from frenemy.errors import InputError
from frenemy.learn.items import read_gold, read_training, training_files
from frenemy.records import Document

GOOD = {"id": "t1", "text": "Peru condemned Chile over the border incident.", "date": "2020-01-02",
        "style": "wire", "events": [{"source": "Peru", "source_code": "PER", "target": "Chile",
                                     "target_code": "CHL", "plover": "ACCUSE", "mode": "",
                                     "cameo": "111", "trigger": "condemned"}],
        "negative": None, "note": ""}


def write(path, *items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def with_event(**change):
    return {**GOOD, "id": "t2", "events": [{**GOOD["events"][0], **change}]}


@pytest.mark.parametrize("item, problem", [
    (with_event(plover="ASSUALT"), "event 1: plover 'ASSUALT' is not a PLOVER type"),
    (with_event(target="Bolivia"), "event 1: target 'Bolivia' is not in the text"),
    (with_event(source_code="Peru"), "event 1: source_code 'Peru' is not a code like RUS or RUSGOV"),
    ({**GOOD, "id": "t2", "events": []}, "an item with no events needs negative"),
    ({**GOOD, "id": "t1"}, "id 't1' already used at"),
])
def test_read_training_names_the_line_of_a_bad_label(tmp_path, item, problem):
    path = write(tmp_path / "batch.jsonl", GOOD, item)
    with pytest.raises(InputError) as exc:
        read_training([path])
    assert str(exc.value).startswith(f"{path}:2: {problem}")


def test_read_training_reads_items_as_documents_with_gold_events(tmp_path):
    headline = {**GOOD, "id": "h1", "style": "headline", "text": "Peru Condemns Chile"}
    headline["events"] = [{**GOOD["events"][0], "trigger": "Condemns"}]
    path = write(tmp_path / "a.jsonl", GOOD, headline)
    plain, title = read_training(training_files(tmp_path))
    assert plain.document.text == GOOD["text"] and not plain.document.title
    assert title.document.title == "Peru Condemns Chile"
    assert [(g.source, g.target, g.types, g.anchor) for g in plain.events] == [
        ("PER", "CHL", ("ACCUSE",), "condemned")]
    assert read_training([path], own_types=True)[0].events == plain.events


def test_user_types_are_allowed_when_asked(tmp_path):
    path = write(tmp_path / "a.jsonl", with_event(plover="CYBERATTACK"))
    assert read_training([path], own_types=True)[0].events[0].types == ("CYBERATTACK",)


def test_read_gold_names_a_line_whose_document_is_missing(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a", "source": "PER", "target": "CHL", "plover": ["ACCUSE"]})
                    + "\n" + json.dumps({"doc": "b", "source": "PER", "target": "CHL",
                                         "plover": "ACCUSE"}) + "\n")
    with pytest.raises(InputError) as exc:
        read_gold(gold, [Document("a", "", "Peru condemned Chile.")])
    assert str(exc.value) == f"{gold}:2: document 'b' is not among the --input articles"


def test_training_files_says_when_a_folder_has_none(tmp_path):
    with pytest.raises(InputError, match="no training files"):
        training_files(tmp_path)


def test_a_headline_paragraph_is_the_title_and_complete_items_say_so(tmp_path):
    text = "Chile recalls envoy from Peru\n\nChile recalled its ambassador from Lima on Monday."
    item = {"id": "h1", "text": text, "style": "paragraph", "complete": True, "events": [
        {"source": "Chile", "source_code": "CHLGOV", "target": "Lima", "target_code": "PERGOV",
         "plover": "SANCTION", "trigger": "recalled"}]}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(item) + "\n")
    [example] = read_training([path])
    assert example.document.title == "Chile recalls envoy from Peru"
    assert example.document.text == "Chile recalled its ambassador from Lima on Monday."
    assert example.complete and example.events[0].types == ("SANCTION",)
