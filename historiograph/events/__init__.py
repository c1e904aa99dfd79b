"""The events stage: typed events with participants, time, place, citations and certainty.

For each body sentence: triggers from the lexicon (triggers.py), arguments from the parse
(arguments.py), the governing or narrative date (timing.py), certainty and attribution
(certainty.py). Triggers of one event told twice in a sentence ("defected ... by crossing the border
into") are merged; a later mention of an event already told ("his defection") is not a new event.
"""
from __future__ import annotations

from ..model import AnnotatedDocument, Event
from . import confidence, invading, retold, wordnet
from .dates import bounds, compatible, year_of
from .lexicon import cues


def _import_stage_modules() -> None:
    """The modules of the stage that read the parse, imported when it first runs: they import spaCy
    (about 2 CPU seconds), which the reader and the query commands, importing only the package's light
    modules (dates, lexicon, confidence), never need (tests/test_lazy_imports.py)."""
    global arguments, certainty, definite_places, gapping, infobox, lifespan, numbers, parts, timing, triggers
    global DocIndex
    from . import arguments, certainty, definite_places, gapping, infobox, lifespan, numbers, parts, timing, triggers
    from .context import DocIndex


def annotate(ad: AnnotatedDocument, options=None) -> dict:
    if ad.nlp is None:
        return {"events": []}
    return {"events": extract(ad)}


def extract(ad: AnnotatedDocument) -> list[Event]:
    _import_stage_modules()
    idx = DocIndex(ad)
    ad.nlp.user_data[wordnet.NAME_LABELS] = {i: m.label for i, m in idx.mention_of.items()}
    found: list[tuple[Event, object]] = []  # (event, trigger)
    for trig in triggers.find(ad.nlp):
        if not idx.in_body(trig.start_char) or idx.on_structure_line(trig.start_char):
            continue  # headings and infobox lines are read as facts (infobox.py), not as prose
        ev = _event(trig, idx)
        if ev is not None:
            found.append((ev, trig))
    found = _drop_back_references(found)
    trig_of = {id(ev): trig for ev, trig in found}
    events = _dedupe(_merge_in_sentence(found))
    definite_places.resolve([(e, trig_of[id(e)]) for e in events if id(e) in trig_of], idx)  # "the town"
    events = retold.merge(events)  # a summary's re-mention is evidence
    events = _drop_orders_of_events(events, found)
    for ev in parts.attach([(e, trig_of[id(e)]) for e in events if id(e) in trig_of], idx):
        ev.confidence = confidence.estimate(confidence.features(ev))  # "the battles of the war": its sides
    events += [inst for ev in list(events) if id(ev) in trig_of  # "victories, including A, B and C"
               for inst in arguments.instances(ev, trig_of[id(ev)], idx)]
    gapped = [g for ev in list(events) if id(ev) in trig_of  # "went to X and later to Y"
              for g in gapping.events(ev, trig_of[id(ev)], idx)]
    for g in gapped:
        g.confidence = confidence.estimate(confidence.features(g))
    events += gapped
    events += infobox.facts(idx)
    infobox.lend_agents(events, idx)  # "Founder: X" for "the company was founded in 1871"
    events = infobox.lend_dates(events, idx)  # "Born: 12 March 1801" and "Weber was born at Basel": one birth
    lifespan.date_from_life(events, idx)  # "Ruiz (1490 – 1551) was ..." dates "Born in Toledo, Ruiz ..."
    events += lifespan.life_events(events, idx)  # "the painter X (1812–1881) lived ...": told by the bracket
    events.sort(key=lambda e: e.trigger["start"])
    for i, ev in enumerate(events, 1):
        ev.id = f"v{i}"
    units = {}
    for ev, trig in found:
        if ev.id:
            units[ev.id] = _patient_unit(ev, idx)
    numbers.attach([e for e in events if e.source == "prose"], idx, units)
    numbers.attach_strength(events, idx)  # "the rebels, some 3,000 men": the size of a force
    return events


def _drop_back_references(found):
    """"While the petition was still pending", "X won the appeal": a bare definite event noun after
    an event of its type was told is that event again, not a new one with whoever its sentence
    names. (A noun with words of its own, "the appeal of Y", "the second siege", may be new.)"""
    out = []
    seen: set[str] = set()
    for ev, trig in sorted(found, key=lambda x: x[1].start_char):
        if trig.nominal and ev.type in seen and _bare_definite(trig):
            continue
        seen.add(ev.type)
        out.append((ev, trig))
    return out


def _bare_definite(trig) -> bool:
    """The noun has an anaphoric determiner and nothing of its own: no possessor, modifier, number,
    "of"/"by" phrase, clause or date."""
    h = trig.head
    if len(trig.tokens) != 1 or h.tag_ != "NN" or _sequenced(h):
        return False
    if not _anaphoric(h):
        return False
    kids = list(h.children)
    return not any(c.dep_ in ("poss", "amod", "compound", "nmod", "nummod", "relcl", "acl", "appos")
                   or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in kids)


def _anaphoric(h) -> bool:
    """The noun has a determiner that points back ("the", "this", "that"): "the assault"."""
    return any(c.dep_ == "det" and c.lower_ in cues()["anaphoric_determiners"] for c in h.children)


def _drop_orders_of_events(events: list[Event], found) -> list[Event]:
    """"Kang Sheng ordered his execution": the order is how the execution's agent acted (arguments.py
    gives the noun the orderer as agent), not an appeal of its own."""
    trig_of = {id(ev): trig for ev, trig in found}
    noun_heads = {trig_of[id(ev)].head.i for ev in events if id(ev) in trig_of and trig_of[id(ev)].nominal}
    out = []
    for ev in events:
        trig = trig_of.get(id(ev))
        if trig is not None and not trig.nominal and ev.type == "appeal" and any(
                c.dep_ == "dobj" and c.i in noun_heads for c in trig.head.children):
            continue
        out.append(ev)
    return out


def _patient_unit(ev: Event, idx: DocIndex) -> str | None:
    """"people" when the event's patient is a population (a nationality in the plural, "families")."""
    for p in ev.participants:
        e = idx.entities.get(p.entity) if p.entity else None
        if p.role == "patient" and e is not None and e.label == "NORP":
            return "people"
    return None


def _event(trig, idx: DocIndex) -> Event | None:
    h = trig.head
    sent_i = idx.sentence_index(h)
    sent = idx.sents[sent_i]
    if certainty.naming(trig, idx) or _casualty_count(trig) or _sentence_to(trig) or (
            not trig.nominal and certainty.hearsay_frame(h)):
        return None
    why_not = certainty.irrealis(trig, idx)
    time = timing.time_of(h, sent, idx)
    if why_not and not (why_not == "present" and time and not time["inherited"] and
                        certainty.adverbial_date(h, idx.doc[idx.timex_of_head(time)])):
        return None  # a historical present is dated in its clause ("In 1804 he crowns himself")
    args = arguments.find(trig, idx, year_of(time["value"]) if time else None)
    rule = trig.rule
    if rule is not None:
        if rule.passive and not args.passive and not args.succession:
            return None
        if rule.objects and not (args.object_lemmas & rule.objects):
            return None
        if rule.needs_place and args.place is None:
            return None
        if rule.needs_entity_object and not args.object_is_entity and not (
                (args.passive or trig.nominal) and args.roles("patient")):
            return None  # ("he was freed", "the fall of Rome": the one acted on is named)
        if rule.needs_agent and not args.roles("agent"):
            return None
        if rule.people_patient and not any(arguments.is_people(t, idx) or _people_modifier(t, idx)
                                           for t in args.patient_heads):
            return None
    etype = trig.type
    if args.hazard_subject and etype == "killing":
        etype = "death"  # "It killed about 640 people", "it" the epidemic: deaths, no killer
    if rule is not None and rule.group_type and _group_subject(trig, idx, peoples=rule.group_type == "invasion"):
        etype = rule.group_type  # "Soviet troops crossed the frontier": an invasion, not a defection
    background = _background(trig, idx)  # told in passing
    time = timing.lead_typed(time, etype)  # an article head's "Date:" reaches its own event only
    time = timing.carried_for(time, etype, background, sent.start_char)  # no birth takes a carried date
    if time is not None and time["mod"] is None and triggers.found_dead(trig):
        time["mod"] = "ON_OR_BEFORE"  # "his body was found on 3 May": he died that day or before
    if time is not None and background:
        time["background"] = True
    explicit = time is not None and not time["inherited"]
    if not args.participants and not args.groups and not args.summed_up:  # ("the rebels" acted: not the last person named)
        _implicit_participant(trig, idx, sent_i, args, explicit)
    if not args.participants and args.place is None and not explicit and not _told_as_happening(trig) \
            and not _detected_in_narrative(trig, time):
        return None
    if trig.nominal and not args.participants and not _sequenced(h) and not _named_by_place(h, args) and not \
            triggers.occurs(h) and not triggers.counted(h) and _anaphoric(h) and not (
            time and not time["inherited"] and h.i <= idx.timex_of_head(time) and
            idx.timex_of_head(time) <= h.right_edge.i):
        return None  # "the assault": a mention of an event told before, or a generic one
    cert, source, _ = certainty.local(trig, sent, idx)
    att = certainty.from_attributions(trig.start_char, idx.ad.attributions)
    if att is not None and att.cue is not None and (
            _cue_is_own_object(att.cue, trig) or _cue_elsewhere(att.cue, trig, idx)):
        att = None  # "the mayor denied the rumours": the rumours are what was denied, not its teller
    if att is not None and att.cue is not None and att.cue.start == trig.start_char:
        # the attribution's own cue ("the governor Hans Lederer stated that ..."): the telling itself,
        # whose teller the attribution names even where the parse lost the subject
        if att.source and not args.roles("agent"):
            args.add("agent", att.source)
        att = None
    if att is not None and att.certainty != "negated":  # negation is judged per clause (certainty.local)
        cert = certainty.stronger(cert, att.certainty)
        source = att.source or att.work or source
    if source and any(p.entity == source for p in args.participants if p.role == "agent"):
        # the event is the telling itself ("Ienaga wrote that ..."): it is not reported by its teller
        source = None
        cert = "asserted" if cert == "reported" else cert
    ev = Event(
        id="",
        type=etype,
        trigger={"start": trig.start_char, "end": trig.end_char,
                 "text": idx.text[trig.start_char:trig.end_char]},
        sentence={"start": sent.start_char, "end": sent.end_char},
        participants=_one_role_each(args.all(), h),
        time=time,
        place=args.place,
        citations=list(idx.citations_by_sent.get(sent_i, [])),
        attributed_to=source,
        certainty=cert,
        numbers=args.numbers,
    )
    ev.trigger["source"] = trig.source
    ev.trigger["nominal"] = trig.nominal
    ev.trigger["detected"] = round(trig.detected, 2)
    ev.trigger["background"] = background  # told in passing, with or without a date
    ev.trigger["durative"] = certainty.durative(trig)
    ev.trigger["occurs"] = trig.nominal and triggers.occurs(h)  # "a hearing was held": told as happening
    ev.confidence = confidence.estimate(confidence.features(ev, trig.source, trig.nominal))
    return ev


def _one_role_each(parts: list, head) -> list:
    """No one acts on themselves unless the text says so ("shot himself"): an entity read as both
    agent and patient keeps the role its clause's subject gives (the patient of a passive, else the
    agent); the other came from a weaker source (a pronoun or a neighbouring clause)."""
    both = {p.entity for p in parts if p.role == "agent" and p.entity} & \
        {p.entity for p in parts if p.role == "patient" and p.entity}
    if not both or any(t.lower_.endswith(("self", "selves")) for t in head.subtree):
        return parts
    drop = "agent" if any(c.dep_ == "nsubjpass" for c in head.children) else "patient"
    return [p for p in parts if not (p.entity in both and p.role == drop)]


def _cue_is_own_object(cue, trig) -> bool:
    """An attribution cue that is the trigger's own object ("denied the rumours", "confirmed the
    reports"): what the event is about, not who tells it."""
    if trig.nominal:
        return False
    return any(c.dep_ == "dobj" and c.left_edge.idx <= cue.start and cue.end <= c.right_edge.idx + len(c.right_edge)
               for c in trig.head.children)


def _cue_elsewhere(cue, trig, idx: DocIndex) -> bool:
    """A sentence's attribution cue that belongs to another clause than the trigger's: a denial verb
    (whose reach certainty.local judges: "denied the rumours and resigned", "nobody denies that ..."),
    the object of another verb ("confirmed the reports and resigned"), the modal of a clause the trigger
    is not in ("captured the town; who could have stopped them?"), a verb of telling in a relative clause
    or a second conjunct ("settled at Graz, where he wrote for the Tagespost"; "and wrote that ..."), or
    a hedge adverb of a date or of another clause (certainty.hedge_elsewhere)."""
    span = trig.head.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    clause = tok.head if tok.dep_ in ("aux", "auxpass") else next(
        (a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    own = trig.head
    if trig.nominal:
        own = next((a for a in own.ancestors if a.pos_ in ("VERB", "AUX")), own)
    if certainty.hedge_elsewhere(tok, own, idx.timex_of):
        return True  # "was sacked, probably in 1241, and the monks fled": the date's doubt, not the flight's
    if own == clause:
        return False
    if clause.lemma_.lower() in cues()["denial_verbs"]:
        return not any(x.dep_ == "dobj" and own in x.subtree for x in clause.children)
    if own in tok.subtree:
        return False  # "confirmed the reports that the rebels had burned the mill": what is reported
    if tok.dep_ == "aux" and tok.tag_ == "MD":
        return own not in clause.subtree
    if tok == clause and (tok.dep_ in ("relcl", "acl") or tok.dep_ == "conj" and _telling_of_its_own(tok)):
        return True  # "settled in Lemberg, where he wrote for the Kurier", "settled there and wrote that ...":
        # the telling of a relative clause or a second conjunct reports its own content, not the clause beside it
    cur = tok
    while cur != clause and cur.head != cur:
        if cur.head == clause:
            return cur.dep_ == "dobj"
        cur = cur.head
    return False


def _telling_of_its_own(verb) -> bool:
    """A second conjunct that tells something of its own: a clause or a topic ("and he wrote that ...",
    "and wrote for the Kurier"), or a subject before it ("and he wrote"); not the teller of the clause before
    it, named after the verb ("burned the mill, wrote the governor Ivo Kas"), nor one joined by "so"
    ("and so the governor reported": what he reported is the clause before)."""
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in cues()["consequence_adverbs"] for c in kids):
        return False
    return any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in cues()["topic_preps"] or
               c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in kids)


def _sentence_to(trig) -> bool:
    """"sentenced him to death": the death named by a sentence is the trial's outcome, not an event."""
    h = trig.head
    if not trig.nominal or h.dep_ != "pobj" or h.head.lower_ != "to":
        return False
    verb = h.head.head
    return any(rule.type == "trial" for rule in arguments.lexicon().verbs.get(verb.lemma_.lower(), []))


DETECTED_NARRATIVE = 0.6


def _detected_in_narrative(trig, time) -> bool:
    """A word the trained detector reads as a happening ("marked by intense combat", "a brief truce"),
    in a passage with a narrative time, tells an event even when no one in it is named."""
    return time is not None and (trig.detected >= DETECTED_NARRATIVE or (trig.nominal and _sequenced(trig.head)))


def _sequenced(noun) -> bool:
    """"the subsequent occupation", "the ensuing rout": placed in the narrative's sequence, so a new
    event, not a mention of one told before."""
    return any(c.dep_ == "amod" and c.lower_ in cues()["sequence_adjectives"] for c in noun.children)


def _named_by_place(noun, args) -> bool:
    """"The engagement at Kastro": an event named by its own place, told whole, not a bare re-mention."""
    return args.place is not None and any(
        p.dep_ == "prep" and p.lower_ in ("at", "near", "of") and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children) for p in noun.children)


def _told_as_happening(trig) -> bool:
    """A finite verb with a subject ("the rebel army stormed the positions") tells an event even when
    no one in it is named; a bare noun ("fighting") does not."""
    h = trig.head
    return not trig.nominal and h.tag_ in ("VBD", "VBN") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in h.children) or (  # "the troops sent by the governor"
        not trig.nominal and h.tag_ == "VBN" and h.dep_ == "acl" and any(c.dep_ == "agent" for c in h.children)) or (
        triggers.told_without_subject(h))  # "Weighed anchor at dawn.", "Among the dead were ..."


def _background(trig, idx: DocIndex) -> bool:
    """Told in passing rather than as the passage's next step: a birth, a relative or participial
    clause ("Born ... in 1912,", "who had served"), a pluperfect, an aside in brackets. A date there
    may lie far from the passage's time without contradicting it (checks/narrative.py)."""
    if trig.type in arguments.lexicon().types_background:
        return True
    if trig.rule is not None and trig.rule.holder_attr:
        return False  # "The director, named in May 1877, was X": the participle is what the sentence tells
    h = trig.head
    cur = h
    for _ in range(10):
        if cur.dep_ in ("relcl", "acl", "appos", "parataxis") and cur.pos_ in ("VERB", "AUX") and not \
                triggers.title_clause(cur):
            return True
        if cur.dep_ == "advcl" and cur.tag_ in ("VBN", "VBG") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "had" for c in cur.children):
            return True
        if cur.head == cur:
            break
        cur = cur.head
    sent = idx.sents[idx.sentence_index(h)]
    before = idx.text[sent.start_char:trig.start_char]
    return before.count("(") > before.count(")")


def _casualty_count(trig) -> bool:
    """"600 killed and 2,500 wounded", "80,000 Japanese killed": a count of losses (a number of the
    fighting told nearby), not an event of its own."""
    h = trig.head
    if trig.nominal or trig.type not in arguments.lexicon().casualty_types:
        return False
    kids = list(h.children)
    if trig.type == "death" and h.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("conj", "auxpass") for c in kids):
        return False  # "forty people drowned", "3,000 people perished": a group's death, told
    if not any(c.dep_ in ("dobj", "auxpass", "agent") for c in kids):
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subj.children)):
            return True  # "792 Soviet soldiers killed and missing"
    if h.tag_ != "VBN" or any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in kids):
        return False
    if h.i > 0 and h.doc[h.i - 1].pos_ == "NUM":
        return True  # "lost 600 killed and 2,500 wounded"
    cur = h
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    head = cur.head
    return cur.dep_ in ("acl", "amod", "dobj", "oprd", "npadvmod") and (
        head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children))


def _people_modifier(tok, idx: DocIndex) -> bool:
    """"the Korean population": a nationality adjective on a people noun."""
    return arguments.is_people(tok, idx) or any(
        c.dep_ in ("amod", "compound") and idx.mention(c) is not None and idx.mention(c).label == "NORP"
        for c in tok.children) and tok.lemma_.lower() in cues()["people_nouns"]


def _group_subject(trig, idx: DocIndex, peoples: bool = False) -> bool:
    """The subject of the trigger is an armed force ("troops", "the army", an ORG named ... Army); with
    ``peoples``, also a people named as a whole that enters a place in war (invading.invades: "During the
    war the French entered Naples": a nation's forces, not anyone's journey)."""
    subj = arguments.subject_of(trig.head)
    if subj is None:
        return False
    if peoples and invading.invades(subj, trig, idx):
        return True
    if "civil" in wordnet.noun_kinds(subj.lemma_.lower()):
        return False  # "the envoy met the king": no battle (a government, an official, a delegation)
    if subj.lemma_.lower() in cues()["group_nouns"]:
        return True
    m = idx.mention(subj)
    return m is not None and m.label == "ORG" and any(
        w.lower() in cues()["group_nouns"] for w in m.text.split())


def _implicit_participant(trig, idx: DocIndex, sent_i: int, args, explicit: bool) -> None:
    """A dated nominal or bare participle with no argument ("A press conference was arranged ... on
    13 July", "(conferred Mar 24, 1945)") is about the person the passage is about: the person named
    in the sentence, else the last person named in the previous sentence."""
    h = trig.head
    bare_participle = not trig.nominal and h.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
    subject_nominal = trig.nominal and h.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos")
    if not explicit or not (subject_nominal or bare_participle):
        return
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children):
        return  # "His release came in 1762" with no "he" found: not whoever was named last
    role = arguments.lexicon().role_of(trig.type, "implicit_role", "agent")
    if bare_participle and (role == "agent" or h.dep_ == "acl"):
        return  # "the result, announced on 3 February, gave X the seat": X announced nothing
    if bare_participle and h.dep_ == "conj" and arguments.subject_of(h) is not None:
        return  # "the remnant of the army under X crossed ... and was interned": the subject it shares, not X
    sent = idx.sents[sent_i]
    person = None
    for m in idx.person_mentions:
        if sent.start_char <= m.start < sent.end_char:
            person = m
            break
    if bare_participle and arguments.opening_participle(h):
        # "Captured in 1849, after the surrender, he was imprisoned" (parsed with the participle as the main
        # verb): the fronted participle's subject is the sentence's subject, not the man named just before
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i > h.i), None)
        if subj is not None and subj.pos_ == "PRON":
            person = idx.pronouns().antecedent(subj)
            if person is None:
                return
        elif subj is not None and (m := idx.mention(subj)) is not None and m.label == "PERSON" and m.entity:
            person = m
        elif subj is not None:
            return  # ("Captured in 1849, the fort was razed": no one named)
    if person is None and sent_i > 0:
        person = idx.last_person_before(sent.start_char, idx.sents[sent_i - 1].start_char)
        if person is not None and idx.unrecognised_actor(person.end, sent.end_char):
            return  # someone named after that person acts (a name the names stage missed)
    elif person is not None and idx.unrecognised_actor(sent.start_char, person.start):
        return
    if person is not None and role:
        args.add(role, person.entity)


def _key_participants(ev: Event) -> set[str]:
    return {p.entity or f"name:{p.name}" for p in ev.participants}


def _role_keys(ev: Event) -> set[tuple[str, str]]:
    """(a described group, "the rebel army", may storm one place and pursue another: it does not make
    two clauses one event)"""
    return {(p.role, p.entity or f"name:{p.name}") for p in ev.participants if p.kind != "group"}


def _merge_in_sentence(found):
    """One event per type and clause: "defected ... by crossing the border into" is one defection."""
    out: list[tuple[Event, object]] = []
    for ev, trig in found:
        host = None
        for prev, ptrig in reversed(out):
            if prev.sentence != ev.sentence:
                break
            if prev.type != ev.type:
                continue
            related = _related(trig.head, ptrig.head)
            shared = _key_participants(prev) & _key_participants(ev)
            if (related or shared) and _times_fit(prev, ev) and not _disjoint_roles(prev, ev) and not (
                    not trig.nominal and not ptrig.nominal and prev.certainty != ev.certainty):
                # (two verbs told with different certainty are two acts: "burned the mill and then probably
                # attacked the fort" keeps the burning asserted)
                host = prev
                break
        if host is None:
            out.append((ev, trig))
            continue
        for p in ev.participants:
            if (p.entity or f"name:{p.name}") not in _key_participants(host):
                host.participants.append(p)
        host.place = host.place or ev.place
        if (host.time is None or host.time.get("inherited")) and ev.time and not ev.time.get("inherited"):
            host.time = ev.time
        host.certainty = certainty.stronger(host.certainty, ev.certainty)
        host.attributed_to = host.attributed_to or ev.attributed_to
        host.numbers.extend(n for n in ev.numbers if n not in host.numbers)
    return out


def _related(a, b) -> bool:
    """One trigger is in the other's clause (head chain), or both are conjuncts."""
    if a.head == b or b.head == a:
        return True
    for x, y in ((a, b), (b, a)):
        cur = x
        for _ in range(5):
            if cur.head == cur:
                break
            cur = cur.head
            if cur == y:
                return True
    return False


def _times_fit(a: Event, b: Event) -> bool:
    ta = bounds(a.time["value"], a.time.get("mod")) if a.time and not a.time.get("inherited") else None
    tb = bounds(b.time["value"], b.time.get("mod")) if b.time and not b.time.get("inherited") else None
    return compatible(ta, tb)


def _any_times_fit(a: Event, b: Event) -> bool:
    """The two times (inherited ones too) may be the same time."""
    ta = bounds(a.time["value"], a.time.get("mod")) if a.time else None
    tb = bounds(b.time["value"], b.time.get("mod")) if b.time else None
    return compatible(ta, tb)


def _disjoint_roles(a: Event, b: Event) -> bool:
    """Both name a patient and the patients differ: two events ("arrested X ... arrested Y")."""
    pa = {p.entity or p.name for p in a.participants if p.role == "patient"}
    pb = {p.entity or p.name for p in b.participants if p.role == "patient"}
    aa = {p.entity or p.name for p in a.participants if p.role == "agent"}
    ab = {p.entity or p.name for p in b.participants if p.role == "agent"}
    if (aa & pb) or (ab & pa):
        return True  # "Yezhov organised mass arrests ... and was arrested": the arrester, then the arrested
    return bool(pa and pb and not (pa & pb))


def _retold_elsewhen(prev: Event, ev: Event, trig) -> bool:
    """A finite verb ("He was imprisoned ...") in a passage whose time cannot hold the earlier
    event's date tells another event of a repeatable type (a second arrest), not the first again."""
    if trig.nominal or ev.type in arguments.lexicon().once_only or not (prev.time and ev.time):
        return False
    a = bounds(prev.time["value"], prev.time.get("mod"))
    b = bounds(ev.time["value"], ev.time.get("mod"))
    if a is None or b is None:
        return False
    # a year or more apart: a narrative month or two off is a re-mention's drift, not a new event
    return max(b[0] - a[1], a[0] - b[1]) >= 365


def _dedupe(found) -> list[Event]:
    """Drop a later mention of an event already told: same type and participant, no new date."""
    kept: list[Event] = []
    plural: set[int] = set()  # "won victories": many events, none of which a later one repeats
    told: set[int] = set()  # tellings with a content of their own ("said that ...")
    for ev, trig in found:
        explicit = ev.time is not None and not ev.time.get("inherited")
        content = _tells_content(trig)
        repeat = False
        for prev in kept:
            if prev.type != ev.type or not (_role_keys(prev) & _role_keys(ev)) or id(prev) in plural:
                continue  # ("Yezhov organised mass arrests ... was arrested": agent, then patient)
            if id(prev) in told and content:
                continue  # "X told the Cabinet that ... X said that ...": two tellings, each of its own
            if _disjoint_roles(prev, ev) or (prev.place and ev.place and prev.place != ev.place) or \
                    not _any_times_fit(prev, ev):
                continue  # another battle of the same commander, a release years after the first
            prev_explicit = prev.time is not None and not prev.time.get("inherited")
            if not explicit and _retold_elsewhen(prev, ev, trig):
                continue
            if not explicit or (prev_explicit and prev.time["value"] == ev.time["value"]):
                repeat = True
                if explicit and ev.certainty == "asserted" and prev.certainty in ("reported", "hedged"):
                    prev.certainty = "asserted"  # "Why did he invade Russia in 1812? He invaded Russia
                    prev.confidence = max(prev.confidence, ev.confidence)  # in 1812 ...": told as fact
                break
        if not repeat:
            kept.append(ev)
            if content:
                told.add(id(ev))
            if trig.nominal and trig.head.tag_ in ("NNS", "NNPS"):
                plural.add(id(ev))
    return kept


def _tells_content(trig) -> bool:
    """A verb that tells a clause of its own ("said that the front would hold"): each such telling is
    an event, not a re-mention of the teller's last one."""
    return not trig.nominal and any(c.dep_ == "ccomp" for c in trig.head.children)
