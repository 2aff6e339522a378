## Le backtest du score de santé : jusqu’où s’y fier, et pourquoi il ne peut pas tourner.
error-backtest-input = test rétrospectif impossible : { $reason }
backtest-no-data = l’espace de travail n’a aucune donnée d’usage
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
