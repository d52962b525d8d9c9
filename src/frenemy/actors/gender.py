"""Gender where the text tells it, so that "she" and "her" do not refer to a man.

The words that tell it are rows of `data/gender.csv`: pronouns, titles written before a name
("Mrs", "Queen"), nouns that head a description ("girl", "spokeswoman") and common given names.
A mention whose gender the text does not tell agrees with every pronoun.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from .knowledge import DATA, read_table

MALE, FEMALE, UNKNOWN = "m", "f", ""


@cache
def gender_words() -> dict[str, dict[str, str]]:
    """kind (pronoun, title, noun, name) -> word -> gender ("m" or "f"), read once.

    >>> gender_words()["pronoun"]["her"]
    'f'
    """
    table: dict[str, dict[str, str]] = {"pronoun": {}, "title": {}, "noun": {}, "name": {}}
    for row in read_table(DATA, "gender.csv"):
        if row["gender"] not in {MALE, FEMALE} or row["kind"] not in table:
            raise ValueError(f"gender.csv: {row['word']}: gender must be m or f, kind one of {sorted(table)}")
        table[row["kind"]][row["word"]] = row["gender"]
    return table


def pronoun_gender(word: str) -> str:
    """"m" for he/him/his, "f" for she/her/hers, "" for any other word."""
    return gender_words()["pronoun"].get(word.lower(), UNKNOWN)


def span_gender(span: Span) -> str:
    """The gender a mention's own words tell: a title just before it or in it ("Mrs Ortiz",
    "Queen Rania"), its first given name ("Maria Lopez"), or the noun that heads it ("an Iraqi
    girl", "the spokeswoman"); "" when they tell none."""
    words = gender_words()
    doc = span.doc
    before = [doc[i] for i in range(max(0, span.start - 2), span.start)]
    for token in reversed(before + list(span[:2])):
        found = words["title"].get(token.text) or words["title"].get(token.text.rstrip("."))
        if found and token.text[:1].isupper():
            return found
    for token in span:
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            found = words["name"].get(token.text)
            if found:
                return found
            if len(token.text) > 2:
                break  # only the first word of a name is a given name, after any initials
    root = span.root
    if root.pos_ == "NOUN":
        return words["noun"].get(root.lower_) or words["noun"].get(root.lemma_.lower(), UNKNOWN)
    return UNKNOWN


def agrees(pronoun: str, gender: str) -> bool:
    """A pronoun's gender and a mention's agree when either is unknown or both are the same."""
    return not pronoun or not gender or pronoun == gender
