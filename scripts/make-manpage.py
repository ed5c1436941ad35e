#!/usr/bin/env python3
"""Write porttidy.1, the manual page, from docs/usage.md.

  scripts/make-manpage.py docs/usage.md VERSION porttidy.1

The page is the "The `porttidy` command" part of the usage docs (its options
table, exit status, output, fixes...), under a NAME and SYNOPSIS of its own,
so that `man porttidy` and the docs cannot disagree. Only the Markdown that
usage.md uses is understood: headings, paragraphs, lists, fenced code,
tables, `code`, **bold**, *emphasis* and links. Python 3, standard library.
"""
import re
import sys

SECTION_START = "## The `porttidy` command"
HEADER = r""".TH PORTTIDY 1 "" "porttidy {version}" "User Commands"
.SH NAME
porttidy \- find network port misuse in C and C++ socket code
.SH SYNOPSIS
.B porttidy
[\fIoptions\fR] [\fIsource\fR...] [\fB\-\-\fR \fIcompiler flags\fR]
.br
.B porttidy
\fB\-p\fR \fIbuild-dir\fR [\fIoptions\fR] [\fIsource\fR...]
.SH DESCRIPTION
porttidy runs the \fBport\-*\fR checks, which find misused network ports in
C and C++ socket code (port 0 as a destination, ports in host byte order,
ports on raw sockets, ephemeral ports never queried, probe races), through
clang-tidy's own library. The same checks load into a stock
.BR clang-tidy (1)
as a plugin. The full documentation is in /usr/share/doc/porttidy.
"""
FOOTER = r""".SH SEE ALSO
.BR clang-tidy (1),
.BR pre-commit (1)
"""


def escape(text):
    """Roff-escapes plain text (not yet inline markup)."""
    text = text.replace("\\", "\\e")
    return text.replace("-", "\\-")


def inline(text):
    """Markdown inline markup to roff font changes."""
    out = []
    # `code`, **bold**, *emphasis*, [text](link): in that order of priority.
    pattern = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\([^)]*\)")
    last = 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        code, bold, emphasis, link = match.groups()
        if code is not None:
            out.append("\\fB" + escape(code) + "\\fR")
        elif bold is not None:
            out.append("\\fB" + inline(bold) + "\\fR")
        elif emphasis is not None:
            out.append("\\fI" + inline(emphasis) + "\\fR")
        else:
            out.append(inline(link))
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def line(text):
    """A roff text line: one starting with . or ' would be a request."""
    return "\\&" + text if text[:1] in (".", "'") else text


def table_cells(row):
    cells = re.split(r"(?<!\\)\|", row.strip())[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in cells]


def convert(markdown):
    lines = markdown.splitlines()
    start = next(i for i, text in enumerate(lines) if text.startswith(SECTION_START))
    body = []
    paragraph = []
    i = start + 1

    def flush():
        if paragraph:
            body.append(line(inline(" ".join(paragraph))))
            paragraph.clear()

    while i < len(lines):
        text = lines[i]
        if text.startswith("## "):
            break  # the plugin's part: not the command's page
        if text.startswith("```"):
            flush()
            body.append(".PP\n.nf\n.RS 4")
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(line(escape(lines[i])))
                i += 1
            body.append(".RE\n.fi")
        elif text.startswith("#"):
            flush()
            level = len(text) - len(text.lstrip("#"))
            title = inline(text.lstrip("#").strip())
            body.append((".SH " if level <= 3 else ".SS ") + '"' +
                        (title.upper() if level <= 3 else title) + '"')
        elif text.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(table_cells(lines[i]))
                i += 1
            i -= 1
            # Header, rule, then one tagged paragraph per row.
            for cells in rows[2:]:
                body.append(".TP\n" + line(inline(cells[0])))
                body.append(line(inline(" ".join(cells[1:]))))
        elif re.match(r"\s*- ", text):
            flush()
            item = [re.sub(r"^\s*- ", "", text)]
            while i + 1 < len(lines) and re.match(r"\s{2,}\S", lines[i + 1]) \
                    and not re.match(r"\s*- ", lines[i + 1]):
                i += 1
                item.append(lines[i].strip())
            body.append(".IP \\(bu 2\n" + line(inline(" ".join(item))))
        elif not text.strip():
            flush()
            if body and body[-1] != ".PP":
                body.append(".PP")
        else:
            paragraph.append(text.strip())
        i += 1
    flush()
    return "\n".join(body) + "\n"


def main():
    if len(sys.argv) != 4:
        print("usage: make-manpage.py USAGE_MD VERSION OUTPUT", file=sys.stderr)
        return 2
    source, version, output = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        page = HEADER.format(version=version) + convert(f.read()) + FOOTER
    with open(output, "w", encoding="utf-8") as f:
        f.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
