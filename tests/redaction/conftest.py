import pytest

FATOU = {
    "first_name": "Fatou",
    "last_name": "Sow",
    "email": "fatou.sow78@gmail.com",
    "phone": "06 58 96 32 14",
    "city": "Mantes-la-Jolie",
    "postcode": "78200",
    "birth_year": 1998,
    "school": "UVSQ",
    "github": "https://github.com/fatousow",
    "linkedin": "https://www.linkedin.com/in/fatou-sow",
}
KEVIN = {
    "first_name": "Kévin",
    "last_name": "Le Goff",
    "email": "kevin.legoff@orange.fr",
    "city": "Lannion",
    "postcode": "22300",
    "school": "IUT de Lannion",
    "github": "https://github.com/klegoff",
}
PIERRE = {"first_name": "Pierre", "last_name": "Lambert", "city": "Rennes", "school": "INSA Rennes"}
WILLIAM = {
    "first_name": "William",
    "last_name": "Brooks",
    "email": "will.brooks@gmail.com",
    "city": "Toulouse",
}


@pytest.fixture
def fatou():
    return dict(FATOU)


@pytest.fixture
def kevin():
    return dict(KEVIN)


@pytest.fixture
def pierre():
    return dict(PIERRE)


@pytest.fixture
def william():
    return dict(WILLIAM)
