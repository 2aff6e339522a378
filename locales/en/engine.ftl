## What the engine says about an account: alerts, and the health score's components with what
## each measured. Arguments arrive formatted for the language (days, percentages, counts).

alert-usage-drop = Activity down { $drop } week over week: { $events } events in the 7 days to { $day } vs { $before } the week before
alert-account-silent = { $days ->
    [one] No activity for { $days } day (last event on { $last })
   *[other] No activity for { $days } days (last event on { $last })
}
alert-account-silent-never = No activity for { $days } days (no event ever)
alert-core-users-silent = { $count ->
    [one] The only core user (executive sponsor, admin or champion) has not been active for { $days }+ days; last seen: { $name } ({ $role }) on { $last }
   *[other] None of the { $count } core users (executive sponsors, admins, champions) active for { $days }+ days; last seen: { $name } ({ $role }) on { $last }
}
alert-core-users-silent-never = { $count ->
    [one] The only core user (executive sponsor, admin or champion) has not been active for { $days }+ days; not seen in the last 13 weeks
   *[other] None of the { $count } core users (executive sponsors, admins, champions) active for { $days }+ days; none seen in the last 13 weeks
}
alert-unused-modules = { $unused } of { $licensed } licensed modules unused in the last 28 days: { $modules } (onboarding window ended { $onboarded })
alert-nps-detractor = NPS detractor: scored { $score } on { $day }
alert-nps-detractor-comment = NPS detractor: scored { $score } on { $day }: “{ $comment }”
alert-ticket-spike = { $count ->
    [one] { $count } support ticket in the last 14 days vs { $baseline } per 14 days over the 12 weeks before
   *[other] { $count } support tickets in the last 14 days vs { $baseline } per 14 days over the 12 weeks before
}
alert-renewal-risk-fell = Renewal on { $renewal } (in { $days } days) and health fell from { $before } to { $score } in 28 days
alert-renewal-risk-red = Renewal on { $renewal } (in { $days } days) and health is red ({ $score })

health-component-usage-trend = Usage trend
    .hint = Events this month against the month before
health-component-breadth = Breadth
    .hint = Modules used of those licensed
health-component-depth = Depth
    .hint = Active users who completed a value event
health-component-stickiness = Stickiness (DAU/MAU)
    .hint = Daily over monthly active users
health-component-core-users = Core users
    .hint = Sponsor, admins and champions active in the last 14 days
health-component-nps = NPS
    .hint = Net promoter score of recent responses
health-component-support = Support load
    .hint = Tickets this month and severe ones still open
health-component-milestones = Milestone progress
    .hint = Milestones due so far that are done

health-detail-usage-trend = { $change } events month over month ({ $events } vs { $before })
health-detail-usage-none = no events in the last 8 weeks
health-detail-usage-new = { $events } events this month after none the month before
health-detail-breadth = { $used } of { $total } modules used this month
health-detail-breadth-licensed = { $used } of { $total } licensed modules used this month
health-detail-depth = { $value_users } of { $active } active users completed a value event
health-detail-stickiness = DAU/MAU { $ratio } ({ $daily } daily of { $monthly } monthly users)
health-detail-core-none = no executive sponsor, admin or champion on file
health-detail-core = { $active } of { $total } core users active in the last 14 days
health-detail-nps = { $responses ->
    [one] NPS { $nps } from { $responses } response in { $days } days
   *[other] NPS { $nps } from { $responses } responses in { $days } days
}
health-detail-nps-none = no NPS response in { $days } days
health-detail-support = { $tickets } tickets this month, { $severe } high/urgent still open
health-detail-milestones = { $done } of { $due } milestones due so far are done

role-executive_sponsor = executive sponsor
role-admin = admin
role-champion = champion
role-user = user

stage-reason-manual = set on the account
stage-reason-churned = no MRR on the day after having had some
stage-reason-unpaid = no paid subscription yet
stage-reason-red = health { $score } is in the red band
stage-reason-onboarding = { $days ->
    [one] customer for { $days } day
   *[other] customer for { $days } days
}
stage-reason-renewal = renewal on { $renewal }, in { $days } days
stage-reason-value = value reached on { $first_value }; { $used } of { $total } modules used; { $value_users } users completing value events
stage-reason-no-value = no value event yet
stage-reason-narrow = { $used } of { $total } modules used
stage-reason-no-value-users = no user completed a value event this month

## A segment's one-line profile.
segment-summary = { $count ->
    [one] { $count } account, { $arr } ARR ({ $share } of the book)
   *[other] { $count } accounts, { $arr } ARR ({ $share } of the book)
}
segment-summary-health = { $base }, mean health { $health }
segment-summary-mix = { $base }; activity: { $mix }
retention-note-constant = churn does not fall with tenure: a constant { $churn } a year fits best
