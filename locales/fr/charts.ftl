## Graphiques : titres, sous-titres, légendes et libellés d’axes de chaque graphique (SVG de
## l’application, PNG des présentations). Nombres, montants et dates arrivent déjà formatés.

chart-list-separator = {", "}
chart-empty-activity = Aucune activité sur cette période
chart-all-accounts = Tous les comptes
chart-named-count = { $name } ({ $count })

# Usage des modules
chart-module-stack-title = Usage des modules : { $account }
chart-module-stack-segment-title = { $segment } ({ $count ->
    [one] { $count } compte
   *[other] { $count } comptes
})
chart-module-stack-volume = Événements hebdomadaires par module
chart-module-stack-volume-period = Événements hebdomadaires par module, semaines du { $period }
chart-module-stack-mix = Part de l’activité hebdomadaire par module
chart-module-stack-mix-period = Part de l’activité hebdomadaire par module, semaines du { $period }
chart-marker-usage-drop = Usage { $change }
chart-marker-account-silent = Compte inactif
chart-marker-core-silent = Utilisateurs clés inactifs

# Répartition par module
chart-mix-title-needs = Segments par besoins
chart-mix-title-value = Niveaux de valeur
chart-mix-rule = Règle : { $rule }
chart-mix-subtitle-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
} : part de l’activité par module, { $period }
chart-mix-subtitle-groups = Part de l’activité par module de chaque segment, { $period }
chart-mix-fewest = { $subtitle } ; les { $shown } sur { $total } utilisant le moins de modules
chart-mix-idle = { $subtitle } ; { $count } sans activité non affichés
chart-mix-modules-used = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
chart-mix-unused = { $count ->
    [one] { $count } inutilisé
   *[other] { $count } inutilisés
} : { $names }
chart-mix-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}

# Utilisateurs actifs
chart-users-title = Utilisateurs actifs : { $account }
chart-users-core-none = aucun utilisateur clé enregistré
chart-users-core = { $count ->
    [one] { $count } utilisateur clé enregistré
   *[other] { $count } utilisateurs clés enregistrés
}
chart-users-subtitle-period = Utilisateurs actifs, semaines du { $period } ; { $core }
chart-users-subtitle = Utilisateurs actifs ; { $core }
chart-users-empty = Aucun utilisateur actif sur cette période
chart-users-monthly = Actifs sur le mois (28 jours)
chart-users-weekly = Actifs sur la semaine
chart-users-core-active = Utilisateurs clés actifs (14 jours)
chart-users-stickiness = Adhérence (DAU/MAU)
chart-users-axis = Utilisateurs

# Mouvements de MRR
chart-mrr-title = Mouvements de MRR : { $scope }
chart-mrr-new = Nouveau
chart-mrr-expansion = Expansion
chart-mrr-reactivated = Réactivation
chart-mrr-fx = Effet de change
chart-mrr-contraction = Contraction
chart-mrr-churned = Perdu
chart-mrr-net = Variation nette
chart-mrr-nrr = NRR (12 mois)
chart-mrr-grr = GRR (12 mois)
chart-mrr-by-month = Par mois
chart-mrr-range = Par mois, { $from } – { $to }
chart-mrr-with-ratios = { $what } ; NRR et GRR sur 12 mois glissants
chart-mrr-empty = Aucun mouvement de MRR sur cette période

# Santé
chart-health-title = Santé : { $account }
chart-health-band-green = sain
chart-health-band-yellow = à surveiller
chart-health-band-red = à risque
chart-health-subtitle-period = Santé du { $period }, score { $score } ({ $band })
chart-health-subtitle-period-only = Santé du { $period }
chart-health-subtitle-building = Santé, score { $score } ({ $band }) ; la tendance se construit à mesure que les scores quotidiens sont enregistrés
chart-health-subtitle-none = Santé ; la tendance se construit à mesure que les scores quotidiens sont enregistrés
chart-health-empty = Pas encore de score de santé
chart-health-no-components = Aucune composante pour aujourd’hui
chart-health-drivers = Ce qui compose le score du jour
chart-health-not-available = n.d.
chart-health-points = { $points }/{ $max }

# Courbes de rétention
chart-retention-title-cohort = Rétention par année de début
chart-retention-title-needs = Rétention par segment de besoins
chart-retention-title-value = Rétention par niveau de valeur
chart-retention-subtitle = Part toujours cliente au { $date }, comptes perdus inclus ; intervalles à { $level }, projection sBG en pointillés
chart-retention-small = { $subtitle } ; moins de { $min } comptes : { $groups }
chart-retention-empty = Aucun compte avec abonnement sur cette période
chart-retention-axis = mois depuis le premier abonnement

# Carte besoins et valeur
chart-map-title = Besoins et valeur
chart-map-subtitle = Comptes payants par ARR et étendue d’usage, par segment de besoins, au { $date }
chart-map-hidden = { $subtitle } ; { $count } sans ARR ni usage non affichés
chart-map-empty = Aucun compte payant avec de l’usage
chart-map-breadth = étendue : modules utilisés / sous licence
chart-map-arr = ARR (échelle logarithmique)

# NPS et tickets de support
chart-nps-title = NPS et support : { $scope }
chart-nps-score = NPS { $score } sur { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
chart-nps-no-responses = aucune réponse NPS
chart-nps-tickets = { $count ->
    [one] { $count } ticket ouvert
   *[other] { $count } tickets ouverts
}, dont { $urgent } { $urgent ->
    [one] urgent ou prioritaire
   *[other] urgents ou prioritaires
}
chart-nps-no-tickets = aucun ticket
chart-nps-subtitle = { $nps } · { $tickets }
chart-nps-subtitle-period = { $period } · { $nps } · { $tickets }
chart-nps-empty = Aucune réponse NPS sur cette période
chart-nps-heading = NPS { $score }
chart-nps-detractors = { $count ->
    [one] { $count } détracteur
   *[other] { $count } détracteurs
}
chart-nps-passives = { $count ->
    [one] { $count } passif
   *[other] { $count } passifs
}
chart-nps-promoters = { $count ->
    [one] { $count } promoteur
   *[other] { $count } promoteurs
}
chart-tickets-empty = Aucun ticket sur cette période
chart-tickets-heading = Tickets de support ouverts par semaine
chart-tickets-urgent = Urgents ou prioritaires
chart-tickets-other = Autre priorité

# Plan de succès
chart-plan-title = Plan de succès : { $account }
chart-plan-subtitle-empty = Plan de succès
chart-plan-counts = terminés : { $done }, en retard : { $overdue }, ouverts : { $open }
chart-plan-counts-overdue = terminés : { $done }, en retard : { $overdue } ({ $customer } côté client, { $vendor } côté fournisseur), ouverts : { $open }
chart-plan-next-customer = { $counts } · prochaine étape attendue du client
chart-plan-next-vendor = { $counts } · prochaine étape attendue du fournisseur
chart-plan-next-other = { $counts } · prochaine étape attendue de { $owner }
chart-plan-more = { $text } · et { $count } autres
chart-plan-customer = Client
chart-plan-vendor = Fournisseur
chart-plan-empty = Aucun jalon de plan de succès
chart-plan-day = J+{ $day }
chart-plan-days = J+{ $first }–{ $last }
chart-plan-today = Aujourd’hui
chart-plan-legend-done = Terminé (à l’achèvement)
chart-plan-legend-overdue = En retard (trait jusqu’à aujourd’hui)
chart-plan-legend-open = Ouvert (à l’échéance)
chart-plan-legend-customer = Côté client
chart-plan-legend-vendor = Côté fournisseur
chart-cli-wrote = { $path } écrit
chart-health-subtitle-no-data = Données insuffisantes pour noter : aucun usage du produit enregistré pour l’instant
