"""Every word fiches are found by, once: the typo-tolerant search looks a mistyped word up
here (a short column with a trigram index) and then searches for the words it resembles
through the plain, index-served path. Comparing the typo with every fiche's whole text
instead costs a similarity computation per fiche: seconds at 50,000 fiches."""

import re

from django.db import models

MIN_LENGTH = 4
MAX_LENGTH = 60
_WORD = re.compile(rf"[a-z0-9][a-z0-9-]{{{MIN_LENGTH - 1},{MAX_LENGTH - 1}}}")


class SearchWord(models.Model):
    # Folded (lower case, no accents) like Fiche.search_text. Never edited by people; a word
    # no fiche uses any more only costs a look-up that finds nothing.
    word = models.CharField(max_length=MAX_LENGTH, unique=True)

    class Meta:
        verbose_name = "zoekwoord"
        verbose_name_plural = "zoekwoorden"

    def __str__(self) -> str:
        return self.word


def could_be_in_a_word(term: str) -> bool:
    """Whether `term` (folded, no spaces) is made of word characters only, so that a text
    holding it holds it inside one of its remembered words: then a term found in no known
    word is found in no fiche either (see actors.search.best_matches). Shorter terms are
    not words here ("tnw" is remembered only inside longer ones), so they cannot be judged."""
    return bool(_WORD.fullmatch(term))


def words_of(text: str) -> set[str]:
    return set(_WORD.findall(text))


def remember_words(*texts: str) -> None:
    words = set().union(*(words_of(text) for text in texts))
    if words:
        SearchWord.objects.bulk_create(
            [SearchWord(word=word) for word in sorted(words)],
            ignore_conflicts=True,
            batch_size=1000,
        )
