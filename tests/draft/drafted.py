"""What the drafter reads from sentences, for the unit tests of its rules."""

from __future__ import annotations

import datetime as dt

from memogen.draft.figures import Context, merge, read_sentence
from memogen.draft.items import agreements
from memogen.draft.parties import Partner, find_partner


def stems_of(partner: str | None) -> tuple[str, ...]:
    """The stems the drafter reads a partner of this name by (parties.Partner.stems)."""
    found = find_partner([partner]) if partner else None
    return found.stems if found else ()


def partner_of(*sentences: str) -> Partner:
    """The partner the drafter finds in `sentences` (one release); the test fails when none."""
    found = find_partner(list(sentences))
    assert found is not None
    return found


def context_for(
    release: dt.date, partner: str | None, *, stems: tuple[str, ...] | None = None, country: str | None = None
) -> Context:
    """A release's context with its partner: the stems the drafter reads it by unless
    `stems` are given, and the country a region partner lies in."""
    return Context(
        release, partner=partner, partner_stems=stems_of(partner) if stems is None else stems, partner_country=country
    )


def figures_for(
    release: dt.date,
    partner: str | None,
    *sentences: str,
    stems: tuple[str, ...] | None = None,
    country: str | None = None,
) -> list[dict]:
    """The figures drafted from `sentences` of a release of `release` about `partner`
    (see context_for), as figures_read gives them."""
    return figures_read(sentences, context_for(release, partner, stems=stems, country=country))


def figures_read(sentences: tuple[str, ...], ctx: Context) -> list[dict]:
    """The figures drafted from `sentences` (in order, as one release), merged, without
    the drafter's private `_` keys."""
    found = []
    for n, text in enumerate(sentences):
        found += read_sentence(text, n, ctx)
    return [{k: v for k, v in i.data.items() if not k.startswith("_")} for i in merge(found)]


def growth_of(figure: dict) -> dict | None:
    """A drafted figure's growth without its quote, or None."""
    return {k: v for k, v in (figure.get("growth") or {}).items() if k != "quote"} or None


def agreements_of(release: dt.date, *sentences: str) -> list[tuple[str, str]]:
    """The agreements drafted from `sentences` (in order, as one release of `release`), each as
    its title and status."""
    return [(a.data["title"], a.data["status"]) for a in agreements(list(sentences), release)]
