## Messages d’erreur : ce qui n’a pas fonctionné et comment y remédier, dans l’application et la CLI.
## Les valeurs issues des fichiers et des commandes (chemins, colonnes, cellules) restent telles quelles.

## Valeurs illisibles dans les fichiers importés (placées après le fichier, la ligne et le champ).
error-parse-day = date attendue au format AAAA-MM-JJ, valeur reçue « { $got } »
error-parse-timestamp = horodatage ISO 8601 avec décalage horaire attendu (p. ex. 2026-09-14T13:05:22Z), valeur reçue « { $got } »
error-parse-money = montant attendu au format 1250.00 (2 décimales au plus), valeur reçue « { $got } »
error-parse-choice = valeur attendue parmi { $allowed }, valeur reçue « { $got } »
error-parse-integer = nombre entier attendu, valeur reçue « { $got } »
error-parse-currency-format = « { $got } » n’est pas un code ISO 4217 comme USD (trois lettres majuscules)
error-parse-unknown-currency = « { $got } » n’est pas un code de devise ISO 4217
error-parse-rate = taux attendu au format 0.1375 (nombre décimal simple), valeur reçue « { $got } »
error-parse-rate-not-positive = un taux doit être supérieur à 0, valeur reçue « { $got } »
error-parse-range = nombre de { $min } à { $max } attendu, valeur reçue « { $got } »
error-parse-module-key = clé de module attendue, comme data_collection, valeur reçue « { $got } »

## Importations : l’endroit du fichier, puis la raison.
error-import-row = { $file }, ligne { $line }, champ « { $field } » : { $reason }
error-import-header = { $file }, en-tête : { $reason }
error-import-file = { $file } : { $reason }
error-import-io = { $file } : { $detail }
error-import-cancelled = { $file } : importation annulée ; rien n’a été importé
error-import-cancelled-reason = annulée ; rien n’a été importé
error-import-os = { $detail }
error-import-needs-column = la colonne « { $column } » doit avoir une valeur sur chaque ligne : le fichier doit donc la contenir
error-import-empty-no-header = le fichier est vide (pas de ligne d’en-tête)
error-import-empty = le fichier est vide
error-import-unnamed-column = la colonne { $column } n’a pas de nom
error-import-column-twice = la colonne « { $column } » apparaît deux fois
error-import-column-both = la colonne « { $column } » est fournie à la fois par « { $first } » et par « { $second } »
error-import-mapped-column-gone = la colonne « { $header } » (choisie pour « { $column } ») n’est pas dans le fichier
error-import-missing-columns = colonne(s) manquante(s) : { $missing } (trouvées : { $found } ; attendues : { $expected })
error-import-missing-column = colonne manquante : { $column } (attendues : { $expected })
error-import-invalid-utf8 = UTF-8 non valide dans le champ { $field } (enregistrez le fichier en UTF-8)
error-import-field-count = { $expected ->
        [one] { $expected } champ attendu
       *[other] { $expected } champs attendus
    } comme dans l’en-tête, { $found } trouvé(s)
error-import-csv = { $detail }
error-import-required = vide, alors qu’il est obligatoire
error-import-line-too-long = la ligne dépasse 1 Mio
error-import-not-json = pas un objet JSON : { $detail }
error-import-missing-message-id = manquant (nécessaire pour dédoublonner)
error-import-missing = manquant
error-import-before-1970 = « { $got } » est antérieur au 1970-01-01
error-import-timestamp = horodatage ISO 8601 avec décalage horaire attendu, valeur reçue « { $got } »
error-import-missing-user = manquant (et pas d’anonymousId)
error-import-missing-account = manquant : aucun compte pour cet événement
error-import-unknown-event-account = compte inconnu « { $account } » (importez d’abord les comptes, ou utilisez --unknown-accounts skip|create)
error-import-reporting-currency = devise de reporting { $code } : { $reason }
error-import-stopped = importation interrompue
error-import-reader-panicked = le thread de lecture s’est arrêté brutalement
error-import-no-reporting-currency = l’espace de travail n’a pas de devise de reporting à laquelle rapporter ces taux : définissez-en une d’abord (waypoint settings --reporting-currency EUR)
error-import-reporting-rate = { $currency } est la devise de reporting : son taux vaut 1, valeur reçue { $got }
error-import-duplicate-rate = un taux pour { $currency } au { $day } figure déjà à la ligne { $line }
error-import-negative = ne doit pas être négatif
error-import-end-not-after-start = { $end } n’est pas postérieur à start_date { $start } (end_date est exclue)
error-import-subscription-other-account = l’abonnement « { $subscription } » appartient déjà à un autre compte
error-import-period-overlap = la période chevauche celle de la ligne { $line } de l’abonnement « { $subscription } »
error-import-period-overlap-stored = abonnement « { $subscription } » : la période commençant le { $start } chevauche une période déjà présente dans l’espace de travail
error-import-duplicate = « { $value } » figure déjà à la ligne { $line }
error-import-unknown-account = compte inconnu « { $account } » (importez-le d’abord dans le fichier des comptes)
error-import-before-opened = { $value } est antérieur à opened_at { $opened }
error-import-email = « { $got } » n’est pas une adresse e-mail
error-import-contact-other-account = le contact « { $contact } » appartient à un autre compte
error-import-unknown-contact = contact inconnu « { $contact } » (importez d’abord les contacts)

## L’espace de travail, sa clé et sa base de données.
error-store-wrong-key = clé ou phrase secrète incorrecte pour { $path }
error-store-not-a-workspace = { $path } n’est pas un espace de travail Waypoint
error-store-not-found = { $path } n’existe pas ; créez-le avec `waypoint init`
error-store-already-exists = { $path } existe déjà ; il ne sera pas écrasé
error-store-no-key-source = aucune clé pour { $path } : aucun trousseau système n’est disponible ici ({ $detail }) ; définissez WAYPOINT_PASSPHRASE (ou saisissez une phrase secrète quand elle est demandée), ou démarrez un Secret Service / trousseau
error-store-no-key-in-keyring = le trousseau système n’a pas de clé pour { $path } ; s’il a été créé avec une phrase secrète, définissez WAYPOINT_PASSPHRASE (ou saisissez-la quand elle est demandée)
error-store-keyring = erreur du trousseau système : { $detail }
error-store-no-encryption = le SQLite de cette version n’intègre pas SQLCipher : refus d’écrire un espace de travail non chiffré
error-store-empty-passphrase = une phrase secrète vide n’est pas autorisée
error-store-no-data-dir = aucun dossier de données pour l’espace de travail par défaut ; indiquez --workspace FICHIER
error-store-migrate = échec de la migration du schéma : { $detail }
error-store-corrupt = valeur enregistrée non valide : { $detail }
error-unknown-account = compte inconnu « { $account } »
error-io = { $path } : { $detail }
error-db = erreur de base de données : { $detail }

## Indicateurs.
error-metrics-mixed-currencies = les abonnements utilisent plusieurs devises ({ $currencies }) et l’espace de travail n’a pas de devise de reporting pour les additionner : définissez-en une (waypoint settings --reporting-currency EUR) et importez un fichier de taux de change
error-metrics-missing-fx-rate = aucun taux de change pour { $currency } en { $month } : importez un fichier de taux (waypoint import fx FICHIER) avec un taux pour chaque mois
error-metrics-scorecard = grille de score non valide : { $reason }
error-metrics-scorecard-weights = les pondérations doivent être des nombres positifs ou nuls, pas toutes à zéro
error-metrics-scorecard-targets = cibles : trend_floor doit être inférieur à trend_ceiling ; stickiness, depth et tickets supérieurs à 0
error-metrics-scorecard-bands = seuils : il faut yellow_at <= green_at <= 100
error-detail = { $detail }
error-metrics-corrupt = la valeur enregistrée « { $value } » dans { $table }.{ $column } n’est pas valide : { $reason }

## Segments et règles.
error-segments-rule = { $message } à la colonne { $column } de `{ $expr }`
error-segments-unknown-field = champ inconnu « { $field } » dans `{ $expr }`
error-segments-unknown-field-suggest = champ inconnu « { $field } » dans `{ $expr }` (vouliez-vous dire « { $suggestion } » ?)
segments-fact-kind-number = nombre
segments-fact-kind-text = texte
error-segments-type-mismatch = « { $field } » est de type { $kind } : `{ $op }` { $literal } ne peut pas le comparer (dans `{ $expr }`)
error-segments-clustering = échec du regroupement : { $detail }
error-segments-unknown-segment = aucun segment nommé « { $name } » ; segments par besoins : { $needs } ; niveaux de valeur : { $value } ; ou indiquez rule:"<expression>"
error-segments-settings = réglages de segments non valides : { $detail }
error-rule-unclosed-string = chaîne non fermée
error-rule-escape = échappement inconnu (utilisez \", \' ou \\)
error-rule-not-a-number = « { $text } » n’est pas un nombre
error-rule-character = caractère inattendu « { $character } »
error-rule-close-paren = ')' attendu
error-rule-end = fin d’expression inattendue : un test comme `arr > 50000` est attendu
error-rule-field-name = nom de champ attendu
error-rule-value = valeur attendue après « { $after } »
error-rule-in-paren = '(' attendu après 'in'
error-rule-list = ',' ou ')' attendu dans la liste
error-rule-contains = 'contains' demande un texte entre guillemets
error-rule-missing = 'missing' attendu après 'is'
error-rule-comparison = comparaison attendue (=, !=, <, <=, >, >=, in, contains, is missing) après « { $field } »
error-rule-and-or = 'and', 'or' ou la fin de l’expression attendu

## Modèle de rétention.
error-retention-input = données non valides : { $reason }
error-retention-insufficient = historique insuffisant pour ajuster le modèle : { $reason }
error-retention-optimiser = échec de l’optimisation : { $detail }
error-retention-two-counts = il faut au moins deux effectifs : la taille de la cohorte et une période plus tard
error-retention-cohort-size = le premier effectif (taille de la cohorte) doit être positif
error-retention-rising = les effectifs ne doivent pas augmenter : la période { $period } compte { $count } après { $before }
error-retention-no-churn = aucun churn observé : impossible d’estimer les taux de churn
error-retention-no-renewal = aucun client n’a renouvelé, même une fois
error-retention-one-period = une seule période observée : le modèle en a besoin de deux pour voir la rétention évoluer

## Playbooks et tâches.
error-playbooks-invalid = playbook « { $key } » : { $message }
error-playbooks-settings = réglages non valides : { $detail }
error-playbooks-unknown-task = tâche inconnue { $task }
error-playbooks-unknown-milestone = jalon inconnu « { $milestone } »
error-playbooks-unknown-owner = CSM inconnu « { $owner } »
error-playbooks-history = { $file }, ligne { $line }, { $field } : { $reason }
error-playbooks-history-read = le fichier ne se lit pas comme un historique de tâches ({ $detail })
error-playbooks-history-day = « { $got } » n’est pas un jour (AAAA-MM-JJ)
error-playbooks-history-order = une tâche ne peut pas être faite avant d’avoir été créée
error-playbooks-history-step = pas d’étape de ce numéro dans ce playbook (les étapes se comptent à partir de 1)
error-playbooks-builtin = est un playbook intégré : désactivez-le et ajoutez le vôtre sous une autre clé
error-playbooks-no-such = ce playbook n’existe pas
error-playbooks-stored = { $what } enregistré non valide : { $detail }
error-playbooks-key = la clé ne doit être ni vide ni contenir d’espaces
error-playbooks-name = le nom est vide
error-playbooks-no-steps = un playbook doit comporter au moins une étape
error-playbooks-step-title = une étape n’a pas de titre (échéance J+{ $days })
error-playbooks-alert-kind = type d’alerte inconnu « { $kind } » (valeurs possibles : { $kinds })
error-playbooks-stage = étape du cycle de vie inconnue « { $stage } » (valeurs possibles : { $stages })
error-playbooks-tenure = le nombre de jours d’ancienneté doit être positif
error-playbooks-as-of = date de référence non valide : { $day }
error-playbooks-touchpoint-kind = le type « { $kind } » ne fait pas partie de : { $kinds }
error-playbooks-touchpoint-day = la date « { $day } » n’est pas au format AAAA-MM-JJ
error-playbooks-touchpoint-summary = le résumé est vide

## Graphiques et présentations.
error-charts-draw = échec du dessin : { $detail }
error-charts-encode = échec de l’encodage du PNG : { $detail }
error-charts-data = données de graphique non valides : { $detail }
error-decks-brand = { $file } : { $field } : { $why }
error-decks-profile = { $file } : { $field } : { $why }
error-decks-write = échec de l’écriture de la présentation : { $detail }
error-decks-quarter = « { $quarter } » n’est pas un trimestre : écrivez-le sous la forme 2026-Q3

## Requêtes de l’application.
error-views-invalid = { $detail }
error-views-field = { $field } : { $reason }
error-views-touchpoint-summary = un point de contact doit avoir un résumé
error-views-brief-name = indiquez le nom du prospect : il sert de titre à la note
error-views-brief-negative = les effectifs, les licences et le MRR attendu ne doivent pas être négatifs
error-views-brief-evidence = pas assez de clients comparables ({ $count } < { $min }) pour une note de valeur
error-views-chart-both = indiquez un compte ou un segment, pas les deux
error-views-chart-one-account = ce graphique porte sur un seul compte
error-views-chart-from-after = --from { $from } est postérieur au dernier jour { $to }
error-views-chart-empty-segment = aucun compte dans « { $name } » au { $day }
error-views-chart-needs-account = { $kind } nécessite --account ID
error-views-chart-mix-account = { $kind } compare des comptes : indiquez --segment S, ou rien pour une barre par segment
error-views-chart-whole-book = { $kind } couvre tout le portefeuille : retirez --account et --segment
error-views-chart-no-from = { $kind } montre { $what } : --from n’est pas utilisé (fixez le jour de fin avec --to)
error-views-chart-shows-mix = la répartition par module des 13 semaines jusqu’au jour de fin
error-views-chart-shows-plan = tout le plan de succès au jour de fin
error-views-chart-shows-lives = la vie de chaque compte jusqu’au jour de fin
error-views-chart-shows-book = le portefeuille au jour de fin
error-views-chart-mix-by = --by { $got } : la répartition par module se groupe par needs ou value
error-views-chart-history = --from { $from } : le NPS et les tickets remontent au plus à { $days } jours, jusqu’au { $history }
error-views-deck-extension = { $path } : enregistrez au format .pptx ou .pdf
error-views-deck-task = échec de la création de la présentation : { $detail }
error-views-no-home = aucun dossier personnel où développer ~
error-views-full-path = « { $path } » : indiquez le chemin complet du fichier ou du dossier
error-views-deck-formats = choisissez PPTX, PDF ou les deux
error-views-demo-not-empty = cet espace de travail contient déjà des comptes ; la démo se charge dans un espace vide
error-views-demo-temp = dossier temporaire des fichiers de démonstration : { $detail }
error-views-demo = démo : { $detail }
error-views-import-kind = type de fichier inconnu « { $kind } » (valeurs possibles : { $kinds })
error-views-import-folder = { $path } est un dossier, pas un fichier
error-views-import-not-a-column = « { $column } » n’est pas une colonne des fichiers { $kind }
error-views-import-header-twice = la colonne « { $header } » du fichier est choisie à la fois pour « { $first } » et pour « { $second } »
error-views-import-choose-column = choisissez la colonne du fichier pour « { $column } » : chaque ligne en a besoin
error-views-busy-import = une importation est déjà en cours : attendez qu’elle se termine ou annulez-la
error-views-busy-decks = une série de présentations est déjà en cours de création : attendez qu’elle se termine ou annulez-la
error-views-busy = { $job } est déjà en cours : attendez la fin ou annulez
error-settings-band = doit être un nombre entier de 0 à 100
error-settings-no-component = cette composante de la grille de score n’existe pas
error-settings-weight = une pondération doit être supérieure ou égale à 0
error-settings-weights-zero = au moins une pondération doit être supérieure à 0
error-settings-green-above = doit être supérieur au seuil jaune ({ $yellow })
error-settings-colour = « { $value } » n’est pas une couleur #RRGGBB
error-settings-not-a-file = { $path } n’est pas un fichier
error-settings-logo-size = { $path } dépasse { $size } Ko
error-settings-not-png = { $path } n’est pas un PNG
error-settings-empty = ne doit pas être vide
error-settings-too-long = { $max } caractères au maximum
error-settings-not-passphrase = ce n’est pas la phrase secrète de l’espace de travail
error-settings-backup-path = indiquez où enregistrer la sauvegarde
error-settings-backup-folder = { $path } est un dossier ; nommez le fichier de sauvegarde
error-settings-backup-passphrase = cette phrase secrète n’ouvre pas la sauvegarde
error-settings-restore-path = indiquez le chemin de la sauvegarde à restaurer
error-settings-restore-self = c’est l’espace de travail ouvert lui-même
error-settings-no-threshold = ce seuil d’alerte n’existe pas
error-settings-range = doit être compris entre { $min } et { $max } { $unit }
error-settings-whole = doit être un nombre entier
error-app-locked = L’espace de travail est verrouillé : déverrouillez-le d’abord.
error-app-preview-stopped = aperçu interrompu : { $detail }
error-app-no-folder = aucun dossier où enregistrer les présentations : { $detail }

## La ligne de commande.
error-cli-usage = { $detail }
error-cli-io = { $context } : { $detail }
error-demo-config = configuration de démonstration non valide : { $detail }
error-demo-io = écriture des fichiers de démonstration : { $detail }
error-demo-csv = écriture du CSV de démonstration : { $detail }
error-demo-parquet = écriture du Parquet de démonstration : { $detail }

## Ce qui ne va pas dans les réglages de segments et de capacité.
segments-tiers-none = niveaux de valeur : il faut au moins un niveau
segments-tiers-first = niveaux de valeur : le premier niveau (« { $name } ») doit commencer à 0
segments-tiers-order = niveaux de valeur : « { $name } » doit commencer au-dessus de « { $below } » ({ $min } ≤ { $below_min })
segments-tiers-name = niveaux de valeur : le nom de niveau « { $name } » est vide ou réservé
segments-rule-needs-name = un segment par règle enregistré doit avoir un nom
segments-k-range = besoins : la plage de k de { $min } à { $max } doit respecter 2 ≤ minimum ≤ maximum
segments-by = segmenter par « { $by } » : attendu needs, value ou rule:"<expression>"
playbooks-capacity-tier = capacité : « { $tier } » n’est pas un niveau de valeur (niveaux : { $tiers })
playbooks-capacity-ratio = capacité : « { $tier } » : le nombre de comptes par CSM doit être positif, valeur reçue { $ratio }

# Agrégats d’usage (Parquet)
error-import-cell = { $file }, groupe de lignes { $group }, ligne { $row }, colonne « { $column } » : { $reason }
error-import-parquet-unreadable = fichier Parquet illisible : { $detail }
error-import-parquet-group = le groupe de lignes { $group } est illisible : { $detail }
error-import-parquet-column-type = la colonne « { $column } » contient { $type } ; elle doit contenir { $expected }
error-import-parquet-expect-id = du texte ou des nombres entiers
error-import-parquet-expect-day = une DATE, un TIMESTAMP (son jour UTC) ou un texte comme 2026-03-31
error-import-parquet-expect-text = du texte
error-import-parquet-expect-count = des nombres entiers (INT64, ou NUMBER(38,0) venant de Snowflake)
error-import-parquet-no-column = n’a pas de colonne « { $column } » ({ $meaning }) ; ses colonnes sont : { $columns }
error-import-parquet-no-user = n’a pas de colonne « { $column } » : les agrégats doivent compter une ligne par utilisateur et par jour, car les utilisateurs actifs sur 7 et 28 jours (DAU/MAU, utilisateurs clés, champions) ne s’obtiennent pas en additionnant des comptes quotidiens (voir docs/IMPORT.md) ; ses colonnes sont : { $columns }
error-import-parquet-not-a-day = « { $got } » n’est pas un jour comme 2026-03-31
error-import-parquet-too-large = est trop grand pour un nombre d’événements
error-import-parquet-not-whole = { $got } n’est pas un nombre entier
error-import-parquet-empty-folder = ne contient aucun fichier .parquet
error-import-rollup-events = { $got } événement(s) : une ligne dit que l’utilisateur était actif ce jour-là, il en faut au moins 1
error-import-rollup-value-events = { $value } événements de valeur, c’est plus que les { $events } événements de la ligne
error-import-rollup-repeat = répète la ligne { $row } de { $file } (même compte, jour, module et utilisateur) : chaque ligne doit être la journée d’un utilisateur dans un module
