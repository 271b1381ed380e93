"""Parses an iCalendar file with the `icalendar` package (PyPI) and prints its events as JSON.

Usage: python3 check_ics.py FILE.ics
Exits 1, with the reasons on stderr, when the file breaks RFC 5545 as icalendar reads it: a line
not ended by CR LF or longer than 75 octets, a property icalendar cannot parse, or an event
without UID, DTSTAMP, DTSTART or SUMMARY.
"""
import json
import sys

import icalendar

path = sys.argv[1]
data = open(path, "rb").read()
problems = []
lines = data.split(b"\r\n")
if lines[-1] != b"":
    problems.append("the file does not end with CR LF")
for number, line in enumerate(lines[:-1], 1):
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {number}: a bare LF or CR")
    if len(line) > 75:
        problems.append(f"line {number}: {len(line)} octets, more than 75")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"line {number}: not UTF-8 on its own (a fold split a character?): {error}")

try:
    calendar = icalendar.Calendar.from_ical(data)
except Exception as error:  # icalendar raises ValueError and others on a broken file
    print(f"{path}: icalendar cannot parse it: {error}", file=sys.stderr)
    sys.exit(1)

events = []
for component in calendar.walk():
    for name, error in component.errors:
        problems.append(f"{component.name} {name}: {error}")
for event in calendar.walk("VEVENT"):
    for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        if required not in event:
            problems.append(f"an event without {required}")
    start = event.decoded("DTSTART") if "DTSTART" in event else None
    alarms = [str(alarm.get("TRIGGER").to_ical(), "utf-8") for alarm in event.walk("VALARM")]
    events.append({
        "uid": str(event.get("UID")),
        "start": start.isoformat() if start is not None else None,
        "duration": str(event.decoded("DURATION")) if "DURATION" in event else None,
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION", "")),
        "url": str(event.get("URL", "")),
        "alarms": alarms,
    })

if problems:
    print(f"{path}:\n" + "\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(json.dumps(events, ensure_ascii=False))
