"""Clean: repair damaged text, then strip feed and page residue, before any NLP.

Repair comes first: ftfy fixes mojibake ("CafÃ©") and HTML entities, and `fix_residue` the
entities that lost their "&" on the way ("Iran#39;s", "quot;no") and markup that was escaped
once too often ("&lt;b&gt;"). Then residue is removed by position and shape, never for a word
in an article sentence:
- lines that are residue wherever they stand (feed footers, template placeholders,
  copyright and font-credit lines);
- a block at the very end made only of residue-shaped lines (an author bio, a "this article
  was produced by" line, a short appeal for donations written to the reader) and short lines
  between them; a line that reports speech ("said", quotation marks) is never part of it;
- a block at the very start of short page-furniture lines ("Advertisement", "5 min read");
- a closing section of links to other stories ("==Related stories==", "See also:" and short
  lines under it); other section headings ("==Reaction==") are kept as lines of their own.
Article text is never emptied: a tail needs at least one longer line above it.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import lru_cache

import ftfy

from .records import Document, Removal

ANYWHERE = [
    ("feed footer", re.compile(r"^\s*The post .{3,300} appeared first on .{2,120}$", re.I)),
    ("template residue", re.compile(r"^\s*(\{\{.*?\}\}|\{%.*?%\})\s*$")),
    ("copyright line", re.compile(
        r"^\s*(©|\(c\)|@\s?\d{4}\b|copyright\b).{0,200}$|all rights reserved", re.I)),
    ("font credit", re.compile(r"\bfonts? (provided|supplied|licensed) by\b", re.I)),
]
TAIL = [
    ("author bio", re.compile(
        r"^(?:[A-Z][\w’'.-]+\s){1,4}(?:is|was|has been)\s(?:a|an|the)\b[^.]{0,160}?\b("
        r"writer|reporter|correspondent|editor|fellow|journalist|author|columnist|contributor|"
        r"analyst|professor|researcher|producer|commentator)s?\b")),
    ("syndication line", re.compile(
        r"^This (article|story|piece) (was|is) (produced|originally published|first published|"
        r"republished|distributed)\b", re.I)),
]
# an appeal speaks to the reader ("you", "our reporters") and asks for money or a sign-up
APPEAL = re.compile(
    r"\b(donat(e|es|ion|ions|ing)|contribut(e|ion|ions)|subscri(be|ber|bers|ption)|support|"
    r"member(ship)?|patrons?|newsletter|sign up|paypal|credit card|click here|read more|"
    r"share this)\b", re.I)
READER_VOICE = re.compile(r"\b(you|your|we|our|us)\b|^(donate|subscribe|sign up|support|"
                          r"click|read|share|become|join)\b", re.I)
SPEECH = re.compile(r"[\"“”«»]|\b(said|says|told|according to)\b", re.I)
APPEAL_WORDS = 40
LEAD = re.compile(r"^(advertisement|sponsored( content)?|skip to (main )?content|"
                  r"share (this|on)\b.*|listen to this article.*|\d+ min(ute)?s? read|"
                  r"updated\b.*|breaking( news)?)$", re.I)
LEAD_WORDS = 6
# "BEIJING, June 18 (Reuters) - China accused ...": a wire dateline, kept on a line of its own
DATELINE = re.compile(
    r"^(?P<line>[A-Z][A-Z .'’/-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?,?"
    r"(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: ?\([^)\n]{1,40}\))?) ?[-–—]{1,2} (?=[A-Z“\"])")
# "12:40 GMT - Bahrain has recalled ...": a live blog's time stamp at the start of a paragraph, removed
# (left in the sentence, the tagger reads "GMT - Bahrain" as one place)
TIME_STAMP = re.compile(
    r"^(?P<stamp>\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|IST|JST|"
    r"(?:local|[A-Z][a-z]+) time|local)){0,2}) ?[-–—:|]{1,2} (?=[A-Z“\"])", re.M)
INLINE_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
# a section of links to other stories, from its heading to the end: "==Related stories== * ...",
# "See also:" on a line of its own followed by short lines
LINK_SECTION_NAMES = (r"(?:related (?:stories|news|articles|links|coverage|reading)|see also|external links|"
                      r"sources|references|further reading|more on this story|read more)")
LINK_SECTION = re.compile(rf"(?:^|\s)(={{2,4}})\s*{LINK_SECTION_NAMES}\s*\1.*\Z|"
                          rf"(?:^|\n){LINK_SECTION_NAMES}\s*:?[ \t]*\n(?:[^\n]{{0,120}}(?:\n|\Z))+\Z",
                          re.I | re.S)
# a wiki or markdown section heading inside the text ("===Reaction=== In Taiwan, ..."): its own line
HEADING = re.compile(r"\s*(={2,4})\s*([^=\n]{1,60}?)\s*\1\s*")


# entity residue: "&" lost on the way ("Iran#39;s", "quot;no", "camp; ..." is left alone)
NUMERIC_RESIDUE = re.compile(r"(?<!&)#(\d{2,5});|(?<!&)#x([0-9a-fA-F]{2,4});")
NAMED_RESIDUE = re.compile(
    r"(?<![&\w])(amp|lt|gt);|(?<!&)\b(quot|apos|nbsp|mdash|ndash|rsquo|lsquo|rdquo|ldquo|"
    r"hellip|laquo|raquo);|(?<=[a-z])(quot|apos|rsquo|rdquo|ldquo);")
MARKUP = re.compile(r"</?(b|i|u|em|strong|a|span|font|small|sup|sub|s|strike|abbr|mark)"
                    r"(\s[^<>]{0,300})?/?>|<(br|p|div|/p|/div)(\s[^<>]{0,300})?/?>", re.I)
SHORT_LINE_WORDS = 8
# What ftfy changes in ASCII text (with HTML left to fix_residue): control characters, terminal
# escapes and carriage returns
ASCII_FTFY_FIXES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def codepoint(number: int) -> str:
    """The character for a numeric entity, or nothing when it names no character."""
    return chr(number) if 0 < number < 0x110000 and not 0xD800 <= number < 0xE000 else ""


def fix_residue(text: str) -> str:
    """Decode HTML entities, including those that lost their '&' ("Iran#39;s", "quot;"),
    and drop inline markup that was escaped once too often ("&lt;b&gt;")."""
    for _ in range(3):  # "&amp;quot;" takes two rounds
        before = text
        text = html.unescape(text)
        text = NUMERIC_RESIDUE.sub(
            lambda m: codepoint(int(m.group(1)) if m.group(1) else int(m.group(2), 16)), text)
        text = NAMED_RESIDUE.sub(lambda m: html.unescape(f"&{m.group(m.lastindex or 0)};"), text)
        if text == before:
            break
    return MARKUP.sub(lambda m: "\n" if m.group(4) else "", text)


def repair(text: str) -> str:
    """Mojibake, entities and markup residue repaired; curly quotes are kept as they are."""
    if text.isascii() and not ASCII_FTFY_FIXES.search(text):
        fixed = text  # no mojibake, odd width or line break: ftfy would return it unchanged
    else:
        fixed = ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False)
    return fix_residue(fixed)


fix_entities = repair  # the name earlier releases used

# Suffixes that a lost link leaves apart from the place name it was written on ("Kenya n",
# "South America n"): the joined word must be a demonym the country table knows.
DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish", "ic", "ean")
REGION_DEMONYMS = {"American", "African", "European", "Asian"}


@lru_cache(maxsize=1)
def split_demonym() -> re.Pattern[str]:
    """"Kenya n", "Oman i", "South America n": a place name and the rest of its demonym."""
    from .actors.knowledge import DATA, read_table, split  # data only; the coder is not needed

    names, demonyms = set(), set(REGION_DEMONYMS)
    for row in read_table(DATA, "countries.csv"):
        names.update([row["name"], *split(row.get("aliases"))])
        demonyms.update(split(row.get("adjectives")))
    names |= {"America", "Latin America", "South America", "Central America", "North America", "Africa",
              "Europe", "Asia"}
    pairs = sorted({(n, d[len(n):]) for d in demonyms for n in names
                    if d.startswith(n) and d[len(n):] in DEMONYM_SUFFIXES}, key=lambda p: -len(p[0]))
    return re.compile(r"\b(" + "|".join(f"{re.escape(n)} {re.escape(x)}" for n, x in pairs) + r")\b")


def rejoin_demonyms(text: str) -> str:
    """Join a demonym a lost link split in two ("two Kenya n soldiers" -> "two Kenyan soldiers")."""
    return split_demonym().sub(lambda m: m.group(0).replace(" ", "", 1) if m.group(0).count(" ") == 1
                               else m.group(0)[::-1].replace(" ", "", 1)[::-1], text)


def strong_residue(line: str) -> str | None:
    """The kind of residue this line is wherever it stands, or None for article text."""
    for reason, pattern in ANYWHERE + TAIL:
        if pattern.search(line):
            return reason
    return None


def tail_residue(line: str) -> str | None:
    """The kind of residue this line is when it stands in the closing block, or None."""
    reason = strong_residue(line)
    if reason:
        return reason
    words = len(line.split())
    if (words <= APPEAL_WORDS and APPEAL.search(line) and READER_VOICE.search(line)
            and not SPEECH.search(line)):
        return "donation appeal"
    return None


def tail_start(lines: list[str]) -> int | None:
    """Index of the first line of the residue block at the end of the text, if there is one:
    walking up from the end over residue lines and short lines, the highest residue line."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if tail_residue(line):
            start = i
        elif len(line.split()) > SHORT_LINE_WORDS or SPEECH.search(line):
            break
    if start is None:
        return None
    above = [x for x in lines[:start] if len(x.split()) > SHORT_LINE_WORDS]
    return start if above else None


def lead_end(lines: list[str]) -> int:
    """Index of the first line after the page furniture at the start of the text."""
    end = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped.split()) <= LEAD_WORDS and LEAD.match(stripped):
            end = i + 1
            continue
        break
    return end if any(len(x.split()) > SHORT_LINE_WORDS for x in lines[end:]) else 0


def clean(doc: Document) -> Document:
    """Return the document repaired and with residue removed; what was removed is kept in
    `removed`."""
    removed: list[Removal] = []
    title = rejoin_demonyms(" ".join(repair(doc.title).split()))
    lines = rejoin_demonyms(repair(doc.text)).split("\n")
    start = tail_start(lines)
    if start is not None:
        for line in lines[start:]:
            if line.strip():
                removed.append(Removal(tail_residue(line.strip()) or "tail residue", line.strip()))
        lines = lines[:start]
    lead = lead_end(lines)
    removed += [Removal("page furniture", x.strip()) for x in lines[:lead] if x.strip()]
    kept = []
    for line in lines[lead:]:
        reason = next((r for r, p in ANYWHERE if p.search(line)), None)
        if reason:
            removed.append(Removal(reason, line.strip()))
            continue
        stripped = INLINE_TEMPLATE.sub("", line)
        if stripped != line:
            removed.append(Removal("template residue", " ".join(INLINE_TEMPLATE.findall(line))))
        kept.append(stripped.rstrip())
    text = "\n".join(kept)
    section = LINK_SECTION.search(text)
    if section:
        removed.append(Removal("links to other stories", " ".join(section.group(0).split())))
        text = text[: section.start()]
    text = HEADING.sub(lambda m: "\n\n" + m.group(2) + "\n\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    text = DATELINE.sub(lambda m: m.group("line") + "\n", text, count=1)
    removed += [Removal("time stamp", stamp) for stamp in TIME_STAMP.findall(text)]
    text = TIME_STAMP.sub("", text)
    return replace(doc, title=title, text=text, removed=doc.removed + tuple(removed))
