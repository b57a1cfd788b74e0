from django.apps import AppConfig
from django.conf import settings

from api.data import Orders


class ApiConfig(AppConfig):
    name = "api"
    orders: Orders

    def ready(self) -> None:
        from api import ml

        ml.load()  # the ml endpoints' model, once per worker (api/ml.py)
        # Loaded once per worker process at start-up, both tiers' layouts (data.py); requests only read it.
        ApiConfig.orders = Orders(settings.DATASET)
