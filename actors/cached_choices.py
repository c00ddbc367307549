"""Choice lists of small reference tables (zones, actor types, target groups, languages,
ziekenfondsen) read from the shared cache (actors.reference_cache) instead of the database.

A form field here behaves as Django's ModelChoiceField over the same queryset: the same
options in the same order with the same labels, the chosen value resolved to its object and
the same `invalid_choice` error for a value that is not in the list. Only the rows come from
the cached copy, which every save or delete of those tables replaces.
"""

import django_filters
from django.core.exceptions import ValidationError
from django_filters.fields import ModelChoiceField, ModelChoiceIterator

from actors.reference_cache import cached


class CachedChoiceIterator(ModelChoiceIterator):
    """The options of a CachedModelChoiceField, from the cached rows."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        for obj in self.field.cached_objects():
            yield self.choice(obj)

    def __len__(self):
        extra = (self.field.empty_label is not None) + (self.field.null_label is not None)
        return len(self.field.cached_objects()) + extra

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.cached_objects())


class CachedModelChoiceField(ModelChoiceField):
    iterator = CachedChoiceIterator

    def cached_objects(self) -> list:
        """The queryset's rows, from the cache while no reference table changed. Read once
        per field: every form (so every request) works on its own copy of the field."""
        if self._rows is None:
            queryset = self.queryset
            ordering = ",".join(queryset.query.order_by) or "default"
            name = f"choices:{queryset.model._meta.label_lower}:{ordering}"
            self._rows = cached(name, lambda: list(queryset))
        return self._rows

    def _set_queryset(self, queryset):
        self._rows = None
        super()._set_queryset(queryset)

    queryset = property(ModelChoiceField._get_queryset, _set_queryset)

    def to_python(self, value):
        if self.null_label is not None and value == self.null_value:
            return value
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        wanted = str(value)
        for obj in self.cached_objects():
            if str(getattr(obj, key)) == wanted:
                return obj
        raise ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": value},
        )


class CachedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter whose choice list and chosen value come from the cache."""

    field_class = CachedModelChoiceField
