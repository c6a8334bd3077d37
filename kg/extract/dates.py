"""Dates: a date expression in a sentence, and its ISO date against the document's date."""

from __future__ import annotations

import re

from kg.normalize import match_key

_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
)
_WEEKDAYS = "السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
_DATE = re.compile(
    rf"(?:من\s+)?\d{{1,2}}\s+(?:{_MONTHS})(?:\s*/\s*(?:{_MONTHS}))?(?:\s+\d{{4}})?"
    rf"(?:\s+(?:إلى|حتى|و|-)\s*\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?)?"
    rf"|(?:يوم\s+)?(?:{_WEEKDAYS})(?:\s+(?:المقبل|الماضي|القادم))?"
    rf"|(?:الأسبوع|الشهر|العام)\s+(?:المقبل|الماضي|الحالي|القادم)"
)



def _date_in(text: str) -> str:
    found = _DATE.search(text)
    return found.group(0).strip() if found else ""


_WEEKDAY_NUMBERS = {match_key(w): n for n, w in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())}
_MONTHS_MSA = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                  "تشرين الأول", "تشرين الثاني", "كانون الأول"]
_MONTH_NUMBERS = {match_key(w): n for names in (_MONTHS_MSA, _MONTHS_LEVANT) for n, w in enumerate(names, start=1)}
_MONTH_NUMBERS.update({match_key("ابريل"): 4, match_key("إبريل"): 4, match_key("اغسطس"): 8, match_key("اكتوبر"): 10})


def resolve_date(text: str, document_date: str) -> str:
    """An ISO date for a date expression, when the document's own date anchors it.

    Without a document date, or for expressions it cannot pin down, the text is kept.

    >>> resolve_date("الثلاثاء المقبل", "2023-02-24")
    '2023-02-28'
    >>> resolve_date("28 فبراير إلى 3 مارس", "2023-02-24 10:00")
    '2023-02-28'
    >>> resolve_date("الخميس", "")
    'الخميس'
    """
    import datetime as dt

    if not text or not document_date:
        return text
    try:
        anchor = dt.date.fromisoformat(document_date.strip()[:10])
    except ValueError:
        return text
    key = match_key(text)
    words = key.split()
    for word in words:
        if word in _WEEKDAY_NUMBERS:
            delta = (_WEEKDAY_NUMBERS[word] - anchor.weekday()) % 7
            if "الماضي" in words:
                delta = delta - 7 if delta else -7
            elif "المقبل" in words or "القادم" in words:
                delta = delta or 7
            elif delta:
                delta -= 7  # a bare weekday in news is the latest one
            return (anchor + dt.timedelta(days=delta)).isoformat()
    day = re.match(r"(?:من )?(\d{1,2}) (.+?)(?: \d{4})?(?: (?:الي|حتي|و|-).*)?$", key)
    if day:
        month_words = day.group(2).split(" ")
        for size in (2, 1):
            month = _MONTH_NUMBERS.get(" ".join(month_words[:size]))
            if month:
                year = re.search(r"\d{4}", key)
                try:
                    return dt.date(int(year.group()) if year else anchor.year, month, int(day.group(1))).isoformat()
                except ValueError:
                    return text
    return text

