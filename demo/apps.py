from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data for a development machine. It sits above every other app: it may use them all,
    and nothing imports it."""

    name = "demo"
    verbose_name = "Démonstration"
