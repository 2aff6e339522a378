## Noms que le moteur donne aux écrans : types de fichiers à importer et leurs colonnes, seuils
## d’alerte, groupes de la boîte de tâches.

import-kind-catalog = Catalogue produit
    .hint = CSV. Le module auquel appartient chaque événement ; à importer avant les événements.
import-kind-accounts = Comptes
    .hint = CSV. Importez les comptes avant les fichiers qui les citent.
import-kind-subscriptions = Abonnements
    .hint = CSV. Chaque ligne cite son compte : importez d’abord les comptes.
import-kind-contacts = Contacts
    .hint = CSV. Chaque ligne cite son compte : importez d’abord les comptes.
import-kind-tickets = Tickets de support
    .hint = CSV. Chaque ligne cite son compte : importez d’abord les comptes.
import-kind-nps = Réponses NPS
    .hint = CSV. Chaque ligne cite son compte : importez d’abord les comptes.
import-kind-milestones = Jalons
    .hint = CSV. Chaque ligne cite son compte : importez d’abord les comptes.
import-kind-events = Événements d’usage
    .hint = JSONL Segment, ou CSV (fichier .csv). Importez d’abord les comptes et le catalogue.
import-kind-usage-rollups = Agrégats d’usage (Parquet)
    .hint = Un export d’entrepôt de données (fichier .parquet ou dossier) : une ligne par compte, jour, module et utilisateur. Importez d’abord les comptes.
import-kind-fx = Taux de change
    .hint = CSV. Taux vers la devise de reporting, pour les portefeuilles facturés en plusieurs devises.

import-column-catalog-event = nom de l’événement tel qu’envoyé dans les appels track
import-column-catalog-module = clé du module
import-column-catalog-feature = clé de la fonctionnalité dans le module
import-column-catalog-value-event = true si l’événement prouve la valeur
import-column-accounts-account-id = l’identifiant du client dans vos systèmes
import-column-accounts-name = nom affiché
import-column-accounts-industry = texte libre
import-column-accounts-region = texte libre
import-column-accounts-employees = nombre entier
import-column-accounts-owner = le CSM responsable du compte
import-column-accounts-lifecycle-stage = onboarding, adoption, value, renewal, at_risk ou churned
import-column-accounts-created-at = date de signature du client
import-column-subscriptions-account-id = un compte déjà présent dans l’espace de travail
import-column-subscriptions-subscription-id = l’identifiant de l’abonnement
import-column-subscriptions-plan = nom de l’offre
import-column-subscriptions-mrr = revenu récurrent mensuel, par exemple 1250.00
import-column-subscriptions-currency = code ISO 4217, par exemple EUR
import-column-subscriptions-start-date = premier jour de la période
import-column-subscriptions-end-date = premier jour après la période ; vide = en cours
import-column-subscriptions-modules = modules sous licence, séparés par des ;
import-column-contacts-contact-id = l’identifiant du contact
import-column-contacts-account-id = un compte déjà présent dans l’espace de travail
import-column-contacts-name = nom complet
import-column-contacts-email = adresse e-mail
import-column-contacts-role = executive_sponsor, admin, champion ou user
import-column-tickets-ticket-id = l’identifiant du ticket
import-column-tickets-account-id = un compte déjà présent dans l’espace de travail
import-column-tickets-opened-at = horodatage
import-column-tickets-first-response-at = horodatage
import-column-tickets-resolved-at = horodatage ; vide = ouvert
import-column-tickets-priority = low, normal, high ou urgent
import-column-tickets-csat = satisfaction de 1 à 5
import-column-nps-response-id = l’identifiant de la réponse
import-column-nps-account-id = un compte déjà présent dans l’espace de travail
import-column-nps-contact-id = un contact de ce compte
import-column-nps-responded-at = horodatage
import-column-nps-score = nombre entier de 0 à 10
import-column-nps-comment = texte libre
import-column-milestones-milestone-id = l’identifiant du jalon
import-column-milestones-account-id = un compte déjà présent dans l’espace de travail
import-column-milestones-title = ce qui doit être atteint
import-column-milestones-owner-side = customer ou vendor
import-column-milestones-due-date = date
import-column-milestones-completed-at = horodatage ; vide = non terminé
import-column-events-timestamp = horodatage ISO 8601 avec décalage horaire
import-column-events-account-id = un compte déjà présent dans l’espace de travail
import-column-events-user-id = qui l’a fait
import-column-events-event = nom de l’événement
import-column-events-module = clé du module ; vide = d’après le catalogue
import-column-events-message-id = identifiant unique, pour compter chaque événement une seule fois
import-column-usage-rollups-account-id = un compte déjà dans l’espace de travail
import-column-usage-rollups-day = le jour UTC, une DATE (ou AAAA-MM-JJ)
import-column-usage-rollups-module = clé du module
import-column-usage-rollups-user-id = l’utilisateur, une ligne par utilisateur et par jour
import-column-usage-rollups-events = ses événements ce jour-là dans ce module, au moins 1
import-column-usage-rollups-value-events = combien d’entre eux étaient des événements de valeur
import-column-fx-date = jour du taux
import-column-fx-currency = code ISO 4217, par exemple CNY
import-column-fx-rate-to-reporting = valeur d’une unité en devise de reporting

threshold-drop-threshold = Baisse d’usage
    .hint = Événements de la semaine en baisse d’au moins cette part par rapport à la semaine précédente
    .unit = %
threshold-drop-min-events = Baisse d’usage : événements minimum
    .hint = Les semaines précédentes sous ce nombre ne sont pas comparées (passer de 3 à 1 n’est que du bruit)
    .unit = événements
threshold-silent-days = Compte inactif
    .hint = Un compte payant sans aucun événement depuis cette durée
    .unit = jours
threshold-core-silent-days = Utilisateurs clés inactifs
    .hint = Sponsor, administrateurs et champions tous inactifs depuis cette durée
    .unit = jours
threshold-onboarding-days = Période d’onboarding
    .hint = Les modules inutilisés ne sont signalés qu’après cette ancienneté de client
    .unit = jours
threshold-nps-days = Fenêtre des détracteurs NPS
    .hint = Une note de 0 à 6 aussi récente déclenche une alerte
    .unit = jours
threshold-ticket-spike-min = Pic de tickets : tickets minimum
    .hint = Tickets ouverts en 14 jours avant qu’un pic puisse être signalé
    .unit = tickets
threshold-ticket-spike-factor = Pic de tickets : facteur
    .hint = Multiple du nombre habituel de tickets du compte sur 14 jours
    .unit = ×
threshold-renewal-days = Fenêtre de renouvellement
    .hint = Les renouvellements aussi proches sont vérifiés (score de santé en baisse ou dans le rouge)
    .unit = jours
threshold-health-drop = Renouvellement à risque : baisse du score de santé
    .hint = Points de santé perdus en 28 jours qui mettent un renouvellement à risque
    .unit = points

inbox-group-overdue = En retard
inbox-group-today = Aujourd’hui
inbox-group-this-week = Cette semaine
inbox-group-later = Plus tard
inbox-group-no-due-date = Sans échéance

demo-step-generating = { $count ->
    [one] Génération de { $count } compte de démonstration
   *[other] Génération de { $count } comptes de démonstration
}
demo-step-importing = Import : { $kind }

## Ce qui place un compte dans un segment, sur sa carte.
segment-desc-inactive = Aucune activité produit ces 13 dernières semaines
segment-desc-no-arr = Aucun abonnement en cours au { $day }
segment-desc-arr-range = ARR de { $from } à { $to }
segment-desc-arr-top = ARR de { $from } et plus
segment-desc-module-share = { $module } { $share }
segment-desc-usage = étendue { $breadth }, profondeur { $depth }
segment-desc-value = { $range } ; activité : { $mix }
segment-desc-needs = Activité : { $mix } ; { $usage }

## Le panneau des éléments de preuve de la note de valeur.
brief-prospect-unnamed = Le prospect
brief-match-industry = dans le secteur { $industry }
brief-match-size = de taille comparable ({ $from } à { $to } salariés)
brief-match-modules = sous licence pour tous les modules retenus
brief-match-region = dans la région { $region }
brief-match-deal = avec un contrat de taille comparable
brief-not-enough = Pas assez de clients comparables ({ $count } < { $min }) : la note ne montre rien qui repose sur moins de { $min } clients.
brief-widened = Peu de correspondances proches : la note compare avec les { $count } clients les plus semblables.
brief-size-under = Moins de { $max }
brief-size-range = { $min }–{ $max }
brief-size-over = { $min } ou plus

## Playbooks : ce qui en déclenche un et comment ses tâches sont escaladées, comme la liste le dit.
pb-trigger-alert = Quand une alerte « { $kind } » se déclenche
pb-trigger-segment = Quand le compte est dans le segment « { $segment } »
pb-trigger-rule = Une fois par trimestre tant que le compte vérifie { $expr }
pb-trigger-stage = Quand le compte entre dans l’étape « { $stage } »
pb-trigger-quarterly = Chaque trimestre, pour chaque compte payant
pb-trigger-tenure = { $days ->
    [one] { $days } jour après le premier abonnement
   *[other] { $days } jours après le premier abonnement
}
pb-escalation = { $days ->
    [one] Nos tâches en retard de { $days } jour : passer en priorité { $priority }
   *[other] Nos tâches en retard de { $days } jours : passer en priorité { $priority }
}
pb-escalation-notify = { $days ->
    [one] Nos tâches en retard de { $days } jour : passer en priorité { $priority } et prévenir le manager
   *[other] Nos tâches en retard de { $days } jours : passer en priorité { $priority } et prévenir le manager
}

## Pourquoi l’éditeur de playbook ne peut pas enregistrer, par champ.
pb-error-key = La clé doit être non vide et sans espaces, par ex. emea-expansion-review
pb-error-key-builtin = « { $key } » est la clé d’un playbook intégré : choisissez-en une autre
pb-error-name = Donnez un nom au playbook
pb-error-alert-kind = Type d’alerte inconnu « { $kind } »
pb-error-stage = Étape inconnue « { $stage } »
pb-error-segment = Indiquez le segment
pb-error-rule = Écrivez la règle que le compte doit vérifier
pb-error-tenure = Le nombre de jours d’ancienneté doit être positif
pb-error-steps = Ajoutez au moins une étape
pb-error-step-title = Donnez un titre à l’étape
