"""Every static file gets a content hash in its name in production, so it can be cached for a
year; the zone map's stylesheet, linked from inside the SVG, included."""

import json

from django.core.management import call_command
from django.test import override_settings


def test_collectstatic_hashes_every_file_and_the_zone_map_links_its_hashed_stylesheet(tmp_path):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "wegwijzer.storage.HashedStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    paths = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    for name in [
        "css/site.css",
        "css/print.css",
        "css/zone-map.css",
        "img/zones.svg",
        "js/site.js",
    ]:
        assert paths[name] != name, name
    svg = (tmp_path / paths["img/zones.svg"]).read_text()
    hashed_css = paths["css/zone-map.css"].split("/")[-1]
    assert f'<?xml-stylesheet type="text/css" href="../css/{hashed_css}"?>' in svg
    assert (tmp_path / "css" / hashed_css).exists()
