"""Spreadsheet cells as editors write them, to and from model values (django-import-export
widgets): "ja"/"nee", Dutch choice labels, related rows by name, contact persons in one cell.
Every problem is a ValueError with a Dutch message, which the import shows at that cell."""

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _
from import_export import widgets

from actors.models import ContactPerson
from actors.text import fold

LIST_SEPARATOR = ","
CONTACT_SEPARATOR = "|"
CONTACT_COLUMNS = ("name", "role", "phone", "email", "note")


def cell_text(value) -> str:
    """A cell as text: empty for None, whole numbers without ".0" (postcodes from Excel)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class TextWidget(widgets.CharWidget):
    """Text as typed. A value starting with "=" leaves as "'=…" so a spreadsheet shows it as
    text instead of running it as a formula, and comes back in without the quote."""

    FORMULA, QUOTED = "=", "'="

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        return text[1:] if text.startswith(self.QUOTED) else text

    def render(self, value, obj=None, **kwargs):
        text = "" if value is None else str(value)
        return "'" + text if text.startswith(self.FORMULA) else text


class YesNoWidget(widgets.Widget):
    YES = {"ja", "j", "yes", "y", "1", "true", "waar", "x"}
    NO = {"nee", "n", "no", "0", "false", "onwaar", ""}

    def clean(self, value, row=None, **kwargs):
        text = fold(cell_text(value))
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(_("Schrijf ‘ja’ of ‘nee’, niet ‘%(value)s’.") % {"value": value})

    def render(self, value, obj=None, **kwargs):
        return _("ja") if value else _("nee")


class ChoiceWidget(widgets.Widget):
    """A TextChoices field by its Dutch label ("gepubliceerd") or its stored value."""

    def __init__(self, choices, **kwargs):
        super().__init__(**kwargs)
        self.choices = choices

    def clean(self, value, row=None, **kwargs):
        text = fold(cell_text(value))
        for stored, label in self.choices.choices:
            if text in (fold(stored), fold(str(label))):
                return stored
        allowed = ", ".join(f"‘{label}’" for _, label in self.choices.choices)
        raise ValueError(
            _("‘%(value)s’ kennen we niet. Kies uit %(allowed)s.")
            % {"value": value, "allowed": allowed}
        )

    def render(self, value, obj=None, **kwargs):
        return str(dict(self.choices.choices).get(value, value or ""))


class NamedWidget(widgets.Widget):
    """A related row by its name, written as people write it (case and accents do not matter)."""

    def __init__(self, model: type[Model], names=("name",), required=True, **kwargs):
        super().__init__(**kwargs)
        self.model, self.names, self.required = model, names, required

    def lookup(self, text: str) -> Model:
        wanted = fold(text)
        found = [
            row
            for row in self.model._default_manager.all()
            if any(fold(getattr(row, name)) == wanted for name in self.names)
        ]
        if len(found) == 1:
            return found[0]
        label = self.model._meta.verbose_name
        if not found:
            raise ValueError(
                _("Geen %(label)s met de naam ‘%(value)s’. Kijk de schrijfwijze na.")
                % {"label": label, "value": text}
            )
        raise ValueError(
            _("Er zijn meerdere %(label)s met de naam ‘%(value)s’.")
            % {"label": self.model._meta.verbose_name_plural, "value": text}
        )

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            if self.required:
                raise ValueError(_("Dit vak mag niet leeg zijn."))
            return None
        return self.lookup(text)

    def render(self, value, obj=None, **kwargs):
        return getattr(value, self.names[0], "") if value is not None else ""


class NamedListWidget(NamedWidget):
    """Several related rows by name, separated by commas ("Gent, Leuven")."""

    def clean(self, value, row=None, **kwargs):
        items = [item.strip() for item in cell_text(value).split(LIST_SEPARATOR)]
        return [self.lookup(item) for item in items if item]

    def render(self, value, obj=None, **kwargs):
        rows = value.all() if hasattr(value, "all") else value or []
        return f"{LIST_SEPARATOR} ".join(sorted(getattr(row, self.names[0]) for row in rows))


class ContactsWidget(widgets.Widget):
    """Contact persons in one cell: one per line, "naam | functie | telefoon | e-mail | notitie"."""

    def clean(self, value, row=None, **kwargs):
        people = []
        for number, line in enumerate(cell_text(value).splitlines(), start=1):
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split(CONTACT_SEPARATOR)]
            if len(parts) > len(CONTACT_COLUMNS):
                raise ValueError(
                    _(
                        "Contactpersoon %(n)d heeft te veel delen: naam | functie | telefoon | e-mail | notitie."
                    )
                    % {"n": number}
                )
            values = dict(zip(CONTACT_COLUMNS, parts + [""] * len(CONTACT_COLUMNS), strict=False))
            if not values["name"]:
                raise ValueError(_("Contactpersoon %(n)d heeft geen naam.") % {"n": number})
            contact = ContactPerson(**values)
            try:
                contact.full_clean(exclude=["fiche"])
            except ValidationError as error:
                raise ValueError(
                    _("Contactpersoon %(n)d (%(name)s): %(problem)s")
                    % {"n": number, "name": values["name"], "problem": " ".join(error.messages)}
                ) from error
            people.append(values)
        return people

    def render(self, value, obj=None, **kwargs):
        lines = []
        for contact in value or []:
            parts = [getattr(contact, name) or "" for name in CONTACT_COLUMNS]
            while parts and not parts[-1]:
                parts.pop()
            lines.append(f" {CONTACT_SEPARATOR} ".join(parts))
        return "\n".join(lines)
