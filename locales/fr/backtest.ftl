## Le backtest du score de santé : jusqu’où s’y fier, et pourquoi il ne peut pas tourner.
error-backtest-input = test rétrospectif impossible : { $reason }
backtest-no-data = l’espace de travail n’a aucune donnée d’usage
backtest-task-failed = un jour rejoué s’est arrêté de façon inattendue ({ $detail })
backtest-no-subscriptions = l’espace de travail n’a aucun abonnement
backtest-to-too-late = le dernier jour d’évaluation, { $to }, demande { $horizon } jours d’historique après lui, et les données s’arrêtent au { $end }
backtest-no-days = aucun jour d’évaluation entre { $from } et { $to } : l’historique est trop court pour cet horizon
backtest-few-churns = { $count ->
    [one] Seulement { $count } compte perdu sur l’historique évalué (moins de { $min }) : lisez l’AUC avec son intervalle, comme une indication et non un verdict.
   *[other] Seulement { $count } comptes perdus sur l’historique évalué (moins de { $min }) : lisez l’AUC avec son intervalle, comme une indication et non un verdict.
}
backtest-short-history = { $count ->
    [one] Un seul jour d’évaluation : l’historique est court, les chiffres décrivent un instant plutôt que le bilan du score.
   *[other] Seulement { $count } jours d’évaluation : l’historique est court, les chiffres décrivent quelques instants plutôt que le bilan du score.
}

## Ajustement des poids.
tune-too-few-days = { $count ->
    [one] seulement { $count } jour d’évaluation : l’ajustement en demande au moins deux, des anciens pour ajuster et des récents pour juger
   *[other] seulement { $count } jours d’évaluation : l’ajustement en demande au moins deux, des anciens pour ajuster et des récents pour juger
}
tune-no-signal = Aucun départ sur les jours d’ajustement : rien à quoi ajuster les poids, les poids actuels sont donc montrés tels quels.
tune-few-churns = Seulement { $fit } comptes perdus sur les jours d’ajustement et { $test } sur les jours mis de côté (un ajustement fiable en demande { $min } ou plus) : les poids ajustés sont une piste à vérifier, pas un verdict.
tune-not-better = Les poids ajustés ne classent pas mieux les départs des jours mis de côté que les poids actuels : gardez les poids actuels.
tune-refused = les poids ajustés n’ont pas fait mieux que les poids actuels sur les jours mis de côté, rien n’a donc été enregistré

## Quels playbooks marchent : l’attrition après les tâches d’un playbook réalisées, face à des comptes comparables où elles ne l’ont pas été.
effect-no-episodes = Le déclencheur ne s’est jamais appliqué à un compte payant aux fins de mois rejouées : rien à comparer.
effect-no-treated = Aucune tâche de ce playbook n’a été réalisée dans la fenêtre d’un épisode (non traités : { $control }) : rien à comparer.
effect-no-comparison = Épisodes traités : { $treated }, non traités : { $control }, mais aucun semblable (même segment par besoins, même zone de santé, même fenêtre de renouvellement) des deux côtés : rien à comparer.
effect-too-few = Trop peu d’épisodes comparables pour conclure (traités : { $treated }, non traités : { $control } ; il en faut au moins { $min } de chaque côté).
effect-no-interval = Écart d’attrition de { $points } points, mais aucun intervalle n’a pu être calculé : preuves insuffisantes.
effect-not-enough-evidence = Preuves insuffisantes : écart d’attrition de { $points } points face aux comptes comparables, intervalle à 95 % de { $low } à { $high } points, qui inclut l’absence d’effet.
effect-lower-churn = Les comptes dont les tâches ont été réalisées ont eu { $points } points de pourcentage d’attrition en moins que des comptes comparables où elles ne l’ont pas été (intervalle à 95 % de { $low } à { $high } points).
effect-higher-churn = Les comptes dont les tâches ont été réalisées ont eu { $points } points de pourcentage d’attrition en plus que des comptes comparables où elles ne l’ont pas été (intervalle à 95 % de { $low } à { $high } points) : les tâches arrivent peut-être trop tard, ou sont faites pour des comptes déjà perdus.
effect-better-health = Pas d’écart net d’attrition ({ $points } points, intervalle à 95 % de { $low } à { $high }), mais la santé des comptes dont les tâches ont été réalisées a gagné { $health } points de score de plus sur l’horizon que celle des comptes comparables (intervalle à 95 % de { $health_low } à { $health_high }).
effect-worse-health = Pas d’écart net d’attrition ({ $points } points, intervalle à 95 % de { $low } à { $high }), mais la santé des comptes dont les tâches ont été réalisées a perdu { $health } points de score de plus sur l’horizon que celle des comptes comparables (intervalle à 95 % de { $health_low } à { $health_high }) : les tâches arrivent peut-être trop tard.
