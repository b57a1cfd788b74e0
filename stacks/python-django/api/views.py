import aiohttp
from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponse, JsonResponse

from api import downstream
from api.apps import ApiConfig
from api.data import TIERS


def int_param(request, name: str) -> int:
    """A required integer query parameter; missing or malformed raises BadRequest (400)."""
    try:
        return int(request.GET[name])
    except (KeyError, ValueError):
        raise BadRequest(f"query parameter {name!r} must be an integer")


async def health(request):
    return JsonResponse({"status": "ok"})


async def plaintext(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


async def json_message(request):
    return JsonResponse({"message": "Hello, World!"})


async def io(request):
    # An async view runs on the worker's event loop, so many /io requests wait concurrently.
    ms = int_param(request, "ms")
    try:
        async with downstream.session.get(
            f"{settings.DOWNSTREAM_URL}/delay", params={"ms": ms}
        ) as resp:
            resp.raise_for_status()
            body = await resp.json()
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        return JsonResponse({"error": f"downstream failed: {type(exc).__name__}"}, status=502)
    return JsonResponse(body)


# Every view is async, so a request never leaves the event loop for Django's one sync thread.
# The blocking work of /cpu and /data/report runs in a thread of the default executor
# (sync_to_async with thread_sensitive=False, as Django's async docs advise for sync code that
# touches no thread-bound state), keeping the event loop free for /io and WebSockets.
async def cpu(request):
    n = int_param(request, "n")
    count = await sync_to_async(count_primes, thread_sensitive=False)(n)
    return JsonResponse({"n": n, "primes": count})


def count_primes(n: int) -> int:
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
    return count


async def data_report(request):
    min_qty = int_param(request, "min_qty")
    tier = request.GET.get("tier", "realistic")
    if tier not in TIERS:
        raise BadRequest("query parameter 'tier' must be realistic or tuned")
    rows = int_param(request, "rows") if "rows" in request.GET else None
    if rows is not None and rows < 1:
        raise BadRequest("query parameter 'rows' must be a positive integer")
    report = sync_to_async(ApiConfig.orders.report, thread_sensitive=False)
    return JsonResponse(await report(min_qty, tier, rows), safe=False)
