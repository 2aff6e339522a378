## Écran d’import : choisir un type et un fichier, le prévisualiser, associer ses colonnes,
## le vérifier et l’importer.

ui-import-title = Importer
ui-import-lead = Rien n’est enregistré tant que le fichier entier n’est pas valide : un fichier avec une ligne erronée est refusé, avec sa ligne et son champ.
ui-import-kind = Type de fichier
ui-import-kind-detect = Détecter d’après le fichier
ui-import-kinds-error = Les types de fichier n’ont pas pu être chargés : { $error }
ui-import-path = Chemin du fichier
ui-import-path-placeholder = /Users/moi/Téléchargements/comptes.csv
ui-import-choose-file = Choisir un fichier…
ui-import-preview = Aperçu
ui-import-path-hint = Saisissez ou collez le chemin complet d’un fichier CSV ou JSONL.
ui-import-reading = Lecture du fichier…
ui-import-read-error = Le fichier n’a pas pu être lu : { $error }
ui-import-read-as = lu comme « { $kind } »
ui-import-choose-kind = choisissez son type ci-dessus
ui-import-looks-like = Ce fichier semble être de type « { $kind } ».
ui-import-read-it-as = Le lire comme « { $kind } »
ui-import-no-rows = Aucune ligne
ui-import-no-rows-body = Le fichier a un en-tête mais aucune ligne de données.
ui-import-first-rows-of = Premières lignes de { $file }
ui-import-line = Ligne
ui-import-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
ui-import-first-rows = { $count ->
    [one] Première ligne ; le fichier en contient d’autres.
   *[other] { $count } premières lignes ; le fichier en contient d’autres.
}

## Association des colonnes
ui-import-edit-mapping = Modifier l’association des colonnes
ui-import-columns = Colonnes
ui-import-columns-lead = Quelle colonne du fichier contient chacune des colonnes de Waypoint. Les colonnes facultatives non associées sont lues comme vides.
ui-import-required = obligatoire
ui-import-not-in-file = — absente du fichier —
ui-import-missing = Choisissez la colonne du fichier pour { $columns } : chaque ligne en a besoin.
ui-import-repeated = { $count ->
    [one] { $headers } est choisie pour plusieurs colonnes.
   *[other] { $headers } sont chacune choisies pour plusieurs colonnes.
}
ui-import-all-named = Chaque colonne porte son propre nom dans le fichier.
ui-import-unknown = Événements de comptes absents de l’espace de travail
ui-import-unknown-error = Refuser le fichier (souvent une mauvaise colonne d’identifiant)
ui-import-unknown-skip = Ignorer ces événements
ui-import-unknown-create = Créer ces comptes

## Exécution
ui-import-checking = Vérification de { $file }
ui-import-importing = Import de { $file }
ui-import-cancelling = Annulation : retour en arrière…
ui-import-check = Vérifier le fichier
ui-import-run = Importer
ui-import-starting = Démarrage…
ui-import-progress = { $count ->
    [one] { $count } ligne lue · { $read } sur { $total }
   *[other] { $count } lignes lues · { $read } sur { $total }
}
ui-import-progress-saving = { $count ->
    [one] { $count } ligne lue · enregistrement…
   *[other] { $count } lignes lues · enregistrement…
}

## Résultat
ui-import-cancelled = Import annulé
ui-import-not-imported = { $file } n’a pas été importé
ui-import-file = Fichier
ui-import-field = Champ
ui-import-problem = Problème
ui-import-line-header = { $line } (en-tête)
ui-import-nothing = Rien n’a été importé.
ui-import-could-not-run = L’import n’a pas pu être lancé
ui-import-checks-out = { $file } est valide
ui-import-imported = { $file } importé
ui-import-counts = { $inserted ->
    [one] { $inserted } nouvelle
   *[other] { $inserted } nouvelles
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}
ui-import-counts-skipped = { $inserted ->
    [one] { $inserted } nouvelle
   *[other] { $inserted } nouvelles
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
}
ui-import-result = { $count ->
    [one] { $count } ligne lue : { $counts }.
   *[other] { $count } lignes lues : { $counts }.
}
ui-import-result-check = { $count ->
    [one] { $count } ligne lue : l’import donnerait { $counts }. Rien n’a encore été importé.
   *[other] { $count } lignes lues : l’import donnerait { $counts }. Rien n’a encore été importé.
}
ui-import-count-new = { $count ->
    [one] nouvelle
   *[other] nouvelles
}
ui-import-count-updated = { $count ->
    [one] mise à jour
   *[other] mises à jour
}
ui-import-count-unchanged = { $count ->
    [one] inchangée
   *[other] inchangées
}
ui-import-count-skipped = { $count ->
    [one] ignorée
   *[other] ignorées
}
