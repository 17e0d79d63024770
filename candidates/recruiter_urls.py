from django.urls import path

from candidates import recruiter_views

app_name = "applications"

urlpatterns = [
    path("<int:application_id>/", recruiter_views.application_detail, name="detail"),
    path("<int:application_id>/identite/", recruiter_views.reveal, name="reveal"),
]
