"""ASGI entry point: HTTP goes to Django, /ws to the room (api/room.py), lifespan to the pool."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
django_asgi_app = get_asgi_application()  # sets Django up before the app modules are imported

from api import downstream, room  # noqa: E402


async def application(scope, receive, send) -> None:
    kind = scope["type"]
    if kind == "http":
        await django_asgi_app(scope, receive, send)
    elif kind == "websocket":
        await room.websocket(scope, receive, send)
    elif kind == "lifespan":
        # Django has no start-up/shutdown hooks for async resources; the ASGI lifespan protocol
        # (run by uvicorn) opens the downstream connection pool before the first request.
        await downstream.lifespan(scope, receive, send)
