"""Websocket routes of every app, in one place."""

websocket_urlpatterns: list = []
