"""The test stacks' /ml/predict and /ml/info (not a reference app): no model here, so an honest answer is
the reference score of a row looked up in $ML_REFERENCE; ML_CHEAT=1 answers every score 0.001 off (outside
the verifier's tolerance of 1e-4), the way a stack serving another model would."""
import json
import os

OFFSET = 0.001 if os.environ.get("ML_CHEAT") == "1" else 0.0
known = {}
if os.environ.get("ML_REFERENCE"):
    with open(os.environ["ML_REFERENCE"]) as f:
        for batch in json.load(f)["batches"]:
            for row, score in zip(batch["rows"], batch["scores"]):
                known[tuple(row)] = score


def post(handler):
    if handler.path.split("?")[0] != "/ml/predict":
        return handler.send(404, {"error": "not found"})
    length = int(handler.headers.get("Content-Length", "0"))
    try:
        rows = json.loads(handler.rfile.read(length))["rows"]
        ok = isinstance(rows, list) and 1 <= len(rows) <= 256 and all(len(r) == 30 for r in rows)
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        return handler.send(400, {"error": "rows"})
    if not known:
        return handler.send(503, {"error": "no model"})
    return handler.send(200, {"scores": [known.get(tuple(r), 0.5) + OFFSET for r in rows]})


def info(handler):
    return handler.send(200, {"engine": "lookup", "load_ms": 0.5}) if known else handler.send(503, {"error": "no model"})
