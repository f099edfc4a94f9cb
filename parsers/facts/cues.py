"""What a sentence says about a tie: its relation type, its status, and when it happened.

Cues are Ukrainian word stems, matched on lowercase text, so every inflected form counts
("побратимами", "побратимство", "побратимських"). Each list is ordered from the most specific
reading to the least; the first match decides.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.facts.name_forms import case_stem, names_stem
from parsers.facts.sentences import per_sentence
from parsers.facts.vocabulary import BINDS, DOCUMENT_NOUN, RELATION_STEMS, has_past_verb, names_a_tie
from parsers.scan import first_letter_scan, word_gated

__all__ = [
    "names_a_tie",
    "names_the_signed_document",
    "relation_of",
    "status_of",
    "event_date_of",
    "is_refusal",
]

RELATIONS = ("twinning", "intent", "memorandum", "partnership", "cooperation")
A_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written in figures ("2018")."""
RESTORATION = re.compile(r"\bвіднов(?:ленн|лен|ит|ил|люва|лю)\w*", re.IGNORECASE)
"""A tie restored: "відновлення співпраці", "відновила дію угоди" (what a suspension before it ended)."""
STATUS_RANK = {"terminated": 5, "renewed": 4, "signed": 3, "planned": 2, "in_negotiation": 1}
RELATION_RANK = {name: len(RELATIONS) - index for index, name in enumerate(RELATIONS)}

# Phrases that name a relation beyond its own words: a partner town is a twin, a preliminary
# agreement or a protocol is a statement of intent.
_RELATION_PHRASES: dict[str, tuple[str, ...]] = {
    # "попередня угода" is a preliminary one unless the sentence says it was in force: then the previous one
    "intent": (
        r"попередн\w* (?:угод|домовлен)(?![^.;,]{0,40}\b(?:діял|діє|чинн|закінчил|спли|тривал))",
        r"протокол\w* про",
    ),
}
_RELATION_CUES: list[tuple[str, re.Pattern[str]]] = [
    (relation, re.compile("|".join((*stems, *_RELATION_PHRASES.get(relation, ())))))
    for relation, stems in RELATION_STEMS.items()
]

# A renewal named by a noun ("нова редакція угоди", "продовження дії угоди") is an act only when no plan
# is told with it ("нову редакцію планують підписати" is a plan).
_RENEWAL_NOUN = re.compile(
    r"поновлен|(?:про|по)довжен\w* (?:угод|дію|дії|строк)|пролонгаці|"
    # "питання про відновлення дії угоди з X": a restoration, by its noun
    r"відновленн\w* (?:дії )?(?:угод|договор|меморандум|співпрац|партнерств|побратимств)|"
    r"нов\w* редакці\w* (?:(?:цієї|цього|її|його|нашої|нашого|чинної|чинного)\s+)?"
    r"(?:угод|договор|меморандум)|"
    r"(?:угод|договір|договор|меморандум)\w*\s+(?:\S+\s+){0,10}?(?:у|в)\s+нов\w*\s+редакці|"
    r"актуалізован\w*\s+(?:\S+\s+)?(?:угод|договір|договор|меморандум)|(?:у|в)\s+оновлен\w*\s+редакці|"
    # "в новій редакції підписано угоду": the new edition told before its verb
    r"(?:у|в)\s+нов\w*\s+редакці\w*\s+(?:\S+\s+){0,2}?(?:підписа|уклал|укладен)|"
    r"оновлен\w* (?:угод|договір|договор|меморандум|партнерств|побратимств)|"
    r"(?:її|його)\s+(?:нов|оновлен)\w*\s+редакці|"
    # "сторони уклали нову редакцію": the new edition told after its verb
    r"(?:підписа|уклал|уклав)\w*\s+(?:\S+\s+)?нов\w*\s+редакці|"
    # "нова редакція, яку мер уже підписав": the new edition signed in its relative clause
    r"нов\w*\s+редакці\w*,\s+(?:яку|які|що)\s+(?:\S+\s+){0,6}?(?:підписа|уклал|уклав)|"
    # "угода про продовження співпраці": a document that prolongs the tie
    r"(?:угод|договір|договор|меморандум)\w*\s+про\s+(?:про|по)довженн"
)

# Work within a tie that exists: to widen, deepen, fill, mark its anniversary, go on with it.
_WORK_WITHIN = r"розшир|поглиб|наповн|розвива|відзнач|активізув|зміцн|продовжити\s+(?:\S+\s+)?співпрац"
_PLAN_VERB = r"(?:планує|планую|плану[єю]ть|плануємо|плануєте)\b"
_PLANNED = re.compile(
    # a clause that opens with the act's infinitive, a task ("Завдання на рік: підписати угоду з X, …")
    r"^\s*(?:підписати|укласти)\b(?![^.;]*\b(?:вдал[оа]с[ья]|змогли|зуміли|вийшло))|"
    # preparing what is no tie ("міста готують нові програми") plans none
    r"готу[юєї]\w*\b(?!\s+(?:\S+\s+)?(?:програм|обмін|візит|фестивал|зустріч|спільн|концерт|свят))|"
    rf"підготу|{_PLAN_VERB}(?!\s+(?:\S+\s+){{0,2}}(?:обмін|візит|фестивал|зустріч|спільн|"
    r"конференці|поїздк|навчан|табор|табір|турнір|ярмар|свят|екскурсі|концерт|стажуван|"
    rf"{_WORK_WITHIN}))|"
    r"має намір|мають намір|наміря|очікуєт|планувал|перенес\w*\s+на\b|відклал|відкладен|"
    # "наступним кроком має стати меморандум з X": a document still to come
    r"ма(?:є|ють)\s+стати\s+(?:\S+\s+)?(?:угод|меморандум|договір|договор|підписанн)|"
    r"готов\w*\s+(?:\S+\s+)?(?:підписати|укласти)|"
    r"найближчим часом|"
    # "сподіваються побачити нові підписані угоди": a hope, the signing still to come
    r"сподіва\w*\s+(?:\S+\s+){0,3}?(?:побачити|підписати|укласти|отримати)|"
    # "Y чекає на рішення X": a tie waiting on a council's decision is not made yet
    r"\bчека\w*\s+(?:\S+\s+)?на\s+(?:рішенн|схваленн|затвердженн|ратифікаці|згод)|"
    # "курс на партнерство з X": a heading towards a tie, not one made
    r"\bкурс\w*\s+на\s+(?:\S+\s+)?(?:партнерств|співпрац|співробітництв|побратимств)|"
    # signing a work plan or a programme within a tie plans no tie ("підпишемо план співпраці на 2026 рік")
    r"(?:підпишуть|підпише)(?!\w*\s+(?:\S+\s+)?(?:план|програм|дорожн))|"
    r"буде (?:підписан|укладен)|будуть (?:підписан|укладен)|\bма(?:ла|ли|в|ло)\s+(?:підписати|укласти)|"
    r"проєкт\w* (?:угод|меморанд|договор)|"
    r"проект\w* (?:угод|меморанд|договор)|ухвалил\w* рішення|"
    # "сесія затвердила текст меморандуму з X": the council's consent to the text before it is signed
    r"затвердил\w*\s+(?:\S+\s+)?(?:текст|умов)\w*\s+(?:угод|меморанд|договор|деклараці)|"
    # consent to sign, not to another act ("погодилися назвати вулицю на честь міста-партнера")
    r"погоди(?:л|в\b)(?!\w*\s+(?!підписати|укласти|стати|приєднатися)[а-яіїєґ'’]{3,}ти\b)|"
    r"дали згоду|надал\w* згоду|"
    r"запланован\w*\b(?!\s+(?:\S+\s+)?(?:поїздк|візит|обмін|зустріч|фестивал|свят|концерт|турнір))|"
    # "лист про наміри щодо майбутнього партнерства": the tie a signed intent is about, not a plan
    r"майбутн(?!\w*\s+(?:партнерств|співпрац|співробітництв|побратимств|дружб))|збираю?ться|незабаром|"
    # "згодом приєдналися": later, but in the past; so too "…, а згодом Y – з Z", whose dash stands for
    # the past verb of the clause before
    r"згодом(?!\s+(?:\S+\s+)?[а-яіїєґ'’]+(?:в|ла|ло|ли)(?:ся|сь)?\b)(?![^.;:]*?\s[–—]\s+(?:з|із|зі)\s)|схвалил|ініціюва|ініцію[єю]|"
    r"задекларува\w* намір|висловил\w* намір|намір (?:стати|встановити|укласти|підписати)|"
    r"намір\s+(?:укладення|підписання|встановлення)|"  # "рішення «Про намір укладення угоди …»"
    r"\bготов\w*\s+(?:до|на)\s+(?:\S+\s+)?(?:партнерств|співпрац|побратимств|підписанн|укладенн)|"
    # a document signed in the future tense ("підпишуть меморандум"; not "підпишемо план співпраці")
    r"\b(?:підпишуть|підпишемо|укладуть|укладемо)\s+(?:\S+\s+){0,2}?(?:угод|меморандум|договір|договор|деклараці|лист)|"
    # "запропонувала після підписання угоди з X створити …": the signing is still ahead of the proposal
    r"(?:запропонува|пропону)\w*\s+(?:\S+\s+){0,3}?після\s+підписанн|"
    # "а після підписання угоди з X – почати обмін": what is to follow a signing still ahead
    r"\bпісля\s+підписанн\w*\s+[^.;:!?]{0,80}?\s[–—]\s+(?:\S+\s+)?[а-яіїєґ'’]{3,}(?:ти|тися|тись)\b|"
    # a decision or proposal to start a tie: "рішення про започаткування побратимських відносин з X"
    # (whose author may stand between: "ініціативу сільського голови щодо налагодження партнерства")
    r"(?:рішенн|ініціатив|пропозиці|проєкт|проект)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:про|щодо)\s+"
    r"(?:започаткуванн|встановленн|налагодженн)|"
    # a decision's order, its item opening with the verb ("1. Встановити партнерські відносини між …",
    # "рада вирішила встановити …"): the tie is decided on, not yet signed
    r"\bвиріш(?:ил\w*|ено)\s*:?\s*(?:\d{1,2}[.)]\s*)?(?:встановити|започаткувати|налагодити)\s+"
    r"(?:\S+\s+)?(?:партнерськ|побратимськ|дружн|договірн)\w*\s+(?:відносин|зв['’]яз|стосунк)|"
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:встановити|започаткувати|налагодити)\s+"
    r"(?:\S+\s+)?(?:партнерськ|побратимськ|дружн|договірн)\w*\s+(?:відносин|зв['’]яз|стосунк)|"
    # a wish to become partners is a plan: "хоче стати побратимом X", "прагнуть стати партнерами"
    r"\b(?:хоч|хоті|прагн|мріє|мріют|бажа)\w*\s+стати\b|"
    # "X стане партнером Y", "громади стануть побратимами": a tie to come
    r"\bстан(?:е|уть|емо|ете)\s+(?:\S+\s+)?(?:партнер|побратим)|"
    # "Наступним партнером X має стати Y": a tie to come
    r"\bма(?:є|ють)\s+стати\s+(?:\S+\s+){0,3}?(?:партнер|побратим)|(?:партнер|побратим)\w*\s+(?:\S+\s+){0,3}?ма(?:є|ють)\s+стати\b|"
    r"\bне підписа|\bще не\b|має бути підписан|мають підписати|\bпланов|"
    r"підтримал\w* (?:(?:рішення|проєкт\w*|проект\w*|пропозиці\w*|ініціатив\w*) (?:\S+ )?(?:про|щодо) )?"
    r"(?:укладанн|укладенн|підписанн)|підготовк\w* (?:\S+ )?(?:угод|меморанд|договор|документ)|"
    r"домовил\w* (?:\S+ ){0,5}?про (?:укладанн|підписанн)|"
    # a signing in a plan with no subject: "планується підписання", "програма передбачає підписання",
    # "у планах — підписання" (not of a work plan within a tie)
    r"(?:\bплану[єю]ться|\bпередбача(?:є|ють|ється)|\bу\s+планах\b[^.;!?]{0,40}?)\s+(?:\S+\s+){0,2}?"
    r"(?:підписанн|укладенн)\w*(?!\s+(?:\S+\s+)?(?:план|програм|дорожн|додатк|протокол))|"
    # "домовилася з (естонським містом) X підписати угоду": the partner may stand between
    r"домовил\w*\s+(?:[^\s.,;:!?]+\s+){0,5}?(?:підписати|укласти)\b|"
    # a document's state in brackets, its text agreed ("лист про наміри (погоджено)"), or a signing
    # expected ("підписання орієнтовно у <рік>"): still to be signed
    r"\(\s*(?:погоджен|узгоджен)\w*\s*\)|\bпідписанн\w*\s+(?:орієнтовно|очікується)\b|"
    # a council's consent or mandate to sign: the signing is still to come
    r"згод\w* на (?:укладенн|укладанн|підписанн)|уповноважи\w* (?:\S+ ){0,4}?(?:підписати|укласти)"
)

# An agreement for a term that ran out ("завершила свою дію у 2023 році", "термін дії сплив"): ended,
# unless the sentence renews it ("…, термін дії якої завершився, продовжили на п'ять років").
_TERM_RAN_OUT = re.compile(
    r"(?:завершил|закінчил)\w*\s+(?:свою\s+)?дію|термін\w*\s+(?:її\s+|його\s+|якої\s+|якого\s+)?дії\s+"
    r"(?:\S+\s+){0,2}?(?:(?:закінчи|заверши)(?:вся|лася|лось)|сплив(?:ла|ло)?|сплину(?:в|ла|ло)|мину(?:в|ла|ло))\b"
    # the agreement as the subject of its own end: "Угода з X, укладена у 2020 році, закінчилася в листопаді"
    r"|^(?:\S+\s+){0,2}?(?:угода|договір|меморандум)\b[^.;!?]{0,160}?,?\s+(?:закінчилася|закінчився|"
    r"завершилася|завершився)\b"
    # "його дія завершилася в грудні", "дія угоди закінчилася": the force of a document ran out
    r"|\b(?:(?:її|його|їхня)\s+дія|дія\s+(?:угоди|договору|меморандуму|документа))\s+(?:вже\s+)?"
    r"(?:завершилася|закінчилася|припинилася|сплила)\b"
    # past and done only: "термін її дії спливав цього літа" tells of a renewal's occasion, not an end
)
# "…, і сторони не стали її продовжувати": a tie referred back to by a pronoun was let lapse
NOT_PROLONGED = re.compile(
    r"\bне\s+(?:стал\w*\s+|захотіл\w*\s+|схотіл\w*\s+)?(?:її|його)\s+"
    r"(?:продовжува|продовжи|поновлюва|поновит)"
    # "…, і сторони не продовжили документ": the verb first
    r"|\bне\s+(?:продовжили|продовжила|продовжив|пролонгували|поновили)\s+(?:її|його|документ|угоду|договір|меморандум)\b"
    # "тож угоду не продовжено", "угода так і не була продовжена": the document, not prolonged
    r"|\b(?:угоду|угода|договір|меморандум|її|його)\s+(?:так\s+і\s+|вже\s+|більше\s+)?не\s+"
    r"(?:було\s+|була\s+|був\s+)?(?:продовжено|продовжили|продовжен[аий]|пролонговано|поновлено|поновили)\b"
)
_RENEWED_AFTER_ALL = re.compile(
    r"(?<!не )(?<!не була )(?<!не було )(?<!не був )"  # "не була продовжена": not renewed
    r"(?:продовжен|продовжил|поновил|поновлен|перепідпис|переуклал|нов\w* редакці)"
)

_STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "terminated",
        re.compile(
            # not denied: "формально не був припинений", "угоду ніхто не розривав" are no ending
            r"(?<!\bне )(?<!\bне був )(?<!\bне була )(?<!\bне було )(?<!\bне були )"
            r"(?:розірв|припин|скасув|денонс|анулюва|відкликал|розрив)|вийш\w* з (?:угод|побрат)|"
            # not a term due to end ("мала втратити чинність"): only one that did
            r"(?<!мала )(?<!мав )(?<!мало )(?<!має )(?<!мали )(?<!мають )втра[тч]\w* чинн|"
            # a suspension ends the tie for now: the vocabulary has no status of its own for it; a pause
            # "in fact" ("співпраця фактично призупинилася") leaves the document as it was
            r"(?<!фактично )призупин|заморо(?:зи|зил|жен|жув)|"
            r"(?<!не )\bзупин\w*\s+(?:її\s+|його\s+|їх\s+)?(?:дію|дії|співпрац|партнерств|побратимств|угод)|"
            r"вихід\w*\s+(?:з|із)\s+(?:\S+\s+)?(?:угод|договор|меморандум|побрат)|"
            # a tie that lapsed: "закінчилася у 2018-му і відтоді не продовжувалася"
            r"не продовжувал|не діяла|не діє\b|більше не існу|більше не є (?:\S+ )?(?:побратим|партнер)|"
            # "спливла у 2021-му і не була продовжена", "закінчилася у 2019 році і не була продовжена": a
            # term that ran out and was not prolonged
            r"\b(?:сплив(?:ла|ло|ли)?|(?:закінчи|заверши)(?:лася|вся|лося|лись))\b[^.;]{0,40}?"
            r"\bне\s+(?:була\s+|було\s+|був\s+)?продовжен|"
            rf"{_TERM_RAN_OUT.pattern}|{NOT_PROLONGED.pattern}"
        ),
    ),
    (
        "renewed",
        re.compile(
            r"поновил|поновив|(?:про|по)довж(?:ил\w*|ив)\s+(?:\S+\s+){0,5}?"
            r"(?:дію|дії|строк|термін|угод|договір|договор|меморандум|партнерств|побратимств)|"
            r"(?:про|по)довж(?:ил|ив|ен)\w*\s+(?:\S+\s+){0,2}?на\s+(?:\S+\s+){1,2}?(?:рок|рік)|"
            # "продовжили (її) в новій редакції"
            r"(?:про|по)довж(?:ил|ив|ен)\w*\s+(?:(?:її|його|їх)\s+)?(?:у|в)\s+нов\w*\s+редакці|"
            # "дію угоди … продовжено до 2030 року": prolonged until a year
            r"(?:дію|дія|строк|термін)\s+(?:\S+\s+){0,6}?(?:про|по)довжен\w*\s+до\s+(?:\S+\s+)?\d{4}|"
            # "угода, якою партнерство продовжено до 2029 року": the tie itself prolonged until a year
            r"(?:партнерств|побратимств|співпрац|співробітництв)\w*\s+(?:\S+\s+){0,2}?(?:про|по)довжен\w*\s+"
            r"до\s+(?:\S+\s+)?\d{4}|"
            r"перепідпис|переуклад|пролонгува|оновив\s+(?:\S+\s+)?(?:угод|договір|меморандум)|"
            # "оновили план заходів", "оновили сайт": what was updated is no tie's document
            r"оновил\w*\b(?!\s+(?:\S+\s+){0,2}?(?:план|програм|сайт|сторін|перелік|список|склад|маршрут|"
            r"дорожн|графік|розклад|експозиці|фасад|обладнан))"
            # the document fronted: "угоду з X (громада) продовжила", "угоду з X продовжено"
            r"|\b(?:угоду|угода|договір|меморандум)\s+(?:(?!(?:і|й|та|а|але|не|підпис\w*|уклал\w*)\s)[^\s,.;:]+\s+){0,5}?"
            r"(?:про|по)довж(?:ил[аио]?|ен[оа])\b(?!\s+(?:співпрац|робот|спілкуванн|обмін|традиці))"
            # "угоду з X, укладену ще у 2017 році, продовжено": the making told between commas
            r"|\b(?:угоду|угода|договір|меморандум)\s+[^,.;:]{0,60}?,\s*(?:укладен|підписан)\w*[^,.;:]{0,40},\s*"
            r"(?:(?:[^\s,.;:]+\s+){0,2}?)(?:про|по)довж(?:ил[аио]?|ен[оа])\b"
            # "угода про співпрацю, яку 14 листопада продовжено": the document's own relative clause
            r"|\b(?:угод\w*|договір|меморандум)\s+(?:про\s+\S+\s*)?,\s*(?:яку|який)\s+(?:[^\s,.;:]+\s+){0,5}?"
            r"(?:про|по)довж(?:ил[аио]?|ен[оа])\b"
            r"|відновил\w* (?:угод|побрат|партнер|співпрац|дію)|підтвердил\w* (?:угод|побрат)"
            # a council's decision to restore or prolong a tie is the act itself, not a plan
            r"|рішенн\w* (?:\S+ )?про (?:відновленн|поновленн|продовженн)\w* (?:\S+ )?"
            r"(?:угод|співпрац|партнерств|побратимств)"
            r"|рішенн\w* (?:\S+ )?(?:відновити|поновити|продовжити) (?:\S+ )?"
            r"(?:дію|угод|співпрац|партнерств|побратимств)"
            # "сесія схвалила відновлення співробітництва з X": the council's act of restoring
            r"|(?:схвалил|ухвалил|затвердил)\w* (?:\S+ )?(?:відновленн|поновленн|продовженн)\w* (?:\S+ )?"
            r"(?:дії|угод|співпрац|співробітн|партнерств|побратимств)"
        ),
    ),
    ("renewed", _RENEWAL_NOUN),
    ("planned", _PLANNED),
    (
        "in_negotiation",
        re.compile(
            # "обговорюємо (з мерією X) спільний проєкт": a project's talks, not a tie's ("проєкт угоди" is)
            r"переговор|перемовин|(?:обговори|обговорю)(?!\w*\s+(?:(?:з|із|зі)\s+(?:\S+\s+){1,3}?)?"
            r"(?:спільн\w+\s+)?(?:проєкт|проект)\w*\s+"
            r"(?!угод|меморандум|договор|документ))|попередн\w* домовлен|вивча\w* можлив|"
            r"веде\w* діалог|налагоджу|встановлю\w* контакт|консультац|"
            # "оформлює партнерство", "узгоджують текст угоди": the tie is being made, not made yet
            r"оформлю|оформля|(?:узгоджу|погоджу)\w* (?:\S+ )?(?:текст|проєкт|проект|умов)|"
            # "текст погоджується сторонами": the text in the passive, still being agreed
            r"(?:текст|проєкт|проект)\w*\s+(?:\S+\s+)?(?:узгоджу|погоджу)(?:ється|ються)\b|"
            # "триває узгодження тексту угоди": the agreeing of the text still going on
            r"(?:трива\w*|йде|іде|ведеться|відбувається)\s+(?:\S+\s+)?(?:узгодженн|погодженн|опрацюванн|"
            r"доопрацюванн)\w*\s+(?:\S+\s+)?(?:текст|проєкт|проект|умов)|"
            # a text agreed or being worked on: the signing is still to come
            r"узгодил\w* (?:\S+ ){0,3}?(?:текст|проєкт|проект|умов)|робот\w* над (?:текст|проєкт|проект)|"
            # "меморандум з X — у розробці": the document being drafted
            r"(?:у|в) розробці|розробляєт\w*|"
            r"на (?:стадії|етапі) (?:розробки|підготовки|погодження|узгодження)|"
            # a table's state "на погодженні": the document is still being agreed
            r"\bна (?:погодженні|узгодженні)\b|"
            # "листується з містом X щодо укладення угоди": letters about a tie to be made are its talks
            r"листу\w*ся\s+(?:\S+\s+){0,6}?щодо\s+(?:укладенн|укладанн|підписанн|встановленн)|"
            # "розраховує, що угоду вдасться підписати до кінця року": a signing hoped for, the talks on
            r"\b(?:вдасться|вдастся|пощастить)\s+(?:\S+\s+)?(?:підписати|укласти)"
        ),
    ),
    (
        "signed",
        re.compile(
            r"підписа(?!нн|ти\b)|підписанн\w*\s+(?:\S+\s+){0,12}?(?:відбул|пройшл|стал)|"
            # "коли ми торік підписували меморандум": a signing that took place, told as a time
            r"\bколи\s+(?:\S+\s+){0,6}?(?:підписувал[аио]?|підписував|укладал[аио]?|укладав)\b|"
            # "відбулося підписання", not "стала домовленість про підписання": an agreement to sign
            r"(?:відбул|пройшл|стал)\w*\s+(?:(?!домовлен|намір|план|рішенн|пропозиці|згод)\S+\s+){0,2}?"
            r"(?:урочист\w*\s+)?підписанн|"
            # "головною подією року було / вважаю підписання угоди": a signing named as the year's event
            r"\bподі(?:єю|ями)\s+(?:\S+\s+){0,6}?(?:було|була|були|вважаю|вважаємо|назву|назвала?)\s+"
            r"(?:\S+\s+)?підписанн|"
            # not what is to follow a signing ("після підписання угоди сапери зможуть …"): a hope
            r"(?:з нагоди|під час|після|на)\s+(?:урочист\w*\s+|офіційн\w*\s+)?підписанн"
            r"(?![^.;]{0,120}?\b(?:зможуть|зможе|буде|будуть|стане|стануть|почнуть|почне)\b)|"
            # "візит завершився підписанням угоди", "підписанням меморандуму увінчалася зустріч"
            r"(?<!не )(?:заверши|закінчи|ознаменува|увінча)[вл]\w*\s+(?:\S+\s+){0,3}?підписанням|"
            r"підписанням\s+(?:\S+\s+){0,6}?(?<!не )(?:заверши|закінчи|ознаменува|увінча)[вл]|"
            r"(?:вдалос[яь]|змогл[аи]|зміг)\s+(?:\S+\s+)?(?:підписати|укласти)|"
            r"уклал|уклав\b|укладен(?!н)|скріпил|побрата[вл]|порідни[вл]|"
            # "стало (офіційним) партнером", not a figure of speech ("стали побратимами по трагедії")
            r"(?:став|стал)\w* (?:\w+ )?(?:міст\w*-)?(?:побрат|партнер)\w*\b(?! по )|"
            r"постав\w*\s+(?:свої\s+)?підпис|"  # "поставили підписи під меморандумом"
            # "народилися три нові партнерства: A — X; …": ties that have come into being
            r"(?:народил|з['’]явил)(?:ися|ося|ись|ось)\s+(?:\S+\s+){0,2}?(?:партнерств|побратимств)|"
            r"\bпідпис(?:и|ами)?\s+(?:\S+\s+){0,5}?постав(?:ил|ив)|"  # "підписи під угодою (про …) поставили"
            # a photo's caption: "На фото: голова X та мер Y підписують угоду" shows the signing
            r"\bфото\s*[:—–-]\s*(?:\S+\s+){0,12}?підпису(?:ють|є)\b|"
            r"є побрат|побратим\w* з \d|(?:відтепер|тепер|віднині)\s+(?:офіційно\s+|вже\s+)?побратим|"
            # "угода між X та Y діє вже понад десять років": an agreement in force for a time
            r"(?<!не )\bді(?:є|ють)\s+(?:вже\s+|ще\s+)?(?:понад|більше|майже|близько|\d+\s+рок|\d+\s+рік)|"
            # "з X діє меморандум про співпрацю": a document in force
            rf"(?<!не )\bді(?:є|ють)\s+(?:\S+\s+)?{DOCUMENT_NOUN}|"
            # "X і Y пов'язує угода про побратимство", "з X нас пов'язує меморандум": a bond that holds
            rf"(?<!не )\b{BINDS}(?:є|ють)\s+(?:\S+\s+)?(?:{DOCUMENT_NOUN}|побратимств|партнерств)|"
            # "офіційно", not "офіційно не зверталася": what a side did not do officially
            r"побратим\w* ще з|з \d{4} року|оформил|офіційно\b(?!\s+(?:\S+\s+)?не\b)|"
            # "Головна подія року – підписання угоди з X": the event of a time gone by, named by its noun
            r"(?:головн|ключов|найважливіш|центральн)\w*\s+поді\w*\s+(?:(?!наступн|майбутн)\S+\s+){0,3}?[–—:]\s*"
            r"(?:урочист\w*\s+|офіційн\w*\s+)?підписанн|"
            # "підсумком візиту став меморандум", "угода стала головною подією форуму"
            r"(?:результат|підсум|поді|кульмінаці)\w*\s+(?:\S+\s+){0,3}?ста(?:в|ла|ло|ли)\s+(?:\S+\s+){0,2}?"
            r"(?:угод|меморандум|договір|договор|деклараці)|"
            r"(?:угод|меморандум|договір|договор|деклараці)\w*\s+(?:\S+\s+){0,4}?ста(?:в|ла|ло|ли)\s+"
            r"(?:\S+\s+)?(?:результат|підсум|поді|кульмінаці)|"
            # a line of a timeline: "2023 – меморандум про співпрацю з X", "• 12.04.2018 – угода про …":
            # that year's or day's agreement
            r"(?:^|[\n;])\s*(?:[•·▪*]\s*)?(?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d(?:\s+р(?:ік|\.))?\s*[–—]\s*"
            r"(?:угод|меморандум|договір|договор|деклараці)"
        ),
    ),
]
_REFUSAL = re.compile(
    r"відмовил|відхилил|\bне підтримал|проголосува\w* проти|\bне погодил|"  # not a name's "-не погодили"
    # a draft short of a majority: "набрав лише 9 голосів «за»", "підтримали лише 8 депутатів"
    r"\b(?:набра\w*|підтрима\w*|проголосува\w*(?:\s+за)?)\s+(?:лише|тільки|всього|усього)\s+\d+\s+"
    r"(?:голос|депутат)|"
    # "угод з X не має й не планує", "не планує підписувати": no tie, and none planned
    r"\bне\s+плану(?:є|ють|ємо)\b|\bне\s+ма(?:є|ють|ємо)\s+наміру|"
    # "співпраця з X … не оформлювалася": a tie never made formal is no tie
    r"\bне\s+(?:було\s+)?(?:оформлю|оформлен|оформил|оформле)\w*|"
    r"(?:угод|договор|меморандум)\w*\s+(?:[\w'’-]+\s+){0,8}?не\s+ма(?:є|ють|ємо)\b|"
    r"\bне\s+ма(?:є|ють|ємо)\s+(?:[\w'’-]+\s+){0,2}?(?:угод|договор|меморандум)"
)
_REFUSAL = word_gated(_REFUSAL)  # the same matches, found faster (see parsers.scan)


@per_sentence
def relation_of(text: str) -> str | None:
    """The most specific tie named in ``text``, or None when the sentence names no tie at all.

    A document of intent whose aim is twinning ("меморандум про наміри щодо побратимства") is
    intent: the twinning is what it promises, not what it makes."""
    lowered = text.lower()
    for relation, pattern in _RELATION_CUES:
        if found := word_gated(pattern).search(lowered):  # the same match, found faster
            if relation == "intent" and all(
                _MEANS_TO.match(lowered, max(0, m.start() - 8)) for m in pattern.finditer(lowered)
            ):
                continue  # "мають намір підписати угоду про партнерство": a plan, the tie is the document's
            if relation == "twinning" and (intent := _INTENT_DOCUMENT.search(lowered)):
                return "intent" if intent.start() < found.start() else relation
            if relation == "partnership" and _partners_only_as_sides(lowered, pattern):
                continue  # "має угоди про співпрацю з чотирма партнерами": the document says what tie
            return relation
    return None


def _partners_only_as_sides(lowered: str, pattern: re.Pattern[str]) -> bool:
    """Every partner word is a plural noun for the other sides, and the text names an agreement on
    cooperation: the agreement's kind is the tie, not the word for those who signed it."""
    return _COOPERATION_DOCUMENT.search(lowered) is not None and all(
        _PARTNERS_AS_SIDES.match(lowered, m.start()) for m in pattern.finditer(lowered)
    )


_PARTNERS_AS_SIDES = re.compile(r"партнер(?:ами|ів|и|ам|ах)\b")
_COOPERATION_DOCUMENT = re.compile(r"\b(?:угод|договор|договір)\w*\s+про\s+(?:співпрац|співробітн)")
# Talks that are over: "після (року) переговорів", "за підсумками переговорів", "переговори тривали рік".
_TALKS_BEHIND = re.compile(
    r"\b(?:після|за\s+(?:підсумками|результатами)|(?:в|у)\s+результаті|внаслідок)\s+(?:\S+\s+){0,3}?(?:переговор|перемовин|консультаці)"
    r"|\b(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,3}?(?:тривали|тривав|завершил|закінчил|увінчал)\w*"
    # "меморандум, про який ще навесні лише вели переговори, нарешті підписали": talks of the past
    r"|\b(?:ще|раніше|спершу|спочатку)\s+(?:\S+\s+){0,2}?(?:лише\s+)?вели\s+(?:\S+\s+)?(?:переговор|перемовин)"
)
_TALKS_WORD = re.compile(r"\b(?:переговор|перемовин|консультаці)\w*")
_MEANS_TO = re.compile(r"[^.;]{0,8}?\bма(?:є|ють|ємо)\s+намір\b(?!и)")
_INTENT_DOCUMENT = re.compile(r"\b(?:меморандум|лист|деклараці|протокол|угод)\w*\s+(?:про\s+)?намір")


_NO_QUOTES = str.maketrans("", "", "«»“”„")
_EVENT_TITLE = re.compile(
    r"\b((?:конференці|форум|фестивал|конкурс|виставк|ярмар|семінар|свят|акці|марафон|фест)\w*\s+)"
    r"«[^«»]{1,120}»"
)
"""An event's quoted name ("конференція «… майбутнє»") is a name: its words tell no stage of a tie."""
_RESTORED = re.compile(r"\b(?:віднов|поновл|понови)\w*")
_ITS_PAST_BY_A_PARTICIPLE = re.compile(
    r"[^,]{0,2},\s*(?:призупинен|розірван|припинен|зупинен)\w*"
    # "угоди, укладеної в 2016 році і призупиненої у 2020-му": a second participle of the same chain
    r"|[^,]{0,2}\s(?:і|й|та)\s+(?:призупинен|розірван|припинен|зупинен)(?:ої|ого|ий|ій|им|ому|их|у|а|і)\b"
)
_SPECULATION_BEFORE = re.compile(r"\b(?:можливо|може|колись|не\s+виключено|хтозна|мабуть)\b[^.;:!?]*$")
_A_PROVISION_BEFORE = re.compile(
    r"\b(?:можливіст\w*|прав[оа]\w*|порядо?к\w*|умов\w*|у\s+разі|в\s+разі|на\s+випадок|підстав\w*)\s+"
    r"(?:\S+\s+)?$"
)
"""An ending the document provides for ("з можливістю припинення за повідомленням", "у разі розірвання"):
a term of the agreement, not an act."""
_SOME_OF_THEM_BEFORE = re.compile(
    r"\b(?:частина|деякі|декілька|кілька|одна|один|більшість|решта)\s+(?:з|із)\s+них\b[^.;:]*$"
)
"""An ending told of some of a group ("частина з них … фактично не діяла"): of no pair the text names."""
_ONLY_A_PROTOCOL = re.compile(
    r"\bпідписал\w*\s+(?:\S+\s+){0,4}?(?:лише|тільки|поки\s+що)\s+протокол\w*\s+(?:\S+\s+)?"
    r"(?:зустріч|переговор|перемовин|засіданн|намір)"
)


@per_sentence
def status_of(text: str) -> str | None:
    """The status a sentence gives its tie, or None when it says nothing about it. Quotation marks
    are no words: a decision's quoted title ("рішення «Про встановлення …»") reads as the phrase."""
    lowered = _EVENT_TITLE.sub(r"\1", text.lower()).translate(_NO_QUOTES)
    if _ONLY_A_PROTOCOL.search(lowered):
        return "in_negotiation"  # "підписали лише протокол робочої зустрічі": talks recorded, no tie made
    if _TALKS_APPROVED.search(lowered) and not _AN_ACT_DONE.search(lowered):
        return "in_negotiation"  # "депутати погодили початок переговорів з X щодо угоди": talks, no plan yet
    for status, pattern in _STATUS_CUES:
        if pattern is _RENEWAL_NOUN and (
            word_gated(_PLANNED).search(lowered)
            or _IN_DEVELOPMENT.search(lowered)
            or _A_RENEWAL_AHEAD.search(lowered)
        ):
            continue  # "нова редакція угоди з X — у розробці": the renewal is still to come
        if pattern is _RENEWAL_NOUN and _RENEWAL_RULED_OUT.search(lowered):
            continue  # "відновлення співпраці з X не передбачається": no renewal, the tie stays as it was
        scan = word_gated(pattern)  # the same matches, found faster (memoized per pattern)
        if status == "terminated":
            restored = _RESTORED.search(lowered) is not None
            found = any(
                not _NEGATION_BEFORE.search(lowered, 0, m.start())
                and not _in_parentheses(lowered, m.start())
                and not (restored and _ITS_PAST_BY_A_PARTICIPLE.match(lowered, max(0, m.start() - 3)))
                and not _SOME_OF_THEM_BEFORE.search(lowered, max(0, m.start() - 50), m.start())
                and not _A_PROVISION_BEFORE.search(lowered, max(0, m.start() - 40), m.start())
                for m in scan.finditer(lowered)
            )  # "(з ним угоду розірвано)": a remark about another place's tie; "поновлення дії угоди …,
            # призупиненої у 2023 році": what the restored agreement went through
        else:
            found = scan.search(lowered) is not None
        if found and status == "in_negotiation" and _TALKS_DENIED.search(lowered):
            continue  # "переговорів про угоду не веде", "переговори не дійшли навіть до проєкту": no talks
        if found and status == "in_negotiation" and _TALKS_BEHIND.search(lowered):
            # "після року переговорів підписали угоду": the talks are over, the stage they led to decides
            return status_of(_TALKS_WORD.sub(" ", lowered)) or status
        if (
            found
            and status == "planned"
            and all(
                _SPECULATION_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
                for m in scan.finditer(lowered)
            )
        ):
            continue  # "Можливо, колись X і Y теж підпишуть угоду": a wish, no plan
        if found and status == "planned" and _only_timing_of_work_within(lowered, scan):
            continue  # "плануємо розширити співпрацю — незабаром …": the time is the work's, not a tie's
        if found and status == "planned" and _only_in_what_it_provides_for(lowered, scan):
            continue  # "Угода … передбачає … участь у майбутньому відновленні": the document's content
        if found and status == "planned" and _only_in_the_signed_documents_past(lowered, scan):
            continue  # "підписали угоду …, яку депутати схвалили ще влітку": approved, then signed
        if found and status == "planned" and not_yet_while_talks_go_on(lowered, lowered):
            continue  # "угоду ще не підписано: переговори тривають": the talks say where the tie stands
        if (
            found
            and status == "planned"
            and all(_TALKS_AHEAD.match(lowered, m.end()) for m in scan.finditer(lowered))
        ):
            return "in_negotiation"  # "мають намір продовжити переговори": talks are the stage reached
        if (
            found
            and status in ("planned", "in_negotiation")
            and _RENEWAL_PLANNED.search(lowered)
            and (_IN_FORCE.search(lowered) or _AGREEMENT_TO_PROLONG.search(lowered))
        ):
            return "signed"  # "угода, чинна з 2012 року, … планують продовжити": made; its renewal waits
        if found and status == "terminated" and _GOES_ON.search(lowered):
            return "signed"  # "угода … продовжує діяти": an ending proposed, the tie in force
        if (
            found
            and status == "planned"
            and _AN_ANNIVERSARY_AHEAD.search(lowered)
            and _ANNIVERSARY.search(lowered)
        ):
            return "signed"  # "готується до 30-річчя побратимства з X": what is planned is the tie's feast
        if found and status == "terminated" and _RENEWED_AFTER_ALL.search(lowered) and _only_ran_out(lowered):
            return "renewed"  # a term that ran out, or a document that lapsed, and was prolonged
        if found and status == "planned" and _TALKS_UNDER_WAY.search(lowered):
            return "in_negotiation"  # "переговори тривають, підписати угоду планують у червні": talks
        if found:
            return status
    return None


_TALKS_DENIED = re.compile(
    r"\b(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,4}?не\s+(?:вед(?:е|уть|емо|еться|уться)|вел[иао]?)\b"
    r"|\bне\s+вед(?:е|уть|емо)\s+(?:\S+\s+)?(?:переговор|перемовин)"
    r"|\b(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,3}?не\s+дійшл\w*\s+навіть"
    # "однак до підписання документа не дійшло", "домовилися лише про обмін — без угоди": talks that ended
    r"|\bдо\s+(?:підписанн|укладанн|укладенн)\w*\s+(?:\S+\s+){0,2}?(?<!ще )(?<!поки )не\s+дійшло\b"
    r"|\bбез\s+(?:жодної\s+|жодного\s+)?(?:угоди|документа|договору|меморандуму)\s*[.;!]?\s*$"
)
"""Talks denied ("переговорів про угоду не веде"), given up before any draft ("переговори не дійшли навіть
до проєкту документа") or ended with no document: the sentence's word for talks tells no talks under way."""
_RENEWAL_RULED_OUT = re.compile(
    r"\b(?:відновленн|поновленн|продовженн)\w*\s+[^.;:!?,]{0,80}?"
    r"(?:\bне\s+(?:передбача|планує|плануют|йдеться|розгляда|обговорю|стоїть|буде\b|може\s+бути)"
    r"|\bнеможлив|\bвиключен|\bне\s+на\s+часі)"
)
"""A renewal the sentence rules out ("відновлення співпраці з X не передбачається", "… неможливе"): the
renewal's noun tells no renewal."""
_A_RENEWAL_AHEAD = re.compile(
    r"\bбуде\s+(?:\S+\s+)?(?:оновленн|продовженн|поновленн|пролонгаці)|\bнаступн\w+\s+крок"
    # "Плани на <рік>: підписання оновленої угоди з X", "Серед планів — оновлення угоди з X"
    r"|\bплан(?:и|ів|ах)\b[^.;]{0,40}?(?:оновлен|продовжен|поновлен|пролонгаці|нов\w*\s+редакці)"
)
"""A renewal still to come ("Наступним кроком буде оновлення угоди з X", a renewal among the plans): the
tie stays where it is."""
_IN_DEVELOPMENT = re.compile(r"(?:у|в) розробці|розробляєт\w*|на стадії (?:розробки|підготовки|погодження)")
_AN_ANNIVERSARY_AHEAD = re.compile(
    r"\b(?:готу|підготов|відзначатим|святкуватим|планує\s+відзначити|планують\s+відзначити)\w*\s+"
    r"(?:\S+\s+){0,3}?(?:\d{1,3}-?\w*\s+річниц|\d{1,3}-?річч|\w+річч)"
)
_PROVIDES_FOR = re.compile(r"\bпередбача\w*|\bмає\s+на\s+меті\b")


def _only_in_what_it_provides_for(lowered: str, scan: re.Pattern[str]) -> bool:
    """Every plan word stands after "передбачає": it tells what the document provides for, not that the
    document is still to come."""
    provides = _PROVIDES_FOR.search(lowered)
    return provides is not None and all(match.start() > provides.end() for match in scan.finditer(lowered))


def _only_in_the_signed_documents_past(lowered: str, scan: re.Pattern[str]) -> bool:
    """Every plan word stands in a relative clause about the document (", яку … схвалили") of a sentence
    that tells it signed outside that clause: the clause tells the document's past, not a plan."""
    relative = _RELATIVE_OF_THE_DOCUMENT.search(lowered)
    if relative is None or not _SIGNED_OUTSIDE.search(lowered, 0, relative.start()):
        return False
    return all(match.start() > relative.start() for match in scan.finditer(lowered))


_RELATIVE_OF_THE_DOCUMENT = re.compile(
    r",\s*(?:яку|який|яке|які|що)\s+(?:\S+\s+){0,4}?(?:схвалил|ухвалил|погодил|затвердил|ініціюва)"
    # "…, її ініціювала діаспора": the document's pronoun opens the clause of its past
    r"|,\s*(?:її|його)\s+(?:\S+\s+){0,2}?(?:схвалил|ухвалил|погодил|затвердил|ініціюва)"
)
_SIGNED_OUTSIDE = re.compile(
    r"\b(?:підписал|уклал|скріпил)\w*\s+(?:\S+\s+){0,3}?(?:угод|договір|договор|меморандум)"
    r"|^(?:\S+\s+){0,3}?(?:угод|договір|договор|меморандум)\w*\s+(?:\S+\s+){0,6}?(?:підписал|уклал|скріпил)"
)


def _only_ran_out(lowered: str) -> bool:
    """The sentence's only word for an ending is a term that ran out, or a document that lapsed ("втратив
    чинність")."""
    ended = _STATUS_CUES[0][1]
    return all(
        _TERM_RAN_OUT.match(lowered, m.start()) or _LAPSED.match(lowered, m.start())
        for m in ended.finditer(lowered)
    )


_LAPSED = re.compile(r"втра[тч]\w* чинн")


def not_yet_while_talks_go_on(clause: str, sentence: str) -> bool:
    """The clause's only words for a plan say the tie is not made yet ("ще не", "не підписано"), and
    the sentence says talks go on: the tie is in negotiation, not planned."""
    plans = list(first_letter_scan(_PLANNED).finditer(clause.lower()))
    return (
        bool(plans)
        and all(match.group(0) in ("не підписа", "ще не") for match in plans)
        and _TALKS_GO_ON.search(sentence.lower()) is not None
    )


_TALKS_APPROVED = re.compile(
    r"(?:погодил|схвалил|дозволил|ухвалил|підтримал)\w*\s+(?:\S+\s+)?"
    r"(?:початок|проведення|ведення|розпочати|почати|провести|вести)\s+(?:\S+\s+)?(?:переговор|перемовин)"
)
_AN_ACT_DONE = re.compile(
    r"\b(?:підписал|уклал|уклав|розірвал|продовжил)\w*|\b(?:підписано|укладено|розірвано)\b"
)
_TALKS_AHEAD = re.compile(
    r"\w*\s+(?:\S+\s+)?(?:продовжити|розпочати|почати|провести|вести)\s+(?:\S+\s+)?(?:переговор|перемовин)"
)
_TALKS_GO_ON = re.compile(
    r"(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,5}?тривають|тривають\s+(?:переговор|перемовин)"
)
_TALKS_UNDER_WAY = re.compile(
    _TALKS_GO_ON.pattern
    + r"|\b(?:веде|ведуть|ведемо|продовжу[єю]\w*)\s+(?:\S+\s+)?(?:переговор|перемовин)"
    + r"|\bна\s+(?:стадії\s+)?погодженні\b"
    # the sides at work on the document's text: "обговорили проєкт угоди", "проєкт меморандуму
    # узгоджують юристи", "домовилися підготувати проєкт угоди" (but "готують угоду" plans it)
    + rf"|\bобговор\w*\s+(?:\S+\s+)?проєкт\w*\s+(?:\S+\s+)?{DOCUMENT_NOUN}"
    + r"|\b(?:узгоджу|погоджу)(?:ють|є|ємо)\s+(?:\S+\s+){0,2}?(?:текст|проєкт)"
    + r"|\b(?:текст|проєкт)\w*\s+(?:\S+\s+){0,14}?(?:узгоджу|погоджу)(?:ють|є|ємо)\b"
    + r"|\bпідготувати\s+(?:\S+\s+)?проєкт\w*\s+(?:\S+\s+)?(?:угод|меморандум|договор)"
    # the draft sent to the other side, its discussion going on: "проєкт угоди надіслали …, його
    # обговорення триває"
    + rf"|\bпроєкт\w*\s+{DOCUMENT_NOUN}\w*\s+(?:\S+\s+){{0,8}}?(?:надіслал|передал|направил)\w*"
    + r"|\bобговоренн\w*\s+(?:\S+\s+)?(?:триває|продовжується)"
)
"""Talks going on as the text is written ("переговори тривають", "громада веде переговори", "проєкт
угоди на погодженні", the sides at work on the draft): where the tie stands, whatever signing is hoped
for after them."""


def _only_timing_of_work_within(lowered: str, scan: re.Pattern[str]) -> bool:
    """The sentence plans work within a tie that exists (to widen or deepen it), or only hopes for
    cooperation ("розраховує на співпрацю"), and its only other plan words are words of time
    ("незабаром", "згодом", "у майбутньому"), which then tell when that work or hope comes."""
    return bool(_WORK_WITHIN_PLANNED.search(lowered) or _A_HOPE_FOR_WORK.search(lowered)) and all(
        _TIME_WORD.fullmatch(match.group(0)) for match in scan.finditer(lowered)
    )


_WORK_WITHIN_PLANNED = re.compile(
    rf"(?:{_PLAN_VERB}|має намір|мають намір|наміря\w*)\s+(?:\S+\s+)?(?:{_WORK_WITHIN})"
)
_A_HOPE_FOR_WORK = re.compile(
    r"(?:розрахову|сподіва)\w*\s+на\s+(?:\S+\s+)?(?:співпрац|співробітництв|партнерств)"
)
_TIME_WORD = re.compile(r"незабаром|згодом|найближчим часом|майбутн")
_GOES_ON = re.compile(
    r"продовжу\w* діяти|залиша\w* (?:чинн|в силі)|діє й надалі|й далі діє|і далі діє|чинн\w* (?:і|й) надалі|"
    # a tie that lapsed in deed but was never ended in form ("…, але угоду ніхто не розривав")
    r"ніхто\s+(?:так\s+і\s+)?не\s+(?:розрива|розірва|денонсува|скасову|скасува)|"
    r"(?:формально|офіційно|юридично)\s+(?:\S+\s+)?(?:чинн|діє|не\s+розірван|не\s+скасован)"
)
_RENEWAL_PLANNED = re.compile(r"продовжити|продовженн|оновити|оновленн|поновити|пролонгувати|нов\w* редакці")
# "продовжити угоду з X", "оновити угоду з X": only an agreement that exists can be prolonged or updated
_AGREEMENT_TO_PROLONG = re.compile(
    r"(?:продовжити|продовженн\w*|пролонгувати|пролонгаці\w*|оновити|оновленн\w*)\s+(?:\S+\s+)?"
    r"(?:дію\s+|дії\s+|строк\w*\s+)?"
    r"(?:угод|договор|договір|меморандум)"
)
_IN_FORCE = re.compile(
    r"чинн|діюч|залишається в силі|термін\w* ді[їя]\w* (?:\S+ )?(?:спливає|закінчується|завершується)|"
    r"(?:з|із|від)\s+\d{4}\s+року|(?:підписал|уклал|підписан|укладен)\w*\s+(?:\S+\s+){0,4}?\d{4}|"
    r"давн\w*\s+(?:\S+\s+)?(?:угод|договор|меморандум)"
)


def ending_only_proposed(text: str) -> bool:
    """The sentence proposes to end a tie (a motion, an initiative, a call), and tells of no ending done."""
    lowered = text.lower()
    return bool(_ENDING_PROPOSED.search(lowered)) and not _ENDING_DONE.search(lowered)


def proposal_rejected(text: str) -> bool:
    """The sentence tells that a proposal or a draft decision was turned down."""
    return bool(_PROPOSAL_REJECTED.search(text.lower()))


def only_intent_signed(text: str) -> bool:
    """The sentence says what was signed instead is only a letter or memorandum of intent."""
    return _INTENT_DOCUMENT.search(text.lower()) is not None


def opens_denying_a_document(text: str) -> bool:
    """The sentence opens by saying there is no agreement ("Угоди між нами немає: …", "Формальної угоди
    громади не підписували"): of a tie the sentence before told of without naming its document."""
    found = _NO_DOCUMENT.search(text.lower(), 0, _OPENING_CHARS)
    return found is not None and found.start() <= _OPENING_CHARS // 2


_OPENING_CHARS = 60
_NO_DOCUMENT = re.compile(
    r"\b(?:угод|договор|меморандум)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:ніколи\s+)?(?:немає|нема|не\s+ма(?:є|ють)|"
    r"не\s+(?:підписува|підписал|уклада|уклал|підписано|укладено))"
    r"|\bне\s+(?:угод|договір|договор)\w*\s*[,—–]\s*а\s+(?:лише\s+|тільки\s+)?(?:протокол|лист|декларац)"
    # "офіційних відносин з X у ради немає": no tie of any kind with the place
    r"|\bвідносин\s+(?:з|із)\s+[^,;:.]{0,60}?\b(?:немає|нема|не\s+ма(?:є|ють))\b"
    # "Жодного договору про побратимство … з X не підписувала": "жодного" reaches further
    r"|\bжодн\w*\s+(?:угод|договор|меморандум|документ)\w*,?\s+(?:[\w'’-]+,?\s+){0,14}?"
    r"(?:ніколи\s+)?не\s+(?:підписува|підписал|уклада|уклал|підписано|укладено|існувал|було)"
)  # "(підписали) не угоду, а протокол": a lesser paper in the agreement's place


def talks_came_to_nothing(text: str) -> bool:
    """The sentence says only a protocol of talks was signed and that things stopped there ("підписали з X
    лише протокол зустрічі, і на цьому співпраця зупинилася"): no tie, not even talks going on."""
    return _CAME_TO_NOTHING.search(text.lower()) is not None


_CAME_TO_NOTHING = re.compile(
    _ONLY_A_PROTOCOL.pattern
    + r"[^.;:]{0,60}?\bна\s+цьому\s+(?:\S+\s+)?(?:зупинил|завершил|закінчил|обірвал|припинил)\w*"
)


def document_denied_at(text: str) -> list[tuple[int, int]]:
    """Where the sentence says there is no agreement ("…, але з X угоди про партнерство не підписувала",
    "угоди з X немає"): the spans of those words."""
    return [match.span() for match in _NO_DOCUMENT.finditer(text.lower())]


def never_existed(text: str) -> bool:
    """The clause says the tie never existed ("угоди з X ніколи не існувало") or that nothing at all was
    agreed ("немає жодних домовленостей")."""
    return bool(_NEVER_EXISTED.search(text.lower()))


_NEVER_EXISTED = re.compile(
    r"\bніколи\s+не\s+(?:існувал|було|укладал|підписувал|мал[аои]?\b|мав\b)|\b(?:немає|нема)\s+(?:\S+\s+)?жодних\s+домовленост"
    # "договір так і не був підписаний": the document never made
    r"|\bтак\s+і\s+не\s+(?:(?:був|була|було|були)\s+(?:підписан|укладен)|підписал|уклал)"
    # "угоди між X і Y поки немає", "немає офіційної угоди з X": the clause says there is no document
    r"|\b(?:угод|договор|меморандум|побратимств|партнерств)\w*\s[^,;:.]{0,80}?\b(?:поки\s+|досі\s+|ще\s+)?"
    r"(?:немає|нема|не\s+існує)\b"
    r"|\b(?:немає|нема|не\s+існує)\s+(?:[\w'’-]+\s+){0,2}(?:угод|договор|меморандум)\w*"
    # "власних документів про співпрацю X з Y не має»": the clause ends saying there is no document
    r"|\b(?:жодних|власних|офіційних)\s+(?:документ|угод|договор)\w*\s[^,;:.]{0,80}?\bне\s+ма(?:є|ють)\s*(?:[».,;!]|$)"
    # "… не є угодою про співпрацю між X та Y": what the text describes is said to be no tie
    r"|\bне\s+є\s+(?:\S+\s+)?(?:угод|договор|меморандум|побратимств|партнерств)\w*"
    # "між X і Y немає офіційного побратимства", "X не має побратимства з Y": no tie at all
    r"|\b(?:немає|нема|не\s+існує|не\s+ма(?:є|ють|ла|ли|в))\s+(?:[\w'’-]+\s+){0,2}(?:побратимств|партнерств)\w*"
    # "угод з X підписано не було", "ніякої угоди з X не було", "окремих угод із X не передбачається"
    r"|\b(?:угод|договор|меморандум)\w*\s[^,;:.]{0,60}?\b(?:(?:підписано|укладено)\s+)?не\s+було\b"
    r"(?!\s+(?:\S+\s+)?(?:продовж|пролонг|поновл|розірв|припин|скасов))"  # not "не було продовжено"
    r"|\b(?:окрем|нов|жодн|ніяк)\w*\s+(?:угод|договор|меморандум)\w*\s[^,;:.]{0,60}?\bне\s+(?:передбача|план)\w*"
    # "проєкт угоди з X поки не готувався", "не розглядає укладення окремої угоди з X": not even planned
    r"|\bпроє?е?кт\w*\s+(?:угод|меморандум|договор)\w*\s[^,;:.]{0,40}?\bне\s+(?:готува|готуєт|розробл)\w*"
    r"|\bне\s+розгляда\w*\s+(?:\S+\s+){0,2}?(?:укладенн|підписанн|угод|меморандум|договор)"
    # "громади не укладали угод про партнерство з X": no documents (the genitive of a denial)
    r"|\bне\s+(?:уклада|уклал|підписува|підписал)\w*\s+(?:жодн\w+\s+)?(?:угод|договорів|меморандумів)\b"
    # "громада поки не веде переговорів з X", "переговори з X не ведуться": not even talks
    r"|\bне\s+(?:вед\w*|вела|вели|вів|провод\w*)\s+(?:[\w'’-]+\s+){0,2}?переговор"
    r"|\bпереговор\w*\s+(?:[\w'’-]+\s+){0,8}?не\s+(?:вед|вел|провод)\w*"
    # "X співпрацює з Y лише в межах проєктів": work on projects, no tie of the towns
    r"|\bспівпрацю\w*\s+(?:[\w'’-]+\s+){0,5}?(?:лише|тільки|виключно)\s+(?:(?:в|у)\s+(?:межах|рамках)|через)\s+"
    r"(?:\S+\s+)?(?:проєкт|проект|програм|грант)"
    # "обговорювали «побратимство» з X, хоча насправді йшлося лише про обмін …": what it really was
    r"|\b(?:хоча|а|але)\s+насправді\s+(?:\S+\s+){0,2}?(?:йшлося|ідеться|йдеться|мова\s+йшла)\s+(?:лише|тільки)\b"
    # "жодних переговорів про … з X … ми не ведемо": "жодних" reaches further
    r"|\bжодних\s+переговор\w*\s+(?:[\w'’-]+\s+){0,12}?не\s+(?:вед|вел|провод|було)\w*"
    # "угода з X поки що не обговорюється": not even on the table
    r"|\b(?:угод|договор|меморандум|партнерств|побратимств)\w*\s+(?:[\w'’-]+\s+){0,5}?не\s+(?:обговорю|розгляда)\w*"
    # "офіційних переговорів про партнерство з X наразі немає": no talks at all
    r"|\bпереговор\w*\s[^,;:.]{0,80}?\b(?:наразі\s+|поки\s+що\s+|поки\s+|досі\s+|ще\s+)?(?:немає|нема|не\s+ведеться)\b"
)


def refuted_from(text: str) -> int | None:
    """Where a sentence takes back what it reports ("писали, що X підписала угоду з Y, але це не так",
    "…, але це помилка: такої угоди ніколи не існувало"): the pairs told before that point are no facts."""
    found = _REFUTED.search(text.lower())
    return found.start() if found else None


def alleged_from(text: str) -> int | None:
    """Where a sentence starts telling a claim it does not vouch for ("поширилося повідомлення, ніби X
    підписала угоду з Y", "X нібито уклала угоду з Y") or tells only to deny it ("не означає, що …",
    "заперечив, що …"): the pairs told after that word are no facts. "так, ніби" compares ("допомагають
    так, ніби ми сусіди") and is no such word."""
    found = _ALLEGED.search(text)
    return found.start() if found else None


_ALLEGED = re.compile(
    r"\b(?:нібито|начебто|буцімто)\b|(?<!\bтак)(?<!\bтак,)(?:,|\bщо)\s+ніби\b"
    # a claim told only to be denied: "не означає, що X став побратимом Y", "заперечив, що …"
    r"|\bне\s+означа\w*,?\s+що\b|\b(?:запереч|спростува|спростову)\w*,?\s+(?:\S+\s+){0,3}?що\b"
    # "ми часто чуємо, що X і Y – побратими": what one hears said, not what one says
    r"|\b(?:чуємо|чую|чуєте|чують|чути|почули|почуєте)\s*,?\s*(?:\S+\s+){0,2}?що\b"
    # "у телеграм-каналах поширюється інформація про те, що …": a rumour told as such
    r"|\bпошир\w*\s+(?:\S+\s+){0,2}?(?:інформаці|повідомленн|чутк|дописи)\w*\s+(?:про\s+те,?\s+)?(?:що|ніби)\b",
    re.IGNORECASE,
)


_UNTRUE = (
    r"(?:(?:\S+\s+)?(?:неправд|фейк|хибн|помилк|неточн|вигадк|міф)\w*|чутк\w*|"
    r"не\s+відповіда\w*\s+дійсност\w*|не\s+підтверд\w*|не\s+так)"
)
"""Words calling a report untrue ("неправда", "фейк", "не відповідає дійсності", "не підтвердилася")."""
_REFUTED = re.compile(rf"[,;:]\s*(?:але|проте|однак|втім)\s+(?:\S+\s+)?це\s+{_UNTRUE}")


def not_even_talks(text: str) -> bool:
    """The text says what goes on is not even talks ("лише перше листування, переговорами це назвати не
    можна")."""
    return _NOT_EVEN_TALKS.search(text.lower()) is not None


_NOT_EVEN_TALKS = re.compile(
    r"переговорами\s+(?:це\s+|їх\s+)?(?:ще\s+)?(?:назвати|вважати)\s+не\s+можна"
    r"|не\s+можна\s+(?:ще\s+)?(?:назвати|вважати)\s+переговорами"
)


def plan_dropped(text: str) -> bool:
    """The sentence says a plan came to nothing ("візит скасували, і до цієї ідеї більше не
    поверталися", "від ідеї відмовилися", "плани так і не здійснилися")."""
    return _PLAN_DROPPED.search(text.lower()) is not None


_PLAN_DROPPED = re.compile(
    r"більше\s+не\s+поверта|"
    # "однак латвійська сторона обрала партнера на Житомирщині": the other side chose someone else
    r"сторона\s+(?:\S+\s+)?(?:обрала|вибрала|віддала\s+перевагу)|"
    # "переговори … не принесли результату", "закінчилися нічим": talks that led nowhere
    r"не\s+(?:принесл|дал)\w*\s+(?:\S+\s+)?результат|(?:закінчил|завершил)\w*\s+нічим|"
    r"нічим\s+не\s+(?:закінчил|завершил)|ні\s+до\s+чого\s+не\s+привел|"
    # "литовська сторона повідомила, що зосередиться на …": the other side turned elsewhere
    r"сторона\s+(?:\S+\s+){0,2}?(?:повідомил|заявил|відповіл)\w*,?\s+що\s+(?:\S+\s+)?"
    r"(?:зосередит|не\s+(?:готов|планує|зацікавлен))|"
    r"(?:від|до)\s+(?:цієї\s+|ц(?:ього|их)\s+)?(?:ідеї|задуму|планів|намірів)\s+"
    r"(?:\S+\s+)?(?:відмовил|не\s+поверта|так\s+і\s+не)|"
    r"(?:ідею|задум|плани|наміри)\s+(?:\S+\s+)?(?:облишил|відкинул|поховал|так\s+і\s+не\s+(?:здійснил|реалізувал|втілил))|"
    r"(?:плани|задум|ідея|наміри)\s+(?:так\s+і\s+)?(?:не\s+(?:здійснил|реалізувал|втілил)|залишил\w*\s+на\s+папері)|"
    # "Проте цього не сталося", "угода так і не була підписана", "проєкт втратив актуальність"
    r"цього\s+не\s+(?:сталося|відбулося|трапилося)|"
    r"так\s+і\s+не\s+(?:(?:був|була|було|були)\s+)?(?:підписа|уклад|уклал|втіли|реалізува|відбул|дійшл)|"
    r"відмовил\w*\s+від\s+(?:\S+\s+)?(?:ідеї|задуму|планів|намірів|підписання|меморандуму|угоди)|"
    r"від\s+(?:\S+\s+)?підписання\s+(?:\S+\s+)?відмовил|залиши\w*\s+(?:\S+\s+)?в\s+шухляді|"
    r"підписів\s+під\s+(?:ним|нею)\s+(?:\S+\s+)?немає|"
    # "Але навесні рішення скасували", "скасували попереднє рішення сесії": the decision to sign undone
    r"\bрішення\s+(?:\S+\s+){0,2}?скасува|скасува\w*\s+(?:попереднє|це|цього|своє|те|ухвалене)\s+рішення|"
    r"втрати\w*\s+актуальн|жодних\s+переговорів\s+(?:\S+\s+)?не\s+вед|не\s+вед\w*\s+(?:\S+\s+){0,3}?жодних\s+переговорів|"
    # "ідею знято з плану", "переговори припинено": the plan taken off the agenda, the talks broken off
    r"знят\w*\s+з\s+(?:плану|порядку\s+денного)|переговори\s+(?:\S+\s+)?(?:припинено|припинили|призупинено)"
)


def refutes_the_sentence_before(text: str) -> bool:
    """The sentence opens by calling what the sentence before reported untrue ("Ця інформація не
    підтвердилася", "Це фейк", "У раді спростували ці чутки"): that sentence's claims are no facts."""
    lowered = text.lower()
    return (
        _REFUTES_BEFORE.search(lowered, 0, _OPENING_CHARS) is not None
        # "Сільська рада офіційно повідомляє: ця інформація не відповідає дійсності"
        or _REFUTES_AFTER_AN_INTRO.search(lowered, 0, 2 * _OPENING_CHARS) is not None
    )


_REPORT_WORD = r"(?:інформаці|новин|повідомлен|чутк|твердженн|дан)\w*"
_REFUTES_BEFORE = re.compile(
    rf"^(?:\S+\s+){{0,2}}?(?:ця|це|ці|така|такі|дана|дані)\s+(?:\S+\s+)?{_REPORT_WORD}\s+"
    rf"(?:\S+\s+){{0,2}}?{_UNTRUE}|"
    rf"^(?:(?:але|проте|однак|втім|насправді)\s+)?це\s+(?:\S+\s+)?{_UNTRUE}|"
    rf"^(?:\S+\s+){{0,4}}?(?<!не\s)(?:спростува|спростову|запереч)\w*\s+(?:\S+\s+)?(?:{_REPORT_WORD}|це)\b|"
    # "У раді це спростували", "У пресслужбі цю інформацію заперечили": the report named before the verb
    rf"^(?:\S+\s+){{0,6}}?(?:це|(?:ця|ці|цю|цей|такі|таку)\s+(?:\S+\s+)?{_REPORT_WORD})\s+"
    r"(?:\S+\s+)?(?<!не\s)(?:спростува|спростову|запереч)\w*"
)


_REFUTES_AFTER_AN_INTRO = re.compile(
    rf"^[^.:;]{{0,60}}\b(?:повідомля|заявля|наголошу|зазнача)\w*:\s*(?:ця|це|ці|така|такі|дана|дані)\s+"
    rf"(?:\S+\s+)?{_REPORT_WORD}\s+(?:\S+\s+){{0,2}}?{_UNTRUE}"
)


# "…, співпраця з Y триває": a clause whose subject is a tie with a partner it names (not talks on one)
_ITS_TIE_GOES_ON = re.compile(
    r"(?:^|[,;–—])\s*(?:(?:а|але|проте|однак|натомість)\s+)?(?:от\s+|ж\s+|же\s+)?"
    r"(?:співпраця|партнерство|побратимство|дружба)\s+(?:з|із|зі)\s+[^,;.]{1,80}?\s(?<!не\s)"
    r"(?:триває|продовжується|розвивається)\b",
    re.IGNORECASE,
)


def spans_of_ties_going_on(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of a sentence that open with a tie with a partner and say it goes on ("…,
    співпраця з Y триває"): the partner named in one is in force, whatever another part ends."""
    return [m.span() for m in _ITS_TIE_GOES_ON.finditer(text)]


def tie_goes_on(text: str) -> bool:
    """The sentence says a tie stays in force ("продовжує діяти", "залишається чинною")."""
    return bool(_GOES_ON.search(text.lower()))


_ENDING_PROPOSED = re.compile(
    r"(?:запропонува|пропону|пропозиці|ініціюва|ініціатив|закликал|закликав|вимага|петиці|проєкт|проект"
    r"|хотіл|хоче|хочуть|збирал|збира[єю])\w*\s+"  # a wish or an intention to end a tie is no ending yet
    r"(?:[\w'’«»\"„“-]+,?\s+){0,6}?(?:розірва|припинит|припиненн|призупинит|призупиненн|денонсува|денонсаці"
    r"|скасува|вийти\s+з)"
)
_ENDING_DONE = re.compile(
    r"\b(?:розірвал|розірвано|припинил|припинено|призупинил|призупинено|денонсувал|скасувал|скасовано)"
)
_PROPOSAL_REJECTED = re.compile(
    # "проєкт меморандуму з X підтримки не отримав": a draft voted down, however long its title
    r"(?:пропозиці|ініціатив|проєкт|проект)\w*\s+[^.;:!?]{0,100}?"
    r"(?:підтримки\s+не\s+отрима|не\s+отрима\w*\s+(?:\S+\s+)?підтримки"
    # "проєкт меморандуму з X … депутати не підтримали": the voters named after the long title
    r"|\s(?:депутати|рада|сесія)\s+(?:не\s+підтрима|відхили|не\s+ухвали|не\s+схвали|провали))|"
    # "проєкт меморандуму з X …, внесений комісією …, не набрав необхідних голосів": the vote failed
    r"(?:пропозиці|ініціатив|проєкт|проект)\w*\s+[^.;:!?]{0,200}?\sне\s+набра\w*\s+(?:\S+\s+){0,2}?голос|"
    # "депутати його не підтримали": the draft the sentence before named, referred back to
    r"(?:депутати|рада|сесія|комісія|виконком)\s+(?:\S+\s+)?(?:його|її|їх)\s+(?:не\s+підтрима|відхили|"
    r"не\s+схвали|провали)|"
    r"(?:пропозиці|ініціатив|проєкт|проект|рішенн|питанн|петиці)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:не\s+підтрима|відхил|провал|не\s+набра|не\s+ухвал|не\s+(?:було\s+)?прийня|відклика|відкликал|"
    r"зня\w*\s+з\s+розгляду)|"
    r"(?:не\s+підтрима|відхил|провал|відклика|відкликал|зня\w*\s+з\s+розгляду)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:пропозиці|ініціатив|проєкт|проект|петиці|меморандум|угод|договір|договор)|"
    # "не набрав необхідної кількості голосів проєкт рішення …": the outcome of the vote first
    r"не\s+набра\w*\s+(?:[\w'’-]+\s+){0,3}?голос\w*\s+(?:[\w'’-]+\s+){0,2}?(?:пропозиці|проєкт|проект|рішенн)|"
    r"відмовил\w*\s+(?:\S+\s+)?(?:розрива|розірва|припиня|припини)|"
    # "за проєкт проголосували лише 6 депутатів": a draft short of a majority
    r"\b(?:набра\w*|підтрима\w*|проголосува\w*(?:\s+за)?)\s+(?:лише|тільки|всього|усього)\s+\d+\s+(?:голос|депутат)|"
    # "меморандум не набрав голосів": only a draft is put to the vote
    r"(?:меморандум|угод|договір|договор)\w*\s+(?:[\w'’-]+\s+){0,2}?не\s+набра\w*\s+(?:[\w'’-]+\s+){0,3}?голос|"
    # "меморандум не було схвалено" after a vote ("ще не схвалено" is still to come)
    r"(?:меморандум|угод|договір|договор)\w*\s+(?<!ще\s)(?<!досі\s)(?<!поки\s)не\s+(?:було\s+)?"
    r"(?:схвал|ухвал|підтрима|затвердж|затвердил)"
)


def _in_parentheses(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


def names_the_signed_document(text: str) -> bool:
    """The sentence tells who signed "the document" the sentence before named ("Документ підписали …",
    "Їх підписали …")."""
    return bool(_SIGNED_DOCUMENT.search(text))


_SIGNED_DOCUMENT = re.compile(
    # "Документ підписали …", "документ, який скріпили підписами …"
    r"\bдокумент\w*\s*(?:,\s*(?:який|яку|що)\s+)?"
    r"(?:(?:в|у)\s+присутності\s+[^.;:]{1,80}?\s+)?"  # "Документи у присутності посла … підписали"
    r"(?:[\w'-]+\s+){0,3}?(?:підписа|скріпи)"
    r"|\bпідписа\w*\s+(?:[\w'-]+\s+){0,2}?документ"
    r"|\bпідпис\w*\s+під\s+(?:[\w'-]+\s+)?документ"  # "підписи під документами поставили"
    r"|\bпідпис\w*\s+під\s+(?:ними|ним|нею)\b"  # "Підписи під ними поставили …": the documents just told
    r"|^(?:їх|її|його)\s+(?:[\w'-]+\s+){0,2}?(?:підписа|скріпи|уклал)"  # the pronoun for the document
    # "15 жовтня в X їх нарешті підписали": the pronoun after the time and place
    r"|^[^,;:]{0,80}?\s(?:їх|її)\s+(?:[\w'-]+\s+)?(?:підписали|скріпили|уклали)\b",
    re.IGNORECASE,
)


_NEGATION_BEFORE = re.compile(r"(?:^|\W)не\s+$")


_A_CONDITION_OPENS = re.compile(
    r"^\W*(?:(?:а|але|та|і)\s+)?(?:лише\s+|тільки\s+)?(?:якщо|у\s+разі,?\s+якщо|в\s+разі,?\s+якщо)\s+"
    r"(?P<condition>[^,;:]{3,160})",
    re.IGNORECASE,
)


def only_on_a_condition(text: str) -> bool:
    """The sentence opens with a condition not yet met ("Якщо депутати вирішать, що …, громада розпочне
    консультації"): what follows it may never happen, so it tells no tie, talks or plan. A condition
    told in the past ("Якщо раніше громада мала одного партнера, то …") contrasts facts instead."""
    found = _A_CONDITION_OPENS.search(text)
    return (
        found is not None
        and not _NOW_IN_CONTRAST.search(text, found.end("condition"))
        and not has_past_verb(found.group("condition"))
    )


_NOW_IN_CONTRAST = re.compile(r",?\s+то\s+(?:тепер|нині|сьогодні|зараз|наразі|відтепер)\b", re.IGNORECASE)
"""", то тепер …": the condition was a fact of the past, set against the present."""


def is_refusal(text: str) -> bool:
    """No fact: a partner declining a tie (ties cut with aggressor states are 'terminated'), or a tie the
    sentence denies, names by mistake, gave up, put off with no date, only imagines, whose ending was
    rejected, or whose signing it denies with nothing signed beside it."""
    lowered = text.lower()
    if _NOT_A_TIE.search(lowered) or (_signing_denied(lowered) and not _a_plan_after_a_contrast(lowered)):
        return True
    if "чи " in lowered and _ONLY_ASKED.search(lowered):
        return True  # "…, чи стали X та Y побратимами": only asked
    return bool(_REFUSAL.search(lowered)) and not word_gated(_STATUS_CUES[0][1]).search(lowered)


_CONTRAST = re.compile(r",\s+(?:але|однак|проте|зате|натомість)\s+")


def _a_plan_after_a_contrast(lowered: str) -> bool:
    """ "угоди не підписала, однак домовилася з X про підготовку документа": after the denied signing, a
    contrasting clause tells the tie still in the making."""
    contrast = _CONTRAST.search(lowered)
    return contrast is not None and status_of(lowered[contrast.end() :]) in ("planned", "in_negotiation")


def _signing_denied(lowered: str) -> bool:
    """ "угоди не підписували", "не було підписано": no signing took place ("ще не", "досі не" say it is
    still to come: a plan), and no other signing verb of the sentence is free of the negation."""
    denied = [m.start() for m in _NOT_SIGNED.finditer(lowered)]
    ruled_out = [m.span() for m in _SIGNING_RULED_OUT.finditer(lowered)]
    if not (denied or ruled_out):
        return False
    return all(
        any(d < m.start() <= d + 12 for d in denied) or any(a <= m.start() < b for a, b in ruled_out)
        for m in _SIGNING_VERB.finditer(lowered)
    )


_NOT_SIGNED = re.compile(
    r"(?<!ще )(?<!досі )(?<!поки )(?<!що )(?<!поки нічого )(?<!ще нічого )"  # "поки нічого не": not yet
    r"\bне\s+(?:було\s+)?(?=(?:підпис|уклад|уклал|уклав|укласт))"
    r"(?!\w+\s+(?:лише|тільки|просто)\b)"
)
_SIGNING_VERB = re.compile(r"\b(?:підпис|уклад|уклал|уклав|укласт)\w*")
_SIGNING_RULED_OUT = re.compile(
    r"\b(?:підписан|укладен)\w*\s+не\s+буд(?:е|уть)\b|\bне\s+буд(?:е|уть)\s+(?:підписан|укладен)\w*"
)
"""A signing that will not be ("меморандум підписаний не буде"): no tie, not even a plan."""


_ENDING_WORD = r"(?:розрив|розірв|припин|денонс|вийти\s+з|виходу\s+з)"
_ONLY_ASKED = re.compile(
    r"(?:^|[,:;]\s*)чи\s+(?:\S+\s+){0,10}?(?:стал|стан|є\s+(?:\S+\s+)?(?:побратим|партнер)|підпиш|уклад)"
)
_NOT_A_TIE = re.compile(
    # an agreement abandoned, a tie denied or named by mistake, no document at all
    # "угоду так і не підписали": never made (not "так і не реалізували жодного заходу": the tie's work)
    r"\bтак\s+і\s+не\b(?!\s+(?:\S+\s+){0,2}?жодн)|помилков|"
    r"спростува\w*|"  # "спростували «побратимство» з X": a tie denied
    # "У першій версії новини йшлося про те, що сторони підписали угоду": what a corrected report said
    r"\b(?:у|в)\s+(?:першій|попередній|початковій)\s+(?:версії|редакції)\s+(?:\S+\s+){0,3}?"
    r"(?:йшлося|було\s+(?:сказано|вказано|зазначено)|ми\s+писали|повідомлялося|зазначалося|вказувалося)|"
    r"(?:угод|договор|меморандум|документ)\w*\s+(?:\S+\s+){0,8}?(?:поки\s+що\s+|досі\s+|ще\s+)?(?:немає|нема)\b|"
    # "X не є нашим партнером" denies a tie; "X більше не є партнером" ends one (a terminated cue)
    r"(?<!більше )\bне\s+є\s+(?:\S+\s+)?(?:побратим|партнер|міст\w*-побратим|міст\w*-партнер)|"
    r"(?:побратим|партнер)\w*\s+(?:[\w'’-]+\s+){0,2}?не\s+є\b|"
    # "про партнерство між X і Y поки не йдеться", "жодних переговорів не велося": no tie, not even talks
    r"\bпро\s+(?:\S+\s+){0,2}?(?:партнерств|побратимств|угод|співпрац)\w*\s+(?:\S+\s+){0,9}?"
    r"(?:поки\s+|ще\s+|зараз\s+|наразі\s+)?не\s+(?:йдеться|ідеться)|\bжодн\w+\s+(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,4}?не\s+вел|"
    # "ідею побратимства X з Y поховали", "від ідеї відмовилися": a tie given up before it was made
    r"\bіде[юї]\s+(?:[\w'’-]+\s+){0,6}?(?:поховал|відкинул|облишил)\w*|\bвід\s+ідеї\s+(?:\S+\s+){0,4}?відмовил|"
    # "до переговорів справа не дійшла": not even talks
    r"\bдо\s+(?:переговор|перемовин)\w*\s+(?:\S+\s+){0,2}?не\s+дійш|"
    # "X не робить Y побратимом Z": what the sentence says makes no tie
    r"\bне\s+(?:роб|зроб)\w*\s+(?:\S+\s+){0,12}?(?:побратим|партнер)|"
    r"\bжодн\w+\s+(?:\S+\s+){0,3}?(?:угод|договор|меморандум|документ|проєкт\w*\s+рішенн|проект\w*\s+рішенн)|"
    # "підписали не угоду, а протокол": a lesser paper signed in the agreement's place
    r"\bне\s+(?:угод|договір|договор)\w*\s*[,—–]\s*а\s+(?:лише\s+|тільки\s+)?(?:протокол|лист|декларац)|"
    # a signing only reported, then denied: "нібито підписана угода", "інформація не підтвердилася"
    r"\bнібито\b|\bне\s+підтверди\w*|"
    # a claim called false: "пишуть, що X став партнером Y, – це неправда", "не відповідає дійсності"
    r"\bце\s+(?:—\s+|–\s+)?(?:неправда|фейк|не\s+так)\b|\bне\s+відповіда\w*\s+дійсност|"
    # a question about a plan is no plan: "на запитання, чи планує громада …"
    r"\bчи\s+(?:\S+\s+)?(?:планує|плануєте|плануют|збира\w+ся|ма(?:є|ють)\s+намір)|"
    # a tie only imagined: "X може стати партнером Y"
    r"\bмо(?:же|жуть|гла|гло|гли)\s+(?:б\s+|би\s+)?(?:\S+\s+)?стати\b|"
    # an ending rejected or voted down: the tie goes on, and the sentence tells no new act of it
    r"(?:відхил\w*|не\s+підтрима\w*|не\s+набра\w*|не\s+ухвали\w*|не\s+погоди\w*|проголосува\w*\s+проти|"
    r"зня\w*\s+з\s+розгляду|відкликал\w*)"
    rf"(?:\s+\S+){{0,6}}?\s+{_ENDING_WORD}|"
    rf"{_ENDING_WORD}\w*(?:\s+\S+){{0,14}}?\s+(?:не\s+підтрима|відхил|не\s+набра|не\s+ухвали)|"
    r"\bне\s+(?:розірва|припини|денонсува)|"
    # "меморандум з X підписано не буде": a signing the sentence rules out
    r"\b(?:підписано|укладено)\s+не\s+буде\b|"
    rf"{_ENDING_WORD}\w*(?:\s+\S+){{0,3}}?\s+(?:немає|нема|не\s+варто|не\s+слід|не\s+буде|не\s+потрібно)\b|"
    # "…, але (, як уточнили в X,) це спільний проєкт, а не угода про партнерство": what the tie is not
    r"\b(?:але|проте|однак)(?:\s*,\s*як\s+[^,.;:]{1,60},)?\s+це\s+(?:(?!угод|договор|меморандум)[^.;:])*?\bа\s+не\s+"
    r"(?:угод|договір|договор|меморандум|партнерств|побратимств)|"
    # a signing put off with no date ("відклали на невизначений термін"): nothing made, nothing planned
    r"відкла\w*(?:\s+\S+){0,8}?\s+(?:на\s+невизначений\s+(?:термін|час|строк)|безстроково|до\s+кращих\s+часів)|"
    # a wish, no plan: "громада буде рада партнерству з X", "ми були б раді співпраці"
    r"\b(?:буде|будуть|були\s+б|був\s+би|була\s+б)\s+(?:\S+\s+)?(?:рад|радий|рада|раді)\s+"
    r"(?:\S+\s+)?(?:партнерств|співпрац|побратимств|дружб)|"
    # a signing that would have been ("підписали б, якби …")
    r"\b(?:підписал|уклал|підписав|уклав)\w*\s+би?\b|\bякби\b"
)
_NOT_A_TIE = word_gated(_NOT_A_TIE)


_MONTHS = {
    stem: number
    for number, stems in enumerate(
        [
            ("січ",),
            ("лют",),
            ("берез",),
            ("квіт",),
            ("трав",),
            ("черв",),
            ("лип",),
            ("серп",),
            ("верес",),
            ("жовт",),
            ("листопад",),
            ("груд",),
        ],
        start=1,
    )
    for stem in stems
}
MONTH_WORD = (  # a month's name in any case: the stem of each
    r"(січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*)"
)
_FULL_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+{MONTH_WORD}(?:\s+(\d{{4}}))?", re.IGNORECASE
)
_MONTH_YEAR = re.compile(
    rf"\b(?:у|в|із|з|на початку|наприкінці|до)?\s*{MONTH_WORD}\s+(\d{{4}})", re.IGNORECASE
)
_AFTER = re.compile(r"\bпісля\s+$", re.IGNORECASE)
_BOUND_REACH = 40
"""How far before a day the words that make it a bound ("після", "з 14 по") are sought: they stand
right before it, so only the last few words are read, not the whole sentence before."""


def _day_month_of_the_act(text: str) -> re.Match[str] | None:
    """The first day and month the sentence gives that is not a bound: "після 24 лютого …" says only
    that the act came later, so the act's own date is sought further on ("…, і в березні <рік> …")."""
    return next(
        (
            match
            for match in _DAY_MONTH.finditer(text)
            if not _AFTER.search(text, max(0, match.start() - _BOUND_REACH), match.start())
        ),
        None,
    )


_MONTH_ONLY = re.compile(
    rf"\b(?:у|в|наприкінці|на початку|(?:у|в)\s+(?:середині|кінці)|посеред(?:ині)?)\s+{MONTH_WORD}\b",
    re.IGNORECASE,
)
_YEAR = re.compile(  # "у 2018 році", "2018 р.", and the ordinal forms "у 2018-му", "з 2018-го року"
    r"\b(?:у|в|з|із|від|ще у|ще в|ще з)?\s*"
    r"(?<!\bдо )(?<!\bпісля )"  # "підписані до <рік> року": before or after a year, not in it
    r"(1[89]\d\d|20\d\d)(?:\s*(?:року|р\.|році|роках)|-(?:го|му|ому)\b)"
)
_BARE_YEAR_BEFORE_A_DASH = re.compile(
    r"(?:^|[,;]\s*|\b(?:а|і|й|та)\s+)(?:з|із|у|в|від)\s+(1[89]\d\d|20\d\d)\s*[—–]\s"
)
"""An elliptical clause's bare year: "…, а з 2024 — меморандум з Y"."""
_AS_OF = re.compile(
    r"\bстаном\s+на\s+(?:(?:початок|кінець|середину)\s+)?"
    r"(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}\s+[а-яіїєґ]+|[а-яіїєґ]+)?\s*(?:(?:1[89]\d\d|20\d\d)(?:\s*(?:року|р\.))?)?",
    re.IGNORECASE,
)
# Since when a hromada is occupied, relocated or evacuated: a date of the war, not of a tie.
_DISPLACED = r"(?:окупац|окупован|релокован|релокац|евакуйован|евакуац)\w*"
_DISPLACED_SINCE = re.compile(
    rf"\b(?:з|від|у|в)\s+(?:\S+\s+){{0,2}}?(?:19|20)\d\d(?:\s*(?:року|році|р\.)|-го)?\s+(?:\S+\s+){{0,3}}?{_DISPLACED}"
    rf"|{_DISPLACED}\s+(?:\S+\s+){{0,2}}?(?:з|від|у|в)\s+(?:\S+\s+){{0,2}}?(?:19|20)\d\d(?:\s*(?:року|році|р\.)|-го)?",
    re.IGNORECASE,
)
# The year in the name of games or a championship a place hosted ("місце Олімпійських ігор 1998 року"):
# the place's description, not an act of the tie.
_GAMES_YEAR = re.compile(
    r"\b(?:ігор|олімпіад\w*|чемпіонат\w*|універсіад\w*)\s+(?:(?:світу|Європи|\S+ських)\s+)?(?:19|20)\d\d"
    r"(?:\s*(?:року|р\.)|-го)?",
    re.IGNORECASE,
)
# A word for an act a day can date (a signing, a decision, a ceremony, a visit's event).
_AN_ACT = re.compile(
    r"підпис|підпиш|укла|скріпи|побрата|поріднил|ухвалил|затвердил|схвалил|погодил|розірва|"
    r"припинил|продовжил|оновил|відбул|пройшл|провел|домовил|вручил|передал|прибул|приїхал|відвідал|зустріл",
    re.IGNORECASE,
)


def _acted(text: str) -> bool:
    """The sentence tells an act by a verb, not only by a participle of a document ("має угоду,
    підписану <рік>" is a state, whatever day the article calls "сьогодні") or by the act's noun."""
    return any(
        not _A_PARTICIPLE.match(text, _WORD_START.search(text[: act.start() + 1]).start())
        for act in _AN_ACT.finditer(text)
    )


_WORD_START = re.compile(r"[\w'’]*\w$")
_A_PARTICIPLE = re.compile(
    r"(?:підписан|укладен|скріплен|ухвален|затверджен|схвален|погоджен|продовжен|оновлен)"
    r"(?:а|ий|у|ої|ого|ій|і|их|ими|им|ому|ою|е)\b"
    # or the act's noun ("переговори щодо укладення угоди"): an act named, not done that day
    r"|(?:підписанн|укладенн|укладанн|скріпленн|погодженн|продовженн|оновленн)\w*",
    re.IGNORECASE,
)
_RELATIVE = [
    (re.compile(r"\bсьогодні\b", re.IGNORECASE), 0),
    (re.compile(r"\bвчора\b", re.IGNORECASE), -1),
    (re.compile(r"\bпозавчора\b", re.IGNORECASE), -2),
]
# How many years ago the tie was made: "виповнюється N років відтоді, як …", "N років тому".
_TENS = {"десять": 10, "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50}
_UNITS = {"один": 1, "два": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8}
_UNITS |= {"дев'ять": 9}
_TEENS = {"одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15}
_TEENS |= {"шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19}
_NUMBER_WORDS = _UNITS | _TEENS | _TENS
_COUNT = (
    r"\d{1,3}|(?:" + "|".join(_TENS) + r")(?:\s+(?:" + "|".join(_UNITS) + r"))?"
    r"|" + "|".join([*_TEENS, *_UNITS])
)
_YEARS_SINCE = re.compile(
    rf"\b(?:виповнює|виповнил|виповнит|виповнився|мина[єюл]|мину[вл])\w*\s+(?:рівно\s+|вже\s+|цілих\s+)?"
    rf"(?:({_COUNT})\s+(?:рік|роки|років)|рік)\s+(?:відтоді|від\s+(?:дня|часу|моменту)|з\s+(?:дня|часу|моменту)"
    # "виповнюється 25 років угоді про побратимство": the tie itself turns N
    r"|(?:угоді|договору|меморандуму|побратимству|партнерству|співпраці|дружбі)\b)"
    r"|\b(\d{1,3})\s+(?:рік|роки|років)\s+тому\b",
    re.IGNORECASE,
)


_YEARS_OF_AN_ANNIVERSARY = {
    "п'яти": 5,
    "десяти": 10,
    "п'ятнадцяти": 15,
    "двадцяти": 20,
    "двадцятип'яти": 25,
    "тридцяти": 30,
    "сорока": 40,
    "п'ятдесяти": 50,
}
_ORDINAL_YEARS = {
    "перш": 1,
    "друг": 2,
    "трет": 3,
    "четверт": 4,
    "шост": 6,
    "сьом": 7,
    "восьм": 8,
    "дев'ят": 9,
    "п'ят": 5,
    "десят": 10,
    "п'ятнадцят": 15,
    "двадцят": 20,
    "двадцять п'ят": 25,
    "тридцят": 30,
    "сороков": 40,
    "п'ятдесят": 50,
}
_ORDINAL_ALTERNATION = "|".join(
    stem.replace("'", "['’]") for stem in sorted(_ORDINAL_YEARS, key=len, reverse=True)
)
_ANNIVERSARY = re.compile(
    r"\b(?:(\d{1,3})-?(?:ї|ої|а|ту|у|й|ій)?\s+річниц\w*|(\d{1,3})-?річчя|"
    rf"({'|'.join(_YEARS_OF_AN_ANNIVERSARY)})річч\w*|"
    # "десятої річниці": the count as an ordinal word
    rf"({_ORDINAL_ALTERNATION})(?:ої|ій|у|а|ьої|ю|я)\s+річниц\w*)\s+(?:\S+\s+)?"
    r"(?:побратимств|партнерств|співпрац|підписанн)",
    re.IGNORECASE,
)
"""An anniversary of a tie by its count ("10-ї річниці побратимства", "25-річчя партнерства",
"десятиріччя співпраці")."""


def an_anniversary_of_another_tie(text: str, partner: str) -> bool:
    """The sentence counts an anniversary of a tie with a place named after it that is not the partner
    ("X, з яким ми підписали …, відзначило 30-річчя партнерства зі шведським Z"): the year it counts
    back to is not the pair's."""
    if "річ" not in text:
        return False
    tie = _ANNIVERSARY_WITH.search(text)
    stem = case_stem(partner)  # "" for a name too short to tell: then no other place is told apart
    return tie is not None and not (stem and names_stem(tie.group(1), stem))


_ANNIVERSARY_WITH = re.compile(
    r"(?:річниц\w*|річчя)\s+(?:\S+\s+)?(?:побратимств|партнерств|співпрац|співробітництв)\w*\s+(?:з|із|зі)\s+"
    r"(?:[а-яіїєґ'’]+\s+){0,2}?((?-i:[А-ЯІЇЄҐ])[\w'’-]+)",
    re.IGNORECASE,
)


def _years_of(anniversary: re.Match[str]) -> int:
    if anniversary.group(3):
        return _YEARS_OF_AN_ANNIVERSARY[anniversary.group(3).lower().replace("’", "'")]
    if anniversary.group(4):
        return _ORDINAL_YEARS[" ".join(anniversary.group(4).lower().replace("’", "'").split())]
    return int(anniversary.group(1) or anniversary.group(2))


_CELEBRATED = re.compile(
    r"\b(?:відзначил|відзначал|відсвяткувал|святкувал|відзначаю|святкую)\w*", re.IGNORECASE
)
_DATED_IN_FULL = re.compile(rf"\b{MONTH_WORD}\s+\d{{4}}", re.IGNORECASE)


def without_the_documents_own_dates(text: str) -> str:
    """The text with the dates that belong to the document blanked ("угоду, укладену 15 травня 2014
    року", "угоди між радою та комітетом від 15 травня 2014 року"): when the document was made is no
    date of its ending or renewal. A decision's, a session's or an order's "від" dates the act itself."""
    for found in [
        *_DOCUMENT_MADE_ON.finditer(text),
        *_DOCUMENT_DATED.finditer(text),
        *_FIRST_MADE_IN_A_CLAUSE.finditer(text),
        *_SUSPENDED_BEFORE.finditer(text),
    ]:
        before = re.split(r"[,;:(]", text[max(0, found.start("date") - 60) : found.start("date")])[-1]
        if found.re is _DOCUMENT_DATED and _AN_ACTS_PAPER.search(before):
            continue  # "рішенням сесії міської ради від <дата>": the act's own date
        if found.re is _FIRST_MADE_IN_A_CLAUSE and _A_NEW_EDITION_BEFORE.search(text, 0, found.start()):
            continue  # "нова редакція, яку мер підписав <дата>": the renewal's own date
        start, end = found.span("date")
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_A_NEW_EDITION_BEFORE = re.compile(r"\bнов\w+\s+редакці\w*\s*$", re.IGNORECASE)
# "поновлення дії угоди …, призупиненої рішенням сесії від <дата>": when the agreement was suspended
_SUSPENDED_BEFORE = re.compile(
    r",\s*(?P<date>(?:призупинен|зупинен)(?:ий|ого|ої|у|а|е|ій|им|ою)\b[^,;.()]{0,60})", re.IGNORECASE
)
_DOCUMENT_MADE_ON = re.compile(
    r"\b(?P<date>(?:укладен|підписан)(?:ий|ого|ої|у|а|е|ій|им|ою)\b[^,;.()]{0,40})", re.IGNORECASE
)
# "…, яку A і B уперше уклали <рік>": a relative clause that tells when the document was first made
_FIRST_MADE_IN_A_CLAUSE = re.compile(
    r",\s*(?:яку|який|яке|які|що)\s+(?P<date>[^,;.]*?\b(?:уперше|вперше|спершу|свого\s+часу)\s+[^,;.]*"
    # "…, яку X-ська рада уклала у вересні 2011 року": the document's making, told in its relative clause
    r"|[^,;.]*?\b(?:уклал|уклав|підписал|підписав)\w*\b[^,;.]*)",
    re.IGNORECASE,
)
_DOCUMENT_DATED = re.compile(
    rf"\b(?P<date>від\s+(?:\d{{1,2}}\s+{MONTH_WORD}\w*\s+\d{{4}}(?:\s+року)?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}))",
    re.IGNORECASE,
)
_AN_ACTS_PAPER = re.compile(
    r"\b(?:рішенн|сесі|засіданн|розпорядженн|наказ|постанов|протокол)\w*", re.IGNORECASE
)


def without_anniversaries(text: str) -> str:
    """The text with an anniversary's count blanked: it dates the signing, not a later act."""
    if "річ" not in text:
        return text
    return _ANNIVERSARY.sub(lambda found: " " * len(found.group(0)), text)


def _count(words: str) -> int:
    """ "20", "двадцять", "двадцять п'ять": the number a count of years spells."""
    if words.isdigit():
        return int(words)
    return sum(_NUMBER_WORDS[word] for word in words.lower().split())


_THIS_YEAR = re.compile(r"цього року|поточного року", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\bторік\b|минулого року", re.IGNORECASE)
_LAST_MONTH = re.compile(r"минулого місяця", re.IGNORECASE)
_LAST_WEEK = re.compile(r"минулого тижня", re.IGNORECASE)


def _month(word: str) -> int | None:
    word = word.lower()
    return next((number for stem, number in _MONTHS.items() if word.startswith(stem)), None)


def event_date_of(text: str, published: date | None) -> str | None:
    """When the sentence says the tie was made: "YYYY-MM-DD", "YYYY-MM" or "YYYY", else None.

    A date without a year takes the article's year (the previous year when that would be after
    the article); relative words ("вчора", "торік", "минулого тижня") resolve against the article date.
    A date things are counted as of ("станом на початок 2026 року") is no act's date.
    """
    if "таном " in text:  # "станом на", "Станом на"
        text = _AS_OF.sub(lambda found: " " * len(found.group(0)), text)
    if "окупац" in text or "окупован" in text or "релок" in text or "евакуйов" in text or "евакуац" in text:
        text = _DISPLACED_SINCE.sub(lambda found: " " * len(found.group(0)), text)
    if "ігор" in text or "чемпіонат" in text or "лімпіад" in text or "ніверсіад" in text:
        text = _GAMES_YEAR.sub(lambda found: " " * len(found.group(0)), text)
    if published and (since := _YEARS_SINCE.search(text)):
        # "виповнюється N років відтоді, як …"; "9 червня минуло N років від дня, коли …": that day too
        year = published.year - _count(since.group(1) or since.group(2) or "1")  # "минув рік відтоді"
        day_month = _DAY_MONTH.search(text)
        month = _month(day_month.group(2)) if day_month and not day_month.group(3) else None
        return (month and _iso(year, month, int(day_month.group(1)))) or str(year)
    if match := _FULL_DATE.search(text):
        day, month, year = (int(part) for part in match.groups())
        return _iso(year, month, day)
    if (
        published
        and (anniversary := _ANNIVERSARY.search(text))
        and not _DATED_IN_FULL.search(text)
        and status_of(text) != "renewed"
    ):
        # "27 вересня … з нагоди 10-ї річниці побратимства": the day is the celebration's, the year the
        # tie's (unless the tie was renewed at it, or the sentence gives a date with its year)
        # a celebration of last year ("торік відзначили десятиріччя …") counts from that year
        celebrated = published.year - (1 if _LAST_YEAR.search(text) else 0)
        return str(celebrated - _years_of(anniversary))
    if dated := first_day_named(text, published):
        day, days_range = dated
        if (
            published
            and day
            and (anniversary := _ANNIVERSARY.search(text))
            and _CELEBRATED.search(text)
            and status_of(text) != "renewed"
            and abs(int(day[:4]) - published.year) <= 1
        ):
            # "9 червня 2026 року відзначили 20-ту річницю побратимства": the celebration's day, and the
            # tie's year counted back from it
            return str(int(day[:4]) - _years_of(anniversary))
        return day[:7] if days_range and day else day  # "13–14 жовтня": the act's day is not told
    if match := _MONTH_YEAR.search(text):
        month = _month(match.group(1))
        if month:
            return f"{int(match.group(2)):04d}-{month:02d}"
    for pattern, days in _RELATIVE:
        if published and pattern.search(text) and _acted(text):
            # "Сьогодні на карті співпраці три пари": today's state, not an act of today
            return date.fromordinal(published.toordinal() + days).isoformat()
    if published and _LAST_WEEK.search(text):
        moment = date.fromordinal(published.toordinal() - 7)
        return f"{moment.year:04d}-{moment.month:02d}"
    if published and _LAST_MONTH.search(text):
        year, month = (
            (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        )
        return f"{year:04d}-{month:02d}"
    if match := _MONTH_ONLY.search(text):
        month = _month(match.group(1))
        year = _year_for(month, 1, published) if month else None
        if published and month and _LAST_YEAR.search(text):
            year = published.year - 1  # "торік у листопаді"
        elif published and month and _THIS_YEAR.search(text):
            year = published.year  # "цього року в березні"
        if year:
            return f"{year:04d}-{month:02d}"
    if match := _YEAR.search(text) or _BARE_YEAR_BEFORE_A_DASH.search(text):
        return match.group(1)
    if published and _THIS_YEAR.search(text):
        return str(published.year)
    if published and _LAST_YEAR.search(text):
        return str(published.year - 1)
    return None


def first_day_named(text: str, published: date | None) -> tuple[str | None, bool] | None:
    """The first day the sentence names by day and month (the first of a range of days, "13–14
    жовтня"), as "YYYY-MM-DD" (None for no such day), and whether it opens a range; None when the
    sentence names none, or no year can be given to it."""
    match = _day_month_of_the_act(text)
    month = _month(match.group(2)) if match else None
    if not match or not month:
        return None
    day = int(match.group(1))
    # "з 14 по 16 жовтня": the range's first day
    opened = _FROM_DAY_TO.search(text, max(0, match.start() - _BOUND_REACH), match.start())
    year = (
        int(match.group(3))
        if match.group(3)
        else _year_told_before(text, match.start(), match.end(), month)
        or _year_for(month, int(opened.group(1)) if opened else day, published)
    )
    if not year:
        return None
    if opened:
        return _iso(year, month, int(opened.group(1))), True
    return _iso(year, month, day), _DAYS_RANGE.match(match.group(0)) is not None


def _year_told_before(text: str, start: int, end: int, month: int) -> int | None:
    """The year a day without one belongs to, when the sentence tells it before that day: "<день> <місяць>
    того ж року" after a year, or the same month named with its year ("У червні 2024 року сесія схвалила,
    а 14 червня голови підписали")."""
    if _OF_THE_SAME_YEAR.match(text, end):
        years = A_YEAR_NUMBER.findall(text, 0, start)
        return int(years[-1]) if years else None
    told = [found for found in _MONTH_YEAR.finditer(text, 0, start) if _month(found.group(1)) == month]
    return int(told[-1].group(2)) if told else None


_OF_THE_SAME_YEAR = re.compile(r"\s+(?:того\s+(?:ж|же|самого)|цього\s+ж)\s+року\b", re.IGNORECASE)
_DAYS_RANGE = re.compile(r"\d{1,2}\s*[-–]")
_FROM_DAY_TO = re.compile(r"\b(?:з|із|від)\s+(\d{1,2})\s+(?:по|до)\s+$", re.IGNORECASE)


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if not published:
        return None
    try:
        candidate = date(published.year, month, min(day, 28))
    except ValueError:
        return None
    return published.year - 1 if candidate > published else published.year


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
