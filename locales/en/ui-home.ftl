## The portfolio home: KPIs, MRR chart, health mix, alerts, tasks and renewals.

ui-home-title = Portfolio
ui-home-as-of = Data as of { $day } · { $count ->
    [one] { $count } paying account
   *[other] { $count } paying accounts
}
ui-home-loading = Loading portfolio…
ui-home-load-failed = The portfolio could not be loaded: { $error }
ui-home-empty-title = Your workspace is empty
ui-home-empty-body = Waypoint works from what you import: accounts, subscriptions, usage events, tickets and NPS responses. The demo book is a quick way to look around before importing your own.
ui-home-demo-preparing = Preparing the demo book…
ui-home-demo-step = Step { $step } of { $of }
ui-home-demo-load = Load the demo book
ui-home-demo-failed = The demo book could not be loaded: { $error }

## KPI tiles

ui-home-kpi-arr = ARR
ui-home-kpi-nrr = NRR
ui-home-kpi-grr = GRR
ui-home-kpi-churn = Logo churn
ui-home-kpi-at-risk = ARR at risk
# The day the changes are measured from.
ui-home-vs = vs { $day }
# A change of a rate in percentage points, e.g. "+2.2 pts".
ui-home-delta-points = { $delta } pts

## Charts and health

ui-home-mrr-title = MRR and retention
ui-home-mrr-alt = MRR movements and NRR/GRR, last 12 months
ui-home-health-title = Health
ui-home-bar-accounts = Accounts
ui-home-bar-arr = ARR
ui-home-band-summary = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
} · { $arr } ARR

## Alerts and tasks

ui-home-alerts-title = Needs attention today
ui-home-alerts-none = No alerts today. Every account looks calm.
ui-home-since = since { $day }
ui-home-more = { $count } more
ui-home-tasks-title = Open tasks
ui-home-task-failed = The task could not be completed: { $error }
ui-home-tasks-none = No open tasks.
ui-home-task-due = due { $day }
ui-home-task-no-due = no due day
ui-home-overdue = Overdue
ui-home-task-done = Done
ui-home-task-done-label = Done: { $title }

## Renewals

ui-home-renewals-title = { $count ->
    [0] Renewals in the next 90 days
   *[other] Renewals in the next 90 days ({ $count })
}
ui-home-renewals-none = No renewals in the next 90 days.
ui-home-col-account = Account
ui-home-col-renews = Renews
ui-home-col-days-left = Days left
ui-home-col-arr = ARR
ui-home-col-health = Health
ui-home-col-risk = Risk
ui-home-at-risk = At risk
ui-home-renewals-fewer = Show the first { $count }
ui-home-renewals-all = Show all { $count } renewals
ui-home-days-left = { $count ->
    [0] today
    [one] { $count } day
   *[other] { $count } days
}
