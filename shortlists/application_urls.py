from django.urls import path

from shortlists.views import applications, threads

app_name = "applications"

urlpatterns = [
    path("<int:application_id>/", applications.application_detail, name="detail"),
    path("<int:application_id>/identite/", applications.reveal, name="reveal"),
    path("<int:application_id>/identite/vue/", applications.revealed_identity, name="identity"),
    path("<int:application_id>/messages/", threads.employer_thread, name="thread"),
]
