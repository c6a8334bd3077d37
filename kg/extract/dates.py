"""Dates: a date expression in a sentence, and its ISO date against the document's date.

Gregorian dates (28 فبراير، 7 أكتوبر/تشرين الأول 2015، 28 فبراير إلى 3 مارس), numeric ones
(5/7/2015), Hijri ones (18/9/1436هـ، 15 رمضان 1436 هـ, Umm al-Qura calendar through
``hijridate``), weekdays and relative words (الثلاثاء المقبل، أمس، اليوم، الشهر الماضي). A day
gives "2015-07-05", a month "2015-07", a range "2015-07-01/2015-07-03".
"""

from __future__ import annotations

import datetime as dt
import re

from kg.normalize import match_key

_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
)
_HIJRI_MONTHS = ("محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|جمادى الآخرة|"
                 "جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة")
_WEEKDAYS = "السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
_DATE = re.compile(
    rf"(?:من\s+)?\d{{1,2}}\s+(?:إلى|حتى|-)\s*\d{{1,2}}\s+(?:{_MONTHS}|{_HIJRI_MONTHS})(?:\s+\d{{4}})?\s*(?:هـ|ه\b|م\b)?"
    rf"|\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}\s*(?:هـ|ه\b|م\b)?"
    rf"|\d{{1,2}}\s+(?:{_HIJRI_MONTHS})(?:\s+\d{{4}})?\s*(?:هـ|ه\b)?"
    rf"|(?:من\s+)?\d{{1,2}}\s+(?:{_MONTHS})(?:\s*\(\s*(?:{_MONTHS})\s*\))?(?:\s*/\s*(?:{_MONTHS}))?(?:\s+\d{{4}})?"
    rf"(?:\s+(?:إلى|حتى|و|-)\s*\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?)?"
    rf"|(?<!\w)(?:(?:اليوم|يوم|أول\s+من\s+أمس|أمس)\s*\(?\s*)?(?:{_WEEKDAYS})(?!\w)\)?(?:\s+(?:المقبل|الماضي|القادم))?"
    rf"|(?:الأسبوع|الشهر|العام)\s+(?:المقبل|الماضي|الحالي|القادم)"
    rf"|(?<!\w)(?:{_MONTHS})\s+(?:المقبل|القادم|الماضي)(?!\w)"
    rf"|\d{{1,2}}\s+(?:من\s+)?الشهر\s+(?:الجاري|الحالي)"
    rf"|(?<!\w)(?:أول\s+من\s+أمس|أمس\s+الأول|أمس|اليوم|البارحة(?:\s+الأولى)?)(?!\w)"
)


def date_spans(text: str) -> list[tuple[int, int, str]]:
    """Every date expression of a sentence: (start, end, text), character offsets in ``text``.
    A sentence may date several events (زار X القاهرة أمس، ويزور Y غدا): each takes its own.

    >>> [t for _, _, t in date_spans("وصل الوفد أمس، ويغادر الأسبوع المقبل")]
    ['أمس', 'الأسبوع المقبل']
    >>> [t for _, _, t in date_spans("خلال الفترة من 4 إلى 15 أغسطس المقبل")]
    ['من 4 إلى 15 أغسطس']
    >>> [t for _, _, t in date_spans("حدد رئيس الوزراء، اليوم (الاثنين)، محاور")]
    ['اليوم (الاثنين)']

    A weekday is a whole word: الأحداث (events) holds no الأحد (Sunday).

    >>> [t for _, _, t in date_spans("زار المصابين جراء الأحداث الحالية، ويعود الأحد")]
    ['الأحد']

    A month named by its place from the writing, a day of the current month:

    >>> [t for _, _, t in date_spans("مفاوضات في أكتوبر المقبل، ولقاء في 12 الشهر الجاري")]
    ['أكتوبر المقبل', '12 الشهر الجاري']
    """
    return [(m.start(), m.end(), m.group(0).strip()) for m in _DATE.finditer(text) if m.group(0).strip()]


_WEEKDAY_NUMBERS = {match_key(w): n for n, w in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())}
_MONTHS_MSA = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                  "تشرين الأول", "تشرين الثاني", "كانون الأول"]
_MONTH_NUMBERS = {match_key(w): n for names in (_MONTHS_MSA, _MONTHS_LEVANT) for n, w in enumerate(names, start=1)}
_MONTH_NUMBERS.update({match_key("ابريل"): 4, match_key("إبريل"): 4, match_key("اغسطس"): 8, match_key("اكتوبر"): 10})
_HIJRI_NUMBERS: dict[str, int] = {}
for _n, _names in enumerate(("محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني", "جمادى الأولى|جمادى الاولى",
                             "جمادى الآخرة|جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة",
                             "ذو الحجة|ذي الحجة"), start=1):
    for _name in _names.split("|"):
        _HIJRI_NUMBERS[match_key(_name)] = _n
# البارحة: "last night", yesterday in the Gulf press; البارحة الأولى the night before it.
_RELATIVE_DAYS = {match_key("أمس"): -1, match_key("اليوم"): 0, match_key("البارحة"): -1}
_DAY_BEFORE_YESTERDAY = match_key("أول من أمس")
_YESTERDAY_BUT_ONE = match_key("أمس الأول")  # Gulf and Egyptian press: the day before yesterday
_NIGHT_BEFORE_LAST = match_key("البارحة الأولى")
_FIRST = match_key("أول")
_YESTERDAY = match_key("أمس")
_RELATIVE_UNITS = {match_key("الأسبوع"): "week", match_key("الشهر"): "month", match_key("العام"): "year"}


def resolve_date(text: str, document_date: str) -> str:
    """An ISO date for a date expression, when the document's own date anchors it.

    Without a document date, or for expressions it cannot pin down, the text is kept.

    >>> resolve_date("الثلاثاء المقبل", "2023-02-24")
    '2023-02-28'
    >>> resolve_date("28 فبراير إلى 3 مارس", "2023-02-24 10:00")
    '2023-02-28/2023-03-03'
    >>> resolve_date("الخميس", "")
    'الخميس'
    """
    return to_iso(text, document_date) or text


def to_iso(text: str, document_date: str) -> str:
    """The ISO date (day, month or range) of a date expression, or "" when it cannot be pinned down.

    Absolute dates need no document date; weekdays and relative words do.

    >>> to_iso("18/9/1436هـ", ""), to_iso("19 / 07 / 2015", "")
    ('2015-07-05', '2015-07-19')
    >>> to_iso("الشهر الماضي", "2015-08-02")
    '2015-07'
    >>> to_iso("أمس", "2015-08-02")
    '2015-08-01'
    >>> to_iso("7 أكتوبر (تشرين الأول)", "2015-09-30")
    '2015-10-07'
    >>> to_iso("اليوم (الاثنين)", "2015-07-21 02:51:32"), to_iso("أمس الجمعة", "2015-07-20")
    ('2015-07-20', '2015-07-17')
    >>> to_iso("أول من أمس", "2015-08-02"), to_iso("البارحة الأولى", "2015-08-02"), to_iso("البارحة", "2015-08-02")
    ('2015-07-31', '2015-07-31', '2015-08-01')
    >>> to_iso("أمس الأول", "2015-08-02")
    '2015-07-31'
    >>> to_iso("من 4 إلى 15 أغسطس", "2015-07-20"), to_iso("من 11 إلى 22 شوال 1436ه", "")
    ('2015-08-04/2015-08-15', '2015-07-27/2015-08-07')
    >>> to_iso("أكتوبر المقبل", "2015-07-20"), to_iso("يونيو المقبل", "2015-07-20"), to_iso("مايو الماضي", "2015-07-20")
    ('2015-10', '2016-06', '2015-05')
    >>> to_iso("12 الشهر الجاري", "2015-08-09")
    '2015-08-12'
    """
    if not text:
        return ""
    anchor = _anchor(document_date)
    key = match_key(re.sub(r"\s*/\s*", "/", text))  # 19 / 07 / 2015: the key would drop a spaced slash
    numeric = re.match(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*(ه)?", key)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups()[:3])
        return _hijri(year, month, day) if numeric.group(4) or year < 1600 else _iso(year, month, day)
    words = key.split()
    shared = re.match(r"(?:من )?(\d{1,2}) (?:الي|حتي|-) ?(\d{1,2}) (\D+?)(?: (\d{4}))?(?: ?[هم])?$", key)
    if shared:  # من 4 إلى 15 أغسطس، من 11 إلى 22 شوال: two days of one month
        first, last = (to_iso(f"{d} {shared.group(3)} {shared.group(4) or ''}".strip(), document_date) for d in shared.groups()[:2])
        return f"{first}/{last}" if first and last and last > first else ""
    hijri = re.match(r"(\d{1,2}) (\D+?)(?: (\d{4}))?(?: ?ه)?$", key)
    if hijri and hijri.group(2).strip() in _HIJRI_NUMBERS:
        year = int(hijri.group(3)) if hijri.group(3) else _hijri_year(anchor)
        return _hijri(year, _HIJRI_NUMBERS[hijri.group(2).strip()], int(hijri.group(1))) if year else ""
    current = re.match(r"(\d{1,2}) (?:من )?الشهر (?:الجاري|الحالي)$", key)
    if current:  # 12 الشهر الجاري: a day of the month of writing
        return _iso(anchor.year, anchor.month, int(current.group(1))) if anchor is not None else ""
    day = re.match(r"(?:من )?(\d{1,2}) (.+?)(?: (\d{4}))?(?: (?:الي|حتي|و|-) ?(\d{1,2}) (.+?)(?: (\d{4}))?)?$", key)
    if day:
        first = _day_month(day.group(1), day.group(2), day.group(3) or day.group(6), anchor)
        if not first:
            return ""
        if day.group(4):
            last = _day_month(day.group(4), day.group(5), day.group(6) or day.group(3), anchor)
            return f"{first}/{last}" if last and last >= first else first
        return first
    if anchor is None:
        return ""
    named = re.match(r"(\D+?) (المقبل|القادم|الماضي)$", key)
    if named and named.group(1) in _MONTH_NUMBERS:  # أكتوبر المقبل: the next October from the writing
        month, ahead = _MONTH_NUMBERS[named.group(1)], named.group(2) != "الماضي"
        year = anchor.year + (1 if ahead and month <= anchor.month else -1 if not ahead and month >= anchor.month else 0)
        return f"{year:04d}-{month:02d}"
    words = [w.strip("()") for w in words]
    named_day = any(word in _WEEKDAY_NUMBERS for word in words)
    if not named_day and (" ".join(words[:3]) == _DAY_BEFORE_YESTERDAY or " ".join(words[:2]) in (_NIGHT_BEFORE_LAST, _YESTERDAY_BUT_ONE)):
        return (anchor - dt.timedelta(days=2)).isoformat()
    for word in words:
        if word in _RELATIVE_DAYS and not named_day:
            return (anchor + dt.timedelta(days=_RELATIVE_DAYS[word])).isoformat()
        if word in _WEEKDAY_NUMBERS:
            # اليوم (الاثنين)، أمس الجمعة: the weekday the text names wins over the document's
            # date, which may be the day the page was fetched, not the day it was written
            if words[0] in _RELATIVE_DAYS and _RELATIVE_DAYS[words[0]] < 0 or words[0] == _FIRST:
                anchor -= dt.timedelta(days=1)  # أمس الجمعة: the Friday before the day of writing
            delta = (_WEEKDAY_NUMBERS[word] - anchor.weekday()) % 7
            if "الماضي" in words:
                delta = delta - 7 if delta else -7
            elif "المقبل" in words or "القادم" in words:
                delta = delta or 7
            elif delta:
                delta -= 7  # a bare weekday in news is the latest one
            return (anchor + dt.timedelta(days=delta)).isoformat()
        if word in _RELATIVE_UNITS and len(words) == 2:
            step = {"الماضي": -1, "المقبل": 1, "القادم": 1}.get(words[1], 0)
            unit = _RELATIVE_UNITS[word]
            if unit == "year":
                return str(anchor.year + step)
            if unit == "month":
                month = anchor.month - 1 + step
                return f"{anchor.year + month // 12:04d}-{month % 12 + 1:02d}"
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    return ""


_DAY_OF_WRITING = re.compile(rf"(?<!\w)(?:أول\s+من\s+)?(?:اليوم|أمس)\s*\(?\s*(?:{_WEEKDAYS})(?!\w)")


def date_of_writing(text: str, document_date: str) -> str:
    """The day the article was written, for its اليوم and أمس.

    A feed's stamp may be the day the page was fetched, days after it was written; the first
    "today (Sunday)" or "yesterday (Saturday)" of the text names the day itself. Without one,
    or with a date that is no day, the document's date stands.

    >>> date_of_writing("بعث الملك، اليوم (الاحد)، ببرقية تهنئة. ووصل مساء اليوم.", "2015-07-21 02:51:32")
    '2015-07-19'
    >>> date_of_writing("وقال أمس السبت إن الحوار مستمر.", "2015-07-21")
    '2015-07-19'
    >>> date_of_writing("وصل الوفد اليوم إلى جدة.", "2015-07-21 02:51:32")
    '2015-07-21 02:51:32'
    >>> date_of_writing("وقال إن أول من أمس السبت شهد معارك.", "2015-07-21 10:52:22")  # Saturday two days before: Monday
    '2015-07-20'
    """
    found = _DAY_OF_WRITING.search(text)
    day = to_iso(found.group(0), document_date) if found else ""
    if len(day) != 10:
        return document_date
    key = match_key(found.group(0))
    back = 2 if key.startswith(_FIRST) else 1 if key.startswith(_YESTERDAY) else 0
    return (dt.date.fromisoformat(day) + dt.timedelta(days=back)).isoformat()


def is_relative(text: str) -> bool:
    """أمس، اليوم، أول من أمس، أمس الأول، البارحة الأولى: words that mean nothing without the document's date."""
    key = match_key(text)
    return key in _RELATIVE_DAYS or key in (_DAY_BEFORE_YESTERDAY, _NIGHT_BEFORE_LAST, _YESTERDAY_BUT_ONE)


def _anchor(document_date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(document_date.strip()[:10]) if document_date else None
    except ValueError:
        return None


def _day_month(day: str, month_text: str, year: str | None, anchor: dt.date | None) -> str:
    month_words = re.sub(r"[()/]", " ", month_text).split()
    for size in (2, 1):
        month = _MONTH_NUMBERS.get(" ".join(month_words[:size]))
        if month:
            if year is None and anchor is None:
                return ""
            return _iso(int(year) if year else anchor.year, month, int(day))
    return ""


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _hijri(year: int, month: int, day: int) -> str:
    """A Hijri date in the Umm al-Qura calendar, as an ISO Gregorian date."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return ""


def _hijri_year(anchor: dt.date | None) -> int:
    from hijridate import Gregorian

    if anchor is None:
        return 0
    try:
        return Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError):
        return 0
