"""Claims and stances: the propositions actors put forward, and who asserts, supports, denies
or doubts each one.

A claim is read from
- what a reporting verb reports ("the United States insists that Iran shot down a drone");
- a claim noun with its content ("allegations that Iran was behind the attacks", "evidence
  that Britain presented showing Russia was behind the poisoning", "Trump's description of
  Iran as a terrorist state");
- the sentences of a block or direct quotation, asserted by its speaker.
A position is read from the verb or noun that governs a claim ("rejected the charge", "supported
Iran's claim", "cast doubt on allegations", "disagreement with Trump's description") or from an
epistemic judgement of it ("the British findings are credible", "the strikes were suspicious").
A claim noun without content ("the charge") refers back to an earlier claim of the document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .actors import MentionIndex
from .grammar.arguments import actors_of, subject_of
from .grammar.reference import Referents
from .grammar.speech import clause_tokens, negated, polarity, speech_verbs
from .quotes import FIRST_PERSON
from .records import Claim, Document, Mention, Position, Quote

# verbs that report a claim, with the stance their subject takes on it (grammar/data/speech_verbs.csv)
CLAIM_VERBS = {v.lemma: v.stance for v in speech_verbs().values() if v.stance and "ccomp" in v.content}
NEGATION_WORDS = {"not", "n't", "never", "no", "longer"}
CLAIM_NOUNS = {"allegation", "claim", "charge", "accusation", "assertion", "report", "evidence",
               "intelligence", "finding", "belief", "suggestion", "theory", "version", "account",
               "contention", "insistence", "assurance", "conclusion", "proof", "argument"}
CLASSIFY_NOUNS = {"description", "assessment", "characterization", "characterisation",
                  "labelling", "labeling", "branding", "designation", "portrayal", "depiction",
                  "definition", "view"}
ACCUSE_VERBS = {"accuse", "blame", "charge", "indict"}
ACCUSATION_NOUNS = {"accusation", "allegation", "charge", "blame"}
DENY = {"deny", "reject", "dismiss", "dispute", "rebut", "refute", "contest", "disagree",
        "repudiate", "debunk", "disagreement", "rejection", "denial", "contradict"}
DOUBT = {"doubt", "question", "challenge", "skepticism", "scepticism", "suspicion", "query"}
SUPPORT = {"support", "back", "endorse", "welcome", "accept", "confirm", "corroborate", "share",
           "echo", "agree", "uphold", "embrace", "vindicate", "backing", "endorsement"}
HEDGES = {"would", "could", "might", "may", "will", "must", "should", "shall", "can", "ca", "wo"}
EPISTEMIC_PRO = {"convincing", "credible", "compelling", "persuasive", "true", "accurate",
                 "reliable", "solid", "conclusive", "correct", "right", "sound"}
EPISTEMIC_CON = {"unconvincing", "unprofessional", "poor", "baseless", "groundless", "unfounded",
                 "false", "fabricated", "absurd", "ridiculous", "lie", "lies", "propaganda",
                 "suspicious", "questionable", "dubious", "doubtful", "flawed", "wrong",
                 "misleading", "fake", "staged", "inaccurate", "farce", "nonsense", "speculation"}
STOPWORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "that", "was", "were", "is", "are",
             "be", "been", "by", "for", "with", "and", "its", "it", "his", "her", "their", "has",
             "had", "have", "last", "week", "this", "still", "as", "from", "over", "under"}


@dataclass
class _Builder:
    document: Document
    parsed: Doc
    mentions: MentionIndex
    sentences: list[Span]
    referents: Referents | None = None
    claims: list[dict] = field(default_factory=list)
    opposed: set[tuple[str, str]] = field(default_factory=set)

    def sent_of(self, token: Token) -> int:
        return next(i for i, s in enumerate(self.sentences) if s.start <= token.i < s.end)

    def speakers(self, token: Token | None, content: Token | None = None) -> list[Mention]:
        """The actors a speaker phrase names, or those of the earlier mention a pronoun or a
        description ("the ministry") refers to."""
        found = actors_of(token, self.mentions)
        if found or token is None or self.referents is None:
            return found
        skip = (content.left_edge.idx, content.right_edge.idx + 1) if content is not None else (0, 0)
        referent = self.referents.resolve(token, skip)
        return [referent.mention] if referent is not None and referent.mention is not None else []

    def terms(self, tokens: list[Token]) -> tuple[str, ...]:
        """Content lemmas and actor countries of a claim ("Tehran" and "Iran" are both IRN)."""
        out = []
        for token in tokens:
            mention = self.mentions.at(token)
            if mention is not None and mention.kind not in {"pronoun", "adjective"}:
                out.append(mention.country)  # an adjective stays a word: "Iranian airspace" is not "Iran"
            elif token.is_alpha and not token.is_stop and token.lower_ not in NEGATION_WORDS:
                out.append(token.lemma_.lower())
        return tuple(sorted(set(out)))

    def add_claim(self, tokens: list[Token], owners: list[Mention], stance: str,
                  anchor: Token, head: Token | None = None) -> dict | None:
        tokens = [t for t in tokens if not t.is_space]
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct and tokens[0].text not in "“\""):
            tokens.pop(0)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"":
            tokens.pop()
        if len(tokens) < 3:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        for claim in self.claims:  # the same proposition read twice
            if claim["start"] == start and claim["end"] == end:
                self.add_positions(claim, owners, stance, anchor)
                return claim
        index = self.sent_of(anchor)
        claim = {"key": f"c{len(self.claims)}", "text": self.document.full_text[start:end],
                 "start": start, "end": end, "sent_index": index, "positions": [],
                 "polarity": polarity(head), "terms": self.terms(tokens)}
        self.claims.append(claim)
        self.add_positions(claim, owners, stance, anchor)
        return claim

    def add_positions(self, claim: dict, actors: list[Mention], stance: str, anchor: Token) -> None:
        index = self.sent_of(anchor)
        sentence = self.sentences[index].text.strip()
        for actor in actors:
            if actor.kind == "place":
                continue
            claim["positions"].append(Position(actor.code, actor.text, stance,
                                               self.document.doc_id, index, sentence))

    def earlier_claim(self, noun: Token, owners: list[Mention], not_by: set[str]) -> dict | None:
        """The claim a content-less claim noun ("the charge", "the U.S. evidence") refers to."""
        before = [c for c in self.claims if c["start"] < noun.idx]
        if noun.lemma_.lower() in ACCUSATION_NOUNS and any(c.get("accusation") for c in before):
            before = [c for c in before if c.get("accusation")]
        countries = {m.country for m in owners}
        for claim in reversed(before):
            asserted = {p.actor[:3] for p in claim["positions"] if p.stance == "assert"}
            if countries and asserted & countries:
                return claim
            if not countries and asserted and not asserted <= not_by:
                return claim
        return None


def _hedged(clause: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and (c.lemma_.lower() in HEDGES or c.lower_ in HEDGES)
               for c in clause.children)


def _first_person(clause: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ in FIRST_PERSON


def _content(noun: Token) -> Token | None:
    """The clause a claim noun carries: "allegations that ...", "evidence ... alleging ..."."""
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return child
        if child.dep_ == "acl" and child.pos_ == "VERB" and child.tag_ == "VBG":
            inner = next((c for c in child.children if c.dep_ == "ccomp"), None)
            if inner is not None:
                return inner
        if child.dep_ == "acl" and child.pos_ in {"VERB", "AUX"} and child.tag_ != "VBN":
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
                return child
    return None


def _stance_of_governor(noun: Token) -> tuple[str, Token] | None:
    """Who takes which stance on a claim noun: its verb ("rejected the charge") or the noun it
    hangs on ("doubt on allegations", "disagreement with X's description")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        holder = head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in DENY | DOUBT | SUPPORT:
            return _stance(holder.lemma_.lower()), holder
        head = holder
    if head.pos_ in {"VERB", "AUX"}:
        for obj in (c for c in head.children if c.dep_ == "dobj"):  # "cast doubt on", "voiced support for"
            if obj.lemma_.lower() in DENY | DOUBT | SUPPORT and obj.i != noun.i:
                return _stance(obj.lemma_.lower()), obj
        lemma = head.lemma_.lower()
        if lemma in DENY | DOUBT | SUPPORT:
            negated = any(c.dep_ == "neg" for c in head.children)
            stance = _stance(lemma)
            if negated and stance in {"support", "assert"}:
                stance = "deny"
            return stance, head
        if lemma == "agree" and any(c.dep_ == "neg" for c in head.children):
            return "deny", head
    return None


def _stance(word: str) -> str:
    if word in DENY:
        return "deny"
    if word in DOUBT:
        return "doubt"
    return "support"


def _holder_of(anchor: Token) -> Token | None:
    """The subject behind a stance word: a verb's subject, or the subject of the verb that
    governs a stance noun ("Patrushev cast doubt on ...", "Moscow's disagreement with ...")."""
    if anchor.pos_ in {"VERB", "AUX"}:
        return subject_of(anchor)
    poss = next((c for c in anchor.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    node = anchor
    for _ in range(4):
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return subject_of(node)
    return None


def extract_claims(document: Document, parsed: Doc, mentions: MentionIndex,
                   quotes: list[Quote] | tuple[Quote, ...] = ()) -> list[Claim]:
    """Stage function: the claims of one parsed document, with the positions taken on them."""
    builder = _Builder(document, parsed, mentions, list(parsed.sents), Referents.of(parsed, mentions))
    for token in parsed:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in CLAIM_NOUNS | CLASSIFY_NOUNS:
            _claim_noun(builder, token)
        elif token.pos_ == "VERB" and lemma in CLAIM_VERBS:
            _reported_claim(builder, token)
        elif token.pos_ == "VERB" and lemma in ACCUSE_VERBS:
            _accusation(builder, token)
    for quote in quotes:
        if quote.kind in {"block", "direct"} and quote.speaker_code:
            _quoted_claims(builder, quote)
    return _finished(builder)


def _claim_noun(builder: _Builder, noun: Token) -> None:
    mentions = builder.mentions
    owners = actors_of(noun, mentions)
    lemma = noun.lemma_.lower()
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() not in DENY | DOUBT | SUPPORT:
        owners = actors_of(subject_of(noun.head), mentions)  # "Britain presented evidence ..."
    claim = None
    if lemma in CLASSIFY_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        as_prep = next((t for t in noun.doc[noun.i + 1 : noun.i + 8] if t.lower_ == "as"), None)
        if of is None or as_prep is None or not owners:
            return
        tokens = [t for t in of.subtree if t.i != of.i] + list(as_prep.subtree)
        claim = builder.add_claim(sorted(tokens, key=lambda t: t.i), owners, "assert", noun)
    else:
        content = _content(noun)
        if content is not None and not _hedged(content):
            claim = builder.add_claim(list(content.subtree), owners, "assert", noun, content)
        else:
            subject = _holder_of(noun.head) if noun.dep_ == "dobj" else None
            not_by = {m.country for m in actors_of(subject, mentions)}
            claim = builder.earlier_claim(noun, owners, not_by)
    if claim is None:
        return
    governed = _stance_of_governor(noun)
    if governed:
        stance, anchor = governed
        holders = [m for m in actors_of(_holder_of(anchor), mentions) if m.kind != "place"]
        builder.add_positions(claim, holders, stance, anchor)


def _accusation(builder: _Builder, verb: Token) -> None:
    """'The US accused Iran of carrying out the strikes': the claim that Iran carried them out."""
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    if accused is None or of is None or any(c.dep_ == "neg" for c in verb.children):
        return
    act = [t for c in of.children if c.dep_ in {"pcomp", "pobj"} for t in c.subtree]
    speakers = actors_of(subject_of(verb), builder.mentions)
    if act and speakers and actors_of(accused, builder.mentions):
        claim = builder.add_claim(list(accused.subtree) + act, speakers, "assert", verb)
        if claim is not None:
            claim["accusation"] = True


def _reported_claim(builder: _Builder, verb: Token) -> None:
    mentions = builder.mentions
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or _hedged(clause) or _first_person(clause):
        return
    if clause.lemma_.lower() in CLAIM_VERBS and any(c.dep_ == "ccomp" for c in clause.children):
        return  # "said that he believed X": the inner verb reports X
    speakers = builder.speakers(subject_of(verb), clause)
    if not speakers:
        return
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    said_of_itself = actors_of(subject, mentions) if subject is not None and subject.pos_ == "PRON" else []
    if {m.code for m in said_of_itself} & {m.code for m in speakers}:
        return  # "the US said it stood with its ally": a stance of its own, not a claim
    stance = "deny" if negated(verb) else CLAIM_VERBS[verb.lemma_.lower()]
    if _judgement(builder, clause, speakers, verb):
        return
    builder.add_claim(clause_tokens(clause), speakers, stance, verb, clause)


def _judgement(builder: _Builder, clause: Token, speakers: list[Mention], verb: Token) -> bool:
    """'The British findings are credible': a position on the claim the evidence makes, not a
    claim of its own."""
    passive_judgement = clause.tag_ == "VBN" and clause.lower_ in EPISTEMIC_PRO | EPISTEMIC_CON
    if not passive_judgement and clause.lemma_.lower() not in {
            "be", "remain", "seem", "look", "appear", "prove", "sound"}:
        return False
    words = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
    if passive_judgement:  # "the evidence was fabricated"
        words.append(clause)
    for prep in (c for c in clause.children if c.dep_ == "prep"):  # "of poor quality"
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            words += [pobj] + [g for g in pobj.children if g.dep_ in {"amod", "conj"}]
    words += [g for w in list(words) for g in w.children if g.dep_ == "conj"]
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    stance = "support" if lemmas & EPISTEMIC_PRO else "doubt" if lemmas & EPISTEMIC_CON else None
    if stance is None:
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        stance = "doubt" if stance == "support" else "support"
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is not None and subject.dep_ == "csubj":
        subject = next((c for c in subject.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    claim = None
    if subject.lemma_.lower() in CLAIM_NOUNS:
        content = _content(subject)
        if content is not None:
            claim = builder.add_claim(list(content.subtree), actors_of(subject, builder.mentions),
                                      "assert", subject, content)
        else:
            claim = builder.earlier_claim(subject, actors_of(subject, builder.mentions),
                                          {m.country for m in speakers})
    else:  # "the tanker attacks were suspicious": the claim about those attacks
        head = subject.lemma_.lower()
        for earlier in reversed(builder.claims):
            if re.search(rf"\b{re.escape(head)}", earlier["text"].lower()):
                claim = earlier
                break
    if claim is None:
        return False
    if stance == "doubt" and ({"unprofessional", "poor", "false", "fabricated", "lie", "lies",
                               "fake", "baseless", "groundless", "unfounded"} & lemmas):
        stance = "deny"
    builder.add_positions(claim, speakers, stance, verb)
    return True


def _quoted_claims(builder: _Builder, quote: Quote) -> None:
    speaker = next((m for m in builder.mentions.mentions if m.code == quote.speaker_code), None)
    if speaker is None:
        return
    for sent in builder.sentences:
        if not (quote.start <= sent.start_char and sent.end_char <= quote.end + 1):
            continue
        root = sent.root
        if _hedged(root) or _first_person(root) or root.lemma_.lower() in CLAIM_VERBS:
            continue
        if sent.text.rstrip().endswith("?"):
            continue
        builder.add_claim(list(sent), [speaker], "assert", root, root)


def _finished(builder: _Builder) -> list[Claim]:
    """Claims with their positions; two claims are opposed when one actor denies one and
    asserts or supports the other in the same sentence."""
    for a in builder.claims:
        for b in builder.claims:
            if a["key"] >= b["key"]:
                continue
            for pa in a["positions"]:
                for pb in b["positions"]:
                    if pa.actor[:3] == pb.actor[:3] and pa.sent_index == pb.sent_index and {
                            _side(pa.stance), _side(pb.stance)} == {"pro", "con"}:
                        builder.opposed.add((a["key"], b["key"]))
    claims = []
    for claim in builder.claims:
        if not claim["positions"]:
            continue
        opposed = sorted({k for pair in builder.opposed if claim["key"] in pair for k in pair}
                         - {claim["key"]})
        sentence = builder.sentences[claim["sent_index"]].text.strip()
        claims.append(Claim(builder.document.doc_id, claim["key"], " ".join(claim["text"].split()),
                            claim["sent_index"], claim["start"], claim["end"], sentence,
                            tuple(_unique_positions(claim["positions"])), tuple(opposed),
                            claim["polarity"], claim["terms"]))
    return claims


def _unique_positions(positions: list[Position]) -> list[Position]:
    seen, out = set(), []
    for p in positions:
        key = (p.actor, p.stance, p.sent_index)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _side(stance: str) -> str:
    return "pro" if stance in {"assert", "support"} else "con"


# across documents ---------------------------------------------------------------------------


@dataclass
class ClaimGroup:
    """One claim as put forward in one or more documents, with every position taken on it.
    A claim and its negation are two groups of opposite polarity in one dispute."""

    text: str
    claims: list[Claim] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    dispute: int | None = None
    polarity: str = "+"
    terms: set[str] = field(default_factory=set)

    @property
    def doc_ids(self) -> list[str]:
        return sorted({c.doc_id for c in self.claims})


def content_words(text: str) -> set[str]:
    """Lowercased content words, plural -s stripped, negations left out, for comparing claims."""
    words = re.findall(r"[a-z0-9][a-z0-9'.-]*", text.lower().replace("’", "'"))
    return {w.rstrip("s") if len(w) > 4 else w for w in words if w not in STOPWORDS | NEGATION_WORDS}


def overlapping(wa: set[str], wb: set[str], threshold: float = 0.75) -> bool:
    """Two sets of content terms say the same: Jaccard overlap, or one 90% inside the other."""
    if not wa or not wb:
        return False
    overlap = len(wa & wb)
    return overlap / len(wa | wb) >= threshold or overlap / min(len(wa), len(wb)) >= 0.9


def similar(a: str, b: str, threshold: float = 0.65) -> bool:
    """Two claim texts say the same when their content words overlap enough."""
    return overlapping(content_words(a), content_words(b), threshold)


def claim_terms(claim: Claim) -> set[str]:
    """What a claim is compared on: its lemmas and actor countries, or its words."""
    return set(claim.terms) or content_words(claim.text)


def group_claims(claims: list[Claim]) -> list[ClaimGroup]:
    """Merge the same claim across documents (same polarity, overlapping content), make a
    claim and its negation, or claims opposed in one sentence, a dispute, and let an actor who
    takes one side of a dispute take the other side against the other claim."""
    groups: list[ClaimGroup] = []
    where: dict[tuple[str, str], int] = {}
    for claim in claims:
        terms = claim_terms(claim)
        target = next((i for i, g in enumerate(groups) if g.polarity == claim.polarity
                       and overlapping(g.terms, terms) and not _opposed_to_group(claim, g)), None)
        if target is None:
            groups.append(ClaimGroup(claim.text, polarity=claim.polarity, terms=terms))
            target = len(groups) - 1
        groups[target].claims.append(claim)
        groups[target].positions += list(claim.positions)
        where[(claim.doc_id, claim.key)] = target
    links: dict[int, set[int]] = defaultdict(set)
    negations: set[tuple[int, int]] = set()
    for claim in claims:
        for other in claim.opposed:
            a, b = where[(claim.doc_id, claim.key)], where.get((claim.doc_id, other))
            if b is not None and a != b:
                links[a].add(b)
                links[b].add(a)
    for a, ga in enumerate(groups):
        for b, gb in enumerate(groups):
            if a < b and ga.polarity != gb.polarity and overlapping(ga.terms, gb.terms):
                links[a].add(b)
                links[b].add(a)
                negations |= {(a, b), (b, a)}
    dispute = _number_disputes(groups, links)
    for a, others in links.items():
        for b in others:
            held = {p.actor[:3] for p in groups[b].positions}
            for p in groups[a].positions:
                if p.actor[:3] in held:
                    continue
                if _side(p.stance) == "pro":
                    groups[b].positions.append(replace(p, stance="deny"))
                elif (a, b) in negations:  # denying a claim supports its negation
                    groups[b].positions.append(replace(p, stance="support"))
                else:
                    continue
                held.add(p.actor[:3])
    for group in groups:  # one claim with backers and deniers is a dispute of its own
        sides = {(p.actor[:3], _side(p.stance)) for p in group.positions}
        if group.dispute is None and {s for _, s in sides} == {"pro", "con"}:
            group.dispute = dispute
            dispute += 1
    return groups


def _number_disputes(groups: list[ClaimGroup], links: dict[int, set[int]]) -> int:
    """Give each set of linked groups a dispute number; return the next free number."""
    dispute = 0
    for start in sorted(links):
        if groups[start].dispute is not None:
            continue
        stack = [start]
        while stack:
            node = stack.pop()
            if groups[node].dispute is None:
                groups[node].dispute = dispute
                stack += list(links[node])
        dispute += 1
    return dispute


def _opposed_to_group(claim: Claim, group: ClaimGroup) -> bool:
    return any(c.doc_id == claim.doc_id and c.key in claim.opposed for c in group.claims)
