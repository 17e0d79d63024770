from django.urls import path

from interviews.consumers import InterviewSessionConsumer

websocket_urlpatterns = [
    path(
        "ws/entretiens/<int:interview_id>/",
        InterviewSessionConsumer.as_asgi(),
        name="ws_interview_session",
    ),
]
