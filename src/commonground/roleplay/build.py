"""Turning checked scenario data into the frozen objects of :mod:`.model`."""

from __future__ import annotations

from pathlib import Path

from commonground.roleplay.model import (
    BUILT_IN_ENDINGS,
    DEFAULT_FALLBACK,
    DEFAULT_TOO_SOON,
    Ask,
    Campaign,
    Choice,
    Effects,
    Fact,
    Fallback,
    Meeting,
    Node,
    Persona,
    Scenario,
)


def _fallback(raw: dict | None) -> Fallback | None:
    if not raw:
        return None
    return Fallback(raw["say"], raw["feedback"], raw.get("trust", -1), raw.get("minutes", 1))


def _choice(raw: dict, ask_texts: dict[str, str]) -> Choice:
    """A choice; one that makes an ask and has no ``text`` says the ask's own words."""
    eff = raw.get("effects", {})
    return Choice(
        id=raw["id"],
        text=raw["text"] if "text" in raw else ask_texts[raw["ask"]],
        kind=raw["kind"],
        step=raw["step"],
        quality=raw["quality"],
        feedback=" ".join(raw["feedback"].split()),
        effects=Effects(
            trust=eff.get("trust", 0),
            minutes=eff.get("minutes", 2),
            reveals=tuple(eff.get("reveals", ())),
            story_shared=eff.get("story_shared", False),
            common_ground=eff.get("common_ground", ""),
        ),
        reply=" ".join(raw.get("reply", "").split()),
        next=raw.get("next"),
        ask=raw.get("ask"),
        answers=dict(raw["answers"]) if raw.get("answers") else None,
        examples=tuple(" ".join(e.split()) for e in raw.get("examples", ())),
    )


def _node(raw: dict, ask_texts: dict[str, str]) -> Node:
    ending = raw.get("ending")
    return Node(
        id=raw["id"],
        say=" ".join(raw.get("say", "").split()),
        choices=tuple(_choice(c, ask_texts) for c in raw.get("choices", ())),
        answers=dict(raw["answers"]) if raw.get("answers") else None,
        fallback=_fallback(raw.get("fallback")),
        vague=_fallback(raw.get("vague")),
        ending=ending is not None,
        debrief=" ".join((ending or {}).get("debrief", "").split()),
        reflect=" ".join((ending or {}).get("reflect", "").split()),
    )


def _nodes(raw_nodes, ask_texts: dict[str, str]) -> dict[str, Node]:
    """The scenario's nodes, then the built-in endings it does not write itself."""
    nodes = {n["id"]: _node(n, ask_texts) for n in raw_nodes}
    for node_id, raw in BUILT_IN_ENDINGS.items():
        nodes.setdefault(node_id, _node({"id": node_id, **raw}, ask_texts))
    return nodes


def build(data: dict, path: Path) -> Scenario:
    """Turn checked scenario data into a :class:`Scenario`."""
    p = data["persona"]
    trust = p.get("trust", {})
    persona = Persona(
        name=p["name"],
        description=p["description"],
        public_facts=tuple(p["public_facts"]),
        hidden_facts=tuple(
            Fact(f["id"], f["category"], f["text"], tuple(f["keywords"]), f.get("blocks"))
            for f in p["hidden_facts"]
        ),
        trust_start=trust.get("start", 0),
        trust_needed=trust.get("needed", 3),
    )
    c = data["campaign"]
    campaign = Campaign(
        name=c["name"],
        what=" ".join(c["what"].split()),
        why=" ".join(c["why"].split()),
        asks=tuple(
            Ask(
                id=a["id"],
                ask_type=a["ask_type"],
                text=" ".join(a["text"].split()),
                specificity=tuple(a["specificity"]),
                fits=tuple(a.get("fits", ())),
                conflicts=tuple(a.get("conflicts", ())),
                alternatives=tuple(a.get("alternatives", ())),
                keywords=tuple(a.get("keywords", ())),
            )
            for a in c["asks"]
        ),
    )
    m = data["meeting"]
    meeting = Meeting(
        m["purpose"],
        m["setting"],
        m["planned_minutes"],
        m.get("place", ""),
        " ".join(m.get("organizer_note", "").split()),
    )
    return Scenario(
        id=path.stem,
        path=path,
        title=data["title"],
        summary=" ".join(data.get("summary", "").split()),
        persona=persona,
        campaign=campaign,
        meeting=meeting,
        start=data["start"],
        nodes=_nodes(data["nodes"], {a.id: a.text for a in campaign.asks}),
        practises=tuple(data.get("practises", ())),
        fallback=_fallback(data.get("fallback")) or DEFAULT_FALLBACK,
        too_soon=_fallback(data.get("too_soon")) or DEFAULT_TOO_SOON,
        engine_endings=tuple(
            e for e in BUILT_IN_ENDINGS if e not in {n["id"] for n in data["nodes"]}
        ),
    )
