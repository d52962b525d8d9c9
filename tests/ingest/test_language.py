import pytest

from frenemy.ingest import language

ENGLISH = ("The foreign ministers of the two countries met in Geneva on Monday and said that the talks "
           "had been useful. The ministry said in a statement that a second round was planned for March, "
           "and officials from both sides have said they expect progress on the border question, which "
           "has divided them for years.")
FRENCH = ("Les ministres des Affaires étrangères des deux pays se sont rencontrés lundi à Genève et ont "
          "déclaré que les discussions avaient été utiles. Le ministère a indiqué dans un communiqué "
          "qu'une deuxième session était prévue en mars, et des responsables des deux côtés ont dit "
          "attendre des progrès sur la question de la frontière, qui les divise depuis des années.")


def test_plain_english_is_told_by_its_function_words_without_the_identifier(monkeypatch):
    def no_identifier():
        raise AssertionError("the identifier ran")

    monkeypatch.setattr(language, "identifier", no_identifier)
    assert language.detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("text, expected", [(FRENCH, "fr"), ("Too short.", "und")])
def test_other_languages_and_short_texts_still_go_by_the_identifier_or_are_undetermined(text, expected):
    assert language.detect_language(text) == expected
