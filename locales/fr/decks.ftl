## Présentations : la revue trimestrielle (QBR), la synthèse du portefeuille et la note de
## valeur (PPTX et PDF). Chaque phrase est un message entier, nombres et dates déjà formatés.

deck-logo-alt = Logo { $company }
deck-sentence-join = {" "}
deck-title-separator = {" ; "}
deck-vs-last-quarter = { $delta } par rapport au trimestre précédent
deck-no-change = inchangé par rapport au trimestre précédent
deck-no-earlier-quarter = pas de trimestre précédent
deck-none = –

## Évolutions entre deux trimestres
deck-change-unchanged = stable à { $value }
deck-change-up = en hausse de { $change } par rapport à { $before }
deck-change-down = en baisse de { $change } par rapport à { $before }
deck-change-from-none = de zéro à { $value }
deck-change-none = aucun, comme avant

## QBR : couverture, synthèse et phrases
deck-qbr-title = { $account } : revue trimestrielle
deck-qbr-subtitle = { $quarter } · { $company } · préparée par { $csm } · { $date }
deck-qbr-default-csm = votre équipe Customer Success
deck-qbr-welcome = Bienvenue à { $account } ; cette revue couvre le { $quarter } ({ $period }).
deck-qbr-file-title = { $account } : QBR { $quarter }
deck-qbr-footer = { $company } · { $account } · QBR { $quarter }
deck-qbr-glance = { $quarter } en un coup d’œil
deck-qbr-kpi-health = Score de santé
deck-qbr-kpi-arr = ARR
deck-qbr-kpi-mau = Utilisateurs actifs mensuels
deck-qbr-kpi-nps = NPS du trimestre
deck-qbr-kpi-nps-none = aucune réponse
deck-qbr-kpi-nps-none-delta = aucune réponse à l’enquête ce trimestre
deck-qbr-went-well = Ce qui a bien fonctionné
deck-qbr-needs-attention = Points de vigilance
deck-qbr-lead-win = Commencer par la réussite : { $win }
deck-qbr-main-risk = Puis le principal risque : { $risk }

deck-qbr-health-first = Le score de santé est de { $score } ({ $band }) ; aucun score de fin { $previous } ne permet de comparer.
deck-qbr-health = Le score de santé est de { $score } ({ $band }), { $direction ->
    [up] en hausse de { $points } points par rapport à { $before } à la fin du { $previous }.
    [down] en baisse de { $points } points par rapport à { $before } à la fin du { $previous }.
   *[same] inchangé depuis la fin du { $previous }.
}
deck-qbr-health-driver = Le facteur le plus déterminant : { $driver } ({ $points } points).
deck-qbr-health-drivers = Le facteur le plus déterminant : { $driver } ({ $points } points), puis { $next } ({ $next_points }).

deck-qbr-win-modules = Adoption de { $modules } : { $used } modules sur { $basis } désormais utilisés.
deck-qbr-win-mau = Utilisateurs actifs mensuels { $change }.
deck-qbr-win-arr = L’ARR a progressé de { $growth } pour atteindre { $arr }.
deck-qbr-win-health = Le score de santé a gagné { $points } points pour atteindre { $score }.
deck-qbr-win-milestones = { $count ->
    [one] { $count } jalon du plan de succès atteint
   *[other] { $count } jalons du plan de succès atteints
} : { $titles }.
deck-qbr-no-wins = Pas de réussite nette ce trimestre : ni nouveau module, ni hausse des utilisateurs, ni expansion, ni jalon atteint.
deck-qbr-risk-overdue = { $count ->
    [one] { $count } jalon est en retard
   *[other] { $count } jalons sont en retard
} : { $customer } côté client, { $vendor } de notre côté.
deck-qbr-no-risks = Aucun risque ouvert : ni alerte ni jalon en retard à la fin du trimestre.
deck-qbr-renewal = Renouvellement le { $date }, { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après la fin du trimestre ; ARR { $arr }.
deck-qbr-renewal-past = Le renouvellement était prévu le { $date } ; ARR { $arr }.
deck-qbr-renewal-open = Pas de date de renouvellement fixe (contrat à durée indéterminée) ; ARR { $arr }.
deck-qbr-renewal-none = Aucun contrat en cours à la fin du trimestre.

## QBR : plan de succès
deck-qbr-plan-title = Plan de succès : objectifs et jalons
deck-qbr-plan-chart = Plan de succès
deck-qbr-plan-alt = Jalons du plan de succès sur une frise
deck-qbr-plan-status = Terminés : { $done }, en retard : { $overdue } ({ $customer } côté client, { $vendor } côté fournisseur), ouverts : { $open }.
deck-qbr-plan-done-quarter = Atteints ce trimestre : { $count }.
deck-qbr-plan-next-customer = Prochaine étape : { $milestone } (échéance { $due }), attendue du client.
deck-qbr-plan-next-vendor = Prochaine étape : { $milestone } (échéance { $due }), à notre charge.
deck-qbr-plan-none = Aucun jalon ouvert : définissons ensemble les prochains objectifs.

## QBR : adoption
deck-qbr-adoption-title = Adoption : usage des modules
deck-qbr-adoption-chart = Usage des modules
deck-qbr-adoption-alt = Événements hebdomadaires par module sur deux trimestres
deck-qbr-modules-used = { $used } modules sur { $basis } utilisés au cours des 4 dernières semaines.
deck-qbr-modules-used-change = { $used } modules sur { $basis } utilisés au cours des 4 dernières semaines ({ $change } par rapport au trimestre précédent).
deck-qbr-events = Événements des 4 dernières semaines : { $change }.
deck-qbr-unused = Sous licence mais inutilisés : { $modules }.
deck-qbr-users-title = Adoption : utilisateurs actifs
deck-qbr-users-chart = Utilisateurs actifs
deck-qbr-users-alt = Utilisateurs actifs et adhérence (DAU/MAU) par semaine
deck-qbr-mau = Utilisateurs actifs mensuels : { $change }.
deck-qbr-stickiness = Adhérence (DAU/MAU) : { $value }.
deck-qbr-stickiness-was = Adhérence (DAU/MAU) : { $value } (contre { $before }).
deck-qbr-core-active = Utilisateurs clés actifs au cours des 14 derniers jours : { $active } sur { $total }.

## QBR : santé
deck-qbr-health-title = Santé : tendance et facteurs
deck-qbr-health-chart = Santé
deck-qbr-health-alt = Évolution du score de santé et facteurs du jour
deck-qbr-weakest = Point le plus faible : { $part } ({ $points } points sur { $max }) : { $detail }.

## QBR : valeur
deck-qbr-value-title = Valeur apportée
deck-qbr-kpi-value-events = Événements de valeur ce trimestre
deck-qbr-kpi-value-users = Utilisateurs ayant atteint la valeur
deck-qbr-kpi-ttv = Délai avant la première valeur
deck-qbr-ttv-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
deck-qbr-ttv-none = pas encore
deck-qbr-first-value = première valeur le { $date }
deck-qbr-no-value = aucun événement de valeur pour l’instant
deck-qbr-value-events = Les événements de valeur sont des actions clés menées à terme (par exemple un entonnoir enregistré), pas des consultations : { $now } ce trimestre, { $before } le trimestre précédent.
deck-qbr-depth = Profondeur d’usage : { $depth } des utilisateurs actifs du mois ont réalisé un événement de valeur.
deck-qbr-depth-none = Profondeur d’usage : aucun utilisateur actif ce mois-ci.

## QBR : support
deck-qbr-support-title = Support
deck-qbr-support-opened = Tickets ouverts
deck-qbr-support-urgent = Urgents ou prioritaires
deck-qbr-support-first-response = Délai médian de première réponse
deck-qbr-support-resolve = Délai médian de résolution
deck-qbr-support-csat = CSAT (1-5)
deck-qbr-support-change = Évolution
deck-qbr-hours = { $hours } h
deck-qbr-csat = { $score } / 5
deck-qbr-support-note = { $now } tickets ce trimestre contre { $before } au { $previous } ; { $urgent } urgents ou prioritaires.

## QBR : NPS
deck-qbr-nps-title = NPS : ce que dit le client
deck-qbr-nps-chart = NPS et support
deck-qbr-nps-alt = Réponses NPS par note et tickets par semaine
deck-qbr-quote = « { $comment } » (note { $score }, { $date })
deck-qbr-no-comments = Aucune réponse de ce trimestre n’était accompagnée d’un commentaire.
deck-qbr-nps-note = Lire une citation à voix haute et demander ce qui a changé depuis.

## QBR : renouvellement
deck-qbr-renewal-title = Renouvellement et expansion
deck-qbr-mrr-chart = Mouvements de MRR
deck-qbr-mrr-alt = Mouvements mensuels de MRR sur la dernière année
deck-qbr-arr = ARR : { $change }.
deck-qbr-mrr-none = Aucun mouvement de MRR ce trimestre : ni expansion, ni contraction, ni churn.
deck-qbr-mrr-moves = MRR du trimestre : +{ $up } en nouveau et expansion, -{ $down } en contraction, -{ $lost } perdus.

## QBR : trimestre suivant
deck-qbr-next-title = Plan pour le { $quarter } et demandes
deck-qbr-next-empty = Rien n’est encore prévu : définissons les jalons du prochain trimestre lors de cette réunion.
deck-qbr-col-milestone = Jalon
deck-qbr-col-due = Échéance
deck-qbr-col-owner = Responsable
deck-qbr-col-status = Statut
deck-qbr-owner-customer = Client
deck-qbr-owner-us = Nous
deck-qbr-status-open = ouvert
deck-qbr-status-overdue = en retard
deck-qbr-status-done = terminé
deck-qbr-no-asks = Aucune demande en attente auprès du client.
deck-qbr-asks = Demander au client : { $items }.
deck-qbr-nothing-ours = Rien en attente de notre côté.
deck-qbr-ours = Nous nous engageons à : { $items }.

## QBR : définitions
deck-qbr-appendix-title = Annexe : définitions
deck-qbr-def-health = Score de santé : de 0 à 100, à partir de la tendance d’usage, de l’étendue, de la profondeur, de l’adhérence, des utilisateurs clés, du NPS, de la charge de support et des jalons ; sain à partir de { $green }, à surveiller à partir de { $yellow }.
deck-qbr-def-mau = Utilisateurs actifs mensuels : utilisateurs distincts ayant au moins un événement dans les 28 jours précédant la fin du trimestre ; DAU/MAU = utilisateurs quotidiens moyens / utilisateurs actifs mensuels.
deck-qbr-def-breadth = Étendue d’usage : modules utilisés au cours des 4 dernières semaines rapportés aux modules sous licence (ou disponibles).
deck-qbr-def-value = Événements de valeur : actions clés menées à terme (par exemple un entonnoir enregistré), pas des pages vues.
deck-qbr-def-nps = NPS : % de promoteurs (9-10) moins % de détracteurs (0-6) parmi les réponses du trimestre.
deck-qbr-def-arr = ARR : 12 fois le revenu récurrent mensuel des abonnements en cours le dernier jour du trimestre.
deck-qbr-def-compare = Chaque évolution compare le dernier jour du trimestre au dernier jour du trimestre précédent.
deck-qbr-appendix-note = Pour référence ; non présenté.

## Synthèse du portefeuille
deck-pf-title = { $company } : revue du portefeuille
deck-pf-subtitle = { $quarter } · { $count ->
    [one] { $count } compte payant
   *[other] { $count } comptes payants
} · { $date }
deck-pf-cover-note = Deux minutes : revenu, risques, renouvellements, où agir.
deck-pf-footer = { $company } · portefeuille · { $quarter }
deck-pf-file-title = { $company } portefeuille { $quarter }
deck-pf-points = { $points } points par rapport au trimestre précédent
deck-pf-more = … et { $count } autres
deck-pf-glance = Le portefeuille en un coup d’œil, { $quarter }
deck-pf-kpi-arr = ARR
deck-pf-kpi-nrr = NRR (12 mois)
deck-pf-kpi-grr = GRR (12 mois)
deck-pf-kpi-at-risk = ARR à risque
deck-pf-paying = { $count ->
    [one] { $count } compte payant
   *[other] { $count } comptes payants
} ({ $before } à la fin du { $previous }) ; ARR { $arr }.
deck-pf-risky = { $count ->
    [one] { $count } compte est à risque (santé rouge ou alerte de gravité élevée), représentant { $arr } d’ARR.
   *[other] { $count } comptes sont à risque (santé rouge ou alerte de gravité élevée), représentant { $arr } d’ARR.
}
deck-pf-churn = Taux d’attrition client sur 12 mois : { $rate }.
deck-pf-conversion = Montants en { $currencies } convertis en { $currency } aux taux moyens mensuels ; NRR et GRR à taux de change constant.
deck-pf-revenue-title = Revenu : mouvements et rétention
deck-pf-revenue-chart = Mouvements de MRR et rétention
deck-pf-revenue-alt = Mouvements mensuels de MRR avec NRR et GRR sur 12 mois
deck-pf-revenue-note = NRR de { $nrr } et GRR de { $grr } sur 12 mois glissants.
deck-pf-health-title = Santé des comptes payants
deck-pf-col-health = Santé
deck-pf-col-accounts = Comptes
deck-pf-col-change = Évolution
deck-pf-col-arr = ARR
deck-pf-col-at-risk = À risque
deck-pf-col-reason = Raison principale
deck-pf-col-renewal = Renouvellement
deck-pf-col-account = Compte
deck-pf-col-csm = CSM
deck-pf-col-health-change = Évolution de la santé
deck-pf-col-health-now = Santé actuelle
deck-pf-col-overdue = Tâches en retard
deck-pf-col-capacity = Capacité utilisée
deck-pf-col-needs-value = Besoins \ valeur
deck-pf-red-health = santé rouge
deck-pf-no-risk = Aucun compte à risque à la fin du trimestre.
deck-pf-health-note = { $count ->
    [one] { $count } compte à risque ; le tableau liste les plus importants.
   *[other] { $count } comptes à risque ; le tableau liste les plus importants.
}
deck-pf-renewals-title = Renouvellements des 90 prochains jours : { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}, { $arr }
deck-pf-band = { $score } ({ $band })
deck-pf-renewals-note = { $count ->
    [one] { $count } renouvellement de { $arr } tombe dans les 90 jours suivant le trimestre ; { $risky } à risque.
   *[other] { $count } renouvellements représentant { $arr } tombent dans les 90 jours suivant le trimestre ; { $risky } sont à risque.
}
deck-pf-segments-title = Segments : besoins et valeur (comptes payants)
deck-pf-segments-note = Le V de Cramér entre besoins et valeur vaut { $v } : proche de 0, il indique que l’usage du produit ne suit pas le montant payé, et que les niveaux de valeur seuls ne le montrent pas.
deck-pf-movers-title = Plus fortes évolutions : santé depuis le trimestre précédent
deck-pf-movers-note = D’abord les baisses (demander au CSM ce qui s’est passé), puis les hausses (ce qui a fonctionné).
deck-pf-workload-title = Charge des CSM : { $csms } CSM, { $needed } nécessaires selon les ratios de couverture
deck-pf-workload-note = Une capacité supérieure à 100 % signifie que le portefeuille dépasse ce que permettent les ratios de couverture.
deck-alert-usage_drop = baisse d’usage
deck-alert-account_silent = compte inactif
deck-alert-core_users_silent = utilisateurs clés inactifs
deck-alert-unused_modules = modules inutilisés
deck-alert-nps_detractor = détracteur NPS
deck-alert-ticket_spike = pic de tickets
deck-alert-renewal_risk = renouvellement à risque

## Note de valeur
deck-brief-title = { $prospect } : ce que des clients comme vous ont obtenu
deck-brief-subtitle = { $company } · note de valeur fondée sur { $count } clients comparables · { $date }
deck-brief-cover-note = Tout provient de { $count } clients comparables à { $prospect }, aucun n’est nommé.
deck-brief-footer = { $company } · note de valeur · { $prospect }
deck-brief-file-title = Note de valeur : { $prospect }
deck-brief-evidence-title = Avec qui nous avons comparé
deck-brief-comparables = { $count } clients comparables à { $prospect } : { $active } clients actuels et { $former } anciens clients, conservés pour ne pas embellir la rétention.
deck-brief-match-industry = { $count } dans le secteur { $industry }.
deck-brief-match-size = { $count } de taille comparable (de la moitié au double de { $employees } salariés).
deck-brief-match-region = { $count } dans la région { $region }.
deck-brief-match-modules = { $count } disposant d’une licence pour tous ces modules : { $modules }.
deck-brief-match-deal = { $count } avec un contrat de taille comparable.
deck-brief-widened = Peu de correspondances proches : la comparaison s’étend aux { $count } clients les plus similaires.
deck-brief-anonymous = Aucun client n’est nommé : chaque chiffre agrège au moins { $min } clients, les chiffres portant sur moins sont écartés.
deck-brief-evidence-note = Expliquer la comparaison avant de montrer le moindre chiffre.
deck-brief-adoption-title = À quelle vitesse ils ont adopté chaque module
deck-brief-no-modules = Le profil ne cite aucun module du catalogue : ajoutez `modules` pour voir l’adoption.
deck-brief-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
deck-brief-too-few-used = moins de { $min } l’ont utilisé
deck-brief-of = { $count } sur { $total }
deck-brief-col-module = Module
deck-brief-col-used-by = Utilisé par
deck-brief-col-first-use = Délai médian avant la première utilisation
deck-brief-history = Calculé sur les clients arrivés après le début des données d’usage ({ $date }) : pour les arrivées antérieures, aucune première utilisation n’est enregistrée.
deck-brief-adoption-note = Le délai avant la première utilisation court depuis le début du contrat ; un usage pendant l’essai compte pour le jour 0. Pour { $prospect }, prévoir l’accompagnement dans cet ordre.
deck-brief-outcomes-title = Délai avant la valeur et situation actuelle
deck-brief-too-few = trop peu
deck-brief-kpi-ttv = Délai médian jusqu’à la première valeur (jours)
deck-brief-from-customers = sur { $count } clients
deck-brief-kpi-within-90 = Valeur atteinte en 90 jours
deck-brief-of-total = sur { $total }
deck-brief-kpi-breadth = Étendue médiane
deck-brief-breadth-hint = modules utilisés / sous licence
deck-brief-kpi-stickiness = Adhérence médiane (DAU/MAU)
deck-brief-stickiness-hint = usage quotidien
deck-brief-range = de { $low } à { $high }
deck-brief-range-unknown = trop peu de clients pour conclure
deck-brief-ttv-range = La moitié d’entre eux a atteint son premier événement de valeur dans un délai allant { $range } jours.
deck-brief-depth-range = Profondeur d’usage actuelle (part des utilisateurs actifs atteignant la valeur) : { $range } pour la moitié centrale.
deck-brief-health = Score de santé actuel : médiane de { $score } sur 100.
deck-brief-health-unknown = Score de santé actuel : trop peu de clients pour conclure.
deck-brief-retention-title = Combien de temps restent des clients comme vous
deck-brief-group-like-you = Clients comme vous
deck-brief-group-all = Tous les clients
deck-brief-retention-chart = Part toujours cliente
deck-brief-retention-subtitle = Mois depuis le premier abonnement, au { $date } ; projection sBG en pointillés
deck-brief-retention-alt = Rétention des clients comparables face à l’ensemble des clients
deck-brief-retained = { $share } des clients comparables à { $prospect } étaient toujours clients au bout de 12 mois.
deck-brief-retained-unknown = Trop peu de clients ont 12 mois d’ancienneté pour dire combien restent.
deck-brief-ltv = Durée de vie actualisée attendue de { $years } ans (sBG, 10 % par an) : à { $arr } par an, une valeur vie client (LTV) de { $ltv }.
deck-brief-lifetime = Durée de vie actualisée attendue de { $years } ans (sBG, 10 % par an) ; ajoutez expected_mrr pour obtenir une valeur vie client.
deck-brief-no-sbg = Pas d’ajustement sBG possible pour ces clients.
deck-brief-plan-title = Plan recommandé à 30, 60 et 90 jours
deck-brief-no-plan = Trop peu de clients comparables avaient des jalons de plan de succès pour recommander un plan.
deck-brief-day = J+{ $day }
deck-brief-col-by = Échéance
deck-brief-col-milestone = Jalon
deck-brief-col-completed = Atteint par
deck-brief-plan-note = Les étapes qu’ont suivies les clients comparables durant leurs 90 premiers jours, les plus fréquentes d’abord dans chaque phase.
deck-brief-method-title = Méthode
deck-brief-method-comparable = Comparables : note fondée sur le secteur (3), une taille de la moitié au double des effectifs (2), une licence pour tous les modules d’intérêt (2), la région (1), un contrat de la moitié au double de l’ARR attendu (1) ; note de 3 ou plus, les 40 plus proches.
deck-brief-method-time = Les délais avant la première utilisation et la première valeur courent depuis le début du premier abonnement.
deck-brief-method-today = Étendue, profondeur et adhérence (DAU/MAU) sont les valeurs actuelles des clients en cours (définitions en annexe de chaque QBR).
deck-brief-method-retention = La rétention est estimée par Kaplan-Meier sur tous les clients comparables, anciens compris, avec la projection bêta-géométrique décalée (sBG, Fader & Hardie) ; la valeur vie client est actualisée à 10 % par an.
deck-brief-method-note = Pour les questions de méthode.

## Lignes de la CLI sur les fichiers écrits
deck-cli-wrote = { $path } écrit ({ $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
})
deck-cli-wrote-all = { $count } QBR du { $quarter } écrites dans { $dir } en { $seconds } s
