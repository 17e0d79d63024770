from django.urls import path

from advisers import views

app_name = "advisers"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
