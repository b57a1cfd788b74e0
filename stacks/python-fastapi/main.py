"""Bakeoff reference app: FastAPI on uvicorn (see ../CONTRACT.md)."""
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Literal

import aiohttp
import data
import db
import ml
from fastapi import FastAPI, HTTPException, Query, Request, WebSocket, WebSocketDisconnect
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse

DOWNSTREAM_URL = os.environ["DOWNSTREAM_URL"]
DATASET = os.environ["DATASET"]

# Per-worker state, created once when the worker starts.
orders: data.Orders
downstream: aiohttp.ClientSession
ws_clients: set[WebSocket] = set()


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Start-up and shutdown of one worker process (FastAPI's lifespan; on_event is deprecated)."""
    global orders, downstream
    orders = data.Orders(DATASET)  # both tiers' layouts (data.py)
    # aiohttp rather than httpx.AsyncClient: both are idiomatic asyncio clients with a keep-alive
    # pool, but with 200 concurrent /io?ms=50 on one core here aiohttp 3.8.4 served ~4x the
    # throughput of httpx 0.23.3 (~2,400-3,100 vs ~650-700 req/s) at ~1/6 of the CPU per request
    # (measured before the upgrade to aiohttp 3.14 / httpx 0.28; not re-measured since).
    # limit=1024 lets ~1024 requests wait concurrently (aiohttp's default of 100 would queue
    # them); the total timeout bounds a hung downstream, which then answers 502.
    downstream = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1024, keepalive_timeout=60),
        timeout=aiohttp.ClientTimeout(total=60),
    )
    await db.open_pool()
    ml.load()
    yield
    await db.close_pool()
    await downstream.close()


app = FastAPI(
    title="bakeoff-python-fastapi",
    docs_url=None,
    redoc_url=None,
    openapi_url=None,
    lifespan=lifespan,
)


app.include_router(db.router)  # /db, /queries, /updates, /fortunes on PostgreSQL (db.py)
app.include_router(ml.router)  # /ml/predict, /ml/info: the trained model in-process (ml.py)


@app.exception_handler(RequestValidationError)
async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    # The contract wants 400 for a missing or non-integer query parameter (FastAPI says 422).
    return JSONResponse(status_code=400, content={"detail": jsonable_encoder(exc.errors())})


@app.get("/health")
async def health() -> dict:
    return {"status": "ok"}


@app.get("/plaintext", response_class=PlainTextResponse)
async def plaintext() -> str:
    return "Hello, World!"


@app.get("/json")
async def json_message() -> dict:
    return {"message": "Hello, World!"}


@app.get("/io")
async def io(ms: int) -> dict:
    try:
        async with downstream.get(f"{DOWNSTREAM_URL}/delay", params={"ms": ms}) as resp:
            resp.raise_for_status()
            return await resp.json()
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        detail = f"downstream failed: {type(exc).__name__}"
        raise HTTPException(status_code=502, detail=detail) from exc


# /cpu and /data/report are blocking (CPU and pandas work), so they are plain `def` endpoints:
# FastAPI runs them in its threadpool and the event loop stays free for other requests.
@app.get("/cpu")
def cpu(n: int) -> dict:
    count = 1 if n > 2 else 0
    for k in range(3, n, 2):
        prime = True
        d = 3
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 2
        if prime:
            count += 1
    return {"n": n, "primes": count}


@app.get("/data/report")
def data_report(
    min_qty: int,
    tier: Literal["realistic", "tuned"] = "realistic",
    rows: int | None = Query(default=None, ge=1),
) -> list:
    return orders.report(min_qty, tier, rows)


# One room per worker process: the set lives in this process, so with several workers a client
# only reaches clients on the same worker (a multi-process deployment would need a broker).
@app.websocket("/ws")
async def ws(websocket: WebSocket) -> None:
    await websocket.accept()
    ws_clients.add(websocket)
    try:
        while True:
            message = await websocket.receive_text()
            for other in list(ws_clients):
                if other is not websocket:
                    try:
                        await other.send_text(message)
                    except Exception:  # that peer went away; its own handler cleans up
                        ws_clients.discard(other)
    except WebSocketDisconnect:
        pass
    finally:
        ws_clients.discard(websocket)
