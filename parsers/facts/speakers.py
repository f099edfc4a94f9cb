"""Who speaks in a quotation: "ми" and "у нас" inside «…» are the speaker's hromada, which on a council
site is often a guest's, not the site's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.facts.links import governed_by
from parsers.facts.model import Found
from parsers.facts.name_forms import same_surname
from parsers.facts.vocabulary import FOREIGN_HEAD_STEMS, REPORTED_OPENING, TOWN_HEAD
from parsers.text import name_key

_QUOTE = re.compile(r"«[^«»]*»?")
_FIRST_PERSON = re.compile(r"\b(?:ми|нас|нам|наш\w*)\b", re.IGNORECASE)
_WORD = re.compile(r"[А-ЯІЇЄҐ][\w'’-]+")


def quote_containing(text: str, position: int) -> tuple[int, int] | None:
    """The quotation («…», maybe unclosed to the paragraph's end) that ``position`` stands in."""
    paragraph_start = text.rfind("\n", 0, position) + 1
    paragraph_end = text.find("\n", position)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    for match in _QUOTE.finditer(text, paragraph_start, paragraph_end):
        if match.start() <= position < max(match.end(), match.start() + 1):
            return match.span()
    return None


def speaks_in_first_person(text: str, quote: tuple[int, int]) -> bool:
    """The quotation says "ми", "нас" or "наш…": its speaker speaks for a hromada."""
    return _FIRST_PERSON.search(text, quote[0], quote[1]) is not None


_OURS = re.compile(r"\bнаш\w*\b", re.IGNORECASE)
_OWN_OFFICE_AFTER = re.compile(
    r"[»\"]\s*,?\s*[–—-]\s*(?:\w+\s+){0,2}?(?:в|у)?\s*(?:міськ|селищн|сільськ)\w*\s+(?:рад|голов)\w*\s*[.,;]",
    re.IGNORECASE,
)


def the_site_speaks(text: str, quote: tuple[int, int]) -> bool:
    """The quotation is the site's own voice: the paragraph before it speaks of "наша громада", or
    the words after it give the speaker as the council or its head with no town of another
    ("», – зазначили в міській раді")."""
    paragraph_start = text.rfind("\n", 0, quote[0]) + 1
    if _OURS.search(text, paragraph_start, quote[0]):
        return True
    return _OWN_OFFICE_AFTER.match(text, max(quote[0], quote[1] - 1)) is not None


def a_guest_is_named_after(
    text: str, quote: tuple[int, int], country_of: Callable[[str], str | None]
) -> bool:
    """The words after a closed quotation give its speaker as a foreign town's: an office only foreign
    towns have ("– зазначив бургомістр X") or a foreign country's name or adjective ("– розповіла …,
    заступниця мера польського міста X"), with no Ukrainian council head named before it."""
    if text[quote[1] - 1 : quote[1]] != "»":
        return False  # an unclosed quotation runs to the paragraph's end: nothing after it
    attribution = _ATTRIBUTION.match(text, quote[1])
    if attribution is None:
        return False
    said = attribution.group(1)
    own_head = _OWN_HEAD.search(said)
    for word in _ANY_WORD.finditer(said):
        if own_head is not None and word.start() >= own_head.start():
            return False
        if word.group(0).lower().startswith(FOREIGN_HEAD_STEMS) or country_of(word.group(0)) not in (
            None,
            "UA",
        ):
            return True
    return own_head is None and _introduced_as_a_foreign_head(text, quote[0], said)


def _introduced_as_a_foreign_head(text: str, quote_start: int, said: str) -> bool:
    """ "«…», – сказав X" where the paragraph before the quotation introduced X by an office only foreign
    towns have ("Бургомістр Y Вальдемар X відкрив свято"): the speaker is that town's head."""
    paragraph = text[text.rfind("\n", 0, quote_start) + 1 : quote_start]
    if _A_PRONOUN_SPEAKS.search(said):  # "«…», – заявив він": the last office holder before it speaks
        heads = list(_A_GUESTS_HEAD.finditer(paragraph))
        return bool(heads) and _OWN_HEAD.search(paragraph, heads[-1].end()) is None
    for name in _WORD.findall(said):
        for head in _A_GUESTS_HEAD.finditer(paragraph):
            if re.match(rf"(?:[\w'’-]+\s+){{0,3}}?{re.escape(name)}\b", paragraph[head.end() :]):
                return True
    return False


_FOREIGN_HEAD = re.compile(rf"\b(?:{'|'.join(FOREIGN_HEAD_STEMS)})\w*\s+", re.IGNORECASE)
_A_GUESTS_HEAD = re.compile(rf"\b(?:{'|'.join(FOREIGN_HEAD_STEMS)}|війт)\w*\s+", re.IGNORECASE)
"""A foreign town's head as a paragraph introduces a quotation's speaker: a Ukrainian hromada has a
"голова", so on a hromada's page a "війт" is a Polish or Lithuanian guest."""
_A_PRONOUN_SPEAKS = re.compile(r"^\w+\s+(?:він|вона)\s*$", re.IGNORECASE)


_ATTRIBUTION = re.compile(r"\s*,?\s*[–—-]\s*([^.!?\n«»]*)")
_OWN_HEAD = re.compile(r"\b(?:міськ|селищн|сільськ)\w*\s+голов", re.IGNORECASE)
_ANY_WORD = re.compile(r"[\w'’-]+")


def last_hromada_before(text: str, quote_start: int, ua: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The last Ukrainian hromada (start, code) of ``ua`` the paragraph names before a quotation."""
    paragraph_start = text.rfind("\n", 0, quote_start) + 1
    return max(((start, code) for start, code in ua if paragraph_start <= start < quote_start), default=None)


def names_after(text: str, quote_start: int, last_ua: tuple[int, str] | None) -> list[str]:
    """The capitalised words between the paragraph's last hromada (or its start) and the quotation:
    the only names that can make the speaker a foreign place's."""
    paragraph_start = text.rfind("\n", 0, quote_start) + 1
    after = last_ua[0] if last_ua else -1
    return [
        word.group(0) for word in _WORD.finditer(text, paragraph_start, quote_start) if word.start() > after
    ]


def last_place_before(
    text: str, quote_start: int, last_ua: tuple[int, str] | None, foreign_names: set[str]
) -> str | None:
    """The place the paragraph names last before a quotation: the last hromada's code (see
    :func:`last_hromada_before`) or "foreign" for a later name the article has resolved as a foreign
    place. The speaker of the quotation is that place's (the visiting mayor of X, a delegation from X)."""
    if any(name_key(name) in foreign_names for name in names_after(text, quote_start, last_ua)):
        return "foreign"
    return last_ua[1] if last_ua else None


_THEIR_TOWN = re.compile(
    r"\bїхн\w*\s+(?:рідн\w+\s+)?(?:громад|міст|ґмін|гмін|муніципалітет)\w*", re.IGNORECASE
)


def answers_a_foreign_head(text: str, position: int, is_foreign_town: Callable[[str], bool]) -> bool:
    """``position`` is in an interview's answer (a line opened by a dash that asks nothing) and the
    title or the lead before the first such line names the one interviewed as a foreign town's head
    ("Мер X: …", "поговорили з бургомістром X"): "ми" and "у нас" there are that town, not a hromada."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end < 0 else end]
    if not DIALOGUE_LINE.match(line) or line.rstrip().endswith("?"):
        return False
    first = _DIALOGUE_LINE_IN_TEXT.search(text)
    lead = text[: first.start()] if first else ""
    heads = [head for head in (_INTERVIEWEE.search(lead), _HEAD_IN_TITLE.match(lead)) if head is not None]
    # either names the town: the lead may name it by its district's adjective ("з мером X-ського району")
    return any(is_foreign_town(head.group("town")) for head in heads)


DIALOGUE_LINE = re.compile(r"\s*[—–]\s")
"""A line of an interview: it opens with a dash."""
_DIALOGUE_LINE_IN_TEXT = re.compile(r"^\s*[—–]\s", re.MULTILINE)
_HEAD_OF_A_TOWN = (
    rf"(?:{TOWN_HEAD})\s+(?:(?-i:[а-яіїєґ'’-]+)\s+)?(?:(?:міста|ґміни|гміни|муніципалітету|комуни)\s+)?"
    r"(?P<town>(?-i:[А-ЯІЇЄҐ])[\w'’-]+)"
)
_INTERVIEWEE = re.compile(
    r"\b(?:поговорил|поспілкувал|розмовлял|розпитал)\w*\s+(?:\S+\s+){0,2}?(?:з|із|зі)\s+" + _HEAD_OF_A_TOWN,
    re.IGNORECASE,
)
_HEAD_IN_TITLE = re.compile(_HEAD_OF_A_TOWN + r"\s*:", re.IGNORECASE)
# "Колонка старости міста X:": a Czech or Slovak town's head (a Ukrainian starosta heads no town)
_A_STAROSTA_OF_A_TOWN_IN_TITLE = re.compile(
    r"\bстарост\w*\s+(?:[а-яіїєґ'’-]+\s+)?(?:міста|ґміни|гміни|муніципалітету|комуни)\s+(?P<town>[А-ЯІЇЄҐ][\w'’-]+)\s*:"
)
# "…: колонка старости чеського міста X", "Колонка мера X": a column is its author's words, a colon or not
_A_HEADS_COLUMN_IN_TITLE = re.compile(
    rf"\bколонк\w*\s+(?:{TOWN_HEAD}|старост\w*)\s+(?:(?-i:[а-яіїєґ'’-]+)\s+)?"
    r"(?:(?:міста|ґміни|гміни|муніципалітету|комуни)\s+)?(?P<town>(?-i:[А-ЯІЇЄҐ])[\w'’-]+)",
    re.IGNORECASE,
)
# A column's lead or byline that names its author by office ("колонку … написала старійшина волості X",
# "Автор – Ім'я, староста міста X")
_A_COLUMNS_AUTHOR = re.compile(
    rf"\b(?:написа\w*|автор\w*)\b[^.\n]{{0,80}}?\b(?:{TOWN_HEAD}|старост\w*|старійшин\w*)\s+"
    r"(?:(?-i:[а-яіїєґ'’-]+)\s+)?(?:(?:міста|ґміни|гміни|муніципалітету|комуни|волості)\s+)?"
    r"(?P<town>(?-i:[А-ЯІЇЄҐ])[\w'’-]+)",
    re.IGNORECASE,
)
_A_COLUMN = re.compile(r"\bколонк", re.IGNORECASE)
_LEAD_CHARS = 600
"""How far into a column its lead or byline names the author."""
_OUR_HROMADA = re.compile(r"\bнаш\w*\s+(?:\S+\s+)?громад", re.IGNORECASE)
_OUR_TOWN = re.compile(r"\bнаш(?:е|ого|ому|им)\s+міст|\bнаші\s+міста-(?:побратим|партнер)", re.IGNORECASE)


def in_a_foreign_heads_column(
    text: str, sentence: str, start: int, is_foreign_town: Callable[[str], bool]
) -> bool:
    """The title gives the words of a foreign town's head ("Колонка старости міста X: …", "Мер X: …")
    and the sentence, in the first person and not of "нашої громади", stands in a paragraph that opens
    with that town's name ("X – маленьке місто. У нас є партнери – …") or speaks of "наше місто":
    "у нас" is that town."""
    if not _FIRST_PERSON.search(sentence) or _OUR_HROMADA.search(sentence):
        return False
    title = text[: max(text.find("\n"), 0)]
    head = (
        _HEAD_IN_TITLE.search(title)
        or _A_STAROSTA_OF_A_TOWN_IN_TITLE.search(title)
        or _A_HEADS_COLUMN_IN_TITLE.search(title)
        or (_A_COLUMNS_AUTHOR.search(text, 0, len(title) + _LEAD_CHARS) if _A_COLUMN.search(title) else None)
    )
    if head is None:
        return False
    opening = text[text.rfind("\n", 0, start) + 1 :]
    town = head.group("town")
    stem = town[: max(len(town) - 2, 4)]
    # "Наше місто вже має побратимів", "Наші міста-побратими …": the columnist's town, as a hromada's head
    # would say "громада"; "У нас є партнери – A, з яким X пов'язує …": the sentence names that town itself
    return (
        opening.startswith(stem)
        or _OUR_TOWN.search(sentence) is not None
        or re.search(rf"\b{re.escape(stem)}", sentence) is not None
    ) and is_foreign_town(town)


def speaks_of_their_town(text: str) -> bool:
    """ "Гості розповіли, що їхня громада …": the guests' hromada, never the site's own."""
    return _THEIR_TOWN.search(text) is not None


def a_foreign_town_speaks(text: str, foreign: list[Found], is_foreign_name: Callable[[str], bool]) -> bool:
    """The sentence's subject is a foreign town, its office, body or people ("X має побратимів", "Мерія
    X", "Представники польського X", "Бургомістр X", "Дні X …: місто відзначало") and it names another
    foreign place: a tie it tells of the town, "місто" or "ми" with that place is that town's (a tie
    with the speaking town itself has no other place, and "наш" is the site's voice)."""
    if _OURS.search(text):
        return False
    reported = REPORTED_OPENING.match(text)
    start = reported.end() if reported else 0  # "Він додав, що X має …": the reported clause's subject
    opening = _TOWNS_BODY_OPENING.match(text, start)
    first = start + len(text[start:]) - len(text[start:].lstrip(" «\"'(\n"))
    at = opening.end() if opening else first  # "Мерія X …", or X itself as the sentence's subject
    word = _CAPITALISED_WORD.match(text, at)
    speaking = {found.partner.key for found in foreign if found.start == at}
    if not speaking and word and _ITS_TIES_AFTER.match(text, word.end()) and is_foreign_name(word.group(0)):
        speaking = {"named"}  # "X має кілька побратимів, зокрема …"
    if not speaking and opening and word and is_foreign_name(word.group(0)):
        speaking = {"named"}  # "Дума латвійського краю X … ухвалила рішення припинити угоду з Y": X's act
    if not speaking and reported:
        # "Мер X нагадав, що у 2022 році місто розірвало угоду з Y", "…, що угоду з Y підписали у <рік>":
        # the town of the foreign office speaking, its own tie (the town, or no subject, in the clause)
        back = _TOWN_REFERS_BACK.search(text, start) or _AGREEMENT_WITH_NO_SUBJECT.match(text, start)
        office = _TOWNS_BODY_OPENING.match(text) if back else None
        speaker = _CAPITALISED_WORD.match(text, office.end()) if office else None
        if speaker and speaker.end() <= back.start() and is_foreign_name(speaker.group(0)):
            speaking = {"speaker"}
        elif office is not None and not speaker and _FOREIGN_HEAD.fullmatch(office.group(0).lstrip(_LEADING)):
            speaking = {"speaker"}  # "Примар розповів, що місто приймає гостей зі своїх побратимів – Y"
    if (
        not speaking
        and reported
        and _A_TOWNS_BODY_BY_ITS_ADJECTIVE.search(reported.group(0))
        and _TOWN_REFERS_BACK.search(text, start)
    ):
        # "X-ська делегація нагадала, що місто святкуватиме річницю побратимства з Y": the delegation's
        # town (no Ukrainian side is named in the sentence) and its own twin
        speaking = {"speaker"}
    if not speaking and (subject := _SUBJECT_AFTER_AN_OPENING.match(text, start)):
        # "Більше того, у грудні X розірвала угоду з Y": a foreign town as the subject of its own act
        word = _CAPITALISED_WORD.match(text, subject.end())
        if (
            word
            and _ACTS_AFTER.match(text, word.end())
            and not _UNIT_NOUN_BEFORE.search(text, max(0, word.start() - 12), word.start())
            and not governed_by(text, word.start(), _PREPOSITIONS)  # "з литовським X": an object
            and is_foreign_name(word.group(0))
        ):
            speaking = {"named"}
    if not speaking and any(
        is_foreign_name(body.group(1)) and _ACTS_AFTER.match(text, body.end())
        for body in _A_TOWNS_BODY_OF.finditer(text)
    ):
        speaking = {"named"}  # "угоду з Y, укладену <рік>, міська рада X розірвала": X's body acts
    if not speaking and _FOR_A_NAMED_PLACE.match(text) and _TOWN_OPENS_A_CLAUSE.search(text):
        speaking = {"named"}  # "Для X це не перше партнерство: місто має угоди з Y": X, no Ukrainian side
    if not speaking and (back := _TOWN_REFERS_BACK.search(text)):
        # "Дні X мали привід: місто відзначало …": the bare town noun is the foreign town named before it
        speaking = {found.partner.key for found in foreign if found.stop <= back.start()}
    if (
        not speaking
        and (back := _TOWN_OPENS_A_CLAUSE.search(text))
        and _foreign_word_before(text, back.start(), is_foreign_name)
    ):
        # "Досвід у X є: місто давно побратимується з Y": a foreign town named where, not as a partner
        speaking = {"named"}
    others = {found.partner.key for found in foreign} - speaking
    return bool(speaking) and bool(others)


def a_foreign_office_speaks_of_its_town(
    text: str,
    hromadas_at: list[int],
    is_foreign_town: Callable[[str], bool],
    foreign_officers: Callable[[], frozenset[str]],
) -> bool:
    """ "Мер X Ім'я Прізвище зазначила, що місто також співпрацює з Y", "Мер Ім'я Прізвище у зверненні
    до мешканців Z зазначив, що місто має й інших партнерів — Y": the bare town noun that opens the
    reported clause is the town of the foreign office speaking (named after the office, or a person the
    article named as a foreign town's office holder), whatever hromada the sentence names besides: the
    ties the clause tells are that town's. Unsaid when the clause goes on to a hromada of its own after
    "але" or "а" ("…, але X – перше українське місто-побратим"): the speaker tells that tie too."""
    reported = REPORTED_OPENING.match(text)
    if reported is None or not _TOWN_REFERS_BACK.match(text, reported.end()):
        return False
    contrast = _A_CONTRAST.search(text, reported.end())
    if contrast is not None and any(at >= contrast.end() for at in hromadas_at):
        return False
    office = _TOWNS_BODY_OPENING.match(text)
    if office is None or office.end() >= reported.end():
        return False
    words = [word.group(0) for word in _CAPITALISED_WORD.finditer(text, office.end(), reported.end())]
    if not words:
        return False
    if is_foreign_town(words[0]):
        return True
    return _an_officers_name(words[:3], foreign_officers())


def a_foreign_office_speaks_on(
    text: str,
    before: list[str],
    is_foreign_town: Callable[[str], bool],
    foreign_officers: Callable[[], frozenset[str]],
) -> bool:
    """ "Бургомістр X … наголосив, що …: «…». Він також нагадав, що місто співпрацює з Y": a pronoun
    that opens a reporting sentence stands for the speaker of the last sentence (``before``, nearest
    first) that is not the words of a quotation; when that one opens with a foreign town's office, the
    bare town noun of the reported clause is that town and the ties told are its own."""
    if not _A_PRONOUN_REPORTS.match(text):
        return False
    reported = REPORTED_OPENING.match(text)
    if reported is None or not _TOWN_REFERS_BACK.match(text, reported.end()):
        return False
    for sentence in before:
        if sentence.count("»") > sentence.count("«"):
            continue  # the closing words of a quotation: its speaker opened a sentence before
        office = _TOWNS_BODY_OPENING.match(sentence) or _the_last_foreign_head_introduced(sentence)
        if office is None:
            return False
        words = [
            word.group(0) for word in _CAPITALISED_WORD.finditer(sentence, office.end(), office.end() + 40)
        ]
        return bool(words) and (is_foreign_town(words[0]) or _an_officers_name(words[:3], foreign_officers()))
    return False


_A_FOREIGN_HEAD_AND_TOWN = re.compile(
    _FOREIGN_HEAD.pattern
    + r"(?:[а-яіїєґ'’]+(?:ськ|цьк|зьк)\w+\s+)?(?:(?:міста|ґміни|гміни|муніципалітету)\s+)?(?=[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)


def _the_last_foreign_head_introduced(sentence: str) -> re.Match[str] | None:
    """The last foreign town's head a sentence introduces ("До делегації увійшов і заступник бургомістра
    X Ім'я Прізвище."), with no Ukrainian council head named after it: whom "Він" next stands for."""
    heads = list(_A_FOREIGN_HEAD_AND_TOWN.finditer(sentence))
    if not heads or _OWN_HEAD.search(sentence, heads[-1].end()):
        return None
    return heads[-1]


def _an_officers_name(words: list[str], officers: frozenset[str]) -> bool:
    """One of the words is a case form of the surname of a foreign office holder the article names."""
    return any(same_surname(word.lower(), officer) for word in words for officer in officers)


_A_PRONOUN_REPORTS = re.compile(r"[\W]*(?:Він|Вона)\s")


def foreign_officers_in(text: str, is_foreign_name: Callable[[str], bool]) -> frozenset[str]:
    """The surnames (lowercased) of the people a text names right after a foreign town's office and the
    town ("бургомістр польського міста X Ім'я Прізвище")."""
    return frozenset(
        found.group(2).lower()
        for found in _AN_OFFICE_HOLDER_OF_A_TOWN.finditer(text)
        if is_foreign_name(found.group(1))
    )


_A_CONTRAST = re.compile(r",\s+(?:але|проте|однак|а)\s")
_AN_OFFICE_HOLDER_OF_A_TOWN = re.compile(
    r"\b(?:[Мм]ер|[Мм]ерк|[Бб]ургомістр|[Пп]римар|[Кк]мет|[Пп]риматор)\w*\s+"
    r"(?:[а-яіїєґ'’]+(?:ськ|цьк|зьк)\w+\s+)?(?:(?:міста|ґміни|гміни|муніципалітету)\s+)?"
    r"([А-ЯІЇЄҐ][\w'’-]+)\s+[А-ЯІЇЄҐ][\w'’-]+\s+([А-ЯІЇЄҐ][\w'’-]{4,})"
)
_CAPITALISED_WORD = re.compile(r"[А-ЯІЇЄҐ][\w'’-]*")
# A town's body named by the town's adjective: "гайдельберзька делегація", "мерія" after it.
_A_TOWNS_BODY_BY_ITS_ADJECTIVE = re.compile(
    r"\b[а-яіїєґ'’]+(?:ськ|цьк|зьк)(?:а|ий|е|і)\s+(?:делегаці\w+|мері\w+|влад\w+|колег\w*|муніципалітет\w*)\b"
)
# The opening words before a sentence's subject: its first word, then lowercase words of time or
# discourse ("Більше того, у грудні X …").
_SUBJECT_AFTER_AN_OPENING = re.compile(
    r"[\W\d]*[А-ЯІЇЄҐ][а-яіїєґ'’]*,?\s+(?:[а-яіїєґ'’\d-]+,?\s+){0,4}?(?=[А-ЯІЇЄҐ])"
)
# "Для X це …" opening a sentence: X, a place the sentence names no Ukrainian hromada for, is its topic.
_FOR_A_NAMED_PLACE = re.compile(r"[\W]*Для\s+[А-ЯІЇЄҐ][\w'’-]+\s+(?:це|цей|ця|воно)\b")
# A town's body and the town in the genitive, inside a sentence: "міська рада X", "мерія X".
_A_TOWNS_BODY_OF = re.compile(
    r"\b(?:міськ\w+\s+рад[аи]|мері[яї]|муніципалітет|магістрат)\s+([А-ЯІЇЄҐ][\w'’-]+)"
)
_PREPOSITIONS = frozenset(
    {"з", "із", "зі", "у", "в", "до", "від", "для", "між", "на", "за", "про", "під", "через"}
)
# A unit's noun that heads a name ("містом X"): the name is no subject then.
_UNIT_NOUN_BEFORE = re.compile(r"\b(?:міст|громад|ґмін|гмін)\w*\s+$", re.IGNORECASE)
_ACTS_AFTER = re.compile(
    r"\s+(?:вже\s+|також\s+|ще\s+)?(?:розірва\w+|припини\w+|підписа\w+|уклал\w+|уклав|продовжи\w+|"
    r"святку\w+|відзнача\w+|відзначи\w+)(?<!но)(?<!то)\b"  # a verb with a subject, not "підписано"
)
# "X (, як місто-земля,) (вже) має …": an aside on what the town is may stand between the name and its verb
_ITS_TIES_AFTER = re.compile(
    r",?\s+(?:як\s+[\w'’-]+(?:\s+[\w'’-]+)?,?\s+|як\s+[^,.;:]{1,60},\s+)?(?:вже\s+|також\s+|давно\s+)?"
    r"(?:має|мав|мало|підтримує|співпрацює|дружить)\b",
    re.IGNORECASE,
)
_TOWN_REFERS_BACK = re.compile(r"(?<![\w-])(?:місто|містечко)\s+(?=[а-яіїєґ])")
# The bare town noun as the subject of a clause after a colon, a semicolon or a dash.
_TOWN_OPENS_A_CLAUSE = re.compile(r"[:;–—]\s+(?:місто|містечко)\s+(?=[а-яіїєґ])")


def a_foreign_towns_clause(text: str, foreign_starts: list[int], hromadas_at: list[int]) -> int | None:
    """Where a clause opens whose subject is the bare town noun after a colon, a semicolon or a dash
    ("…, що A не перше місто в колі друзів X: місто давно співпрацює з Y"), when the name it refers back
    to, the last place named before it, is a foreign one named after every hromada: the places after it
    are that town's own ties. None when the sentence has no such clause."""
    back = _TOWN_OPENS_A_CLAUSE.search(text)
    if back is None or not hromadas_at or any(at >= back.start() for at in hromadas_at):
        return None
    before = [at for at in foreign_starts if at < back.start()]
    return back.start() if before and max(before) > max(hromadas_at) else None


def _foreign_word_before(text: str, end: int, is_foreign_name: Callable[[str], bool]) -> bool:
    """A capitalised word before ``end``, after the sentence's first word, is a foreign town's name."""
    return any(
        word.start() > 0 and is_foreign_name(word.group(0).rstrip("-"))
        for word in _CAPITALISED_WORD.finditer(text, 0, end)
    )


# "угоду з Y підписали у <рік>": the agreement first, its verb in the plural with no subject named
_AGREEMENT_WITH_NO_SUBJECT = re.compile(
    r"(?:угод\w*|меморандум|договір)\s+(?:з|із|зі)\s+[А-ЯІЇЄҐ][\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:підписали|уклали|укладено|підписано)\b"
)
_LEADING = " «\"'(–—-0123456789"
"""What may stand before a sentence's first word: an office named alone there ("Примар розповів, що …") is
the foreign head the text introduced."""
_TOWNS_BODY_OPENING = re.compile(
    r"[\W\d]*(?:Мері\w+|Мер|Мера|Мерка|Примар\w*|Приматор\w*|Кмет\w*|Бургомістр\w*|Влад\w+|Представник\w*|"
    r"Делегаці\w+|Муніципалітет\w*|Дум[аиі]\w*|Міськ\w+\s+рад\w+|Голов\w+\s+(?:муніципалітету|міста|ґміни|гміни))\s+"
    # "Дума латвійського краю X": the country's adjective, then the unit's noun
    r"(?:[а-яіїєґ'’]+(?:ськ|цьк|зьк)\w+\s+)?(?:(?:краю|округу|повіту|муніципалітету|міста|ґміни|гміни)\s+)?"
)


_WE_HAVE_PARTNERS = re.compile(
    r"[\W]*(?:(?:Так|Звісно|Авжеж|Звичайно)[.,!]?\s*)?(?:[Уу]\s+нас|[Нн]аші|[Мм]и\s+маємо)\b"
)
_A_TOWN_WITH_TIES_OPENS = re.compile(r"[\W]*(?:[УВ]\s+)?([А-ЯІЇЄҐ][\w'’-]+)")
# "У X вже є міста-партнери": the town's ties told with "є" after "у" and its name
_PARTNERS_THERE_AFTER = re.compile(
    r"\s+(?:вже\s+|також\s+|давно\s+)?є\s+(?:свої\s+)?(?:міста-)?(?:партнери|побратими)\b", re.IGNORECASE
)


def answers_for_a_foreign_town(
    text: str, asked: Callable[[], list[str]], is_foreign_name: Callable[[str], bool]
) -> bool:
    """The sentence speaks in the first person of its partners ("У нас давні партнери – …") right after
    sentences (``asked()``: the question before an interview's answer, read only for such a sentence)
    that open with a foreign town that has ties ("X має й інших побратимів?"): the speaker is that
    town's, the partners its own."""
    if not _WE_HAVE_PARTNERS.match(text):
        return False
    for before in asked():
        opening = _A_TOWN_WITH_TIES_OPENS.match(before)
        if (
            opening
            and (
                _ITS_TIES_AFTER.match(before, opening.end())
                or _PARTNERS_THERE_AFTER.match(before, opening.end())
            )
            and is_foreign_name(opening.group(1))
        ):
            return True
    return False


_THE_TOWN_HAS_TIES = re.compile(r"[\W]*(?:Місто|Містечко)\b")
_THE_TOWN_TURNS = re.compile(r"[\W]*Місту\s+(?:виповни|мина|минув)\w*\s+(?:\S+\s+){0,3}?(?:рок|рік)")
_A_TOPIC_OPENS = re.compile(r"[\W]*(?:(?:Для|У|В)\s+)?(?=[А-ЯІЇЄҐ])")


def topics_of_the_town_with_ties(text: str, before: str) -> list[int]:
    """Where, in the sentence ``before``, may stand the name that the bare town noun opening ``text``
    with its ties ("Місто має побратимів у …", "Місту виповнилося 80 років побратимства з …") refers
    to: the name that sentence opens with ("Для X Y — не перший партнер", "X має …"), or its subject
    after an opening adverbial ("Водночас цього тижня X відзначав …"). Empty when ``text`` opens
    otherwise."""
    opening = _THE_TOWN_HAS_TIES.match(text)
    if not (opening and _ITS_TIES_AFTER.match(text, opening.end())) and not _THE_TOWN_TURNS.match(text):
        return []
    topics = [_A_TOPIC_OPENS.match(before).end()]
    if subject := _SUBJECT_AFTER_AN_OPENING.match(before):
        topics.append(subject.end())
    return topics


_ITS_CLAUSE_ENDS = re.compile(r",\s+(?:і|й|а|але|проте|однак)\b|;")


def its_own_ties_clause(
    text: str, is_foreign_name: Callable[[str], bool], foreign_starts: frozenset[int]
) -> tuple[int, int] | None:
    """The sentence opens with a foreign town (a foreign name, or a place found foreign there) that has
    ties ("X має давні партнерські зв'язки з A та B, і …"): the span of that clause after X, its partners
    being X's. None when it opens otherwise."""
    word = _CAPITALISED_WORD.match(text, len(text) - len(text.lstrip(" «\"'(\n")))
    if word is None or not _ITS_TIES_AFTER.match(text, word.end()):
        return None
    if word.start() not in foreign_starts and not is_foreign_name(word.group(0)):
        return None
    end = _ITS_CLAUSE_ENDS.search(text, word.end())
    return word.end(), end.start() if end else len(text)
