"""Who is told what by mail: editors of a new error report, the reporter of the answer, and
each editor of what waits in their zones (the digest). Every mail goes through
actors.mail.queue_mail, so none of this can break the request that caused it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from actors.mail import queue_mail
from actors.models import NATIONAL_EDITOR_GROUP, ErrorReport, Fiche, ProfessionalProfile, Zone
from actors.upkeep import Upkeep, stale_after_months


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _addresses(users) -> list[str]:
    return list(users.filter(is_active=True).exclude(email="").values_list("email", flat=True))


def editors_of_zone(zone: Zone) -> list[str]:
    return _addresses(get_user_model().objects.filter(zone_editor__zones=zone).distinct())


def editors_of_fiche(fiche: Fiche) -> list[str]:
    """The editors who handle this fiche's reports: its zones' editors; for a fiche that
    serves all of Flanders the national editors (or, when there are none, the superusers)."""
    users = get_user_model().objects
    if fiche.serves_all_flanders:
        national = _addresses(users.filter(groups__name=NATIONAL_EDITOR_GROUP).distinct())
        return national or _addresses(users.filter(is_superuser=True))
    return _addresses(users.filter(zone_editor__zones__fiches=fiche).distinct())


def notify_new_report(report: ErrorReport) -> None:
    context = {
        "report": report,
        "fiche": report.fiche,
        "url": _absolute(reverse("admin:actors_errorreport_change", args=[report.pk])),
    }
    queue_mail(
        editors_of_fiche(report.fiche),
        _("Nieuwe foutmelding over %(fiche)s") % {"fiche": report.fiche.name},
        render_to_string("mail/new_report.txt", context),
    )


def notify_access_request(profile: ProfessionalProfile) -> None:
    """A professional confirmed their address: the editors of their zone decide."""
    context = {
        "profile": profile,
        "url": _absolute(reverse("admin:actors_professionalprofile_change", args=[profile.pk])),
    }
    queue_mail(
        editors_of_zone(profile.zone),
        _("Nieuwe aanvraag voor toegang als professional"),
        render_to_string("mail/new_access_request.txt", context),
    )


def send_report_reply(report: ErrorReport) -> bool:
    """Mail the editor's answer to the person who reported; False when they left no address."""
    if not report.email or not report.reply:
        return False
    context = {"report": report, "fiche_url": _absolute(report.fiche.get_absolute_url())}
    queue_mail(
        [report.email],
        _("Antwoord op je melding over %(fiche)s") % {"fiche": report.fiche.name},
        render_to_string("mail/report_reply.txt", context),
    )
    return True


def digest_text(user, upkeep: Upkeep) -> str:
    context = {
        "user": user,
        "months": stale_after_months(),
        "stale": list(upkeep.stale[:30]),
        "stale_count": upkeep.stale.count(),
        "drafts": list(upkeep.drafts[:30]),
        "draft_count": upkeep.drafts.count(),
        "reports": list(upkeep.open_reports[:30]),
        "report_count": upkeep.open_reports.count(),
        "request_count": upkeep.pending_requests.count(),
        "admin_url": _absolute(reverse("admin:index")),
    }
    return render_to_string("mail/editor_digest.txt", context)


def send_digest(user, upkeep: Upkeep) -> None:
    queue_mail(
        [user.email],
        _("Wegwijzer: wat wacht er in je zone"),
        digest_text(user, upkeep),
    )
