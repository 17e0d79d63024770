"""The Base Adresse Nationale client, against a loopback server serving recorded answers."""

import pytest

from territories import geocoder


def test_an_address_becomes_a_point_and_a_commune(fake_geocoder):
    address = geocoder.geocode("12 rue des Pyramides 91000 Évry-Courcouronnes")
    assert (address.latitude, address.longitude) == (48.6245, 2.4417)
    assert address.insee_code == "91228"
    assert address.label == "12 Rue des Pyramides 91000 Évry-Courcouronnes"


def test_the_query_is_sent_as_typed_with_spaces_tidied(fake_geocoder):
    geocoder.geocode("  12 rue des Pyramides   91000 Évry-Courcouronnes ")
    assert fake_geocoder.queries == ["12 rue des Pyramides 91000 Évry-Courcouronnes"]


def test_an_address_it_does_not_know_is_none(fake_geocoder):
    assert geocoder.geocode("nulle part") is None


def test_too_short_a_text_is_not_sent(fake_geocoder):
    assert geocoder.geocode("ab") is None
    assert fake_geocoder.queries == []


@pytest.mark.parametrize("mode", ["error", "garbage", "slow"])
def test_a_failing_service_is_unavailable(fake_geocoder, mode):
    fake_geocoder.mode = mode
    with pytest.raises(geocoder.GeocoderUnavailable):
        geocoder.geocode("12 rue des Pyramides 91000 Évry-Courcouronnes")


def test_an_unreachable_service_is_unavailable(settings):
    settings.VIVIER_GEOCODER_URL = "http://127.0.0.1:9/search/"  # discard port: refused
    with pytest.raises(geocoder.GeocoderUnavailable):
        geocoder.geocode("12 rue des Pyramides 91000 Évry-Courcouronnes")
