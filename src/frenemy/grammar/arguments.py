"""Who and whom: find the source and target actors of a predicate over the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import MentionIndex
from ..actors.coder import listed_with
from ..records import Mention

RELATIVIZERS = {"who", "which", "that", "whom"}
SPLIT_PARTICLES = {"back", "over"}  # a particle after the object: "handed Hong Kong back to China"
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}  # entities that name an actor
TIME_PREPS = {"before", "after", "while", "since", "by", "without", "despite", "during", "upon", "on"}
MODIFIERS = {"poss", "amod", "compound", "nmod"}
LIST_ROLES = {"nsubj", "nsubjpass", "dobj"}  # not places of a phrase ("deployed to Lebanon, Kosovo ...")
NOUN_POS = {"NOUN", "PROPN", "PRON"}


def is_passive(verb: Token) -> bool:
    """A passive clause, or a reduced one: 'Russian journalist arrested by Belarus police'."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or is_reduced_passive(verb):
        return True
    # "were beaten and killed by militias": a participle conjoined to a passive shares its auxiliary
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in {"VERB", "AUX"} \
        and not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in verb.children) \
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children)


def is_reduced_passive(verb: Token) -> bool:
    """A past participle that modifies the noun it acts on ('the diplomats expelled by Peru'),
    or a headline's passive without its auxiliary ('Venezuela accused by Colombia of ...')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUN_POS:
        if _main_verb_read_as_modifier(verb):
            return False
        # an agent, or only where/when phrases: "resorted to ..." is no passive
        return any(c.dep_ == "agent" for c in verb.children) or all(
            c.lower_ in SCENE_PREPS for c in verb.children if c.dep_ == "prep")
    if _opening_participle(verb):
        return True  # "Asked about the talks, the minister said": he was asked
    return verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBN"} and _by_phrase(verb) is not None and not any(
        c.dep_ in {"dobj", "aux", "auxpass", "ccomp"} for c in verb.children)


def _opening_participle(verb: Token) -> bool:
    """A past participle opening its sentence, before the clause it hangs on, with no subject,
    object or auxiliary of its own: "Asked about X, ...", "Accused of fraud by Y, ...": a passive
    whose patient is the main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i \
        and verb.i == verb.sent.start and not any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in verb.children)


def _main_verb_read_as_modifier(verb: Token) -> bool:
    """A full sentence whose one verb the parser hung on its subject: "Kenya's main opposition
    party called on Kibaki to resign." (the noun the root, the verb its modifier). A sentence
    with a full stop and no agent, in which the verb takes someone and then a to-infinitive
    (not "Thousands forced to flee."): an active verb."""
    if verb.head.dep_ != "ROOT" or verb.sent[-1].text != "." or any(c.dep_ == "agent" for c in verb.children):
        return False
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)]
    return any(c.dep_ in {"dobj", "prep"} and c.i < x.i for x in infinitives for c in verb.children)


AGENT_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}
SCENE_PREPS = {"in", "at", "near", "on", "during", "after", "before", "since", "outside", "inside", "across",
               "for", "over"}


def _by_phrase(verb: Token) -> Token | None:
    """The object of a 'by' phrase that names who did it: a named country, group or person, or
    a noun they modify ('by Belarus police'); not 'by phone' or 'by decree'."""
    for child in verb.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            for pobj in (g for g in child.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS):
                if any(t.ent_type_ in AGENT_ENTITIES for t in pobj.subtree):
                    return pobj
    return None


def patient_of(verb: Token) -> Token | None:
    """Who a passive verb is done to: its passive subject, or the noun a participle modifies."""
    if verb.dep_ == "acl" and is_reduced_passive(verb):
        return verb.head
    if _opening_participle(verb):
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    own = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "pleaded guilty and was sentenced to life": the subject both verbs share
        return next((c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    return own


# Speech acts that the parser sometimes conjoins to a reported copula instead of to the
# reporting verb: "X said the launch was a provocation and urged Y to stop".
DIRECTIVE_VERBS = {"urge", "demand", "warn", "accuse", "vow", "pledge", "threaten", "ask",
                   "appeal", "condemn", "reject", "deny", "insist", "promise", "press",
                   "dismiss", "call", "blame", "criticize", "criticise", "denounce"}
REPORTING_VERBS = {"say", "tell", "add", "state", "announce", "claim", "insist"}
# Verbs whose object is a means: who uses it does what it is used to do
INSTRUMENT_VERBS = {"use", "employ"}


CALLING_VERBS = {"telephone", "phone", "ring", "visit", "meet"}  # whoever calls does what the call is for


def asks_through(verb: Token, preps: tuple[str, ...]) -> bool:
    """Whether the verb has one of `preps` as a preposition of asking ("called on X to ..."),
    not of a date ("phoned him on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
               for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token that acts: the subject, the passive agent, or one inherited from the clause
    this verb hangs on (conjoined verbs, control verbs, relative and adverbial clauses)."""
    if depth > 4:
        return None
    passive = is_passive(verb)
    if passive and is_reduced_passive(verb):
        return _by_phrase(verb)
    for child in verb.children:
        if passive and child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if passive:  # "were beaten and killed by militias": the agent the conjoined participle names
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
            agent = next((c for c in conj.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not passive and len(subjects) > 1 and subjects[0].pos_ == "ADJ" and subjects[1].pos_ == "PROPN" \
            and not any(c.dep_ in {"amod", "conj"} for c in subjects[0].children):
        return subjects[1]  # "Sudan's paramilitary Rapid Support Forces shelled": the name, not its epithet
    for child in verb.children:
        if not passive and child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head
            if child.dep_ == "csubj" and child.tag_ in {"VBN", "VBD"}:  # "The Hong Kong based Commission
                return next((g for g in child.children if g.dep_ == "dobj"), child)  # appealed"
            return child
    if passive:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head
        if verb.lemma_.lower() in DIRECTIVE_VERBS and head.dep_ == "ccomp" and (
                head.lemma_.lower() == "be" or head.head.lemma_.lower() in REPORTING_VERBS):
            return subject_of(head.head, depth + 1)  # "X said it was a provocation and urged Y"
        return subject_of(head, depth + 1)
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in INSTRUMENT_VERBS or (
            verb.head.lemma_.lower() in CALLING_VERBS and not asks_through(verb.head, ("on", "upon")))):
        # "police used batons to disperse": the police did; "phoned Yanukovych to congratulate
        # him": the caller did (but "called on X to do" asks X)
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "xcomp":
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is None and verb.head.pos_ in {"VERB", "AUX"} and not is_reduced_passive(verb.head):
            # control and raising through a passive: "Turkey is set to send", "Serbia was forced to withdraw"
            obj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        return obj or subject_of(verb.head, depth + 1)
    if verb.dep_ in {"acomp", "oprd"}:  # "Norway is willing to ...": the copula's subject
        return subject_of(verb.head, depth + 1)
    if verb.dep_ in {"advcl", "ccomp", "pcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "acomp":
        return subject_of(verb.head.head.head, depth + 1)  # "pleaded guilty to murdering", "was guilty of"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "npadvmod" \
            and verb.head.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head.head.head, depth + 1)  # "took refuge, a day after pulling out": who took it
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "accused Washington of arming Taiwan": the object is the one who arms; "raped a girl
        # before murdering her": time and manner phrases keep the clause's own subject
        obj = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if verb.head.lower_ in TIME_PREPS:
            obj = None
        if obj is None and is_passive(verb.head.head):  # "was accused by Washington of arming": the accused
            obj = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        return obj or subject_of(verb.head.head, depth + 1)
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ in {"VERB", "AUX"} \
            and verb.head.head.lemma_.lower() in SUPPORT_VERBS:
        return subject_of(verb.head.head, depth + 1)  # "issued a statement condemning X"
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return None


# Verbs whose subject is the actor of the event noun they take: "imposed sanctions on",
# "held talks with", "cast doubt on", "expressed support for", "launched an attack on".
SUPPORT_VERBS = {
    "impose", "reimpose", "slap", "hold", "have", "make", "conduct", "carry", "stage", "mount", "launch",
    "express", "voice", "cast", "lodge", "file", "level", "issue", "announce", "sign", "seal",
    "reach", "conclude", "strike", "give", "provide", "offer", "send", "deliver", "extend",
    "grant", "pledge", "approve", "unveil", "begin", "start", "continue", "resume", "step",
    "escalate", "intensify", "tighten", "expand", "broaden", "renew", "host", "attend", "join",
    "raise", "register", "deploy", "order", "take", "pay", "open", "enter", "declare", "state",
    "show", "reaffirm", "repeat", "reiterate", "deepen", "strengthen", "boost", "know",
    "organize", "organise", "lead", "call", "undertake", "wage", "unleash", "commit",
    "publish", "release", "adopt", "pass", "donate", "ship", "airlift", "hand", "contribute",
    "allocate", "earmark", "disburse", "lift", "reintroduce", "enforce",
    "institute", "maintain", "speed", "accelerate", "complete", "finish", "restore",
    "form", "forge", "increase", "ramp", "lay", "aim",
}
QUANTITIES = {"dollar", "euro", "pound", "ton", "tonne", "kilogram", "kg", "worth", "million",
              "billion", "package", "shipment", "batch", "consignment", "load", "round", "lot",
              "amount", "supply", "tranche", "unit", "dose", "state", "set", "series", "raft",
              "wave", "slew", "day", "week", "month", "hour", "year"}
# Prepositions by which a subject takes part in an event noun: "spoke at a meeting with X".
PARTAKING_PREPS = {"at", "in", "during", "after", "following", "through", "via", "since"}
# Verbs of going somewhere whose "for" names what the traveller takes part in: "flew to Beijing for talks with X".
TRAVEL_VERBS = {"travel", "fly", "arrive", "come", "go", "head", "journey", "land",
                "be"}  # "was in Tel Aviv for talks with ..."
# Verbs of answering whose "with" names the act the subject answered with: "retaliated with sanctions".
RESPONSE_VERBS = {"respond", "retaliate", "react", "reply", "answer", "hit"}


# Prepositions of what came before: the subject took part in talks it speaks "after", not in
# an attack ("offered talks following the invasion of X": someone else invaded).
SEQUEL_PREPS = {"after", "following", "since"}


def governing_verb(noun: Token, joint: bool = True) -> Token | None:
    """The verb whose subject is the actor of an event noun: the noun is that verb's object
    and the verb a support verb ('imposed sanctions'), or the noun follows it through a
    preposition of taking part ('said at a meeting with X'; for a `joint` event, one two
    sides hold, also 'said after talks with X')."""
    node = noun
    for _ in range(6):
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return None
        head = node.head
        if head.pos_ == "ADJ":  # "made known its disagreement"
            node = head
            continue
        if node.dep_ in {"dobj", "attr", "oprd"} and head.pos_ in {"VERB", "AUX"}:
            return head if head.lemma_.lower() in SUPPORT_VERBS else None
        if node.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in SUPPORT_VERBS:
            return head  # "aid will be delivered to Gaza by the EU": the agent gave it
        measure = _quantity_step(node)
        if measure is not None:
            node = measure  # "5 million dollars of aid": the aid is what was given
            continue
        if node.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ == "with" and head.head.lemma_.lower() in RESPONSE_VERBS and head.head.pos_ == "VERB":
                return head.head  # "responded with air strikes on Gaza": the responder struck
            if (head.lower_ not in PARTAKING_PREPS or not joint and head.lower_ in SEQUEL_PREPS) and not (
                    head.lower_ == "for" and head.head.lemma_.lower() in TRAVEL_VERBS):
                return None
            if head.head.pos_ in {"VERB", "AUX"}:
                return head.head
            if not joint:
                return None  # "killed five in the latest attack of the revolt": the revolt is no one's act here
            node = head.head
            continue
        if node.dep_ in {"conj", "appos"}:
            node = head
            continue
        return None
    return None


# Land and sea as a clause's subject: "the borders of X and Y meet" is no meeting of X and Y
GROUND_NOUNS = {"border", "frontier", "boundary", "territory", "coast", "coastline", "waters", "airspace",
                "soil", "land", "river", "mountain"}


# Participles after a hyphen that make the actor before them the phrase's: "the Saudi-led
# coalition", "rebel-held towns", "Taliban-controlled districts" (not "Iran-backed": a patron)
LEADING_PARTICIPLES = {"led", "held", "controlled", "occupied", "run", "ruled", "dominated"}


def actors_of(token: Token | None, mentions: MentionIndex, depth: int = 0) -> list[Mention]:
    """The actors a noun phrase names: itself, else its appositive ("its ally Bolivia"), else its
    possessor or national adjective ("Iran's claim", "U.S. allegations"); failing those, its
    'of'-phrase ("the government of Iran"), the agent of a participle ("evidence presented by
    X") or the subject of a relative clause ("the sanctions the US imposed"); and the same for
    each conjunct."""
    if token is None or depth > 3:
        return []
    found: list[Mention] = []
    own = mentions.at(token)
    if own:
        found.append(own)
        found += mentions.also.get(id(own), [])  # "they": each of the actors it stands for
        for child in token.children if token.dep_ in LIST_ROLES else ():
            # "Saudi Arabia, the UAE and Egypt severed ties": a list the parser read as apposition
            if child.dep_ == "appos" and listed_with(own, mentions.at(child)):
                found += actors_of(child, mentions, depth + 1)
        start, end = mentions.spans[id(own)]
        for child in token.children if token.dep_ in LIST_ROLES else ():
            if child.dep_ == "compound" and child.i < start and any(t.dep_ == "cc" for t in child.subtree):
                # "US President Donald Trump and North Korean leader Kim Jong Un met": a list
                # the parser folded into the last name
                for t in child.subtree:
                    listed = mentions.at(t)
                    if listed is not None and listed.kind not in {"place", "pronoun"} \
                            and all(listed is not m for m in found):
                        found.append(listed)
        for inner in token.doc[start:end]:  # "delegations from Armenia and Azerbaijan", "... of X, Y and Z"
            if inner.head.dep_ == "prep":
                found += [m for c in inner.conjuncts if c.i >= end and c.pos_ == "PROPN"
                          and (m := mentions.at(c)) is not None]
    elif token.lower_ in LEADING_PARTICIPLES and token.dep_ == "amod":
        # "the Saudi-led coalition": its leader's; "rebel-held towns": their holders'
        found += [m for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod"}
                  and (m := mentions.at(c)) is not None]
    elif token.pos_ == "VERB" and token.dep_ in {"nsubj", "nsubjpass"}:
        # a mis-parsed subject: "The Red Cross operating in Iraq said" -> the Red Cross
        found += actors_of(next((c for c in token.children if c.dep_ == "nsubj"), None),
                           mentions, depth + 1)
    elif token.dep_ == "nsubj" and token.lemma_.lower() in GROUND_NOUNS:
        pass  # "where the borders of Djibouti and Eritrea meet": land does not act for its country
    elif token.pos_ in NOUN_POS | {"ADJ", "NUM", "X"}:
        # an apposition names the referent itself: "their ally Venezuela", "its neighbour, Chad"
        found += [m for c in token.children if c.dep_ == "appos" and (m := mentions.at(c)) is not None
                  and not any(t.text in {":", "—", "–", "-"} for t in token.doc[token.i + 1 : c.left_edge.i])]
        for child in token.children if not found else ():
            if child.dep_ == "poss" and child.pos_ != "PRON":  # "Sweden's NATO bid": not the goal's
                found += actors_of(child, mentions, depth + 1)
        for child in token.children if not found else ():
            if child.dep_ in MODIFIERS:
                found += actors_of(child, mentions, depth + 1)
        if not found:
            for holder in _holders(token):
                found += actors_of(holder, mentions, depth + 1)
        if not found and depth == 0:
            found += issuer_of(token, mentions)
    for child in token.children:
        if child.dep_ == "conj":
            found += actors_of(child, mentions, depth)
    if token.dep_ == "nsubj" and depth == 0:
        found += actors_of(_comma_subject(token), mentions, depth + 1)
    return _most_specific(_unique(found))


def _comma_subject(subject: Token) -> Token | None:
    """Headline style "Vietnam, Cambodia sign trade pact": the name before the comma that
    opens the sentence, parsed as a modifier of the verb, is a subject too."""
    start = subject.sent.start
    if subject.i - start != 2 or subject.doc[start + 1].text != ",":
        return None
    first = subject.doc[start]
    ok = first.dep_ == "npadvmod" and first.head.i == subject.head.i and first.pos_ == "PROPN"
    return first if ok else None


# Nouns for what an actor issues, whose definite mention refers back to the one told before:
# "The Security Council adopted a resolution ... The resolution calls for ..."
DOCUMENT_NOUNS = {"resolution", "statement", "report", "declaration", "communique", "communiqué", "letter",
                  "proposal", "plan", "initiative", "ultimatum", "offer", "decree", "bill", "verdict", "ruling"}
ISSUER_WINDOW = 8  # sentences
# Verbs whose subject issues the document it takes ("the Council adopted a resolution"); who
# welcomes or discusses a resolution did not issue it
ISSUING_VERBS = {"adopt", "pass", "issue", "approve", "draft", "release", "publish", "table", "sponsor",
                 "propose", "submit", "send", "sign", "deliver", "present", "unveil", "introduce", "put",
                 "make", "write", "announce", "circulate", "hand", "give"}


def issuer_of(noun: Token, mentions: MentionIndex) -> list[Mention]:
    """'the resolution': the actors of the same noun told earlier in the story, through its
    owner ('the UN resolution', 'the Council's resolution') or the subject of the verb it was the
    object of ('the Council adopted a resolution')."""
    lemma = noun.lemma_.lower()
    numbered = any(c.dep_ == "nummod" for c in noun.children)  # "Resolution 1737 demands ..."
    if noun.pos_ != "NOUN" or lemma not in DOCUMENT_NOUNS or not numbered and not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return []
    start = noun.sent.start
    if start == 0:
        return []
    sents = list(noun.doc[max(0, start - 400) : start].sents)[-ISSUER_WINDOW:]
    for sent in reversed(sents):
        for earlier in reversed(list(sent)):
            if earlier.i >= start or earlier.lemma_.lower() != lemma or earlier.pos_ not in {"NOUN", "PROPN"}:
                continue  # (a name: "adopted Resolution 1718")
            owners = [m for c in earlier.children if c.dep_ in MODIFIERS for m in actors_of(c, mentions, 1)]
            if not owners and earlier.dep_ in {"dobj", "nsubjpass"} and earlier.head.pos_ == "VERB" \
                    and earlier.head.lemma_.lower() in ISSUING_VERBS:
                owners = actors_of(subject_of(earlier.head), mentions, 1)
            if owners:
                return owners
    if lemma in VOTED_TEXTS:  # "The Security Council voted to impose sanctions. ... the resolution": its voter
        for sent in reversed(sents):
            for verb in (t for t in sent if t.lemma_.lower() == "vote" and t.pos_ == "VERB"):
                voters = actors_of(subject_of(verb), mentions, 1)
                if voters:
                    return voters
    return []


VOTED_TEXTS = {"resolution", "bill", "motion"}  # texts a body votes for: the body that voted issued them


def _holders(noun: Token) -> list[Token]:
    """Phrases that say whose a thing is when no possessor does."""
    out = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "by", "from", "for"}:  # "an offer from Kabul"
            if child.lower_ == "from" and noun.pos_ == "PROPN":
                continue  # "flew back to Karachi from Dubai": a name is no one's offer
            out += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and is_passive_participle(child):
            for agent in (c for c in child.children if c.dep_ == "agent"):
                out += [g for g in agent.children if g.dep_ == "pobj"]
        elif child.dep_ == "relcl" and child.lemma_.lower() not in REPORTING_VERBS and not any(
                # "protests in which police killed 14", "a boat that officials said was carrying drugs": not theirs
                c.dep_ == "prep" and any(g.lower_ in RELATIVIZERS for g in c.children) for c in child.children):
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in RELATIVIZERS:
                out.append(subj)
    return out


def _most_specific(mentions: list[Mention]) -> list[Mention]:
    """Drop a bare country when the same phrase also names a sector of it (IRN vs IRNMIL)."""
    with_sector = {m.country for m in mentions if m.sector}
    return [m for m in mentions if m.sector or m.country not in with_sector]


def is_passive_participle(token: Token) -> bool:
    return token.tag_ == "VBN" or any(c.dep_ == "agent" for c in token.children)


def objects_of(verb: Token) -> list[Token]:
    """The direct objects of a verb, looking through a quantity or container noun: in "agreed
    a package of sanctions" the object that names the event is "sanctions"."""
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
            if obj.lower_ == "which" and (verb.head.tag_ == "NNS" or verb.head.ent_type_ == "PERSON"):
                continue  # "support for Somali militants, which Eritrea denied": not the people
            if verb.head.ent_type_ in PLACE_ENTITIES and any(c.dep_ == "prep" and c.lower_ == "on"
                                                             for c in verb.children):
                continue  # "a strike in Damascus, which Tehran blamed on Israel": the act, not the place
                # ("Eritrea, which Addis Ababa accuses of arming rebels" is Eritrea)
            obj = verb.head  # "al-Shabaab, whom Nairobi blames": the noun the clause describes
        out.append(obj)
        if obj.lemma_.lower() in QUANTITIES:
            out += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    if not out and verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVIZERS for c in verb.children) and not any(
            c.dep_ in {"ccomp", "xcomp", "dative"} for c in verb.children) and not any(
            t.lower_ in RELATIVIZERS or t.tag_ in {"WRB", "WDT", "WP"} for t in verb.subtree):
        out = [verb.head]  # "a charge the government denied": the described noun is the gapped object
    if not out:  # "soldiers on Monday detained opposition leader X": the name parsed as a modifier
        out = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ == "PROPN"
               and c.ent_type_ not in {"DATE", "TIME"}]
    if not out:  # "Egypt sentences Morsi to death": a name next to the verb taken for an adverb
        out = [c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1 and c.text[:1].isupper()
               and c.ent_type_ in NAME_ENTITIES]
    return out


def prep_objects(head: Token, preps: tuple[str, ...], *, through_object: bool = False) -> list[Token]:
    """Objects of the given prepositions under `head`; with `through_object`, also under the
    verb's direct object ("signed agreements with Turkey")."""
    out = []
    children = list(head.children)
    if through_object:  # ... or under its passive subject ("sanctions on Iran were eased by the EU")
        for obj in objects_of(head) + [c for c in head.children if c.dep_ == "nsubjpass"]:
            children += list(obj.children)
    for child in children:
        if child.dep_ == "dative" and child.pos_ in NOUN_POS:  # "gave Tanzania a grant"
            out.append(child)
        elif child.dep_ in {"advcl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ in preps for g in child.children):
            # "calls for Hamas to end ...", "called for Ethiopian troops to be withdrawn": a clause
            # marked by the preposition
            out += [g for c in (child, *child.conjuncts) for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
        elif child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in COMPOUND_PREP_HEADS or (  # "pulled out of Syria",
                child.dep_ == "advmod" and child.lower_ in SPLIT_PARTICLES):  # "handed it back to China"
            out += [g for c in child.children if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"]
    return out


# Adverbs the parser takes for a preposition with another under it: "out of", "away from"
COMPOUND_PREP_HEADS = {"out", "away", "back", "off"}


# Prepositions by which the complement of a stated act names whom it is aimed at
COMPLEMENT_PREPS = ("to", "against", "at", "with", "into", "toward", "towards", "from")


def complement_objects(verb: Token, depth: int = 3) -> list[Token]:
    """Whom the infinitive complement of a verb of stance acts on ("threatened to deliver blows to
    Israel", "refused to hand the suspects over to Kenya"): down the chain of xcomp verbs, each
    verb's objects of its prepositions of direction, then its direct objects ("refused to hand
    over bin Laden to the US" is refused to the US), nearest first."""
    found: list[Token] = []
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}):
        found += prep_objects(comp, COMPLEMENT_PREPS, through_object=True) + objects_of(comp)
        if depth > 1:
            found += complement_objects(comp, depth - 1)
    return found


def clause_subject(head: Token) -> Token | None:
    """The subject of the content clause under a verb or noun ('allegations that X did')."""
    for child in head.children:
        if child.dep_ in {"ccomp", "acl"} and (child.pos_ in {"VERB", "AUX"} or child.dep_ == "ccomp" and any(
                g.dep_ == "mark" for g in child.children)):  # "that President X resign", its verb read as a noun
            subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None:  # "demanded that President Kenyatta resign", the name parsed as a compound
                subj = next((c for c in child.children if c.dep_ == "compound" and c.i < child.i
                             and c.pos_ == "PROPN"), None)
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


def _quantity_step(node: Token) -> Token | None:
    """One step up from a noun to the quantity that measures it ("aid" of "dollars of aid"; "worth"
    to "million" in "two million euros worth of aid"), or None."""
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" \
            and head.head.lemma_.lower() in QUANTITIES:
        return head.head
    if node.dep_ in {"amod", "compound", "nmod", "appos"} and node.lemma_.lower() in QUANTITIES \
            and head.lemma_.lower() in QUANTITIES and head.i != node.i:
        return head
    return None


def quantity_head(noun: Token) -> Token:
    """The outermost quantity an event noun is measured by: "aid" in "two million euros worth of
    aid" -> "million"; the noun itself when none."""
    node = noun
    while (measure := _quantity_step(node)) is not None:
        node = measure
    return node
