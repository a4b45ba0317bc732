"""Advice: the rules that find a line telling them what to do.

Each rule comes with the words every match of it contains, so that a line with none of
them skips it (:data:`ADVICE_INDEX`).

All patterns run on text already passed through
:func:`commonground.reader.text.normalise` (lowercase, straight quotes, shorthand
expanded). :mod:`~commonground.reader.kinds` applies them in order of precedence.
"""

from __future__ import annotations

import re

from commonground.reader.guards import HintIndex

ADVICE = [
    # "You shouldn't have to pay for a taxi": how things ought to be for anyone, not advice.
    r"\byou (?:really |just |definitely |probably |honestly |seriously )?(?:(?:should|shouldn't)"
    r"(?! (?:not |never |ever )?(?:have to|need)\b)|"
    r"ought to|oughta|need to|have to|must|gotta|got to|'ve got to|have got to|had better|'d better|"
    r"'d be better off| are better off)\b"
    # a contraction has no space after "you": "you're better off", "you'd better"
    r"|\byou(?:'re|'d be) better off\b|\byou'd better\b",
    # "have you tried the food bank?" tells; "what have you tried so far?" asks
    r"(?<!what )(?<!else )(?<!which )(?<!things )\bhave you (?:tried|considered|looked into|"
    r"thought (?:about|of) (?:just |simply |maybe )?\w+ing)\b",
    r"\b(?:what|all) you (?:need|should|ought|have|got|want) to do\b|^(?:what|all) you (?:really )?"
    r"(?:need|want|should get|ought to get|should do|have to do)(?: to do)? is\b",
    # "What you need is a valve": a statement of what they should get, not a question.
    r"^(?:(?:so|well|honestly|look),? )?what you (?:really |actually )?(?:need|want) (?:is|are)\b",
    # "What I'd do is keep a diary": the speaker's plan handed to them.
    r"^(?:(?:so|well|honestly|look),? )?what i(?:'d| would) do is\b",
    r"\b(?:the )?(?:best|only|first) thing (?:to do|you can do|you should|for you)\b"
    r"|^(?:the |your )?(?:best|only) (?:thing|bet|move|option)(?:'s| is| would be|'d be) (?:just )?to "
    r"(?!be\b)\w+",
    r"\bwhy (?:don't you|not) just\b",
    r"\bif i (?:were|was) (?:you|in your (?:shoes|position|place))\b|\bif it (?:were|was) me\b",
    r"\bmy advice\b",
    r"\bi(?:'d| would)? (?:suggest|recommend|advise)\b",
    r"\bi think you (?:should|ought|need|have to|must)\b",
    r"\byou (?:could|can|might) (?:always|just|try|want to)\b",
    r"\b(?:could|can|would) you (?:just )?try\b",
    r"^(?:(?:maybe|perhaps|you could) )?try (?:to |talking|calling|asking|going|getting|reaching|"
    r"writing|emailing|filing|looking|being|not|the |your |a |an )|^(?:try|just (?:call|tell|ask|ignore|go|talk|email|write|report|leave|quit|move)|"
    r"don't worry|make sure you|go to|call the|report (?:it|him|her|them)|tell (?:your|the) "
    r"(?:landlord|boss|manager|principal|super))\b",
    # "why don't you call 311", not an invitation ("why don't you come along"), a question
    # about them ("why don't you like the mayor?") or a prompt to talk ("why don't you tell
    # me more?"; ours, session 10)
    r"\bwhy don't you\b(?! (?:like|love|want|think|feel|care|know|trust|agree|believe|mind|"
    r"tell me|talk to me|say more|share)\b)"
    r"(?!.*\b(?:with (?:me|us)|join|come|canvass|host|phone bank)\b)",
    r"\bthe trick is\b",
    r"\b(?:let me give you|here's) (?:some |a (?:piece of|bit of) )?advice\b",
    r"\bhere's what (?:i'd|i would|you should|you need to|you have to) do\b",
    r"\bit(?:'d| would) be better (?:if|for) you\b",
    # "you wanna get that in writing": a British way of telling them what to do (ours,
    # session 7); "you wanna come phone bank with us?" is an ask, read before advice.
    r"^(?:(?:look|honestly|mate)[,]? )?(?![^?]*\?)you (?:really |definitely |probably )?(?:want|wanna) to (?:get|keep|put|make sure|check|"
    r"write|ring|report|complain|contact|email|document|photograph|record|tell|see a|see the|"
    r"talk to|speak to)\b(?!.*\bwith (?:me|us)\b)",
]

# Words of which every match of the ADVICE rule at the same place contains one.
_ADVICE_HINTS = [
    (
        "should",
        "ought",
        "need to",
        "have to",
        "must",
        "gotta",
        "got to",
        "had better",
        "'d better",
        "'d be better off",
        "better off",
    ),
    ("have you ",),
    ("to do", " is"),
    ("what you ",),
    ("i'd do", "i would do"),
    (" thing ", "best ", "only "),
    ("just",),
    ("if i ", "if it "),
    ("my advice",),
    ("suggest", "recommend", "advise"),
    ("i think you",),
    ("you could ", "you can ", "you might "),
    ("try",),
    ("try", "just ", "don't worry", "make sure you", "go to", "call the", "report ", "tell "),
    ("why don't you",),
    ("the trick is",),
    ("advice",),
    ("here's what",),
    ("be better",),
    ("you ",),
]

ADVICE = [(re.compile(p), hints) for p, hints in zip(ADVICE, _ADVICE_HINTS, strict=True)]

ADVICE_INDEX = HintIndex(_ADVICE_HINTS)
