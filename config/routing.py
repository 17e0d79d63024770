"""Websocket routes of every app, in one place."""

from assessments.routing import websocket_urlpatterns as assessments_websockets
from interviews.routing import websocket_urlpatterns as interviews_websockets

websocket_urlpatterns = [*assessments_websockets, *interviews_websockets]
