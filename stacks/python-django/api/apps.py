import pandas as pd
from django.apps import AppConfig
from django.conf import settings


class ApiConfig(AppConfig):
    name = "api"
    orders: pd.DataFrame

    def ready(self) -> None:
        # Loaded once per worker process at start-up; requests only read it.
        from api import ml

        ml.load()  # the ml endpoints' model, once per worker (api/ml.py)
        ApiConfig.orders = pd.read_csv(
            settings.DATASET,
            dtype={"region": str, "product": str, "qty": "int64", "price": "float64"},
        )
