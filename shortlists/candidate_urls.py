from django.urls import path

from shortlists.views import threads

app_name = "candidate_threads"

# The candidate's side of their applications' threads: their own applications only.
urlpatterns = [
    path("<int:application_id>/messages/", threads.candidate_thread, name="thread"),
]
