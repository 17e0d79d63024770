"""English wording by class (issue 21): for each ground, the ways a sentence can say it, and
neutral neighbours that must stay clean. The sentences are written for these tests, not taken
from any evaluation set; each positive names the words a finding must cover."""

import pytest

from employers.wording import check

POSITIVE = [
    # age: limits, years of birth, generations and life stages, older people turned away
    ("age", "Ideally someone under 30 who loves mobile games.", "under 30"),
    ("age", "Candidates born before 1995 need not apply.", "born before 1995"),
    ("age", "We want someone born in the late 90s.", "born in the late 90s"),
    ("age", "Perfect for a millennial who lives online.", "millennial"),
    ("age", "Are you a thirty-something product lead?", "thirty-something"),
    ("age", "We need new blood on the sales floor.", "new blood"),
    ("age", "Open to people who graduated within the past 3 years.", "graduated within the past"),
    ("age", "Retirees will not be considered for this contract.", "Retirees"),
    ("age", "We don't hire pensioners.", "pensioners"),
    ("age", "You must have fewer than 6 years of experience.", "fewer than 6 years"),
    # sex: a sex as the ideal, as a quality, hiring for the ratio, another one of a sex
    ("sex_gender", "The ideal hire is a woman with a calm voice.", "ideal hire is a woman"),
    ("sex_gender", "Preferably a man, as the role involves heavy lifting.", "Preferably a man"),
    ("sex_gender", "The front desk needs a feminine presence.", "feminine presence"),
    (
        "sex_gender",
        "We are hiring a designer to improve our gender balance.",
        "to improve our gender balance",
    ),
    ("sex_gender", "Our four engineers want one more guy on the team.", "one more guy"),
    # gendered titles and pronouns about the hire
    ("gendered_title", "We need a lead who knows how to manage himself.", "himself"),
    ("gendered_title", "Looking for someone who will defend his decisions.", "his"),
    # family: leave plans, single parents, parents refused, children asked about
    (
        "family_pregnancy",
        "Please don't apply if you plan to take parental leave next year.",
        "parental leave",
    ),
    ("family_pregnancy", "Not a role for single dads.", "single dads"),
    ("family_pregnancy", "New mothers need not apply.", "New mothers"),
    (
        "family_pregnancy",
        "Let us know whether you have kids in your cover letter.",
        "whether you have kids",
    ),
    # origin: nationals, what one "will be", birthplace, ancestry, zones refused
    ("origin_nationality", "Applicants should be Dutch or Belgian nationals.", "nationals"),
    ("origin_nationality", "The new hire must be white to fit the brand.", "must be white"),
    ("origin_nationality", "You were born and raised in Ireland.", "born and raised in"),
    (
        "origin_nationality",
        "Tell us your parents' country of birth in the form.",
        "parents' country of birth",
    ),
    ("origin_nationality", "Foreign nationals will be rejected.", "Foreign nationals"),
    # native language: accents required or refused, non-natives refused
    ("native_language", "Your accent should be British.", "accent should be"),
    (
        "native_language",
        "Callers with a strong accent will not be hired.",
        "accent",
    ),
    ("native_language", "No non-native applicants.", "non-native"),
    ("native_language", "Second-language speakers will not be shortlisted.", "speakers"),
    # appearance: photos with any adjective, body measures, appearance judged, grooming
    ("appearance", "Attach a smiling headshot to your resume.", "headshot"),
    ("appearance", "Please state your height and weight.", "height and weight"),
    ("appearance", "A neat, corporate look is expected at all times.", "corporate look"),
    ("appearance", "No braids or long hair for this client-facing role.", "braids"),
    ("appearance", "Tall and athletic hosts preferred for the stand.", "athletic hosts"),
    # health: fitness in a desk job, sick leave held against, illnesses refused
    ("health_disability", "Must be in great shape, even though the job is remote.", "great shape"),
    (
        "health_disability",
        "Tell us how many sick days you took in the last two years.",
        "sick days",
    ),
    (
        "health_disability",
        "People with epilepsy will not be considered.",
        "epilepsy",
    ),
    ("health_disability", "We do not hire candidates with chronic pain.", "chronic pain"),
    (
        "health_disability",
        "A medical questionnaire must be returned with your application.",
        "medical questionnaire",
    ),
    # religion: faith as a requirement, practice refused
    ("religion", "You must be a practising Catholic.", "practising Catholic"),
    ("religion", "Staff who observe the sabbath will not be scheduled.", "observe the sabbath"),
    ("religion", "Prayer breaks are not allowed on the shop floor.", "Prayer breaks"),
    # opinions and unions
    ("union_political", "Trade unionists should look elsewhere.", "unionists"),
    ("union_political", "Leave your political views at the door.", "political views"),
    # residence: where applicants live, distance from home, places refused
    (
        "residence",
        "Only applicants living within the ring road will be invited.",
        "applicants living within",
    ),
    ("residence", "You must live within 20 minutes of the warehouse.", "live within 20 minutes"),
    ("residence", "Applicants from council estates will not be considered.", "council estates"),
    # school prestige
    ("school_prestige", "Top 10 engineering or business school only.", "Top 10"),
    ("school_prestige", "State universities need not apply.", "State universities"),
    # rigid diploma
    ("diploma_rigid", "Self-taught coders will not be considered.", "Self-taught"),
    ("diploma_rigid", "No bootcamp graduates, sorry.", "bootcamp graduates"),
    # career gaps
    ("career_gap", "People on a career break need not apply.", "career break"),
    ("career_gap", "We won't interview anyone who is unemployed.", "unemployed"),
    (
        "career_gap",
        "No breaks of more than two months in your work history.",
        "breaks of more than",
    ),
    # driving licence or car without a job reason
    (
        "driving_licence",
        "Desk job in our city-centre office. Applicants must own a vehicle.",
        "own a vehicle",
    ),
    # personal data asked at application
    (
        "personal_data",
        "Upload your passport details and bank account number when applying.",
        "passport details",
    ),
    ("personal_data", "Include your previous and current salary.", "previous and current salary"),
    (
        "personal_data",
        "Please share the passwords to your company email so we can check your work.",
        "passwords",
    ),
    # culture: drinking as a condition or team identity, sameness
    ("culture_fit", "If you don't drink, you won't enjoy our offsites.", "don't drink"),
    ("culture_fit", "Tequila Thursdays are a team tradition.", "Tequila Thursdays"),
    ("culture_fit", "We are a crew of guys who love poker and whisky.", "love poker"),
    ("culture_fit", "We want people just like us.", "like us"),
    # excessive availability
    (
        "excessive_availability",
        "Weekend releases happen every month with no time off in lieu.",
        "Weekend releases",
    ),
    (
        "excessive_availability",
        "Be reachable during your holidays, unpaid.",
        "reachable during your holidays",
    ),
    ("excessive_availability", "You'll be always online for our customers.", "always online"),
    ("excessive_availability", "Expect 55+ hour weeks before launches.", "55+ hour weeks"),
    # ordinary phrasings checked after the first version of these rules
    ("age", "Applicants must be 25-35.", "be 25-35"),
    ("sex_gender", "This job suits men better.", "suits men better"),
    # gender-coded wording
    ("gender_coded", "A cut-throat closer who will destroy the competition.", "cut-throat"),
    ("gender_coded", "We need an alpha leader for the sales floor.", "alpha leader"),
]

NEGATIVE = [
    # age: company histories, audiences, minimum experience, legal apprenticeship ages
    ("age", "Born in 2014 as a side project, our company now has 80 people."),
    ("age", "Our app helps millennials save for retirement."),
    ("age", "At least 3 years of experience with Go."),
    ("age", "Apprenticeships are open to people aged 16 to 29 under French law."),
    ("age", "We have over 50 engineers across three offices."),
    # sex: encouraging applications, non-binary inclusive wording
    ("sex_gender", "We encourage women to apply to improve our gender balance."),
    # family: benefits
    ("family_pregnancy", "Enhanced parental leave: 16 weeks fully paid."),
    ("family_pregnancy", "Don't include your marital status on your CV."),
    # origin: work authorisation, visa sponsorship
    ("origin_nationality", "You must be authorised to work in the UK; we sponsor visas."),
    ("origin_nationality", "Non-EU candidates are welcome; we support visa applications."),
    # native language: levels, all accents welcome
    ("native_language", "All accents are welcome; clear spoken English is what matters."),
    ("native_language", "C1 English required for client calls."),
    # appearance: product photos, design wording, negation
    ("appearance", "Upload photos of your products to our marketplace."),
    ("appearance", "Give the dashboard a polished look and feel."),
    ("appearance", "Please don't include a photo with your application."),
    # health: job-related fitness, benefits
    ("health_disability", "Physically fit required: you will lift 20 kg boxes in the warehouse."),
    ("health_disability", "Generous paid sick leave from day one."),
    # religion: accommodations
    ("religion", "Flexible hours around religious holidays; just tell your manager."),
    # union: organisation descriptions
    ("union_political", "We are an apolitical charity working on food banks."),
    # residence: work location, remote anywhere
    ("residence", "The role is based in Leeds; candidates living anywhere in the UK welcome."),
    # school and diploma: equivalence
    ("diploma_rigid", "A degree or equivalent experience; bootcamp graduates welcome."),
    # career: returners welcome
    ("career_gap", "Career breaks welcome: we run a returners programme."),
    ("career_gap", "Open to candidates who are currently employed or between jobs."),
    # driving: a job reason
    ("driving_licence", "You must own a car as you will visit customer sites daily."),
    # personal data at hiring only
    ("personal_data", "We'll ask for your bank details only once you've signed your contract."),
    ("personal_data", "You will manage service credentials in our vault."),
    # culture: alcohol-free or drinks trade
    ("culture_fit", "Our brewery is hiring a brewer: craft beer Fridays are our product launches."),
    # availability: paid on-call, limits
    ("excessive_availability", "On-call one week in six, paid and compensated with time off."),
    ("excessive_availability", "We never work weekends or evenings."),
    # ratios and sizes that are not about the hire
    ("age", "Teams must be 5-8 people to stay nimble."),
    ("sex_gender", "Our sizing guide fits women and men alike."),
    # gender-coded: technical terms
    ("gender_coded", "We study predator-prey dynamics in wildlife populations."),
]


@pytest.mark.parametrize(("category", "text", "words"), POSITIVE)
def test_english_class_is_found(category, text, words):
    start = text.index(words)
    found = [
        f
        for f in check(text, lang="en")
        if f.category == category and f.start < start + len(words) and start < f.end
    ]
    assert found, [(f.category, f.quote) for f in check(text, lang="en")]


@pytest.mark.parametrize(("category", "text"), NEGATIVE)
def test_english_neutral_neighbour_is_clean(category, text):
    assert [f.quote for f in check(text, lang="en") if f.category == category] == []
