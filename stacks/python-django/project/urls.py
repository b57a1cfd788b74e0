from django.urls import path

from api import db_views, ml, views

urlpatterns = [
    path("health", views.health),
    path("plaintext", views.plaintext),
    path("json", views.json_message),
    path("io", views.io),
    path("cpu", views.cpu),
    path("data/report", views.data_report),
    path("ml/predict", ml.predict),  # the trained model in-process (api/ml.py)
    path("ml/info", ml.info),
    path("db", db_views.single),
    path("queries", db_views.queries),
    path("updates", db_views.updates),
    path("fortunes", db_views.fortunes),
]
