# English: day first with the month in words, so that nobody reads 01/02 as either day; 24-hour
# times, as in French (Django's "en" writes 01/21/2027 and 6 p.m.).
DATE_FORMAT = "j F Y"  # 21 January 2027
SHORT_DATE_FORMAT = "j M Y"  # 21 Jan 2027
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1  # Monday
# What forms accept: ISO first, then day first; never month first.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %b %Y", "%d %B %Y"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","  # 34,000 €
NUMBER_GROUPING = 3
