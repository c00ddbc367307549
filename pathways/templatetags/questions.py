"""A flow question in the same form-field templates as every other form.

`{% question_field page intro %}` and `{% question_error_summary page %}` hand a QuestionPage
to includes/field.html and includes/error_summary.html (see actors/templatetags/fields.py for
the ids: `<question>-uitleg`, `<question>-fout`).
"""

from django import forms, template

from actors.templatetags.fields import described_by, error_id, hint_id

register = template.Library()

# The mutuality question ends with "I don't know": an "of" sets it apart from the funds.
DIVIDER_BEFORE_LAST = {"ziekenfonds"}


@register.inclusion_tag("includes/field.html")
def question_field(page, intro: str = "") -> dict:
    """The question as the whole page: its title is the page's <h1>."""
    qid = page.question.id
    describes = described_by(qid, hint=bool(page.hint), errors=bool(page.error))
    values = {
        "base_id": qid,
        "label": page.title,
        "label_for": qid,
        "heading": True,
        "intro": intro,
        "hint": page.hint,
        "hint_id": hint_id(qid),
        "errors": [page.error] if page.error else [],
        "error_id": error_id(qid),
        "described_by": describes,
        "suggestions": page.suggestions,
        "suggestions_title": page.suggestions_title,
        "name": qid,
    }
    if page.question.is_typed:
        attrs = {"id": qid, "class": "input--medium", "maxlength": 100, "spellcheck": "false"}
        if describes:
            attrs["aria-describedby"] = describes
        if page.error:
            attrs["aria-invalid"] = "true"
        values["input"] = forms.TextInput(attrs).render(qid, page.value)
        return values
    last = len(page.choices) - 1
    values["kind"] = "radios"
    # Sent without choosing: the empty value lets the server say so instead of asking again.
    values["send_empty"] = True
    values["options"] = [
        {
            "id": choice.id,
            "value": choice.value,
            "label": choice.label,
            "hint": choice.hint,
            "hint_id": hint_id(choice.id),
            "checked": choice.checked,
            "divider": index == last and qid in DIVIDER_BEFORE_LAST,
        }
        for index, choice in enumerate(page.choices)
    ]
    return values


@register.inclusion_tag("includes/error_summary.html")
def question_error_summary(page) -> dict:
    return {"errors": [(page.error, page.field_id)] if page.error else []}
