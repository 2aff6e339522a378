## Account 360: one account's header, health drivers, charts, alerts, success plan, tasks,
## touchpoints, support and NPS.

ui-account-loading = Loading account…
ui-account-open-failed = This account could not be opened
ui-account-refresh-failed = Could not refresh the account: { $error }
ui-account-refreshing = refreshing…
ui-account-back-to = Back to { $section }
ui-account-generate-qbr = Generate QBR
ui-account-as-of = Figures as of { $day }
ui-account-tabs-label = Account sections
ui-account-tab-overview = Overview
ui-account-tab-plan = Success plan
ui-account-tab-activity = Activity
ui-account-tab-support = Support & NPS

## Header

ui-account-facts = Account facts
ui-account-fact-owner = Owner
ui-account-fact-industry = Industry
ui-account-fact-region = Region
# Read before a fact by screen readers, e.g. "Owner: Dana Lee".
ui-account-fact-prefix = { $label }:
ui-account-needs = Needs: { $segment }
    .title = Needs segment
ui-account-tier = Tier: { $tier }
    .title = Value tier
ui-account-kpi-arr = ARR
    .hint = MRR { $mrr }
ui-account-kpi-health = Health
ui-account-kpi-health-vs = vs 28 days before
ui-account-kpi-health-first = no earlier score
# A change of the health score in points.
ui-account-health-points = { $count ->
    [one] { $delta } pt
   *[other] { $delta } pts
}
ui-account-kpi-lifecycle = Lifecycle
ui-account-stage-manual = set by hand
ui-account-stage-derived = derived
ui-account-stage-why = Why: { $reason }
ui-account-kpi-renewal = Renewal
ui-account-no-contract = no running contract
ui-account-kpi-mau = Monthly active users
    .hint = { $daily } daily on average
ui-account-kpi-breadth = Breadth
# $basis is "licensed" (the account's licences) or "available" (every module of the product).
ui-account-modules-used = { $basis ->
    [licensed] { $used } of { $count } licensed modules
   *[other] { $used } of { $count } available modules
}

## Overview: drivers, charts, alerts

ui-account-drivers = Health drivers · score { $score }
ui-account-drivers-none = No scorecard components for this account.
ui-account-driver-points = { $points } / { $max } pts
ui-account-driver-na = n/a
    .reason = (no data, left out of the score)
ui-account-charts = Charts
ui-account-chart-modules = Module usage
    .alt = Weekly events per module over the last year for { $name }; the account uses { $modules } this month.
ui-account-modules-summary = The account uses { $modules }.
ui-account-modules-used-title = Used in the last 28 days
ui-account-module-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
} · { $share }
ui-account-modules-unused-title = Not used
ui-account-licensed = Licensed
    .title = Paid for but not used
ui-account-chart-users = Active users
    .alt = Active users over time for { $name }; { $count } monthly active users now.
ui-account-chart-health = Health trend
    .alt = Health score over time for { $name }; now { $score } ({ $band }).
ui-account-alerts = Alerts
ui-account-alerts-none = No open alerts.
ui-account-alert-since = Since { $day }

## Success plan

ui-account-plan = Success plan
ui-account-plan-none = No success plan yet
    .body = Milestones appear here once a plan is imported for this account.
ui-account-plan-counts = Milestone counts
ui-account-plan-done = { $count ->
   *[other] done
}
ui-account-plan-overdue = { $count ->
   *[other] overdue
}
ui-account-plan-open = { $count ->
   *[other] open
}
ui-account-next-step = { $side ->
    [customer] Next step owed by the customer:
    [vendor] Next step owed by your team:
   *[other] Next step owed by { $side }:
}
ui-account-due = due { $day }
ui-account-plan-complete = Every milestone is done.
ui-account-plan-table = Milestones by plan phase
ui-account-col-milestone = Milestone
ui-account-col-owed-by = Owed by
ui-account-col-due = Due
ui-account-col-status = Status
ui-account-col-action = Action
ui-account-phase-30 = First 30 days
ui-account-phase-60 = Days 31–60
ui-account-phase-90 = Days 61–90
ui-account-phase-later = Later
ui-account-milestone-done = Done
ui-account-milestone-done-late = { $count ->
    [one] Done, { $count } day late
   *[other] Done, { $count } days late
}
ui-account-milestone-overdue = Overdue
ui-account-milestone-overdue-late = { $count ->
    [one] Overdue, { $count } day late
   *[other] Overdue, { $count } days late
}
ui-account-milestone-open = Open
ui-account-reopen = Reopen
ui-account-reopen-label = Reopen { $title }
ui-account-reopen-failed = Could not reopen “{ $title }”: { $error }
ui-account-complete = Complete
ui-account-complete-label = Complete { $title }
ui-account-complete-failed = Could not complete “{ $title }”: { $error }
ui-account-plan-timeline = Timeline
ui-account-plan-chart =
    .alt = Success plan timeline for { $name }: { $done } done, { $overdue } overdue, { $open } open of { $count } milestones.

## Activity: tasks and touchpoints

ui-account-tasks = Tasks
ui-account-tasks-none = No open tasks.
ui-account-overdue = Overdue
ui-account-task-due = Due { $day }
ui-account-task-no-due = No due day
ui-account-task-owed-by = { $side ->
    [customer] owed by the customer
    [vendor] owed by your team
   *[other] owed by { $side }
}
ui-account-task-playbook = playbook { $playbook }
ui-account-task-done = Done
ui-account-task-done-label = Done: { $title }
ui-account-tasks-completed = { $count } completed
ui-account-task-done-on = done { $day }
ui-account-touchpoints = Touchpoints
ui-account-touchpoint-form = Log a touchpoint
ui-account-touchpoint-kind = Kind
ui-account-touchpoint-day = Day
ui-account-touchpoint-day-empty = Empty: { $day }
ui-account-touchpoint-summary = Summary
ui-account-touchpoint-summary-missing = Write a short summary of the touchpoint.
ui-account-touchpoint-submit = Log touchpoint
ui-account-touchpoint-saving = Logging…
ui-account-touchpoint-logged = { $kind } logged
ui-account-touchpoint-failed = Could not log the touchpoint: { $error }
ui-account-touchpoints-none = No touchpoints logged yet.
ui-account-kind-call = Call
ui-account-kind-email = Email
ui-account-kind-meeting = Meeting
ui-account-kind-qbr = QBR
ui-account-kind-note = Note

## Support and NPS

ui-account-support = Support · last 90 days
ui-account-tickets = Tickets
ui-account-tickets-open = Open
ui-account-tickets-urgent = Urgent or high
ui-account-first-response = First response
ui-account-resolution = Resolution
ui-account-median = median
ui-account-hours = { $hours } h
ui-account-csat = CSAT
    .hint = average, 1 to 5
ui-account-csat-value = { $csat } / 5
ui-account-nps = NPS · last 12 months
ui-account-nps-score = NPS
ui-account-nps-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
ui-account-promoters = Promoters
    .hint = score 9–10
ui-account-passives = Passives
    .hint = score 7–8
ui-account-detractors = Detractors
    .hint = score 0–6
ui-account-nps-latest = Latest responses
ui-account-nps-badge = NPS score
ui-account-nps-badge-prefix = Score
ui-account-nps-no-comment = No comment.
