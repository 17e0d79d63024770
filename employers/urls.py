from django.urls import path

from employers import views

app_name = "employers"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("offres/<int:offer_id>/", views.offer_detail, name="offer_detail"),
    path("journal/", views.audit_log, name="audit_log"),
]
