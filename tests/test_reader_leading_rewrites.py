"""The leading-question rewrite: the push and the verdict go, the topic stays.

A suggestion the learner may copy must itself be a good line: no loaded word, no push
left inside it ("How do you see you agree the landlord?" was once suggested), a question,
and about what the learner asked about. The lines are ours, written for these tests.
"""

import re

import pytest

from commonground.reader import read_line, rewrite_leading

# (leading line, words the rewrite keeps: its topic)
CASES = [
    ("You agree the landlord is a crook, right?", "the landlord"),
    ("You agree the housing office is useless, don't you?", "the housing office"),
    ("You'd agree that the bus cuts are a disgrace, wouldn't you?", "the bus cuts"),
    ("We all know the council lied about the pool, don't we?", "the council lied about the pool"),
    ("Surely you agree the new manager is incompetent?", "the new manager"),
    ("Obviously you think the parking fines are a scam, right?", "the parking fines"),
    ("Don't you think the water company is greedy?", "the water company"),
    ("The school board are a bunch of clowns, aren't they?", "the school board"),
    ("You must be furious about the library closing, right?", "the library closing"),
    ("You're sick of the damp in your flat, aren't you?", "the damp in your flat"),
    ("You'd be angry about the rota changes too, wouldn't you?", "the rota changes"),
    ("you hate the new shift pattern too right", "the new shift pattern"),
    ("You miss the old community centre, don't you?", "the old community centre"),
    ("You're fed up with the landlord, right?", "the landlord"),
    ("Aren't you tired of the potholes on Mill Lane?", "the potholes on mill lane"),
    ("How angry are you about the rent rise?", "the rent rise"),
    ("Isn't it outrageous that they cut the night buses?", ""),
    ("You agree, don't you?", ""),
    ("You'd agree that's unfair, wouldn't you?", "that's unfair"),
    ("you care about your kids right", "your kids"),
]
_PUSH_LEFT = re.compile(
    r"\b(?:you agree|you'd agree|you would agree|don't you|wouldn't you|aren't you|surely|"
    r"obviously|we all know|you must be|right\?$|isn't it)\b",
    re.IGNORECASE,
)
_LOADED = re.compile(
    r"\b(?:crook|useless|disgrace|incompetent|scam|greedy|clowns|furious|sick of|angry|"
    r"hate|outrageous|fed up|tired)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("line", "topic"), CASES)
def test_the_rewrite_drops_push_and_verdict_and_keeps_the_topic(line, topic):
    assert read_line(line).kind == "leading_question", line
    rewrite = rewrite_leading(line)
    assert rewrite.endswith("?") and rewrite[0].isupper(), rewrite
    assert not _PUSH_LEFT.search(rewrite), rewrite
    assert not _LOADED.search(rewrite), rewrite
    assert topic.lower() in rewrite.lower(), rewrite
    # the suggestion the learner sees carries the same rewrite (a line that also presses,
    # "surely you...", is told about pressing first)
    reading = read_line(line)
    assert rewrite in reading.suggestion or "push" in reading.signals


def test_the_rewrite_is_itself_an_open_question():
    for line, _ in CASES:
        rewrite = rewrite_leading(line)
        assert read_line(rewrite).kind == "open_question", (line, rewrite)


def test_a_line_with_no_claim_gets_a_plain_open_question():
    assert rewrite_leading("Is that right?") == "What do you think about that?"
    assert rewrite_leading("You agree, don't you?") == "What do you think?"
