from django.urls import path  # noqa: F401  (routes arrive with the coding assessments)

app_name = "assessments"

urlpatterns: list = []
