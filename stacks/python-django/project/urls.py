from django.urls import path

from api import views

urlpatterns = [
    path("health", views.health),
    path("plaintext", views.plaintext),
    path("json", views.json_message),
    path("io", views.io),
    path("cpu", views.cpu),
    path("data/report", views.data_report),
]
