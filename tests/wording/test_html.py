from employers.wording import check_html, html_to_text


def test_html_is_rendered_to_visible_text():
    html = "<h1>Offre</h1><p>Caf&eacute; &amp; <b>th&eacute;</b></p><script>x()</script>"
    assert html_to_text(html) == "Offre\nCafé & thé"


def test_findings_index_the_rendered_text():
    html = (
        "<p>D&eacute;veloppeur&middot;se (H/F)</p>"
        "<ul><li><b>Jeune</b> dipl&ocirc;m&eacute;</li></ul>"
    )
    text, findings = check_html(html)
    [finding] = findings
    assert text[finding.start : finding.end] == finding.quote == "Jeune diplômé"


def test_tags_inside_a_phrase_do_not_hide_it():
    text, findings = check_html("<p>Native <em>English</em> speaker required.</p>", lang="en")
    assert [f.quote for f in findings] == ["Native English speaker required"]
