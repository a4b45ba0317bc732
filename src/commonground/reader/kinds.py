"""Which kind of 1:1 move a typed line is: the rules, in order of precedence.

Each rule is a regular expression or a word list, and each one that decides the kind
leaves a short note saying why. Precedence (the first that applies wins):

1. empty line -> ``other``
2. ``leading_question`` anywhere ("don't you think", ", right?") — a push beats the
   form it is wrapped in, even an ask
3. ``ask`` anywhere (a request frame such as "would you be willing to" followed by an
   action, not by "tell me"/"share"; or an offered alternative such as "would Sunday at
   2pm work?") — an ask phrased as a question is an ask
4. ``advice`` anywhere ("you should", "have you tried", "what you need to do is")
5. a story or common ground whose questions ask nothing of them ("where would she go?",
   "..., can we?") and that ends on a statement is that statement
6. if the line contains a question (or "tell me about..."), the last question decides:
   a probe of a no or a maybe ("Is it the date, or the activity?") is an
   ``open_question``; then ``factual_question`` > ``open_question`` > ``closed_question``
7. ``close``: thanks that end the meeting, a promised follow-up or a goodbye
8. otherwise, statements: ``common_ground`` > ``story``
9. ``other``
"""

from __future__ import annotations

import re

from commonground.reader import (
    advice,
    ask_frames,
    closing,
    leading_questions,
    probes,
    question_form,
    question_kinds,
    statements,
)
from commonground.reader import patterns as pat
from commonground.reader.asks import HELP_TO, TIME_WORDS, specificity
from commonground.reader.guards import any_in
from commonground.reader.memo import remembered
from commonground.reader.text import lemma, normalise, sentences


def classify(text: str) -> tuple[str, list[str]]:
    """Return ``(kind, rules)`` for one typed line; see the module docstring for order."""
    t = normalise(text)
    if not t:
        return "other", ["empty line -> other"]
    parts = [pat.FILLER.sub("", s).strip() for s in sentences(t)]
    if len(parts) > 1 and (not parts[0].strip("?!.,;: ") or pat.RHETORICAL_OPENER.match(parts[0])):
        parts = parts[1:]  # an opening "Honestly?" or "You know what?" asks nothing
    parts = [p for p in parts if p]
    if not parts:
        return "other", ["only filler words -> other"]
    checks = (_leading, _ask, _advice, _story_turning_back, _aside, _question, _close, _statement)
    for check in checks:
        found = check(t, parts)
        if found:
            return found
    return "other", ["no rule matched -> other"]


def _leading(t: str, parts: list[str]):
    for p in parts:
        for i in leading_questions.LEADING_INDEX.candidates(p):  # the rules whose words are there
            pattern, why, _ = leading_questions.LEADING[i]
            m = pattern.search(p)
            if (
                m
                and why == "ends with the tag"
                and question_kinds.ASKS_ITSELF.match(p)
                and "," not in p
            ):
                continue  # "is that right?" / "don't you?" alone is a plain question
            if m and why == "ends with the tag" and leading_questions.RESTATES_PLAN.match(p):
                continue  # "so that's Saturday at 10 at the library, yeah?" checks the plan
            if m and why == "ends with the tag" and leading_questions.FACT_TAG.match(p):
                continue  # "you work nights, right?" checks a fact about them
            if (
                m
                and why == "ends with the tag"
                and p != parts[-1]
                and t.startswith("so")
                and leading_questions.HEARS_BACK.match(parts[-1])
            ):
                continue  # "So it's..., isn't it, .... Have I got that right?" says back
            if m:
                return "leading_question", [
                    f"{why} '{m.group(m.lastindex or 0).strip(' ,?')}' -> leading question"
                ]
    return None


def ask_frame(sentence: str) -> str | None:
    """Return the request frame of ``sentence`` when it asks them to act, else None."""
    found = _frame_match(sentence)
    return found[0] if found else None


def ask_action(text: str) -> str | None:
    """The words after an ask's request frame (the action asked for), or None.

    "Would you be willing to present the figures on Monday?" gives "present the figures
    on monday"; an imperative frame keeps its verb ("show me which drains").
    """
    return action_in(normalise(text))


@remembered  # a pure function of the text; the reader asks it several times
def action_in(t: str) -> str | None:
    """:func:`ask_action` of a line already normalised (not normalised again)."""
    for p in sentences(t):
        p = pat.FILLER.sub("", p).strip()
        found = _frame_match(p)
        if found:
            frame, rest = found
            if ask_frames.IMPERATIVE_FRAME.match(frame + " ") or ask_frames.VERB_FRAME.match(frame):
                rest = f"{frame} {rest}".strip()
            elif ask_frames.BOOK_FRAME.match(frame):
                rest = f"{frame.split(' ', 2)[-1]} {rest}".strip()
            elif frame.endswith(("help", "help us", "help me")) and not (
                frame.endswith(("us", "me")) and _helps_to_act(rest)
            ):
                rest = f"help {rest}".strip()
            return rest or None
    return None


def _helps_to_act(rest: str) -> bool:
    """True when "help (us)" is followed by a concrete verb ("help us paint banners")."""
    m = HELP_TO.match(f"help {rest}")
    return bool(m) and m.group(1) not in ask_frames.VAGUE_VERBS | ask_frames.NOT_ACTION


_HEDGE_COMMA = re.compile(r"^(?:maybe|perhaps|possibly|like|honestly|just|please)\s*,\s*")


# A question that opens with a question word: "and come" inside it joins two of its verbs
# ("how is it for you to go to campus and come back?"), and asks for nothing (session 11).
_WH_OPENS = re.compile(r"^(?:so |and |but |ok |okay )?(?:how|what|why|where|who|which)\b")


def _frame_match(sentence: str) -> tuple[str, str] | None:
    for m in ask_frames.ASK_FRAME.finditer(sentence):
        if m.start() and m.group(0).startswith("and ") and _WH_OPENS.match(sentence):
            continue
        rest = sentence[m.end() :].strip(" ,?.!")
        if "," in rest[:12]:
            rest = _HEDGE_COMMA.sub("", rest)  # "could you, maybe, come...": a hedge, no act
        if sentence[m.end() :].lstrip().startswith(",") or m.group(0).rstrip().endswith(","):
            rest = ask_frames.ASIDE.sub(
                "", rest, count=1
            )  # "would you, only if it suits, bring..."
        if rest.startswith(
            ("maybe ", "possibly ", "perhaps ", "really ", "also ", "be ", "consider ", "say ")
        ):
            rest = ask_frames.WILLING_LEAD.sub("", rest, count=1)
        first = rest.split(" ", 1)[0].strip("?.!,") if rest else ""
        tail = rest.split(" ", 1)[1] if " " in rest else ""
        if ask_frames.IMPERATIVE_FRAME.match(m.group(0).strip(" ,;:—–-") + " ") and rest:
            return m.group(0).strip(" ,;:—–-"), rest  # "show me which drains": the verb is here
        not_action = first in ask_frames.NOT_ACTION or lemma(first) in ask_frames.NOT_ACTION_LEMMAS
        if not_action and first == "say" and ask_frames.A_FEW_WORDS.match(tail):
            not_action = False  # "say a few words at the council meeting" speaks in public
        if not_action and not ask_frames.BE_SOMEWHERE.match(rest):
            continue
        if ask_frames.ABOUT_THEMSELVES.match(rest) or ask_frames.UNABLE_TO.match(rest):
            continue
        if rest.startswith(ask_frames.KEEP_QUIET_STARTS) and ask_frames.KEEP_QUIET.match(rest):
            continue  # "...if you kept this between us" asks for a confidence (session 15)
        if ask_frames.COME_ON.match(rest) and m.group(0).strip(" ,").endswith("come"):
            continue  # "come on, please" presses; it asks for nothing
        frame = m.group(0).strip(" ,;:—–-")
        books_a_day = frame.endswith("we") and not frame.startswith("let") and _names_day(rest)
        if ask_frames.TALK_AGAIN.match(rest) and not frame.endswith("you") and not books_a_day:
            continue  # "let's talk again next week" is a follow-up, not an ask
        speech = first in ask_frames.SPEECH_VERBS or lemma(first) in ask_frames.SPEECH_LEMMAS
        talks_to_us = speech and (not tail or ask_frames.SPEECH_TAIL.match(tail))
        if talks_to_us and ask_frames.A_HAND.match(tail):
            talks_to_us = False  # "give us a hand with the leafleting" asks for help, not talk
        if talks_to_us and ask_frames.SPOKEN_ACT.match(tail):
            talks_to_us = False  # "speak on Tuesday at City Hall" is an act, not a chat
        if talks_to_us and not (tail.startswith("your ") and ask_frames.PUBLIC_VENUE.search(tail)):
            continue
        frame = m.group(0).strip(" ,;:—–-")
        if not rest and (
            not frame.endswith(("you", "in", "there", "help", "help us", "help me"))
            or frame.startswith(("how about", "what if", "any chance"))
        ):
            continue
        return frame, rest
    return None


def _names_day(rest: str) -> bool:
    """True when ``rest`` names a day or a clock time ("again on Friday", "tuesday at 6")."""
    return bool(TIME_WORDS.search(rest))


# A question that opens with neither a question word nor a request frame: "Host a coffee
# for your unit, Wednesday 3pm?", "You can speak at the hearing, Thursday at 7pm?" (ours,
# session 10): with an activity and a when or a where it asks them to act.
_BARE_ASK_START = re.compile(
    r"^(?!(?:do|does|did|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|"
    r"might|am|aren't|isn't|don't|didn't|won't|wouldn't|haven't|hasn't|can't|couldn't|what|"
    r"what's|how|how's|why|who|whom|whose|where|when|which|any|anything|so|and|or|but|i|i'm|"
    r"i've|we|we're|it|it's|that|that's|this|there|you|your|they|he|she|my|our)\b)"
    r"|^you (?:can|could|would|will|'d|'ll)\b"
)


def _ask(t: str, parts: list[str]):
    for p in parts:
        frame = ask_frame(p)
        if frame:
            return "ask", [f"'{frame}' requests an action -> ask"]
    for p in parts:
        bare = question_form.strip_lead(p)  # "just to unpack it, is it the..." asks nothing new
        if p.endswith("?") and _BARE_ASK_START.match(bare) and not probes.probe_signal(p):
            named = set(specificity(p))
            if "activity" in named and named & {"time", "place"}:
                return "ask", ["names an activity and when or where, as a question -> ask"]
    for p in parts:
        m = ask_frames.WORKS_FOR_YOU.search(p) or (
            ask_frames.OFFERED_INSTEAD.search(p) if "instead" in p else None
        )
        if m and probes.ASKS_ACTIVITY_TOO.search(p):
            continue  # "would another day be better, or is it the canvassing itself?" probes
        if m and {"activity", "time"} & set(specificity(p)):
            frame = m.group(0).strip(" ,")
            return "ask", [f"'{frame}' offers a time or activity to agree to -> ask"]
    return None


def _advice(t: str, parts: list[str]):
    for p in parts:
        for i in advice.ADVICE_INDEX.candidates(p):
            pattern = advice.ADVICE[i][0]
            m = pattern.search(p)
            while m and _inside_question(p, m.start()):
                m = pattern.search(p, m.end())  # "..., you should ask for overtime" tells
            if m:
                return "advice", [f"'{m.group(0).strip()}' tells them what to do -> advice"]
    return None


def _inside_question(sentence: str, start: int) -> bool:
    """True for "what do you need to ..." — a question about them, not a telling — and
    for a clause of one: "what do you feel when you have to speak with your supervisor?"
    (ours, session 12)."""
    before = sentence[:start].split()
    if bool(before) and before[-1] in {"do", "did", "would", "will", "could", "can", "does"}:
        return True
    clause = sentence[:start].rpartition(", ")[2]
    return bool(_WH_ASKS_YOU.match(clause))


# A wh-question put to them, its verb before "you": "what do you feel when ...", "how
# would you cope if ..." (not "what you need to do is ...", which tells).
_WH_ASKS_YOU = re.compile(
    r"^(?:what|how|why|where|when|which \w+) (?:do|does|did|would|will|could|can|are|were) you "
    r"\w+ (?:when|if|whenever|once|after|before|while)\b"
)


def _story_turning_back(t: str, parts: list[str]):
    """A story that ends by handing the conversation back ("... What about you?") is a
    story: the closing question is how a story should end, not what the line is."""
    if len(parts) == 1:
        parts = question_form.split_turn_back(parts[0])  # "i grew up here, what about you?"
    if len(parts) < 2 or not pat.TURN_BACK.match(parts[-1]):
        return None
    found = _statement(t, parts[:-1])
    if found and found[0] == "story":
        return "story", found[1] + [f"ends '{parts[-1]}', turning to them -> still a story"]
    return None


# "... neither of us can do it alone, can we?": a tag that asks nothing of them.
_WE_TAG = re.compile(
    r",\s*(?:can|can't|cannot|do|don't|are|aren't|have|haven't|did|didn't|would|wouldn't|"
    r"could|couldn't|will|won't|should|shouldn't)\s+we\s*\?$"
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b")


def _aside(t: str, parts: list[str]):
    """A story or common ground with a question in passing that asks nothing of them
    ("... because where would she go? So that's how I ended up here", "I think we share
    something? We both know ...", "... neither of us can do it alone, can we?") is the
    statement it makes: the line ends on a statement and no question in it is about them."""
    tagged = _WE_TAG.search(parts[-1])
    parts = parts[:-1] + [_WE_TAG.sub(".", parts[-1])]
    asked = [p for p in parts if p.endswith("?")]
    if any(len(p.split()) < 3 for p in asked):
        return None  # "Me? I'm a nurse..." answers them; a bare "Me?" is no question in passing
    if not (asked or tagged) or parts[-1].endswith("?") or any(_YOU.search(p) for p in asked):
        return None
    found = _statement(t, [p for p in parts if not p.endswith("?")])
    if found and found[0] == "story" and parts[0].endswith("?"):
        return None  # "Straight to the next job? I thought ...": it opens by asking them
    if found and found[0] in ("common_ground", "story"):
        return found[0], found[1] + ["its question asks nothing of them -> still a statement"]
    return None


_OR_NOT = re.compile(r"^(?:you|you're|your|they|it|it's|he|she)\b(?![^,]*\b(?:if|whether)\b)")


# A polite frame round a question: the question inside decides its kind (ours, session 11).
_POLITE_ASK = re.compile(
    r"^(?:(?:might|may|can|could) i (?:just |please )?ask(?: you)?,? (?:if i may,? )?"
    r"|if i may(?: ask)?,? )(?=(?:what|how|why|when|where|who|which)\b)"
)


def _question(t: str, parts: list[str]):
    questions = [
        p
        for p in parts
        if p.endswith("?")
        or question_kinds.TELL_ME.search(p)
        or question_kinds.CHECK_TAG.search(p)
        or question_kinds.BARE_TAIL_QUESTION.search(p)
        # "no thats fine, whats making it tricky": a probe of a no or a maybe asks (ours,
        # session 12)
        or probes.probe_signal(p)
        # "you are member of the union already or not": a yes/no put as a statement (ours,
        # session 15); "i don't mind if you come or not" asks nothing
        or (p.endswith(" or not") and _OR_NOT.match(p))
    ]
    if not questions:
        # Typed and spoken questions often lack "?": one that opens like a question,
        # after an agreement or an acknowledgement ("fair enough, what would it take?").
        bare = (_unled(p) for p in parts)
        questions = [
            q
            for q in bare
            if question_kinds.ASKS_ITSELF.match(q)
            and not question_kinds.PSEUDO_CLEFT.match(q)
            and not question_kinds.EXCLAMATION.match(q)
            and not question_kinds.DONE_IT.match(q)  # "did it for years" tells (session 15)
        ]
    if not questions:
        return None
    q = questions[-1]
    bare = None if q.endswith("?") else question_kinds.BARE_TAIL_QUESTION.search(q)
    if bare:
        q = bare.group(0).lstrip(", ")  # "thanks for coming, how long have you ..."
    q = _POLITE_ASK.sub("", q)  # "might I ask what moves you?" asks "what moves you?"
    lead, sep, rest = q.partition(": ")
    if sep and len(lead.split()) <= 5 and question_kinds.ASKS_ITSELF.match(rest):
        q = rest  # "next on my list: what made you...?" asks what follows the colon
    tail = question_kinds.TAIL_QUESTION.search(q)
    if tail and not (question_kinds.OPEN_START.match(q) or question_kinds.ASKS_ITSELF.match(q)):
        q = tail.group(1)  # "you never reply, why is that?": the question is its tail
    if any_in(ask_frames.KEEP_QUIET_STARTS, q) and _asks_a_confidence(q):
        return None  # "could you keep this between us?" asks no question about them
    note = [] if len(questions) == 1 else [f"{len(questions)} questions: the last one decides"]
    probe = probes.probe_signal(q)
    if probe:
        return "open_question", note + [f"{probe[1]} (the method's probe) -> open question"]
    m = question_kinds.HOW_MUCH.match(q)
    if m:
        return "factual_question", note + [f"'{m.group(0)}' asks an easy fact -> factual question"]
    for pattern in question_kinds.FACTUAL:
        m = pattern.search(q)
        if m:
            return "factual_question", note + [
                f"'{m.group(0).strip(' ?')}' asks an easy fact -> factual question"
            ]
    m = (
        question_kinds.OPEN_START.match(q)
        or question_kinds.TELL_ME.search(q)
        or question_kinds.OPEN_START.match(question_form.strip_lead(q))  # "can I ask what...?"
        or _open_after_a_short_lead(q)  # "of everything you do, which bit...?"
    )
    if m:
        return "open_question", note + [f"starts with '{m.group(0)}' -> open question"]
    m = question_kinds.CLOSED_START.match(q)
    if m:
        return "closed_question", note + [
            f"starts with '{m.group(0)}' (a yes/no form) -> closed question"
        ]
    return "closed_question", note + ["a question with no open opener -> closed question"]


# "could you keep this between us?", "would you mind not mentioning it to anyone?": a
# confidence asked for in the form of a yes/no question (ours, session 15).
_CONFIDENCE_FRAME = re.compile(
    r"^(?:(?:please|so|and|but|oh|ok|okay|sorry),? )*(?:could|would|can|will|won't|wouldn't) "
    r"you (?:please |just )?(?:mind )?"
)


def _asks_a_confidence(question: str) -> bool:
    """True for a yes/no question that asks them to keep something to themselves."""
    m = _CONFIDENCE_FRAME.match(question)
    return bool(m) and bool(ask_frames.KEEP_QUIET.match(question[m.end() :].rstrip("?. ")))


def _open_after_a_short_lead(q: str):
    """The open opener after a short phrase set off by a comma ("Of everything you do,
    which bit would you never give up?", "In your view, what's changed?")."""
    lead, sep, rest = q.partition(", ")
    if not sep or len(lead.split()) > 5 or len(rest.split()) < 3:
        return None  # "you've heard about it, then?" asks nothing open
    return question_kinds.OPEN_START.match(rest)


def _unled(part: str) -> str:
    """A sentence less its opening agreement ("me too") or acknowledgement ("fair enough,")."""
    return question_form.strip_lead(question_kinds.AGREEMENT_LEAD.sub("", part))


def _close(t: str, parts: list[str]):
    """Thanks that end the meeting, a promised follow-up (when or how) or a goodbye."""
    for s in sentences(t):
        m = (
            closing.follow_up(s)
            or closing.GOODBYE.search(s)
            or (
                closing.CLOSING_THANKS.search(s)
                if any_in(closing.CLOSING_THANKS_HINTS, s)
                else None
            )
        )
        if m:
            return "close", [f"'{m.group(0).strip(' ,.!')}' closes the meeting -> close"]
    return None


def _statement(t: str, parts: list[str]):
    for p in parts:
        for pattern in statements.COMMON_GROUND:
            m = pattern.search(p)
            if m:
                return "common_ground", [
                    f"'{m.group(0).strip()}' names what you share -> common ground"
                ]
    for p in parts:
        for pattern in statements.STORY:
            m = pattern.search(p)
            if m:
                return "story", [f"'{m.group(0).strip()}' tells your own story -> story"]
    return None
