## Le cadre de l’application : navigation, barre du haut, composants, pages d’erreur, premier
## lancement et déverrouillage, et les libellés des codes du moteur (niveaux de santé, étapes,
## gravités) communs à tous les écrans.

## Navigation latérale et barre du haut

ui-nav-label = Sections
ui-nav-home = Portefeuille
ui-nav-accounts = Comptes
ui-nav-segments = Segments
ui-nav-playbooks = Playbooks
ui-nav-qbr = QBR
ui-nav-brief = Note de valeur
ui-nav-import = Importer
ui-nav-settings = Réglages
ui-shell-lock = Verrouiller
ui-shell-lock-failed = Impossible de verrouiller : { $error }
ui-shell-opening = Ouverture de l’espace de travail…
ui-shell-retry = Réessayer
ui-shell-pick-import = Fichier à importer
ui-shell-pick-import-filter = CSV, JSONL ou Parquet
ui-theme-label = Thème
ui-theme-system = Système
ui-theme-light = Clair
ui-theme-dark = Sombre

## Composants

ui-kit-chart-missing = Graphique indisponible
ui-kit-table-no-match = Aucune ligne ne correspond au filtre.
ui-kit-table-empty = Aucune ligne.
ui-kit-close = Fermer
ui-kit-cancel = Annuler
ui-kit-dismiss = Fermer la notification
# Lu par les lecteurs d’écran après la variation d’un indicateur.
ui-kit-kpi-flat = stable
ui-kit-kpi-up-good = hausse, favorable
ui-kit-kpi-up-bad = hausse, défavorable
ui-kit-kpi-down-good = baisse, favorable
ui-kit-kpi-down-bad = baisse, défavorable
ui-task-complete-failed = Impossible de terminer « { $title } » : { $error }

## Libellés des codes du moteur

ui-band-green = Sain
ui-band-yellow = À surveiller
ui-band-red = En difficulté
ui-severity-high = Élevée
ui-severity-medium = Moyenne
ui-severity-low = Faible
ui-priority-urgent = Urgente
ui-priority-high = Haute
ui-priority-normal = Normale
ui-priority-low = Basse
ui-side-customer = Client
ui-side-vendor = Éditeur
ui-stage-onboarding = Onboarding
ui-stage-adoption = Adoption
ui-stage-value = Valeur
ui-stage-renewal = Renouvellement
ui-stage-at-risk = À risque
ui-stage-churned = Perdu

## Contenu de l’espace de travail : un nombre et son nom, et le nom seul (.label)

ui-status-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
    .label = comptes
ui-status-owners = { $count ->
    [one] { $count } responsable
   *[other] { $count } responsables
}
    .label = responsables
ui-status-subscriptions = { $count ->
    [one] { $count } abonnement
   *[other] { $count } abonnements
}
    .label = abonnements
ui-status-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
    .label = contacts
ui-status-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
    .label = modules
ui-status-users = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
    .label = utilisateurs
ui-status-tickets = { $count ->
    [one] { $count } ticket
   *[other] { $count } tickets
}
    .label = tickets
ui-status-nps-responses = { $count ->
    [one] { $count } réponse NPS
   *[other] { $count } réponses NPS
}
    .label = réponses NPS
ui-status-milestones = { $count ->
    [one] { $count } jalon
   *[other] { $count } jalons
}
    .label = jalons
ui-status-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
    .label = événements
ui-status-usage-days = { $count ->
    [one] { $count } jour d’usage
   *[other] { $count } jours d’usage
}
    .label = jours d’usage

## Tailles de fichier (unités décimales, en octets) ; $size est le nombre déjà formaté

ui-size-bytes = { $size } o
ui-size-kb = { $size } ko
ui-size-mb = { $size } Mo
ui-size-gb = { $size } Go
ui-size-tb = { $size } To

## Page d’erreur : un titre par code d’erreur, et ce qu’il faut faire

ui-error-code = Code d’erreur :
ui-error-wrong-key = Impossible de déverrouiller cet espace de travail
    .hint = La clé ne correspond pas. Vérifiez WAYPOINT_PASSPHRASE ou la clé enregistrée dans le trousseau du système.
ui-error-no-key-source = Aucune clé pour déverrouiller l’espace de travail
    .hint = Définissez WAYPOINT_PASSPHRASE ou déverrouillez le trousseau du système, puis réessayez.
ui-error-not-a-workspace = Aucun espace de travail Waypoint ici
    .hint = Faites pointer WAYPOINT_WORKSPACE vers un espace de travail créé avec l’outil en ligne de commande waypoint.
ui-error-workspace-not-found = Le fichier de l’espace de travail n’existe pas encore
    .hint = Créez-le avec l’outil en ligne de commande waypoint, ou faites pointer WAYPOINT_WORKSPACE vers un espace de travail existant.
ui-error-no-key-in-keyring = Votre trousseau ne contient aucune clé pour cet espace de travail
    .hint = Si l’espace de travail a été créé avec une phrase secrète, définissez WAYPOINT_PASSPHRASE, puis réessayez.
ui-error-keyring = Impossible d’utiliser le trousseau du système
    .hint = Déverrouillez votre trousseau ou définissez WAYPOINT_PASSPHRASE, puis réessayez.
ui-error-migrate = Impossible de mettre à jour l’espace de travail
    .hint = Il provient peut-être d’une version plus récente de Waypoint. Rien n’a été modifié ; les détails figurent ci-dessous.
ui-error-io = Impossible de lire l’espace de travail
    .hint = Vérifiez que le fichier existe et que vous avez le droit de le lire.
ui-error-db = La base de données de l’espace de travail a signalé une erreur
    .hint = Les détails ci-dessous peuvent aider ; vous pouvez réessayer sans risque.
ui-error-ipc = L’application a refusé cette requête
    .hint = Il s’agit d’un bug de Waypoint ; merci de le signaler.
ui-error-unknown = Une erreur s’est produite
    .hint = Les détails ci-dessous peuvent aider ; vous pouvez réessayer sans risque.

## Déverrouillage

ui-unlock-title = Déverrouiller { $name }
ui-unlock-passphrase = Phrase secrète
ui-unlock-submit = Déverrouiller
ui-unlock-busy = Déverrouillage…
ui-unlock-use-keyring = Utiliser le trousseau du système
ui-unlock-wrong-key = Cette phrase secrète ne déverrouille pas cet espace de travail.
ui-unlock-empty = Saisissez d’abord la phrase secrète.
ui-unlock-keyring-failed = Impossible d’utiliser le trousseau du système. Saisissez plutôt la phrase secrète.
ui-unlock-no-keyring-key = Le trousseau du système ne contient aucune clé pour cet espace de travail. Saisissez la phrase secrète.
ui-unlock-too-short = { $count ->
    [one] Utilisez au moins { $count } caractère.
   *[other] Utilisez au moins { $count } caractères.
}
ui-unlock-mismatch = Les deux phrases secrètes sont différentes.

## Premier lancement

ui-first-run-title = Bienvenue dans Waypoint
ui-first-run-lead = Vos comptes, vos données d’usage et vos plans sont stockés dans un seul fichier chiffré sur cet ordinateur. Rien n’en sort.
ui-first-run-file = Fichier de l’espace de travail :
ui-first-run-key-question = Comment conserver la clé ?
ui-first-run-mode-passphrase = Une phrase secrète que je saisirai à chaque ouverture de Waypoint
ui-first-run-mode-keyring = Une clé aléatoire conservée dans le trousseau de mon système
ui-first-run-passphrase-hint = Au moins { $count } caractères. Elle ne peut pas être récupérée : sans elle, l’espace de travail reste verrouillé.
ui-first-run-repeat = Confirmez-la
ui-first-run-submit = Créer l’espace de travail
ui-first-run-busy = Création…
ui-first-run-no-keyring = Aucun trousseau système n’a répondu sur cette machine. Protégez plutôt l’espace de travail avec une phrase secrète.

# Le menu des langues des écrans de premier lancement et de déverrouillage.
ui-language-menu = Langue
