"""An e-mail address goes whatever its top-level domain: a country's (.pt, .ma, .sn, .re), a
new one (.xyz, .studio) or a made-up one (.demo), not only the common ones (walk 12: an address
on « vivier.demo » stayed whole in a message). File names and package versions that look like
addresses stay."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Zoé", "last_name": "Quenneville", "email": "zq@example.org"}


@pytest.mark.parametrize(
    "address",
    [
        "ana.souza@correio.pt",
        "y.benali@menara.ma",
        "fatou.ndiaye@orange.sn",
        "kevin.payet@wanadoo.re",
        "nour@moi.xyz",
        "candidate2@vivier.demo",
        "j.kowalski@wp.pl",
    ],
)
@pytest.mark.parametrize("kind", ["answer", "profile", "code"])
def test_an_address_goes_whatever_its_domain(address, kind):
    text = f"Pour me joindre : {address} (réponse sous 48 h)."
    assert address not in redact(text, NOBODY, kind=kind, lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        '<img src="logo@2x.png" alt="">',
        "npm install lodash@4.17.21 react@18.2.0",
        "background: url(icons/menu@3x.webp);",
    ],
)
def test_file_names_and_versions_that_look_like_addresses_stay(text):
    assert redact(text, NOBODY, kind="code", lang="en") == text
