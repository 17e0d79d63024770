# French: Django's formats, written down so that they stay what the pages were checked with.
DATE_FORMAT = "j F Y"  # 21 janvier 2027
SHORT_DATE_FORMAT = "d/m/Y"  # 21/01/2027
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # 34 000 €
NUMBER_GROUPING = 3
