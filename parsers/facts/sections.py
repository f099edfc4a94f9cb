"""A partner page set out under headings: a line of its own that names the partners ("Міста-побратими",
"Партнери в Україні"), or a sentence that opens the hromada's own list at a line's end ("… має
міста-партнери:"), then one paragraph per partner that opens with the partner's name, its country
or region in brackets or after a comma, and a spaced dash ("X (Країна) – угоду підписано у 2009 році").

Each such paragraph is an entry of the page's own list: its partner is a partner of the hromada the
heading names, else of the page's own hromada, and the heading says the tie exists. The entries must
follow the heading at once, one paragraph after another: the first paragraph of another shape ends
the section, so a dash further down the page is never read as an entry. A sentence that counts the
hromada's agreements with towns, followed by "Серед них – A, B та C", is such a heading too, for
every partner of that one next sentence; and a sentence that counts the hromada's agreements ("має три
чинні угоди") heads the entries named by their ordinal a few sentences on ("Перша – з X, …").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from parsers.facts.cues import relation_of
from parsers.facts.model import Found, PairCandidate, UaSide, domestic_partner
from parsers.facts.owner_list import owner_list_in
from parsers.facts.sentences import Sentence
from parsers.facts.vocabulary import TOWN_AND_GMINA
from parsers.places.ua_places import UaMention

# The words for partners that make a line a heading of a partner list.
_PARTNER_WORD = re.compile(
    r"^(?:(?:міста|громади|ґміни|гміни|села|селища|муніципалітети)-(?:побратими|партнери)|"
    r"побратими|партнери|партнерства|партнерські|побратимські)$",
    re.IGNORECASE,
)
# The other words a heading may have: whose partners, where they are ("в Україні", "за кордоном").
_HEADING_WORD = re.compile(
    r"^(?:наші|наша|нашої|нашого|закордонні|зарубіжні|міжнародні|іноземні|українські|європейські|"
    r"міста|міст|громади|громад|ради|ґміни|гміни|в|у|за|україні|кордоном|європі|"
    r"[а-яіїєґ'-]+(?:ські|цькі|зькі|ської|цької|зької))$",
    re.IGNORECASE,
)
_NUMBERING = re.compile(r"^(?:\d{1,2}\.)+\s*")
_HEADING_WORDS_MAX = 6
_LINE_WORDS_MAX = 8
"""A line this short with no full stop is a heading: it ends the section above it."""
_HEADING_CHARS_MAX = 120
"""No heading is longer: a longer sentence needs no other test."""


@dataclass(frozen=True)
class Heading:
    """The heading a section's entries stand under."""

    start: int
    end: int
    """Where the heading stands in the article's text."""
    twinning: bool
    """It names twins ("побратими"), not other partners."""
    inline: bool = False
    """The entries are every partner named in the one sentence after it ("Серед них – A, B та C")."""
    ordinal: bool = False
    """The entry is named by its ordinal after a count of the hromada's agreements ("Перша – з X")."""
    entry_at: int = 0
    """Where in its sentence the entry begins: after the heading's colon when the heading's sentence runs
    on into the first entry's line ("… має такі угоди:\nX (Країна) — …")."""
    stage: str | None = None
    """The stage the heading sorts its entries under ("На стадії перемовин": in_negotiation), if any."""
    relation: str | None = None
    """The kind of document the heading sorts its entries under ("Меморандуми про наміри": intent)."""


def _of_twins_only(heading: str) -> bool:
    """The heading names twins and no other partners ("Міста-побратими", not "Побратими та партнери"):
    under a mixed one, each entry's own document says its relation."""
    lowered = heading.lower()
    return "побратим" in lowered and not re.search(r"партнер|співпрац", lowered)


def partner_heading(line: str) -> bool:
    """The line is a heading of a partner list: a word for partners and at most a few words that say
    whose they are or where ("Наші міста-партнери", "Партнери в Україні"), and no full stop."""
    line = line.strip().rstrip(":")
    if ":" in line:
        line = line.rsplit(":", 1)[1]  # "Тема: міста-партнери X": the part after the topic
    words = _NUMBERING.sub("", line.strip()).split()
    if not words or len(words) > _HEADING_WORDS_MAX:
        return False
    partner_words = [word for word in words if _PARTNER_WORD.match(word)]
    return len(partner_words) == 1 and all(
        _PARTNER_WORD.match(word) or _HEADING_WORD.match(word) for word in words
    )


def _whole_line(text: str, sentence: Sentence) -> bool:
    """The sentence is a line of its own."""
    before = text.rfind("\n", 0, sentence.start)
    after = text.find("\n", sentence.end)
    return (
        not text[before + 1 : sentence.start].strip()
        and not text[sentence.end : after if after != -1 else len(text)].strip()
    )


def _opens_a_paragraph(text: str, sentence: Sentence) -> bool:
    """Nothing but blanks, or a numbering of its own ("2.1."), stands before the sentence on its line."""
    before = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
    return not before.strip() or _NUMBERING.fullmatch(before.strip()) is not None


def _a_heading(text: str, sentence: Sentence) -> bool:
    """A short line of its own without a full stop: a heading of any kind."""
    return (
        len(sentence.text) <= _HEADING_CHARS_MAX  # the cheap tests first: most sentences are long
        and not sentence.text.rstrip().endswith((".", "!", "?", "…"))
        and len(sentence.text.split()) <= _LINE_WORDS_MAX
        and _whole_line(text, sentence)
    )


# An entry: a marker, the partner's name, its country or region ("(Країна)", ", Країна"), a spaced dash.
ENTRY = re.compile(
    r"(?:[-–—•·*]\s*|\d{1,2}[.)]\s+)?"
    # "словацьке місто X": the partner's country adjective and unit noun before its name
    r"(?P<unit>(?:[а-яіїєґ'’]+(?:ське|ська|ський|цьке|цька|цький|зьке|зька|зький)\s+)?"
    r"(?:(?:місто|містечко|село|селище|ґміна|гміна|комуна|муніципалітет)\s+)?)"
    r"(?P<name>[А-ЯІЇЄҐA-Z][^(,–—\n]{0,60}?)"
    r"(?:(?:\s*\([^()\n]{2,80}\)|,\s*[А-ЯІЇЄҐ][^,–—\n]{1,60}?)?\s+[–—-]\s+\S"
    # or a paragraph that opens with the name and its country as a sentence of their own: "X (Країна)."
    r"|\s*\([^()\n]{2,80}\)\.?$)"
)


_LINE_STARTS = re.compile(r"\n[ \t]*([^\n]+)")
_HEADING_LINE = re.compile(r"(?:^|\n)[ \t]*((?:\d{1,2}\.[ \t]*)?([^\n:.;]{3,60})):[ \t]*(?:\n|$)")


def _a_list_heading_line(sentence: Sentence) -> tuple[int, int, int] | None:
    """A line of the sentence that heads a partner list by its stage or its partners ("1. Чинні
    партнерства:", "На стадії підготовки:") and ends with a colon, the last such line: its start and end
    in the sentence, and where the entry on the line after it starts (0: none in this sentence)."""
    if ":" not in sentence.text:
        return None
    found = None
    for line in _HEADING_LINE.finditer(sentence.text):
        words = line.group(2).strip()
        if len(words.split()) <= _HEADING_WORDS_MAX and (
            partner_heading(words) or _STAGE_HEADING.match(words)
        ):
            found = line
    if found is None:
        return None
    after = found.end()
    rest = sentence.text[after:]
    entry_at = after + len(rest) - len(rest.lstrip()) if rest.strip() else 0
    return found.start(1), found.end(1), entry_at


def _list_opened_by_lines(sentence: Sentence) -> Heading | None:
    """A sentence that opens the hromada's own partner list with a colon at a line's end ("… має
    чотири міста-партнери:\n1. X — …"): its entries go on in the paragraphs after it, as under a
    heading. The heading's words are those before the list (where its hromada is named)."""
    if not _LINE_BREAK_AFTER_COLON.search(sentence.text):
        return None  # no colon at a line's end: no list set out in lines (a plain look, before the list's)
    if agreements := _HAS_AGREEMENTS_IN_LINES.search(sentence.text):
        # "має такі чинні угоди:": the hromada's agreements, the first on the line after the colon
        return Heading(sentence.start, sentence.start + agreements.start(), False, entry_at=agreements.end())
    listing = owner_list_in(sentence.text)
    if listing is None or not _LINE_BREAK_AFTER_COLON.match(sentence.text, listing.list_start - 1):
        return None
    return Heading(sentence.start, sentence.start + listing.tie_end, listing.twinning)


# "Серед них –", "Серед них:", "Це –", "Окрім X, це польські A та B": the sentence lists the towns the
# sentence before counted.
_AMONG_THEM = re.compile(
    r"\s*(?:(?:окрім|крім)\s+[^,.;:]{1,60},\s*)?(?:серед\s+них|це)\s*"
    r"(?:[–—:]|є\b|(?=(?-i:[а-яіїєґ'’-]+(?:ські|цькі|зькі))\s+(?-i:[А-ЯІЇЄҐ])))",
    re.IGNORECASE,
)
# "X має угоди про співпрацю та побратимство з містами кількох країн": agreements with towns, counted.
_HAS_TIES_WITH_TOWNS = re.compile(
    r"\bма(?:є|ють|ємо)\s+(?:[\w'’-]+\s+){0,5}?(?:угод|договор|меморандум|побратим|партнер)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:з|із|зі)\s+(?:[\w'’-]+\s+)?(?:містами|громадами|ґмінами|гмінами|"
    r"муніципалітетами|партнерами)\b"
    # "X має кілька міст-побратимів": twins or partners counted, in the plural
    r"|\bма(?:є|ють|ємо)\s+(?:[\w'’-]+\s+){0,3}?(?:міст\w*-)?(?:побратим|партнер)(?:ів|и)\b",
    re.IGNORECASE,
)
_LINE_BREAK_AFTER_COLON = re.compile(r":[ \t]*\n")
# "X має такі чинні угоди:" at a line's end: the hromada's agreements, one line each below it.
_HAS_AGREEMENTS_IN_LINES = re.compile(
    r"\bма(?:є|ють|ємо)\s+(?:такі\s+|наступні\s+)?(?:[\w'’-]+\s+){0,2}?(?:угоди|договори|меморандуми|документи)"
    r"(?:\s+[\w'’-]+){0,4}?\s*:[ \t]*\n\s*",
    re.IGNORECASE,
)
# "Громада має три чинні партнерські угоди": the hromada's agreements, counted; and an entry named by its
# ordinal in one of the next few sentences ("Перша – з X, підписана у 2024 році").
_COUNTS_AGREEMENTS = re.compile(
    r"\bма(?:є|ють|ємо)\s+(?:уже\s+|вже\s+)?(?:дві|два|три|чотири|п['’]ять|шість|сім|кілька|\d+)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:угод|договор|меморандум)\w*",
    re.IGNORECASE,
)
_ORDINAL_ENTRY = re.compile(
    r"\s*(?:перш|друг|трет|четверт|п['’]ят|шост|сьом)\w*\s+(?:(?:угод|договір|договор|меморандум)\w*\s+)?"
    r"[–—]\s*(?:з|із|зі)\s+",
    re.IGNORECASE,
)
_ORDINAL_REACH = 8
"""How many sentences after the count its ordinal entries may stand."""


# A heading inside a partner list that sorts its entries by stage ("У процесі підготовки", "Припинені
# партнерства"): the entries under it are the list's too, each with its own stage.
_STAGE_HEADING = re.compile(
    r"(?:(?:у|в)\s+процесі|на\s+стадії|(?:у|в)\s+стадії|переговор|підготов|перспективн|планов|планован|заплановано|"
    r"чинн|діюч|недіюч|припинен|призупинен|розірван|завершен|колишн|оновлен|продовжен)",
    re.IGNORECASE,
)
# A heading that sorts a list by its kind of documents ("1. Підписані угоди", "Меморандуми про наміри").
_DOCUMENTS_HEADING = re.compile(
    r"(?:(?:підписан|укладен|чинн|діюч)\w*\s+)?(?:угоди|договори|меморандуми|декларації)\b", re.IGNORECASE
)
# Prose that announces the hromada's partners listed below it, by stage or by document ("Нижче – перелік
# партнерів громади за стадіями співпраці"): the stage headings that follow head that list.
_ANNOUNCES_A_LIST = re.compile(
    r"\b(?:перелік|список|інформаці\w*\s+про|відомост\w*\s+про)\w*\s+(?:\S+\s+)?(?:партнер|побратим|угод|договор|документ)"
    r"|\b(?:нижче|далі)\b[^.!?:]{0,40}?\b(?:партнер|побратим)"
    # "зібрано всі закордонні контакти громади, розкладені за етапами": the hromada's ties, sorted by stage
    r"|\b(?:партнер|побратим|контакт|угод|зв['’]яз)\w*[^.!?:]{0,60}?\bза\s+(?:етапами|стадіями)",
    re.IGNORECASE,
)
# The stage each kind of stage heading names, the ended ones tested before those in force ("недіючі").
_STAGES_OF_HEADINGS = (
    ("terminated", re.compile(r"припинен|призупинен|розірван|недіюч|колишн|завершен", re.IGNORECASE)),
    ("renewed", re.compile(r"оновлен|продовжен", re.IGNORECASE)),
    ("in_negotiation", re.compile(r"переговор|перемовин|обговорен|узгоджен", re.IGNORECASE)),
    ("planned", re.compile(r"підготов|планов|планован|перспективн", re.IGNORECASE)),
    ("signed", re.compile(r"чинн|діюч|підписан|укладен", re.IGNORECASE)),
)


def _stage_of_heading(words: str) -> str | None:
    """The stage a list's subheading names ("На стадії перемовин": in_negotiation), or None."""
    return next((stage for stage, pattern in _STAGES_OF_HEADINGS if pattern.search(words)), None)


_STAGE_NUMBERED = re.compile(r"^(?:етап|стадія|розділ)\s+", re.IGNORECASE)
"""A subheading's own numbering word ("Етап 2. Переговори")."""


def _sorting_heading(words: str) -> bool:
    """The heading sorts a list's entries by stage or by kind of document."""
    words = _NUMBERING.sub("", _STAGE_NUMBERED.sub("", words.strip()))
    return bool(_STAGE_HEADING.match(words) or _DOCUMENTS_HEADING.match(words))


_SPEAKS_OF_PARTNERS = re.compile(r"партнер|побратим|співпрац|співробітн|зв['’]яз", re.IGNORECASE)
_INTRO_PARAGRAPHS = 2
"""How many paragraphs of prose may stand between a partner heading and its first entry."""


def partner_sections(text: str, sentences: list[Sentence]) -> dict[int, Heading]:
    """The sentences that are entries of a partner list set out under a heading, each with its heading:
    the first sentence of each paragraph of the entry's shape (:data:`ENTRY`) right after the heading,
    up to the first paragraph of another shape or the next heading."""
    entries: dict[int, Heading] = {}
    heading: Heading | None = None
    counted: tuple[int, Heading] | None = None  # the last count of the hromada's agreements
    intro = 0  # paragraphs of prose still allowed before the heading's first entry
    announced = False  # the prose since the last heading announced a list of the hromada's partners
    for index, sentence in enumerate(sentences):
        if counted and index - counted[0] <= _ORDINAL_REACH and _ORDINAL_ENTRY.match(sentence.text):
            entries[index] = counted[1]
            continue
        if count := _COUNTS_AGREEMENTS.search(sentence.text):
            start = sentence.start
            counted = (index, Heading(start, start + count.start(), False, inline=True, ordinal=True))
        if line := _a_list_heading_line(sentence):
            # "Документи громади на таких стадіях:\n\n1. Чинні партнерства:\n– X (Країна) – угода …": a
            # heading line that ends with a colon, run on with the sentence before it or its first entry
            start, end, entry_at = line
            words = sentence.text[start:end]
            heading = Heading(
                sentence.start + start,
                sentence.start + end,
                _of_twins_only(words),
                stage=_stage_of_heading(words) if _sorting_heading(words) else None,
            )
            intro = _INTRO_PARAGRAPHS
            if entry_at and ENTRY.match(sentence.text, entry_at):
                entries[index] = dataclasses.replace(heading, entry_at=entry_at)
            continue
        if _a_heading(text, sentence):
            intro = _INTRO_PARAGRAPHS
            if _sorting_heading(sentence.text):
                sorted_by = {
                    "stage": _stage_of_heading(sentence.text),
                    "relation": relation_of(sentence.text),
                }
                if heading is not None:
                    # "Чинні партнерства: … У процесі підготовки: …": the list goes on, by stage (its first
                    # subheading may stand right under the partner heading)
                    heading = dataclasses.replace(heading, **sorted_by)
                    continue
                if announced:
                    # "Нижче – перелік партнерів громади за стадіями.\n\n1. Підписані угоди": a list the
                    # prose before announced, its first subheading
                    heading = Heading(sentence.start, sentence.end, False, **sorted_by)
                    continue
            is_partner = partner_heading(sentence.text)
            heading = (
                Heading(sentence.start, sentence.end, _of_twins_only(sentence.text)) if is_partner else None
            )
            announced = False
            continue
        if _ANNOUNCES_A_LIST.search(sentence.text):
            announced = True
        if opener := _list_opened_by_lines(sentence):  # also after prose on its paragraph's first lines
            # its first entry is its own sentence's; the next lines' are entries here
            heading = opener
            if opener.entry_at:
                heading = dataclasses.replace(opener, entry_at=0)  # the next lines open with their entries
                if ENTRY.match(sentence.text, opener.entry_at):
                    entries[index] = opener  # a heading that names no partners: its first entry is read here
            continue
        if (
            index
            and _AMONG_THEM.match(sentence.text)
            and (has := _HAS_TIES_WITH_TOWNS.search(sentences[index - 1].text))
        ):
            before = sentences[index - 1]
            if "\n" not in text[before.end : sentence.start]:
                twinning = "побратим" in has.group(0).lower()
                entries[index] = Heading(before.start, before.start + has.start(), twinning, inline=True)
                heading = None
                continue
        if _NUMBERING.fullmatch(sentence.text.strip()):
            continue  # "2.1." split off the entry it numbers
        if (
            heading is None
            and _opens_a_paragraph(text, sentence)
            and _opens_a_list_of_documents(text, sentences, index)
        ):
            # "2.1. Ґміна X (…) — угода про партнерство від <дата>", the next paragraph another such entry:
            # the page's own documents, listed under no partner heading
            heading = Heading(sentence.start, sentence.start, False)
            if index and (first := _first_entry_after_a_colon(sentences[index - 1])) is not None:
                entries[index - 1] = dataclasses.replace(heading, entry_at=first)  # "…такий:\n\n1. X – …"
        if heading is None or not _opens_a_paragraph(text, sentence):
            continue  # a sentence inside an entry's paragraph belongs to the entry's story
        if ENTRY.match(sentence.text):
            entries[index] = heading
            intro = _INTRO_PARAGRAPHS
        elif intro and _SPEAKS_OF_PARTNERS.search(sentence.text) and heading not in entries.values():
            intro -= 1  # a paragraph about the partners before the first entry introduces them
        else:
            heading = None
    return entries


def section_entry_candidates(
    text: str,
    ua: list[UaMention],
    foreign: list[Found],
    side: UaSide,
    inline: bool = False,
    ordinal: bool = False,
    entry_at: int = 0,
) -> list[PairCandidate]:
    """The partner an entry's sentence opens with, foreign or domestic, paired with the list's side
    (empty: the entry's name is no place read here); for a list in one sentence (``inline``), every
    partner it names; for an entry named by its ordinal (``ordinal``), the partner its "з" governs."""
    if ordinal:
        return _ordinal_entry_candidates(text, ua, foreign, side)
    if inline:
        run = (side.at, side.at + 1) if side.at is not None else None
        listed = [PairCandidate(side, f, run, (f.start, f.stop), fixed="owner_list") for f in foreign]
        listed += [
            PairCandidate(side, domestic_partner(m), run, (m.start, m.end), fixed="owner_list")
            for m in ua
            if m.katottg != side.katottg and m.kind in ("hromada", "settlement")
        ]
        return listed
    if not entry_at:
        return _entry_candidates(text, ua, foreign, side, 0)
    # a heading run on into its entries, one per line ("…:\n– X – угода …;\n– Y – …"): each line's
    at_lines = [entry_at] + [line.start(1) for line in _LINE_STARTS.finditer(text, entry_at)]
    return [candidate for at in at_lines for candidate in _entry_candidates(text, ua, foreign, side, at)]


def _entry_candidates(
    text: str, ua: list[UaMention], foreign: list[Found], side: UaSide, at: int
) -> list[PairCandidate]:
    """The partner the entry at ``at`` opens with, foreign or domestic, paired with the list's side."""
    shape = ENTRY.match(text, at)
    if shape is None:
        return []
    start, end = shape.span("name")
    run = (side.at, side.at + 1) if side.at is not None else None
    for found in foreign:
        if (
            shape.start("unit") <= found.start < end
            and found.stop <= end
            and _UNIT_BEFORE.fullmatch(text, start, found.start)
        ):
            return [PairCandidate(side, found, run, (found.start, found.stop), fixed="owner_list")]
    for mention in ua:
        if mention.start == start and mention.end <= end and mention.katottg != side.katottg:
            partner = domestic_partner(mention)
            return [PairCandidate(side, partner, run, (mention.start, mention.end), fixed="owner_list")]
    return []


def _ordinal_entry_candidates(
    text: str, ua: list[UaMention], foreign: list[Found], side: UaSide
) -> list[PairCandidate]:
    """The one partner right after the ordinal's "з", before the entry's first comma: what the rest of
    the sentence names is the entry's story, not another entry."""
    opening = _ORDINAL_ENTRY.match(text)
    if opening is None:
        return []
    stop = next((at for at in range(opening.end(), len(text)) if text[at] in ",;(.:"), len(text))
    run = (side.at, side.at + 1) if side.at is not None else None
    for found in foreign:
        if opening.end() <= found.start < stop:
            return [PairCandidate(side, found, run, (found.start, found.stop), fixed="owner_list")]
    for mention in ua:
        if opening.end() <= mention.start < stop and mention.katottg != side.katottg:
            partner = domestic_partner(mention)
            return [PairCandidate(side, partner, run, (mention.start, mention.end), fixed="owner_list")]
    return []


_DOCUMENT_AFTER_THE_DASH = re.compile(
    r"(?:(?:проєкт|проект)\w*\s+)?"  # a draft being agreed: "X (Країна) — проєкт угоди …, на погодженні"
    r"(?:угод|договір|договор|меморандум|декларац|лист\w*\s+про\s+намір)\w*\b(?!\s+(?:не\b|ще\b|поки\b))",
    re.IGNORECASE,
)
"""An entry's dash followed by its document ("X (Країна) — угода про партнерство від <дата>")."""


def _a_document_entry(sentence: Sentence) -> bool:
    """The sentence is an entry whose dash names its own document: a line of a list of documents."""
    shape = ENTRY.match(sentence.text)
    return (
        shape is not None
        and shape.group(0)[-1:] not in ")."
        and _DOCUMENT_AFTER_THE_DASH.match(sentence.text, shape.end() - 1) is not None
    )


_COLON_THEN_LINES = re.compile(r":[ \t]*\n\s*")


def _first_entry_after_a_colon(sentence: Sentence) -> int | None:
    """Where the list's first entry starts in a sentence that runs on from an opening colon into it
    ("Станом на 31 грудня їх стан такий:\n\n1. X (…) – угода …"), when that entry names its document."""
    colon = _COLON_THEN_LINES.search(sentence.text)
    if colon is None or "\n" in sentence.text[colon.end() :]:
        return None
    shape = ENTRY.match(sentence.text, colon.end())
    if shape is None or _DOCUMENT_AFTER_THE_DASH.match(sentence.text, shape.end() - 1) is None:
        return None
    return colon.end()


def _opens_a_list_of_documents(text: str, sentences: list[Sentence], index: int) -> bool:
    """The paragraph and the next one both open with an entry that names its document: a list of the
    page's documents, set out one per paragraph with no partner heading above it."""
    if not _a_document_entry(sentences[index]):
        return False
    following = (
        sentence
        for sentence in sentences[index + 1 :]
        if _opens_a_paragraph(text, sentence) and not _NUMBERING.fullmatch(sentence.text.strip())
    )
    after = next(following, None)
    return after is not None and _a_document_entry(after)


_UNIT_BEFORE = re.compile(
    rf"(?:(?:{TOWN_AND_GMINA}|місто|м\.|ґміна|гміна|муніципалітет|громада|комуна|округ|повіт)\s+)?",
    re.IGNORECASE,
)
"""What may stand before the entry's name: its unit word."""
