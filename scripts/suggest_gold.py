#!/usr/bin/env python3
"""Writes the suggestion benchmark's gold collection (brat standoff) from its marked-up source.

    scripts/suggest_gold.py tests/fixtures/suggest-gold/source.txt tests/fixtures/suggest-gold/brat

The source holds articles separated by lines `=== NAME`. Inside an article:

    {LABEL|text}   a mention (PER, ORG, GPE, ARMED)
    <cN|text>      the cue of claim N; <cN-|text> a cue that denies
    <wN|text>      the claimant of claim N
    <wN=M>         claim N has the claimant of claim M (nothing in the text: «وأضاف أن …»)
    <tN|text>      the content of claim N (direct when the char before it is a quotation mark)

Marks nest (a claimant may hold a mention). Offsets written are code points, as brat counts.
"""

import pathlib
import re
import sys

OPEN = re.compile(r"\{([A-Z]+)\||<([cwt])(\d+)(-?)\||<w(\d+)=(\d+)>")


def parse(marked):
    text, stack, spans, same = [], [], [], []
    i = 0
    while i < len(marked):
        m = OPEN.match(marked, i)
        if m:
            if m.group(5):
                same.append((int(m.group(5)), int(m.group(6))))
            elif m.group(1):
                stack.append(("mention", m.group(1), None, False, len(text)))
            else:
                stack.append((m.group(2), None, int(m.group(3)), m.group(4) == "-", len(text)))
            i = m.end()
            continue
        c = marked[i]
        if c in "}>" and stack:
            role, label, claim, denies, start = stack.pop()
            spans.append((role, label, claim, denies, start, len(text)))
        else:
            text.append(c)
        i += 1
    assert not stack, f"unclosed mark in {marked[:40]!r}"
    return "".join(text), spans, same


def write(name, marked, out):
    text, spans, same = parse(marked.strip() + "\n")
    lines, tid = [], 0
    ids = {}

    def t(label, start, end):
        nonlocal tid
        tid += 1
        lines.append(f"T{tid}\t{label} {start} {end}\t{text[start:end]}")
        return f"T{tid}"

    roles = {"c": "CUE", "w": "CLAIMANT", "t": "CLAIM"}
    for role, label, claim, denies, start, end in sorted(spans, key=lambda s: (s[4], s[5])):
        if role == "mention":
            t(label, start, end)
        else:
            ids[(role, claim)] = (t(roles[role], start, end), denies, start, end)
    for n, m in same:
        ids[("w", n)] = ids[("w", m)]
    rid = aid = 0
    for (role, claim), (content, _, start, end) in sorted(ids.items(), key=lambda kv: kv[0][1]):
        if role != "t":
            continue
        frame = t("ClaimFrame", start, end)
        rid += 1
        lines.append(f"R{rid}\tContent Arg1:{frame} Arg2:{content}")
        if ("w", claim) in ids:
            rid += 1
            lines.append(f"R{rid}\tClaimant Arg1:{frame} Arg2:{ids[('w', claim)][0]}")
        else:
            aid += 1
            lines.append(f"A{aid}\tClaimantKind {frame} Outlet")
        if ("c", claim) in ids:
            cue, denies, _, _ = ids[("c", claim)]
            rid += 1
            lines.append(f"R{rid}\tHasCue Arg1:{frame} Arg2:{cue}")
            if denies:
                aid += 1
                lines.append(f"A{aid}\tPolarity {frame} Denies")
        if start > 0 and text[start - 1] in "«\"“":
            aid += 1
            lines.append(f"A{aid}\tQuoteMode {frame} Direct")
    (out / f"{name}.txt").write_text(text, encoding="utf-8")
    (out / f"{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    parts = re.split(r"^=== (\S+)\n", source.read_text(encoding="utf-8"), flags=re.M)
    for name, marked in zip(parts[1::2], parts[2::2]):
        write(name, marked, out)


if __name__ == "__main__":
    main()
