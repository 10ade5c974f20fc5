#!/usr/bin/env python3
"""Writes a seed report (datasets/*.txt) as HTML: each text line a paragraph, and each table the seed prints as text
a real <table> (header row in <thead>/<th>, one <tr> per row). Where the tables are, and how their cells are printed,
is stated per seed below; the cell texts are taken from the seed unchanged."""
import html
import re
import sys

NUMBER = r"[-−–]?\s?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?"


def blocks(lines):
    """Cells printed one per block, blocks separated by blank lines (a cell may span lines)."""
    cells, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            cells.append(" ".join(current))
            current = []
    if current:
        cells.append(" ".join(current))
    return cells


def row_per_line(line):
    """A row printed on one line: the label, then its values."""
    values = re.findall(r"(?:^|\s)(" + NUMBER + r")(?=\s|$)", line)
    label = line
    for _ in values:
        label = re.sub(r"\s+" + NUMBER + r"\s*$", "", label)
    values = line[len(label):].split()
    return [label.strip()] + values


def pipe_cells(line):
    cells = [c.strip() for c in line.split("|")]
    while len(cells) > 1 and cells[-1] == "":
        cells.pop()
    return cells


def table(header, rows):
    out = ['<table style="page-break-inside: avoid">',
           "<thead><tr>" + "".join("<th nowrap>%s</th>" % html.escape(c) for c in header) + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append("<tr>" + "".join("<td nowrap>%s</td>" % html.escape(c) for c in row + [""] * (len(header) - len(row))) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def tables_000(lines):
    cells = [l.strip() for l in lines[38:53]]
    return {39: (53, table([""] + cells[0:3], [cells[i:i + 4] for i in range(3, 15, 4)]))}


def tables_002(lines):
    kpi_header = ["Naam Indicator", "Via balie (%)", "Via balie cijfers", "Digitaal (%)", "Digitaal in cijfers"]
    budget_header = ["Exploitatie", "Realisatie 2020", "Begroting 2021", "Begroting 2021 na wijzigingen", "Realisatie 2021",
                     "Verschil 2021"]
    return {145: (151, table(kpi_header, [row_per_line(l) for l in lines[145:151]])),
            162: (177, table(budget_header, [row_per_line(l) for l in lines[162:177]]))}


def tables_003(lines):
    cells = blocks(lines[54:157])
    return {55: (157, table(cells[0:5], [cells[i:i + 5] for i in range(5, len(cells), 5)]))}


def tables_004(lines):
    found = {}
    for i, line in enumerate(lines):
        m = re.match(r"^(Terug naar navigatie - .*?\))(.*\|.*)$", line)
        if not m:
            continue
        end = i + 2
        while end < len(lines) and "|" in lines[end]:
            end += 1
        rows = [pipe_cells(l) for l in lines[i + 2:end]]
        found[i + 1] = (end, "<p>%s</p>\n%s" % (html.escape(m.group(1)), table(pipe_cells(m.group(2)), rows)))
    return found


def main(seed_file, out_file, title):
    with open(seed_file, encoding="utf-8") as f:
        lines = f.read().split("\n")
    key = seed_file.rsplit("/", 1)[-1][:3]
    tables = {"000": tables_000, "002": tables_002, "003": tables_003, "004": tables_004}.get(key, lambda _: {})(lines)
    body, n = [], 1
    while n <= len(lines):
        if n in tables:
            last, markup = tables[n]
            body.append(markup)
            n = last + 1
            continue
        if lines[n - 1].strip():
            body.append("<p>%s</p>" % html.escape(lines[n - 1].strip()))
        n += 1
    with open(out_file, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<style>@page { size: A4 landscape; }</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
                % (html.escape(title), "\n".join(body)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
