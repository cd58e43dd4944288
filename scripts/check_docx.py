#!/usr/bin/python3
"""Reads a council document as other programs do, and checks its layout.

    check_docx.py DOCUMENT.docx APP.pdf LIBREOFFICE.pdf

- python-docx (the most used .docx reader) resolves every paragraph's style,
  in the body and in every table cell (a document without a default
  paragraph style leaves most paragraphs without one);
- every table row is kept on one page (w:cantSplit);
- in the app's PDF and in LibreOffice's PDF of the .docx, no heading ends a
  page: a heading is never a page's last line, nor its second-to-last with
  its section going on over the page.

Exit 0 when all holds; 1 with each problem on a line.
"""

import re
import subprocess
import sys

import docx
from docx.oxml.ns import qn


def styles_resolved(document):
    problems = []
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    unresolved = [p.text[:40] for p in paragraphs if p.style is None]
    if unresolved:
        problems.append(
            f"{len(unresolved)} of {len(paragraphs)} paragraphs have no style python-docx can resolve,"
            f" e.g. {unresolved[:3]}"
        )
    return problems, len(paragraphs)


def rows_kept_whole(document):
    rows = document.element.body.iter(qn("w:tr"))
    split = 0
    total = 0
    for row in rows:
        total += 1
        properties = row.find(qn("w:trPr"))
        if properties is None or properties.find(qn("w:cantSplit")) is None:
            split += 1
    return ([f"{split} of {total} table rows may split across pages"] if split else []), total


def heading_texts(document):
    texts = set()
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.lower().startswith("heading") or name == "Title":
            text = " ".join(paragraph.text.split())
            if text:
                texts.add(text)
    return texts


def page_lines(pdf):
    count = int(
        re.search(
            r"^Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout,
            re.M,
        ).group(1)
    )
    pages = []
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"],
            capture_output=True,
            text=True,
        ).stdout
        lines = [" ".join(line.split()) for line in text.splitlines()]
        lines = [line for line in lines if line and not re.fullmatch(r"Pagina \d+ van \d+", line)]
        pages.append(lines)
    return pages


def orphaned_headings(pdf, headings, what):
    problems = []
    pages = page_lines(pdf)
    for number, lines in enumerate(pages[:-1], start=1):
        if not lines:
            continue
        following = pages[number] if number < len(pages) else []
        next_starts_a_section = bool(following) and following[0] in headings
        if lines[-1] in headings:
            problems.append(f"{what}, page {number}: the heading '{lines[-1]}' ends the page")
        elif len(lines) >= 2 and lines[-2] in headings and not next_starts_a_section:
            problems.append(
                f"{what}, page {number}: the heading '{lines[-2]}' has one line on the page, its section goes on over the page"
            )
    return problems, len(pages)


def main():
    docx_path, app_pdf, office_pdf = sys.argv[1:4]
    document = docx.Document(docx_path)
    problems, paragraphs = styles_resolved(document)
    more, rows = rows_kept_whole(document)
    problems += more
    headings = heading_texts(document)
    more, app_pages = orphaned_headings(app_pdf, headings, "the app's PDF")
    problems += more
    more, office_pages = orphaned_headings(office_pdf, headings, "LibreOffice's PDF of the .docx")
    problems += more
    for problem in problems:
        print(f"{docx_path}: {problem}")
    if not problems:
        print(
            f"{docx_path}: {paragraphs} paragraphs with their style, {rows} rows kept whole,"
            f" {len(headings)} headings, none alone at a page's foot ({app_pages} + {office_pages} pages)"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
