from django.urls import path

from assessments.consumers import SubmissionConsumer

websocket_urlpatterns = [
    path(
        "ws/evaluations/soumissions/<int:submission_id>/",
        SubmissionConsumer.as_asgi(),
        name="ws_submission",
    ),
]
