## L’accueil du portefeuille : indicateurs, graphique du MRR, répartition par santé, alertes,
## tâches et renouvellements.

ui-home-title = Portefeuille
ui-home-as-of = Données au { $day } · { $count ->
    [one] { $count } compte payant
   *[other] { $count } comptes payants
}
ui-home-loading = Chargement du portefeuille…
ui-home-load-failed = Impossible de charger le portefeuille : { $error }
ui-home-empty-title = Votre espace de travail est vide
ui-home-empty-body = Waypoint s’appuie sur ce que vous importez : comptes, abonnements, événements d’usage, tickets et réponses NPS. Le portefeuille de démonstration permet de faire le tour de l’application avant d’importer vos propres données.
ui-home-demo-preparing = Préparation du portefeuille de démonstration…
ui-home-demo-step = Étape { $step } sur { $of }
ui-home-demo-load = Charger le portefeuille de démonstration
ui-home-demo-failed = Impossible de charger le portefeuille de démonstration : { $error }

## Indicateurs

ui-home-kpi-arr = ARR
ui-home-kpi-nrr = NRR
ui-home-kpi-grr = GRR
ui-home-kpi-churn = Taux d’attrition client
ui-home-kpi-at-risk = ARR à risque
# La date de référence des variations.
ui-home-vs = par rapport au { $day }
# Variation d’un taux en points de pourcentage, p. ex. « +2,2 pts ».
ui-home-delta-points = { $delta } pts

## Graphiques et santé

ui-home-mrr-title = MRR et rétention
ui-home-mrr-alt = Mouvements du MRR et NRR/GRR sur les 12 derniers mois
ui-home-health-title = Santé
ui-home-bar-accounts = Comptes
ui-home-bar-arr = ARR
ui-home-band-summary = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
} · { $arr } d’ARR

## Alertes et tâches

ui-home-alerts-title = À traiter aujourd’hui
ui-home-alerts-none = Aucune alerte aujourd’hui : tous les comptes sont calmes.
ui-home-since = depuis le { $day }
ui-home-more = { $count } autres
ui-home-tasks-title = Tâches ouvertes
ui-home-task-failed = Impossible de terminer la tâche : { $error }
ui-home-tasks-none = Aucune tâche ouverte.
ui-home-task-due = échéance le { $day }
ui-home-task-no-due = sans échéance
ui-home-overdue = En retard
ui-home-task-done = Fait
ui-home-task-done-label = Fait : { $title }

## Renouvellements

ui-home-renewals-title = { $count ->
    [0] Renouvellements dans les 90 prochains jours
   *[other] Renouvellements dans les 90 prochains jours ({ $count })
}
ui-home-renewals-none = Aucun renouvellement dans les 90 prochains jours.
ui-home-col-account = Compte
ui-home-col-renews = Renouvellement
ui-home-col-days-left = Jours restants
ui-home-col-arr = ARR
ui-home-col-health = Santé
ui-home-col-risk = Risque
ui-home-at-risk = À risque
ui-home-renewals-fewer = Afficher les { $count } premiers
ui-home-renewals-all = Afficher les { $count } renouvellements
ui-home-days-left = { $count ->
    [0] aujourd’hui
    [one] { $count } jour
   *[other] { $count } jours
}
