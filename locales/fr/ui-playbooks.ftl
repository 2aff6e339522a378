## Écran des playbooks : la boîte de réception des tâches ouvertes, les playbooks qui les créent et
## l’éditeur. Les noms et étapes saisis par les utilisateurs, et les textes des playbooks intégrés,
## sont des données.

ui-pb-title = Playbooks et tâches
ui-pb-lead = Les tâches viennent des playbooks : alertes, segments, étapes du cycle de vie et calendrier deviennent des étapes partagées entre le client et nous.
ui-pb-tab-inbox = Boîte de réception
ui-pb-tab-playbooks = Playbooks
ui-pb-retry = Réessayer
ui-pb-loading-tasks = Chargement des tâches…
ui-pb-loading-playbooks = Chargement des playbooks…
ui-pb-saved = Playbook « { $name } » enregistré
ui-pb-cancel = Annuler
ui-pb-saving = Enregistrement…

## Libellés des valeurs générées
ui-pb-trigger-alert = Une alerte se déclenche
ui-pb-trigger-segment = Le compte est dans un segment
ui-pb-trigger-rule = Le compte satisfait une règle (vérifiée une fois par trimestre)
ui-pb-trigger-stage = Le compte entre dans une étape du cycle de vie
ui-pb-trigger-quarterly = Chaque trimestre (comptes payants)
ui-pb-trigger-tenure = Jours après le premier abonnement
ui-pb-alert-usage-drop = Baisse d’usage
ui-pb-alert-account-silent = Compte inactif
ui-pb-alert-core-users-silent = Utilisateurs clés inactifs
ui-pb-alert-unused-modules = Modules inutilisés
ui-pb-alert-nps-detractor = Détracteur NPS
ui-pb-alert-ticket-spike = Pic de tickets de support
ui-pb-alert-renewal-risk = Renouvellement à risque

## Boîte de réception
ui-pb-filter-tasks = Filtrer les tâches
ui-pb-owner = Responsable
ui-pb-any-owner = Tous les responsables
ui-pb-no-owner = Sans responsable
ui-pb-owed-by = À la charge de
ui-pb-owed-by-anyone = Toutes les parties
ui-pb-owed-by-vendor = À notre charge (éditeur)
ui-pb-owed-by-customer = À la charge du client
ui-pb-priority = Priorité
ui-pb-any-priority = Toutes les priorités
ui-pb-inbox-count = { $open ->
    [one] { $shown } sur { $open } tâche ouverte · au { $date }
   *[other] { $shown } sur { $open } tâches ouvertes · au { $date }
}
ui-pb-no-tasks = Aucune tâche ouverte
ui-pb-no-tasks-body = Les playbooks créent des tâches à partir des alertes, des étapes du cycle de vie et du calendrier : lancez-les depuis l’onglet Playbooks.
ui-pb-no-match = Aucune tâche ne correspond
ui-pb-no-match-body = Modifiez les filtres pour voir plus de tâches.
ui-pb-clear-filters = Effacer les filtres
ui-pb-group-label = { $count ->
    [one] { $group } : { $count } tâche
   *[other] { $group } : { $count } tâches
}
ui-pb-who-owes = Qui doit réaliser cette étape
ui-pb-escalated = Escaladée
ui-pb-escalated-manager = Escaladée · manager
ui-pb-escalated-on = Escaladée le { $date }
ui-pb-escalated-on-notified = Escaladée le { $date } ; le manager est prévenu
ui-pb-done = Terminé
ui-pb-done-label = Terminé : { $title }
ui-pb-due-none = Sans échéance
ui-pb-due-today = Échéance aujourd’hui, { $date }
ui-pb-due-overdue = { $count ->
    [one] Échéance le { $date } · en retard de { $count } jour
   *[other] Échéance le { $date } · en retard de { $count } jours
}
ui-pb-due-in = { $count ->
    [one] Échéance le { $date } · dans { $count } jour
   *[other] Échéance le { $date } · dans { $count } jours
}

## Liste des playbooks et exécutions
ui-pb-running = Exécution…
ui-pb-run-now = Exécuter maintenant
ui-pb-new = Nouveau playbook
ui-pb-enabled-count = { $enabled ->
    [one] { $enabled } sur { $total } activé
   *[other] { $enabled } sur { $total } activés
}
ui-pb-run-as-of = Exécution au { $date } :{ " " }
ui-pb-run-end = .
ui-pb-run-summary = { $created ->
    [one] { $created } nouvelle tâche
   *[other] { $created } nouvelles tâches
}, { $existing ->
    [one] { $existing } déjà présente
   *[other] { $existing } déjà présentes
}, { $escalated ->
    [one] { $escalated } escaladée
   *[other] { $escalated } escaladées
}
ui-pb-run-line = { $name } : déclenché pour { $fired ->
    [one] { $fired } compte
   *[other] { $fired } comptes
}, { $created ->
    [one] { $created } nouvelle tâche
   *[other] { $created } nouvelles tâches
}
ui-pb-run-nothing = Aucun playbook ne s’est déclenché.
ui-pb-run-error = Impossible d’exécuter les playbooks : { $error }
ui-pb-enable-error = Impossible d’activer « { $name } » : { $error }
ui-pb-disable-error = Impossible de désactiver « { $name } » : { $error }
ui-pb-none = Aucun playbook
ui-pb-none-body = Créez-en un pour transformer alertes, étapes et dates en tâches.
ui-pb-enabled-label = Activé : { $name }
ui-pb-builtin = Intégré
ui-pb-yours = Personnalisé
ui-pb-off = Désactivé
ui-pb-open-tasks = { $count ->
    [one] { $count } tâche ouverte
   *[other] { $count } tâches ouvertes
}
ui-pb-copy = Copier
ui-pb-copy-title = Les playbooks intégrés ne sont pas modifiables : enregistrez une copie sous votre propre clé et désactivez le playbook intégré
ui-pb-copy-name = { $name } (copie)
ui-pb-edit = Modifier
ui-pb-only-if = seulement si
ui-pb-steps-count = { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
}
ui-pb-escalates = avec escalade
ui-pb-step-offset = J+{ $days }

## Éditeur
ui-pb-editor-new = Nouveau playbook
ui-pb-editor-edit = Modifier le playbook
ui-pb-editor-copy = Copie d’un playbook intégré
ui-pb-editor-copy-note = Les playbooks intégrés ne sont pas modifiables. Enregistrez cette copie sous votre propre clé, puis désactivez le playbook intégré si la copie le remplace.
ui-pb-editor-name = Nom
ui-pb-editor-key = Clé
ui-pb-editor-key-hint = La clé identifie le playbook et ses tâches.
ui-pb-editor-when = Déclenchement
ui-pb-editor-trigger = Déclencheur
ui-pb-editor-alert = Alerte
ui-pb-editor-segment = Segment ou niveau de valeur
ui-pb-editor-stage = Étape du cycle de vie
ui-pb-editor-tenure = Jours après le premier abonnement
ui-pb-editor-rule = Règle
ui-pb-editor-fields = Champs : { $fields }
ui-pb-editor-only-if = Seulement si (règle facultative)
ui-pb-editor-steps = Étapes
ui-pb-editor-escalation = Escalade
ui-pb-editor-escalate = Escalader nos tâches en retard
ui-pb-editor-days-overdue = Jours de retard
ui-pb-editor-raise-to = Passer en priorité
ui-pb-editor-notify = Prévenir le manager
ui-pb-editor-enabled = Activé
ui-pb-editor-save-short = Enregistrer
ui-pb-editor-save = Enregistrer le playbook
ui-pb-error-tenure = Saisissez un nombre entier de jours, au moins 1
ui-pb-error-days = Saisissez un nombre entier de jours, 0 ou plus

## Étapes
ui-pb-step-n = Étape { $n }
ui-pb-step-placeholder = Ce qu’il faut faire
ui-pb-step-side-customer = À la charge du client
ui-pb-step-side-vendor = À notre charge
ui-pb-step-due-after = Échéance après (jours)
ui-pb-step-up = Monter l’étape { $n }
ui-pb-step-down = Descendre l’étape { $n }
ui-pb-step-remove = Supprimer l’étape { $n }
ui-pb-step-add = Ajouter une étape

## Quels playbooks fonctionnent ? (la colonne d’effet)
ui-pb-effect-run = Quels playbooks fonctionnent ?
ui-pb-effect-running = Relecture de l’historique…
ui-pb-effect-error = Impossible de mesurer l’effet des playbooks : { $error }
ui-pb-effect-window = Fins de mois du { $from } au { $to } ; résultats sur { $horizon } jours ; comparaison au sein d’un même segment de besoins, d’une même zone de santé et d’une même fenêtre de renouvellement.
ui-pb-effect-works = Efficace
ui-pb-effect-backfires = Contre-productif
ui-pb-effect-unproven = Non prouvé
ui-pb-effect-counts = { $treated } fait · { $control } pas fait
ui-pb-effect-churn = attrition { $treated } contre { $control } ({ $difference } points, intervalle à 95 % de { $low } à { $high })
ui-pb-effect-health = santé { $difference } points sur 90 jours (intervalle à 95 % de { $low } à { $high })
