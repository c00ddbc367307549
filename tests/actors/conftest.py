"""The real geography (the fixture production loads), shared by the modules that test place
lookup against it: `pytestmark = pytest.mark.usefixtures("real_geography")`."""

import pytest
from django.core.management import call_command

from actors.models import Municipality, MunicipalityAlias, PostalCode, Zone


def clear_geography() -> None:
    PostalCode.objects.all().delete()
    MunicipalityAlias.objects.all().delete()
    Municipality.objects.all().delete()
    Zone.objects.filter(parent__isnull=False).delete()
    Zone.objects.all().delete()


@pytest.fixture(scope="module")
def real_geography(django_db_setup, django_db_blocker):
    """Loaded once for the module (about 1,800 rows); each test still runs in a transaction."""
    with django_db_blocker.unblock():
        call_command("loaddata", "geography", verbosity=0)
    yield
    with django_db_blocker.unblock():
        clear_geography()
