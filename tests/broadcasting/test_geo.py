from broadcasting import geo


def test_distance_between_evry_and_paris_is_about_thirty_km():
    evry, paris = geo.coordinates("91000"), geo.coordinates("75001")
    assert 25 < geo.distance_km(evry, paris) < 35


def test_every_metropolitan_and_overseas_department_has_postcodes():
    departments = {postcode[:2] for postcode in geo._table() if not postcode.startswith("97")}
    assert len(departments) == 95  # 01-95 with Corsica's 20
    assert {p[:3] for p in geo._table() if p.startswith("97")} >= {"971", "972", "973", "974"}


def test_a_radius_contains_the_centre_and_grows_with_the_distance():
    near = geo.postcodes_within("91000", 5)
    far = geo.postcodes_within("91000", 50)
    assert "91000" in near
    assert near < far
    assert "75001" in far and "75001" not in near


def test_an_unknown_postcode_is_only_its_own_neighbour():
    assert geo.coordinates("97133") is None
    assert geo.postcodes_within("97133", 100) == {"97133"}
