"""Where a person lives, reduced to what Vivier keeps: the commune's INSEE code, the QPV code
(or none) and whether the commune is rural. Never the address nor the point."""

from dataclasses import dataclass

from territories import communes, contours, qpv


@dataclass(frozen=True)
class Territory:
    insee_code: str | None
    qpv_code: str | None  # None: in no QPV, unless `qpv_unknown` says why it is not known
    rural: bool | None
    # Why the QPV is not known, or "" when it is: qpv.Status.NEAR_BORDER (the point lies
    # within qpv.BORDER_BAND_METRES of a perimeter's line) or qpv.Status.NOT_COVERED (the
    # perimeters do not cover the place).
    qpv_unknown: str = ""
    qpv_near: tuple[str, ...] = ()  # near a border: the codes of the QPVs whose line is near

    @property
    def qpv_known(self) -> bool:
        return not self.qpv_unknown

    def as_json(self, identifier) -> dict:
        answer = {
            "id": identifier,
            "qpv": self.qpv_code,
            "rural": self.rural,
            "insee_code": self.insee_code,
        }
        if self.qpv_unknown:
            answer["qpv_unknown"] = str(self.qpv_unknown)
        if self.qpv_near:
            answer["qpv_near"] = list(self.qpv_near)
        return answer


def from_point(latitude: float, longitude: float, insee_code: str | None = None) -> Territory:
    """A point's QPV, or why it is not known. Its commune, when not given, is the QPV's (when
    the point is in one whose perimeter lies in a single commune), else the one whose outline
    holds it (`territories.contours`). Rurality follows the commune; near a commune's line,
    where the outlines cannot tell which side the point is on, no commune is answered, and the
    rurality only when every commune near says the same. PerimetersUnavailable without the
    perimeter file."""
    placed = qpv.place(latitude, longitude, insee_code)
    found = placed.neighbourhood
    if insee_code is None and found is not None and len(found.communes) == 1:
        insee_code = found.communes[0]
    if insee_code:
        rural = communes.rural(insee_code)
    else:
        located = contours.locate(latitude, longitude)
        insee_code = located.insee_code
        rural = _agreed_rurality(located)
    return Territory(
        insee_code=insee_code,
        qpv_code=found.code if found else None,
        rural=rural,
        qpv_unknown="" if placed.decided else placed.status,
        qpv_near=tuple(n.code for n in placed.near),
    )


def _agreed_rurality(located: contours.Located) -> bool | None:
    if located.insee_code:
        return communes.rural(located.insee_code)
    answers = {communes.rural(code) for code in located.near}
    return answers.pop() if len(answers) == 1 else None


def from_commune(insee_code: str, qpv_code: str | None = None) -> Territory:
    """A commune picked by the person, with the QPV they said they live in (one of the
    commune's, checked) or none. Where the perimeters do not cover the commune, its QPVs are not
    known (`qpv_unknown`)."""
    found = communes.commune(insee_code)
    if found is None:
        raise ValueError(insee_code)
    listed = qpv.of_commune(insee_code)
    if qpv_code is not None and qpv_code not in {n.code for n in listed or ()}:
        raise ValueError(qpv_code)
    covered = listed is not None or not qpv.available()
    return Territory(
        insee_code=found.insee_code,
        qpv_code=qpv_code,
        rural=communes.rural(found.insee_code),
        qpv_unknown="" if covered else qpv.Status.NOT_COVERED,
    )
