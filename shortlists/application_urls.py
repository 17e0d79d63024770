from django.urls import path

from shortlists.views import applications

app_name = "applications"

urlpatterns = [
    path("<int:application_id>/", applications.application_detail, name="detail"),
    path("<int:application_id>/identite/", applications.reveal, name="reveal"),
]
