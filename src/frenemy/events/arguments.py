"""Who and whom: find the source and target actors of a predicate over the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import MentionIndex
from ..records import Mention

RELATIVIZERS = {"who", "which", "that", "whom"}
MODIFIERS = {"poss", "amod", "compound", "nmod"}
NOUN_POS = {"NOUN", "PROPN", "PRON"}


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token that acts: the subject, the passive agent, or one inherited from the clause
    this verb hangs on (conjoined verbs, control verbs, relative and adverbial clauses)."""
    if depth > 4:
        return None
    passive = is_passive(verb)
    for child in verb.children:
        if passive and child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if not passive and child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head
            return child
    if passive:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "xcomp":
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        return obj or subject_of(verb.head, depth + 1)
    if verb.dep_ in {"advcl", "ccomp", "pcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head.head, depth + 1)
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs on through objects and prepositions ('at a meeting with X')."""
    node = noun
    for _ in range(6):
        if node.dep_ in {"ROOT"} or node.head is node:
            return None
        head = node.head
        if node.dep_ in {"dobj", "pobj", "prep", "attr", "dative", "oprd", "conj", "appos", "npadvmod"}:
            if head.pos_ in {"VERB", "AUX"}:
                return head
            node = head
            continue
        return None
    return None


def actors_of(token: Token | None, mentions: MentionIndex, depth: int = 0) -> list[Mention]:
    """The actors a noun phrase names: itself, its possessor or national adjective, the
    'of'-phrase, the agent of a participle ('evidence presented by X'), and conjuncts."""
    if token is None or depth > 3:
        return []
    found: list[Mention] = []
    own = mentions.at(token)
    if own:
        found.append(own)
    elif token.pos_ in NOUN_POS | {"ADJ", "NUM", "X"}:
        for child in token.children:
            if child.dep_ in MODIFIERS:
                found += actors_of(child, mentions, depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += actors_of(pobj, mentions, depth + 1)
            elif child.dep_ == "acl" and is_passive_participle(child):
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                for pobj in agent.children if agent is not None else ():
                    if pobj.dep_ == "pobj":
                        found += actors_of(pobj, mentions, depth + 1)
    for child in token.children:
        if child.dep_ == "conj":
            found += actors_of(child, mentions, depth)
    return _unique(found)


def is_passive_participle(token: Token) -> bool:
    return token.tag_ == "VBN" or any(c.dep_ == "agent" for c in token.children)


def prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions under `head` (also under its particle)."""
    out = []
    for child in head.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "dative" and child.pos_ in NOUN_POS:
                out.append(child)
    return out


def clause_subject(head: Token) -> Token | None:
    """The subject of the content clause under a verb or noun ('allegations that X did')."""
    for child in head.children:
        if child.dep_ in {"ccomp", "acl"} and child.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return subj
    return None


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out
