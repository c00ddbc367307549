"""The form-field templates of every form: `{% field form.plaats %}` and `{% error_summary form %}`.

Thin wrappers that turn a Django bound field (or form) into the plain values that
includes/field.html and includes/error_summary.html show; the question pages of the flows
feed the same two includes from pathways/templatetags/questions.py. One naming scheme for
every field: the hint is `<id>-uitleg`, the error `<id>-fout`, and the input (or the fieldset
of a group of radios or checkboxes) is described by both.
"""

from django import forms, template
from django.forms import BoundField
from django.http import QueryDict

from actors.widgets import render_widget

register = template.Library()

# Dropped from a "Bedoelde je …?" link: a page number belongs to the old results.
PAGE_PARAMETER = "pagina"


def hint_id(base_id: str) -> str:
    return f"{base_id}-uitleg"


def error_id(base_id: str) -> str:
    return f"{base_id}-fout"


def described_by(base_id: str, *, hint: bool, errors: bool) -> str:
    ids = [hint_id(base_id) if hint else "", error_id(base_id) if errors else ""]
    return " ".join(i for i in ids if i)


def field_anchor(bound: BoundField) -> str:
    """Where an error summary link lands: the input, or the first option of a group."""
    return f"{bound.auto_id}_0" if bound.use_fieldset else bound.id_for_label


def _group_kind(bound: BoundField) -> str:
    widget = bound.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    return ""


def _suggestion_links(request, bound: BoundField) -> list[tuple[str, str]]:
    names = getattr(bound.field, "suggestions", None) or []
    links = []
    for name in names:
        query = request.GET.copy() if request else QueryDict(mutable=True)
        query[bound.html_name] = name
        query.pop(PAGE_PARAMETER, None)
        links.append((name, "?" + query.urlencode()))
    return links


@register.inclusion_tag("includes/field.html", takes_context=True)
def field(context, bound: BoundField, heading: bool = False) -> dict:
    """One field of a Django form: label (or legend), hint, error, input, suggestions."""
    errors = list(bound.errors)
    describes = described_by(bound.auto_id, hint=bool(bound.help_text), errors=bool(errors))
    kind = _group_kind(bound)
    values = {
        "base_id": bound.auto_id,
        "label": bound.label,
        "label_for": bound.id_for_label,
        "heading": heading,
        "hint": bound.help_text,
        "hint_id": hint_id(bound.auto_id),
        "errors": errors,
        "error_id": error_id(bound.auto_id),
        "described_by": describes,
        "kind": kind,
        "suggestions": _suggestion_links(context.get("request"), bound),
    }
    if kind:
        values["name"] = bound.html_name
        values["options"] = [
            {
                "id": option.id_for_label,
                "value": option.data["value"],
                "label": option.choice_label,
                "checked": option.data["selected"],
            }
            for option in bound.subwidgets
        ]
    else:
        attrs = {"aria-describedby": describes} if describes else {}
        values["input"] = render_widget(bound, attrs)  # bound.as_widget(attrs=attrs), faster
    return values


@register.inclusion_tag("includes/error_summary.html", takes_context=True)
def error_summary(context, form: forms.Form | None, flood_message: str = "") -> dict:
    """The list of problems above a form, each linked to its field. With `flooded` in the
    context, flood_message comes first: a problem of no field (too many requests)."""
    errors: list[tuple[str, str]] = []
    if context.get("flooded"):
        errors.append((flood_message, ""))
    if form is None:
        return {"errors": errors}
    errors += [(str(error), "") for error in form.non_field_errors()]
    for bound in form.visible_fields():
        errors += [(str(error), field_anchor(bound)) for error in bound.errors]
    for bound in form.hidden_fields():
        errors += [(str(error), "") for error in bound.errors]
    return {"errors": errors}
