"""`{% field %}` builds Django's stock <select> and <input> markup in Python (actors/widgets.py):
it must be what Django's own templates make of the same field, byte for byte."""

from django import forms
from django.forms.renderers import DjangoTemplates
from django.test import SimpleTestCase

from actors.widgets import render_widget

CHOICES = [
    ("", "Alle <soorten>"),
    ("a&b", "Label met \"<b>\" & 'quotes'"),
    ("cm", "CM"),
    ("groep", [("1", "Een"), ("2", 2)]),
]


class WidgetForm(forms.Form):
    soort = forms.ChoiceField(choices=CHOICES, required=False, help_text="Kies er een.")
    verplicht = forms.ChoiceField(choices=CHOICES[:3])
    meer = forms.MultipleChoiceField(choices=CHOICES, required=False)
    ja_nee = forms.NullBooleanField(required=False)
    q = forms.CharField(required=False, widget=forms.SearchInput, max_length=30)
    plaats = forms.CharField(required=False, widget=forms.TextInput(attrs={"class": "x<y"}))
    mail = forms.EmailField(required=False)
    aantal = forms.IntegerField(required=False, min_value=1)
    geheim = forms.CharField(required=False, widget=forms.HiddenInput)
    tekst = forms.CharField(required=False, widget=forms.Textarea)


class OwnTemplateSelect(forms.Select):
    template_name = "django/forms/widgets/radio.html"


class OtherRenderer(DjangoTemplates):
    pass


DATA = [
    {},
    {"soort": "a&b", "meer": ["cm", "2"], "ja_nee": "true", "q": '<script>"&', "aantal": "0"},
    {"soort": "onbekend", "verplicht": "", "plaats": "9000 Gent", "mail": "geen", "aantal": "x"},
    {"soort": "2", "geheim": 'a"b', "tekst": "<p>"},
]


class WidgetMarkupTests(SimpleTestCase):
    def assert_same_as_django(self, form, attrs=None) -> None:
        for bound in form:
            for extra in (attrs or {}, {"aria-describedby": "x-uitleg x-fout"}):
                with self.subTest(field=bound.name, data=form.data, attrs=extra):
                    self.assertEqual(
                        render_widget(bound, dict(extra)), bound.as_widget(attrs=dict(extra))
                    )

    def test_every_field_renders_as_django_renders_it(self):
        for data in DATA:
            form = WidgetForm(data or None)
            form.is_valid()
            self.assert_same_as_django(form)

    def test_labels_are_escaped_and_the_chosen_option_is_selected(self):
        form = WidgetForm({"soort": "a&b"})
        html = render_widget(form["soort"], {})
        assert '<option value="">Alle &lt;soorten&gt;</option>' in html
        assert (
            '<option value="a&amp;b" selected>Label met &quot;&lt;b&gt;&quot; &amp; '
            "&#x27;quotes&#x27;</option>" in html
        )
        assert '<option value="cm">CM</option>' in html
        assert html.count(" selected") == 1
        assert '<optgroup label="groep">' in html
        assert "<b>" not in html

    def test_a_widget_with_its_own_template_or_renderer_is_left_to_django(self):
        form = WidgetForm({"soort": "cm"})
        form.fields["soort"].widget = OwnTemplateSelect(choices=CHOICES[:3])
        self.assert_same_as_django(form)
        assert render_widget(form["soort"], {}).startswith('<div id="id_soort">')
        form = WidgetForm({"soort": "cm"}, renderer=OtherRenderer())
        self.assert_same_as_django(form)
