## Vue 360 du compte : en-tête, facteurs de santé, graphiques, alertes, plan de succès, tâches,
## points de contact, support et NPS.

ui-account-loading = Chargement du compte…
ui-account-open-failed = Impossible d’ouvrir ce compte
ui-account-refresh-failed = Impossible d’actualiser le compte : { $error }
ui-account-refreshing = actualisation…
ui-account-back-to = Retour : { $section }
ui-account-generate-qbr = Générer la QBR
ui-account-as-of = Chiffres au { $day }
ui-account-tabs-label = Sections du compte
ui-account-tab-overview = Vue d’ensemble
ui-account-tab-plan = Plan de succès
ui-account-tab-activity = Activité
ui-account-tab-support = Support et NPS

## En-tête

ui-account-facts = Informations du compte
ui-account-fact-owner = Responsable
ui-account-fact-industry = Secteur
ui-account-fact-region = Région
# Lu avant une information par les lecteurs d’écran, p. ex. « Responsable : Dana Lee ».
ui-account-fact-prefix = { $label } :
ui-account-needs = Besoins : { $segment }
    .title = Segment par besoins
ui-account-tier = Niveau : { $tier }
    .title = Niveau de valeur
ui-account-kpi-arr = ARR
    .hint = MRR { $mrr }
ui-account-kpi-health = Santé
ui-account-kpi-health-vs = par rapport à il y a 28 jours
ui-account-kpi-health-first = pas de score antérieur
# Variation du score de santé, en points.
ui-account-health-points = { $count ->
    [one] { $delta } pt
   *[other] { $delta } pts
}
ui-account-kpi-lifecycle = Cycle de vie
ui-account-stage-manual = défini manuellement
ui-account-stage-derived = déduit
ui-account-stage-why = Raison : { $reason }
ui-account-kpi-renewal = Renouvellement
ui-account-no-contract = aucun contrat en cours
ui-account-kpi-mau = Utilisateurs actifs mensuels
    .hint = { $daily } par jour en moyenne
ui-account-kpi-breadth = Étendue d’usage
# $basis vaut « licensed » (les licences du compte) ou « available » (tous les modules du produit).
ui-account-modules-used = { $basis ->
    [licensed] { $used } modules sous licence sur { $count }
   *[other] { $used } modules disponibles sur { $count }
}

## Vue d’ensemble : facteurs, graphiques, alertes

ui-account-drivers = Facteurs de santé · score { $score }
ui-account-drivers-none = Aucune composante de la grille de score pour ce compte.
ui-account-driver-points = { $points } / { $max } pts
ui-account-driver-na = n.d.
    .reason = (pas de données, exclu du score)
ui-account-charts = Graphiques
ui-account-chart-modules = Usage des modules
    .alt = Événements hebdomadaires par module sur la dernière année pour { $name } ; ce mois-ci, le compte utilise { $modules }.
ui-account-modules-summary = Le compte utilise { $modules }.
ui-account-modules-used-title = Utilisés ces 28 derniers jours
ui-account-module-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
} · { $share }
ui-account-modules-unused-title = Non utilisés
ui-account-licensed = Sous licence
    .title = Payé mais non utilisé
ui-account-chart-users = Utilisateurs actifs
    .alt = Utilisateurs actifs dans le temps pour { $name } ; { $count } utilisateurs actifs mensuels actuellement.
ui-account-chart-health = Tendance de santé
    .alt = Score de santé dans le temps pour { $name } ; actuellement { $score } ({ $band }).
ui-account-alerts = Alertes
ui-account-alerts-none = Aucune alerte ouverte.
ui-account-alert-since = Depuis le { $day }

## Plan de succès

ui-account-plan = Plan de succès
ui-account-plan-none = Pas encore de plan de succès
    .body = Les jalons apparaîtront ici dès qu’un plan aura été importé pour ce compte.
ui-account-plan-counts = Décompte des jalons
ui-account-plan-done = { $count ->
    [one] terminé
   *[other] terminés
}
ui-account-plan-overdue = { $count ->
    [one] en retard
   *[other] en retard
}
ui-account-plan-open = { $count ->
    [one] ouvert
   *[other] ouverts
}
ui-account-next-step = { $side ->
    [customer] Prochaine étape attendue du client :
    [vendor] Prochaine étape attendue de votre équipe :
   *[other] Prochaine étape attendue de { $side } :
}
ui-account-due = échéance le { $day }
ui-account-plan-complete = Tous les jalons sont terminés.
ui-account-plan-table = Jalons par phase du plan
ui-account-col-milestone = Jalon
ui-account-col-owed-by = Attendu de
ui-account-col-due = Échéance
ui-account-col-status = Statut
ui-account-col-action = Action
ui-account-phase-30 = 30 premiers jours
ui-account-phase-60 = Jours 31 à 60
ui-account-phase-90 = Jours 61 à 90
ui-account-phase-later = Plus tard
ui-account-milestone-done = Terminé
ui-account-milestone-done-late = { $count ->
    [one] Terminé avec { $count } jour de retard
   *[other] Terminé avec { $count } jours de retard
}
ui-account-milestone-overdue = En retard
ui-account-milestone-overdue-late = { $count ->
    [one] En retard de { $count } jour
   *[other] En retard de { $count } jours
}
ui-account-milestone-open = Ouvert
ui-account-reopen = Rouvrir
ui-account-reopen-label = Rouvrir { $title }
ui-account-reopen-failed = Impossible de rouvrir « { $title } » : { $error }
ui-account-complete = Terminer
ui-account-complete-label = Terminer { $title }
ui-account-complete-failed = Impossible de terminer « { $title } » : { $error }
ui-account-plan-timeline = Chronologie
ui-account-plan-chart =
    .alt = Chronologie du plan de succès de { $name } : { $count ->
        [one] { $count } jalon
       *[other] { $count } jalons
    } (terminés : { $done }, en retard : { $overdue }, ouverts : { $open }).

## Activité : tâches et points de contact

ui-account-tasks = Tâches
ui-account-tasks-none = Aucune tâche ouverte.
ui-account-overdue = En retard
ui-account-task-due = Échéance le { $day }
ui-account-task-no-due = Sans échéance
ui-account-task-owed-by = { $side ->
    [customer] attendue du client
    [vendor] attendue de votre équipe
   *[other] attendue de { $side }
}
ui-account-task-playbook = playbook { $playbook }
ui-account-task-done = Fait
ui-account-task-done-label = Fait : { $title }
ui-account-tasks-completed = { $count ->
    [one] { $count } terminée
   *[other] { $count } terminées
}
ui-account-task-done-on = terminée le { $day }
ui-account-touchpoints = Points de contact
ui-account-touchpoint-form = Consigner un point de contact
ui-account-touchpoint-kind = Type
ui-account-touchpoint-day = Date
ui-account-touchpoint-day-empty = Si vide : { $day }
ui-account-touchpoint-summary = Résumé
ui-account-touchpoint-summary-missing = Rédigez un bref résumé du point de contact.
ui-account-touchpoint-submit = Consigner le point de contact
ui-account-touchpoint-saving = Enregistrement…
ui-account-touchpoint-logged = Point de contact consigné : { $kind }
ui-account-touchpoint-failed = Impossible de consigner le point de contact : { $error }
ui-account-touchpoints-none = Aucun point de contact consigné pour l’instant.
ui-account-kind-call = Appel
ui-account-kind-email = E-mail
ui-account-kind-meeting = Réunion
ui-account-kind-qbr = QBR
ui-account-kind-note = Note

## Support et NPS

ui-account-support = Support · 90 derniers jours
ui-account-tickets = Tickets
ui-account-tickets-open = Ouverts
ui-account-tickets-urgent = Urgents ou prioritaires
ui-account-first-response = Première réponse
ui-account-resolution = Résolution
ui-account-median = médiane
ui-account-hours = { $hours } h
ui-account-csat = CSAT
    .hint = moyenne, de 1 à 5
ui-account-csat-value = { $csat } / 5
ui-account-nps = NPS · 12 derniers mois
ui-account-nps-score = NPS
ui-account-nps-responses = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
ui-account-promoters = Promoteurs
    .hint = note de 9 à 10
ui-account-passives = Passifs
    .hint = note de 7 à 8
ui-account-detractors = Détracteurs
    .hint = note de 0 à 6
ui-account-nps-latest = Dernières réponses
ui-account-nps-badge = Note NPS
ui-account-nps-badge-prefix = Note
ui-account-nps-no-comment = Pas de commentaire.
