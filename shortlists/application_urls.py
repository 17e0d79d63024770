from django.urls import path

from shortlists import application_views

app_name = "applications"

urlpatterns = [
    path("<int:application_id>/", application_views.application_detail, name="detail"),
    path("<int:application_id>/identite/", application_views.reveal, name="reveal"),
]
