## La liste des comptes : tout le portefeuille, avec ses filtres et ses vues enregistrées.

ui-accounts-title = Comptes
ui-accounts-count = { $shown } sur { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
} · données au { $day }
ui-accounts-loading = Chargement des comptes…

## Colonnes

ui-accounts-col-account = Compte
ui-accounts-col-health = Santé
ui-accounts-col-arr = ARR
ui-accounts-col-stage = Étape
ui-accounts-col-breadth = Étendue
ui-accounts-col-usage = Usage vs M-1
ui-accounts-col-renewal = Renouvellement
ui-accounts-col-owner = Responsable
ui-accounts-col-segment = Segment par besoins
ui-accounts-at-risk = à risque
    .title = À risque : santé au rouge ou alerte de gravité élevée

## Filtres et vues enregistrées

ui-accounts-search = Rechercher des comptes
    .placeholder = Nom, responsable, étape, segment…
ui-accounts-filter-band = Niveau de santé
ui-accounts-any-band = Tous les niveaux de santé
ui-accounts-filter-owner = Responsable
ui-accounts-any-owner = Tous les responsables
ui-accounts-no-owner = Sans responsable
ui-accounts-filter-renewal = Renouvellement
ui-accounts-any-renewal = Toute date de renouvellement
ui-accounts-renewing-within = Renouvellement sous { $count } jours
ui-accounts-at-risk-only = À risque uniquement
ui-accounts-view-name = Nom de la vue
    .placeholder = Nommer cette vue
ui-accounts-save-view = Enregistrer la vue
ui-accounts-clear = Effacer
ui-accounts-delete-view = Supprimer la vue { $name }

## Liste vide

ui-accounts-no-match = Aucun compte ne correspond
    .body = Modifiez la recherche ou les filtres.
ui-accounts-empty = Aucun compte pour l’instant
    .body = Importez un fichier de comptes, ou chargez le portefeuille de démonstration depuis l’accueil.
