"""Django settings for the Bakeoff reference app: an API (no sessions), the lab's PostgreSQL for the db endpoints."""
import os

from api.database import databases

# Nothing here signs data (no sessions, no CSRF forms), but Django insists on a key; set
# DJANGO_SECRET_KEY in a real deployment.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bakeoff-reference-app-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = ["api"]
# An API behind a TLS-terminating proxy: Django's security and common middleware (CommonMiddleware
# sets Content-Length, else responses are chunked); the session, auth, CSRF and clickjacking
# middleware guard browser pages and forms, which it has none of. Both run inside one natively
# async middleware (api/middleware.py) so that no request hops onto Django's sync thread.
MIDDLEWARE = ["api.middleware.AsyncApiMiddleware"]
ROOT_URLCONF = "project.urls"
ASGI_APPLICATION = "project.asgi.application"

DATABASES = databases()  # the lab's DATABASE_URL, or none (api/database.py)
# /fortunes only: Django's template engine, templates in api/templates, autoescaping on.
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
USE_TZ = True

DOWNSTREAM_URL = os.environ["DOWNSTREAM_URL"]
DATASET = os.environ["DATASET"]
