"""Django's stock <select> and <input> markup, built in plain Python for `{% field %}`.

Django renders a select as one template plus one included template per option: the directory's
filter form (some 120 options) spent over 10 ms on it. `render_widget(bound, attrs)` returns
what `bound.as_widget(attrs=attrs)` returns, byte for byte, for the stock templates of the
default form renderer (django/forms/widgets/select.html, select_option.html, input.html, the
inputs that only include it, and attrs.html); anything else (another renderer, a widget with its own template) goes to Django.
tests/test_widget_markup.py holds the two side by side.
"""

from html import escape

from django import forms
from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.safestring import SafeString, mark_safe

SELECT = forms.Select.template_name
OPTION = forms.Select.option_template_name
# The input widgets whose template is only `{% include "django/forms/widgets/input.html" %}`.
INPUTS = {
    widget.template_name
    for widget in (
        forms.TextInput,
        forms.SearchInput,
        forms.EmailInput,
        forms.URLInput,
        forms.NumberInput,
        forms.TelInput,
        forms.PasswordInput,
        forms.HiddenInput,
    )
}

# A template context as a page has it (autoescape, localisation), for values that are not text.
_CONTEXT = Context()


def _text(value) -> str:
    """`{{ value }}` in a template: escaped, numbers and dates localised."""
    if type(value) is str:
        return escape(value)
    return render_value_in_context(value, _CONTEXT)


def _formatted(value) -> str:
    """`{{ value|stringformat:'s' }}`: "%s" % value, escaped unless it is safe HTML."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape("%s" % (str(value) if isinstance(value, tuple) else value))


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html."""
    return "".join(
        f" {_text(name)}" if value is True else f' {_text(name)}="{_formatted(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _option(option: dict) -> str:
    return (
        f'<option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
        f"{_text(option['label'])}</option>\n"
    )


def _select(widget: dict) -> str:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in group_choices:
            if option["template_name"] != OPTION:
                return ""  # an option with its own template: let Django render it all
            parts.append(f"\n  {_option(option)}")
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _input(widget: dict) -> str:
    value = widget["value"]
    value = "" if value is None else f' value="{_formatted(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value}'
        f"{_attrs(widget['attrs'])}>"
    )


class _PythonRenderer:
    """A form renderer for one widget: the stock templates in Python, the rest by `fallback`."""

    def __init__(self, fallback):
        self.fallback = fallback

    def render(self, template_name, context, request=None):
        html = ""
        if template_name == SELECT:
            html = _select(context["widget"])
        elif template_name in INPUTS:
            html = _input(context["widget"])
        # Django's renderer strips the template's output; these never start or end in blanks.
        return html or self.fallback.render(template_name, context, request=request)


def render_widget(bound: forms.BoundField, attrs: dict) -> SafeString:
    """bound.as_widget(attrs=attrs), the same steps, with the stock templates done in Python."""
    renderer = bound.form.renderer
    if type(renderer) is not DjangoTemplates:
        return bound.as_widget(attrs=attrs)
    widget = bound.field.widget
    if bound.field.localize:
        widget.is_localized = True
    attrs = bound.build_widget_attrs(attrs, widget)
    if bound.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound.auto_id)
    html = widget.render(
        name=bound.html_name,
        value=bound.value(),
        attrs=attrs,
        renderer=_PythonRenderer(renderer),
    )
    return mark_safe(html)
