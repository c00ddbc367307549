"""Demo fiches and three demo logins for trying the site locally (`make run`)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from actors.management import demo_data
from actors.models import (
    ActorType,
    ContactPerson,
    Fiche,
    Language,
    Mutuality,
    Organisation,
    ProfessionalProfile,
    TargetGroup,
    Zone,
    ZoneEditor,
)
from actors.roles import EDITOR_GROUP, ROLE_PERMISSIONS, ensure_role_groups


class Command(BaseCommand):
    help = (
        "Create demo fiches for the zones Gent, Leuven and Noord-Limburg (plus a few for all of "
        "Flanders), fictitious professional-only contact persons and three demo logins: admin, "
        "redacteur-gent and huisarts. Every demo row is marked is_demo and unverified. Safe to "
        "re-run (nothing is duplicated), runs in one transaction, and refuses to run when DEBUG "
        "is off unless --force is given. Needs load_reference_data first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would change, then roll back."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (the demo passwords are public: never in production).",
        )

    def handle(self, *args, dry_run: bool, force: bool, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: this looks like production, and the demo logins have public "
                "passwords. Use --force if you really want demo data here."
            )
        self.counts: dict[str, list[int]] = {}
        with transaction.atomic():
            self._load_references()
            organisations = self._organisations()
            self._fiches(organisations)
            self._logins()
            if dry_run:
                transaction.set_rollback(True)
        for label, (created, updated, unchanged) in self.counts.items():
            self.stdout.write(
                f"{label}: {created} created, {updated} updated, {unchanged} unchanged"
            )
        if dry_run:
            self.stdout.write("Dry run: rolled back, nothing saved.")
            return
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Demo logins (demo only!):"))
        for login in demo_data.LOGINS:
            self.stdout.write(f"  {login['username']} / {login['password']}  ({login['role']})")

    # Helpers -------------------------------------------------------------------------------

    def _count(self, label: str, state: str) -> None:
        counts = self.counts.setdefault(label, [0, 0, 0])
        counts[["created", "updated", "unchanged"].index(state)] += 1

    def _upsert(self, model, lookup: dict, values: dict):
        """Create or update one row, saving only when something differs (keeps history quiet)."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model.objects.create(**lookup, **values)
            state = "created"
        elif any(getattr(obj, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(obj, field, value)
            obj.save()
            state = "updated"
        else:
            state = "unchanged"
        self._count(model.__name__, state)
        return obj, state

    def _load_references(self) -> None:
        def by(model, field):
            return {getattr(obj, field): obj for obj in model.objects.all()}

        self.zones = {z.slug: z for z in Zone.objects.filter(slug__in=demo_data.ZONES)}
        self.actor_types = by(ActorType, "slug")
        self.mutualities = by(Mutuality, "code")
        self.languages = by(Language, "code")
        self.target_groups = by(TargetGroup, "slug")
        needed = {
            "zones": set(demo_data.ZONES) - set(self.zones),
            "actor types": {f["actor_type"] for f in demo_data.FICHES} - set(self.actor_types),
            "target groups": {g for f in demo_data.FICHES for g in f.get("target_groups", ())}
            - set(self.target_groups),
        }
        missing = {label: sorted(values) for label, values in needed.items() if values}
        if missing:
            raise CommandError(
                f"Reference data missing ({missing}). Run `manage.py load_reference_data` first."
            )

    def _organisations(self) -> dict[str, Organisation]:
        result = {}
        for org in demo_data.ORGANISATIONS:
            values = {
                "name": org["name"],
                "website": org["website"],
                "description": org.get("description", ""),
                "is_demo": True,
            }
            result[org["slug"]], _ = self._upsert(Organisation, {"slug": org["slug"]}, values)
        return result

    def _fiches(self, organisations: dict[str, Organisation]) -> None:
        for spec in demo_data.FICHES:
            description = spec.get("description", "")
            values = {
                "organisation": organisations[spec["organisation"]],
                "actor_type": self.actor_types[spec["actor_type"]],
                "name": spec["name"],
                "description": f"{demo_data.DEMO_NOTE}\n\n{description}".strip(),
                "serves_all_flanders": spec.get("all_flanders", False),
                "street": spec.get("street", ""),
                "postcode": "",
                "city": "",
                "phone": spec.get("phone", ""),
                "email": spec.get("email", ""),
                "website": spec.get("website", ""),
                "opening_hours": spec.get("opening_hours", ""),
                "cost": spec.get("cost", ""),
                "cost_class": spec.get("cost_class", ""),
                "physical_access": spec.get("physical_access", ""),
                "mutuality": self.mutualities.get(spec.get("mutuality", "")),
                "visibility": spec.get("visibility", demo_data.PUBLIC),
                "status": spec.get("status", demo_data.PUBLISHED),
                "is_demo": True,
            }
            fiche, state = self._upsert(Fiche, {"slug": spec["slug"]}, values)
            self._set(fiche.zones, [self.zones[slug] for slug in spec.get("zones", ())])
            self._set(
                fiche.languages,
                [
                    self.languages[code]
                    for code in spec.get("languages", ["nl"])
                    if code in self.languages
                ],
            )
            self._set(
                fiche.target_groups,
                [self.target_groups[slug] for slug in spec.get("target_groups", ())],
            )
            for contact in spec.get("contacts", ()):
                self._upsert(
                    ContactPerson,
                    {"fiche": fiche, "name": contact["name"]},
                    {
                        "role": contact["role"],
                        "phone": contact.get("phone", ""),
                        "email": contact.get("email", ""),
                        "note": demo_data.FICTIONAL_PHONE_NOTE,
                    },
                )

    @staticmethod
    def _set(manager, objects: list) -> None:
        if set(manager.all()) != set(objects):
            manager.set(objects)

    def _logins(self) -> None:
        users = {}
        for login in demo_data.LOGINS:
            user, _ = self._upsert(
                get_user_model(),
                {"username": login["username"]},
                {
                    "first_name": login["first_name"],
                    "last_name": login["last_name"],
                    "email": f"{login['username']}@example.org",
                    "is_active": True,
                    "is_staff": login["username"] in ("admin", "redacteur-gent"),
                    "is_superuser": login["username"] == "admin",
                },
            )
            if not user.check_password(login["password"]):
                user.set_password(login["password"])
                user.save(update_fields=["password"])
            users[login["username"]] = user

        gent = self.zones["gent"]
        # Only the editors' group: the content group also holds other apps' permissions.
        group = ensure_role_groups({EDITOR_GROUP: ROLE_PERMISSIONS[EDITOR_GROUP]})[EDITOR_GROUP]
        editor = users["redacteur-gent"]
        editor.groups.add(group)
        zone_editor, _ = ZoneEditor.objects.get_or_create(user=editor)
        self._set(zone_editor.zones, [gent])

        profile = ProfessionalProfile.objects.filter(user=users["huisarts"]).first()
        self._upsert(
            ProfessionalProfile,
            {"user": users["huisarts"]},
            {
                "profession": "huisarts",
                "organisation": "Demopraktijk (fictief)",
                "zone": gent,
                "status": ProfessionalProfile.Status.APPROVED,
                "email_confirmed": True,
                "decided_by": users["admin"],
                "decided_at": profile.decided_at
                if profile and profile.decided_at
                else timezone.now(),
            },
        )
