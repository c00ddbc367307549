from django.urls import path

from actors import views

app_name = "actors"

urlpatterns = [
    path("zones/", views.zone_list, name="zone_list"),
    path("zones/<slug:slug>/", views.zone_detail, name="zone_detail"),
    path("hulpverleners/<slug:slug>/", views.actortype_detail, name="actortype_detail"),
    path("fiches/<slug:slug>/", views.fiche_detail, name="fiche_detail"),
]
