"""A Russian press release → a drafted facts file: the `Facts` model the loader makes,
and the same as commented YAML with review marks, ready for an analyst to check.

The stages: read the file (`read`), split it into sentences (razdel), read figures
sentence by sentence (`figures`), find the partner, officials and companies (`parties`),
events, agreements, sectors and traded goods (`items`), and write YAML (`write`).
Every item keeps the sentence it came from as `quote`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from memogen import inflect
from memogen.draft import ends, goals, holders, scope, sides, signers, whose
from memogen.draft import figures as fig
from memogen.draft import items as prose
from memogen.draft import parties as who
from memogen.draft.model import Item, items_by_measure, restatements
from memogen.draft.offers import name_the_place
from memogen.draft.posts import write_in_full
from memogen.draft.read import Release, read_release
from memogen.draft.write import commented, dump, mark
from memogen.errors import InputError
from memogen.facts.model import Facts

SOURCE_ID = "release"
# A release never says who signs the memo: a placeholder that shows in the memo until
# the analyst replaces it (a theme's default signatory is used when this is deleted).
SIGNATORY = {"position": ["Должность"], "given": "Имя", "surname": "Фамилия"}
OURS = "Республика Беларусь"


@dataclass
class Draft:
    """What a release gave: the validated facts, the YAML to write, and what was left."""

    facts: Facts
    yaml: str
    unplaced: list[str] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)
    item_marks: dict[str, list[str]] = field(default_factory=dict)  # each part's marks, in the facts' order
    item_notes: dict[str, list[list[str]]] = field(default_factory=dict)  # and each item's review notes


# «1021,9 млн долл. США»: razdel ends a sentence at the currency's abbreviation
_CURRENCY_CUT = re.compile(r"\bдолл?\.\s*$")


# a quotation opening after a full stop; a blank line; a line break before a capital, a quote or a dash
# (a line wrapped inside a sentence goes on in lower case)
_PARAGRAPH = re.compile(r"[.!?]\s+(?=[\"«„][А-ЯЁ])|\n[^\S\n]*\n\s*|\n[^\S\n]*(?=[А-ЯЁA-Z«\"„—–-])")


def sentences(text: str) -> list[str]:
    """The release's sentences, verbatim. razdel splits inside a quoted name with a full
    stop («"Иннопром. Беларусь"») and after the «долл.» of «долл. США»; such pieces are
    joined again."""
    from razdel import sentenize

    spans = []
    for s in sentenize(text):
        # razdel keeps «… $10,2 млн. "Это …» together: a quotation opening after a full stop starts a
        # sentence; so does a paragraph, after a blank line or a line break before a capital (a
        # headline, a caption or a byline ends at it: «… пишет Office Life⏎По его словам …»)
        cuts = [m.end() for m in re.finditer(_PARAGRAPH, s.text)]
        for a, b in zip([0, *cuts], [*cuts, len(s.text)]):
            spans.append((s.start + a, s.start + b))
    joined: list[tuple[int, int]] = []
    for start, stop in spans:
        if joined and _goes_on(text, joined[-1][0], start, stop):
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
    return [text[a:b].strip() for a, b in joined]


# a quoted name cut at a full stop: a few words after its opening quote, a few more up to its closing one
_QUOTE_OPENED = re.compile(r"(?:^|(?<=[\s(]))[«\"„](?P<words>[А-ЯЁA-Z\d][^«»\"“”„]{0,59})$")
_QUOTE_REST = re.compile(r"(?P<words>[^«»\"“”„.!?\n]{1,60})[»\"“”]")


def _goes_on(text: str, before: int, start: int, stop: int) -> bool:
    """Whether the piece razdel cut at `start` goes on the sentence that began at
    `before`: the rest of a quoted name («"Иннопром. Беларусь"», «"Россия – Беларусь.
    Лучшая продукция"»: the sentence before opened a quote the piece closes within a few
    words), or «США» after «долл.»."""
    if re.match(r"[А-ЯЁA-Z][\w-]*[»\"“]", text[start:stop]):
        return True
    if _name_cut(text[before:start].rstrip(), _QUOTE_REST.match(text, start, stop)):
        return True
    return bool(_CURRENCY_CUT.search(text, 0, start)) and text.startswith("США", start)


def _name_cut(said: str, rest: re.Match[str] | None) -> bool:
    """Whether a sentence ends inside a quotation it opened that `rest` closes, both
    parts of a few words: a name, not a quoted speech of several sentences."""
    opened = _QUOTE_OPENED.search(said)
    if rest is None or opened is None:
        return False
    if said.count("«") <= said.count("»") and said.count('"') % 2 == 0:
        return False
    return len(opened["words"].split()) <= 4 and len(rest["words"].split()) <= 4


def draft_file(
    path: Path, *, date: dt.date | None = None, url: str | None = None, out: Path | None = None
) -> Draft:
    """Draft the release at `path`; `out` is where the YAML will be written, so the
    source's `file:` is relative to it."""
    release = read_release(path)
    when = date or release.date
    if when is None:
        raise InputError(
            f"{path}: the release's date is not known, and «этого года» or «за 8 месяцев» mean nothing without it",
            hint="give it: memogen draft SOURCE --date YYYY-MM-DD",
        )
    base = Path(out).parent if out is not None else Path.cwd()
    file = os.path.relpath(Path(path).resolve(), base.resolve())
    return draft_release(release, when, url=url or release.url, file=file, name=str(path))


def _check_text(text: str, name: str) -> None:
    letters = re.findall(r"[^\W\d_]", text)
    if not text.strip():
        raise InputError(f"{name} holds no text to draft from", hint="save the release's text into the file")
    cyrillic = sum(1 for c in letters if "а" <= c.lower() <= "я" or c.lower() == "ё")
    if cyrillic < 0.5 * len(letters):
        raise InputError(
            f"{name} is not Russian text ({cyrillic} of {len(letters)} letters are Cyrillic)",
            hint="memogen drafts from Russian press releases; translate the text or write the facts by hand",
        )


def draft_release(release: Release, date: dt.date, *, url: str | None, file: str | None, name: str) -> Draft:
    """Draft facts from a release already read."""
    _check_text(release.text, name)
    said = sentences(release.text)
    partner = who.find_partner(said)
    figures, partial = _figures(said, date, partner)
    whose.carry_places(figures, said, whose.paragraph_starts(release.text, said), partner)  # the place in force
    holders.organisations(figures, said, partner)  # «предприятия Минпрома нарастили экспорт»: their flow
    used: set[int] = {i.sentence for i in figures if i.sentence is not None}
    used |= {n for i in figures if (n := i.data.pop("_share_sentence", None)) is not None}
    used |= {n for i in figures for n in i.data.pop("_joined_from", ())}  # growth or a share stated apart
    officials = who.officials(said, partner)
    scope.voiced_flows(figures, officials, said)  # «…, сообщил губернатор. Импорт оценивается в …»: his side's
    companies = who.companies(said, partner)
    # «Петров побывал …»: his post; a post the release does not give names no event («Встреча Должности (уточнить)»)
    posts = {o.data["person"]["surname"]: o.data["position"] for o in officials if o.data["position"] != who.NO_POST}
    events = prose.events(said, date, posts, partner)
    agreements = prose.agreements(said, date) + goals.set_by_leaders(said)
    for document in agreements:  # read from prose as events and offers are: as often wrong (bench_draft's marks)
        document.doubt("guess", "a document named in prose: confirm its title and status, or delete it")
    offers = prose.proposals(said)
    name_the_place(offers, partner, said)  # «поставлять в регион …»: the partner named
    flows = prose.structure(said, used)
    used |= {i.sentence for i in [*events, *agreements, *flows.values()] if i.sentence is not None}
    sectors = prose.sectors(said, used)
    _place_companies(sectors, companies)
    used |= {st["_sentence"] for s in sectors for part in ("existing", "proposed") for st in s.data.get(part, [])}
    used |= {i.sentence for i in officials if i.sentence is not None}
    parts = {
        "figures": figures, "officials": officials, "events": events, "agreements": agreements,
        "proposals": offers, "sectors": sectors,
    }
    # a count («делегации шести областей Беларуси») is no figure of Belarus's trade
    stated = {i.sentence for i in figures if i.sentence is not None and not i.data.get("unit")}
    regional = partner is not None and partner.kind in ("region", "city")
    ours = sides.our_side(said, stated, partner.stems if partner else (), regional)
    holders.assign(figures, ours)  # a figure of another Belarusian region than our side
    ends.unnamed_ends(figures, partner, ours)  # «товарооборот Минска с Россией»
    restatements(figures)  # «почти 43 млн» in the lead, «42,7 млн» in the text: one figure
    signers.name_sides(agreements, said, ours, partner)  # «Стороны подписали соглашение …»: between them
    parts["agreements"] = prose.told_again(agreements, said)  # a headline's document told again with its sides named
    items_by_measure(events, parts["agreements"])  # an event with its date, a document with its years: `check`
    for official in officials:
        completed = sides.our_body(official.data["position"], ours) if ours else None
        if completed:
            official.data["position"] = completed
            official.doubt("check", "a regional body named without its region: our side's")
    write_in_full(officials, said, partner)  # after our side's body is named: «Гомельского облисполкома»
    who.sides_of_full_posts(officials, partner)  # «министр» → «Министр … Шри-Ланки»: the partner's
    root, data = _root(release, date, url, file, (ours, partner), parts, flows, said)
    facts = Facts.model_validate(data)
    # a sentence some of whose amounts were drafted and some not is listed too
    unplaced = [s for n, s in enumerate(said) if (n not in used or n in partial) and _worth_placing(s, partner)]
    summary = _summary(figures, parts, unplaced)
    item_marks = {key: [i.mark for i in items] for key, items in parts.items()}
    item_notes = {key: [list(dict.fromkeys(i.notes)) for i in items] for key, items in parts.items()}
    return Draft(facts, dump(root, name, unplaced, summary), unplaced, _marks(parts), item_marks, item_notes)


def _figures(said: list[str], date: dt.date, partner=None) -> tuple[list[Item], set[int]]:
    """The figures of the release, and the sentences holding an amount none was drafted for."""
    ctx = fig.Context(date)
    if partner is not None:
        ctx.partner_genitive = inflect.inflect_phrase(partner.name, "genitive")
        ctx.partner = partner.name
        ctx.partner_stems = partner.stems
        ctx.partner_country = partner.country
    found: list[Item] = []
    for n, text in enumerate(said):
        found += fig.read_sentence(text, n, ctx)
    found = fig.merge(found)
    fig.markets_in_labels(found)
    scope.follow_trade(found, partner is not None)  # «внешнеторговый оборот» after trade with the partner
    sides.mark_totals(found, partner.stems if partner is not None else ())
    for item in found:
        share = item.data.get("share")
        if share is not None and share.get("whole") is None and share["of"] is None:
            whole = next(
                (f for f in found if f.data["indicator"] == "turnover" and f.data["period"] == item.data["period"]),
                None,
            )
            if whole is None:
                del item.data["share"]
                item.data.pop("_share_sentence", None)
            else:
                share["of"] = whole.data.setdefault("id", _id(whole, found))
        item.data.setdefault("id", _id(item, found))
    return found, ctx.partial


def _id(item: Item, found: list[Item]) -> str:
    data = item.data
    stem = "product" if data["indicator"] == "product" else data["indicator"]
    base = f"{stem}-{data['period']}".replace("..", "-").lower()
    taken = {f.data.get("id") for f in found if f is not item}
    n, candidate = 1, base
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _place_companies(sectors: list[Item], companies: list[Item]) -> None:
    """A company goes to the sector of a sentence that names it; the rest to «Предприятия»."""
    for company in companies:
        name = company.data["name"].lower()[:6]
        parts = ("existing", "proposed")
        quotes = [(s, st["quote"].lower()) for s in sectors for p in parts for st in s.data.get(p, [])]
        home = next((s for s, quote in quotes if name in quote), None)
        if home is None:
            home = next((s for s in sectors if s.data["id"] == "companies"), None)
            if home is None:
                home = Item({"id": "companies", "name": "Предприятия"}, "guess", ["companies named in the release"])
                sectors.append(home)
        home.data.setdefault("companies", []).append(company)


def _party(name: str, kind: str, country: str | None) -> dict:
    data: dict = {"name": name}
    if kind != "country":
        data["kind"] = kind
    if country:
        data["country"] = country
    return data


def _title(partner_name: str, ours: str = OURS) -> str:
    instrumental = inflect.inflect_phrase(partner_name, "instrumental")
    genitive = inflect.inflect_phrase(ours, "genitive") or "Республики Беларусь"
    if instrumental:
        return f"о сотрудничестве {genitive} с {instrumental}"
    return f"о сотрудничестве {genitive} ({partner_name})"


def _root(release, date, url, file, sides_found, parts, flows, said):
    """The facts file as a commented map (with marks) and as plain data (to validate).
    `sides_found`: our side (a Belarusian region's (name, kind), or None for Belarus)
    and the partner."""
    ours, partner = sides_found
    name = partner.name if partner else "Партнер (уточнить)"
    source = {"id": SOURCE_ID, "title": release.publisher or "Пресс-релиз", "date": date}
    if url:
        source["url"] = url
    if file:
        source["file"] = file
    data: dict = {
        "memo": {"title": _title(name, ours[0] if ours else OURS), "date": date, "signatory": dict(SIGNATORY)},
        "parties": {
            "ours": _party(ours[0], ours[1], None) if ours else {"name": OURS},
            "partner": _party(name, partner.kind, partner.country) if partner else {"name": name},
            "officials": [_sourced(o.data, o, said) for o in parts["officials"]],
        },
        "sources": [source],
    }
    for key in ("figures", "events", "agreements", "proposals"):
        if parts[key]:
            data[key] = [_sourced(i.data, i, said) for i in parts[key]]
    if flows:
        data["structure"] = {k: _flow(v, said) for k, v in flows.items()}
    if parts["sectors"]:
        data["sectors"] = [_sector(s) for s in parts["sectors"]]
    root = commented(data)
    _mark_all(root, parts, partner)
    if ours:
        _mark_ours(root)
    return root, _plain(data)


def _mark_ours(root) -> None:
    note = "the release is this region's own: its executive committee or delegation acts, no figure is Belarus's"
    mark(root["parties"]["ours"], Item({}, "check", [note]))


_ORDER = (
    "id", "title", "what", "action", "indicator", "label", "period",
    "value", "currency", "unit", "scale", "qualifier", "status",
)


def _sourced(data: dict, item: Item, said: list[str]) -> dict:
    """The item's fields in the order a person reads them, then its source and quote."""
    first = {k: data[k] for k in _ORDER if k in data}
    out = first | {k: v for k, v in data.items() if not k.startswith("_") and k not in first}
    if isinstance(out.get("period"), str) and out["period"].isdigit():
        out["period"] = int(out["period"])
    out["source"] = SOURCE_ID
    if item.sentence is not None:
        out["quote"] = said[item.sentence]
    return out


def _flow(item: Item, said: list[str]) -> dict:
    return {"source": SOURCE_ID, "quote": said[item.data["_sentence"]], "items": item.data["items"]}


def _sector(item: Item) -> dict:
    out = {k: v for k, v in item.data.items() if k in ("id", "name")}
    for part in ("existing", "proposed"):
        if item.data.get(part):
            out[part] = [{"text": st["text"], "source": SOURCE_ID, "quote": st["quote"]} for st in item.data[part]]
    if item.data.get("companies"):
        out["companies"] = [c.data for c in item.data["companies"]]
    return out


def _plain(data: object) -> object:
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def _mark_all(root, parts: dict[str, list[Item]], partner) -> None:
    for key in ("figures", "events", "agreements", "proposals", "sectors"):
        for node, item in zip(root.get(key, []), parts[key]):
            mark(node, item)
    for node, item in zip(root["parties"]["officials"], parts["officials"]):
        mark(node, item)
    mark(root["memo"]["signatory"], Item({}, "guess", ["fill in who signs, or delete to use the theme's"]))
    partner_item = Item({}, "check", [partner.note] if partner is not None else [])
    missing = [c for c in inflect.CASES if partner is not None and inflect.inflect_phrase(partner.name, c) is None]
    if missing:
        note = f"memogen cannot decline it for sure: write parties.partner.cases ({', '.join(missing)})"
        partner_item.notes.append(note)
    if partner is None:
        partner_item = Item({}, "guess", ["no partner found in the text: write its name and kind"])
    mark(root["parties"]["partner"], partner_item)


def _worth_placing(sentence: str, partner) -> bool:
    if re.search(r"\d", sentence):
        return True
    if re.search(r"[«\"„][А-ЯЁA-Z]", sentence):
        return True
    return any(who.looks_like_person(m["given"], m["surname"]) for m in who.PERSON.finditer(sentence))


def _summary(figures: list[Item], parts: dict[str, list[Item]], unplaced: list[str]) -> list[str]:
    if not figures:
        first = "The release states no figure the draft could read: `figures` is empty."
    else:
        first = f"{len(figures)} figure(s) drafted."
    counts = ", ".join(f"{len(parts[k])} {k}" for k in ("officials", "events", "agreements", "proposals", "sectors"))
    left = f"{len(unplaced)} sentence(s) could not be placed: see the end of the file."
    return [first, f"Also drafted: {counts}.", left]


def _marks(parts: dict[str, list[Item]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for items in parts.values():
        for item in items:
            out[item.mark] = out.get(item.mark, 0) + 1
    return out
