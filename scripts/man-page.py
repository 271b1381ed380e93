#!/usr/bin/env python3
"""Write talks(1) from the command definitions and the hand-written sections.

    scripts/man-page.py .build/debug/talks doc/talks.1.sections > doc/talks.1

The commands, options, their help, the query language (`talks search`'s discussion) and the exit
status (the root command's "Exit codes:" paragraph) come from `talks --experimental-dump-help`, so
they are the ones `--help` prints. Keys, environment, files, examples and see-also come from the
sections file, raw roff split at `.SH EXAMPLES`. TalksCLITests' ManualPageTests compares the
output with the committed doc/talks.1; `make man` rewrites it.
"""
import json
import re
import subprocess
import sys


def escape(text):
    """Roff text: backslashes, leading dots and quotes, option dashes, `code` in bold."""
    text = text.replace("\\", "\\e")
    text = re.sub(r"(?<![\w])-", r"\\-", text)
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", text)
    return text


def line(text):
    """One roff text line: a leading `.` or `'` would be read as a request."""
    return "\\&" + text if text[:1] in (".", "'") else text


def discussion(text):
    """Paragraphs; ALL-CAPS lines as bold headings; lines indented by two spaces kept as typed."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip("\n").rstrip()):
        words, literal = [], []

        def flush():
            if words:
                out.extend([".PP", line(escape(" ".join(words)))])
                words.clear()
            # A two-column table (`  ics       iCalendar: …`): the column where most lines' text starts.
            starts = [m.end() for m in (re.search(r"\S\s{2,}(?=\S)", l) for l in literal) if m]
            column = max(set(starts), key=starts.count) if starts else 0
            if literal and column and all(len(l) > column and l[column - 1] == " " for l in literal):
                out.append(".PD 0")
                for l in literal:
                    out.extend([".TP %dn" % (column + 1), line(escape(l[:column].strip())), line(escape(l[column:].strip()))])
                out.append(".PD")
            elif literal:
                out.extend([".PP", ".RS 2", ".nf"] + [line(escape(l)) for l in literal] + [".fi", ".RE"])
            literal.clear()

        for raw in paragraph.split("\n"):
            if raw.startswith("  "):
                if words:
                    flush()
                literal.append(raw[2:])
            elif re.fullmatch(r"[A-Z][A-Z ]+", raw.strip()):
                flush()
                out.extend([".PP", ".B " + raw.strip()])
            else:
                if literal:
                    flush()
                words.append(raw.strip())
        flush()
    return out


def name_of(argument):
    names = argument.get("names") or []
    spelled = ", ".join(("\\-" if n["kind"] == "short" else "\\-\\-") + n["name"] for n in names)
    return "\\fB" + spelled + "\\fR"


def usage(argument):
    """`[--limit <limit>]`, `<query> ...`: the synopsis of one argument."""
    value = "\\fI" + argument.get("valueName", "") + "\\fR"
    if argument["kind"] == "positional":
        text = value + (" ..." if argument.get("isRepeating") else "")
    else:
        text = "\\fB\\-\\-" + argument["preferredName"]["name"] + "\\fR" if argument["preferredName"]["kind"] == "long" \
            else "\\fB\\-" + argument["preferredName"]["name"] + "\\fR"
        if argument["kind"] == "option":
            text += " " + value
    return "[" + text + "]" if argument.get("isOptional") else text


def shown(command, shared=()):
    """The arguments `--help` shows, but `--help` itself and those every command shares."""
    return [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)
            and not (a.get("names") and a["names"][-1]["name"] in ("help",) + tuple(shared))]


def options(command, shared=()):
    out = []
    for argument in shown(command, shared):
        if argument["kind"] == "positional":
            head = "\\fI" + argument["valueName"] + "\\fR"
        else:
            head = name_of(argument)
            if argument["kind"] == "option":
                head += " \\fI" + argument["valueName"] + "\\fR"
        text = escape(argument.get("abstract", ""))
        if "defaultValue" in argument:
            text += " (default: " + escape(argument["defaultValue"]) + ")"
        out.extend([".TP", head, line(text)])
    return out


def exit_status(text):
    """The root discussion's `Exit codes: 0 success; 1 …` paragraph as a list."""
    match = re.search(r"Exit codes: (.*?)(?:\n\n|$)", text, re.S)
    out = [".SH EXIT STATUS"]
    for item in match.group(1).replace("\n", " ").rstrip(".").split("; "):
        code, meaning = item.split(" ", 1)
        out.extend([".TP", ".B " + code, line(escape(meaning[0].upper() + meaning[1:] + "."))])
    return out, text[:match.start()] + text[match.end():]


def flattened(command, prefix=""):
    """The commands under `command`; a group's (`state`) as `state export`, `state import`."""
    found = []
    for c in command.get("subcommands", []):
        if not c.get("shouldDisplay", True) or c["commandName"] == "help":
            continue
        name = prefix + c["commandName"]
        children = flattened(c, name + " ")
        found += children if children else [dict(c, commandName=name)]
    return found


def manual(dump, sections, version):
    root = dump["command"]
    status, description = exit_status(root["discussion"])
    commands = flattened(root)
    # --archive and --kiosk: said once, under OPTIONS.
    shared = [a["names"][-1]["name"] for a in shown(root) if a["names"][-1]["name"] not in ("version", "verbose")]
    out = [
        '.TH TALKS 1 "" "talks %s" "User Commands"' % version,
        ".nh",
        ".SH NAME",
        "talks \\- " + escape(root["abstract"][0].lower() + root["abstract"][1:].rstrip(".")),
        ".SH SYNOPSIS",
        ".B talks",
        " ".join(usage(a) for a in shown(root)),
    ]
    for command in commands:
        out.extend([".br", ".B talks " + command["commandName"], " ".join(usage(a) for a in shown(command, shared))])
    out += [".SH DESCRIPTION"] + discussion(description)
    out += [".SH OPTIONS", "Every command takes " + " and ".join("\\fB\\-\\-%s\\fR" % n for n in shared) + "."]
    out += options(root)
    out += [".SH COMMANDS"]
    query = None
    for command in commands:
        out.extend([".SS " + command["commandName"], line(escape(command["abstract"]))])
        out += options(command, shared)
        if command["commandName"] == "search":
            query = command["discussion"]
        elif command.get("discussion"):
            out += discussion(command["discussion"])
    out += [".SH QUERY SYNTAX"] + discussion(query.replace("QUERY LANGUAGE\n", "", 1))
    before, after = sections.split(".SH EXAMPLES", 1)
    out += before.strip().split("\n") + status + (".SH EXAMPLES" + after).strip().split("\n")
    return "\n".join(out) + "\n"


def main():
    binary, sections = sys.argv[1], sys.argv[2]
    dump = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    with open(sections, encoding="utf-8") as file:
        sys.stdout.write(manual(dump, file.read(), version))


if __name__ == "__main__":
    main()
