#!/usr/bin/env python3
"""Prints fields of a `bakeoff load --json` document or of wrk's text output.

Usage: field.py json FILE PATH...   (PATH like completed or correctedMicros.p50; sum:timeline.completed)
       field.py wrk FILE            (prints: requests requests_per_second p50_ms)
"""
import json
import re
import sys


def json_field(doc, path):
    if path.startswith("sum:"):
        array, key = path[4:].split(".")
        return sum(item[key] for item in doc[array])
    value = doc
    for part in path.split("."):
        value = value[part]
    return value


def wrk_fields(text):
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    p50_ms = float(p50.group(1)) * scale[p50.group(2)] if p50 else float("nan")
    return [requests, rps, p50_ms]


kind, file = sys.argv[1], sys.argv[2]
with open(file) as f:
    text = f.read()
if kind == "json":
    doc = json.loads(text)
    print(" ".join(str(json_field(doc, p)) for p in sys.argv[3:]))
else:
    print(" ".join(str(v) for v in wrk_fields(text)))
