"""Where a candidate or their family is from, told by a nationality or by a language.

The rules come from complete lexicons (every country's demonym in French and English, the
peoples and regions one is from, the languages of the diaspora), so that a nationality no test
names is found the same way: at the head of a profile line, as a compound, after "je suis",
before a word of origin; a heritage language in what the writer speaks. French and English,
and any language given with a level, are skills and stay."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Développeur Rust · Lille\nGéorgien, arrivé en France en 2019.", "Géorgien"),
        ("Data analyst\nPéruvienne installée à Nantes, disponible en mars.", "Péruvienne"),
        ("Backend engineer\nLatvian, based in Grenoble, remote friendly.", "Latvian"),
        ("QA engineer — Estonian (Tallinn), open to relocation.", "Estonian"),
        ("Short version: Ghanaian, 31, platform engineer.", "Ghanaian"),
        ("Jamaican in Lyon, previously in London.", "Jamaican"),
        ("Franco-algérienne, maman d'un petit garçon.", "Franco-algérienne"),
        ("Italo-marseillais, supporter du club local.", "Italo-marseillais"),
        ("Senegalese-French, happy to travel.", "Senegalese-French"),
        ("Moldovan-born, Paris-based.", "Moldovan-born"),
        ("Je suis mauritanienne et je cherche une alternance.", "mauritanienne"),
        ("I volunteer with the Eritrean community in Nice.", "Eritrean"),
    ],
)
def test_a_nationality_said_of_the_writer_goes(text, origin):
    assert origin not in redact(text, NOBODY)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Je parle lingala, français et anglais.", "lingala"),
        ("Langues : ourdou, anglais, français.", "ourdou"),
        ("I speak Amharic, French and English.", "Amharic"),
        ("Trilingual: Breton, French, English.", "Breton"),
        ("Hungarian · English · French", "Hungarian"),
        ("Je parle 3 langues (tigrigna, anglais, français).", "tigrigna"),
        ("Languages: Yoruba (native), English (C2).", "Yoruba"),
    ],
)
def test_a_heritage_language_one_speaks_goes(text, language):
    assert language not in redact(text, NOBODY)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fluent in English and French, conversational Spanish.", ["English", "Spanish"]),
        ("Langues : anglais (C1), allemand courant, italien (B2).", ["allemand", "italien"]),
        ("English (C1), Portuguese (B2)", ["English", "Portuguese"]),
        ("Native English speaker, good German.", ["English", "German"]),
        ("La coopération franco-allemande sur le projet a bien marché.", ["franco-allemande"]),
        ("The Anglo-Saxon world uses imperial units.", ["Anglo-Saxon"]),
        ("Nous avons internationalisé le site en polonais et en turc.", ["polonais", "turc"]),
        ("We added a Polish translation to the checkout.", ["Polish"]),
    ],
)
def test_languages_as_skills_or_as_work_stay(text, kept):
    out = redact(text, NOBODY)
    for word in kept:
        assert word in out


def test_a_nationality_in_code_data_stays():
    code = 'LANGUES = ["Roumain", "Bulgare"]\n# Nationalité par défaut du formulaire\n'
    assert "Roumain" in redact(code, NOBODY, kind="code")


def test_a_compound_with_french_goes():
    assert "Laotian-French" not in redact("I'm 29, Laotian-French, and a data engineer.", NOBODY)


def test_a_nationality_after_ones_age_goes():
    out = redact("Je m'appelle Awa D., 27 ans, guinéenne (Conakry). Je cherche un stage.", NOBODY)
    assert "guinéenne" not in out


def test_the_same_nationality_named_again_goes_too():
    out = redact("Ex-dev chez Oxia (2012-2018). Grec, bilingue français/grec.", NOBODY)
    assert "grec" not in out.lower()
