from django.urls import path

from pathways import views

app_name = "pathways"

# Flow slugs: "patient", "zorgverlener", "werkgever" (the three doors on the home page).
urlpatterns = [
    path("", views.start, name="start"),
    path("zorgverlener/folder/", views.handout, name="handout"),
    path("<slug:flow>/", views.flow, name="flow"),
    path("<slug:flow>/agenda.ics", views.agenda, name="agenda"),
]
