## Ce que le moteur dit d’un compte : alertes, et composantes du score de santé avec ce que
## chacune a mesuré. Les arguments arrivent déjà formatés pour la langue.

alert-usage-drop = Activité en baisse de { $drop } d’une semaine à l’autre : { $events } événements sur les 7 jours jusqu’au { $day }, contre { $before } la semaine précédente
alert-account-silent = { $days ->
    [one] Aucune activité depuis { $days } jour (dernier événement le { $last })
   *[other] Aucune activité depuis { $days } jours (dernier événement le { $last })
}
alert-account-silent-never = Aucune activité depuis { $days } jours (aucun événement à ce jour)
alert-core-users-silent = { $count ->
    [one] Le seul utilisateur clé (sponsor, administrateur ou champion) est inactif depuis { $days } jours ou plus ; vu pour la dernière fois : { $name } ({ $role }) le { $last }
   *[other] Aucun des { $count } utilisateurs clés (sponsors, administrateurs, champions) actif depuis { $days } jours ou plus ; vu pour la dernière fois : { $name } ({ $role }) le { $last }
}
alert-core-users-silent-never = { $count ->
    [one] Le seul utilisateur clé (sponsor, administrateur ou champion) est inactif depuis { $days } jours ou plus ; aucune activité sur les 13 dernières semaines
   *[other] Aucun des { $count } utilisateurs clés (sponsors, administrateurs, champions) actif depuis { $days } jours ou plus ; aucune activité sur les 13 dernières semaines
}
alert-unused-modules = { $unused } des { $licensed } modules sous licence inutilisés ces 28 derniers jours : { $modules } (fin de la période d’onboarding le { $onboarded })
alert-nps-detractor = Détracteur NPS : note de { $score } le { $day }
alert-nps-detractor-comment = Détracteur NPS : note de { $score } le { $day } : « { $comment } »
alert-ticket-spike = { $count ->
    [one] { $count } ticket de support ces 14 derniers jours, contre { $baseline } par quinzaine sur les 12 semaines précédentes
   *[other] { $count } tickets de support ces 14 derniers jours, contre { $baseline } par quinzaine sur les 12 semaines précédentes
}
alert-renewal-risk-fell = Renouvellement le { $renewal } (dans { $days } jours) et score de santé passé de { $before } à { $score } en 28 jours
alert-renewal-risk-red = Renouvellement le { $renewal } (dans { $days } jours) et score de santé dans le rouge ({ $score })

health-component-usage-trend = Tendance d’usage
    .hint = Événements du mois par rapport au mois précédent
health-component-breadth = Étendue d’usage
    .hint = Modules utilisés parmi ceux sous licence
health-component-depth = Profondeur d’usage
    .hint = Utilisateurs actifs ayant réalisé un événement de valeur
health-component-stickiness = Adhérence (DAU/MAU)
    .hint = Utilisateurs actifs par jour rapportés aux utilisateurs actifs par mois
health-component-core-users = Utilisateurs clés
    .hint = Sponsor, administrateurs et champions actifs ces 14 derniers jours
health-component-nps = NPS
    .hint = Net Promoter Score des réponses récentes
health-component-support = Charge de support
    .hint = Tickets du mois et tickets graves encore ouverts
health-component-milestones = Avancement des jalons
    .hint = Jalons arrivés à échéance qui sont terminés

health-detail-usage-trend = { $change } d’événements d’un mois sur l’autre ({ $events } contre { $before })
health-detail-usage-none = aucun événement sur les 8 dernières semaines
health-detail-usage-new = { $events } événements ce mois-ci, aucun le mois précédent
health-detail-breadth = { $used } modules sur { $total } utilisés ce mois-ci
health-detail-breadth-licensed = { $used } modules sous licence sur { $total } utilisés ce mois-ci
health-detail-depth = { $value_users } utilisateurs actifs sur { $active } ont réalisé un événement de valeur
health-detail-stickiness = DAU/MAU { $ratio } ({ $daily } utilisateurs par jour pour { $monthly } par mois)
health-detail-core-none = aucun sponsor, administrateur ou champion enregistré
health-detail-core = { $active } utilisateurs clés sur { $total } actifs ces 14 derniers jours
health-detail-nps = { $responses ->
    [one] NPS de { $nps } sur { $responses } réponse en { $days } jours
   *[other] NPS de { $nps } sur { $responses } réponses en { $days } jours
}
health-detail-nps-none = aucune réponse NPS en { $days } jours
health-detail-support = { $tickets } tickets ce mois-ci, { $severe } en priorité haute ou urgente encore ouverts
health-detail-milestones = { $done } jalons terminés sur les { $due } arrivés à échéance

role-executive_sponsor = sponsor exécutif
role-admin = administrateur
role-champion = champion
role-user = utilisateur

stage-reason-manual = défini sur le compte
stage-reason-churned = plus de MRR à cette date après en avoir eu
stage-reason-unpaid = pas encore d’abonnement payant
stage-reason-red = score de santé de { $score }, dans la zone rouge
stage-reason-onboarding = { $days ->
    [one] client depuis { $days } jour
   *[other] client depuis { $days } jours
}
stage-reason-renewal = renouvellement le { $renewal }, dans { $days } jours
stage-reason-value = valeur atteinte le { $first_value } ; { $used } modules sur { $total } utilisés ; { $value_users } utilisateurs réalisent des événements de valeur
stage-reason-no-value = pas encore d’événement de valeur
stage-reason-narrow = { $used } modules sur { $total } utilisés
stage-reason-no-value-users = aucun utilisateur n’a réalisé d’événement de valeur ce mois-ci

## Le profil d’un segment en une ligne.
segment-summary = { $count ->
    [one] { $count } compte, ARR { $arr } ({ $share } du portefeuille)
   *[other] { $count } comptes, ARR { $arr } ({ $share } du portefeuille)
}
segment-summary-health = { $base }, score de santé moyen { $health }
segment-summary-mix = { $base } ; activité : { $mix }
retention-note-constant = le churn ne baisse pas avec l’ancienneté : le meilleur ajustement est un taux constant de { $churn } par an
