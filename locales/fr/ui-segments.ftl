## Écran des segments : segments par besoins à côté des niveaux de valeur, leur tableau croisé et
## leurs graphiques, les comptes d’un segment, et le générateur de règles avec son comptage en direct.

ui-seg-title = Segments
ui-seg-summary = { $count ->
    [one] { $count } compte · ARR { $arr } · données au { $date }
   *[other] { $count } comptes · ARR { $arr } · données au { $date }
}
ui-seg-retry = Réessayer
ui-seg-assigned = { $count ->
    [one] { $count } compte a changé depuis le calcul des segments de besoins du { $date } : il a rejoint le segment le plus proche.
   *[other] { $count } comptes ont changé depuis le calcul des segments de besoins du { $date } : ils ont rejoint le segment le plus proche.
}
ui-seg-refit = Recalculer les segments
ui-seg-loading = Chargement des segments…
ui-seg-empty = Aucun compte à segmenter pour l’instant
ui-seg-empty-body = Importez des comptes et des données d’usage, ou chargez le portefeuille de démonstration depuis l’accueil.
ui-seg-needs-title = Par besoins
ui-seg-needs-lead = Comment les comptes utilisent le produit : la part de chaque module dans leur activité sur 13 semaines, et la profondeur d’usage. Obtenus par clustering, nommés d’après les modules dominants.
ui-seg-value-title = Par valeur
ui-seg-value-lead = Ce que paient les comptes : niveaux d’ARR. À lire en regard de la colonne de gauche : un même niveau regroupe souvent plusieurs façons d’utiliser le produit.
ui-seg-no-segments = Aucun segment pour l’instant.
ui-seg-charts = Graphiques
ui-seg-module-mix = Répartition par module
ui-seg-chart-tab-needs = Répartition par module, par besoins
ui-seg-chart-tab-value = Répartition par module, par valeur
ui-seg-chart-needs-alt = Répartition par module de chaque segment par besoins : part de l’activité par module
ui-seg-chart-value-alt = Répartition par module de chaque niveau de valeur : part de l’activité par module
ui-seg-map = Carte des segments
ui-seg-map-alt = Comptes payants selon l’ARR et l’étendue d’usage, colorés par segment par besoins
ui-seg-arr = ARR { $arr }

## Cartes de segment
ui-seg-stat-accounts = Comptes
ui-seg-stat-arr = ARR
ui-seg-stat-arr-value = { $arr } ({ $share })
ui-seg-stat-health = Santé moyenne
ui-seg-stat-at-risk = À risque
ui-seg-stat-breadth = Étendue
ui-seg-stat-depth = Profondeur

## Tableau croisé besoins × valeur
ui-seg-crosstab-title = Besoins × valeur
ui-seg-crosstab-empty = Aucun compte à croiser pour l’instant.
ui-seg-needs-segment = Segment par besoins
ui-seg-value-tier = Niveau de valeur
ui-seg-total = Total
ui-seg-cell-title = { $count ->
    [one] { $row } × { $column } : { $count } compte · ARR { $arr }
   *[other] { $row } × { $column } : { $count } comptes · ARR { $arr }
}
ui-seg-association-none = Trop peu de comptes actifs et payants pour comparer les deux lectures.
ui-seg-association-unrelated = Besoins et valeur sont indépendants (V de Cramér { $v }, comptes actifs payants).
ui-seg-association-weak = Besoins et valeur sont faiblement liés (V de Cramér { $v }, comptes actifs payants).
ui-seg-association-moderate = Besoins et valeur sont modérément liés (V de Cramér { $v }, comptes actifs payants).
ui-seg-association-strong = Besoins et valeur sont fortement liés (V de Cramér { $v }, comptes actifs payants).
ui-seg-adjusted-rand = Indice de Rand ajusté { $value } (1 = le même regroupement).
ui-seg-hover = Survolez une cellule pour voir son ARR.
ui-seg-sentence-gap = { " " }

## Comptes d’un segment
ui-seg-members-needs = Segment par besoins : { $name }
ui-seg-members-value = Niveau de valeur : { $name }
ui-seg-members-rule = Règle : { $name }
ui-seg-members-summary = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
} · ARR { $arr } · { $shown ->
    [one] { $shown } affiché
   *[other] { $shown } affichés
}
ui-seg-close = Fermer
ui-seg-members-loading = Chargement des comptes…
ui-seg-filter = Filtrer les comptes
ui-seg-filter-placeholder = Filtrer les comptes…
ui-seg-members-label = Comptes de { $name }
ui-seg-members-no-match = Aucun compte ne correspond
ui-seg-members-none = Aucun compte dans ce segment
ui-seg-members-chart-alt = Répartition par module de chaque compte de { $name }, ceux qui utilisent le moins de modules d’abord
ui-seg-col-account = Compte
ui-seg-col-health = Santé
ui-seg-col-arr = ARR
ui-seg-col-breadth = Étendue
ui-seg-col-owner = Responsable
ui-seg-at-risk = à risque
ui-seg-at-risk-title = À risque : score de santé rouge ou alerte de gravité élevée

## Générateur de règles (la syntaxe des règles est la même dans toutes les langues)
ui-seg-rule-title = Segment par règle
ui-seg-rule-lead-facts = N’importe quelle donnée du compte :{ " " }
ui-seg-rule-lead-sep = { ", " }
ui-seg-rule-lead-missing = . Le texte ignore la casse ; une donnée manquante ne correspond qu’à{ " " }
ui-seg-rule-lead-end = .
ui-seg-rule-expression = Expression
ui-seg-rule-column = (colonne { $column })
ui-seg-rule-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
ui-seg-rule-arr = ARR { $arr } ({ $share } du portefeuille)
ui-seg-rule-type = Saisissez une règle pour compter ses comptes.
ui-seg-rule-counting = Comptage…
ui-seg-rule-label = Règle
ui-seg-rule-all = :
ui-seg-rule-largest = ; les { $count } plus importants par ARR :
ui-seg-rule-show-all = { $count ->
    [one] Afficher le compte avec sa répartition par module
   *[other] Afficher les { $count } comptes avec leur répartition par module
}
ui-seg-rule-fields = Champs
ui-seg-rule-fields-every = Tous les portefeuilles
ui-seg-rule-fields-book = Ce portefeuille
ui-seg-rule-field-number = { $about } (nombre)
ui-seg-rule-field-text = { $about } (texte)
