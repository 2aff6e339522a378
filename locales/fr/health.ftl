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
chart-backtest-title = Le score de santé voit-il venir le churn ?
chart-backtest-subtitle = { $days } fins de mois du { $from } au { $to } ; churn sous { $horizon } jours ; { $evaluations } évaluations, { $churned } comptes perdus
chart-backtest-empty = Historique insuffisant pour tester le score : ni churn ni renouvellement à comparer
chart-backtest-roc = Courbe ROC · AUC { $auc }
chart-backtest-roc-none = Courbe ROC
chart-backtest-fpr = comptes conservés signalés
chart-backtest-tpr = churns signalés
chart-backtest-bands = Taux de churn par niveau de santé
chart-backtest-band-count = { $rate } ({ $churned }/{ $evaluations })
chart-backtest-lead = Délai du premier rouge au churn ({ $never } jamais rouges)
chart-backtest-lead-none = Aucun churn n’était rouge auparavant
chart-backtest-days = jours avant le churn
error-views-chart-shows-backtest = les fins de mois dont les données couvrent l’horizon (pour une autre période, utilisez `waypoint health backtest --from/--to`)

## Réglages : le score fonctionne-t-il ?
ui-score-check-title = Le score fonctionne-t-il ?
ui-score-check-lead = Recalcule le score de santé à chacune des 24 dernières fins de mois avec les seules données de ce jour, et le compare au churn des 90 jours suivants. Un score digne de confiance classe les comptes partis avant ceux qui sont restés.
ui-score-check-run = Tester le score sur l’historique
ui-score-check-again = Tester à nouveau
ui-score-check-running = Recalcul du score sur l’historique…
ui-score-check-window = { $days } fins de mois du { $from } au { $to }, churn sous { $horizon } jours
ui-score-check-counts = { $evaluations } évaluations de { $accounts } comptes ; { $churned } comptes perdus
ui-score-check-auc = AUC ROC pour le churn : { $value } (0,5 équivaut au hasard, 1 est parfait)
ui-score-check-auc-value = { $auc } (intervalle à 95 % de { $low } à { $high })
ui-score-check-lift = Les comptes rouges sont partis { $lift } fois plus souvent que les verts ; le rouge a repéré { $recall } des départs, et { $precision } des comptes rouges sont partis.
ui-score-check-lead-time = Délai médian entre le premier rouge et le départ : { $days } jours ({ $never } départs n’avaient jamais été rouges).
ui-score-check-no-data = { $count } évaluations écartées : aucun usage enregistré, donc aucun score à tester.
ui-score-check-chart-alt = Courbe ROC, taux de churn par niveau de santé et jours entre le premier rouge et le départ.
ui-score-check-misses = { $count ->
    [0] Aucun compte n’est parti en étant vert.
    [one] Partis en étant verts (le dernier jour vert avant le départ)
   *[other] Partis en étant verts ({ $count }, le dernier jour vert avant chaque départ)
}
ui-score-check-col-account = Compte
ui-score-check-col-green = Vert le
ui-score-check-col-churned = Parti le
ui-score-check-col-drivers = Ce qui lui coûtait des points
ui-score-check-green-on = { $score } le { $day }
ui-score-check-driver = { $factor } −{ $points }

## La diapositive facultative du portefeuille.
deck-pf-backtest-title = Le score de santé a-t-il vu venir le churn ?
deck-pf-backtest-alt = Courbe ROC du score de santé, taux de churn par niveau et jours entre le premier rouge et le départ
deck-pf-backtest-auc = AUC ROC { $auc } (intervalle à 95 % de { $low } à { $high }) sur { $churned } comptes perdus : 0,5 équivaut au hasard, 1 à un classement parfait.
deck-pf-backtest-lift = Les comptes rouges sont partis { $lift } fois plus souvent que les verts.
deck-pf-backtest-lead = Délai médian entre le premier rouge et le départ : { $days } jours.

## Réglages → « Les poids peuvent-ils faire mieux ? » (health tune).
ui-tune-title = Les poids peuvent-ils faire mieux ?
ui-tune-lead = Ajuste les poids des facteurs au churn qui a suivi sur les deux tiers les plus anciens des jours d’évaluation, puis classe les comptes des jours les plus récents avec les poids actuels et les poids ajustés. Le score reste une somme de points par facteur nommé ; rien ne change avant que vous appliquiez.
ui-tune-run = Ajuster les poids à l’historique
ui-tune-running = Ajustement des poids…
ui-tune-split = { $days } fins de mois du { $from } au { $to } ({ $evaluations } évaluations, { $churned } comptes perdus)
ui-tune-fit = Ajusté sur les plus anciennes : { $split }
ui-tune-test = Jugé sur les plus récentes : { $split }
ui-tune-col-factor = Facteur
ui-tune-col-current = Poids actuel
ui-tune-col-tuned = Poids ajusté
ui-tune-auc = AUC ROC du churn sur les jours mis de côté : poids actuels { $current } ; poids ajustés { $tuned }
ui-tune-apply = Appliquer les poids ajustés
ui-tune-apply-hint = Tous les écrans, les présentations et la CLI calculeront alors avec eux ; la trace de l’ajustement est gardée avec les poids.
ui-tune-keep = Les poids ajustés ne classent pas mieux les départs des jours mis de côté : gardez les poids actuels.
ui-tune-applied = Poids ajustés appliqués : tous les écrans calculent désormais avec eux.
ui-tune-record = Poids ajustés le { $day } sur les fins de mois du { $from } au { $to } : AUC sur les jours mis de côté { $before } avant, { $after } après.
