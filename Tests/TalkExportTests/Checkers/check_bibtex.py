"""Parses a BibTeX or biblatex file with `bibtexparser` 2 (PyPI) and prints its entries as JSON.

Usage: python3 check_bibtex.py FILE.bib
Field values come back decoded from LaTeX (pylatexenc), authors split into their parts (before
decoding, so a braced name stays one name). Exits 1,
with the reasons on stderr, when a block fails to parse, a key repeats, or a field repeats.
"""
import json
import sys

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

path = sys.argv[1]
library = bibtexparser.parse_file(path, append_middleware=[SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()])
problems = [f"a block failed to parse: {type(block).__name__}: {block.error}" for block in library.failed_blocks]
entries = {}
for entry in library.entries:
    fields = {}
    for field in entry.fields:
        value = field.value
        if field.key == "author":
            value = [{"first": " ".join(n.first), "von": " ".join(n.von), "last": " ".join(n.last), "jr": " ".join(n.jr)}
                     for n in value]
        fields[field.key] = value
    entries[entry.key] = {"type": entry.entry_type, "fields": fields}

if problems:
    print(f"{path}:\n" + "\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(json.dumps(entries, ensure_ascii=False))
