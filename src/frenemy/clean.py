"""Clean: strip feed and page residue from article text before any NLP.

Two kinds of residue are removed:
- lines that are residue wherever they stand (feed footers, template placeholders,
  copyright and font-credit lines), and entity residue inside sentences ("Iran#39;s");
- a tail block at the end of the article that starts with an author bio, a "this article
  was produced by" line or an appeal for donations or subscriptions, and is mostly such lines.
Article sentences are never removed: a tail block must start with a strong residue line and
be mostly residue, so a closing article paragraph that mentions subscribers stays.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

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
    ("donation appeal", re.compile(
        r"\b(donat(e|ion|ions|ing)|contribut(e|ion)s?|subscri(be|ption)|your support|"
        r"support (our|independent|us)|become a (member|patron|supporter)|newsletter|sign up|"
        r"paypal|credit card|click here|read more|share this)\b", re.I)),
]
# "BEIJING, June 18 (Reuters) - China accused ...": a wire dateline, kept on a line of its own
DATELINE = re.compile(
    r"^(?P<line>[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?,?"
    r"(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: ?\([^)\n]{1,40}\))?) ?[-–—]{1,2} (?=[A-Z“\"])")
INLINE_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
ENTITY_RESIDUE = re.compile(r"(?<!&)#(\d{2,5});|(?<!&)#x([0-9a-fA-F]{2,4});")
SHORT_LINE_WORDS = 8


def strong_residue(line: str) -> str | None:
    """The kind of residue this line is, or None for article text."""
    for reason, pattern in ANYWHERE + TAIL:
        if pattern.search(line):
            return reason
    return None


def fix_entities(text: str) -> str:
    """Decode HTML entities, including residue that lost its '&' ("Iran#39;s")."""
    text = ENTITY_RESIDUE.sub(lambda m: chr(int(m.group(1))) if m.group(1) else chr(int(m.group(2), 16)), text)
    return html.unescape(text)


def tail_start(lines: list[str]) -> int | None:
    """Index of the first line of the residue block at the end of the text, if there is one."""
    for i, line in enumerate(lines):
        if not any(p.search(line) for _, p in TAIL):
            continue
        rest = [x for x in lines[i:] if x.strip()]
        long_lines = [x for x in rest if len(x.split()) > SHORT_LINE_WORDS]
        residue = [x for x in long_lines if strong_residue(x)]
        if not long_lines or len(residue) * 2 >= len(long_lines):
            return i
    return None


def clean(doc: Document) -> Document:
    """Return the document with residue removed; what was removed is kept in `removed`."""
    removed: list[Removal] = []
    title = fix_entities(doc.title)
    lines = fix_entities(doc.text).split("\n")
    start = tail_start(lines)
    if start is not None:
        for line in lines[start:]:
            if line.strip():
                removed.append(Removal(strong_residue(line) or "tail residue", line.strip()))
        lines = lines[:start]
    kept = []
    for line in lines:
        reason = next((r for r, p in ANYWHERE if p.search(line)), None)
        if reason:
            removed.append(Removal(reason, line.strip()))
            continue
        stripped = INLINE_TEMPLATE.sub("", line)
        if stripped != line:
            removed.append(Removal("template residue", " ".join(INLINE_TEMPLATE.findall(line))))
        kept.append(stripped.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    text = DATELINE.sub(lambda m: m.group("line") + "\n", text, count=1)
    return replace(doc, title=title, text=text, removed=doc.removed + tuple(removed))
