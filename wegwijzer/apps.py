from django.apps import AppConfig


class WegwijzerConfig(AppConfig):
    """The project itself as an app: only to hook the page cache to content changes."""

    name = "wegwijzer"
    verbose_name = "Wegwijzer"

    def ready(self):
        from wegwijzer.pagecache import connect_signals

        connect_signals()
