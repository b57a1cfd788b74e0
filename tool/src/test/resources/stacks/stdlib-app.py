"""A contract app on Python's standard library only, for testing the verifier and the lab.

SERIAL=1 serves one request at a time (so /io cannot wait concurrently: the verifier must catch it);
CRASH_AFTER=N exits after N requests (an app that dies mid-run); FAIL_PATH=/x answers 500 on /x and nothing
else (a broken endpoint in an app that is up). /db and /queries run psql against DATABASE_URL, one statement
per row; /updates also one UPDATE per row, /fortunes a page with escaped messages. DB_CHEAT=1 cheats three
ways the verifier must catch: /queries?n=N with one statement for all N rows, /updates that answers new
values but writes none back, and /fortunes with its messages not HTML-escaped.
Not a reference app.
"""
import csv
import html
import random
import subprocess
import json
import os
import sys
import threading
import urllib.request
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import stdlib_ml  # the ml endpoints, beside this file

ROWS = []
with open(os.environ["DATASET"], newline="") as f:
    for r in csv.DictReader(f):
        ROWS.append((r["region"], int(r["qty"]), float(r["price"])))
DOWNSTREAM = os.environ["DOWNSTREAM_URL"]
CRASH_AFTER = int(os.environ.get("CRASH_AFTER", "0"))
HANG_AFTER = int(os.environ.get("HANG_AFTER", "0"))
GARBAGE_AFTER = int(os.environ.get("GARBAGE_AFTER", "0"))
NEVER_READY = os.environ.get("NEVER_READY") == "1"
FAIL_PATH = os.environ.get("FAIL_PATH", "")
served = 0


def primes_below(n):
    count = 1 if n > 2 else 0
    for k in range(3, n, 2):
        d = 3
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 2
        if prime:
            count += 1
    return count


def report(min_qty, rows):
    # One layout serves both tiers here: a test stack, not a reference app.
    acc = defaultdict(lambda: [0, 0, 0.0])
    for region, qty, price in ROWS[:rows]:
        if qty >= min_qty:
            a = acc[region]
            a[0] += 1
            a[1] += qty
            a[2] += qty * price
    out = [{"region": k, "orders": v[0], "units": v[1], "revenue": round(v[2], 2)} for k, v in acc.items()]
    out.sort(key=lambda o: (-o["revenue"], o["region"]))
    return out


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/json"):
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def int_param(self, query, name):
        try:
            return int(query[name][0])
        except (KeyError, ValueError):
            return None

    def do_POST(self):
        return stdlib_ml.post(self)  # /ml/predict (stdlib_ml.py)

    def do_GET(self):
        global served
        served += 1
        if CRASH_AFTER and served > CRASH_AFTER:
            print("crashing on purpose after", CRASH_AFTER, "requests", file=sys.stderr, flush=True)
            os._exit(7)
        if HANG_AFTER and served > HANG_AFTER:
            if served == HANG_AFTER + 1:
                print("hanging on purpose after", HANG_AFTER, "requests", file=sys.stderr, flush=True)
            threading.Event().wait()
        if GARBAGE_AFTER and served > GARBAGE_AFTER:
            if served == GARBAGE_AFTER + 1:
                print("answering garbage on purpose after", GARBAGE_AFTER, "requests", file=sys.stderr, flush=True)
            self.wfile.write(b"\x00\xffNOT HTTP AT ALL\r\n\r\n")
            self.close_connection = True
            return
        url = urlparse(self.path)
        q = parse_qs(url.query)
        if FAIL_PATH and url.path == FAIL_PATH:
            return self.send(500, {"error": "failing on purpose"})
        if url.path == "/health":
            if NEVER_READY:
                return self.send(503, "still starting", "text/plain")
            return self.send(200, "ok", "text/plain")
        if url.path == "/plaintext":
            return self.send(200, "Hello, World!", "text/plain")
        if url.path == "/json":
            return self.send(200, {"message": "Hello, World!"})
        if url.path == "/io":
            ms = self.int_param(q, "ms")
            if ms is None:
                return self.send(400, {"error": "ms"})
            with urllib.request.urlopen(f"{DOWNSTREAM}/delay?ms={ms}") as r:
                return self.send(200, r.read().decode())
        if url.path == "/cpu":
            n = self.int_param(q, "n")
            if n is None:
                return self.send(400, {"error": "n"})
            return self.send(200, {"n": n, "primes": primes_below(n)})
        if url.path == "/data/report":
            m = self.int_param(q, "min_qty")
            if m is None:
                return self.send(400, {"error": "min_qty"})
            tier = q.get("tier", ["realistic"])[0]
            rows = self.int_param(q, "rows") if "rows" in q else len(ROWS)
            if tier not in ("realistic", "tuned") or rows is None or rows < 1:
                return self.send(400, {"error": "tier or rows"})
            return self.send(200, report(m, rows))
        if url.path == "/ml/info":
            return stdlib_ml.info(self)
        if url.path in ("/db", "/queries"):
            n = 1 if url.path == "/db" else self.int_param(q, "n")
            if n is None:
                return self.send(400, {"error": "n"})
            rows = world_rows(min(500, max(1, n)))
            return self.send(200, rows[0] if url.path == "/db" else rows)
        if url.path == "/updates":
            n = self.int_param(q, "n")
            if n is None:
                return self.send(400, {"error": "n"})
            return self.send(200, update_rows(min(500, max(1, n))))
        if url.path == "/fortunes":
            return self.send(200, fortunes_page(), "text/html; charset=utf-8")
        self.send(404, {"error": "not found"})


def world_rows(n, batch=os.environ.get("DB_CHEAT") == "1"):
    ids = [random.randint(1, 10000) for _ in range(n)]
    if batch:
        sql = [f"SELECT id, randomnumber FROM world WHERE id IN ({','.join(map(str, ids))})"]
    else:
        sql = [f"SELECT id, randomnumber FROM world WHERE id = {i}" for i in ids]
    argv = ["psql", os.environ["DATABASE_URL"], "-X", "-A", "-t"]
    for statement in sql:
        argv += ["-c", statement]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30).stdout
    found = dict(tuple(map(int, line.split("|"))) for line in out.split())
    return [{"id": i, "randomNumber": found[i]} for i in ids]


def psql(statements, *flags):
    argv = ["psql", os.environ["DATABASE_URL"], "-X", "-A", "-t", *flags]
    for statement in statements:
        argv += ["-c", statement]
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30).stdout


def update_rows(n):
    rows = world_rows(n, batch=False)  # reads honestly: this check is about the writes
    for row in rows:
        row["randomNumber"] = random.randint(1, 10000)
    if os.environ.get("DB_CHEAT") != "1":
        psql([f"UPDATE world SET randomnumber = {r['randomNumber']} WHERE id = {r['id']}" for r in rows], "-q")
    return rows


def fortunes_page():
    out = psql(["SELECT id, message FROM fortune"], "-F", "\x1f")
    rows = [line.split("\x1f", 1) for line in out.splitlines() if line]
    rows.append(["0", "Additional fortune added at request time."])
    rows.sort(key=lambda r: r[1])
    cheat = os.environ.get("DB_CHEAT") == "1"
    cells = "".join(f"<tr><td>{i}</td><td>{m if cheat else html.escape(m)}</td></tr>" for i, m in rows)
    return f"<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>{cells}</table></body></html>"


if os.environ.get("SERIAL") == "1":
    # One connection at a time: close after each answer, or a keep-alive client would block the rest.
    Handler.protocol_version = "HTTP/1.0"
    server_class = HTTPServer
else:
    server_class = ThreadingHTTPServer
server_class.daemon_threads = True
# http.server listens with a backlog of 5; 50 parallel connects would overflow it and wait for SYN retries.
server_class.request_queue_size = 256
server = server_class(("127.0.0.1", int(os.environ["PORT"])), Handler)
print("listening", file=sys.stderr, flush=True)
server.serve_forever()
