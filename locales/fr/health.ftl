## Un compte que le score de santé ne peut pas encore juger.
health-no-data-reason = Données insuffisantes : aucun usage du produit enregistré pour l’instant, donc aucun élément dans un sens ou dans l’autre. Le score commence avec le premier usage importé pour ce compte.
health-detail-usage-never = aucun usage enregistré pour l’instant : non pris en compte
health-band-no-data = données insuffisantes
ui-band-no-data = Données insuffisantes
cli-band-no-data = sans données
chart-health-band-no_data = données insuffisantes
deck-qbr-health-no-data = Pas encore de score de santé : aucun usage du produit n’est enregistré pour ce compte, donc aucun élément dans un sens ou dans l’autre.
deck-qbr-kpi-health-none = données insuffisantes
deck-qbr-kpi-health-none-delta = aucun usage enregistré pour l’instant
ui-account-drivers-no-data = Facteurs du score de santé · données insuffisantes pour l’instant
ui-account-chart-health-none = Évolution de la santé
    .alt = Évolution du score de santé de { $name } : données insuffisantes pour l’instant.
