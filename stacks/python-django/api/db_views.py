"""The db endpoints of stacks/CONTRACT.md with the Django ORM (psycopg 3), each row its own query.

The views are async like the others; their ORM code is sync and runs in a thread of api.database's
executor (sync_to_async with an executor), whose threads keep persistent connections.
"""
import random
from functools import wraps

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

from api import database
from api.models import Fortune, World
from api.views import int_param


def in_db_thread(fn):
    return sync_to_async(fn, thread_sensitive=False, executor=database.executor)


def needs_database(view):
    @wraps(view)
    async def guarded(request):
        if not settings.DATABASES:
            return JsonResponse({"error": "DATABASE_URL is not set"}, status=503)
        return await view(request)

    return guarded


def random_id() -> int:
    return random.randint(1, 10000)


def clamp(n: int) -> int:
    return min(500, max(1, n))


def read_worlds(n: int) -> list:
    return [World.objects.get(id=random_id()) for _ in range(n)]


def as_json(worlds) -> list:
    return [{"id": w.id, "randomNumber": w.randomnumber} for w in worlds]


@needs_database
async def single(request):
    worlds = await in_db_thread(read_worlds)(1)
    return JsonResponse(as_json(worlds)[0])


@needs_database
async def queries(request):
    n = clamp(int_param(request, "n"))
    return JsonResponse(as_json(await in_db_thread(read_worlds)(n)), safe=False)


def update_worlds(n: int) -> list:
    worlds = read_worlds(n)
    for w in worlds:
        w.randomnumber = random_id()
    # One UPDATE per row (autocommit), in id order so that two requests cannot deadlock.
    for w in sorted(worlds, key=lambda w: w.id):
        w.save(update_fields=["randomnumber"])
    return worlds


@needs_database
async def updates(request):
    n = clamp(int_param(request, "n"))
    return JsonResponse(as_json(await in_db_thread(update_worlds)(n)), safe=False)


def all_fortunes() -> list:
    return list(Fortune.objects.all())


@needs_database
async def fortunes(request):
    rows = await in_db_thread(all_fortunes)()
    rows.append(Fortune(id=0, message="Additional fortune added at request time."))
    rows.sort(key=lambda f: f.message)
    # Django templates HTML-escape every {{ value }} (autoescape is on by default).
    return render(request, "fortunes.html", {"fortunes": rows})
