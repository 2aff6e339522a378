## Écran des réglages : langue de l’application, fichier de l’espace de travail, sa clé,
## grille du score de santé, seuils d’alerte et identité visuelle des présentations.

ui-settings-title = Réglages
ui-settings-loading = Chargement des réglages…
ui-settings-choose = Choisir…
ui-settings-cancel = Annuler
ui-settings-saving = Enregistrement…
ui-settings-reset = Rétablir les valeurs par défaut

## Langue (propre à cet ordinateur)
ui-settings-language-title = Langue
ui-settings-language-lead = La langue de Waypoint sur cet ordinateur. Les présentations peuvent être rédigées dans une autre langue depuis leurs propres écrans.
ui-settings-language-label = Langue d’affichage

## Espace de travail
ui-settings-workspace-title = Espace de travail
ui-settings-workspace-lead = Un seul fichier chiffré contient tout le portefeuille de comptes et ces réglages.
ui-settings-workspace-file = Fichier
ui-settings-workspace-size = Taille
ui-settings-workspace-holds = Contenu
ui-settings-workspace-file-type = Espace de travail Waypoint
ui-settings-backup-dialog = Sauvegarder l’espace de travail dans
ui-settings-restore-dialog = Restaurer depuis une sauvegarde
ui-settings-backup-to = Sauvegarder dans
ui-settings-back-up = Sauvegarder
ui-settings-backing-up = Sauvegarde en cours…
ui-settings-backup-hint = Une copie chiffrée avec la même clé, écrite pendant que vous continuez à travailler. Un fichier existant n’est jamais écrasé.
ui-settings-backup-done = Sauvegarde écrite dans { $path } ({ $size })
ui-settings-restore-from = Restaurer depuis une sauvegarde
ui-settings-restore = Restaurer…
ui-settings-restore-confirm-title = Restaurer cette sauvegarde ?
ui-settings-restore-confirm-before = L’espace de travail ouvert sera remplacé par
ui-settings-restore-confirm-after = . Tout ce qui a été importé ou modifié depuis cette sauvegarde sera perdu.
ui-settings-restore-passphrase = Phrase secrète de la sauvegarde
ui-settings-restore-keyring-hint = La sauvegarde doit avoir été faite avec la clé actuelle de cet espace de travail dans le trousseau.
ui-settings-restoring = Restauration…
ui-settings-replace-workspace = Remplacer l’espace de travail
ui-settings-restore-done = { $count ->
    [one] Espace de travail restauré : { $count } compte
   *[other] Espace de travail restauré : { $count } comptes
}
ui-settings-restore-failed = Échec de la restauration : { $error }

## Sécurité (où est gardée la clé)
ui-settings-security-title = Sécurité
ui-settings-security-lead = Le fichier est toujours chiffré ; c’est ici que l’on choisit où est gardée sa clé.
ui-settings-key-storage = Stockage de la clé :{ " " }
ui-settings-key-keyring = Trousseau du système
ui-settings-key-passphrase = Phrase secrète
ui-settings-key-keyring-hint = Une clé aléatoire, gardée dans le trousseau du système, déverrouille l’espace de travail pour vous sur cet ordinateur.
ui-settings-key-passphrase-hint = Vous saisissez la phrase secrète pour déverrouiller. Une phrase secrète oubliée ne peut être récupérée par personne.
ui-settings-rekey-new-keyring = Nouvelle clé dans le trousseau
ui-settings-rekey-to-keyring = Passer au trousseau du système
ui-settings-rekey-change-passphrase = Changer la phrase secrète
ui-settings-rekey-to-passphrase = Passer à une phrase secrète
ui-settings-rekey-title-keyring = Garder la clé dans le trousseau du système
ui-settings-rekey-title-passphrase = Définir une nouvelle phrase secrète
ui-settings-rekey-explain-keyring = Tout le fichier est chiffré à nouveau avec une nouvelle clé aléatoire, gardée dans le trousseau du système. Les sauvegardes conservent la clé avec laquelle elles ont été faites.
ui-settings-rekey-explain-passphrase = Tout le fichier est chiffré à nouveau avec la nouvelle clé. Les sauvegardes conservent la clé avec laquelle elles ont été faites.
ui-settings-rekey-current = Phrase secrète actuelle
ui-settings-rekey-new = Nouvelle phrase secrète
ui-settings-rekey-min = { $count ->
    [one] Au moins { $count } caractère.
   *[other] Au moins { $count } caractères.
}
ui-settings-rekey-repeat = Confirmez-la
ui-settings-rekey-type-current = Saisissez la phrase secrète actuelle.
ui-settings-rekey-busy = Nouveau chiffrement…
ui-settings-rekey-confirm = Changer la clé
ui-settings-rekey-done-keyring = La clé de l’espace de travail est désormais gardée dans le trousseau du système.
ui-settings-rekey-done-passphrase = L’espace de travail s’ouvre désormais avec la nouvelle phrase secrète.
ui-settings-rekey-failed = La clé n’a pas pu être changée : { $error }

## Grille du score de santé
ui-settings-scorecard-title = Grille du score de santé
ui-settings-scorecard-lead = Les pondérations sont relatives : la part de chaque composante dans le score de santé sur 100 est sa pondération divisée par leur somme.
ui-settings-scorecard-weights = Pondération des composantes
ui-settings-scorecard-green = Vert à partir de
ui-settings-scorecard-yellow = Jaune à partir de
ui-settings-scorecard-red = En dessous du jaune : rouge.
ui-settings-scorecard-save = Enregistrer la grille
ui-settings-scorecard-saved = Grille enregistrée : les scores de santé sont recalculés.

## Seuils d’alerte
ui-settings-thresholds-title = Seuils d’alerte
ui-settings-thresholds-lead = À partir de quand un compte déclenche une alerte.
ui-settings-threshold-hint = { $hint } ({ $range })
ui-settings-range = { $min } à { $max } { $unit }
ui-settings-thresholds-save = Enregistrer les seuils
ui-settings-thresholds-saved = Seuils d’alerte enregistrés : les alertes sont recalculées.

## Identité visuelle des présentations
ui-settings-brand-title = Identité visuelle
ui-settings-brand-lead = Les présentations de QBR et de portefeuille reprennent le nom, les couleurs et le logo de votre entreprise.
ui-settings-brand-company = Entreprise
ui-settings-brand-accent = Couleur d’accent
ui-settings-brand-accent-pick = Choisir la couleur d’accent
ui-settings-brand-accent-hint = Bandeaux de titre, en-têtes de tableau, mises en avant
ui-settings-brand-dark = Couleur foncée
ui-settings-brand-dark-pick = Choisir la couleur foncée
ui-settings-brand-dark-hint = Titres
ui-settings-brand-logo = Logo (PNG)
ui-settings-brand-logo-hint = L’image est copiée dans l’espace de travail et suit donc les sauvegardes. { $size } au maximum.
ui-settings-brand-remove-logo = Retirer le logo actuel
ui-settings-brand-preview = Aperçu de la présentation
ui-settings-brand-preview-sub = Revue trimestrielle
ui-settings-brand-logo-size = Logo : { $width } × { $height } px, { $size }
ui-settings-brand-no-logo = Aucun logo
ui-settings-brand-save = Enregistrer l’identité visuelle
ui-settings-brand-saved = Identité visuelle enregistrée : les prochaines présentations l’utiliseront.

## Contrôles à la saisie
ui-settings-error-number = Saisissez un nombre.
ui-settings-error-band = Saisissez un nombre entier de 0 à 100.
ui-settings-error-weight-negative = Saisissez 0 ou plus.
ui-settings-error-weights-zero = Au moins une pondération doit être supérieure à 0.
ui-settings-error-green-above-yellow = Doit être supérieur au seuil jaune ({ $yellow }).
ui-settings-error-range = Saisissez une valeur de { $range }.
ui-settings-error-whole = Saisissez un nombre entier.
ui-settings-error-company = Saisissez le nom de l’entreprise.
ui-settings-error-company-long = { $max } caractères au maximum.
ui-settings-error-colour = Saisissez une couleur #RRGGBB, par exemple { $example }.
