"""Django settings for the Bakeoff reference app: an API with no database, templates or sessions."""
import os

# Nothing here signs data (no sessions, no CSRF forms), but Django insists on a key; set
# DJANGO_SECRET_KEY in a real deployment.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bakeoff-reference-app-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = ["channels", "api"]
# An API behind a TLS-terminating proxy: Django's security middleware plus CommonMiddleware; the
# session, auth, CSRF and clickjacking middleware guard browser pages and forms; it has none.
# Django 3.2's built-in middleware is synchronous (MiddlewareMixin): under ASGI each of its hooks runs
# in the one per-process thread that also runs sync views, so an async view (/io) can wait behind a
# running /cpu. That is stock Django behaviour, and part of what the lab measures.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",  # sets Content-Length (else chunked responses)
]
ROOT_URLCONF = "project.urls"
ASGI_APPLICATION = "project.asgi.application"

DATABASES = {}
TEMPLATES = []
USE_TZ = True

# The in-memory layer keeps the WebSocket room inside one process, which is what each ASGI worker
# is here; several worker processes or hosts sharing a room need channels_redis instead.
# capacity: a full channel drops group messages silently, so leave room for bursts (default 100).
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels.layers.InMemoryChannelLayer",
        "CONFIG": {"capacity": 1024},
    }
}

DOWNSTREAM_URL = os.environ["DOWNSTREAM_URL"]
DATASET = os.environ["DATASET"]
