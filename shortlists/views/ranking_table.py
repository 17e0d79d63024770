"""The rows of the ranking table, as HTML built here rather than in the template: a campaign has
thousands of rows, and the template language spent over a millisecond on each (a dozen
translations, four number filters and a reverse() per row). The markup is the one the template
had (tests/shortlists/test_ranking_table.py renders both and compares them); every text is
translated once per page and every value escaped by format_html."""

from decimal import ROUND_HALF_UP, Decimal

from django.urls import reverse
from django.utils import formats
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from candidates.enums import ApplicationStage
from shortlists import policies
from shortlists.enums import Component, CutoffStatus
from shortlists.ranking import COMPONENTS, ONE_DECIMAL, Row

# An application id no row has: reverse() once, then each row's id in its place.
_KEY = 4_294_967_291


def _blocktranslate(message: str, **values) -> SafeString:
    """As {% blocktranslate %}: our translated text as it is, the values escaped."""
    return mark_safe(message % {name: conditional_escape(v) for name, v in values.items()})


class _Texts:
    """What every row says, translated once (as {% translate %}: our text, not escaped)."""

    def __init__(self):
        self.tie = mark_safe(_("ex æquo"))
        self.unranked = mark_safe(_("non classée"))
        self.dash = mark_safe(
            '—<span class="visually-hidden"> {}</span>'.format(_("pas de résultat"))
        )
        self.no_result = mark_safe(_("Aucun résultat pondéré pour l'instant."))
        self.ahead = mark_safe(_("Devant sur :"))
        self.behind = mark_safe(_("Derrière sur :"))
        self.missing_here = mark_safe(_("Sans résultat ici :"))
        self.decide = mark_safe(_("Décider"))
        self.labels = {c.value: str(c.label) for c in Component} | {"total": _("Total pondéré")}
        self.statuses = {s.value: str(s.label) for s in CutoffStatus}
        self.stages = {s.value: str(s.label) for s in ApplicationStage}
        self.separator = formats.get_format("DECIMAL_SEPARATOR")
        self.decide_url = reverse("shortlists:decide", args=[_KEY])

    @staticmethod
    def rounded(value: Decimal) -> Decimal:
        """`value` to one decimal, as `floatformat:1` rounds it."""
        return value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)

    def number(self, value: Decimal) -> str:
        """As `floatformat:1` shows it (one decimal, the language's separator, no grouping)."""
        return str(self.rounded(value)).replace(".", self.separator)

    def cell(self, value: Decimal | None) -> str:
        return self.dash if value is None else self.number(value)


def _status(row: Row, t: _Texts) -> str:
    text = conditional_escape(t.statuses[row.status])
    below = ", ".join(t.labels[name] for name in row.below)
    if below:
        text += format_html(" : {}", below)
    if row.pending:
        names = ", ".join(t.labels[name] for name in row.pending)
        text += mark_safe(" ; " if below else " : ")
        text += _blocktranslate(_("attend %(names)s"), names=names)
    return text


def _why(row: Row, t: _Texts) -> str:
    comparison = row.comparison
    if comparison is None:
        return t.no_result if row.total is None else "—"
    if comparison.more_complete:
        return _blocktranslate(
            _("Des résultats pour plus de composantes que %(other)s (sans résultat : %(names)s)."),
            other=comparison.other,
            names=", ".join(t.labels[name] for name in comparison.missing_there),
        )
    if comparison.tied:
        html = _blocktranslate(_("À égalité avec %(other)s."), other=comparison.other)
    else:
        gap = t.rounded(comparison.gap)
        html = _blocktranslate(
            # French counts the integer part: « 0,2 point », « 1,1 point », « 2,0 points ».
            ngettext(
                "%(gap)s point de plus que %(other)s.",
                "%(gap)s points de plus que %(other)s.",
                int(gap),
            ),
            gap=t.number(gap),
            other=comparison.other,
        )
    if comparison.ahead:
        parts = ", ".join(
            f"{t.labels[d.component]} (+{t.number(d.points)})" for d in comparison.ahead
        )
        html += format_html("<br>{} {}", t.ahead, parts)
    if comparison.behind:
        parts = ", ".join(
            f"{t.labels[d.component]} (−{t.number(-d.points)})" for d in comparison.behind
        )
        html += format_html("<br>{} {}", t.behind, parts)
    if comparison.missing_here:
        parts = ", ".join(t.labels[name] for name in comparison.missing_here)
        html += format_html("<br>{} {}", t.missing_here, parts)
    if comparison.missing_there:
        parts = ", ".join(t.labels[name] for name in comparison.missing_there)
        html += format_html(
            "<br>{} {}",
            _blocktranslate(_("Sans résultat pour %(other)s :"), other=comparison.other),
            parts,
        )
    return html


def _stage(row: Row, stage: str, t: _Texts) -> str:
    html = conditional_escape(t.stages[stage])
    if stage in policies.WAITING_STAGES:
        html += format_html(
            '<br><a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            t.decide_url.replace(str(_KEY), str(row.key)),
            t.decide,
            _blocktranslate(_("pour %(pseudonym)s"), pseudonym=row.label),
        )
    return html


def row_html(row: Row, stage: str, t: _Texts, *, found: bool = False) -> SafeString:
    if row.rank is None:
        rank = t.unranked
    elif row.tied:
        rank = format_html('{} <span class="tie-mark">{}</span>', row.rank, t.tie)
    else:
        rank = str(row.rank)
    scores = "".join(f'<td class="num">{t.cell(row.scores.get(c))}</td>' for c in COMPONENTS)
    classes = " ".join(name for name, on in (("tied", row.tied), ("found", found)) if on)
    return format_html(
        '<tr{} data-pseudonym="{}"><td class="rank">{}</td><th scope="row">{}</th>{}'
        '<td class="num total">{}</td><td class="status status-{}">{}</td>'
        '<td class="why">{}</td><td>{}</td></tr>',
        format_html(
            ' class="{}"{}',
            classes,
            mark_safe(' id="trouvee" aria-current="true"') if found else "",
        )
        if classes
        else "",
        row.label,
        rank,
        row.label,
        mark_safe(scores),  # numbers and the escaped dash only
        mark_safe(t.cell(row.total)),
        row.status,
        mark_safe(_status(row, t)),
        mark_safe(_why(row, t)),
        mark_safe(_stage(row, stage, t)),
    )


def rows_html(rows: list[Row], stages: dict[int, str], *, found: int | None = None) -> SafeString:
    """The table's body rows, in order; `found`: the application searched for, marked."""
    t = _Texts()
    return mark_safe(
        "\n".join(row_html(row, stages[row.key], t, found=row.key == found) for row in rows)
    )
