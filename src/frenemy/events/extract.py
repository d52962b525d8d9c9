"""Events: who did what to whom, read from each sentence's dependency parse.

For every predicate in the lexicon (a verb, with its particle, or an event noun) that
`factuality.blocked` lets through, the source and target actors are found by syntax
(`arguments`), and one event is coded for each source-target pair. A second rule codes
evaluations: when an actor says another actor's act or evidence is convincing or a
catastrophe, the speaker SUPPORTs or ACCUSEs that actor.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actors import MentionIndex
from ..grammar.arguments import (
    COMPOUND_PREP_HEADS,
    QUANTITIES,
    RELATIVIZERS,
    SPLIT_PARTICLES,
    SUPPORT_VERBS,
    actors_of,
    clause_subject,
    complement_objects,
    governing_verb,
    is_passive,
    is_reduced_passive,
    objects_of,
    patient_of,
    prep_objects,
    quantity_head,
    subject_of,
)
from ..grammar.factuality import (
    CLAIM_NOUNS,
    DENIAL_VERBS,
    Verdict,
    assess,
    blocked,
    has_condition,
)
from ..grammar.speech import quote_verbs
from ..records import Document, Event, Mention, same_person
from .lexicon import PLACING_PREPS, Frame, Lexicon
from .timing import background

SPEECH_VERBS = quote_verbs() | {"find", "call", "describe", "judge", "consider", "deem", "urge",
                              "underline", "demand"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}  # "X and Y held talks": each with the other
FORCE_SECTORS = {"MIL", "COP", "POL", "SPY", "UAF"}  # a source's own forces are what it sends
ARMED_GROUPS = {"REB", "INS", "SEP"}  # armed sectors that are no state's forces
OWN_FORCES_TYPES = {"AID", "AGREE", "MOBILIZE"}  # never aimed at the source's own forces
RECIPROCAL_CAMEO = {"057"}  # "X and Y signed an agreement"
THIRD_PARTY_CAMEO = {"043", "045"}  # who host or mediate together do not meet each other: "mediated by Qatar and Egypt"
THIRD_PARTY_VERBS = {"host", "mediate", "broker", "facilitate", "sponsor", "convene", "organise", "organize"}
# "X and Y clashed", "exchanged fire", "swapped prisoners", "agreed a truce": each with the other
RECIPROCAL_LEMMAS = {"clash", "exchange fire", "exchange gunfire", "trade fire", "exchange shot",
                     "exchange accusation", "trade accusation", "exchange threat", "trade threat",
                     "exchange prisoner", "swap prisoner", "swap", "disengage",
                     "ceasefire", "truce", "armistice", "declare ceasefire",  # "X and Y declared a truce"
                     # ties between two: "X and Y restored relations", "... severed ties"
                     "establish relation", "establish tie", "restore relation", "restore tie",
                     "normalise relation", "normalize relation", "normalize tie", "break relation",
                     "break tie", "cut tie", "sever relation", "sever tie", "downgrade relation",
                     "downgrade tie", "suspend tie"}
# Stated intent: a cooperative act becomes AGREE, a hostile one THREATEN (CAMEO 03x / 13x).
INTENT_CODES = {"AID": ("AGREE", "033"), "COOPERATE": ("AGREE", "031"), "SUPPORT": ("AGREE", "032"),
                "CONSULT": ("AGREE", "036"), "RETREAT": ("AGREE", "035"), "CONCEDE": ("AGREE", "035"),
                "ASSAULT": ("THREATEN", "138"), "MOBILIZE": ("THREATEN", "138"),
                "COERCE": ("THREATEN", "137"), "SANCTION": ("THREATEN", "131"),
                "PROTEST": ("THREATEN", "133")}
OBLIGATION = {"must", "should", "ought"}
COPULAS = {"be", "remain", "seem", "look", "appear", "prove", "become", "sound"}


def extract_events(
    document: Document, parsed: Doc, mentions: MentionIndex, lexicon: Lexicon
) -> list[Event]:
    """Stage function: every event of one parsed document, one per sentence, dyad and type."""
    events: list[Event] = []
    triggers = lexicon.triggers(parsed.vocab, TRIGGER_VERBS, TRIGGER_NOUNS)(parsed)
    for index, sent in enumerate(parsed.sents):
        found: dict[tuple[str, str, str], Event] = {}
        # only a trigger word can start a frame, speech act or demand
        for token in (parsed[i] for i in sorted(triggers) if sent.start <= i < sent.end):
            told = [*events, *found.values()] if found else events  # "X sealed the border, a move Y
            # called illegal": the events of the sentence so far too
            for event in _events_at(token, index, sent, document, mentions, lexicon, told):
                key = (event.source, event.target, event.plover)
                if key not in found or event.confidence > found[key].confidence:
                    found[key] = event
        if not found:
            for event in _nearest_actor_events(index, sent, document, mentions, lexicon, triggers):
                found.setdefault((event.source, event.target, event.plover), event)
        events.extend(sorted(_most_specific_events(found.values()), key=lambda e: e.start))
    return events


def _most_specific_events(events: Iterable[Event]) -> list[Event]:
    """One event of a sentence per dyad and type: "Iran threatened to launch an offensive
    against Baghdad ... in its war with Iraq" is one threat, to IRQGOV, not also one to IRQ."""
    events = list(events)

    def covered(e: Event) -> bool:
        return any(o is not e and o.plover == e.plover and o.source.startswith(e.source)
                   and o.target.startswith(e.target) and len(o.source) + len(o.target) > len(e.source)
                   + len(e.target) for o in events)
    return [e for e in events if not covered(e)]


# Subordinators of a clause that tells of another event: "..., hours after Seoul began drills"
OTHER_EVENT_MARKS = {"after", "before", "when", "while", "since", "until", "as", "because",
                     "although", "though", "whereas", "once"}


def _reports(mention: Mention, sent: Span, mentions: MentionIndex) -> bool:
    """The mention is who reports the sentence ("..., South Korea's military said")."""
    start, end = mentions.spans[id(mention)]
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS
               for t in sent.doc[start:end])


def _scene(mention: Mention, sent: Span, mentions: MentionIndex, venue: bool = False) -> bool:
    """A place named in a phrase of place or time ("in Brussels", "after the Singapore summit"):
    where or when something happened, not whom it was aimed at. With `venue` (a meeting) a
    country in a phrase of place is the venue too ("met in Singapore")."""
    if mention.kind not in {"place", "capital", "country"}:
        return False
    node = sent.doc[mentions.spans[id(mention)][1] - 1]
    while node.dep_ in {"compound", "appos"} and node.head.i != node.i:
        node = node.head  # "in Baku, Azerbaijan": the country placed by its city's phrase
    if node.dep_ != "pobj":
        return False
    prep = node.head.lower_
    return prep in TIME_PHRASES or prep in PLACE_PHRASES and (venue or mention.kind != "country")


def _topic(mention: Mention, predicate: Token, mentions: MentionIndex) -> bool:
    """The mention is in the predicate's phrase of topic ("talked about Sudan") or of naming
    ("condemned the launch as a violation of U.N. resolutions"): what is spoken of or what
    the act is called, not whom it is aimed at."""
    node = predicate.doc[mentions.spans[id(mention)][0]]
    while node.i != predicate.i and node.head.i != node.i:
        if (node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in TOPIC_PREPS
                or node.dep_ == "pobj" and node.head.lower_ == "as" and predicate.lemma_.lower() in JUDGING_VERBS
                ) and node.head.head.i == predicate.i:
            return True
        node = node.head
    return False


TOPIC_PREPS = {"about", "regarding", "concerning"}  # and "as" after a verb of judging: "as a violation of X"
JUDGING_VERBS = {"condemn", "denounce", "criticize", "criticise", "deplore", "slam", "decry", "blast",
                 "censure", "describe", "brand", "label", "characterize", "characterise", "welcome", "hail",
                 "praise", "reject", "dismiss", "see", "view", "regard"}
# A city in these is a scene ("met in Brussels"); a country may be the target ("aid to refugees
# in Liberia"), except in a phrase of time ("praised Kim after the Singapore summit").
PLACE_PHRASES = {"in", "at", "near", "outside", "inside", "throughout"}
FIGHTING_VERBS = {"fight", "battle"}  # two sides that fought with no target named fought each other
# fighting that two sides do: "seized the town after fighting with the army" was the group's own
FIGHTING_NOUNS = {"fighting", "clash", "battle", "skirmish", "firefight", "gunbattle", "gunfight", "combat"}
# acts that answer another's act: with no target named, aimed at whoever provoked them
RETALIATION_LEMMAS = {"retaliate", "return fire", "revenge", "retaliation", "avenge", "vengeance", "reprisal",
                      "counterattack", "counteroffensive", "hit back", "strike back", "reserve right"}
HOSTING_VERBS = {"receive"}  # a visit only when who is received is named as the object
VENUE_TYPES = {"CONSULT"}  # meetings, whose place phrase is where they met
TIME_PHRASES = {"during", "after", "before", "since", "following"}


def _nearest_actor_events(index: int, sent: Span, document: Document, mentions: MentionIndex,
                          lexicon: Lexicon, triggers: Container[int]) -> Iterable[Event]:
    """When the parse gives no event in a sentence, read the first factual predicate with the
    nearest actors: the one before it as source, the first other one after it (and its
    conjuncts) as target. A lower-confidence reading, as pattern coders like TABARI do."""
    for token in (sent.doc[i] for i in sorted(triggers) if sent.start <= i < sent.end):
        frame = _frame(token, lexicon)  # no trigger word, no frame
        if frame is None:
            continue
        if background(token, document.date) or _headline_passive(token, frame, index, document):
            continue
        if _lends_to_its_object(token, frame, lexicon):
            continue  # "launched an inquiry into the killings": the inquiry is the event, not a launch
        if frame.lemma in LEAVING_OFFICE | DEPARTURE_VERBS or _other_sense_by_object(token, frame):
            continue  # who a resignation yields to is a challenger the text names, not the next actor;
            # who left is known only from the parse
        if frame.prep_only and not prep_objects(token, frame.preps) and not _asks_to_do(token):
            continue  # "also called the Tamil Tigers": a name, not a call on anyone
        verdict = _intent_only(token, frame, assess(token, frame.plover, frame.polarity))
        if verdict is not None:
            original = frame.plover
            frame, verdict = _transformed(token, frame, verdict)
            if verdict is None and _troops_planned(token, original, frame):
                continue
        if verdict is not None:
            continue
        in_sentence = [m for m in mentions.mentions if sent.start_char <= m.start < sent.end_char]
        before = [m for m in in_sentence if m.end <= token.idx and m.kind != "place"]
        after = [m for m in in_sentence if m.start > token.idx]
        if token.pos_ != "VERB":
            continue  # an event noun with no actors around it is too loose a reading
        if token.lemma_.lower() in HOSTING_VERBS and any(
                c.dep_ == "dobj" and mentions.at(c) is None for c in token.children):
            continue  # "receives gas from Russia": goods received, no visitor
        subject = subject_of(token)
        if subject is None and is_reduced_passive(token):
            continue  # "a suspect imprisoned in Cuba": a description, with no one named doing it
        if subject is not None and mentions.at(subject) is None:
            continue  # something that is not an actor did it ("the campaign hit an obstacle")
        if subject is None and is_passive(token) and token.lemma_.lower() not in STATIVE_PARTICIPLES:
            continue  # a passive names its agent with "by" or not at all: what precedes is its patient
        sources = actors_of(subject, mentions) or before[-1:]
        if not sources:
            continue
        countries = {m.country for m in sources}
        other_clauses = [c for c in token.children if c.dep_ == "parataxis" or c.dep_ == "advcl"
                         and any(g.dep_ in {"mark", "advmod"} and g.lower_ in OTHER_EVENT_MARKS
                                 for g in c.children)]
        # what a relative clause says of a noun is no argument of this verb ("allowed refugees
        # who lived in Lebanon to return", "trained crews capable of attacking X")
        other_clauses += [c for t in token.subtree if t.i != token.i for c in t.children
                          if c.dep_ == "relcl" and not any(g.tag_ == "TO" for g in c.children)
                          or c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children)
                          or c.dep_ == "acl" and c.tag_ == "VBG"]  # "shoot Tibetans crossing into Nepal"
        other_clauses += [c for c in token.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and any(
            o.dep_ == "dobj" and o.i == c.i - 1 for o in token.children)]  # the same, parsed as the verb's
        if token.lemma_.lower() in SPEECH_VERBS:  # "talked about Sudan, saying ...": what was said
            other_clauses += [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                              and c.lemma_.lower() in SPEECH_VERBS]
        if token.lemma_.lower() in DENIAL_VERBS:  # "denied that it sent drones to X", "denies sending drones to X"
            other_clauses += [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}
                              or c.dep_ in {"advcl", "dobj"} and c.tag_ == "VBG"]
        # a clause conjoined with a subject of its own ("urged a ceasefire, and Uganda's president
        # has offered to mediate") tells another event
        other_clauses += [c for c in token.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                          and (any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                               or any(g.tag_ == "TO" for g in c.children))]  # "... and to take it to X"
        inside = {t.idx for t in token.subtree} - {t.idx for c in other_clauses for t in c.subtree}
        if frame.prep_only and frame.plover == "CONSULT":  # "flew back to Karachi from Dubai": to Karachi
            inside &= {t.idx for obj in prep_objects(token, frame.preps) for t in obj.subtree} - {
                t.idx for obj in prep_objects(token, frame.preps) for c in obj.children
                if c.dep_ == "prep" and c.lower_ not in frame.preps for t in c.subtree}
        venue = frame.plover in VENUE_TYPES
        after = [m for m in after if not _reports(m, sent, mentions) and not _scene(m, sent, mentions, venue)
                 and not _topic(m, token, mentions)]
        first = next((m for m in after if m.country not in countries and m.start in inside), None)
        if first is None:
            continue
        start = mentions.spans[id(first)][0]
        targets = actors_of(sent.doc[start], mentions) or [first]
        frame = _moved_back(token, frame)
        if frame.plover == "AGREE" and (_vows_a_penalty(token, lexicon) or _vows_hostility(token, lexicon)):
            frame = _with(frame, "THREATEN", "130")  # "vowed to deploy troops to the border with X"
        yield from _pairs(sources, targets, token, frame.plover, frame.cameo, 0.4,
                          index, sent, document, lexicon)
        return


def _headline_passive(token: Token, frame: Frame, index: int, document: Document) -> bool:
    """A headline's passive without its auxiliary and without an agent ("Government sued over
    deaths", "Fiji suspended from the Commonwealth"): a past-tense verb in the title with a
    subject and no object, complement, auxiliary or target preposition of its frame."""
    if index != 0 or not document.title or frame.pos != "VERB" or token.dep_ != "ROOT":
        return False
    if token.tag_ not in {"VBD", "VBN"} or prep_objects(token, frame.preps):
        return False  # "Iran protested against the US" names its target
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and not children & {"dobj", "ccomp", "xcomp", "aux", "auxpass", "dative", "agent"}


def _events_at(token: Token, index: int, sent: Span, document: Document,
               mentions: MentionIndex, lexicon: Lexicon, earlier: Sequence[Event] = ()
               ) -> Iterable[Event]:
    frame = _frame(token, lexicon)
    if frame is not None and frame.pos == "NOUN" and token.dep_ == "compound" and mentions.at(token):
        frame = None  # "riot police", "protest leaders": the noun names an actor, not an act
    if frame is not None and frame.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and token.lemma_.lower() == "protest" and token.head.head.pos_ == "VERB":
        frame = None  # "blocked the streets in protest at ...": the manner of the act it qualifies
    if frame is not None and frame.pos == "NOUN" and frame.plover == "MOBILIZE" \
            and token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() not in LIGHT_VERBS \
            and (held := _frame(token.head, lexicon)) is not None and held.plover in {"ASSAULT", "COERCE"}:
        frame = None  # "stoned an army patrol", "ambushed a convoy": what was attacked, not a deployment
    if frame is not None and _object_of_verb_frame(token, lexicon):
        frame = None  # "lifted the curfew" is one event, read from the verb
    if frame is not None and frame.pos == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} \
            and token.head.lemma_.lower() in SIGNING_VERBS:
        frame = None  # "signed a truce": the signing is the event (COOPERATE), the truce its text
    if frame is not None and _lends_to_its_object(token, frame, lexicon):
        frame = None  # "launched drills around Taiwan": the drills are the event
    if frame is not None and _describes_sanctions(token, lexicon):
        frame = None  # "sanctions targeting its gas exports" say what the sanctions hit
    if frame is not None and background(token, document.date):
        frame = None  # "seized power in a coup in 1999": context, not news
    if frame is not None and _headline_passive(token, frame, index, document):
        frame = None  # "President mocked in ad campaigns": done to the subject, by no one named
    if frame is not None and _other_sense_by_object(token, frame):
        frame = None  # "released a video", "flew refugees to Romania": publishing, carrying
    if frame is not None and frame.lemma in OBJECT_REQUIRED and frame.pos == "VERB" and not objects_of(token) \
            and not is_passive(token):
        frame = None  # "the news conference dissolved into a shouting match": no one dissolved anything
    verdict = assess(token, frame.plover, frame.polarity) if frame is not None else None
    if frame is not None:
        verdict = _intent_only(token, frame, verdict)
    threatened: list[Mention] = []
    original = frame.plover if frame is not None else ""
    if frame is not None and verdict is not None:
        frame, verdict = _transformed(token, frame, verdict)
        if frame.plover == "THREATEN":  # "... unless Israel rescinds": the threatened party
            threatened = actors_of(_condition_subject(token), mentions)
    if frame is not None and verdict is None:
        if frame.pos == "VERB":
            sources, targets, confidence = _verb_arguments(token, frame, mentions, lexicon)
            if frame.plover == "REJECT" and targets and {m.code for m in targets} <= {m.code for m in sources}:
                targets = []  # "a charge Correa denied", the charge put to Correa: answers who made it
        else:
            sources, targets, confidence = _noun_arguments(token, frame, mentions)
            requesters, granters = _on_request(token, frame, mentions)
            if requesters:  # "deployed troops at the request of Mozambique": Mozambique asked
                sources, targets = requesters, granters
            parties = _brokered_between(token, frame, mentions)
            if parties:  # "Moscow brokered a ceasefire between Armenia and Azerbaijan": they agreed it
                sources, targets, frame = parties, parties, _with(frame, "AGREE", "030")
        if not sources and targets and frame.plover in {"COERCE", "ACCUSE"} and token.pos_ == "VERB" \
                and token.lemma_.lower() in STATE_ACTS and is_passive(token) \
                and not any(c.dep_ == "agent" for c in token.children) and not _judicial_status(token):
            sources = _state_that_acted(token, targets, mentions)  # "he was jailed for ten years"
        if not sources and targets and frame.plover == "ASSAULT" and token.pos_ == "VERB":
            sources = _bombers_of_the_scene(token, mentions)  # "a car bomb outside Mosul killed ..."
        if not sources and frame.plover == "SANCTION" and token.pos_ == "VERB" and is_passive(token) \
                and not any(c.dep_ == "agent" for c in token.children):
            # "Zimbabwe was suspended from the Commonwealth": the body it is put out of did it
            sources = [m for g in prep_objects(token, ("from",)) for m in actors_of(g, mentions)
                       if m.country in {"IGO", "NGO"}]
            targets = targets or actors_of(patient_of(token), mentions)
        if original == "PROTEST" and frame.plover == "COERCE" and token.pos_ == "NOUN" \
                and token.dep_ in {"dobj", "nsubjpass"}:  # "police prevented the march by students"
            repressors = actors_of(subject_of(token.head), mentions)
            protesters = [m for m in sources if m.code not in {r.code for r in repressors}] or [
                m for g in prep_objects(token, ("of", "by")) for m in actors_of(g, mentions)]
            if repressors:  # who stopped the protest acts, on the protesters
                sources, targets = repressors, protesters or targets or _location(token, mentions)
        if not targets:
            frame = _sense_without_target(frame, sources)  # "workers went on strike"
        if frame.plover == "AGREE" and token.pos_ == "VERB" and (
                _vows_a_penalty(token, lexicon) or _vows_hostility(token, lexicon)):
            frame = _with(frame, "THREATEN", "130")  # "vowed that the plotters would pay a heavy price"
        hosted = token.pos_ == "NOUN" and quantity_head(token).head.lemma_.lower() in THIRD_PARTY_VERBS  # "hosted
        # seven hours of talks"
        if not targets and frame.pos == "VERB" and frame.plover == "AGREE" and len({m.code for m in sources}) == 1:
            # "Iraq accepted the proposal": whoever proposed it, before "X and Y agreed" (each other)
            targets = _earlier_event_source(token, index, lexicon, mentions, earlier, sources)
        if not targets and frame.cameo not in THIRD_PARTY_CAMEO and not hosted and (
                frame.plover in RECIPROCAL or frame.cameo in RECIPROCAL_CAMEO
                            or frame.lemma in RECIPROCAL_LEMMAS
                            or frame.lemma in FIGHTING_VERBS and len({m.code for m in sources}) > 1):
            targets = sources  # _pairs skips an actor paired with itself; "X and Y fought": each other
        retaliation = (frame.lemma in RETALIATION_LEMMAS or frame.lemma.split()[-1] in RETALIATION_LEMMAS
                       | {"response"}) and token.dep_ != "pobj"  # not the motive: "in retaliation for"
        if not targets and (frame.polarity == INTENT_ONLY or retaliation):
            # "would respond in kind", "returned fire", "vowed revenge": to who provoked
            targets = _provoker(sources, index, mentions, earlier)
        if not targets and frame.pos == "VERB" and frame.plover in RESPONSE_TYPES:
            targets = _earlier_event_source(token, index, lexicon, mentions, earlier, sources)
            confidence = 0.6 if targets else confidence
        if not targets and frame.pos == "VERB" and frame.plover == "ACCUSE":
            targets = _scene_of_condemned_act(token, lexicon, mentions) or _doer_of_told_act(
                token, sources, mentions)
        if not targets and frame.plover in SHARED_TARGET_TYPES | PRESSING_TYPES:
            # "met Y and offered an apology", "criticised Y and urged the release of activists"
            targets = _conjunct_target(token, sources, lexicon, mentions, frame.plover)
        if not sources and frame.plover == "MOBILIZE" and token.pos_ == "VERB" and is_passive(token):
            # "South Korean troops were put on alert": the forces' own state mobilised them
            sources = [m for m in actors_of(patient_of(token), mentions) if m.sector in FORCE_SECTORS]
            targets = [m for m in targets if m.sector not in FORCE_SECTORS]
        if targets and frame.plover in CONFLICT_TYPES and all(
                m.kind == "pronoun" and m.country in {s.country for s in sources} for m in targets):
            targets = _reporting_victim(token, sources, mentions) or targets
        if frame.cameo == "139" and frame.lemma.startswith("give ") and _told_to_leave(token):
            frame = _with(frame, "SANCTION", "166")  # "gave the diplomats 72 hours to leave": an expulsion
        elif frame.plover == "REQUEST" and frame.pos == "VERB" and targets and _told_to_leave(token) and any(
                t.lemma_.lower() in DIPLOMATIC_NOUNS for o in objects_of(token)
                for g in (o, *prep_objects(o, ("of",))) for n in (g, *g.conjuncts)
                for t in (n, *(c for c in n.children if c.dep_ == "compound"))):
            # "told the EU and Polish envoys to leave", "an embassy official": an expulsion
            frame = _with(frame, "SANCTION", "166")
        if frame.lemma in FOREIGN_BANS and frame.plover == "COERCE" and sources and targets and not (
                {m.country for m in sources} & {m.country for m in targets}) and all(
                m.kind != "place" and m.sector in {"", "BUS", "GOV", "MIL"} for m in targets):
            frame = _with(frame, "SANCTION", "163")  # "the EU banned Belarusian airlines": an embargo, not repression
        if frame.lemma in EXPEL_VERBS and targets and all(m.sector in DEPORTED_SECTORS for m in targets):
            frame = _with(frame, "COERCE", "174")  # "expelled hundreds of Malian migrants": deported
        if frame.lemma in HOSTING_VERBS and any(c.dep_ == "dobj" and mentions.at(c) is None for c in token.children):
            targets = []  # "began receiving Russian missiles": goods received, no visitor
        if frame.lemma in ALERT_FRAMES:  # "put its forces on alert": its own are no target
            targets = [m for m in targets if m.country not in {s.country for s in sources}]
        if not targets and frame.plover == "MOBILIZE" and sources and frame.lemma in ALERT_FRAMES:
            targets = _cause_subject(token, sources, mentions) or _provoker(sources, index, mentions, earlier)
        if not targets and frame.plover in PURPOSE_TARGET_TYPES:  # "blocked a road to protest against X"
            targets = _purpose_target(token, sources, mentions)
        if frame.lemma in LEAVING_OFFICE and frame.plover in {"CONCEDE", "REJECT"}:  # "resigned over X": not X;
            # "refused to resign": refused whoever demanded it
            targets = _yielded_to(sources, index, mentions)
        if not targets and (frame.plover in LOCATED_TYPES or original in LOCATED_TYPES):
            targets = _location(token, mentions)  # also a threat to impose a curfew somewhere
        if not targets and frame.lemma in EMERGENCY_RULE:
            targets = _own_country(sources)  # "Egypt's president declared a state of emergency"
        if frame.lemma in RECALLS:  # "Peru expelled a Chilean diplomat. Chile recalled its ambassador"
            targets = [m for m in targets if m.country not in {s.country for s in sources}] or _provoker(
                sources, index, mentions, earlier)  # from whoever provoked it, not from its own "its"
        if sources and frame.lemma in CIVIL_ACTS and frame.plover == original and all(
                m.sector in CIVIL_SECTORS for m in sources):
            # consumers boycott, truckers block a road, protesters storm an embassy: protest
            frame = _with(frame, "PROTEST", CIVIL_ACTS[frame.lemma])
        if frame.plover == "PROTEST" and sources and all(_is_state(m) for m in sources):
            # a state that protests lodges a diplomatic complaint (CAMEO 114), it does not march
            frame = _with(frame, "ACCUSE", "114")
            targets = [m for m in targets if m.kind != "place"]
        elif frame.plover == "PROTEST":
            if all(m.kind == "place" for m in targets):  # "demonstrated against the offensive": its doer
                targets = next((found for g in prep_objects(token, ("against", "over"))
                                if (found := _earlier_event_source(token, index, lexicon, mentions, earlier,
                                                                   sources, naming="-", judged=g))), targets)
            sources, targets = _protest_against_government(sources or _location(token, mentions),
                                                           targets)
        frame = _forces_arriving(token, frame, sources)
        if _leaves_a_body(token, frame, sources, targets):
            frame = _with(frame, "SANCTION", "160")  # "Mali withdrew from ECOWAS", "were leaving ECOWAS"
        elif frame.lemma in DEPARTURE_VERBS and not (_forces(subject_of(token), sources) and targets and all(
                m.kind in LAND_KINDS for m in targets)):
            return  # "the minister left Paris": a journey; "leaving four rebels dead": no leaving;
            # only forces that leave a land retreat from it
        if frame.lemma in DISMISSING_VERBS and frame.pos == "VERB" and any(
                (m := mentions.at(o)) is not None and m.kind in {"person", "group"} and m.sector
                and m.sector not in CIVIL_SECTORS for o in objects_of(token)) \
                and not any(o.ent_type_ not in {"DATE", "TIME"} for o in prep_objects(token, frame.preps,
                                                                                     through_object=True)):
            # "fired the defence minister", "dismissed the army chief"; not "fired Scud missiles at Israel"
            frame = _with(frame, "COERCE", "172")
        if (frame.lemma, frame.pos) == ("strike", "NOUN") and frame.plover == "ASSAULT" and sources \
                and all(m.sector in CIVIL_SECTORS for m in sources):
            frame = _with(frame, "PROTEST", "143")  # "workers walked out in a strike against the plan"
        elif (frame.lemma, frame.pos, frame.plover) == ("strike", "NOUN", "RETREAT") and sources \
                and all(m.sector in CIVIL_SECTORS for m in sources):
            frame = _with(frame, "CONCEDE", "080")  # "the union suspended its strike": a protest halted
        if frame.plover == "SANCTION" and frame.pos == "VERB" and sources and all(
                m.sector in BOYCOTTING_SECTORS for m in sources):
            frame = _with(frame, "PROTEST", "143")  # "shoppers shunned Japanese beer": a boycott
        if frame.lemma in WELCOMING_VERBS and frame.plover == original == "SUPPORT" and frame.pos == "VERB" \
                and _hosts_a_visitor(token, sources, mentions):
            frame = _with(frame, "CONSULT", "043")  # "Erdogan welcomed Herzog": a host receiving a visitor
        if frame.lemma in DEFACING_VERBS and frame.pos == "VERB" and any(
                c.lemma_.lower() in PROTEST_SYMBOLS for o in objects_of(token) for c in (o, *o.conjuncts)):
            frame = _with(frame, "PROTEST", "141")  # "burned Indian flags", "an effigy of the president"
        if frame.lemma == "raid" and _military_raid(token, sources):
            frame = _with(frame, "ASSAULT", "190")  # "Israeli jets raided", "air raids on Gaza"
        frame = _moved_back(token, frame)
        if original == "MOBILIZE" and sources and all(m.code in PEACEKEEPERS for m in sources):
            # UN and AU troops are peacekeepers: sending them is aid, or the intent to aid
            frame = _with(frame, *(("AGREE", "0334") if frame.plover == "THREATEN" else ("AID", "074")))
        elif _troops_planned(token, original, frame):
            return
        if threatened:
            targets = threatened
        yield from _pairs(sources, targets, token, frame.plover, frame.cameo, confidence,
                          index, sent, document, lexicon)
    if token.lemma_.lower() in SPEECH_VERBS | NAMING_AS and token.pos_ == "VERB":
        yield from _evaluations(token, index, sent, document, mentions, lexicon, earlier)
    if token.lemma_.lower() in DEMAND_NOUNS and token.pos_ == "NOUN":
        yield from _demand_noun(token, index, sent, document, mentions, lexicon)


RESPONSE_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST"}
INTENT_ONLY = "~"  # lexicon polarity of frames that hold only as stated intent
RESPONSE_WINDOW = 10  # sentences back a response looks for the act it answers
CONFLICT_TYPES = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# Frames of raising readiness, which answer whoever provoked them
ALERT_FRAMES = {"put on alert", "place on alert", "raise alert", "raise alert level", "alert", "readiness",
                "put on readiness", "place on readiness"}
BLAMING_VERBS = {"accuse", "blame", "cite"}
CAUSE_MARKS = {"after", "following", "because", "amid", "as"}


def _cause_subject(verb: Token, sources: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """The actor of the clause told as the cause: "troops were put on alert after North Korea
    issued threats" answers North Korea."""
    countries = {m.country for m in sources}
    for clause in verb.children:
        if clause.dep_ in {"advcl", "xcomp"} and clause.tag_ == "VBG" and clause.lemma_.lower() in BLAMING_VERBS:
            # "put its army on alert, accusing Azerbaijan of massing troops"
            found = [m for o in objects_of(clause) for m in actors_of(o, mentions) if m.country not in countries]
            if found:
                return found
        if clause.dep_ == "advcl" and any(c.lower_ in CAUSE_MARKS for c in clause.children if c.dep_ == "mark"):
            found = [m for m in actors_of(subject_of(clause), mentions) if m.country not in countries]
            if found:
                return found
        if clause.dep_ == "prep" and clause.lower_ in CAUSE_MARKS:  # "after Pyongyang's missile launch"
            for noun in (g for g in clause.children if g.dep_ == "pcomp" or g.dep_ == "pobj"):
                actor = subject_of(noun) if noun.pos_ == "VERB" else noun
                found = [m for m in actors_of(actor, mentions) if m.country not in countries]
                if not found and noun.pos_ == "NOUN":  # "after clashes in Kosovo", "amid tension with Iran"
                    found = [m for obj in prep_objects(noun, ("with", "in")) for m in actors_of(obj, mentions)
                             if m.country not in countries]
                if found:
                    return found
    return []


EXPEL_VERBS = {"expel", "deport", "expulsion"}
DEPORTED_SECTORS = {"REF", "CVL", "LAB", "EDU", "BUS", "REL", "HLH"}  # people, not diplomats


def _reporting_victim(predicate: Token, sources: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """"Ukraine said Russia shelled its power plants": a hostile act on "its" things, told by
    another actor, is aimed at the teller (no state reports an attacker hitting its own)."""
    node = predicate if predicate.pos_ == "VERB" else governing_verb(predicate)
    while node is not None and node.dep_ == "conj":
        node = node.head
    if node is None or node.dep_ != "ccomp" or node.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    countries = {m.country for m in sources}
    return [m for m in actors_of(subject_of(node.head), mentions) if m.country not in countries
            and m.kind != "place"]


def _provoker(sources: list[Mention], index: int, mentions: MentionIndex,
              earlier: Sequence[Event]) -> list[Mention]:
    """Who a threatened response answers: the source of the latest hostile act against one of
    the sources told in the ten sentences before."""
    countries = {m.country for m in sources}
    for event in reversed(earlier):
        if index - event.sent_index > RESPONSE_WINDOW:
            break
        if event.plover in CONFLICT_TYPES and event.target[:3] in countries and event.source[:3] not in countries:
            found = _source_mention(event, mentions)
            if found is not None:
                return [replace(found, confidence=0.6)]
    return []


# Leaving office yields (CAMEO 0831, accede to demands for a change in leadership) to whoever
# pressed for it: the domestic challengers named in the sentence or the one before ("after weeks
# of protests by the opposition"); with none named, it is no event.
LEAVING_OFFICE = {"resign"}
CHALLENGER_SECTORS = {"OPP", "CVL", "REB", "LAB", "EDU", "PTY", "LEG", "JUD"}


def _yielded_to(sources: list[Mention], index: int, mentions: MentionIndex) -> list[Mention]:
    """Who an officeholder's resignation yields to: the last domestic challenger named."""
    office = [m for m in sources if m.sector in STATE_SECTORS | {"ELI"} or m.kind == "person"]
    countries = {m.country for m in office}
    if not office or len(countries) != 1:
        return []
    challengers = [m for m in mentions.mentions if index - 1 <= m.sent_index <= index and m.country in countries
                   and m.sector in CHALLENGER_SECTORS and m.kind != "pronoun"]
    return challengers[-1:]


# An envoy recalled with no country named is recalled from whoever provoked it (see _provoker)
RECALLS = {"recall ambassador", "recall envoy", "recall diplomat"}
# Emergency rule declared with no place named is declared over the declaring state's own land
EMERGENCY_RULE = {"emergency", "curfew", "martial law", "impose curfew", "impose martial law"}
STATE_SECTORS = {"GOV", "MIL", "POL", "COP"}


def _own_country(sources: list[Mention]) -> list[Mention]:
    """The country of the state actors among the sources, as the place an order covers (no
    person: "Saakashvili declared a state of emergency" covers Georgia, not Saakashvili)."""
    states = [m for m in sources if m.sector in STATE_SECTORS or not m.sector and m.kind in {"country", "capital"}]
    return [replace(m, code=m.country, sector="", kind="place", confidence=0.6, person_id=None)
            for m in {m.country: m for m in states if m.country not in {"IGO", "NGO", "IMG"}}.values()]


def _source_mention(event: Event, mentions: MentionIndex) -> Mention | None:
    """The mention an earlier event was read from as its source, with the code the event gave
    it ("Georgians" protesting are GEOCVL)."""
    found = [m for m in mentions.mentions if m.sent_index == event.sent_index and m.text == event.source_text
             and m.country == event.source[:3]]
    exact = next((m for m in found if m.code == event.source), None)
    if exact is not None or not found:
        return exact
    return replace(found[0], code=event.source, sector=event.source[3:6])


PEACEKEEPERS = {"IGOUNO", "IGOAEU"}  # organisations whose deployed troops keep the peace (CAMEO 074)
DEFINITE = {"the", "this", "these", "that", "those"}


def _earlier_event_source(verb: Token, index: int, lexicon: Lexicon, mentions: MentionIndex,
                          earlier: Sequence[Event], sources: Sequence[Mention] = (), naming: str = "",
                          judged: Token | None = None) -> list[Mention]:
    """"Russia condemned the sanctions": the target is whoever imposed the sanctions an
    earlier sentence of the story told of (within ten sentences), placed on the noun. A noun
    that only refers back ("condemned the incident", "welcomed the move") takes the latest
    earlier event of another actor (a hostile one when the response is hostile). With `judged`,
    that noun (the subject of a verdict: "said the sanctions were illegal") instead of the
    verb's objects."""
    own_countries = {m.country for m in sources if m.sector not in NON_STATE_SECTORS}
    own_codes = {m.code for m in sources}
    for obj in objects_of(verb) if judged is None else [judged]:
        if verb.lemma_.lower() in DENIAL_VERBS and obj.lemma_.lower() in INVOLVEMENT_NOUNS:
            # "Chad denied any involvement": it answers whoever accused it, latest first
            accused = [e for e in reversed(earlier) if e.plover == "ACCUSE" and e.target[:3] in own_countries
                       and e.source[:3] not in own_countries and index - e.sent_index <= RESPONSE_WINDOW]
            source = _source_mention(accused[0], mentions) if accused else None
            if source is not None:
                return [replace(source, start=obj.idx, end=obj.idx + len(obj), confidence=0.6)]
            continue
        described = verb.dep_ in {"relcl", "acl"} and obj.i == verb.head.i  # "a charge Correa denied"
        act = obj.head.head if obj.head.dep_ == "dobj" else obj.head  # "expanded settlements, a step ..."
        if described and obj.lemma_.lower() in EVENT_REFERENCES and obj.dep_ in {"npadvmod", "appos"} \
                and act.pos_ == "VERB":
            # "North Korea fired missiles into the sea, a move the Council condemned": the act it is
            # set beside, done by that verb's subject
            doers = [m for m in actors_of(subject_of(act), mentions) if m.country not in own_countries]
            if doers:
                return [replace(m, start=obj.idx, end=obj.idx + len(obj), confidence=0.6) for m in doers]
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children) or (
            obj.lemma_.lower() in ASKING_NOUNS | DEMAND_NOUNS and obj.tag_ == "NNS"  # "rejected calls for a truce"
            and verb.lemma_.lower() in DENIAL_VERBS | {"resist", "ignore", "defy"}) or (
            naming and _refers_to_an_act(obj) and mentions.at(obj) is None)  # "described it as terrorism"
        # a definite object, or the definite subject a verdict is said of ("the protests were ...")
        if not described and not (definite and (judged is not None or obj.dep_ == "dobj")):
            continue
        claimed = (_claimant(verb, index, mentions, own_countries)
                   if obj.lemma_.lower() in CLAIM_NOUNS and verb.lemma_.lower() in DENIAL_VERBS else None)
        if claimed is not None:  # "dismissed the allegation": whoever made it, latest first
            later = [e for e in earlier if e.sent_index > claimed[0] and e.plover == "ACCUSE"
                     and e.source[:3] not in own_countries and index - e.sent_index <= RESPONSE_WINDOW]
            source = _source_mention(later[-1], mentions) if later else claimed[1]
            if source is not None:
                return [replace(source, start=obj.idx, end=obj.idx + len(obj), confidence=0.6)]
        own = _frame(obj, lexicon)
        if obj.lemma_.lower() in ASKING_NOUNS and (own is None or own.plover != "REQUEST"):
            own = lexicon.frame("request", "NOUN", "", "+")  # "rejected the call": a call to act
        asking = verb.lemma_.lower() in REQUEST_VERBS and not naming
        referring = (obj.lemma_.lower() in EVENT_REFERENCES | VIOLENCE_NOUNS or _refers_to_an_act(obj)) and not asking
        if not referring and (own is None or own.pos != "NOUN"):
            continue
        pattern = re.compile(rf"\b{re.escape(_stem(obj.lemma_.lower()))}", re.I)  # "the proposal": "proposed"

        def told(event: Event, pattern: re.Pattern[str] = pattern) -> bool:
            # the noun's word in an earlier sentence's event (in this sentence's own it always is)
            return event.sent_index != index and bool(pattern.search(event.sentence))
        hostile = naming == "-" or verb.lemma_.lower() in HOSTILE_RESPONSES or (
            own is not None and own.plover in CONFLICT_TYPES)
        forceful = obj.lemma_.lower() in VIOLENCE_NOUNS or (
            verb.lemma_.lower() in HOSTILE_RESPONSES and own is not None and own.plover in FORCE_TYPES)
        # "warned the crackdown would have consequences": an act of force, told in its own word or not
        judged_force = naming == "-" and own is not None and own.plover in FORCE_TYPES
        # told with the noun's own word first ("condemned the attack": the attack told, not a
        # later reprisal), then any of the noun's type
        latest = list(reversed(earlier))
        for event in [e for e in latest if told(e)] + [e for e in latest if not told(e)]:
            if index - event.sent_index > RESPONSE_WINDOW or event.source in own_codes:
                continue
            if event.source[:3] in own_countries and event.source[3:6] not in NON_STATE_SECTORS:
                continue  # a government condemns its own rebels' bombing, not its own act
            if forceful or judged_force and not told(event):  # "the violence", "the crackdown": the latest force
                if event.plover not in FORCE_TYPES:
                    continue
            elif referring and own is None:
                if hostile and event.plover not in CONFLICT_TYPES or event.plover in SPEECH_ACTS:
                    continue  # "supported the action": an act, not what someone said of it
                if verb.lemma_.lower() in PRAISING_VERBS and event.plover in FORCE_TYPES and not told(event):
                    continue  # "welcomed the decision": a decision taken, not the violence told before it
            elif event.plover != own.plover and not told(event):
                continue
            # with the others who did it with them ("U.S. and British warplanes struck ...")
            joint = [e for e in earlier if e.sent_index == event.sent_index and e.plover == event.plover
                     and e.predicate == event.predicate and e.target[:3] == event.target[:3]
                     and e.source[:3] not in own_countries] or [event]
            doers = [m for e in joint if (m := _source_mention(e, mentions)) is not None]
            if doers:
                return [replace(m, start=obj.idx, end=obj.idx + len(obj), confidence=0.6)
                        for m in {m.code: m for m in doers}.values()]
    return []


CLAIMING_VERBS = {"claim", "allege", "accuse", "charge", "say", "suggest", "assert", "insist", "tell"}
CLAIM_WINDOW = 5  # sentences back a dismissed claim looks for who made it


PRAISING_VERBS = {"welcome", "praise", "hail", "applaud", "commend", "endorse", "back", "support", "accept"}
NOMINAL_SUFFIXES = ("ation", "ition", "ment", "ance", "ence", "sion", "ion", "al", "ing")


def _stem(noun: str) -> str:
    """A noun without its nominal suffix, when enough is left to tell the word ("proposal" ->
    "propos", matching "proposed"); the noun itself otherwise."""
    for suffix in NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 5:
            return noun[: -len(suffix)]
    return noun


def _claimant(verb: Token, index: int, mentions: MentionIndex, own_countries: set[str]
              ) -> tuple[int, Mention] | None:
    """Who made the claim a denial answers: the subject of the latest claiming verb ("Olmert
    claimed that ...", "Seoul said ...") of another country in the five sentences before."""
    sents = list(verb.doc.sents)[max(0, index - CLAIM_WINDOW):index]
    sents.append(verb.doc[verb.sent.start : verb.i])  # "X accused Y of ..., a charge Y denied"
    for back, sent in enumerate(reversed(sents)):
        for token in reversed(sent):
            if token.pos_ != "VERB" or token.lemma_.lower() not in CLAIMING_VERBS:
                continue
            found = [m for m in actors_of(subject_of(token), mentions)
                     if m.country not in own_countries and m.kind != "place"]
            if found:
                return index - back, found[0]
    return None


def _scene_of_condemned_act(verb: Token, lexicon: Lexicon, mentions: MentionIndex) -> list[Mention]:
    """'condemned the coup in Fiji', 'criticised the crackdown in Belarus': an act told with no
    actor is aimed at the country where it took place."""
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() not in EVENT_REFERENCES | VIOLENCE_NOUNS and _frame(obj, lexicon) is None:
            continue
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "inside"}):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found = mentions.at(pobj)
                if found is not None and found.country not in {"IGO", "NGO", "IMG"}:
                    return [replace(found, code=found.country, sector="", kind="place", confidence=0.6)]
    return []


def _doer_of_told_act(verb: Token, sources: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """'North Korea launched a spy satellite. ... condemned the satellite launch': a definite
    object that names an act an earlier sentence told with the same word (verb or noun, "the
    bombing" for "bombed") is aimed at whoever did it there, when no event was coded for it."""
    own = {m.country for m in sources}
    doc = verb.doc
    first = max(0, verb.sent.start - 400)  # about the ten sentences before
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
            continue
        lemma = obj.lemma_.lower()
        words = {lemma, lemma[:-3]} if lemma.endswith("ing") else {lemma}
        for told in reversed(doc[first : verb.sent.start]):
            if told.lemma_.lower() not in words or told.pos_ not in {"VERB", "NOUN"}:
                continue
            cause = told.head if told.dep_ == "xcomp" else told.head.head if (
                told.dep_ == "pobj" and told.head.lower_ == "to") else None  # "to land", parsed either way
            if cause is not None and cause.lemma_.lower() in CAUSING_VERBS:
                doers = actors_of(subject_of(cause), mentions)  # "forced the jet to land": who forced it
            elif told.pos_ == "VERB":
                doers = [] if is_passive(told) else actors_of(subject_of(told), mentions)
            else:
                doers = actors_of(told, mentions)
            doers = [m for m in doers if m.country not in own and m.kind != "place"]
            if doers:
                return [replace(m, confidence=min(m.confidence, 0.6)) for m in doers]
    return []


FOREIGN_BANS = {"ban", "bar", "blacklist"}  # on another state, its officials or its firms: a sanction
def _refers_to_an_act(pronoun: Token) -> bool:
    """"This is a constructive step", "described it as terrorism": a pronoun that names the act
    judged; "it" only as an object ("said it would abide" names the speaker)."""
    return pronoun.lower_ == "this" and pronoun.pos_ == "PRON" or pronoun.lower_ == "it" and pronoun.dep_ == "dobj"


CAUSING_VERBS = {"force", "make", "compel", "order", "oblige"}  # "forced the jet to land": the landing is theirs
# Nouns that only refer back to whatever event the story told last ("condemned the incident",
# "welcomed the move"); other nouns need an earlier event of their type or told with their word
EVENT_REFERENCES = {"incident", "move", "decision", "act", "action", "step", "measure", "development",
                    "provocation", "launch", "test", "operation", "intervention", "shooting", "firing"}
# Nouns that refer back to force used ("condemned the violence"), and the types that use force
VIOLENCE_NOUNS = {"violence", "bloodshed", "brutality", "repression", "bloodletting"}
FORCE_TYPES = {"ASSAULT", "COERCE"}
# What one denies having had in an act one is accused of: "denied any involvement"
INVOLVEMENT_NOUNS = {"involvement", "role", "responsibility", "link", "part", "complicity", "connection",
                     "hand", "wrongdoing", "knowledge"}
ASKING_NOUNS = {"call", "plea"}  # nouns of asking whose lexicon row is another sense, or none
REQUEST_VERBS = {"call", "ask", "urge", "demand"}  # "called the incident terrorism" names, it does not ask
HOSTILE_RESPONSES = {"condemn", "denounce", "criticize", "criticise", "protest", "deplore", "reject", "slam",
                     "decry", "blast", "censure", "fault"}
LOOSE_PARTICLES = {"up", "out"}  # "beat up", "wipe out": the verb alone carries the event
# Participles whose passive subject holds the attitude and is its source ("X is opposed to Y")
STATIVE_PARTICIPLES = {"oppose", "commit", "determine", "prepare", "concern", "involve", "engage",
                       "interest", "convince", "satisfy", "please", "dedicate", "resolve", "disappoint",
                       "alarm", "worry", "dismay", "outrage", "anger", "frustrate"}


CLAUSAL_TYPES = {"REQUEST", "REJECT", "CONCEDE", "AGREE", "THREATEN", "ACCUSE"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"}
REFUSE_HEADS = {"refuse", "decline", "reject", "rule"}
HALT_VERBS = {"halt", "suspend", "cut", "freeze", "stop", "end", "reduce", "cancel", "break", "pause",
              "sever", "withdraw", "postpone", "terminate", "scrap", "call off", "prohibit", "ban",
              "bar", "block", "deny", "withhold", "curtail", "slash"}
REPRESS_VERBS = {"prevent", "ban", "block", "disperse", "crush", "outlaw", "prohibit", "bar", "break up",
                 "quell", "suppress"}
EASE_VERBS = {"lift", "ease", "relax", "remove", "end", "shorten", "scrap", "suspend", "waive"}
# a halted cooperative act is a SANCTION (CAMEO 16x)
HALTED_CODES = {"CONSULT": "164", "AID": "162", "COOPERATE": "161", "SUPPORT": "161",
                "AGREE": "161", "RETREAT": "160", "CONCEDE": "160"}
DIPLOMATIC_NOUNS = {"diplomat", "envoy", "ambassador", "mission", "embassy", "consul", "attache", "chargé", "charge",
                    "delegation", "legation"}  # told to leave, they are expelled
JOURNEY_VERBS = {"fly", "travel", "arrive", "return", "go", "head", "come", "land", "drive", "sail"}
DEFACING_VERBS = {"burn", "torch", "trample", "tear", "deface", "destroy"}  # ... a symbol: a protest (CAMEO 141)
PROTEST_SYMBOLS = {"flag", "effigy", "portrait", "poster", "picture", "photo", "photograph", "banner"}
WELCOMING_VERBS = {"welcome", "greet"}  # ... a visiting leader or delegation: hosting (CONSULT 043)
HALTED_FORCE = {"ASSAULT", "MOBILIZE"}  # force halted, like force eased, is de-escalation (RETREAT 087) ...
PAUSE_VERBS = {"halt", "suspend", "stop", "pause", "cease"}  # ... once begun (a strike called off was never made)
# an eased measure: sanctions and restrictions eased are a concession (CONCEDE, as the event
# codebook types CAMEO 081 and 085), force eased is de-escalation (RETREAT, 087)
EASED_CODES = {"SANCTION": ("CONCEDE", "085"), "COERCE": ("CONCEDE", "081"), "ASSAULT": ("RETREAT", "087"),
               "MOBILIZE": ("RETREAT", "087"), "THREATEN": ("CONCEDE", "080")}


def _with(frame: Frame, plover: str, cameo: str) -> Frame:
    return Frame(frame.lemma, frame.pos, frame.particle, frame.preps, frame.polarity, plover,
                 cameo, frame.example)


def _condition_subject(token: Token) -> Token | None:
    """The subject of an 'unless' clause on the predicate or the verbs it is xcomp of."""
    node = token
    for _ in range(4):
        for clause in (c for c in node.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ == "unless" for m in clause.children):
                return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if node.dep_ != "xcomp":
            return None
        node = node.head
    return None


ARRIVAL_VERBS = {"arrive", "land", "fly"}
DEPARTURE_VERBS = {"leave"}  # forces leaving a land withdraw from it (RETREAT); anyone else travels
DEPARTING_VERBS = DEPARTURE_VERBS | {"quit", "depart", "exit"}  # what someone told to go is told to do
LAND_KINDS = {"country", "place", "capital"}
FORCE_NOUNS = {"troop", "troops", "soldier", "force", "forces", "peacekeeper", "contingent", "battalion",
               "brigade", "unit", "marine", "paratrooper", "deployment", "jet", "warplane", "bomber",
               "aircraft", "plane", "helicopter", "warship", "fighter"}


# What one withdraws from when it is no place: negotiations (CAMEO 164, halt negotiations) or a
# pact (160, reduce relations); withdrawing from anything else is a military retreat.
LEFT_TALKS = {"talk", "negotiation", "dialogue", "summit", "process", "mediation", "conference"}
LEFT_PACTS = {"deal", "agreement", "accord", "treaty", "pact", "arrangement", "convention", "alliance"}


# Acts that are a protest when civilians, workers or students do them (CAMEO 143 boycott,
# 144 obstruct passage, 145 protest violently); a state's boycott is a sanction, its army's
# blockade a show of force, its storming an assault.
CIVIL_ACTS = {"boycott": "143", "block": "144", "blockade": "144", "barricade": "144",
              "storm": "145", "ransack": "145", "torch": "145", "occupy": "144",
              "mobilize": "141", "mobilise": "141", "stone": "145", "set fire": "145"}
CIVIL_SECTORS = {"CVL", "LAB", "EDU", "AGR", "REF", "HLH", "OPP"}
UNARMED_SECTORS = CIVIL_SECTORS - {"OPP"} | {"BUS", "MED"}  # they mobilize no force
BOYCOTTING_SECTORS = {"CVL", "LAB", "EDU"}  # people who shun or cut ties boycott (PROTEST 143), they do not sanction


def _left_what(verb: Token, frame: Frame) -> Frame:
    """A withdrawal from talks halts negotiations; from a pact it reduces relations."""
    for obj in prep_objects(verb, ("from", "of")):
        lemma = obj.lemma_.lower()
        if lemma in LEFT_TALKS:
            return _with(frame, "SANCTION", "164")
        if lemma in LEFT_PACTS:
            return _with(frame, "SANCTION", "160")
    return frame


def _forces(subject: Token | None, sources: list[Mention]) -> bool:
    """Whether a verb's subject is armed forces: a force noun, or actors all of force sectors."""
    return bool(sources) and subject is not None and (
        subject.lemma_.lower() in FORCE_NOUNS or all(m.sector in FORCE_SECTORS and m.kind != "person"
                                                     for m in sources))  # not a general who leaves Moscow


def _forces_arriving(verb: Token, frame: Frame, sources: list[Mention]) -> Frame:
    """Troops that arrive somewhere are deployed there, they do not visit: MOBILIZE, or AID for
    peacekeepers (the codebook's "send peacekeepers")."""
    if frame.pos != "VERB" or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return frame
    subject = subject_of(verb)
    if subject is None or not _forces(subject, sources):
        return frame
    if any(t.lower_.startswith("peacekeep") for t in subject.subtree) or all(
            m.code in PEACEKEEPERS for m in sources):
        return _with(frame, "AID", "074")
    return _with(frame, "MOBILIZE", "154")


LEAVING_VERBS = {"leave", "withdraw", "quit", "exit"}


def _leaves_a_body(verb: Token, frame: Frame, sources: list[Mention], targets: list[Mention]) -> bool:
    """A state that leaves an international body, or withdraws from it with nothing else
    named as withdrawn ("Mali withdrew from ECOWAS", not "withdrew its troops from the UN
    mission"), cuts its ties to it (CAMEO 16)."""
    if verb.pos_ != "VERB" or frame.lemma not in LEAVING_VERBS or not sources or not targets:
        return False
    if not all(m.kind == "igo" for m in targets) or not all(
            _is_state(m) or m.kind == "pronoun" and m.sector in {"", "GOV"} for m in sources):
        return False
    return not any(c.dep_ == "dobj" and c.ent_type_ != "ORG" and c.pos_ != "PROPN" for c in verb.children)


def _listed_subjects(verb: Token, subjects: list[Token]) -> bool:
    """Several subjects of one verb, before it, each after the other with only a comma or an
    "and" between: a list the parser read as separate subjects."""
    if len(subjects) < 2 or subjects[-1].i > verb.i:
        return False
    for a, b in zip(subjects, subjects[1:], strict=False):
        between = verb.doc[a.i + 1 : b.left_edge.i]
        if not len(between) or any(t.text not in {",", "and", "&"} for t in between):
            return False
    return True


def _military_raid(token: Token, sources: list[Mention]) -> bool:
    """A raid by armed forces, rebels or a state itself, or from the air, is an attack; a raid
    by police, tax officials or courts is coercion."""
    if any(c.lower_ in {"air", "aerial", "military", "commando", "cross-border"} for c in token.children):
        return True
    return bool(sources) and all(m.sector in {"MIL", "REB", "UAF", "INS", "SEP"}
                                 or not m.sector and m.kind in {"country", "adjective"} for m in sources)


def _told_to_leave(verb: Token) -> bool:
    """Whether a verb's complement is leaving ("gave the diplomats 72 hours to leave", "told the
    envoys to quit the country")."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in DEPARTING_VERBS for c in verb.children)


def _hosts_a_visitor(verb: Token, sources: list[Mention], mentions: MentionIndex) -> bool:
    """Whether the object of a verb of welcoming is a foreign leader, official or delegation
    ("welcomed Israeli President Isaac Herzog"), not an act ("welcomed Serbia's decision")."""
    own = {s.country for s in sources}
    guests = [mentions.at(o) for o in objects_of(verb)]
    return any(g is not None and (g.kind == "person" or g.sector == "GOV") and g.country not in own for g in guests)


def _moved_back(verb: Token, frame: Frame) -> Frame:
    """What a verb of moving forces or leaving is: forces ordered home are withdrawn ("ordered the
    troops home from Iraq"), and a withdrawal from talks or a pact halts them or reduces relations
    ("withdrew from the talks", "pulled out of the deal")."""
    if frame.pos != "VERB":
        return frame
    if frame.plover == "MOBILIZE" and _sent_home(verb):
        frame = _with(frame, "RETREAT", "087")
    return _left_what(verb, frame) if frame.plover == "RETREAT" else frame


def _sent_home(verb: Token) -> bool:
    """Forces ordered, sent or brought home or back: a withdrawal, not a deployment."""
    return any(c.dep_ in {"advmod", "prt", "npadvmod"} and c.lower_ in {"home", "back"}
               for t in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in t.children)


def _troops_planned(token: Token, original: str, frame: Frame) -> bool:
    """A plan to send troops somewhere is no threat to that place, unless stated as one."""
    return original == "MOBILIZE" and frame.plover == "THREATEN" and not (
        _threat_context(token) or has_condition(token))  # "will deploy missiles if NATO expands"


def _vows_a_penalty(verb: Token, lexicon: Lexicon) -> bool:
    """A promise whose content is someone's penalty ("vowed that they would pay a heavy price",
    "promised the attackers would face justice"): the object of the content clause's verb is a
    noun of the class `penalty` (noun_classes.csv)."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
    return any(lexicon.noun_class((o.lemma_.lower(),)) == "penalty"
               for c in clauses for o in c.children if o.dep_ in {"dobj", "pobj", "attr"})


PROMISING_VERBS = {"vow", "promise", "pledge", "swear"}


def _vows_hostility(verb: Token, lexicon: Lexicon) -> bool:
    """A vow whose content is a hostile act ("vowed to deploy troops to the border", "vowed
    that the group would keep targeting ships"): a threat, not a promise of cooperation. The
    act is a verb of the content clause, or of the clauses it completes or joins."""
    if verb.lemma_.lower() not in PROMISING_VERBS:
        return False
    todo = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} and c.i > verb.i]
    while todo:
        clause = todo.pop()
        own = _frame(clause, lexicon)
        if own is not None and own.plover in HOSTILE:
            return True
        todo += [c for c in clause.children if c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB"]
    return False


IMPOSING_VERBS = {"impose", "reimpose", "slap", "levy", "tighten", "expand", "extend", "adopt", "announce", "apply"}


def _penalty_foretold(clause: Token, lexicon: Lexicon) -> bool:
    """A clause that says its subject will or would suffer a penalty ("would pay a heavy price",
    "will face consequences"): the verb has a future auxiliary and an object of the noun class
    `penalty`, and is no verb of imposing ("would impose sanctions on Moscow": the subject
    imposes them, it does not suffer them)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in {"will", "would", "shall"} for c in clause.children) \
        and clause.lemma_.lower() not in IMPOSING_VERBS \
        and any(lexicon.noun_class((o.lemma_.lower(),)) == "penalty" for o in clause.children if o.dep_ == "dobj")


def _threat_context(token: Token) -> bool:
    """An intent stated as a threat: under threaten or warn, or on a condition ("unless"). A
    vow is a threat by what is vowed ("vowed to crush", not "vowed to support")."""
    node = token
    while True:
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in {"threaten", "warn"}:
            return True
        if has_condition(node, frozenset({"unless"})):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head


def _transformed(token: Token, frame: Frame, verdict: Verdict) -> tuple[Frame, Verdict | None]:
    """Events that did not happen as stated but are events of another type (PLOVER):
    a halted cooperative act is SANCTION and an eased hostile measure CONCEDE or RETREAT; stated intent
    is AGREE or THREATEN; a refused or negated-intent cooperative act is REJECT."""
    reason = verdict.reason
    if token.pos_ == "NOUN" and reason.startswith("called off"):
        verb = verdict.verb if verdict.verb in HALT_VERBS else verdict.verb.split(" ")[0]  # "cut off": cut
        if frame.plover in HALTED_CODES and verb in HALT_VERBS:
            if verdict.intent and _threat_context(token.head):  # "threatened to cut off aid"
                return _with(frame, "THREATEN", "1311"), None
            # a halt announced is already a sanction ("would prohibit all aid")
            return _with(frame, "SANCTION", HALTED_CODES[frame.plover]), None
        if frame.plover in EASED_CODES and (verb in EASE_VERBS or frame.plover in HALTED_FORCE and verb in PAUSE_VERBS):
            frame = _with(frame, *EASED_CODES[frame.plover])  # "lifted the blockade", "halted its offensive"
        elif frame.plover == "PROTEST" and (verb in REPRESS_VERBS or verdict.verb in REPRESS_VERBS):
            frame = _with(frame, "COERCE", "172")  # "police prevented the demonstration"
        elif frame.plover == "PROTEST" and verb in HALT_VERBS:
            frame = _with(frame, "CONCEDE", "080")  # "the union called off the strike"
        else:
            return frame, verdict
        if not verdict.intent:
            return frame, None
    if verdict.intent and frame.polarity == "-" and reason.startswith("stated intent"):
        return frame, None  # "will not accept the annexation": a refusal stated now (REJECT)
    if verdict.intent and (frame.plover in HOSTILE or _threat_context(token)):
        hostile = frame.plover in HOSTILE and frame.plover in INTENT_CODES
        return _with(frame, *(INTENT_CODES[frame.plover] if hostile else ("THREATEN", "130"))), None
    if verdict.intent and frame.plover in INTENT_CODES:
        return _with(frame, *INTENT_CODES[frame.plover]), None
    if frame.plover in COOPERATIVE:
        head = token.head if token.dep_ == "xcomp" else None
        if head is not None and head.lemma_.lower() in REFUSE_HEADS and reason.startswith("refused"):
            return _with(frame, "REJECT", "120"), None  # not "demanded that they refuse to ..."
        support = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" and \
            token.head.lemma_.lower() in SUPPORT_VERBS else token  # "would not hold talks" (not "invoke a treaty")
        if reason == "negated" and any(c.dep_ == "aux" and c.lemma_.lower() in {"will", "would"}
                                       for c in support.children):
            return _with(frame, "REJECT", "120"), None
    return frame, verdict


# Verbs that only start, carry out or impose what their object names ("launched drills",
# "imposed a blockade"); verbs with a sense of their own ("signed an agreement", "offered
# aid") keep it.
LIGHT_VERBS = {"launch", "stage", "mount", "conduct", "hold", "carry", "begin", "start",
               "resume", "continue", "step", "impose", "reimpose", "slap", "restore", "renew"}


# Verbs of handing something over: what is handed says what the act is ("handed over medicine"
# is aid, "handed over prisoners" a concession).
HANDING_VERBS = {"hand", "give", "deliver"}


# Verbs whose object gives them another sense than the frame's: what is released is published,
# not freed ("released a video of the hijacking"); whom one flies somewhere is carried, it is no
# visit; a bounty offered is put on someone, not offered to them; troops or refugees hosted stay,
# they do not visit
PUBLISHED_THINGS = {"video", "footage", "image", "photo", "photograph", "picture", "recording", "audio",
                    "statement", "report", "document", "transcript", "detail", "figure", "datum", "result",
                    "list", "map", "tape", "letter", "book", "album", "song", "film", "poll", "survey"}
OBJECT_SENSES = {("release", "VERB"): PUBLISHED_THINGS, ("release", "NOUN"): PUBLISHED_THINGS,
                 ("fly", "VERB"): None,  # None: any object at all
                 ("offer", "VERB"): {"bounty", "reward"},  # a price on someone's head is no offer to them
                 ("host", "VERB"): {"troop", "soldier", "force", "base", "marine", "refugee", "migrant"}}  # no visit


def _other_sense_by_object(token: Token, frame: Frame) -> bool:
    """The word's object gives it a sense the frame is not about (OBJECT_SENSES); any verb with
    "their way" as object tells a way made, not an act on anyone ("blasted their way into the
    residence")."""
    if frame.pos == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" and any(
            g.dep_ == "poss" for g in c.children) for c in token.children):
        return True
    key = (frame.lemma, frame.pos)
    if key not in OBJECT_SENSES:
        return False
    things = OBJECT_SENSES[key]
    if frame.pos == "VERB":
        objects = [c for c in token.children if c.dep_ == "dobj"]
    else:
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    return any(things is None or o.lemma_.lower() in things for o in objects)


def _lends_to_its_object(verb: Token, frame: Frame, lexicon: Lexicon) -> bool:
    """A light verb whose object is itself an event noun of another type: the noun names the
    event and takes the verb's subject as its source. So does a verb of handing over aid."""
    lemma = verb.lemma_.lower()
    if frame.pos != "VERB" or lemma not in LIGHT_VERBS | HANDING_VERBS or " " in frame.lemma:
        return False
    for obj in objects_of(verb):
        own = _frame(obj, lexicon)
        if own is not None and own.pos == "NOUN" and own.plover != frame.plover and (
                lemma in LIGHT_VERBS or own.plover == "AID"):
            return True
    return False


def _describes_sanctions(token: Token, lexicon: Lexicon) -> bool:
    """A participle with no subject of its own that hangs off a sanctions event ("sanctions
    targeting banks", "agreed sanctions, hitting gas exports") describes those sanctions."""
    if token.tag_ not in {"VBG", "VBN"} or token.dep_ not in {"acl", "advcl"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    own = lexicon.frame(token.lemma_, "VERB")
    if own is not None and own.plover in VERBAL_TYPES:
        return False  # "expelled three diplomats, accusing the US of ...": the subject's own act
    head = _frame(token.head, lexicon)
    return head is not None and head.plover == "SANCTION"


SIGNING_VERBS = {"sign", "ink", "initial", "ratify"}  # what is signed is a text, not an act of its own
SPEECH_ACTS = {"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "REJECT"}  # what "the move", "the action" never refer to
VERBAL_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONSULT"}


def _object_of_verb_frame(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that a verb+object frame already reads ("recall ambassador", "lift curfew")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" \
            and noun.head.head.lemma_.lower() in QUANTITIES:
        verb = noun.head.head.head  # "agreed a package of sanctions"
    elif noun.dep_ in {"dobj", "nsubjpass"}:
        verb = noun.head
    else:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return any(lexicon.frame(f"{verb.lemma_} {noun.lemma_}", "VERB", particle, polarity)
               for polarity in "+-")


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Nouns that carry the event their compound names: "a mediation mission", "a bombing campaign".
EFFORT_NOUNS = {"effort", "mission", "bid", "initiative", "campaign", "drive", "operation"}


def _frame(token: Token, lexicon: Lexicon) -> Frame | None:
    children = list(token.children)  # once: each walk over a token's children makes new Tokens
    if token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS and any(
            c.dep_ == "det" for c in children):
        return None  # "carried the wounded out": a participle used as a noun names people, no act
    if token.pos_ == "VERB":
        pos = "VERB"
    elif token.pos_ == "NOUN":
        pos = "NOUN"
    else:
        return None
    particle = next((c.lower_ for c in children if c.dep_ == "prt"), "")
    polarity = "-" if any(c.dep_ == "neg" for c in children) else "+"
    if pos == "VERB" and not particle:  # "walked out on", "pulled back its troops": a particle parsed as advmod
        loose = next((c.lower_ for c in children if c.dep_ == "advmod" and c.pos_ in {"ADP", "ADV"}
                      and (c.i == token.i + 1 or c.lower_ in SPLIT_PARTICLES and c.i > token.i)
                      or c.dep_ == "prep" and c.lower_ in COMPOUND_PREP_HEADS
                      and any(g.dep_ == "prep" for g in c.children)), "")
        if loose and any(lexicon.frame(token.lemma_, pos, loose, p) for p in "+-"):
            particle = loose
    if pos == "NOUN":  # a modifier names its own event: "hunger strike", "general strike"
        for left in (c for c in token.lefts if c.dep_ in {"compound", "amod"}):
            frame = lexicon.frame(f"{left.lower_} {token.lemma_}", pos, "", polarity)
            if frame is not None:
                return frame
    if pos == "NOUN" and token.lemma_.lower() in EFFORT_NOUNS:  # "a bombing campaign against X"
        for left in (c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"):
            frame = lexicon.frame(left.lemma_, pos, "", polarity)
            if frame is not None:
                return frame
    objects = objects_of(token) if pos == "VERB" else []
    if pos == "VERB":  # a verb with its object names its own event: "recall ambassador"
        objects = objects + [c for c in children if c.dep_ == "nsubjpass"
                             or c.dep_ == "npadvmod" and c.pos_ == "NOUN"]  # "gave the junta one week to"
        for obj in objects:  # with the object's modifier first: "send peacekeeping troops"
            modifiers = [m for m in obj.lefts if m.dep_ in {"amod", "compound"}]
            phrases = [f"{token.lemma_} {m.lower_} {obj.lemma_}" for m in modifiers] + [
                f"{token.lemma_} {obj.lemma_}"]
            kind = token.lemma_ in lexicon.class_verbs and (lexicon.noun_class(tuple(w.lower() for w in (
                [modifiers[-1].lower_] if modifiers else []) + [obj.lemma_])) or _amount_class(obj, lexicon))
            if kind:  # "sent tanks", "delivered fighter jets": "send @weapon"
                phrases.append(f"{token.lemma_} @{kind}")
            for phrase in phrases:
                frame = lexicon.frame(phrase, pos, particle, polarity)
                if frame is not None:
                    return frame
    if pos == "VERB" and token.lemma_ in lexicon.placing_verbs:
        # what a verb puts something "on", "under" or takes it "from": "put its army on high alert"
        # (or "on the highest level of readiness"), "placed Bhutto under house arrest", "removed X from office"
        for pobj in prep_objects(token, PLACING_PREPS):
            for noun in (pobj, *prep_objects(pobj, ("of",))):
                frame = lexicon.frame(f"{token.lemma_} {pobj.head.lower_} {noun.lemma_}", pos, particle, polarity)
                if frame is not None:
                    return frame
    if pos == "VERB" and token.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "oprd" for c in children):
        return None  # "called Iran a sponsor of terrorism" names Iran, it does not call on it
    own_objects = [o for o in objects if o.dep_ != "nsubjpass"]  # objects_of(token), as read above
    if pos == "VERB" and any(lexicon.noun_class((o.lemma_.lower(),)) == "figure" for o in own_objects):
        return None  # "hit a grim milestone", "broke the deadlock": a figure of speech, no act on anyone
    if pos == "VERB" and token.lemma_.lower() in QUESTION_VERBS and any(
            c.dep_ in {"ccomp", "xcomp", "advcl"} and c.left_edge.lower_ in QUESTION_WORDS for c in children):
        return None  # "Carter asked what he can do", "asked whether Iran would attend": a question, no request
    striving = [c for c in children if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)]
    if pos == "VERB" and token.lemma_.lower() in EFFORT_VERBS and striving:
        # "is fighting to keep Washington from ...": resisting what the other side wants
        # (who is kept from it is the target); "battling to win votes": an effort, no act
        if striving[0].lemma_.lower() in PREVENTING_VERBS:
            return lexicon.frame("resist", "VERB")
        return None
    frame = lexicon.frame(token.lemma_, pos, particle, polarity)
    if frame is None and particle in LOOSE_PARTICLES:
        frame = lexicon.frame(token.lemma_, pos, "", polarity)
    if frame is None and polarity == "-":
        return None  # a negated predicate with no negative reading codes nothing
    if frame is None and pos == "VERB":  # a frame that holds only as stated intent ("will respond")
        for obj in own_objects:
            frame = frame or lexicon.frame(f"{token.lemma_} {obj.lemma_}", pos, particle, INTENT_ONLY)
        frame = frame or lexicon.frame(token.lemma_, pos, particle, INTENT_ONLY)
    if frame is not None and pos == "VERB" and (frame.lemma, polarity) in PREP_SENSES:
        prep, plover, cameo = PREP_SENSES[(frame.lemma, polarity)]
        holders = [token, *(c for c in children if c.dep_ == "dobj")]
        if any(c.dep_ == "prep" and c.lower_ == prep for h in holders for c in h.children):
            frame = _with(frame, plover, cameo)  # "charged Bolivia's government of sheltering rebels"
    if frame is not None and (frame.lemma, pos) in PREP_FRAMES:
        preps, other = PREP_FRAMES[(frame.lemma, pos)]
        held = list(token.head.children) if token.dep_ == "dobj" else []  # "held exercises around Taiwan"
        if any(c.dep_ == "prep" and c.lower_ in preps for c in children + held):
            frame = lexicon.frame(other, pos, particle, polarity) or frame  # "exercises around Taiwan": drills
    return _promised_not_to(token, frame, lexicon) if frame is not None else None


# A verb whose preposition gives it another sense: one charges a suspect *with* a crime (COERCE
# 173), a government charges another *of* wrongdoing (an accusation, ACCUSE 112)
PREP_SENSES = {("charge", "+"): ("of", "ACCUSE", "112")}
# A noun whose preposition makes it another word's frame: exercises held *with* an ally are
# cooperation (COOPERATE 062), exercises *around* or *off* a country are drills aimed at it (MOBILIZE)
DRILL_PREPS = ("around", "near", "off")
PREP_FRAMES = {("exercise", "NOUN"): (DRILL_PREPS, "drill"), ("manoeuvre", "NOUN"): (DRILL_PREPS, "drill"),
               ("maneuver", "NOUN"): (DRILL_PREPS, "drill")}


def _amount_class(obj: Token, lexicon: Lexicon) -> str:
    """The class of an amount: money for "$200 million", else what it is an amount of ("$1
    billion in loans", "tonnes of wheat")."""
    if any(c.tag_ == "$" or c.lower_ in CURRENCY_SIGNS for c in obj.children):
        return "money"
    for noun in prep_objects(obj, ("in", "of")):
        kind = lexicon.noun_class((noun.lemma_.lower(),))
        if kind:
            return kind
    return ""


QUESTION_VERBS = {"ask", "wonder", "inquire", "enquire", "query"}
QUESTION_WORDS = {"what", "whether", "if", "how", "why", "when", "where", "who", "which", "whom"}
DISMISSING_VERBS = {"fire", "dismiss"}  # with an official as object: removed from a post (CAMEO 172)
CURRENCY_SIGNS = {"$", "£", "€", "¥", "us$"}
EFFORT_VERBS = {"fight", "battle", "struggle"}  # with a to-infinitive: striving, not fighting
PREVENTING_VERBS = {"keep", "stop", "prevent", "block", "bar", "halt", "thwart", "derail", "deny"}


def _promised_not_to(verb: Token, frame: Frame, lexicon: Lexicon) -> Frame | None:
    """A promise not to do something: not to cooperate is a refusal (REJECT), not to attack is
    still a promise (AGREE); a promise not to do anything else codes nothing."""
    if frame.pos != "VERB" or frame.plover != "AGREE":
        return frame
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)), None)
    if comp is None:
        return frame
    particle = next((c.lower_ for c in comp.children if c.dep_ == "prt"), "")
    done = lexicon.frame(comp.lemma_, "VERB", particle, "+")
    if done is not None and done.plover in COOPERATIVE:
        return _with(frame, "REJECT", "120")
    return frame if done is not None and done.plover in HOSTILE else None


def _intent_only(token: Token, frame: Frame, verdict: Verdict | None) -> Verdict | None:
    """A frame with polarity '~' ("respond", "take action") is an event only as a stated intent,
    a threat: "Moscow would respond in kind" is THREATEN; "Moscow responded" is no event of its
    own (the response is coded from its own verb)."""
    if frame.polarity != INTENT_ONLY:
        return verdict
    hostile = assess(token, "ASSAULT")
    if hostile is not None and hostile.intent and not hostile.reason.startswith("called off"):
        return None
    return verdict or Verdict("not stated as intent")


# Nouns of fighting whose "with" names the other side: "were killed in clashes with police"
FIGHTING_NOUNS = {"fighting", "clash", "clashes", "battle", "gunfight", "shootout", "firefight", "skirmish",
                  "raid", "crackdown", "confrontation"}


def _fought_with(verb: Token, mentions: MentionIndex) -> list[Mention]:
    """Who the victims of an agentless passive fought: "killed in clashes with troops"."""
    if not is_passive(verb):
        return []
    for noun in prep_objects(verb, ("in", "during")):
        if noun.lemma_.lower() in FIGHTING_NOUNS or noun.lower_ in FIGHTING_NOUNS:
            return [m for g in prep_objects(noun, ("with", "by")) for m in actors_of(g, mentions)]
    return []


def _verb_arguments(verb: Token, frame: Frame, mentions: MentionIndex, lexicon: Lexicon | None = None
                    ) -> tuple[list[Mention], list[Mention], float]:
    if verb.lemma_.lower() in STATIVE_PARTICIPLES and is_passive(verb):
        # "Washington was disappointed by Islamabad's decision": who holds the attitude, at whom
        holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if holder is not None and holder.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
            holder = verb.head
        causes = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        causes += prep_objects(verb, tuple(p for p in frame.preps if p != "that"))
        return actors_of(holder, mentions), [m for g in causes for m in actors_of(g, mentions)], 1.0
    if frame.prep_only and naming_predicate(verb) is not None:
        return [], [], 1.0  # "called the demands unacceptable": a naming, read as one elsewhere, no call on anyone
    sources = _group_subject(verb, mentions) or actors_of(subject_of(verb), mentions)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if sources and _listed_subjects(verb, subjects):  # "Ukraine, Russia Swap Prisoners"
        sources = sources + [m for c in subjects[1:] for m in actors_of(c, mentions) if m not in sources]
    if not sources and frame.plover == "ASSAULT":
        sources = _fought_with(verb, mentions)
    targets: list[Mention] = []
    preps = tuple(p for p in frame.preps if p != "that") + _between(frame)
    for prep in preps:  # in the lexicon's order: "complained to the UN about Israel" is about Israel
        for obj in prep_objects(verb, (prep,), through_object=True):
            if frame.plover == "REQUEST" and obj.head.head.i != verb.i and obj.head.head.dep_ == "dobj" \
                    and _event_noun_agents(obj.head.head, sources, mentions, lexicon):
                continue  # "demanded the withdrawal of X's troops from Lebanon": the withdrawal's place
            found = _beyond_border(obj, mentions) or (
                frame.plover == "REQUEST" and _event_noun_agents(obj, sources, mentions, lexicon)
            ) or actors_of(obj, mentions)
            if _own_group(found, sources):
                continue  # "X and its ally Y sent troops to their borders": their own
            targets += _as_place_if_located(obj, found)
        if targets:
            break
    if "that" in frame.preps and not targets:
        targets += actors_of(clause_subject(verb), mentions)
    if not targets and frame.plover in ADDRESSED_TYPES:  # "in a letter to the Security Council, X asked for"
        targets = [m for message in prep_objects(verb, ("in", "through", "via"))
                   if message.lemma_.lower() in MESSAGE_NOUNS
                   for obj in prep_objects(message, ("to",)) for m in actors_of(obj, mentions)]
    if not targets and frame.prep_only and not _asks_to_do(verb):
        return sources, _group_target(verb, frame, sources, mentions), 1.0  # "called an election"
    if not targets and frame.prep_only:  # "requiring Syria to give up": the infinitive's subject
        targets = [m for c in _infinitive_clauses(verb) for g in c.children if g.dep_ == "nsubj"
                   for m in actors_of(g, mentions)]
    if not targets:
        if is_passive(verb):
            obj = patient_of(verb)
        else:
            obj = next(iter(objects_of(verb)), None) or _shared_object(verb)
        targets += _doers(obj, frame, sources, mentions, lexicon) or (
            _beyond_border(obj, mentions) if obj is not None else []) or actors_of(obj, mentions)
        # "a reversal condemned by the AU and ECOWAS": the noun's own agents are this verb's sources
        targets = [m for m in targets if not any(m is s for s in sources)]
        if " " in frame.lemma and frame.lemma.split()[1] not in PLACING_PREPS and obj is not None \
                and mentions.at(obj) is not None:
            # "sent armed forces to ...": the frame's own object is the source's means, not its
            # target (own forces given by any frame are dropped where pairs are made)
            targets = [m for m in targets if m.country not in {s.country for s in sources}]
    if not targets and frame.plover in CLAUSAL_TYPES:  # "refused to allow UN planes to land"
        said_of = actors_of(clause_subject(verb), mentions)
        if frame.plover == "THREATEN" and any(m.country == s.country and m.sector in {"", "GOV", s.sector}
                                              for m in said_of for s in sources):
            said_of = []  # "warned that Washington and the EU would impose sanctions": its own side's act
        targets += said_of
    if not targets and frame.plover in {"THREATEN", "REJECT"} and verb.lemma_.lower() not in DENIAL_VERBS:
        # "threatened to deliver heavy blows to Israel"; what is denied names no target
        targets += next((found for obj in complement_objects(verb) if (found := actors_of(obj, mentions))), [])
    if not targets and frame.plover == "THREATEN":  # "warned it would respond 'with all means' to any Israeli attack"
        aimed = [t for c in verb.children if c.dep_ == "ccomp" for t in _own_clause(c)
                 if t.dep_ == "pobj" and t.head.lower_ in {"to", "against", "at"}]  # not "if ... sent to New York"
        targets += next((found for obj in aimed if (found := [m for m in actors_of(obj, mentions)
                                                             if m.country not in {s.country for s in sources}])), [])
    if not targets:
        targets = _group_target(verb, frame, sources, mentions)
    return sources, targets, 1.0


# Acts told to an addressee, who is their target when no other is named, and the messages that
# carry them: "in a letter to X, Y asked for talks"
ADDRESSED_TYPES = {"REQUEST", "THREATEN", "AGREE", "REJECT", "CONCEDE", "SUPPORT"}
MESSAGE_NOUNS = {"letter", "message", "note", "memo", "memorandum", "cable", "telegram", "speech", "address",
                 "call", "statement", "appeal", "submission", "communique", "communiqué"}


PLURAL_PRONOUNS = {"their", "them", "they", "themselves"}


BORDER_NOUNS = {"border", "frontier", "boundary", "borderline"}


def _border_with(noun: Token) -> Token | None:
    """The "with" phrase of a border noun, attached to it or (misparsed) right after it."""
    if noun.lemma_.lower() not in BORDER_NOUNS:
        return None
    own = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return own or (after if after is not None and after.lower_ == "with" and after.dep_ == "prep" else None)


def _beyond_border(noun: Token, mentions: MentionIndex) -> list[Mention]:
    """'near its border with Azerbaijan': the state on the other side of the border."""
    prep = _border_with(noun)
    return [m for g in (prep.children if prep is not None else ()) if g.dep_ == "pobj"
            for m in actors_of(g, mentions)]


def _border_neighbour(token: Token) -> bool:
    """The object of a "with" that belongs to a border noun before it, not to the event."""
    prep = token.head
    if prep.lower_ != "with" or prep.i == 0:
        return False
    own = _border_with(token.doc[prep.i - 1])
    return own is not None and own.i == prep.i


def _own_clause(verb: Token) -> list[Token]:
    """The words of a verb's clause without the clauses inside it (conditions, relative clauses)."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop()
        out.append(token)
        todo += [c for c in token.children if c.dep_ not in {"advcl", "relcl", "acl", "ccomp", "conj"}]
    return sorted(out, key=lambda t: t.i)


def _asks_to_do(verb: Token) -> bool:
    """A verb with an infinitive complement ("called the parties to negotiate"), which the parser
    may also read as a clause with its own subject ("requiring Syria to give up")."""
    return any(c.dep_ == "xcomp" for c in verb.children) or bool(_infinitive_clauses(verb))


def _infinitive_clauses(verb: Token) -> list[Token]:
    """The clauses under a verb that the parser gave a subject but that are infinitives ("Syria to give up")."""
    return [c for c in verb.children if c.dep_ == "ccomp" and any(g.tag_ == "TO" for g in c.children)]


def _shared_object(verb: Token) -> Token | None:
    """"condemned and rejected the EU's decision": the object of the verb conjoined after this
    one, when this one has none and nothing comes between them but the conjunction."""
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if later is None or any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "dative"} for c in verb.children
                            if c.i < later.i):
        return None
    if any(t.pos_ not in {"CCONJ", "PUNCT", "ADV"} for t in verb.doc[verb.i + 1 : later.i]):
        return None
    return next((c for c in later.children if c.dep_ == "dobj"), None)


def _own_group(found: list[Mention], sources: list[Mention]) -> bool:
    """The actors a plural pronoun stands for, the sources among them ("their borders")."""
    countries = {m.country for m in sources}
    plural = [m for m in found if m.kind == "pronoun" and m.text.lower() in PLURAL_PRONOUNS]
    return bool(plural) and (len(found) > 1 or len(countries) > 1) and any(
        m.country in countries for m in found)


def _doers(obj: Token | None, frame: Frame, sources: list[Mention], mentions: MentionIndex,
           lexicon: Lexicon | None) -> list[Mention]:
    """A response aims at whoever did the act its object names: "condemned the shelling of a
    Turkish post by Syrian forces" is against Syria, not the post; "welcomed Hamas's release of
    the hostages" is for Hamas. The actors other than the sources that the event noun has as source."""
    if obj is None or lexicon is None or frame.plover not in RESPONSE_TYPES or obj.dep_ != "dobj":
        return []
    own = _frame(obj, lexicon)
    countries = {m.country for m in sources}
    if own is None or own.pos != "NOUN":  # "investigating abuses by X against Y": by X
        return [m for g in prep_objects(obj, ("by",)) for m in actors_of(g, mentions)
                if not any(_same_actor(s, m) for s in sources)]
    return [m for m in _noun_arguments(obj, own, mentions)[0] if m.country not in countries]


def _event_noun_agents(noun: Token, sources: list[Mention], mentions: MentionIndex,
                       lexicon: Lexicon | None) -> list[Mention]:
    """Who is to do the act an event noun names, other than the sources: "called for the
    withdrawal of Israeli forces from Gaza" asks Israel, not Gaza."""
    own = _frame(noun, lexicon) if lexicon is not None and noun.pos_ == "NOUN" else None
    if own is None or own.pos != "NOUN":
        return []
    countries = {m.country for m in sources}
    return [m for m in _noun_arguments(noun, own, mentions)[0] if m.country not in countries]


# "accused each other", "each side blamed the other"
RECIPROCAL_WORDS = {"each other", "one another", "the other", "the other side", "the other party"}
BOTH_SIDES = re.compile(r"^(both|the two|all) (?:(?!the |other )[\w-]+ ){0,3}?"  # "both nuclear-armed neighbours"
                        r"(sides|parties|countries|neighbours|neighbors|nations|governments|"
                        r"leaders|presidents|delegations|armies|militaries)$"
                        r"|^the (warring|rival) (sides|parties)$")


def _group_target(verb: Token, frame: Frame, sources: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """'accused each other': the sources, each against the others; 'urged both sides': the two
    parties the story named last before this sentence, other than the sources."""
    preps = tuple(p for p in frame.preps if p != "that")
    candidates = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, preps)
    for obj in candidates:
        words = " ".join(t.lower_ for t in obj.subtree)
        head_words = " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i)  # "the other" of "the other of ..."
        if (words in RECIPROCAL_WORDS or head_words in RECIPROCAL_WORDS) and len({m.country for m in sources}) > 1:
            return list(sources)
        if BOTH_SIDES.match(words):
            return _parties_named_last(verb, {m.country for m in sources}, mentions)
        if frame.plover == "REQUEST" and obj.lemma_.lower() in PEACE_NOUNS and not any(
                mentions.at(t) for t in obj.subtree):
            return _parties_named_last(verb, {m.country for m in sources}, mentions, least=1)
    return []


# What is asked of the parties to a conflict: "urged an immediate ceasefire" asks the two sides
# the story named last
PEACE_NOUNS = {"ceasefire", "cease-fire", "truce", "restraint", "calm", "de-escalation", "dialogue",
               "negotiation", "armistice"}


GROUP_SUBJECT = re.compile(r"\b(both|each|the (two|three|four|five))\b.*\b(countr(y|ies)|sides?|leaders?|governments?|"
                           r"nations?|parties|presidents?|prime ministers?|ministers?|neighbou?rs?|signatories|"
                           r"powers|states|allies|delegations?|delegates|negotiators|envoys|commanders|generals|"
                           r"armies|militaries|teams)\b")


# How a generic agent got a country from its context: no country of its own phrase
GENERIC_HOWS = {"dateline", "story's country", "sentence place", "story's place"}
STORY_HOWS = GENERIC_HOWS - {"sentence place"}  # placed by the story alone, not by the sentence
FOREIGN_MISSIONS = {"embassy", "embassies", "consulate", "consulates", "mission", "ambassador", "diplomats"}


def _group_subject(verb: Token, mentions: MentionIndex) -> list[Mention]:
    """'The leaders of each nation agreed to reopen the border': the parties the story
    named last, when the subject names no actor of its own."""
    subject = subject_of(verb)
    if subject is None or any((m := mentions.at(t)) and m.how not in GENERIC_HOWS for t in subject.subtree):
        return []  # a country named in the subject ("both Korean leaders") is no group of the story's
    if not GROUP_SUBJECT.search(" ".join(t.lower_ for t in subject.subtree)):
        return []
    return _parties_named_last(verb, set(), mentions)


DOMINANT_MENTIONS = 4  # named this often, and thrice as often as any other, a country is the story's only side


def _parties_named_last(verb: Token, own: set[str], mentions: MentionIndex, least: int = 2) -> list[Mention]:
    """The two parties the story means by 'both sides': the last pair of countries it named
    together ('a ceasefire between Armenia and Azerbaijan'), else the two it named most often
    before (the later first on a tie), other than `own`; with `least` 1, the one country of a
    civil war when the story names no other."""
    doc = verb.doc
    before = [m for m in mentions.mentions if m.start < verb.idx and m.kind != "place"
              and m.country not in own | {"IGO", "NGO"}]
    for mention in reversed(before):  # a coordination: "Armenia and Azerbaijan", "Colombia, Ecuador and Peru"
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "conj":
            continue
        first = span.root
        while first.dep_ == "conj":
            first = first.head
        members = [m for t in [first, *first.conjuncts] if (m := mentions.at(t)) is not None and m in before]
        parties = {m.country: m for m in members}
        if len(parties) >= 2:
            return [replace(m, confidence=0.6) for m in parties.values()]
        if len(members) >= 2:  # "both the Iraqi army and the Peshmerga": two sides of one country
            return [replace(m, confidence=0.6) for m in {m.code: m for m in members}.values()]
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for mention in before:
        counts[mention.country] = counts.get(mention.country, 0) + 1
        last[mention.country] = mention
    ranked = sorted(counts, key=lambda c: (counts[c], last[c].start), reverse=True)[:2]
    if len(ranked) == 2 and counts[ranked[0]] >= max(DOMINANT_MENTIONS, 3 * counts[ranked[1]]):
        # a story about one country that names another once ("an Italian photographer was
        # killed"): both sides are that country's own
        return [replace(last[ranked[0]], confidence=0.6)]
    if len(ranked) == 1 and least == 2:  # one country: its two sides are its last two actors of
        # different sectors ("the president and the opposition leader ... both leaders")
        sides = {m.code: m for m in before if m.sector and m.kind in {"person", "group"}}
        if len(sides) >= 2:
            return [replace(m, confidence=0.6) for m in list(sides.values())[-2:]]
    return [replace(last[c], confidence=0.6) for c in ranked] if len(ranked) >= least else []


def _as_place_if_located(obj: Token, found: list[Mention]) -> list[Mention]:
    """A country reached through 'in' is where the act happened ("a curfew in Turkey"), so a
    government may act there on its own country."""
    if obj.dep_ == "pobj" and obj.head.lower_ in LOCATIVE:
        return [replace(m, kind="place") if m.kind in {"country", "capital"} else m for m in found]
    return found


def _between(frame: Frame) -> tuple[str, ...]:
    """Meetings and deals 'between X and Y' name their parties."""
    return ("between",) if frame.plover in RECIPROCAL | {"SUPPORT"} else ()


# Event nouns of moving forces: whose forces are moved ("the withdrawal of US troops") moves them.
FORCE_MOVES = {"MOBILIZE", "RETREAT"}


# Verbs whose subject receives the act named by their object, and whose "from" names who did it:
# "Poland drew criticism from the EU", "Kenya won praise from the AU", "faced condemnation from".
RECEIVING_VERBS = {"draw", "face", "receive", "earn", "win", "attract", "incur", "get", "meet"}


def _received(noun: Token, mentions: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    """Who gave and who received an act named by the object of a receiving verb ('drew
    criticism from X'): the 'from' phrase, and the verb's subject; empty unless both are found."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return [], []
    givers = [m for t in prep_objects(noun, ("from",)) + prep_objects(verb, ("from",))
              for m in actors_of(t, mentions)]
    receivers = actors_of(subject_of(verb), mentions) if givers else []
    return (givers, receivers) if receivers else ([], [])


def _noun_arguments(noun: Token, frame: Frame, mentions: MentionIndex
                    ) -> tuple[list[Mention], list[Mention], float]:
    givers, receivers = _received(noun, mentions)
    if givers:
        return givers, receivers, 0.9
    preps = tuple(p for p in frame.preps if p != "that") + _between(frame)
    target_tokens = prep_objects(noun, preps)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTITIES:
        target_tokens += prep_objects(noun.head.head, preps)  # "a state of emergency in X", "a package of aid to X"
    clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"}]
    for clause in clauses:
        target_tokens += prep_objects(clause, preps)
    # an act two sides hold ("talks with X") is shared by the clause it is in; "recognition of
    # X" or "a tour of X" is one side's act aimed at its of-object
    verb = governing_verb(noun, joint=(frame.plover in RECIPROCAL or frame.lemma in FIGHTING_NOUNS)
                          and "of" not in frame.preps)  # "seized the town after fighting with the army"
    if verb is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in HALT_VERBS | EASE_VERBS:
        verb = noun.head  # "Bashir shortened the curfew": who eased it, and where
    if verb is not None:
        target_tokens += prep_objects(verb, preps)
    target_tokens = [t for t in target_tokens if not _border_neighbour(t)]
    targets = [m for t in target_tokens for m in _as_place_if_located(
        t, _beyond_border(t, mentions) or actors_of(t, mentions))]
    if not targets:  # "the suspension of cooperation with France": the target hangs off the of-object
        inner = [t for o in prep_objects(noun, ("of",)) for t in prep_objects(o, tuple(p for p in preps if p != "of"))]
        targets = [m for t in inner for m in _as_place_if_located(t, actors_of(t, mentions))]
    if not targets and frame.plover == "SANCTION":  # "an embargo on arms sales to X", "curbs on imports from X"
        inner = [t for o in prep_objects(noun, ("on", "against")) for t in prep_objects(o, TRADE_DIRECTIONS)]
        targets = [m for t in inner for m in actors_of(t, mentions) if m.kind != "place"]
    if "that" in frame.preps and not targets:
        targets = actors_of(clause_subject(noun), mentions)
    target_ids = {id(m) for m in targets}

    sources = [m for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
               for m in actors_of(c, mentions) if id(m) not in target_ids]
    # "the downing of a drone by Iran": the by-phrase is often attached to the of-object
    # ... or to the active verb whose object the noun is ("criticised the arrest of X by Y")
    heads = [noun] + ([] if sources else prep_objects(noun, ("of",)))
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not is_passive(noun.head):
        heads.append(noun.head)
    for head in heads:
        agents = [g for c in head.children if c.dep_ == "agent" and c.lower_ == "by" and head.i != noun.i
                  for g in c.children if g.dep_ == "pobj"]  # the parser's "agent" of an active verb
        sources += [m for g in prep_objects(head, ("by",)) + agents for m in actors_of(g, mentions)
                    if id(m) not in target_ids]
    for clause in clauses:
        if is_reduced_passive(clause) and clause.lemma_.lower() not in SUPPORT_VERBS:
            continue  # "a deal mediated by Qatar": the mediator is no party to the deal
        if any(c.dep_ == "prep" and any(g.lower_ in {"which", "whom"} for g in c.children) for c in clause.children):
            continue  # "protests in which security forces killed 14": what happened during them
        subj = subject_of(clause)
        if subj is not None and subj.i != noun.i:
            sources += actors_of(subj, mentions)
    confidence = 1.0
    if not sources and frame.plover in FORCE_MOVES:  # "the deployment of Russian troops to X"
        sources = [m for o in prep_objects(noun, ("of",)) for m in actors_of(o, mentions)
                   if m.sector == "MIL" and id(m) not in target_ids]
    if not sources and verb is not None:
        sources = actors_of(subject_of(verb), mentions)
        confidence = 0.8
    claimer = _responsibility_taken(noun)
    if not sources and claimer is not None:  # "the Taliban claimed responsibility for the attack"
        sources = [m for m in actors_of(subject_of(claimer), mentions) if id(m) not in target_ids]
        confidence = 0.8
    if not targets and frame.plover in {"SANCTION", "COERCE", "ASSAULT"}:
        # the one actor named inside the noun's own clause ('sanctions that hurt X')
        inner = [mentions.at(t) for c in clauses for t in c.subtree]
        targets = [m for m in inner if m is not None][:1]
        confidence *= 0.6
    return sources, targets, confidence


TRADE_DIRECTIONS = ("to", "from", "with", "into")  # whose trade a sanction on it ("a ban on sales to X") hits


OBJECT_REQUIRED = {"dissolve", "disband", "ban", "outlaw"}  # with no object or passive subject, another sense


# Verbs by which an actor owns an act as its doer: "claimed responsibility for the bombing"
OWNING_VERBS = {"claim", "take", "accept", "admit", "assume", "acknowledge"}


def _responsibility_taken(noun: Token) -> Token | None:
    """The verb by which an actor takes responsibility for the act the noun names, if any."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    held = noun.head.head
    if held.lemma_.lower() != "responsibility" or held.dep_ != "dobj":
        return None
    return held.head if held.head.lemma_.lower() in OWNING_VERBS else None


# Events whose purpose clause may name who they are aimed at: "workers blocked the bridge to protest
# against the Polish government", "police opened fire to disperse the marchers"
PURPOSE_TARGET_TYPES = {"PROTEST", "ASSAULT", "COERCE"}


# Cooperative acts that a verb conjoined to an encounter directs at the same party: "the
# minister met his counterpart and offered an apology", "received the envoy and pledged support"
SHARED_TARGET_TYPES = {"SUPPORT", "AGREE", "AID", "CONCEDE", "COOPERATE"}


# Demands and warnings that a verb conjoined to a hostile act directs at its target: "the AU
# suspended Mali and demanded the release of the leaders"
PRESSING_TYPES = {"REQUEST", "THREATEN"}
PRESSING_HEADS = {"ACCUSE", "SANCTION", "COERCE", "REJECT", "THREATEN"}


def _conjunct_target(predicate: Token, sources: list[Mention], lexicon: Lexicon,
                     mentions: MentionIndex, plover: str = "") -> list[Mention]:
    """The target of the verb this predicate (or the verb governing this event noun) is
    conjoined to, when both share their subject and this one names no target of its own."""
    verb = governing_verb(predicate) if predicate.pos_ == "NOUN" else predicate
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    frame = _frame(verb.head, lexicon)
    heads = PRESSING_HEADS if plover in PRESSING_TYPES else {"CONSULT"}
    if frame is None or frame.pos != "VERB" or frame.plover not in heads or assess(
            verb.head, frame.plover, frame.polarity) is not None:
        return []  # a meeting names who a kind act is for; a hostile act whom a demand presses
    countries = {m.country for m in sources}
    return [m for m in _verb_arguments(verb.head, frame, mentions, lexicon)[1]
            if m.kind != "place" and m.country not in countries]


def _purpose_target(predicate: Token, sources: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """The first actor, other than the sources, named in a to-infinitive purpose clause of the
    predicate or of the verb that governs an event noun ("began a hunger strike to protest X"),
    or in its phrase "in protest at/against/over X"."""
    heads = [predicate] + ([predicate.head] if predicate.pos_ == "NOUN" and predicate.head.pos_ == "VERB" else [])
    own = {m.code for m in sources}
    deps = {"advcl", "acl", "relcl"} if predicate.pos_ == "NOUN" else {"advcl"}  # "a strike to denounce X"
    for head in heads:  # "blocked streets in protest at EU policy"
        for protest in (n for n in prep_objects(head, ("in",)) if n.lemma_.lower() in {"protest", "opposition"}):
            found = [m for g in prep_objects(protest, ("at", "against", "over")) for m in actors_of(g, mentions)
                     if m.code not in own and m.kind != "place"]
            if found:
                return found
        for clause in (c for c in head.children if c.dep_ in deps and c.pos_ == "VERB"):
            if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children) or any(
                    a.dep_ in {"nsubj", "nsubjpass", "mark"} for a in clause.children):
                continue
            for token in clause.subtree:
                found = mentions.at(token)
                if found is not None and found.code not in own and found.kind != "place":
                    return [m for m in actors_of(token, mentions) if m.code not in own] or [found]
    return []


# A word whose sense without a named target is another event: a strike on no one is a walkout.
# Nouns whose sense, with no target named, is another: a strike is a walkout (unless a state or
# an army strikes), military exercises with no partner are a show of force
SENSE_WITHOUT_TARGET = {("strike", "NOUN"): ("PROTEST", "143"), ("exercise", "NOUN"): ("MOBILIZE", "150")}
STATES_KEEP_SENSE = {("strike", "NOUN")}


def _sense_without_target(frame: Frame, sources: list[Mention]) -> Frame:
    """The sense a noun has when it names no target and one side acts: a strike is a walkout,
    unless a state or an army strikes ("a drone strike in Somalia"); lone exercises a show of force."""
    key = (frame.lemma, frame.pos)
    if key not in SENSE_WITHOUT_TARGET or len({m.country for m in sources}) > 1:
        return frame
    if key in STATES_KEEP_SENSE and sources and all(
            _is_state(m) or m.sector in FORCE_SECTORS | ARMED_GROUPS or m.kind == "adjective" and not m.sector
            for m in sources):  # "Israeli strikes": the state's; "the rebels' boldest strike": an attack
        return frame
    return _with(frame, *SENSE_WITHOUT_TARGET[key])
LOCATED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"}
LOCATIVE = {"in", "near", "outside", "across", "into", "at", "inside", "throughout"}


def _location(predicate: Token, mentions: MentionIndex) -> list[Mention]:
    """Where a violent act or protest happened ("killed 23 people in Tel Aviv"): the country
    of a place named in a locative phrase of the predicate or of its support verb."""
    heads = [predicate]
    if predicate.pos_ == "NOUN" and predicate.head.pos_ in {"VERB", "AUX"} and predicate.head.lemma_.lower() not in (
            DENIAL_VERBS | HOSTILE_RESPONSES):  # "In Beijing, officials rejected the protest": where it was answered
        heads.append(predicate.head)
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]  # "outlawed a group in X"
    heads += [o for h in heads[1:] for o in prep_objects(h, ("of",))]  # "shelled a wide range of positions in X"
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE):
            beyond = [m for g in prep.children if g.dep_ == "pobj" for m in _beyond_border(g, mentions)]
            if beyond:  # "exercises near its border with Azerbaijan"
                return [replace(m, code=m.country, sector="", kind="place", confidence=min(m.confidence, 0.7))
                        for m in beyond[:1]]
            for token in prep.subtree:
                if token.dep_ == "poss" and token.pos_ == "PRON":
                    continue  # "near its border with Azerbaijan": the border's owner is not the scene
                mention = mentions.at(token)
                if mention is not None and mention.country not in {"IGO", "NGO", "IMG"}:
                    return [replace(mention, code=mention.country, sector="", kind="place",
                                    confidence=min(mention.confidence, 0.7))]
    return []


# Acts only a state's police, courts or government do: in the passive with no agent, the state
# where it happened did them (a place in the clause, else the country of the one they were done to).
STATE_ACTS = {"arrest": "COP", "detain": "COP", "jail": "JUD", "imprison": "JUD", "sentence": "JUD",
              "convict": "JUD", "indict": "JUD", "prosecute": "JUD", "deport": "GOV"}


VERDICT_VERBS = {"indict", "convict", "sentence", "prosecute"}  # a court's word that can say who someone is


# What explodes: a killing done by one of these, with no one named, was done by unknown attackers
EXPLOSIVES = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "minefield",
              "car-bomb", "carbomb", "explosive", "grenade"}


def _bombers_of_the_scene(verb: Token, mentions: MentionIndex) -> list[Mention]:
    """"A car bomb outside the city of Mosul killed two soldiers": a killing by a bomb or blast, with
    no one named who set it, is coded as done by unnamed attackers of the country where it
    happened (a place named with the verb or with the blast), as event data coders do."""
    if is_passive(verb):
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        blasts = [agent] + prep_objects(verb, ("in",))
    else:
        blasts = [subject_of(verb)]
    blast = next((b for b in blasts if b is not None and (b.lemma_.lower() in EXPLOSIVES or any(
        c.dep_ == "compound" and c.lemma_.lower() in EXPLOSIVES for c in b.children))), None)
    if blast is None or mentions.at(blast) is not None:
        return []
    scene = _location(verb, mentions) or next(
        ([replace(m, code=m.country, sector="", kind="place")] for t in blast.subtree
         if (m := mentions.at(t)) is not None and m.kind in {"place", "capital"}), [])
    return [replace(m, sector="", kind="implied", person_id=None, confidence=min(m.confidence, 0.4))
            for m in scene[:1] if m.country not in {"IGO", "NGO", "IMG"}]


BROKERING_VERBS = {"broker", "mediate", "negotiate", "facilitate"}
SETTLEMENT_TYPES = {"RETREAT", "COOPERATE", "AGREE"}  # a truce, a deal, an accord


def _brokered_between(noun: Token, frame: Frame, mentions: MentionIndex) -> list[Mention]:
    """The parties of a truce or deal a third side brokered "between X and Y", who agreed to
    it; empty unless at least two are named."""
    if frame.plover not in SETTLEMENT_TYPES or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in BROKERING_VERBS:
        return []
    parties = [m for g in prep_objects(noun, ("between",), through_object=False) for m in actors_of(g, mentions)]
    return parties if len({m.country for m in parties}) >= 2 else []


def _on_request(noun: Token, frame: Frame, mentions: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    """"Rwanda deployed troops at the request of Mozambique": who asked (the noun's "of"
    phrase) and who was asked (the subject of the verb the phrase qualifies)."""
    if frame.plover != "REQUEST" or noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "upon", "on"}:
        return [], []
    verb = noun.head.head
    requesters = [m for g in prep_objects(noun, ("of",)) for m in actors_of(g, mentions)]
    if not requesters or verb.pos_ not in {"VERB", "AUX"}:
        return [], []
    return requesters, actors_of(subject_of(verb), mentions)


def _judicial_status(verb: Token) -> bool:
    """A court's verdict as a participle describing a person ("a Bosnian Serb indicted for war
    crimes", "a man convicted of murder"): who the person is, not an act the story reports
    ("leaders jailed since July" are held now)."""
    return verb.lemma_.lower() in VERDICT_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and verb.head.pos_ in {"NOUN", "PROPN"}


def _state_that_acted(verb: Token, targets: list[Mention], mentions: MentionIndex) -> list[Mention]:
    """The implied agent of an agentless arrest, sentence or deportation."""
    sector = STATE_ACTS[verb.lemma_.lower()]
    located = _location(verb, mentions)
    states = [m for m in located or targets if m.country not in {"IGO", "NGO", "IMG"}][:1]
    return [replace(m, code=m.country + sector, sector=sector, kind="implied", person_id=None,
                    confidence=min(m.confidence, 0.5)) for m in states]


def _is_state(mention: Mention) -> bool:
    return mention.kind in {"country", "capital", "seat", "person"} and mention.sector in {"", "GOV"}


DEMAND_NOUNS = {"reminder", "warning", "message", "demand", "call", "appeal", "ultimatum",
                "insistence", "statement", "letter", "note"}


def _demanded_clause(clause: Token) -> bool:
    """A that-clause of what must be done: with must/should, or a bare (subjunctive) verb."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and (
        clause.tag_ == "VB" or any(a.dep_ == "aux" and a.lemma_.lower() in OBLIGATION for a in clause.children))


def _demand_noun(noun: Token, index: int, sent: Span, document: Document, mentions: MentionIndex,
                 lexicon: Lexicon) -> Iterable[Event]:
    """'issued a stern reminder to Iraq that it must cooperate': a demand on the clause's subject."""
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
        a.dep_ == "aux" and a.lemma_.lower() in OBLIGATION for a in c.children)), None)
    if clause is None and noun.dep_ == "dobj":  # "repeated its demand that Myanmar lift ...", the
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i  # clause
                       and _demanded_clause(c)), None)  # parsed as the verb's
    if clause is None and noun.dep_ == "dobj":  # "renewed his call for Britain to return ...",
        clause = next((c for c in (*noun.children, *noun.head.children)  # the clause marked by "for"
                       if c.dep_ in {"advcl", "acl"} and c.i > noun.i and any(
                           m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
    if clause is None or blocked(noun, "REQUEST"):
        return
    sources = actors_of(noun, mentions)
    verb = governing_verb(noun)
    if not sources and verb is not None:
        sources = actors_of(subject_of(verb), mentions)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    targets = actors_of(subject, mentions)
    if not targets:  # "a reminder to Iraq that it must ...": the one addressed
        heads = [noun] + ([verb] if verb is not None else [])
        targets = [m for h in heads for t in prep_objects(h, ("to",)) for m in actors_of(t, mentions)]
    yield from _pairs(sources, targets, noun, "REQUEST", "100", 0.8, index, sent, document, lexicon)


def _protest_against_government(sources: list[Mention], targets: list[Mention]
                                ) -> tuple[list[Mention], list[Mention]]:
    """A protest with no named target is against the protesters' own government (PLOVER);
    protesters without a sector are civilians."""
    people = [replace(m, code=m.country + (m.sector or "CVL"), sector=m.sector or "CVL",
                      kind="group" if m.kind == "place" else m.kind)
              for m in sources if m.country not in {"IGO", "NGO", "IMG"}]
    named = [m for m in targets if m.kind != "place"]
    rulers = {m.country for m in named if m.sector == "GOV" and m.country not in {"IGO", "NGO", "IMG"}
              and not FOREIGN_MISSIONS & set(m.text.lower().split())}  # not "the Saudi embassy in Tehran"
    if len(rulers) == 1 and people and all(m.how in STORY_HOWS for m in people):
        # "demonstrators chanting against the Supreme Leader", placed only by the story: his people
        ruler = next(iter(rulers))
        people = [replace(m, code=ruler + m.sector, country=ruler) for m in people]
    if named:
        return people, named
    governments = [replace(m, code=m.country + "GOV", sector="GOV", kind="implied", confidence=0.6)
                   for m in (targets or people)]
    return people, governments


# What an accused answers: calling the charges baseless rejects them (CAMEO 12), it accuses no one
ACCUSATION_NOUNS = {"allegation", "accusation", "charge", "claim"}


def _evaluations(verb: Token, index: int, sent: Span, document: Document,
                 mentions: MentionIndex, lexicon: Lexicon, earlier: Sequence[Event] = ()) -> Iterable[Event]:
    """A speaker judging another actor's act, evidence or conduct."""
    if blocked(verb, "ACCUSE"):
        return
    speakers = actors_of(subject_of(verb), mentions)
    if not speakers:
        return
    predicate = naming_predicate(verb)
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if predicate is None and named is not None and verb.lemma_.lower() in NAMING_AS and (
            lexicon.evaluation(named.lemma_, "attribute")):
        # "called the opposition protesters bandits", parsed as one noun phrase: the phrase's
        # modifier is who is named, its head what they are called
        inner = next((c for c in named.children if c.dep_ in {"nmod", "compound"} and c.pos_ in {"NOUN", "PROPN"}
                      and any(mentions.at(t) for t in c.subtree)), None)
        named, predicate = (inner, named) if inner is not None else (named, None)
    # "called the Armenian offensive an invasion", parsed as three predicates: the first names
    misread = [c for c in verb.children if c.dep_ == "oprd" and predicate is not None and c.i < predicate.i]
    named = named if named is not None else (misread[0] if misread else None)
    if named is None and predicate is not None:  # "called Japan's decision illegal", parsed as a small clause
        named = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    antecedent = named is None and verb.head.pos_ == "NOUN" and (verb.dep_ == "relcl" or verb.dep_ == "acl" and any(
        c.dep_ == "nsubj" for c in verb.children))
    named = verb.head if antecedent else named  # "a move Belgrade called unacceptable": what the clause is about
    if named is not None and predicate is not None:  # "called the strikes a violation of international law"
        judged = next(((t, found) for t in predicate.subtree
                       if t.pos_ in {"NOUN", "ADJ"} or t is predicate  # "as meddling", tagged a verb
                       if (found := lexicon.evaluation(t.lemma_, "attribute")
                           or lexicon.evaluation(t.lower_, "attribute"))), None)
        if judged is not None:
            word, verdict = judged[0], (judged[1].polarity, judged[1].cameo)
            plover = "SUPPORT" if verdict[0] == "+" else "ACCUSE"
            if verdict[0] == "-" and named.lemma_.lower() in ACCUSATION_NOUNS and not actors_of(named, mentions):
                # "called the accusations baseless": the accusation rejected, answering whoever made it
                claimed = _claimant(verb, index, mentions, {m.country for m in speakers})
                if claimed is not None:
                    yield from _pairs(speakers, [claimed[1]], verb, "REJECT", "120", 0.8, index, sent, document,
                                      lexicon)
                    return
                plover, verdict = "REJECT", ("-", "120")
            # who the judged thing names (never the speaker, whom "a move X called illegal" also
            # names), its with/by phrase, the verdict word's own modifier, else an earlier event
            targets = [m for n in [named, *misread[1:]] for m in actors_of(n, mentions)
                       if not any(m is s for s in speakers)] or [
                m for g in prep_objects(named, ("with", "by"))  # "described the deal with X as a violation"
                for m in actors_of(g, mentions)] or [
                m for c in word.children if c.dep_ in {"amod", "poss", "compound", "nmod"}  # "an act of
                if (m := mentions.at(c)) is not None] or _earlier_event_source(  # Iranian terrorism"
                    verb, index, lexicon, mentions, earlier, speakers, naming=verdict[0],
                    judged=named if antecedent else None)
            yield from _pairs(speakers, targets, verb, plover, verdict[1], 0.8, index, sent, document, lexicon)
        return
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "told a briefing that X must"
        clauses += [c for c in obj.children if c.dep_ in {"relcl", "acl", "ccomp"} and any(
            g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ not in {"that", "which", "who"}
            for g in c.children)]
    for clause in clauses:
        if clause.dep_ == "relcl":  # a mis-parsed complement clause
            clause_dep = "ccomp"
        else:
            clause_dep = clause.dep_
        if clause_dep in {"ccomp", "acl"} and any(c.dep_ == "aux" and c.lemma_.lower() in OBLIGATION
                                                  for c in clause.children):
            # "Russia said Sudan must return the helicopter": a demand on Sudan; in "X should be
            # suspended" X is what is to be done to, not who is asked
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            yield from _pairs(speakers, actors_of(subject, mentions), verb, "REQUEST", "100", 0.8,
                              index, sent, document, lexicon)
            continue
        if clause_dep == "ccomp" and _penalty_foretold(clause, lexicon):
            # "Lee said the North would pay a price": the speaker threatens who is to pay
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            threatened = actors_of(subject, mentions)
            if not threatened and subject is not None and subject.pos_ == "NOUN":
                # "warned that the crackdown would have consequences": for whoever carried it out
                threatened = _earlier_event_source(verb, index, lexicon, mentions, earlier, speakers,
                                                   naming="-", judged=subject)
            yield from _pairs(speakers, threatened, verb, "THREATEN", "130", 0.8,
                              index, sent, document, lexicon)
            continue
        judged, verdict = _verdict(clause, lexicon)
        if verdict is None:
            continue
        polarity, cameo = verdict
        negated = any(c.dep_ == "neg" for c in clause.children)
        if negated:
            polarity = "-" if polarity == "+" else "+"
            cameo = "111" if polarity == "-" else "051"
        plover = "SUPPORT" if polarity == "+" else "ACCUSE"
        if polarity == "-" and judged is not None and judged.lemma_.lower() in ACCUSATION_NOUNS:
            plover, cameo = "REJECT", "120"  # "said the charges were baseless": the accusation rejected
        targets = actors_of(judged, mentions)
        if not targets and judged is not None:  # "the agreement with the World Bank was historic"
            targets = [m for g in prep_objects(judged, ("with", "by")) for m in actors_of(g, mentions)]
        if not targets and judged is not None:  # "said the sanctions were illegal": who imposed them
            targets = _earlier_event_source(verb, index, lexicon, mentions, earlier, speakers,
                                            naming=polarity, judged=judged)
        yield from _pairs(speakers, targets, verb, plover, cameo, 0.8, index, sent, document, lexicon)


def _verdict(clause: Token, lexicon: Lexicon) -> tuple[Token | None, tuple[str, str] | None]:
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is not None and subject.dep_ == "csubj":  # a mis-parsed subject: "evidence ... was"
        subject = next((c for c in subject.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None, None
    conduct = lexicon.evaluation(clause.lemma_, "conduct")
    if conduct and clause.pos_ == "VERB":
        return subject, (conduct.polarity, conduct.cameo)
    if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):
        found = lexicon.evaluation(clause.lower_, "attribute")  # "was justified", "was rigged"
        return subject, (found.polarity, found.cameo) if found else None
    if clause.lemma_.lower() not in COPULAS:
        return subject, None
    return subject, _attribute_verdict(clause, lexicon)


NAMING_AS = {"describe", "call", "label", "brand", "term", "characterize", "characterise", "view", "regard",
             "see", "consider", "denounce", "dismiss", "hold"}  # "described the landing as state terrorism",
# "held the United States responsible"


def naming_predicate(verb: Token) -> Token | None:
    """What 'called X Y' or 'described X as Y' says X is: the verb names its object, a small
    clause of its own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ == "oprd" or c.dep_ == "ccomp" and c.pos_ == "ADJ"
                  and not list(c.children)]  # "held the United States responsible", the adjective a clause
    if predicates:  # "called the Ethiopian offensive an invasion", parsed with two: the last one
        return predicates[-1]
    for child in [*verb.children, *(g for o in objects for g in o.children)]:
        if child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() in NAMING_AS:
            return next((g for g in child.children if g.dep_ == "pobj"), None) or next(
                (g for g in child.children if g.pos_ == "ADJ"), None)  # "as illegal", the adjective parsed as amod
    if verb.lemma_.lower() in NAMING_AS:  # "called Japan's decision illegal": an adjective after the noun
        after = next((g for o in objects for g in o.children if g.dep_ == "amod" and g.i > o.i), None)
        if after is not None:
            return after
    if verb.lemma_.lower() in NAMING_AS:  # "called Madagascar's transfer of power a coup", parsed
        return next((g for o in objects for g in o.children if g.dep_ == "appos" and g.i > o.i  # as apposition
                     and any(d.lower_ in {"a", "an"} for d in g.children if d.dep_ == "det")), None)
    return None


def _attribute_verdict(clause: Token, lexicon: Lexicon) -> tuple[str, str] | None:
    """The polarity and CAMEO code of what a copula says its subject is ("is a provocation")."""
    words: list[Token] = []
    for child in clause.children:
        if child.dep_ in {"acomp", "attr", "oprd"}:
            words += [child] + [c for c in child.children if c.dep_ in {"conj", "amod"}]
            words += [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]  # "an act of terror"
        elif child.dep_ == "prep":  # "of poor quality"
            for pobj in child.children:
                words += [pobj] + [c for c in pobj.children if c.dep_ in {"amod", "conj"}]
        elif child.dep_ == "advmod":  # "a step forward", parsed as "step" measuring "forward"
            words += [c for c in child.children if c.dep_ == "npadvmod"]
    for word in words:
        after = word.nbor() if word.i + 1 < len(word.doc) else None
        pairs = [f"{word.lemma_} {after.lemma_}", f"{word.lower_} {after.lower_}"] if after is not None else []
        found = (lexicon.evaluation(word.lemma_, "attribute") or lexicon.evaluation(word.text, "attribute")
                 or next((e for p in pairs if (e := lexicon.evaluation(p, "attribute"))), None))
        if found:
            return found.polarity, found.cameo
    return None


NON_STATE_SECTORS = {"REB", "OPP", "CVL", "INS", "SEP", "REF", "LAB", "RAD"}  # sectors that never stand for their state
# sectors a state acts on, as a target, without standing for the state: "Bangladesh outlawed the party"
STATE_ACTS_ON = {"PTY", "MED"}


def _same_actor(a: Mention, b: Mention) -> bool:
    """Two mentions of one actor (a the source, b the target): the same person, or a country and
    itself (a bare country and a sector of it count as one actor, unless one is where the act
    happened, or the country acts on its own parties or press)."""
    if a.country != b.country:
        return False
    if same_person(a.person_id, b.person_id):
        return True
    if {a.sector, b.sector} & NON_STATE_SECTORS:
        return False  # rebels, opposition or civilians against their country: a domestic event
    if not a.sector and b.sector in STATE_ACTS_ON and a.kind != "place":
        return False  # a country that bans, legalizes or censors its own parties or press
    return not (a.sector and b.sector) and "place" not in {a.kind, b.kind} and "implied" not in {
        a.kind, b.kind}


def _two_actors(a: Mention, b: Mention) -> bool:
    """Two different actors: people the actor tables know, or a named group and another group, whatever
    their codes ("Kenyatta criticised his deputy Ruto": both KENGOV; "Hezbollah fighters in Syria
    attacked rebels": both SYRREB; domestic events all the same)."""
    if a.kind in {"person", "pronoun"} and b.kind in {"person", "pronoun"}:
        return bool(a.person_id and b.person_id) and not same_person(a.person_id, b.person_id)
    groups = {"group", "organisation"}
    named = [m for m in (a, b) if m.how.startswith("dictionary")]
    return a.kind in groups and b.kind in groups and bool(named) and a.text.lower() != b.text.lower()


def _pairs(sources: list[Mention], targets: list[Mention], predicate: Token, plover: str,
           cameo: str, confidence: float, index: int, sent: Span, document: Document,
           lexicon: Lexicon) -> Iterable[Event]:
    code = lexicon.code(cameo)
    for source in sources:
        if source.kind == "place":  # a city is where things happen, not who acts
            continue
        if plover == "MOBILIZE" and source.sector in UNARMED_SECTORS:
            continue  # "tourists scrambled to find a way out": people on the move mobilize no force
        if plover == "CONSULT" and predicate.lemma_.lower() in JOURNEY_VERBS and all(
                t.kind == "place" and t.country == source.country for t in targets):
            continue  # "flew back to Karachi": a journey home visits no one
        for target in targets:
            if source.code == target.code and not _two_actors(source, target) or _same_actor(source, target):
                continue
            if plover in OWN_FORCES_TYPES and target.country == source.country and target.sector in FORCE_SECTORS:
                continue  # "proposed that Turkish fighters fly unarmed": its own forces are its means
            if plover == "SANCTION" and target.kind == "place" and target.country == source.country:
                continue  # "agreed to halt military operations in Chechnya": no sanction on its own land
            start = min(source.start, target.start, predicate.idx)
            end = max(source.end, target.end, predicate.idx + len(predicate))
            yield Event(
                doc_id=document.doc_id,
                sent_index=index,
                sentence=sent.text.strip(),
                start=start,
                end=end,
                source=source.code,
                target=target.code,
                source_text=source.text,
                target_text=target.text,
                predicate=predicate.text,
                plover=plover,
                cameo=cameo,
                goldstein=code.goldstein,
                quad_class=code.quad_class,
                confidence=round(confidence * min(source.confidence, target.confidence), 3),
                date=document.date,
            )


# Words that start a reading of their own besides the lexicon's frames (speech acts, namings,
# demands, efforts): compiled with the frames' own trigger words (Lexicon.triggers)
TRIGGER_VERBS = frozenset(SPEECH_VERBS | NAMING_AS)
TRIGGER_NOUNS = frozenset(DEMAND_NOUNS | EFFORT_NOUNS)
