"""The test stacks' /ml/predict and /ml/info (not a reference app): no model here, so an honest answer is
the reference score of a row looked up in $ML_REFERENCE; ML_CHEAT=1 answers every score 0.001 off (outside
the verifier's tolerance of 1e-4), the way a stack serving another model would. With ML_SERVICE_URL set (a
composed stack's front), /ml/predict forwards the validated batch to that service instead (502 when it fails)."""
import json
import os
import urllib.error
import urllib.request

SERVICE = os.environ.get("ML_SERVICE_URL", "")
# The lab gives every front the same timeout for its calls to the service (lab.LaunchSettings.SERVICE_TIMEOUT_MS).
TIMEOUT_S = int(os.environ.get("ML_SERVICE_TIMEOUT_MS", "5000")) / 1000
OFFSET = 0.001 if os.environ.get("ML_CHEAT") == "1" else 0.0
known = {}
# Memory that stands in for a loaded model's (ML_MODEL_BALLAST_MIB, written so its pages are resident): only
# an app given the model holds it, which is how a test sees which launches got the model.
if os.environ.get("ML_MODEL_ONNX"):
    BALLAST = b"\x01" * (int(os.environ.get("ML_MODEL_BALLAST_MIB", "0")) << 20)
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
    if SERVICE:
        return forward(handler, rows)
    if os.environ.get("ML_FORWARD_ONLY") == "1":  # a front started without its service's URL
        return handler.send(503, {"error": "no ML_SERVICE_URL"})
    if not known:
        return handler.send(503, {"error": "no model"})
    return handler.send(200, {"scores": [known.get(tuple(r), 0.5) + OFFSET for r in rows]})


def info(handler):
    return handler.send(200, {"engine": "lookup", "load_ms": 0.5}) if known else handler.send(503, {"error": "no model"})


def forward(handler, rows):
    request = urllib.request.Request(
        SERVICE + "/ml/predict", data=json.dumps({"rows": rows}).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            return handler.send(200, json.loads(answer.read()))
    except urllib.error.HTTPError as e:
        return handler.send(e.code, {"error": "service answered " + str(e.code)})
    except (urllib.error.URLError, OSError, ValueError):
        return handler.send(502, {"error": "service unreachable"})
