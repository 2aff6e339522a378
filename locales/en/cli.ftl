## The `waypoint` command line: tables, reports and prompts (JSON output is never translated).

cli-error = error: { $message }
cli-error-runtime = cannot start the async runtime: { $reason }

## Workspace, keys and imports

cli-created-keyring = Created { $path } (key in the OS keyring)
cli-created-passphrase = Created { $path } (passphrase)
cli-reporting-currency = Reporting currency: { $currency }
cli-rekeyed-keyring = Re-encrypted { $path } with a new key in the OS keyring
cli-rekeyed-passphrase = Re-encrypted { $path } with the new passphrase
cli-backed-up = Backed up { $path } to { $file }
cli-restored = Restored { $path } from { $file }
cli-settings-currency = reporting currency: { $currency }
cli-settings-currency-unset = reporting currency: not set (revenue reports in the currency the subscriptions share)
cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = New passphrase:
cli-prompt-rekey-passphrase = New passphrase for the workspace:
cli-prompt-repeat = Repeat it:
cli-passphrase-needed = a passphrase is needed: set { $var } (no terminal to ask on)
cli-passphrases-differ = the passphrases do not match
cli-reading-passphrase = reading the passphrase
cli-no-keyring = No OS keyring is available; protect the workspace with a passphrase instead.
cli-progress-eta = eta
cli-import-report = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $inserted } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
cli-import-note = note: { $note }
cli-kind-catalog = catalog
cli-kind-accounts = accounts
cli-kind-subscriptions = subscriptions
cli-kind-contacts = contacts
cli-kind-tickets = tickets
cli-kind-nps = NPS
cli-kind-milestones = milestones
cli-kind-events = events
cli-kind-usage-rollups = usage rollups
cli-kind-fx = exchange rates
cli-status-accounts = accounts
cli-status-owners = owners
cli-status-subscriptions = subscriptions
cli-status-contacts = contacts
cli-status-modules = modules
cli-status-tickets = tickets
cli-status-nps-responses = NPS responses
cli-status-milestones = milestones
cli-status-events = events
cli-status-users = users
cli-status-usage-days = usage days

## Column headers

cli-col-day = day
cli-col-module = module
cli-col-events = events
cli-col-users = users
cli-col-value = value
cli-col-month = month
cli-col-start = start
cli-col-new = new
cli-col-expansion = expansion
cli-col-contraction = contraction
cli-col-churned = churned
cli-col-reactivated = reactivated
cli-col-fx = fx
cli-col-end = end
cli-col-group = group
cli-col-accounts = accounts
cli-col-arr = ARR
cli-col-nrr = NRR
cli-col-grr = GRR
cli-col-logo-churn = logo churn
cli-col-segment = segment
cli-col-health = health
cli-col-breadth = breadth
cli-col-depth = depth
cli-col-red = red
cli-col-period = period
cli-col-actual = actual
cli-col-projected = projected
cli-col-retention = retention
cli-col-churned-count = churned
cli-col-12m = 12 m
cli-col-24m = 24 m
cli-col-alpha = alpha
cli-col-beta = beta
cli-col-del-years = DEL yr
cli-col-ltv = LTV
cli-col-csm = CSM
cli-col-open = open
cli-col-overdue = overdue
cli-col-customer = customer
cli-col-escalated = escalated
cli-col-capacity = capacity
cli-col-value-tier = value tier
cli-col-needs-segment = needs segment
cli-col-csms-needed = CSMs needed

## Terms for the engine's values

cli-band-green = green
cli-band-yellow = yellow
cli-band-red = red
cli-severity-high = high
cli-severity-medium = medium
cli-severity-low = low
cli-alert-usage-drop = usage drop
cli-alert-account-silent = account silent
cli-alert-core-users-silent = core users silent
cli-alert-unused-modules = unused modules
cli-alert-nps-detractor = NPS detractor
cli-alert-ticket-spike = ticket spike
cli-alert-renewal-risk = renewal risk
cli-stage-onboarding = onboarding
cli-stage-adoption = adoption
cli-stage-value = value
cli-stage-renewal = renewal
cli-stage-at-risk = at risk
cli-stage-churned = churned
cli-stage-source-manual = set by hand
cli-stage-source-derived = derived
cli-side-customer = customer
cli-side-vendor = us
cli-priority-urgent = urgent
cli-priority-high = high
cli-priority-normal = normal
cli-priority-low = low
cli-touchpoint-call = call
cli-touchpoint-email = email
cli-touchpoint-meeting = meeting
cli-touchpoint-qbr = QBR
cli-touchpoint-note = note
cli-na = n/a
cli-group-none = (none)
cli-count-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}

## metrics, alerts, health, account

cli-metrics-as-of = As of { $day }  ({ $currency })
cli-metrics-converted = converted to { $currency } at monthly average rates from { $sources }; NRR and GRR at constant currency
cli-metrics-revenue = MRR { $mrr }   ARR { $arr }   active accounts { $active }
cli-metrics-retention = NRR { $nrr }   GRR { $grr }   logo churn { $churn }   (trailing 12 months, cohort of { $cohort ->
    [one] { $cohort } account
   *[other] { $cohort } accounts
} since { $since })
cli-alerts-title = { $count ->
    [one] { $count } alert
   *[other] { $count } alerts
} as of { $day }
cli-alert-line = { $message } (since { $since })
cli-account-head = { $name } ({ $id })  owner { $owner }  as of { $day }
cli-account-stage = stage { $stage } ({ $source }: { $reason })
cli-account-revenue = ARR { $arr }  customer since { $since }  renewal { $renewal }
cli-account-health = health { $score } { $band }
cli-account-usage = events week { $week } (WoW { $wow })  month { $month } (MoM { $mom })  DAU/MAU { $stickiness }  breadth { $breadth }  depth { $depth }
cli-account-module-events = { $count ->
    [one] { $count } event this month
   *[other] { $count } events this month
}
cli-account-unlicensed = (not licensed)
cli-account-alert = { $kind }: { $message }
cli-account-next-step = next step: { $title } (due { $due }, owed by { $side })

## segments

cli-segments-title = Segments by { $by }, as of { $day }
cli-segments-title-rule = Segments by rule `{ $rule }`, as of { $day }
cli-segments-by-needs = needs
cli-segments-by-value = value tier
cli-segments-by-cohort = start cohort
cli-segments-k = k = { $k } by silhouette ({ $silhouettes }), seed { $seed }
cli-segments-kept = needs segments as fitted on { $day } and kept; { $moved ->
    [one] { $moved } account is no longer where that fit put it
   *[other] { $moved } accounts are no longer where that fit put them
} (a new fit past 10% of the book, or now with --refit)
cli-segments-fitted = needs segments fitted on this book
cli-segments-refitted = needs segments fitted on this book and kept: the app and every command use them from now on
cli-segments-crosstab = needs x value
cli-segments-agreement = Cramér's V { $cramers_v }  adjusted Rand { $rand }  (0 = the two views are unrelated, 1 = the same grouping)
cli-segments-saved = saved: { $keys }
cli-segments-computed = computed { $day }
cli-field-kind-number = number
cli-field-kind-text = text
cli-field-kind-either = either
cli-field-share = share of the last 13 weeks' events in that module (0-1)
cli-field-attributes = custom columns of the accounts import

## retention

cli-fit-params = alpha { $alpha }  beta { $beta }  log-likelihood { $loglik }  ({ $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, { $churned } churned over { $periods ->
    [one] { $periods } period
   *[other] { $periods } periods
})
cli-fit-lifetime = expected lifetime { $periods } periods
cli-fit-lifetime-unbounded = expected lifetime unbounded (alpha <= 1): use the discounted figure
cli-fit-discounted = discounted lifetime at { $rate } per period: { $periods } periods
cli-fit-ltv = lifetime value: { $ltv }
cli-retention-title = Retention as of { $day } by { $by } (LTV discounted at { $rate } a year)
cli-retention-all = All accounts
cli-retention-constant = const
cli-retention-note = { $group }: { $note }

## playbooks, tasks, touchpoints, workload

cli-trigger-alert = a “{ $kind }” alert
cli-trigger-segment = in segment “{ $segment }”
cli-trigger-rule = rule { $rule }
cli-trigger-stage = stage { $stage }
cli-trigger-quarterly = every quarter
cli-trigger-tenure = day { $days }
cli-playbook-builtin = built-in
cli-playbook-yours = yours
cli-playbook-when = when { $trigger }
cli-playbook-when-only-if = when { $trigger }, only if { $rule }
cli-playbook-disabled = (disabled)
cli-playbook-offset = +{ $days }d
cli-playbook-escalate = escalate { $days } days overdue: raise to { $priority }
cli-playbook-escalate-notify = escalate { $days } days overdue: raise to { $priority } and notify the manager
cli-playbook-saved = Saved playbook { $key }
cli-playbook-enabled = Enabled { $key }
cli-playbook-disabled-now = Disabled { $key }
cli-playbooks-run = Playbooks as of { $day }: { $created } new tasks, { $existing } already there, { $escalated } escalated
cli-playbooks-fired = { $count ->
    [one] fired for { $count } account
   *[other] fired for { $count } accounts
}
cli-playbooks-new-tasks = { $count ->
    [one] { $count } new task
   *[other] { $count } new tasks
}
cli-task-done = Task { $id } done
cli-tasks-title = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
} as of { $day } ({ $overdue } overdue)
cli-task-overdue = OVERDUE
cli-task-overdue-notified = OVERDUE, manager notified
cli-touchpoint-logged = Logged { $kind } #{ $id } for { $account } on { $day }
cli-workload-title = Workload as of { $day }: { $now } CSMs now, { $needed } needed at the coverage ratios

cli-demo-generating = generating demo data
cli-demo-loaded = Demo portfolio loaded into { $path }

## Flags and files a command cannot use.
cli-usage-flag = { $flag }: { $reason }
cli-usage-file = { $file }: { $detail }
cli-usage-counts = --counts: item { $item } (“{ $got }”) is not a whole number
cli-usage-discount = --discount { $got }: give a rate per period such as 0.1
cli-usage-retention-by = --by { $got }: use cohort, needs or value
cli-usage-chart-out = --out { $path }: give a .svg or .png file
cli-usage-deck-out = --out { $path }: give a .pptx or .pdf file
cli-usage-deck-format = --format { $got }: use pptx, pdf or pptx,pdf
cli-usage-deck-format-empty = --format: give pptx, pdf or both
cli-usage-deck-needs-out = give --out FILE.pptx|FILE.pdf
cli-usage-deck-needs-out-dir = --all needs --out-dir DIR

## A deck with characters no installed font draws.
cli-fonts-missing = warning: { $what }: { $missing }
cli-decks-count = { $count ->
    [one] { $count } deck
   *[other] { $count } decks
}

## `waypoint doctor`
cli-doctor-usage-days = Daily rollups of usage
cli-doctor-usage-weeks = Week rollups of usage
cli-doctor-user-weeks = Week rollups of user activity
cli-doctor-first-value-days = First value day of each account
cli-doctor-agrees = { $table }: { $rows } rows, equal to a rebuild from the daily rows
cli-doctor-differs = { $table }: { $rows } rows; against a rebuild from the daily rows, { $missing } missing or different and { $extra } extra or different
cli-doctor-failed = the rollups disagree with the daily rows they are derived from
