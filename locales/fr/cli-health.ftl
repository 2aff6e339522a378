## `waypoint health backtest`.
cli-backtest-title = Test rétrospectif du score de santé : { $days ->
    [one] { $days } jour d’évaluation
   *[other] { $days } jours d’évaluation
} du { $from } au { $to }, churn sous { $horizon } jours
cli-backtest-counts = { $evaluations } évaluations de { $accounts } comptes ; { $churned } comptes perdus, { $contracted } évaluations suivies d’une contraction
cli-backtest-auc = AUC ROC pour le churn : { $value }
cli-backtest-auc-any = AUC ROC pour le churn ou la contraction : { $value }
cli-backtest-auc-value = { $auc } (intervalle à 95 % de { $low } à { $high })
cli-backtest-lift = Les comptes rouges sont partis { $lift } fois plus souvent que les verts ; « rouge » a repéré { $recall } des départs, et { $precision } des évaluations rouges ont été suivies d’un départ
cli-backtest-lead = Délai médian entre le premier rouge et le départ : { $days } jours ({ $count } départs ; { $never } jamais rouges avant de partir)
cli-backtest-calibration = Churn par décile de risque (1 = le dixième le plus sain) :
cli-backtest-misses = { $count ->
    [0] Aucun compte n’est parti en étant vert.
    [one] Partis en étant verts ({ $count }) :
   *[other] Partis en étant verts ({ $count }, les plus récents d’abord) :
}
cli-backtest-miss = { $account } ({ $id }) : { $score } le { $day }, parti le { $churn }
cli-backtest-driver = { $factor } −{ $points }
cli-backtest-group-few = { $count ->
    [one] { $count } compte perdu dans ce groupe : simple indication.
   *[other] { $count } comptes perdus dans ce groupe : simple indication.
}
cli-usage-contraction = --contraction { $got } : indiquez une part entre 0 et 1, par exemple 0.1
cli-col-band = zone
cli-col-evaluations = évaluations
cli-col-churn-rate = taux de churn
cli-col-decile = décile
cli-col-mean-score = score moyen
cli-account-health-none = Santé : données insuffisantes pour noter (aucun usage du produit enregistré pour l’instant)
cli-backtest-no-data = { $count ->
    [one] { $count } évaluation écartée : aucun usage enregistré, donc aucun score à tester
   *[other] { $count } évaluations écartées : aucun usage enregistré, donc aucun score à tester
}

## `waypoint health tune`.
cli-tune-title = Ajustement du score de santé : poids des facteurs ajustés au churn qui a suivi, sous { $horizon } jours
cli-tune-split = { $days ->
    [one] { $days } jour d’évaluation
   *[other] { $days } jours d’évaluation
} du { $from } au { $to } ({ $evaluations } évaluations, { $churned } comptes perdus)
cli-tune-fit = Ajusté sur les plus anciens : { $split }
cli-tune-test = Jugé sur les plus récents : { $split }
cli-tune-auc = AUC ROC du churn sur les jours mis de côté : poids actuels { $current } ; poids ajustés { $tuned }
cli-tune-better = Les poids ajustés classent mieux les départs des jours mis de côté. Relancez avec --apply pour les enregistrer.
cli-tune-better-applied = Les poids ajustés classent mieux les départs des jours mis de côté, et sont enregistrés.
cli-tune-keep = Les poids ajustés ne font pas mieux que les poids actuels sur les jours mis de côté : gardez les poids actuels.
cli-tune-saved-file = Poids ajustés enregistrés dans { $file } (sous « scorecard », avec le test rétrospectif dont ils viennent).
cli-tune-saved-workspace = Poids ajustés enregistrés dans les réglages de l’espace de travail (l’application et la CLI calculent désormais avec eux).
cli-usage-holdout = indiquez une part des jours d’évaluation entre 0 et 1, par exemple 0.33
cli-col-factor = facteur
cli-col-current = actuel
cli-col-tuned = ajusté

## `waypoint playbooks effect`.
cli-effect-title = Effet des playbooks : fins de mois du { $from } au { $to } ; « fait » = une tâche du playbook terminée dans les { $window } jours autour du jour où son déclencheur s’est vérifié pour la première fois ; résultats sur { $horizon } jours. Comparaison au sein d’un même segment de besoins, d’une même zone de santé et d’une même fenêtre de renouvellement.
cli-effect-difference = { $value } (de { $low } à { $high })
cli-col-playbook = playbook
cli-col-treated = fait
cli-col-control = pas fait
cli-col-churn-treated = churn, fait
cli-col-churn-control = churn, pas fait
cli-col-churn-difference = écart de churn, points
cli-col-health-difference = écart d’évolution de la santé
