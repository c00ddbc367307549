"""Every response says which browser features the site may use: none of the device ones."""

import pytest

PAGES = ["/", "/beheer/login/", "/route/", "/bestaat-niet/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_every_page_forbids_camera_microphone_and_location(client, url):
    response = client.get(url)
    policy = response.headers.get("Permissions-Policy", "")
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy, f"{url}: {feature} missing from {policy!r}"
