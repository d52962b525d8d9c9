"""Did it happen? Negation, modality, conditionals, speculation, plans and stated intent.

`assess(token, plover, polarity)` walks from the predicate up to the root of its sentence.
It returns None when the event happened (as far as the text says), or a `Verdict`:
- a hard block: negated, a question, speculation, hypothetical (could, might, should), the
  content of a denial, a warned-against or called-off action, a bare attempt or purpose;
- stated intent (`intent=True`): the actor says it will or would do it, offers, promises,
  plans, threatens or is willing to do it, or will do it unless something happens. The coder
  turns such a cooperative act into AGREE and a hostile one into THREATEN, as PLOVER does.
A relative clause is judged on its own markers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import CALLING_VERBS, SUPPORT_VERBS, asks_through, quantity_head

HYPOTHETICAL = {"could", "might", "may", "should", "must", "can", "ought"}
INTENT_MODALS = {"will", "would", "shall", "'ll", "wo"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
NEGATIVE_SUBJECTS = {"none", "nobody", "nothing", "neither", "noone"}
IMPLICATIVE = {"continue", "begin", "start", "manage", "resume", "keep", "proceed", "go", "help",
               "move", "step", "launch", "stage", "renew", "carry", "force", "compel", "oblige",
               "admit", "confess", "acknowledge"}  # "admitted killing the prisoners": it was done
INTENT_HEADS = {"offer", "agree", "promise", "pledge", "vow", "plan", "intend", "decide",
                "undertake", "commit", "threaten", "warn", "swear", "prepare", "want", "expect",
                "aim", "hope", "announce", "say", "propose", "volunteer", "consent",
                "willing", "ready", "prepared", "eager", "determined", "set", "poised", "due"}
# Verbs of intent whose passive is someone else's forecast: "X is expected to" says nothing X intends
PREDICTED_BY_OTHERS = {"expect", "set", "due", "poise"}
# "declined to comment / to say": a spokesman giving no comment refuses no one
WITHHOLDING_VERBS = {"decline", "refuse"}
WITHHELD_WORDS = {"say", "comment", "confirm", "elaborate", "disclose", "discuss", "specify", "reveal",
                  "identify", "name", "detail", "speculate"}  # not "respond": "refused to respond to a demand"
DECISION_HEADS = {"agree", "decide", "vote"}  # a body that decides a measure has taken it
TAKEN_DECISIONS = {"decide", "vote"}  # ... whatever the measure ("parliament voted to permit ...")
# Nouns of stated intent: "expressed a willingness to hold talks" is AGREE, as PLOVER codes intent
OFFERING_VERBS = {"offer", "promise", "pledge"}  # aid offered or promised is intent to aid (CAMEO 033)
INTENT_NOUNS = {"willingness", "readiness", "commitment", "determination", "pledge", "promise", "offer",
                "resolve", "vow"}
ASKING_FOR = {"call", "appeal", "press", "push", "plead", "ask", "lobby", "campaign", "clamour", "clamor"}
ATTEMPT_HEADS = {"try", "attempt", "seek", "struggle", "fail", "hesitate",
                 "ask", "urge", "call", "press", "tell", "order", "allow", "persuade",
                 "able", "unable", "likely", "unlikely"}
NONFACTUAL_CCOMP_HEADS = {"deny", "doubt", "dispute", "question", "speculate", "wonder", "fear",
                          "imagine", "suppose", "predict", "consider", "suggest", "rumor",
                          "rumour", "ask", "demand", "urge", "believe", "suspect", "assume", "guess",
                          "allege", "claim"}
SPECULATIVE_NOUNS = {"speculation", "rumor", "rumour", "possibility", "prospect", "intention",
                     "plan", "proposal", "idea", "suggestion", "question", "chance", "risk",
                     "fear", "hope", "likelihood", "scenario", "threat", "option", "bid", "attempt",
                     "effort", "demand", "prospects"}
CANCEL_VERBS = {"cancel", "postpone", "abandon", "scrap", "avert", "prevent", "deny", "halt",
                "stop", "block", "thwart", "foil", "oppose", "rule", "delay", "shelve", "drop",
                "avoid", "consider", "plan", "threaten", "propose", "discuss", "weigh", "seek",
                "want", "call", "urge", "demand", "refuse", "lift", "ease", "remove", "waive",
                "relax", "end", "fear", "warn", "suspend", "pause", "cut", "freeze", "reduce",
                "break", "sever", "withdraw", "terminate", "shorten", "prohibit", "ban", "bar",
                "withhold", "curtail", "slash", "disperse", "crush", "outlaw", "quell", "suppress"}
# A claim denied or dismissed: what it says is not coded ("dismissed allegations that its agents poisoned X").
CLAIM_NOUNS = {"allegation", "accusation", "claim", "charge", "report", "suggestion", "assertion", "suspicion"}
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "dispute", "contest"}
ABILITY_ADJECTIVES = {"capable", "incapable"}
# Texts whose content is an act once they are issued: "is expected to pass a resolution urging X"
TEXT_NOUNS = {"resolution", "statement", "letter", "decree", "bill", "declaration", "communique",
              "communiqué", "motion", "report"}
# "said it could strike": an actor naming its own options states an intent (a threat, when hostile)
OPTION_MODALS = {"may", "might", "could", "can"}
# "cannot accept", "can never allow": with a negated refusal frame, "can" states the refusal
REFUSING_MODALS = {"can", "ca"}
STATING_VERBS = {"say", "state", "warn", "announce", "declare", "insist", "indicate", "tell", "signal"}
SELF_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
DEMANDED_NOUNS = {"demand", "call", "appeal", "request", "proposal", "insistence", "ultimatum"}
# Calls and visits, and the speech acts done in them: "phoned Yanukovych to congratulate him"
# congratulated him (a purpose, but one the call itself carries out)
CONTACT_VERBS = CALLING_VERBS | {"call", "write", "cable"}
SAID_IN_THE_CALL = {"congratulate", "thank", "express", "offer", "convey", "extend", "apologize", "apologise",
                    "assure", "praise", "condole", "commiserate", "reassure"}
# Verbs that charge someone "of" a deed without saying it happened: "accused Rwanda of arming rebels"
ACCUSING_VERBS = {"accuse", "suspect", "charge", "allege", "indict", "convict"}
# Acts of punishing someone "for" a deed: the deed is what they are charged with, not a coded act.
CHARGING_VERBS = {"arrest", "detain", "jail", "imprison", "charge", "indict", "convict", "sentence",
                  "prosecute", "try", "execute", "hang", "fine", "punish", "expel", "deport",
                  "sanction", "penalize", "penalise", "blacklist"}
# Nouns that lay out what is to happen: an event noun in their for/of phrase has not happened
PLAN_NOUNS = {"path", "plan", "timetable", "timeline", "roadmap", "schedule", "blueprint", "framework",
              "deadline", "condition", "proposal", "prospect", "possibility", "option", "threat"}
# Verbs of phase that take an object or an infinitive, not both: an infinitive after their object
# is the purpose of what the object names ("continued its offensive to evict the rebels")
ASPECT_HEADS = {"continue", "begin", "start", "resume", "keep", "proceed", "go"}
NONFACTUAL_AMODS = {"future", "planned", "possible", "potential", "proposed", "threatened",
                    "hypothetical", "imminent", "prospective", "looming", "would-be"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why an event is not coded as having happened; `intent`: coded as AGREE or THREATEN."""

    reason: str
    intent: bool = False
    verb: str = ""  # for an act called off: the verb that called it off (lemma)


CONDITION_MARKS = frozenset({"if", "unless"})


def has_condition(node: Token, marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """The clause holds only on a condition: an adverbial clause opened by one of `marks`."""
    return _opens_condition(node.children, marks)


def _opens_condition(children: Iterable[Token], marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """One of a clause's children is an adverbial clause opened by one of `marks`."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in children)


def _markers(node: Token, own: bool, polarity: str) -> Verdict | None:
    children = list(node.children)  # once: each walk over a token's children makes new Tokens
    conditional = _opens_condition(children)
    refused = any(c.dep_ == "neg" for c in children) and not conditional
    auxiliaries = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & (HYPOTHETICAL | INTENT_MODALS) and "have" in auxiliaries:
        return Verdict("counterfactual (would have)")  # "a resolution that would have threatened Syria"
    if refused and auxiliaries & INTENT_MODALS and not (own and polarity == "-"):
        return Verdict("negated")  # "would not hold talks", "will not impose sanctions": whatever comes first
    for child in children:
        lemma = child.lemma_.lower()
        if child.dep_ == "neg" and not (own and polarity == "-"):
            return Verdict("negated")
        if child.dep_ in {"aux", "auxpass"}:
            if own and polarity == "-" and lemma in REFUSING_MODALS and refused:
                continue  # "we cannot accept", "Kyiv can never recognise": a refusal, stated now
            if lemma in HYPOTHETICAL or child.lower_ == "ca":
                if conditional:  # "could impose sanctions if ...": a conditional threat
                    return Verdict(f"conditional ({child.text} ... if)", intent=True)
                if lemma in OPTION_MODALS and _says_of_itself(node):
                    return Verdict(f"stated option ({child.text})", intent=True)  # "said it could strike"
                return Verdict(f"hypothetical ({child.text})")
            if lemma in INTENT_MODALS or child.lower_ in INTENT_MODALS:
                return Verdict(f"stated intent ({child.text})", intent=True)
        if child.dep_ == "aux" and child.tag_ == "TO" and _headline_infinitive(node):
            return Verdict("stated intent (headline: X to ...)", intent=True)
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return Verdict(f"conditional ({child.text})")
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in NEGATIVE_SUBJECTS:
            return Verdict("negated subject")
        if node.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ == "no":
            return Verdict("negated (no)")
    return None


def _says_of_itself(verb: Token) -> bool:
    """The clause is what its subject says it may do: the complement of a stating verb whose
    subject it refers back to ("Turkey said it may use force", "Israel warned it could strike")."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in STATING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in SELF_PRONOUNS


def _headline_infinitive(verb: Token) -> bool:
    """'UN to deploy troops to Congo', 'EU and US to resume aid': the headline's main verb is a
    bare infinitive, news shorthand for what an actor will do."""
    if verb.dep_ == "ROOT":
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"


def _in_question(token: Token) -> bool:
    """Whether the token's sentence ends with a question mark (read once per document:
    `Token.sent` walks the sentence on every call)."""
    flags = token.doc.user_data.get("frenemy_questions")
    if flags is None or len(flags) != len(token.doc):
        flags = [False] * len(token.doc)
        for sent in token.doc.sents:
            if sent.text.rstrip().rstrip("\"'”’ ").endswith("?"):
                flags[sent.start : sent.end] = [True] * len(sent)
        token.doc.user_data["frenemy_questions"] = flags
    return flags[token.i]


# Verbs of using force whose purpose clause of force happened with it ("fired tear gas to disperse")
FORCE_USED = {"use", "employ", "fire"}
# Acts done by saying them: a participle of one after a planned act is said at once
SPOKEN_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST"}


def assess(token: Token, plover: str, polarity: str = "+") -> Verdict | None:
    """None if the event read from `token` happened; else why not, or that it is intent."""
    if _in_question(token):
        return Verdict("question")
    if token.lemma_.lower() in WITHHOLDING_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in WITHHELD_WORDS for c in token.children):
        return Verdict(f"no comment ({token.text} to say)")  # "declined to say how long she would stay"
    if polarity == "-" and not any(c.dep_ == "neg" for c in token.children):
        return Verdict("not negated")
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in NONFACTUAL_AMODS:
                return Verdict(f"not yet ({child.text})")
        plan = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"for", "of"} else None
        if plan is not None and plan.lemma_.lower() in PLAN_NOUNS:
            return Verdict(f"planned ({plan.text} {token.head.text})")  # "a timetable for the withdrawal"
        asker = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
        if asker is not None and asker.lemma_.lower() in ASKING_FOR:
            return Verdict(f"asked for ({asker.text} for)")  # "called for the withdrawal of ..."
        if plover == "AID" and token.dep_ == "dobj" and token.head.lemma_.lower() in OFFERING_VERBS:
            return Verdict(f"offered ({token.head.text})", intent=True)  # "offered aid": not yet given
    intent: Verdict | None = None
    cancelled: Verdict | None = None
    # the predicate, the verbs it is xcomp of, and the support verb of an event noun
    # ("will send aid": the intent is on "send")
    in_chain = token.pos_ in {"VERB", "AUX"}
    measured = quantity_head(token) if token.pos_ == "NOUN" else token  # "$5m worth of aid"
    if token.pos_ == "NOUN" and measured.dep_ in {"dobj", "nsubjpass"} and measured.head.lemma_.lower() in (
            SUPPORT_VERBS | CANCEL_VERBS):  # "aid will be delivered": the intent is on "delivered"
        token_chain_head = measured.head
    else:
        token_chain_head = None
    node = token
    while True:
        found = _markers(node, node.i == token.i, polarity)
        if found and found.intent and in_chain:
            intent = intent or found
        elif found and found.intent and plover in {"AGREE", "THREATEN"}:
            pass  # "X said it would agree": the intent is the event
        elif found:
            return Verdict(found.reason)  # a modal outside the predicate's own clause
        head, dep = node.head, node.dep_
        if head.i == node.i or dep == "ROOT" or dep == "relcl":
            break
        if dep == "advcl" and node.i == token.i and node.tag_ == "VBG" and plover in SPOKEN_TYPES \
                and node.i > head.i and not any(c.dep_ in {"aux", "mark"} for c in node.children):
            break  # "would expel diplomats, blaming Moscow": the blame is said now, whatever is planned
        if dep == "acl" and node.tag_ in {"VBG", "VBN"} and not any(
                c.dep_ == "aux" for c in node.children) and head.lemma_.lower() not in TEXT_NOUNS:
            break  # a participle describing its noun ("demonstrators protesting the results"); what
            # a text says ("a resolution urging X") is said only once the text is passed
        if node.pos_ == "NOUN" and dep in {"dobj", "nsubjpass"} and _cancels(head):
            # keep walking: "a demand to sever an alliance" is still only a demand
            particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), "")
            cancelled = cancelled or Verdict(f"called off or not done ({head.lemma_})",
                                             verb=f"{head.lemma_.lower()} {particle}".strip())
        if head.pos_ == "NOUN" and dep == "acl" and head.lemma_.lower() in INTENT_NOUNS \
                and node.pos_ == "VERB" and in_chain:
            intent = intent or Verdict(f"stated intent ({head.text} to)", intent=True)
            in_chain = False  # the support verb ('expressed') is factual
            node = head
            continue
        if token_chain_head is not None and head.i == token_chain_head.i:
            in_chain = True
            node = head
            continue
        if dep == "conj" and node.pos_ == "VERB" and head.lemma_.lower() == "be" and any(
                c.dep_ == "xcomp" and c.i < node.i and any(a.tag_ == "TO" for a in c.children)
                for c in head.children):
            return Verdict("planned (is to ...)")  # "is to pull its troops out, grant an amnesty ..."
        if dep in {"advcl", "xcomp"} and head.lemma_.lower() in CONTACT_VERBS \
                and node.lemma_.lower() in SAID_IN_THE_CALL \
                and not asks_through(head, ("on", "upon", "for")):  # not "called on X to offer aid"
            node = head  # "telephoned Uribe to express support": said in the call, so said
            in_chain = False
            continue
        if dep == "advcl" and _misparsed_complement(node):
            dep = "xcomp"  # "have sworn to fight": the infinitive completes the verb, it is no purpose
        if dep == "xcomp" and node.pos_ in {"VERB", "AUX"}:
            head_lemma = head.lemma_.lower()
            if head_lemma in ASPECT_HEADS and any(c.dep_ == "dobj" and c.i < node.i for c in head.children):
                return Verdict("purpose or plan (to ...)")  # "continued their offensive to evict X": the aim
            if head_lemma in DECISION_HEADS and in_chain and (
                    plover in {"SANCTION", "COERCE"} or head_lemma in TAKEN_DECISIONS):
                pass  # "the EU agreed to ban Belarusian airlines": the decision is the measure
            elif head_lemma in PREDICTED_BY_OTHERS and (head.pos_ == "ADJ" or any(
                    c.dep_ == "auxpass" for c in head.children)):
                return Verdict(f"only expected ({head.text} to)")  # "the EU is expected / due to impose": a forecast
            elif head_lemma == "be" and node.i > head.i:
                return Verdict("planned (is to ...)")  # "Jakarta is to pull its troops out": a plan
            elif head_lemma in INTENT_HEADS and in_chain:
                intent = intent or Verdict(f"stated intent ({head.text} to)", intent=True)
            elif head_lemma in {"refuse", "decline", "reject", "rule"}:
                outer = assess(head, "REJECT")  # "demanded that they refuse to ...": only demanded
                if outer is not None and not outer.intent:
                    return Verdict(outer.reason)
                return Verdict(f"refused ({head.lemma_})")
            elif head_lemma in {"try", "attempt"} and plover in {"ASSAULT", "COERCE"}:
                pass  # an attempted attack or assassination is itself an attack (CAMEO 185)
            elif head_lemma in FORCE_USED and plover in {"ASSAULT", "COERCE"}:
                pass  # "used batons to disperse the crowd": dispersed it
            elif head_lemma in ATTEMPT_HEADS or head_lemma not in IMPLICATIVE:
                return Verdict(f"not done, only {head.lemma_}")
        else:
            in_chain = False
        if dep in {"advcl", "acl"} and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            if not (node.i == token.i and head.lemma_.lower() in FORCE_USED and plover in {"COERCE", "ASSAULT"}):
                return Verdict("purpose or plan (to ...)")
            in_chain = False  # "police used batons to disperse the crowd": force used to that end is used
        if dep == "ccomp" and head.lemma_.lower() in NONFACTUAL_CCOMP_HEADS:
            return Verdict(f"content of {head.lemma_}")
        if dep == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in DEMANDED_NOUNS and c.i < node.i
                                  for c in head.children):  # "repeated its demand that Myanmar lift ..."
            return Verdict("content of a demand")
        if dep == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in ACCUSING_VERBS:
            return Verdict(f"content of an accusation ({head.head.lemma_} of)")  # "accused Rwanda of arming X"
        if dep == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in CHARGING_VERBS:
            return Verdict(f"the charge ({head.head.lemma_} for)")  # "detained for cooperating with X"
        if dep in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS \
                and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in DENIAL_VERBS:
            return Verdict(f"content of a denied claim ({head.head.lemma_} {head.text})")
        if head.pos_ in {"NOUN", "PROPN"} and dep in {"acl", "ccomp", "advcl", "prep", "pcomp"} \
                and head.lemma_.lower() in SPECULATIVE_NOUNS and node.pos_ in {"VERB", "AUX"}:
            return Verdict(f"speculation ({head.text})")
        if dep == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in ABILITY_ADJECTIVES:
            return Verdict(f"only able to ({head.head.text} of)")  # "drone crews capable of launching attacks"
        if dep == "pcomp" and head.lower_ in {"against", "from", "without", "instead"}:
            return Verdict(f"warned against or kept from ({head.head.lemma_} {head.text})")
        if dep == "pcomp" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in SPECULATIVE_NOUNS:
            return Verdict(f"speculation ({head.head.text})")
        node = head
    if cancelled:  # "would prohibit all aid": a halt, announced as intent
        return Verdict(cancelled.reason, intent=intent is not None, verb=cancelled.verb)
    if intent and plover in {"AGREE", "THREATEN"}:
        return None
    return intent


# Verbs whose bare to-infinitive is their complement, never a purpose ("vowed to fight"); the
# parser sometimes attaches that infinitive as an adverbial clause.
COMPLEMENT_HEADS = {"swear", "vow", "pledge", "promise", "threaten", "plan", "intend", "decide", "agree",
                    "refuse", "decline", "want", "hope", "aim", "prepare", "try", "attempt", "seek",
                    "fail", "resolve", "undertake", "volunteer", "consent"}


def _misparsed_complement(node: Token) -> bool:
    """An infinitive with no subject of its own, attached as an adverbial clause to a verb that
    takes an infinitive complement and has no object: read as that verb's complement (xcomp)."""
    head = node.head
    return (head.pos_ == "VERB" and head.lemma_.lower() in COMPLEMENT_HEADS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in node.children)
            and not any(c.dep_ in {"dobj", "dative"} for c in head.children))


def blocked(token: Token, plover: str, polarity: str = "+") -> str | None:
    """Why the event read from `token` must not be coded as it stands, or None."""
    verdict = assess(token, plover, polarity)
    return verdict.reason if verdict else None


def _cancels(verb: Token) -> bool:
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return any(v.lemma_.lower() in CANCEL_VERBS for v in verbs)
