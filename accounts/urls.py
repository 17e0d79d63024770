from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("e-mails/", views.email_preferences, name="email_preferences"),
    path(
        "desinscription/<str:unsubscribe_token>/",
        views.unsubscribe,
        name="unsubscribe",
    ),
]
