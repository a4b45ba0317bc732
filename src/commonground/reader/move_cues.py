"""What a line's own words show about the move it makes, for the coach's advice (ours,
session 10): a pressed view, thanks for what they shared, leave asked to follow up, a story
that says why, a moment told, their words given back and checked, their question about you
turned away, and a list of questions worked down.

Each cue is tested on lines that should show it and on near misses
(``tests/test_reader_other_advice.py``); :mod:`.suggest` turns them into advice.
"""

from __future__ import annotations

import re

from commonground.reader.text import normalise

# A pressing question that presses a view, not an act: "wouldn't you agree the board has
# ignored parents?", "the council's useless, wouldn't you say?" (advised as leading; "surely
# you can spare an hour?" presses them to act, and is advised as a push).
PRESSES_A_VIEW = re.compile(
    r"^(?!.*\b(?:you can|you could|you'd|you would|can't say no|a yes|say yes|manage|spare)\b)"
    r".*\b(?:wouldn't|would not|don't|do not|wouldnt|dont) you (?:agree|say|think)\b"
)

# Thanks for what they told you, not for a yes or for the meeting ("thanks for sharing").
THANKS_FOR_SHARING = re.compile(
    r"\bthank(?:s| you)(?: so much| a lot| very much)? for (?:sharing|telling|being (?:so )?"
    r"(?:open|honest)|explaining|opening up|that)\b"
)


# Leave asked to follow up: "can I call you next week?", "would it be ok to text you?"
ASKS_LEAVE_TO_CALL = re.compile(
    r"^(?:(?:ok|okay|so|great|and),? )*(?:(?:would|will) it be|is it|would that be) (?:ok|okay|"
    r"alright|all right|fine) (?:if i |to |for me to )(?:\w+ )?(?:call|ring|phone|text|message|"
    r"e-?mail|check in with|follow up with|get back to) you\b"
    r"|^(?:(?:ok|okay|so|great|and),? )*(?:can|could|may) i (?:\w+ )?(?:call|ring|phone|text|"
    r"message|e-?mail|check in with|follow up with|get back to) you\b(?= (?:on|next|this|"
    r"tomorrow|tonight|in|at|later|before|after|again|sometime|to|about|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\s*\?)"
)


# A story that says why: a reason, a feeling that moved them, or how it got them involved
# ("...I was so angry I joined the coalition", "that's when I started volunteering").
SAYS_WHY = re.compile(
    r"\b(?:because|why i|that's why|reason|care|cared|matter|matters|mattered|angry|furious|"
    r"ashamed|pained|upset|heartbroken|scared|inspired|moved me|couldn't stand|never again|"
    r"(?:i|so i|and i) (?:\w+ )?(?:joined|got involved|signed up|started (?:volunteering|coming|"
    r"helping|going)|came to (?:the|a|my first)|went to (?:the|a|my first)|began (?:volunteering|"
    r"helping))|that's (?:when|how) i|when (?:i|we) (?:heard|saw|found out|learned|realised|"
    r"realized)|(?:i|we) (?:showed up|started|began|felt|decided|don't want|won't let|couldn't just)|"
    # "...so i joined" says why; a "so" that opens the line is a filler (session 12)
    r"if not us|shocked|(?<!^)so i)\b"
)

# A moment told, in the past or of one's family: what a story is made of, even when it is too
# terse for the reader to call it one ("Spring storm, helped my aunt bail her basement").
NARRATES = re.compile(
    r"\b(?:i|we)(?: \w+)? (?:was|were|had|did|grew|lost|helped|saw|started|joined|came|went|"
    r"moved|worked|watched|found|decided|remember|used to)\b"
    r"|(?:^|[.!?;:] )(?:helped|came|went|grew|started|joined|lost|saw|moved|worked)\b"
    r"|\bmy (?:mum|mom|dad|mother|father|brother|sister|son|daughter|family|gran|grandma|"
    r"grandmother|grandad|grandfather|aunt|uncle|kids?|parents|husband|wife|partner)\b"
)

# "..., is that right?", "Have I got that right?", "that it?", "Am I right?", "I understand
# correct?": a check on what was just said back to them.
_CHECK = re.compile(
    r"(?:^|([,.;:!?-]) ?|\b(?:and|so) )(?:is (?:that|this) (?:it|right|correct|fair(?: to say)?)|"
    r"(?:that|this) (?:it|right|correct)|have i (?:got|heard|understood)(?: (?:that|it|you|this))?"
    r"(?: (?:right|correctly|correct))?|(?:did|do) i (?:get|have|understand) (?:that|it|you|this) "
    r"(?:right|correctly|correct)|am i right|i understand (?:correct|correctly|right)|right)"
    r"\s*[?.!]*$"
)
# What comes before the check gives their situation back: about them ("you", "your"), or a
# summary of what they said ("So from sixty families to a hundred and forty").
_SAID_BACK = re.compile(r"\b(?:you|your|you're|you've|u|ur|for you)\b|^so\b|^sounds\b")
# Their situation said back as a question: "so the people are fine, it's doing it solo that's
# grinding you down?" (not "so are you coming on Saturday?", which asks).
_REFLECTING_QUESTION = re.compile(
    r"^(?:(?:oh|ok|okay|right|wow|sorry),? )*(?:so|sounds like|it sounds like),? "
    r"(?!(?:are|is|do|does|did|can|could|will|would|have|has|shall|should|what|how|why|when|"
    r"where|who|which)\b)[^?]*\b(?:you|your|you're|you've|u|ur)\b[^?]*\?$"
)


def checks_a_reflection(text: str) -> bool:
    """True for their words given back and then checked ("So the queue has more than
    doubled. Have I got that right?"), or given back as a question ("so it's doing it all
    alone that wears you down?"): listening, not a question to open up."""
    t = normalise(text).strip()
    if _REFLECTING_QUESTION.match(t):
        return True
    m = _CHECK.search(t)
    if not m:
        return False
    said = t[: m.start()].strip(" ,.;:-")
    own_sentence = m.group(1) in {".", "!", "?"}
    return len(said.split()) >= 3 and (own_sentence or bool(_SAID_BACK.search(said)))


# Their question about you turned away: "Me? Nothing interesting.", "this isn't about me".
DEFLECTS = re.compile(
    r"^(?:(?:oh|well|haha|ha|um|so|honestly|me),?\??\s*)*(?:(?:this|it)(?: isn't| is not|'s not) "
    r"(?:really )?about me|i'm not (?:very )?(?:important|interesting)|nothing (?:interesting|"
    r"much|special|exciting)|not much to (?:tell|say)|enough about me|never mind me|i'm (?:boring|"
    r"nobody)|forget (?:about )?me|who cares about me|(?:i'm )?just a volunteer|(?:it's a |oh,? )?"
    r"long story)\b"
)
# Moving on down a list of questions: "Next on my list, ...", "Right, anyway, what ...".
MOVES_ON = re.compile(
    r"(?:^|[.!?,:] )(?:(?:ok|okay|right|cool|so|and),? )*next (?:question|one)\b|\bnext (?:question|one|"
    r"thing) on my (?:list|sheet)\b|\bnext on my (?:list|sheet)\b"
    r"|(?:^|[.!?] )(?:(?:right|ok|okay|cool|so|but|anyway),? )*anyway\b"
    # "Sorry to go on, but anyway, what...": an apology, then moving on all the same (ours,
    # session 15)
    r"|, (?:but|so) anyway\b"
)

# A check that they are in, after an ask: "ok cool so ur in then?", "so that's a yes?", "you're
# on board then?", "we can count you in then?". After a yes it confirms nothing of the plan;
# after a maybe or a no it presses for a yes (session 11).
CHECKS_THE_YES = re.compile(
    r"(?:^|[,.!?] |\bso )(?:are you|you're|you are|you|we can count you|i can count you|i can put "
    r"you|i'll put you|can i put you|can i count you) (?:definitely |still |all |for sure )?"
    r"(?:in|on board|up for it|down for it|down|good to go|on for it|game|coming then|in then)"
    r"(?:,? (?:then|yeah|yes|now|for sure|for it|too|right|ok|okay|yep))*\s*[?!.]*$"
    r"|\b(?:so )?(?:that's|that is|is that|it's|so it's) a (?:yes|definite yes|firm yes)\b"
    r"(?: then)?\s*[?!.]*$"
)
