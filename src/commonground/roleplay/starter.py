"""``commonground scenarios new``: a commented starter scenario that already passes lint.

The starter is a small but complete 1:1: every meeting step, an ask that fits, and
endings for yes, maybe and no. A facilitator replaces the words with their own campaign
and keeps the shape; ``docs/authoring-scenarios.md`` explains every field.
"""

from __future__ import annotations

import re
from pathlib import Path

from commonground.errors import CommonGroundError
from commonground.resources import new_scenarios_dir
from commonground.storage import atomic_write_text

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

STARTER = """\
# {name}: a practice 1:1 for your own campaign. Everything in a scenario is invented
# (synthetic); never put a real person's name or details here.
# Replace the words, keep the shape, then run:  commonground scenarios lint {name}.yaml
# Guide: docs/authoring-scenarios.md
schema_version: 1
title: "Alex, a neighbour you have not met"    # shown in lists and at the start
summary: A first 1:1 with a neighbour who signed the petition.
synthetic: true
# Method element ids this scenario practises (the linter checks each one is used).
practises: [factual_questions, your_story, open_questions, listening, common_ground,
  campaign_work, ask, respond, close_conversation, respond_yes, respond_maybe, respond_no,
  offer_alternative]

persona:
  name: Alex (synthetic)
  description: Neighbour, signed the petition last month.   # one line
  public_facts:                     # what the organizer knows before the meeting
    - Signed the petition for safer crossings on Oak Road.
  trust: {{start: 0, needed: 3}}      # a yes needs trust >= needed at the ask
  hidden_facts:                     # learned only through good questions
    - id: walks_kids
      category: experience          # interest | value | experience | constraint | motivator
      text: Walks two children across Oak Road to school every morning.
      keywords: [school, children, kids, crossing]   # words that make an ask fit
    - id: likes_talking
      category: interest
      text: Enjoys chatting with other parents at the school gate.
      keywords: [parents, talk, chat, gate]
    - id: works_weekends
      category: constraint
      blocks: timing                # a conflicting ask gets "no, it's the time"
      text: Works every Saturday.
      keywords: [saturday, weekend]
    - id: shy_of_crowds
      category: constraint
      blocks: activity              # a conflicting ask gets "no, it's the activity"
      text: Hates speaking in front of a crowd.
      keywords: [speech, speak at, microphone, crowd]

campaign:
  name: Safe Oak Road (synthetic)
  what: Parents asking the council for a crossing guard and a zebra crossing on Oak Road.
  why: Two children were nearly hit there this year.
  asks:
    - id: gate_talks
      ask_type: canvass             # canvass, phone_bank, host_house_party, attend_event,
                                    # join_team, lead_role, recruit_friends, donate,
                                    # next_one_on_one
      text: Would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?
      specificity: [activity, time, place]    # what the ask names
      fits: [walks_kids, likes_talking]       # hidden facts it connects to
      keywords: [gate, parents, talk]
    - id: saturday_stall
      ask_type: canvass
      text: Would you help at our stall on Saturday at 10am at the market?
      specificity: [activity, time, place]
      fits: [likes_talking]
      conflicts: [works_weekends]             # constraint ids it runs into
      alternatives: [gate_talks]
      keywords: [stall, market]
    - id: council_speech
      ask_type: attend_event
      text: Would you speak at the council meeting on Monday at 7pm at the town hall?
      specificity: [activity, time, place]
      fits: [walks_kids]
      conflicts: [shy_of_crowds]
      alternatives: [gate_talks]
      keywords: [speak, council]
    - id: help_sometime
      ask_type: join_team
      text: Would you help us out sometime?
      specificity: []
      fits: [walks_kids]
      keywords: [help, sometime]

meeting:
  purpose: get_to_know            # get_to_know | explore_working_together | deepen_relationship | check_in
  setting: in_person              # in_person | phone | video
  planned_minutes: 25             # 20 to 45
  organizer_note: You know Alex signed the petition. Your ask is the school-gate talks.

# Optional: the persona's reply to an ask typed before the meeting reaches the ask.
too_soon:
  say: Oh! I thought we were just getting to know each other first.
  feedback: An ask before you know what Alex cares about cannot fit them yet.
  trust: -1

start: hello
nodes:
  - id: hello
    say: Hi! Come in. You're from the crossing campaign?   # the persona speaks on arrival
    choices:
      - id: ask_how_long
        text: Thanks for having me. How long have you lived on Oak Road?
        # Other ways a learner might type this move: a typed line is heard as the choice
        # whose text or examples it is closest to in meaning. 2-5 per choice.
        examples:
          - thanks for inviting me in. have you been on oak road long?
          - How many years have you lived here?
        kind: factual_question      # what kind of line this is (evidence when typed)
        step: factual_questions     # the method element practised
        quality: strong             # strong | weak | harmful
        feedback: An easy factual question helps you both settle in.
        reply: Six years now.       # optional: said before the next node's line
        effects: {{trust: 1, minutes: 2}}
        next: story
      - id: pitch_first
        text: We need volunteers for the crossing campaign. Would you sign up today?
        examples:
          - Can I sign you up as a volunteer right now?
        kind: ask
        step: connection_not_interview
        quality: harmful
        feedback: Asking before you know anything about Alex turns a 1:1 into a sales call.
        effects: {{trust: -2, minutes: 1}}
        next: story

  - id: story
    say: So what got you into this?
    choices:
      - id: share_story
        text: My son was nearly hit on Oak Road last spring. I went to the first parents' meeting that week.
        examples:
          - A car almost hit my boy on Oak Road in the spring, and that same week I went to my first parents meeting.
        kind: story
        step: your_story
        quality: strong
        feedback: A short, honest story invites Alex to share back.
        effects: {{trust: 2, minutes: 2, story_shared: true}}
        next: questions

  - id: questions
    say: That's awful. Mine cross there every morning too.
    choices:
      - id: ask_mornings
        text: What are those mornings like for you?
        examples:
          - how do your mornings go, getting the kids to school?
        kind: open_question
        step: open_questions
        quality: strong
        feedback: An open question about Alex's own experience.
        effects: {{trust: 1, minutes: 3, reveals: [walks_kids, likes_talking]}}
        next: listening
      - id: ask_closed
        text: Do you walk them yourself?
        examples:
          - Is it you who takes them across?
        kind: closed_question
        step: open_questions
        quality: weak
        feedback: A yes-or-no question gets a one-word answer.
        reply: Yes.
        effects: {{minutes: 1, reveals: [walks_kids]}}
        next: questions

  - id: listening
    say: Honestly the best part is the chat with other parents at the gate. The road is the worst part.
    choices:
      - id: follow_up
        text: So the gate is where you see everyone. What do the other parents say about the road?
        kind: open_question
        step: listening
        quality: strong
        feedback: You built on what Alex just said.
        effects: {{trust: 1, minutes: 2}}
        next: common_ground

  - id: common_ground
    say: They're all scared of it, same as me.
    choices:
      - id: name_it
        text: We both want our kids to cross that road safely, and we both know the other parents feel it too.
        kind: common_ground
        step: common_ground
        quality: strong
        feedback: You named what you share.
        effects: {{trust: 1, minutes: 1, common_ground: Both want the children to cross Oak Road safely.}}
        next: campaign

  - id: campaign
    say: So what are you actually doing about it?
    choices:
      - id: explain
        text: We're asking the council for a crossing guard, and we need parents to tell them why.
        kind: other
        step: campaign_work
        quality: strong
        feedback: Short, and tied to what Alex told you.
        effects: {{minutes: 2}}
        next: ask_point

  - id: ask_point
    say: How could I help?
    # The persona's answer picks the branch: yes, maybe, no for the time, no for the activity.
    answers: {{"yes": said_yes, maybe: said_maybe, no_timing: no_timing, no_activity: no_activity}}
    # Every node that takes asks says what the persona answers to an ask naming no activity.
    vague:
      say: Help with what, exactly?
      feedback: A clear ask names what you want Alex to do, and when and where.
      trust: 0
      minutes: 1
    choices:
      - id: ask_gate
        text: Would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?
        kind: ask
        step: ask
        quality: strong
        feedback: Specific, and built on what Alex enjoys.
        effects: {{minutes: 1}}
        ask: gate_talks
      - id: ask_stall
        text: Would you help at our stall on Saturday at 10am at the market?
        kind: ask
        step: ask
        quality: weak
        feedback: Specific, but you did not check when Alex works.
        effects: {{minutes: 1}}
        ask: saturday_stall
      - id: ask_speech
        text: Would you speak at the council meeting on Monday at 7pm at the town hall?
        kind: ask
        step: ask
        quality: weak
        feedback: Specific, but you did not find out how Alex feels about speaking.
        effects: {{minutes: 1}}
        ask: council_speech
      - id: ask_vague
        text: Would you help us out sometime?
        kind: ask
        step: ask
        quality: weak
        feedback: No activity, time or place.
        effects: {{minutes: 1}}
        ask: help_sometime

  - id: said_yes
    say: Yes, I can do that.
    choices:
      - id: confirm
        text: Great. So that's Tuesday at 8:30 by the main entrance. Does that still work for you?
        examples:
          - brilliant, tuesday 8.30 at the main entrance then, is that still ok?
        kind: other
        step: respond_yes
        quality: strong
        feedback: Details given and the yes confirmed.
        effects: {{minutes: 1}}
        next: closing_yes
      - id: thanks_only
        text: Great, thanks!
        kind: other
        step: respond_yes
        quality: weak
        feedback: Confirm what, when and where, so the yes holds.
        effects: {{minutes: 1}}
        next: closing_yes

  - id: said_maybe
    say: Maybe... I'm not sure what that would involve.
    choices:
      - id: probe_maybe
        text: What would you need to know to decide?
        kind: open_question
        step: respond_maybe
        quality: strong
        feedback: You found out what the maybe means.
        effects: {{trust: 1, minutes: 1}}
        next: maybe_reason
      - id: push_maybe
        text: Oh come on, it's only an hour. Just say yes!
        kind: other
        step: respond_maybe
        quality: harmful
        feedback: Pushing a maybe turns it into a no. Ask what it depends on.
        effects: {{trust: -2, minutes: 1}}
        next: closing_no
      - id: leave_maybe
        text: No worries, let me know.
        kind: other
        step: respond_maybe
        quality: weak
        feedback: Left alone, a maybe becomes a quiet no.
        effects: {{minutes: 1}}
        next: closing_maybe

  - id: maybe_reason
    say: If it were something with the other parents, I'd be up for it.
    answers: {{"yes": said_yes, maybe: closing_maybe, no_timing: closing_no, no_activity: closing_no}}
    vague:
      say: Sorry, doing what?
      feedback: Name the activity, the day and time, and the place.
      trust: 0
      minutes: 1
    choices:
      - id: adjust
        text: Then would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?
        kind: ask
        step: offer_alternative
        quality: strong
        feedback: The adjusted ask answers what Alex said.
        effects: {{minutes: 1, reveals: [likes_talking]}}
        ask: gate_talks
      - id: repeat_vague
        text: Would you help us out sometime, then?
        kind: ask
        step: offer_alternative
        quality: weak
        feedback: You repeated the vague ask.
        effects: {{minutes: 1}}
        ask: help_sometime

  - id: no_timing
    say: Saturday? I work Saturdays, sorry.
    choices:
      - id: probe_timing
        text: Is it the Saturday, or the stall itself?
        kind: closed_question
        step: respond_no
        quality: strong
        feedback: You checked whether the no is about the time or the activity.
        effects: {{minutes: 1, reveals: [works_weekends]}}
        next: offer_other_time
      - id: push_saturday
        text: Couldn't you swap your shift just this once? It would really help us.
        kind: closed_question
        step: respond_no
        quality: harmful
        feedback: Pushing past a no costs trust and changes nothing.
        effects: {{trust: -2, minutes: 1}}
        next: closing_no
      - id: accept_saturday
        text: Ah, okay. Never mind then.
        kind: other
        step: respond_no
        quality: weak
        feedback: Find out whether it is the time or the activity before giving up.
        effects: {{minutes: 1}}
        next: closing_no

  - id: offer_other_time
    say: Just the Saturday. I like talking to people.
    answers: {{"yes": said_yes, maybe: closing_maybe, no_timing: closing_no, no_activity: closing_no}}
    vague:
      say: Sorry, doing what?
      feedback: Name the activity, the day and time, and the place.
      trust: 0
      minutes: 1
    choices:
      - id: offer_gate
        text: Would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?
        kind: ask
        step: offer_alternative
        quality: strong
        feedback: Talking to people, at a time Alex can do.
        effects: {{minutes: 1}}
        ask: gate_talks

  - id: no_activity
    say: Speak at the council? No way, I'd freeze.
    choices:
      - id: probe_activity
        text: Is it the Monday, or speaking in front of people?
        kind: closed_question
        step: respond_no
        quality: strong
        feedback: You found out the no is about the activity.
        effects: {{minutes: 1, reveals: [shy_of_crowds]}}
        next: offer_other_activity
      - id: push_speech
        text: Are you sure? It's only five minutes and it would really help us.
        kind: closed_question
        step: respond_no
        quality: harmful
        feedback: Pushing someone to do what frightens them is not hearing their no.
        effects: {{trust: -2, minutes: 1}}
        next: closing_no
      - id: give_up
        text: Okay, no problem.
        kind: other
        step: respond_no
        quality: weak
        feedback: Find out whether it is the time or the activity before giving up.
        effects: {{minutes: 1}}
        next: closing_no

  - id: offer_other_activity
    say: It's the speaking. One-to-one I'm fine.
    answers: {{"yes": said_yes, maybe: closing_maybe, no_timing: closing_no, no_activity: closing_no}}
    vague:
      say: Sorry, doing what?
      feedback: Name the activity, the day and time, and the place.
      trust: 0
      minutes: 1
    choices:
      - id: offer_gate_instead
        text: Would you talk to parents at the school gate with me on Tuesday at 8:30am, by the main entrance?
        kind: ask
        step: offer_alternative
        quality: strong
        feedback: A different activity that fits what Alex likes.
        effects: {{minutes: 1}}
        ask: gate_talks

  - id: closing_yes
    say: Good to meet you properly.
    choices:
      - id: close_yes
        text: Thank you for your time, Alex. I will text you tonight with the details.
        kind: close
        step: close_conversation
        quality: strong
        feedback: Thanks and a clear follow-up.
        effects: {{minutes: 1}}
        next: end_yes

  - id: closing_maybe
    say: Let me think about it.
    choices:
      - id: close_maybe
        text: Of course. Thank you for your time. I will call you on Friday.
        kind: close
        step: close_conversation
        quality: strong
        feedback: A follow-up keeps the maybe alive.
        effects: {{minutes: 1}}
        next: end_maybe

  - id: closing_no
    say: Sorry I can't help more.
    choices:
      - id: close_no
        text: You've helped already. Thank you for your time. I will be in touch in a few weeks.
        kind: close
        step: close_conversation
        quality: strong
        feedback: Thanks, and the door stays open.
        effects: {{minutes: 1}}
        next: end_no

  # Endings: no choices, and a debrief the learner reads at the end.
  - id: end_yes
    say: (Alex waves you off.)
    ending:
      debrief: Alex said yes to an ask that grew out of what you learned.
      reflect: What did Alex say that told you what to ask?
  - id: end_maybe
    say: (Alex waves you off.)
    ending:
      debrief: It ended at a maybe. Did your ask fit what Alex told you?
  - id: end_no
    say: (Alex waves you off.)
    ending:
      debrief: Alex said no. Was it the time or the activity, and what alternative fits?
"""


def starter_text(name: str) -> str:
    """The starter scenario's YAML for a scenario called ``name``."""
    return STARTER.format(name=name)


def write_starter(name: str, directory: str | Path | None = None) -> Path:
    """Write ``<directory>/<name>.yaml`` (default: ``resources.new_scenarios_dir()``).

    Raises
    ------
    CommonGroundError
        When the name is not a valid id or the file already exists.
    """
    if not _NAME.match(name):
        raise CommonGroundError(
            f"scenario name {name!r}: use lower-case letters, digits and underscores, "
            "starting with a letter (e.g. food_bank_volunteer)"
        )
    folder = Path(directory) if directory else new_scenarios_dir()
    path = folder / f"{name}.yaml"
    if path.exists():
        raise CommonGroundError(f"{path} already exists; choose another name or folder")
    # readable by others like any file a facilitator writes (co-facilitators, a shared
    # course folder); only the umask narrows it
    return atomic_write_text(path, starter_text(name), mode=0o644)
