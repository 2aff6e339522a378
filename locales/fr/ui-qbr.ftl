## Écran QBR : la revue trimestrielle d’un compte, celles de tout le portefeuille et la synthèse
## du portefeuille, prévisualisées diapositive par diapositive et enregistrées en PPTX ou PDF.

ui-qbr-title = Revues trimestrielles (QBR)
ui-qbr-quarter = Trimestre
ui-qbr-deck-language = Langue de la présentation
ui-qbr-sections = Sections QBR
ui-qbr-tab-account = QBR d’un compte
ui-qbr-tab-book = Tout le portefeuille
ui-qbr-tab-portfolio = Synthèse du portefeuille
ui-qbr-quarters-loading = Chargement des trimestres…
ui-qbr-quarters-error = Impossible de lire les trimestres : { $error }
ui-qbr-no-quarter = Aucun trimestre à passer en revue pour l’instant
ui-qbr-no-quarter-body = Une QBR couvre un trimestre complet de données d’usage. Importez d’abord des événements (ou chargez la démo).
ui-qbr-accounts-error = Impossible de lister les comptes : { $error }
ui-qbr-pick-account = Choisissez un compte
ui-qbr-pick-account-body = Recherchez par nom ou identifiant ; sa QBR du { $quarter } s’affiche ici, diapositive par diapositive.
ui-qbr-building = Préparation de la QBR de { $account } pour le { $quarter }…
ui-qbr-preview-label = Aperçu de la QBR de { $account }
ui-qbr-building-portfolio = Préparation de la synthèse du portefeuille pour le { $quarter }…
# The first part of the portfolio summary's default file name, in the deck's language.
ui-qbr-portfolio-file = Portefeuille
ui-qbr-preview-portfolio = Aperçu de la synthèse du portefeuille
ui-qbr-build-error = La présentation n’a pas pu être générée : { $error }
ui-qbr-retry = Réessayer
ui-qbr-choose = Choisir…

## Choix du compte
ui-qbr-account = Compte
ui-qbr-accounts = Comptes
ui-qbr-account-search = Rechercher un compte par nom ou identifiant
ui-qbr-accounts-loading = Chargement des comptes…
ui-qbr-account-none = Aucun compte ne correspond

## Enregistrement
ui-qbr-save-dialog = Enregistrer la présentation sous
ui-qbr-save-file-type = Présentation
ui-qbr-save-to = Enregistrer dans
ui-qbr-save-hint = Chemin complet du fichier ; le bouton choisi décide entre .pptx et .pdf.
ui-qbr-saving = Enregistrement…
ui-qbr-save-pptx = Enregistrer en PPTX
ui-qbr-save-pdf = Enregistrer en PDF
ui-qbr-saved = Enregistré :
ui-qbr-saved-detail = { $slides ->
    [one] ({ $size }, { $slides } diapositive)
   *[other] ({ $size }, { $slides } diapositives)
}
ui-qbr-saved-toast = Enregistré : { $path } ({ $size })
ui-qbr-show-in-folder = Afficher dans le dossier

## Visionneuse
ui-qbr-slide-name = Diapositive { $n } sur { $count } : { $title }
ui-qbr-slide-of = Diapositive { $n } sur { $count }
ui-qbr-slide-previous = Diapositive précédente
ui-qbr-slide-next = Diapositive suivante
ui-qbr-notes = Notes de l’orateur
ui-qbr-slides = Diapositives

## Tout le portefeuille (lot)
ui-qbr-batch-lead = Génère la QBR de chaque compte payant en fin de trimestre : un fichier par compte et par format, nommé d’après l’identifiant du compte.
ui-qbr-batch-folder = Dossier de destination
ui-qbr-batch-folder-dialog = Dossier des présentations
ui-qbr-batch-formats = Formats
ui-qbr-batch-no-format = Choisissez au moins un format.
ui-qbr-batch-start = Lancer
ui-qbr-batch-start-quarter = Lancer ({ $quarter })
ui-qbr-batch-cancelling = Annulation après les présentations en cours…
ui-qbr-batch-writing = Génération des présentations QBR
ui-qbr-batch-finding = Recherche des comptes payants…
ui-qbr-batch-progress = { $done } sur { $total }
ui-qbr-batch-failed-decks = Présentations en échec
ui-qbr-batch-error = Le lot n’a pas pu être lancé : { $error }
ui-qbr-batch-cancel-error = Impossible d’annuler : { $error }
ui-qbr-sentence-gap = { " " }
ui-qbr-summary-none = Aucun compte payant à la fin du { $quarter } : aucune présentation à générer.
ui-qbr-summary-wrote = { $files ->
    [one] { $files } fichier écrit
   *[other] { $files } fichiers écrits
} pour { $decks ->
    [one] { $decks } présentation
   *[other] { $decks } présentations
} ({ $size }) dans { $dir }.
ui-qbr-summary-failed = { $count ->
    [one] { $count } présentation en échec.
   *[other] { $count } présentations en échec.
}
ui-qbr-summary-cancelled = { $count ->
    [one] Annulé : { $count } présentation n’a pas été commencée.
   *[other] Annulé : { $count } présentations n’ont pas été commencées.
}
