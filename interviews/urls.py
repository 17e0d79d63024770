from django.urls import path  # noqa: F401  (routes arrive with the structured interviews)

app_name = "interviews"

urlpatterns: list = []
