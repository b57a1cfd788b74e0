"""ASGI entry point: HTTP goes to Django, /ws to the Channels consumer."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
django_asgi_app = get_asgi_application()  # sets Django up before the consumer is imported

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from api import downstream  # noqa: E402
from api.consumers import RoomConsumer  # noqa: E402

# No AllowedHostsOriginValidator around the WebSocket route: its clients are not browsers and send
# no Origin header, which that validator rejects. A browser-facing room should add it.
application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": URLRouter([path("ws", RoomConsumer.as_asgi())]),
        # Django has no start-up/shutdown hooks for async resources; the ASGI lifespan protocol
        # (run by uvicorn) opens the downstream connection pool before the first request.
        "lifespan": downstream.lifespan,
    }
)
