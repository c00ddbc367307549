from django.urls import path

from actors import views

app_name = "actors"

# Directory parameters (GET): zone, plaats, soort, doelgroep, taal, ziekenfonds, q, pagina.
urlpatterns = [
    path("zoeken/", views.fiche_list, name="fiche_list"),
    path("zones/", views.zone_list, name="zone_list"),
    path("zones/<slug:slug>/", views.zone_detail, name="zone_detail"),
    path("hulpverleners/", views.actortype_list, name="actortype_list"),
    path("hulpverleners/<slug:slug>/", views.actortype_detail, name="actortype_detail"),
    path("fiches/<slug:slug>/", views.fiche_detail, name="fiche_detail"),
    path("fiches/<slug:slug>/vcard/", views.fiche_vcard_download, name="fiche_vcard"),
    path("fiches/<slug:slug>/meld-een-fout/", views.fiche_report, name="fiche_report"),
]
