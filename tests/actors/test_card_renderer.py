"""The fiche card is built in Python (actors/cards.py, `{% fiche_card fiche %}`) for speed. It
must say exactly what the template it replaced said, escape what that template escaped, drop
no field, and show contact persons only through the door (fiche.visible_contacts)."""

import re

from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import TestCase

from actors.cards import card_setup, fiche_card
from actors.models import Fiche
from tests.factories import make_contact_person, make_fiche, make_organisation
from tests.world import CONTACT_EMAIL, CONTACT_MARKER, CONTACT_PHONE, build_world

# The former includes/fiche_card.html, with its compact list of contact persons inlined: the
# card must stay this markup, byte for byte. Change both together, on purpose.
REFERENCE = Template(
    """{% load i18n directory %}<article class="fiche-card{% if fiche.is_professional_only %} fiche-card--pro{% endif %}">
  <h3 class="fiche-card__title"><a href="{{ fiche.get_absolute_url }}">{{ fiche.name }}</a></h3>
  <p class="fiche-card__org">{{ fiche|byline }}</p>
  {% if fiche.is_professional_only %}<p class="notice notice--pro">{% translate "Alleen voor professionals" %}</p>{% endif %}
  {% if fiche.is_demo %}<p class="notice notice--warning">{% translate "Voorbeeld: geen echte gegevens" %}</p>{% endif %}
  <dl class="fiche-card__details">
    {% if fiche.phone %}<dt>{% translate "Telefoon" %}</dt><dd><a href="tel:{{ fiche.phone|tel_href }}">{{ fiche.phone }}</a></dd>{% elif fiche.email %}<dt>{% translate "E-mail" %}</dt><dd><a href="mailto:{{ fiche.email }}">{{ fiche.email }}</a></dd>{% endif %}
    {% if fiche.street or fiche.city %}<dt>{% translate "Adres" %}</dt><dd>{% if fiche.street %}{{ fiche.street }}, {% endif %}{{ fiche.postcode }} {{ fiche.city }}</dd>{% endif %}
    {% if not fiche.street %}{% with website=fiche|card_website %}{% if website %}<dt>{% translate "Website" %}</dt><dd><a href="{{ website }}" rel="noopener">{{ website|web_host }}</a></dd>{% endif %}{% endwith %}{% endif %}
    {% if fiche.opening_hours %}<dt>{% translate "Openingsuren" %}</dt><dd>{{ fiche.opening_hours|first_line }}</dd>{% endif %}
    <dt>{% translate "Voor inwoners van" %}</dt><dd>{% if fiche.serves_all_flanders %}{% translate "heel Vlaanderen en Brussel" %}{% else %}{{ fiche.zones.all|join:", " }}{% endif %}</dd>
  </dl>
  {% if fiche.visible_contacts %}<section class="contact-persons" aria-label="{% translate 'Contactpersonen' %}">
  <p class="contact-persons__title">{% translate "Contactpersonen" %}</p>
  <p class="notice notice--pro">{% translate "Alleen voor professionals. Geef deze gegevens niet door aan patiënten." %}</p>
  <ul class="contact-persons__list">{% for person in fiche.visible_contacts %}
    <li class="contact-person">
      <span class="contact-person__name">{{ person.name }}</span>{% if person.role %}, <span class="contact-person__role">{{ person.role }}</span>{% endif %}
      {% if person.phone %}<br>{% translate "Rechtstreeks nummer" %}: <a href="tel:{{ person.phone|tel_href }}">{{ person.phone }}</a>{% endif %}
      {% if person.email %}<br>{% translate "E-mail" %}: <a href="mailto:{{ person.email }}">{{ person.email }}</a>{% endif %}
      
    </li>{% endfor %}
  </ul>
</section>
{% endif %}
</article>
"""  # noqa: E501
)

NASTY = "<b>\"Tom\" & 'Jerry'</b>"


def cards_for(user) -> list[Fiche]:
    return list(
        Fiche.objects.visible_to(user).for_cards().with_visible_contacts(user).order_by("pk")
    )


class CardRendererTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        w = cls.world = build_world()
        nasty_org = make_organisation(
            name=f"Org {NASTY}", slug="org-nasty", website="https://org.example/?a=1&b=<2>"
        )
        make_fiche(
            name=f"Naam {NASTY}",
            slug="naam-nasty",
            organisation=nasty_org,
            email="a&b@example.org",
            street=f"Straat {NASTY}",
            postcode="9000",
            city=f"Gent {NASTY}",
            opening_hours=f"Ma {NASTY} " + "lang " * 30 + "\nDi gesloten",
            zones=[w.gent, w.leuven],
        )
        make_fiche(name="Enkel web", organisation=nasty_org, is_demo=True, zones=[w.gent])
        make_fiche(name="Eigen web", website="https://eigen.example/pad", opening_hours="Ma 9u")
        pro = make_fiche(
            name="Pro met mensen",
            visibility=Fiche.Visibility.PROFESSIONAL,
            phone="+32 (0)9 123",
            zones=[w.gent],
        )
        make_contact_person(pro, name=f"Ann {NASTY}", role="", phone="", email="ann@x.be")
        make_contact_person(pro, name="Bert", role=f"Rol {NASTY}", phone="0470 1", note="niet")

    def test_every_card_is_the_markup_of_the_template_it_replaced(self):
        w = self.world
        for who, user in (("anonymous", AnonymousUser()), ("professional", w.professional)):
            setup = card_setup()
            for fiche in cards_for(user):
                with self.subTest(who=who, fiche=fiche.slug):
                    expected = REFERENCE.render(Context({"fiche": fiche}))
                    self.assertEqual(fiche_card(fiche, setup), expected)
                    self.assertEqual(fiche_card(fiche), expected)

    def test_an_anonymous_visitor_gets_no_contact_person(self):
        html = "".join(fiche_card(fiche) for fiche in cards_for(AnonymousUser()))
        assert self.world.tnw_gent.name in html
        for secret in (CONTACT_MARKER, CONTACT_PHONE, CONTACT_EMAIL, "contact-person", "Ann "):
            assert secret not in html, secret

    def test_a_professional_gets_the_contact_persons_without_their_notes(self):
        [card] = [
            fiche_card(fiche)
            for fiche in cards_for(self.world.professional)
            if fiche.pk == self.world.tnw_gent.pk
        ]
        for fragment in (
            '<section class="contact-persons" aria-label="Contactpersonen">',
            f'<span class="contact-person__name">{CONTACT_MARKER}</span>',
            f'<a href="tel:{re.sub(r"[^0-9+]", "", CONTACT_PHONE)}">{CONTACT_PHONE}</a>',
            f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>',
        ):
            assert fragment in card, fragment
        assert "zqxcontact." not in card  # the note: on the fiche page only

    def test_every_field_is_shown_and_escaped(self):
        [fiche] = [f for f in cards_for(AnonymousUser()) if f.slug == "naam-nasty"]
        card = fiche_card(fiche)
        escaped = "&lt;b&gt;&quot;Tom&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;"
        for fragment in (
            f'<h3 class="fiche-card__title"><a href="/fiches/naam-nasty/">Naam {escaped}</a></h3>',
            f"Org {escaped}",
            '<dt>E-mail</dt><dd><a href="mailto:a&amp;b@example.org">a&amp;b@example.org</a>',
            f"<dt>Adres</dt><dd>Straat {escaped}, 9000 Gent {escaped}</dd>",
            f"<dt>Openingsuren</dt><dd>Ma {escaped} lang",
            "<dt>Voor inwoners van</dt><dd>Gent, Leuven</dd>",
        ):
            assert fragment in card, fragment
        assert "<b>" not in card and "Di gesloten" not in card and "Website" not in card

    def test_the_pages_use_the_python_card(self):
        response = self.client.get("/zones/gent/")
        html = response.content.decode()
        cards = re.findall(r'<article class="fiche-card.*?</article>\n', html, flags=re.S)
        assert cards and "Enkel web" in html and CONTACT_MARKER not in html
        self.client.force_login(self.world.professional)
        assert CONTACT_MARKER in self.client.get("/zones/gent/").content.decode()
