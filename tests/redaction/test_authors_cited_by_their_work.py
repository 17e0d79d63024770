"""An author cited by their work stays, whatever their name: a title in capitals then "by" or
"de" and the author, or the author then "a écrit un article" / "has written a book". A
colleague who "a écrit les données de test" is still a colleague and goes."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("I learnt a lot from Working Effectively with Unit Tests by Jay Fields.", "Jay Fields"),
        ("J'ai lu Team Topologies de Matthew Skelton l'an dernier.", "Matthew Skelton"),
        ("Julia Evans a écrit un billet très clair sur le sujet.", "Julia Evans"),
        ("Hillel Wayne has written a book on formal methods.", "Hillel Wayne"),
    ],
)
def test_an_author_cited_by_their_work_stays(text, author):
    assert author in redact(text, NOBODY)


def test_a_colleague_who_wrote_test_data_goes():
    out = redact("Mon collègue Bastien Morel a écrit les données de test.", NOBODY)
    assert "Morel" not in out
