"""Validates a CSL-JSON file against the CSL input data schema with `jsonschema` (PyPI).

Usage: python3 check_csl.py csl-data.json FILE.json
Exits 1, with every violation on stderr, when the file is not valid CSL-JSON.
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
path = sys.argv[2]
data = json.load(open(path, encoding="utf-8"))
validator = jsonschema.validators.validator_for(schema)(schema)
errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
if errors:
    print(f"{path}:\n" + "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors), file=sys.stderr)
    sys.exit(1)
print(json.dumps({"items": len(data)}))
