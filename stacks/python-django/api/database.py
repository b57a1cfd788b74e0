"""DATABASES from the lab's DATABASE_URL, and the threads the ORM runs in.

Django 5.2's own pool ("pool": True) needs psycopg_pool, which this machine's package index does not
serve. So each worker process keeps a fixed set of threads, ceil(DATABASE_POOL / WORKERS) of them (the
contract's per-worker share), and every db view runs its ORM code in one of them: Django's connections
are per thread, and with CONN_MAX_AGE = None each of these threads keeps its one connection open, so
the threads are the pool. (Under ASGI, ORM calls on Django's per-request threads would open and close a
connection per request; Django's docs advise against persistent connections there for that reason.)
"""
import math
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote, urlsplit

URL = os.environ.get("DATABASE_URL", "")
WORKERS = max(1, int(os.environ.get("WORKERS", "1")))
POOL_SIZE = max(1, math.ceil(int(os.environ.get("DATABASE_POOL", "3")) / WORKERS))


def databases() -> dict:
    """settings.DATABASES: the lab's database, or none (the db views answer 503)."""
    if not URL:
        return {}
    url = urlsplit(URL)
    return {
        "default": {
            "ENGINE": "django.db.backends.postgresql",  # psycopg 3
            "NAME": url.path.lstrip("/"),
            "USER": unquote(url.username or ""),
            "PASSWORD": unquote(url.password or ""),
            "HOST": url.hostname,
            "PORT": str(url.port),
            "CONN_MAX_AGE": None,  # persistent: one connection per db thread, for its whole life
            "CONN_HEALTH_CHECKS": True,
        }
    }


# Made lazily by the first db request (threads start as work arrives), so an app without a database
# starts none.
executor = ThreadPoolExecutor(max_workers=POOL_SIZE, thread_name_prefix="db")
