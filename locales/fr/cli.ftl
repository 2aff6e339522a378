## La ligne de commande `waypoint` : tableaux, comptes rendus et invites (la sortie JSON n’est jamais traduite).

cli-error = erreur : { $message }
cli-error-runtime = impossible de démarrer l’environnement d’exécution asynchrone : { $reason }

## Espace de travail, clés et imports

cli-created-keyring = { $path } créé (clé dans le trousseau du système)
cli-created-passphrase = { $path } créé (phrase secrète)
cli-reporting-currency = Devise de reporting : { $currency }
cli-rekeyed-keyring = { $path } rechiffré avec une nouvelle clé dans le trousseau du système
cli-rekeyed-passphrase = { $path } rechiffré avec la nouvelle phrase secrète
cli-backed-up = { $path } sauvegardé dans { $file }
cli-restored = { $path } restauré depuis { $file }
cli-settings-currency = devise de reporting : { $currency }
cli-settings-currency-unset = devise de reporting : non définie (le revenu est présenté dans la devise commune des abonnements)
cli-prompt-passphrase = Phrase secrète :
cli-prompt-new-passphrase = Nouvelle phrase secrète :
cli-prompt-rekey-passphrase = Nouvelle phrase secrète de l’espace de travail :
cli-prompt-repeat = Confirmez-la :
cli-passphrase-needed = une phrase secrète est nécessaire : définissez { $var } (aucun terminal pour la demander)
cli-passphrases-differ = les phrases secrètes ne correspondent pas
cli-reading-passphrase = lecture de la phrase secrète
cli-no-keyring = Aucun trousseau système n’est disponible ; protégez l’espace de travail par une phrase secrète.
cli-progress-eta = reste
cli-import-report = { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
} : { $inserted } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $skipped } ignorées
cli-import-note = remarque : { $note }
cli-kind-catalog = catalogue
cli-kind-accounts = comptes
cli-kind-subscriptions = abonnements
cli-kind-contacts = contacts
cli-kind-tickets = tickets
cli-kind-nps = NPS
cli-kind-milestones = jalons
cli-kind-events = événements
cli-kind-usage-rollups = agrégats d’usage
cli-kind-fx = taux de change
cli-status-accounts = comptes
cli-status-owners = responsables
cli-status-subscriptions = abonnements
cli-status-contacts = contacts
cli-status-modules = modules
cli-status-tickets = tickets
cli-status-nps-responses = réponses NPS
cli-status-milestones = jalons
cli-status-events = événements
cli-status-users = utilisateurs
cli-status-usage-days = jours d’usage

## En-têtes de colonnes

cli-col-day = jour
cli-col-module = module
cli-col-events = événements
cli-col-users = utilisateurs
cli-col-value = valeur
cli-col-month = mois
cli-col-start = début
cli-col-new = nouveau
cli-col-expansion = expansion
cli-col-contraction = contraction
cli-col-churned = perdu
cli-col-reactivated = réactivé
cli-col-fx = change
cli-col-end = fin
cli-col-group = groupe
cli-col-accounts = comptes
cli-col-arr = ARR
cli-col-nrr = NRR
cli-col-grr = GRR
cli-col-logo-churn = attrition client
cli-col-segment = segment
cli-col-health = santé
cli-col-breadth = étendue
cli-col-depth = profondeur
cli-col-red = rouges
cli-col-period = période
cli-col-actual = réel
cli-col-projected = projeté
cli-col-retention = rétention
cli-col-churned-count = perdus
cli-col-12m = 12 mois
cli-col-24m = 24 mois
cli-col-alpha = alpha
cli-col-beta = bêta
cli-col-del-years = DEL (ans)
cli-col-ltv = LTV
cli-col-csm = CSM
cli-col-open = ouvertes
cli-col-overdue = en retard
cli-col-customer = côté client
cli-col-escalated = escaladées
cli-col-capacity = capacité
cli-col-value-tier = niveau de valeur
cli-col-needs-segment = segment par besoins
cli-col-csms-needed = CSM nécessaires

## Termes des valeurs du moteur

cli-band-green = sain
cli-band-yellow = à surveiller
cli-band-red = à risque
cli-severity-high = élevée
cli-severity-medium = moyenne
cli-severity-low = faible
cli-alert-usage-drop = baisse d’usage
cli-alert-account-silent = compte inactif
cli-alert-core-users-silent = utilisateurs clés inactifs
cli-alert-unused-modules = modules inutilisés
cli-alert-nps-detractor = détracteur NPS
cli-alert-ticket-spike = pic de tickets
cli-alert-renewal-risk = renouvellement à risque
cli-stage-onboarding = onboarding
cli-stage-adoption = adoption
cli-stage-value = valeur
cli-stage-renewal = renouvellement
cli-stage-at-risk = à risque
cli-stage-churned = perdu
cli-stage-source-manual = défini manuellement
cli-stage-source-derived = déduit
cli-side-customer = client
cli-side-vendor = éditeur
cli-priority-urgent = urgente
cli-priority-high = haute
cli-priority-normal = normale
cli-priority-low = basse
cli-touchpoint-call = appel
cli-touchpoint-email = e-mail
cli-touchpoint-meeting = réunion
cli-touchpoint-qbr = QBR
cli-touchpoint-note = note
cli-na = n.d.
cli-group-none = (aucun)
cli-count-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}

## metrics, alerts, health, account

cli-metrics-as-of = Au { $day }  ({ $currency })
cli-metrics-converted = converti de { $sources } en { $currency } aux taux moyens mensuels ; NRR et GRR à taux de change constant
cli-metrics-revenue = MRR { $mrr }   ARR { $arr }   comptes actifs { $active }
cli-metrics-retention = NRR { $nrr }   GRR { $grr }   taux d’attrition client { $churn }   (12 derniers mois, cohorte de { $cohort ->
    [one] { $cohort } compte
   *[other] { $cohort } comptes
} depuis le { $since })
cli-alerts-title = { $count ->
    [one] { $count } alerte
   *[other] { $count } alertes
} au { $day }
cli-alert-line = { $message } (depuis le { $since })
cli-account-head = { $name } ({ $id })  responsable { $owner }  au { $day }
cli-account-stage = étape { $stage } ({ $source } : { $reason })
cli-account-revenue = ARR { $arr }  client depuis le { $since }  renouvellement { $renewal }
cli-account-health = score de santé { $score } { $band }
cli-account-usage = événements semaine { $week } (vs S-1 { $wow })  mois { $month } (vs M-1 { $mom })  DAU/MAU { $stickiness }  étendue { $breadth }  profondeur { $depth }
cli-account-module-events = { $count ->
    [one] { $count } événement ce mois-ci
   *[other] { $count } événements ce mois-ci
}
cli-account-unlicensed = (hors licence)
cli-account-alert = { $kind } : { $message }
cli-account-next-step = prochaine étape : { $title } (échéance { $due }, côté { $side })

## segments

cli-segments-title = Segments par { $by }, au { $day }
cli-segments-title-rule = Segments par règle `{ $rule }`, au { $day }
cli-segments-by-needs = besoins
cli-segments-by-value = niveau de valeur
cli-segments-by-cohort = cohorte de démarrage
cli-segments-k = k = { $k } selon la silhouette ({ $silhouettes }), graine { $seed }
cli-segments-kept = segments de besoins calculés le { $day } et conservés ; { $moved ->
    [one] { $moved } compte n’est plus là où ce calcul l’a placé
   *[other] { $moved } comptes ne sont plus là où ce calcul les a placés
} (nouveau calcul au-delà de 10 % du portefeuille, ou maintenant avec --refit)
cli-segments-fitted = segments de besoins calculés sur ce portefeuille
cli-segments-refitted = segments de besoins calculés sur ce portefeuille et conservés : l’application et toutes les commandes les utilisent désormais
cli-segments-crosstab = besoins x valeur
cli-segments-agreement = V de Cramér { $cramers_v }  Rand ajusté { $rand }  (0 = les deux vues sont sans rapport, 1 = même regroupement)
cli-segments-saved = enregistrés : { $keys }
cli-segments-computed = calculé le { $day }
cli-field-kind-number = nombre
cli-field-kind-text = texte
cli-field-kind-either = l’un ou l’autre
cli-field-share = part des événements des 13 dernières semaines dans ce module (0-1)
cli-field-attributes = colonnes personnalisées de l’import des comptes

## retention

cli-fit-params = alpha { $alpha }  bêta { $beta }  log-vraisemblance { $loglik }  ({ $customers ->
    [one] { $customers } client
   *[other] { $customers } clients
}, { $churned } perdus sur { $periods ->
    [one] { $periods } période
   *[other] { $periods } périodes
})
cli-fit-lifetime = durée de vie attendue { $periods } périodes
cli-fit-lifetime-unbounded = durée de vie attendue non bornée (alpha <= 1) : utilisez la valeur actualisée
cli-fit-discounted = durée de vie actualisée à { $rate } par période : { $periods } périodes
cli-fit-ltv = valeur vie client : { $ltv }
cli-retention-title = Rétention au { $day } par { $by } (LTV actualisée à { $rate } par an)
cli-retention-all = Tous les comptes
cli-retention-constant = const.
cli-retention-note = { $group } : { $note }

## playbooks, tasks, touchpoints, workload

cli-trigger-alert = alerte « { $kind } »
cli-trigger-segment = dans le segment « { $segment } »
cli-trigger-rule = règle { $rule }
cli-trigger-stage = étape { $stage }
cli-trigger-quarterly = chaque trimestre
cli-trigger-tenure = jour { $days }
cli-playbook-builtin = intégré
cli-playbook-yours = personnalisé
cli-playbook-when = déclencheur : { $trigger }
cli-playbook-when-only-if = déclencheur : { $trigger }, uniquement si { $rule }
cli-playbook-disabled = (désactivé)
cli-playbook-offset = J+{ $days }
cli-playbook-escalate = escalade après { $days } jours de retard : priorité { $priority }
cli-playbook-escalate-notify = escalade après { $days } jours de retard : priorité { $priority } et notification du manager
cli-playbook-saved = Playbook { $key } enregistré
cli-playbook-enabled = { $key } activé
cli-playbook-disabled-now = { $key } désactivé
cli-playbooks-run = Playbooks au { $day } : { $created } nouvelles tâches, { $existing } déjà présentes, { $escalated } escaladées
cli-playbooks-fired = { $count ->
    [one] déclenché pour { $count } compte
   *[other] déclenché pour { $count } comptes
}
cli-playbooks-new-tasks = { $count ->
    [one] { $count } nouvelle tâche
   *[other] { $count } nouvelles tâches
}
cli-task-done = Tâche { $id } terminée
cli-tasks-title = { $count ->
    [one] { $count } tâche
   *[other] { $count } tâches
} au { $day } ({ $overdue } en retard)
cli-task-overdue = EN RETARD
cli-task-overdue-notified = EN RETARD, manager notifié
cli-touchpoint-logged = Point de contact n° { $id } ({ $kind }) enregistré pour { $account } le { $day }
cli-workload-title = Charge de travail au { $day } : { $now } CSM aujourd’hui, { $needed } nécessaires selon les ratios de couverture

cli-demo-generating = génération des données de démonstration
cli-demo-loaded = Portefeuille de démonstration chargé dans { $path }

## Options et fichiers qu’une commande ne peut pas utiliser.
cli-usage-flag = { $flag } : { $reason }
cli-usage-file = { $file } : { $detail }
cli-usage-counts = --counts : l’élément { $item } (« { $got } ») n’est pas un nombre entier
cli-usage-discount = --discount { $got } : indiquez un taux par période, par exemple 0.1
cli-usage-retention-by = --by { $got } : utilisez cohort, needs ou value
cli-usage-chart-out = --out { $path } : indiquez un fichier .svg ou .png
cli-usage-deck-out = --out { $path } : indiquez un fichier .pptx ou .pdf
cli-usage-deck-format = --format { $got } : utilisez pptx, pdf ou pptx,pdf
cli-usage-deck-format-empty = --format : indiquez pptx, pdf ou les deux
cli-usage-deck-needs-out = indiquez --out FICHIER.pptx|FICHIER.pdf
cli-usage-deck-needs-out-dir = --all nécessite --out-dir DOSSIER

## Un document avec des caractères qu’aucune police installée ne dessine.
cli-fonts-missing = avertissement : { $what } : { $missing }
cli-decks-count = { $count ->
    [one] { $count } présentation
   *[other] { $count } présentations
}

## `waypoint doctor`
cli-doctor-usage-days = Agrégats quotidiens d’usage
cli-doctor-usage-weeks = Agrégats hebdomadaires d’usage
cli-doctor-user-weeks = Agrégats hebdomadaires d’activité des utilisateurs
cli-doctor-first-value-days = Premier jour de valeur de chaque compte
cli-doctor-agrees = { $table } : { $rows } lignes, identiques à une reconstruction depuis les lignes quotidiennes
cli-doctor-differs = { $table } : { $rows } lignes ; par rapport à une reconstruction depuis les lignes quotidiennes, { $missing } manquantes ou différentes et { $extra } en trop ou différentes
cli-doctor-failed = les agrégats ne correspondent pas aux lignes quotidiennes dont ils sont tirés
