"""The db endpoints of ../CONTRACT.md on asyncpg, the asyncio PostgreSQL driver FastAPI users reach for
when they skip an ORM (raw driver, labelled so in stack.yaml), with its built-in pool. Each row is its own
query (asyncpg prepares and caches the statement per connection); a request's N queries run one after
another on one pooled connection, as asyncpg allows one query at a time per connection."""
import math
import os
import random

import asyncpg
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

router = APIRouter()
# FastAPI's documented template engine (Starlette's Jinja2Templates): autoescaping is on for .html files.
templates = Jinja2Templates(directory=os.path.join(os.path.dirname(__file__), "templates"))
pool: asyncpg.Pool | None = None

SELECT = "SELECT id, randomnumber FROM world WHERE id = $1"
UPDATE = "UPDATE world SET randomnumber = $1 WHERE id = $2"


async def open_pool() -> None:
    """Called once per worker at start-up: DATABASE_POOL is the app's total, each worker gets its share."""
    global pool
    url = os.environ.get("DATABASE_URL")
    if url:
        workers = max(1, int(os.environ.get("WORKERS", "1")))
        size = max(1, math.ceil(int(os.environ.get("DATABASE_POOL", "3")) / workers))
        pool = await asyncpg.create_pool(url, min_size=size, max_size=size)


async def close_pool() -> None:
    if pool is not None:
        await pool.close()


def _pool() -> asyncpg.Pool:
    if pool is None:
        raise HTTPException(status_code=503, detail="DATABASE_URL is not set")
    return pool


def _rid() -> int:
    return random.randint(1, 10000)


@router.get("/db")
async def single() -> dict:
    async with _pool().acquire() as conn:
        row = await conn.fetchrow(SELECT, _rid())
    return {"id": row["id"], "randomNumber": row["randomnumber"]}


async def _rows(conn: asyncpg.Connection, n: int) -> list[dict]:
    out = []
    for _ in range(min(500, max(1, n))):
        row = await conn.fetchrow(SELECT, _rid())
        out.append({"id": row["id"], "randomNumber": row["randomnumber"]})
    return out


@router.get("/queries")
async def queries(n: int) -> list:
    async with _pool().acquire() as conn:
        return await _rows(conn, n)


@router.get("/updates")
async def updates(n: int) -> list:
    async with _pool().acquire() as conn:
        rows = await _rows(conn, n)
        for row in rows:
            row["randomNumber"] = _rid()
        # One UPDATE per row, sent as one pipelined batch (asyncpg's executemany); PostgreSQL runs N statements.
        await conn.executemany(UPDATE, [(r["randomNumber"], r["id"]) for r in rows])
    return rows


@router.get("/fortunes", response_class=HTMLResponse)
async def fortunes(request: Request):
    async with _pool().acquire() as conn:
        rows = [(r["id"], r["message"]) for r in await conn.fetch("SELECT id, message FROM fortune")]
    rows.append((0, "Additional fortune added at request time."))
    rows.sort(key=lambda r: r[1])
    return templates.TemplateResponse(request, "fortunes.html", {"fortunes": rows})
