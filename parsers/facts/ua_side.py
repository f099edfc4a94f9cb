"""The Ukrainian side when the text names it only through an office, an adjective or a region noun
("X-ський селищний голова", "X-щина") or as one of a coordinated run of hromadas.
"""

from __future__ import annotations

import dataclasses
import re

from parsers.facts.name_context import WORD
from parsers.facts.vocabulary import (
    ADJ,
    HROMADA_ADJECTIVE_SUBJECT,
    TOWN_HEAD,
    has_finite_verb,
    is_place_adjective,
)
from parsers.morphology import is_known_adjective, is_nominative_given_name
from parsers.places.katottg import load_codifier
from parsers.places.ua_places import UaMention

_COORDINATED = re.compile(
    rf"((?:(?=[А-ЯІЇЄҐ]){ADJ}(?:\s+(?:міськ|сільськ|селищн)\w*)?(?:\s*,\s*|\s+(?:та|і|й)\s+))+"
    rf"(?=[А-ЯІЇЄҐ]){ADJ})\s+(?:(?:міськ|сільськ|селищн)\w*\s+)?(?:територіальн\w*\s+)?"
    r"(?:громадами|громадам|громадах|громад|громади|голови|головами|голів|радами|ради)\b"
)


def with_coordinated_hromadas(
    text: str, mentions: list[UaMention], oblasts: frozenset[str]
) -> list[UaMention]:
    """Add hromadas named as coordinated adjectives under one plural noun:
    "з X-ською та Y-ською міськими громадами" names two hromadas."""
    added = []
    replaced: set[int] = set()
    for match in _COORDINATED.finditer(text):
        for word in WORD.finditer(match.group(1)):
            if not is_place_adjective(word.group(0)):
                continue
            start, end = match.start(1) + word.start(), match.start(1) + word.end()
            covering = [m for m in mentions if m.start <= start < m.end]
            if any(m.kind != "settlement" for m in covering):
                continue
            mention = hromada_mention(word.group(0), start, end, oblasts)
            if covering and (mention or names_a_hromada(word.group(0))):
                # the adjective under the plural noun names a hromada, not the town its letters spell
                # ("між X-ською та Y-ською міськими громадами"): that hromada, or none when several
                # share the name and the article's oblasts do not tell which
                replaced.update(id(m) for m in covering)
            if mention:
                added.append(mention)
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda mention: mention.start)


def with_elliptical_hromadas(
    text: str, mentions: list[UaMention], oblasts: frozenset[str]
) -> list[UaMention]:
    """Add a hromada named by its adjective alone as the subject of a clause of its own, in a sentence
    that names a hromada with the noun ("X-ська громада підписала угоду з A, Y-ська веде перемовини з
    B"): the noun is left out, not the hromada."""
    if not any(m.kind == "hromada" for m in mentions) or "громад" not in text.lower():
        return mentions
    added = []
    for match in _ELLIPTICAL_SUBJECT.finditer(text):
        start, end = match.span("adjective")
        if any(m.start <= start < m.end for m in mentions) or not has_finite_verb(match.group("word")):
            continue
        if mention := hromada_mention(match.group("adjective"), start, end, oblasts):
            added.append(mention)
    for match in _GAPPED_SUBJECT.finditer(text):
        start, end = match.span("adjective")
        if any(m.start <= start < m.end for m in [*mentions, *added]):
            continue
        if not any(_tied_with_before(text, m, start) for m in mentions if m.kind == "hromada"):
            continue
        kind = kind_of_hromada(match.group("kind") or "")
        if mention := hromada_mention(match.group("adjective"), start, end, oblasts, kind):
            added.append(mention)
    return sorted([*mentions, *added], key=lambda mention: mention.start)


def _tied_with_before(text: str, mention: UaMention, at: int) -> bool:
    """A hromada named with its noun shortly before ``at`` and followed by its own partner ("X-ська
    громада з A, Y-ська з B"): the clause after it may leave out the noun and the verb alike."""
    return (
        "громад" in mention.text.lower()
        and mention.end <= at
        and at - mention.end <= _GAP_REACH
        and _WITH_AFTER.match(text, mention.end) is not None
    )


_GAP_REACH = 160
_WITH_AFTER = re.compile(r"\s*(?:\(\s*)?(?:[—–]\s*)?(?:[\w'’-]+\s+){0,8}?(?:з|із|зі)\s")
# "…, а Y-ська міська — з B", "… і Y-ська (з B)", "… та Y-ської з B": a hromada's adjective whose noun and
# verb the clause leaves out, right before its own partner
_GAPPED_SUBJECT = re.compile(
    r"(?:,\s+(?:а|і|й|та)?\s*|\s(?:а|і|й|та)\s+)"
    r"(?P<adjective>(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ська|цька|зька|ської|цької|зької))"
    r"(?:\s+(?P<kind>(?:міськ|сільськ|селищн)(?:а|ої)))?"
    # "…, а Y-ська в жовтні – меморандум з B": when, and the document, may stand before the partner
    r"(?:\s+(?:в|у)\s+[а-яіїєґ'’]+(?:\s+(?:19|20)\d\d(?:\s+року)?)?(?=\s*[—–]))?"
    r"(?:\s*\([^()]{1,40}\))?\s*(?:[—–]\s*(?:(?:угод|меморандум|договір|договор)\w*\s+)?)?\(?(?:з|із|зі)\s"
)


def with_hromadas_by_their_kind(
    text: str, mentions: list[UaMention], oblasts: frozenset[str]
) -> list[UaMention]:
    """Add a hromada named by its adjective and its kind's adjective with the noun left out ("…, а
    сусідній Y — X-ської селищної"): the kind says it is a hromada, as the noun would."""
    if " " not in text or not _KIND_LEFT_OUT.search(text):
        return mentions
    added = []
    for match in _NAME_AND_KIND_LEFT_OUT.finditer(text):
        start, end = match.span()
        if any(m.start <= start < m.end for m in mentions):
            continue
        if mention := hromada_mention(
            match.group("adjective"), start, end, oblasts, kind_of_hromada(match.group("kind"))
        ):
            added.append(mention)
    return sorted([*mentions, *added], key=lambda mention: mention.start) if added else mentions


def with_ukrainian_ones_listed(
    text: str, mentions: list[UaMention], oblasts: frozenset[str]
) -> list[UaMention]:
    """Add the hromadas a list names by their adjectives alone after "українськими (громадами) –" or
    "громади (області) –" ("… та двома українськими громадами – X-ською і Y-ською на Z-щині", "три громади
    області — X-ська, Y-ська і Z-ська"): the noun is left out."""
    if "українськ" not in text and "громад" not in text:
        return mentions
    added = []
    for opening in [*_UKRAINIAN_ONES.finditer(text), *_HROMADAS_THEN_LISTED.finditer(text)]:
        at = opening.end()
        while item := _LISTED_ADJECTIVE.match(text, at):
            start, end = item.span("adjective")
            if not any(m.start <= start < m.end for m in mentions) and (
                mention := hromada_mention(
                    item.group("adjective"), start, end, oblasts, kind_of_hromada(item.group("kind") or "")
                )
            ):
                added.append(mention)
            at = item.end()
    return sorted([*mentions, *added], key=lambda mention: mention.start) if added else mentions


# "двома українськими громадами –", and one alone: "одну українську громаду –", "українською громадою –"
_UKRAINIAN_ONES = re.compile(
    r"\bукраїнськ(?:ими|их|і|у|ою)(?:\s+громад\w*)?\s*[–—:]\s*|\bукраїнська\s+громада\s*[–—:]\s*",
    re.IGNORECASE,
)
# "ще три громади області — X-ська, Y-ська і Z-ська — ведуть …": the plural noun before the list
_HROMADAS_THEN_LISTED = re.compile(
    r"\bгромад(?:и|ами|ам|ах)(?:\s+(?:області|району|краю|[А-ЯІЇЄҐ][\w'’-]*щини))?\s*[–—:]\s*"
)
_LISTED_ADJECTIVE = re.compile(
    r"(?P<adjective>(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ською|цькою|зькою|ська|цька|зька|ські|цькі|зькі|ську|цьку|зьку))"
    r"(?:\s+(?P<kind>(?:міськ|сільськ|селищн)\w*))?(?:\s+громад\w*)?"
    # where it lies: "на Z-щині", "з Z-ського району Y-щини"
    r"(?:\s+(?:на|з|із)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+(?:району|області|(?-i:[А-ЯІЇЄҐ])[\w'’-]*щини))*)?"
    r"(?:\s*,\s*|\s+(?:і|й|та)\s+|(?=\s*[.;»)]|$))",
    re.IGNORECASE,
)


_KIND_LEFT_OUT = re.compile(r"(?:міськ|сільськ|селищн)(?:ої|ій|ою|а)(?:\s*[.;,!?]|\s+[—–]\s)")
_NAME_AND_KIND_LEFT_OUT = re.compile(
    r"(?P<adjective>(?-i:[А-ЯІЇЄҐ])[\w'’-]*(?:ської|цької|зької|ській|цькій|зькій|ською|цькою|зькою|ська|цька|зька))\s+"
    r"(?P<kind>(?:міськ|сільськ|селищн)(?:ої|ій|ою|а))(?=\s*[.;,!?]|\s+[—–]\s)"
)


_ELLIPTICAL_SUBJECT = re.compile(rf"(?:^|,\s+(?:а\s+)?){HROMADA_ADJECTIVE_SUBJECT}", re.IGNORECASE)


def names_a_hromada(adjective: str) -> bool:
    """The adjective is the name of at least one hromada ("X-ська"), however many share it."""
    from parsers.morphology import adjective_form
    from parsers.text import name_key

    codifier = load_codifier()
    key = name_key(adjective_form(adjective, "femn"))
    return bool(codifier.hromadas_by_key.get(key) or codifier.aliases.get(key))


def hromada_mention(
    adjective: str, start: int, end: int, oblasts: frozenset[str], kind: str = ""
) -> UaMention | None:
    """The hromada an adjective names ("Сквирський" → Сквирська громада) as a mention at its place;
    ``kind`` ("міська", "селищна", "сільська") tells same-named hromadas of other kinds apart."""
    from parsers.morphology import adjective_form

    codifier = load_codifier()
    name = " ".join(word for word in (adjective_form(adjective, "femn"), kind, "громада") if word)
    unit = codifier.hromada(name, oblasts)
    if not unit.katottg:
        return None
    hromada = codifier.units[unit.katottg]
    oblast = codifier.units.get(hromada.oblast_katottg)
    return UaMention(
        start, end, adjective, "hromada", unit.katottg, unit.name_uk, None,
        hromada.oblast_katottg, oblast.name_uk if oblast else None, 1,
    )  # fmt: skip


AREA_NOUN = re.compile(r"\b([А-ЯІЇЄҐ][\w'-]+?)(щин|ччин)(?:а|и|і|у|ою)\b")


_OFFICE_OF_HROMADA = re.compile(
    rf"\b((?=[А-ЯІЇЄҐ]){ADJ}(?:(?<=ий)|(?<=ого)|(?<=ому)|(?<=им)|(?<=ім)))\s+(?:(?P<kind>міськ|сільськ|селищн)\w*\s+)?"
    r"(?:голов\w*|рад[аиіу]|громад\w*|староста|старости)\b"
)


# "X-ська міська голова", "за словами X-ської сільської голови": a woman who heads the hromada, the
# adjectives in the feminine
_HER_OFFICE_OF_HROMADA = re.compile(
    r"\b((?=[А-ЯІЇЄҐ])[\w'’-]+(?:ськ|цьк|зьк)(?:а|ої|ій|ою))\s+(?P<kind>міськ|сільськ|селищн)(?:а|ої|ій|ою)\s+"
    r"голов(?:а|и|і|ою)\b"
)
# "…; x-ський міський голова та …": the office's adjective written in lower case, as the rules allow,
# where a list or a clause names its parties, or who speaks ("за словами x-ського сільського голови"); not
# "на яку посилався x-ський міський голова"
_LOWERCASE_OFFICE_OF_HROMADA = re.compile(
    r"(?:(?<=[,;:])\s+|\b(?:та|і|й|а|але|[Зз]а\s+словами)\s+|(?<=[,;:])\s*[–—]\s+|^\s*[–—]?\s*)((?=[а-яіїєґ])[\w'’-]+(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|ою))\s+"
    r"(?P<kind>міськ|сільськ|селищн)\w*\s+голов\w*\b"
)

# "… x-ський сільський голова Ім'я Прізвище і мер Y підписали": the lowercase office anywhere, when its
# holder, named, is one of the signers
_LOWERCASE_OFFICE_OF_A_SIGNER = re.compile(
    r"\b((?=[а-яіїєґ])[\w'’-]+(?:ськ|цьк|зьк)(?:ий|а))\s+(?P<kind>міськ|сільськ|селищн)(?:ий|а)\s+голова\s+"
    r"(?=[А-ЯІЇЄҐ][\w'’-]+\s+[А-ЯІЇЄҐ][\w'’-]+\s+(?:і|та|й)\s+[^.;!?]{0,80}?\bпідписал[иа]\b)"
)

# "X-ська заступниця голови", "X-ський секретар ради": the deputy or secretary of its head or council
_DEPUTY_OF_HROMADA = re.compile(
    r"\b((?=[А-ЯІЇЄҐ])[\w'’-]+(?:ськ|цьк|зьк)(?:ий|а|ого|ої|ому|ій|им|ою))\s+"
    r"(?:(?P<kind>міськ|сільськ|селищн)\w*\s+)?(?:заступни\w*|секретар\w*)\s+(?:\S+\s+)?(?:голов|рад)\w*\b"
)

_KINDS = {"міськ": "міська", "сільськ": "сільська", "селищн": "селищна"}
"""The kind of hromada an office's adjective names ("міський голова": a міська громада)."""


def kind_of_hromada(word: str) -> str:
    """The kind of hromada an adjective of kind names, in any case or gender ("міський", "селищної"):
    "міська", "сільська", "селищна", or "" for any other word."""
    lowered = word.lower()
    return next((kind for stem, kind in _KINDS.items() if lowered.startswith(stem)), "")


def with_office_hromadas(text: str, mentions: list[UaMention], oblasts: frozenset[str]) -> list[UaMention]:
    """Add hromadas named only by their office: "Сквирський міський голова" is Сквирська громада's."""
    added = []
    offices = [
        *_OFFICE_OF_HROMADA.finditer(text),
        *_HER_OFFICE_OF_HROMADA.finditer(text),
        *_LOWERCASE_OFFICE_OF_HROMADA.finditer(text),
        *_LOWERCASE_OFFICE_OF_A_SIGNER.finditer(text),
        *_COLLEAGUE_OF_HROMADA.finditer(text),
        *_DEPUTY_OF_HROMADA.finditer(text),
    ]
    for match in [*offices, *_DELEGATION_OF_HROMADA.finditer(text)]:
        start, end = match.span(1)
        if any(m.start <= start < m.end for m in [*mentions, *added]):
            continue
        adjective = match.group(1)[:1].upper() + match.group(1)[1:]
        kind = _KINDS.get(match.groupdict().get("kind") or "", "")
        if mention := hromada_mention(
            adjective, start, end, _oblast_right_after(match.end(), mentions) or oblasts, kind
        ):
            added.append(mention)
    return sorted([*mentions, *added], key=lambda mention: mention.start)


def _oblast_right_after(end: int, mentions: list[UaMention]) -> frozenset[str] | None:
    """ "X-ський міський голова Y-ської області": the oblast named right after an office is the one its
    hromada lies in, whatever other oblasts the article names."""
    return next(
        (
            frozenset({m.katottg})
            for m in mentions
            if m.kind == "oblast" and m.katottg and 0 <= m.start - end <= 2
        ),
        None,
    )


# "X-ська делегація", "X-ської делегації": a delegation named by its hromada's adjective.
_DELEGATION_OF_HROMADA = re.compile(rf"\b((?=[А-ЯІЇЄҐ]){ADJ})\s+делегаці(?:я|ї|ію|єю)\b")

# "його сахновщинський колега": an office named by a lowercase adjective of its hromada and "колега".
_COLLEAGUE_OF_HROMADA = re.compile(r"\b([а-яіїєґ][\w'’-]+(?:ський|цький|зький))\s+колег(?:а|ою|и)\b")


def part_of_other_name(text: str, mention: UaMention) -> bool:
    """ "Південного Кавказу", "Нового Орлеана": an adjective-like town name that starts another name; not
    the town of an office before its holder's first name ("голова X-ого Ім'я Прізвище")."""
    following = re.match(r"\s+([А-ЯІЇЄҐ][а-яіїєґ']{2,}(?:у|а|и|і|ом|ою)?)\b", text[mention.end :])
    return (
        mention.kind == "settlement"
        and " " not in mention.text
        # "над X-им Y-ом": a river's name after "над" too
        and bool(re.search(r"(?:ого|ому|ий|ій|ої|ою|ім|им)$", mention.text))
        and following is not None
        and not re.match(r"\s+[А-ЯІЇЄҐ][\w'-]*(?:ської|цької|зької)\s+(?:област|громад)", text[mention.end :])
        and not (
            _OFFICE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            and is_nominative_given_name(following.group(1))
        )
    )


_OFFICE_BEFORE = re.compile(r"\b(?:голов\w*|старост\w*)\s+$", re.IGNORECASE)


def without_tails_of_other_names(text: str, mentions: list[UaMention]) -> list[UaMention]:
    """Drop a one-word Ukrainian mention that a capitalised plain adjective opens a name with ("зі
    Старим X-ом"): the name of two words is another town's, not the village the second word spells;
    and a town's case form that reads as a region's adjective before another place ("<Область>-ська
    X": the X of that region, not the town the form spells)."""
    at = {mention.start: mention for mention in mentions}
    dropped = set()
    for mention in mentions:
        street = _STREET_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        if _tail_of_another_name(text, mention) or street:
            dropped.add(mention.start)  # "вулиця X-ська": a street named after the town, not the town
        elif (following := _noun_of_an_adjective(text, mention, at)) is not None:
            dropped.add(mention.start)
            if following.oblast_katottg != mention.oblast_katottg:
                dropped.add(following.start)  # "<Область>-ська X" where X is another region's: not that X
    return [mention for mention in mentions if mention.start not in dropped]


_STREET_BEFORE = re.compile(r"(?:\bвулиц\w*|\bвул\.|\bпроспект\w*|\bпровул\w*|\bбульвар\w*)\s*$")


def _noun_of_an_adjective(text: str, mention: UaMention, at: dict[int, UaMention]) -> UaMention | None:
    """The mention right after a town's case form that reads as a region's adjective before it."""
    if (
        mention.kind != "settlement"
        or " " in mention.text
        or not mention.katottg
        or not mention.text.endswith(("ська", "цька", "зька"))
        or text[mention.end : mention.end + 1] != " "
    ):
        return None
    following = at.get(mention.end + 1)
    return following if following is not None and following.katottg else None


def _tail_of_another_name(text: str, mention: UaMention) -> bool:
    """A one-word mention right after a capitalised plain adjective that opens no sentence: the second
    word of another name."""
    if mention.kind not in ("settlement", "hromada") or " " in mention.text:
        return False
    before = _CAPITALISED_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if (
        before is None
        or not text[: before.start()].strip()
        or _OPENS_BEFORE.search(text, max(0, before.start() - 5), before.start())
    ):
        return False  # a sentence's, a line's or a quotation's first word is capitalised whatever it is
    word = before.group(1)
    return is_known_adjective(word) and not is_place_adjective(word)


_OPENS_BEFORE = re.compile(r"(?:[.!?:«\"„“—–-]|\n)\s*$")


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])([А-ЯІЇЄҐ][а-яіїєґ'’]+)\s$")


# "міський голова та кмет X": the site's own head, unnamed, beside a foreign town's office.
_OWN_HEAD_BESIDE_A_FOREIGN_OFFICE = re.compile(
    r"(?<![А-ЯІЇЄҐа-яіїєґ'’-])(?<![а-яіїєґ]ий )(?<![а-яіїєґ]ого )"
    # "голова громади": the head of the hromada the text is about, its kind unsaid
    r"((?:[Мм]іськ|[Сс]елищн|[Сс]ільськ)(?:ий|ого)\s+голов\w*|(?-i:[Гг])олов(?:а|и|ою)\s+громади)"
    # the holders' names may follow each office: "міський голова Ім'я Прізвище та мер міста X Ім'я …"
    r"(?=(?:\s+[А-ЯІЇЄҐ][\w'’-]+){0,2}\s+(?:та|і|й)\s+(?:перш\w+\s+)?"
    rf"(?:{TOWN_HEAD})\s+(?:[а-яіїєґ'’]+(?:ого|ої)\s+)?(?:(?:міста|ґміни|гміни|муніципалітету|комуни)\s+)?[А-ЯІЇЄҐ])"
)


def names_a_head_by_office_alone(text: str) -> bool:
    """ "міський голова (Ім'я Прізвище) та мер міста X": a hromada's head named by office alone,
    beside a foreign town's office."""
    return _OWN_HEAD_BESIDE_A_FOREIGN_OFFICE.search(text) is not None


def hromada_of_code(katottg: str) -> UaMention | None:
    """A hromada as a mention with no place in the text yet (the site's own hromada)."""
    codifier = load_codifier()
    hromada = codifier.units.get(katottg)
    if hromada is None:
        return None
    oblast = codifier.units.get(hromada.oblast_katottg)
    return UaMention(
        0, 0, "", "hromada", katottg, hromada.name_uk, None,
        hromada.oblast_katottg, oblast.name_uk if oblast else None, 1,
    )  # fmt: skip


def office_suits(office: str, katottg: str) -> bool:
    """The office's adjective of kind ("міський", "сільський") fits the hromada of this code: a city's
    head heads no village or settlement hromada. An office that names no kind fits any."""
    kind = kind_of_hromada(office)
    unit = load_codifier().units.get(katottg)
    return not (kind and unit is not None and unit.type and unit.type != kind)


def with_the_head_after_its_colon(text: str, mentions: list[UaMention]) -> list[UaMention]:
    """ "X-ська громада: … сільський голова Ім'я Прізвище і мер Y підписали …": the head named by office
    alone after a colon that follows the sentence's one hromada is that hromada's, at the office's place."""
    hromadas = [m for m in mentions if m.kind == "hromada" and m.katottg]
    if len(hromadas) != 1 or not re.match(r"\s*:", text[hromadas[0].end :]):
        return mentions
    hromada = hromadas[0]
    match = _OWN_HEAD_BESIDE_A_FOREIGN_OFFICE.search(text, hromada.end)
    if match is None or not office_suits(match.group(1), hromada.katottg):
        return mentions
    start, end = match.span(1)
    head = dataclasses.replace(hromada, start=start, end=end, text=match.group(1))
    return sorted([*mentions, head], key=lambda mention: mention.start)


def with_owners_head(text: str, mentions: list[UaMention], owner_katottg: str) -> list[UaMention]:
    """On a council site, the head named only by office beside a foreign town's office ("міський голова
    та кмет X підписали угоду") is the site's hromada, at the office's place: a side the pairing can link."""
    if any(m.kind in ("hromada", "settlement", "city_k") for m in mentions):
        return mentions
    match = _OWN_HEAD_BESIDE_A_FOREIGN_OFFICE.search(text)
    owner = hromada_of_code(owner_katottg) if match else None
    if match is None or owner is None:
        return mentions
    if not office_suits(match.group(1), owner_katottg):
        return mentions  # a city's head ("міський голова") heads no village or settlement hromada
    start, end = match.span(1)
    head = dataclasses.replace(owner, start=start, end=end, text=match.group(1))
    return sorted([*mentions, head], key=lambda mention: mention.start)


_WE_ACT = re.compile(
    r"^(?P<we>Ми)\s+(?:(?:вже|також)\s+)?(?:\S+\s+){0,2}?(?:підписали|уклали|маємо|співпрацюємо|ведемо|продовжили)\b"
    # "… ми з X-ською громадою підписали меморандум": we and X, the co-signers
    r"|(?:^|\s)(?P<with>[Мм]и)\s+(?:з|із|зі)\s+(?:\S+\s+){1,4}?(?:підписали|уклали)\b"
)


def with_ourselves(text: str, mentions: list[UaMention], owner_katottg: str) -> list[UaMention]:
    """On a council site, a sentence that opens with "Ми" and a verb of a tie ("Ми підписали меморандум
    з A, а сусіди з X — з B") speaks for the site's hromada: at "Ми", a side the pairing can link beside
    the other hromadas the sentence names."""
    match = _WE_ACT.search(text) if mentions else None
    owner = hromada_of_code(owner_katottg) if match else None
    if match is None or owner is None:
        return mentions
    group = "we" if match.group("we") else "with"
    we = dataclasses.replace(owner, start=match.start(group), end=match.end(group), text=match.group(group))
    return sorted([we, *mentions], key=lambda mention: mention.start)


_WE_SAYS_THE_HEAD = re.compile(
    r"^[«\"„“]?\s*(?P<we>Ми)\s+(?:(?:вже|також)\s+)?(?:\S+\s+){0,2}?"
    r"(?:підписали|уклали|маємо|співпрацюємо|ведемо|продовжили)\b[^«»\"“”„]*[»\"”“]?,?\s*[–—]\s*"
    r"(?:каже|розповів|розповіла|розповідає|зазначив|зазначила|пояснює|пояснив|пояснила|говорить)\s+"
    r"(?P<office>(?:сільськ|селищн|міськ)\w*)\s+голов"
)


def with_the_head_quoted_as_we(text: str, mentions: list[UaMention], katottg: str) -> list[UaMention]:
    """A head named by office alone who says "Ми …" of a tie ("«Ми ведемо переговори з X, – каже сільський
    голова Ім'я") speaks for the hromada just named (``katottg``): at "Ми", a side the pairing can link.
    Only when the sentence names no hromada of its own, and when the office suits the hromada's kind."""
    match = _WE_SAYS_THE_HEAD.match(text)
    if match is None or any(m.kind in ("hromada", "settlement", "city_k") for m in mentions):
        return mentions
    side = hromada_of_code(katottg)
    if side is None or not office_suits(match.group("office"), katottg):
        return mentions
    start, end = match.span("we")
    return [dataclasses.replace(side, start=start, end=end, text="Ми"), *mentions]


_WE_OPEN_A_QUOTE_AND_ACT = re.compile(
    r"^\s*[«\"„“][^«»\"“”„]*?\b(?P<we>[Мм]и)\s+(?:(?:вже|також)\s+)?(?:\S+\s+){0,2}?"
    r"(?:підпис\w+|уклал\w+|укладал\w+|маємо|співпрацюємо|ведемо|продовжил\w+)\b"
)


def with_the_speaker_before_the_quote(text: str, mentions: list[UaMention], katottg: str) -> list[UaMention]:
    """A quotation that opens the sentence and says "ми" of a tie ("«Коли ми підписували угоду з X, …»")
    after a sentence that gave its speaker ("X-ський сільський голова нагадав, як усе починалося."): "ми"
    is the speaker's hromada (``katottg``), a side the pairing can link. Only when the sentence names no
    hromada of its own."""
    match = _WE_OPEN_A_QUOTE_AND_ACT.match(text)
    if match is None or any(m.kind in ("hromada", "settlement", "city_k") for m in mentions):
        return mentions
    side = hromada_of_code(katottg)
    if side is None:
        return mentions
    start, end = match.span("we")
    return sorted(
        [dataclasses.replace(side, start=start, end=end, text=match.group("we")), *mentions],
        key=lambda m: m.start,
    )
