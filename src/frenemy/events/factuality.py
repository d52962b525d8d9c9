"""Did it happen? Negation, modality, conditionals, speculation and plans over the parse.

`blocked(token, frame)` walks from the predicate up to the root of its sentence and says why
the event must not be coded (or None). A relative clause is judged on its own markers.
"""

from __future__ import annotations

from spacy.tokens import Token

MODALS = {"would", "could", "might", "may", "should", "must", "can", "shall", "ought"}
FUTURE_OK = {"AGREE", "THREATEN"}  # stated intent and threats are events when announced
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
NEGATIVE_SUBJECTS = {"none", "nobody", "nothing", "neither", "noone"}
IMPLICATIVE = {"continue", "begin", "start", "manage", "resume", "keep", "proceed", "go", "help",
               "decide", "agree", "vow", "pledge", "promise", "threaten", "move"}
NONFACTUAL_CCOMP_HEADS = {"deny", "doubt", "dispute", "question", "speculate", "wonder", "fear",
                          "hope", "wish", "imagine", "suppose", "predict", "expect", "consider",
                          "propose", "suggest", "rumor", "rumour", "ask", "demand", "urge"}
SPECULATIVE_NOUNS = {"speculation", "rumor", "rumour", "possibility", "prospect", "intention",
                     "plan", "proposal", "idea", "suggestion", "question", "chance", "risk",
                     "fear", "hope", "likelihood", "scenario", "threat", "option", "bid", "attempt",
                     "effort", "demand", "prospects"}
CANCEL_VERBS = {"cancel", "postpone", "abandon", "scrap", "avert", "prevent", "deny", "halt",
                "stop", "block", "thwart", "foil", "oppose", "rule", "delay", "shelve", "drop",
                "avoid", "consider", "plan", "threaten", "propose", "discuss", "weigh", "seek",
                "want", "call", "urge", "demand", "refuse", "lift", "ease", "remove", "waive",
                "relax", "end", "fear", "warn", "condemn"}
NONFACTUAL_AMODS = {"future", "planned", "possible", "potential", "proposed", "threatened",
                    "hypothetical", "imminent", "prospective", "looming", "would-be"}


def _modal_or_negated(node: Token, own: bool, frame_plover: str, polarity: str) -> str | None:
    for child in node.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "neg" and not (own and polarity == "-"):
            return "negated"
        if child.dep_ in {"aux", "auxpass"} and (lemma in MODALS or child.lower_ in {"ca", "wo"}):
            return f"modal ({child.text})"
        if child.dep_ == "aux" and lemma == "will" and frame_plover not in FUTURE_OK:
            return "future"
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return f"conditional ({child.text})"
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in NEGATIVE_SUBJECTS:
            return "negated subject"
        if node.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ == "no":
            return "negated (no)"
    return None


def blocked(token: Token, plover: str, polarity: str = "+") -> str | None:
    """Why the event read from `token` did not happen (negated, hypothetical ...), or None."""
    if token.sent.text.rstrip().rstrip("\"'”’ ").endswith("?"):
        return "question"
    if polarity == "-" and not any(c.dep_ == "neg" for c in token.children):
        return "not negated"
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in NONFACTUAL_AMODS:
                return f"not yet ({child.text})"
    node = token
    while True:
        reason = _modal_or_negated(node, node is token, plover, polarity)
        if reason:
            return reason
        head, dep = node.head, node.dep_
        if head is node or dep == "ROOT":
            return None
        if dep == "relcl":
            return None
        if dep == "xcomp" and node.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in IMPLICATIVE:
            return f"not done, only {head.lemma_}"
        if dep in {"advcl", "acl"} and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return "purpose or plan (to ...)"
        if dep == "ccomp" and head.lemma_.lower() in NONFACTUAL_CCOMP_HEADS:
            return f"content of {head.lemma_}"
        if head.pos_ in {"NOUN", "PROPN"} and dep in {"acl", "ccomp", "advcl", "prep", "pcomp"} \
                and head.lemma_.lower() in SPECULATIVE_NOUNS and node.pos_ in {"VERB", "AUX"}:
            return f"speculation ({head.text})"
        if node.pos_ == "NOUN" and dep in {"dobj", "nsubjpass"} and _cancels(head):
            return f"called off or not done ({head.lemma_})"
        if dep == "pcomp" and head.lower_ in {"against", "from", "without", "instead"}:
            return f"warned against or kept from ({head.head.lemma_} {head.text})"
        if dep == "pcomp" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in SPECULATIVE_NOUNS:
            return f"speculation ({head.head.text})"
        node = head


def _cancels(verb: Token) -> bool:
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return any(v.lemma_.lower() in CANCEL_VERBS for v in verbs)
