## Écran de la note de valeur (avant-vente) : le profil d’un prospect, les clients comparables du
## portefeuille et leurs résultats, et la note enregistrée en PPTX ou PDF.

ui-brief-title = Note de valeur
ui-brief-lead = Ce qu’ont obtenu des clients semblables au prospect, tiré de votre propre portefeuille, sans en nommer aucun.
ui-brief-options-error = Le formulaire n’a pas pu être chargé : { $error }
ui-brief-retry = Réessayer
ui-brief-loading = Chargement…
ui-brief-customers = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
ui-brief-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
ui-brief-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}

## Profil du prospect
ui-brief-profile = Profil du prospect
ui-brief-prospect = Prospect
ui-brief-name = Nom
ui-brief-name-placeholder = Northwind Logistique
ui-brief-industry = Secteur
ui-brief-any-industry = Tous secteurs
ui-brief-employees = Effectif
ui-brief-company-size = Taille de l’entreprise
ui-brief-size-hint = Comparé aux clients de la moitié au double de cette taille.
ui-brief-region = Région
ui-brief-any-region = Toutes régions
ui-brief-modules = Modules qui l’intéressent
ui-brief-no-modules = L’espace de travail n’a pas encore de catalogue de modules.
ui-brief-seats = Licences
ui-brief-mrr = MRR attendu
ui-brief-mrr-currency = MRR attendu ({ $currency })
ui-brief-compared = { $count ->
    [one] Comparé à { $count } client, actuel ou ancien, au { $date }.
   *[other] Comparé à { $count } clients, actuels et anciens, au { $date }.
}

## Export
ui-brief-export = Export
ui-brief-language = Langue de la note
ui-brief-save-to = Enregistrer dans
ui-brief-choose = Choisir…
# The default file name: <prospect>-note-de-valeur.pdf, in the brief's language.
ui-brief-file-suffix = note-de-valeur
ui-brief-file-prospect = prospect
ui-brief-save-dialog = Enregistrer la note de valeur sous
ui-brief-file-type = Note de valeur
ui-brief-hint-name = Indiquez d’abord le nom du prospect : il sert de titre à la note.
ui-brief-hint-not-enough = Pas assez de clients comparables pour une note.
ui-brief-hint-path = Chemin complet du fichier ; le bouton choisi décide entre .pptx et .pdf. ~ désigne votre dossier personnel.
ui-brief-saving = Enregistrement…
ui-brief-save-pptx = Enregistrer en PPTX
ui-brief-save-pdf = Enregistrer en PDF
ui-brief-saved = Enregistrée :
ui-brief-saved-detail = { $slides ->
    [one] ({ $size }, { $slides } diapositive)
   *[other] ({ $size }, { $slides } diapositives)
}
ui-brief-saved-toast = Note de valeur enregistrée dans { $path }

## Éléments de preuve
ui-brief-evidence-title = Clients comparables
ui-brief-updating = Mise à jour…
ui-brief-finding = Recherche des clients comparables…
ui-brief-evidence-error = Les éléments de preuve n’ont pas pu être lus : { $error }
ui-brief-comparable = { $count ->
    [one] client comparable
   *[other] clients comparables
}
ui-brief-current-former = { " " }({ $active ->
    [one] { $active } actuel
   *[other] { $active } actuels
}, { $former ->
    [one] { $former } ancien
   *[other] { $former } anciens
})
ui-brief-not-enough = Éléments insuffisants
ui-brief-not-enough-count = Pas assez de clients comparables ({ $count } < { $min }).
ui-brief-not-enough-hint = { $min ->
    [one] La note ne peut être enregistrée qu’avec au moins { $min } client comparable.
   *[other] La note ne peut être enregistrée qu’avec au moins { $min } clients comparables.
}
ui-brief-widened = Critères élargis
ui-brief-unknown-modules = Absents du catalogue, ignorés : { $modules }
ui-brief-matched = Comment ils ont été rapprochés
ui-brief-points = { $count ->
    [one] { " " }({ $count } point)
   *[other] { " " }({ $count } points)
}
ui-brief-no-criteria = Aucun critère indiqué : comparaison avec les clients les plus semblables dans l’ensemble.
ui-brief-headline = Chiffres clés
ui-brief-kpi-all = tous les clients : { $value }
ui-brief-kpi-ttv = Délai médian jusqu’à la première valeur (jours)
ui-brief-kpi-from = { $count ->
    [one] sur { $count } client
   *[other] sur { $count } clients
}
ui-brief-kpi-within-90 = Valeur atteinte en 90 jours
ui-brief-kpi-retained-12 = Toujours clients après 12 mois
ui-brief-kpi-retained-24 = Toujours clients après 24 mois
ui-brief-kpi-lifetime = Durée de vie attendue
ui-brief-kpi-lifetime-hint = actualisée, modèle sBG
ui-brief-kpi-ltv = Valeur vie client (LTV) attendue
ui-brief-kpi-ltv-add-mrr = indiquez le MRR attendu
ui-brief-kpi-ltv-annual = à { $value } par an
ui-brief-kpi-breadth = Étendue d’usage médiane
ui-brief-kpi-breadth-hint = modules utilisés / sous licence
ui-brief-kpi-stickiness = Adhérence médiane (DAU/MAU)
ui-brief-kpi-depth = Profondeur d’usage médiane
ui-brief-kpi-depth-hint = utilisateurs actifs qui atteignent la valeur
ui-brief-kpi-health = Score de santé médian
ui-brief-kpi-health-hint = sur 100
ui-brief-no-lifetime = Pas de durée de vie : { $note }
ui-brief-adoption = Vitesse d’adoption par module
ui-brief-adoption-empty = Choisissez les modules qui intéressent le prospect pour voir à quelle vitesse les clients comparables les ont adoptés.
ui-brief-col-module = Module
ui-brief-col-used-by = Utilisé par
ui-brief-col-first-use = Délai médian jusqu’à la première utilisation
ui-brief-adopted-of = { $adopted } sur { $total }
ui-brief-too-few-used = { $min ->
    [one] moins de { $min } client l’a utilisé
   *[other] moins de { $min } clients l’ont utilisé
}
ui-brief-plan = Le plan à 30/60/90 jours qu’ils ont suivi
ui-brief-plan-day = J+{ $day }
ui-brief-plan-done = { " " }({ $done } sur { $had } réalisés)
ui-brief-slides = Diapositives
ui-brief-slide-title = Titre : { $name }
ui-brief-slide-title-placeholder = le nom du prospect
ui-brief-anonymous = { $min ->
    [one] Aucun client n’est nommé : chaque chiffre agrège au moins { $min } client. Au { $date }.
   *[other] Aucun client n’est nommé : chaque chiffre agrège au moins { $min } clients. Au { $date }.
}
ui-brief-fill-in = Renseignez le profil pour trouver des clients comparables.
