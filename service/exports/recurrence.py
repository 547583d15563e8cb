"""Recurrence values: an RFC 5545 RRULE, or a plain description the extractor kept instead."""
from __future__ import annotations

import datetime as dt

from dateutil.rrule import rrulestr
from icalendar import vRecur

_PREFIX = "RRULE:"


def rrule_or_none(value: str | None) -> str | None:
    """`value` as an RRULE value (`FREQ=...`, any `RRULE:` prefix dropped), or None when it
    is not one that both dateutil and icalendar accept (e.g. `hằng quý`)."""
    if not value:
        return None
    rule = value.strip()
    if rule.upper().startswith(_PREFIX):
        rule = rule[len(_PREFIX):]
    if "FREQ=" not in rule.upper():
        return None
    try:
        rrulestr(rule, dtstart=dt.datetime(2000, 1, 1))
        vRecur.from_ical(rule)
    except (ValueError, TypeError):
        return None
    return rule


def first_occurrence(rule: str, anchor: dt.date) -> dt.date | None:
    """The rule's first date on or after `anchor`, counting its INTERVAL from `anchor`.

    A VTODO's DTSTART must be such a date: RFC 5545 leaves a recurrence set whose
    DTSTART does not match its rule undefined."""
    start = dt.datetime.combine(anchor, dt.time())
    first = rrulestr(rule, dtstart=start).after(start, inc=True)
    return first.date() if first else None
