"""Where a person lives, reduced to what Vivier keeps: the commune's INSEE code, the QPV
code (or none) and whether the commune is rural. Never the address nor the point."""

from dataclasses import dataclass

from territories import communes, qpv


@dataclass(frozen=True)
class Territory:
    insee_code: str | None
    qpv_code: str | None  # None: in no QPV (or, with `qpv_known` False, unknown)
    rural: bool | None
    qpv_known: bool = True

    def as_json(self, identifier) -> dict:
        return {
            "id": identifier,
            "qpv": self.qpv_code,
            "rural": self.rural,
            "insee_code": self.insee_code,
        }


def from_point(latitude: float, longitude: float, insee_code: str | None = None) -> Territory:
    """A point's QPV. Its commune, when not given, is the QPV's (when the point is in one whose
    perimeter lies in a single commune); rurality follows the commune, unknown without one."""
    found = qpv.locate(latitude, longitude)
    if insee_code is None and found is not None and len(found.communes) == 1:
        insee_code = found.communes[0]
    return Territory(
        insee_code=insee_code,
        qpv_code=found.code if found else None,
        rural=communes.rural(insee_code) if insee_code else None,
    )


def from_commune(insee_code: str, qpv_code: str | None = None) -> Territory:
    """A commune picked by the person, with the QPV they said they live in (one of the
    commune's, checked) or none. Without perimeters, a commune with no QPV cannot be told."""
    found = communes.commune(insee_code)
    if found is None:
        raise ValueError(insee_code)
    if qpv_code is not None and qpv_code not in {n.code for n in qpv.of_commune(insee_code)}:
        raise ValueError(qpv_code)
    return Territory(
        insee_code=found.insee_code,
        qpv_code=qpv_code,
        rural=communes.rural(found.insee_code),
    )
