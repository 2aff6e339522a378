## Playbooks screen: the inbox of open tasks, the playbooks that create them, and the editor.
## Playbook names and step titles typed by users, and the built-in playbooks' texts, are data.

ui-pb-title = Playbooks and tasks
ui-pb-lead = Tasks come from playbooks: alerts, segments, lifecycle stages and the calendar turn into joint customer and vendor steps.
ui-pb-tab-inbox = Inbox
ui-pb-tab-playbooks = Playbooks
ui-pb-retry = Retry
ui-pb-loading-tasks = Loading tasks…
ui-pb-loading-playbooks = Loading playbooks…
ui-pb-saved = Saved playbook “{ $name }”
ui-pb-cancel = Cancel
ui-pb-saving = Saving…

## Words for generated values
ui-pb-trigger-alert = An alert starts
ui-pb-trigger-segment = The account is in a segment
ui-pb-trigger-rule = The account matches a rule (checked once a quarter)
ui-pb-trigger-stage = The account enters a lifecycle stage
ui-pb-trigger-quarterly = Every quarter (paying accounts)
ui-pb-trigger-tenure = Days after the first subscription
ui-pb-alert-usage-drop = Usage drop
ui-pb-alert-account-silent = Account gone silent
ui-pb-alert-core-users-silent = Core users gone silent
ui-pb-alert-unused-modules = Unused modules
ui-pb-alert-nps-detractor = NPS detractor
ui-pb-alert-ticket-spike = Support ticket spike
ui-pb-alert-renewal-risk = Renewal at risk

## Inbox
ui-pb-filter-tasks = Filter tasks
ui-pb-owner = Owner
ui-pb-any-owner = Any owner
ui-pb-no-owner = No owner
ui-pb-owed-by = Owed by
ui-pb-owed-by-anyone = Owed by anyone
ui-pb-owed-by-vendor = Owed by us (vendor)
ui-pb-owed-by-customer = Owed by the customer
ui-pb-priority = Priority
ui-pb-any-priority = Any priority
ui-pb-inbox-count = { $open ->
    [one] { $shown } of { $open } open task · as of { $date }
   *[other] { $shown } of { $open } open tasks · as of { $date }
}
ui-pb-no-tasks = No open tasks
ui-pb-no-tasks-body = Playbooks create tasks from alerts, lifecycle stages and the calendar: run them from the Playbooks tab.
ui-pb-no-match = No task matches
ui-pb-no-match-body = Change the filters to see more tasks.
ui-pb-clear-filters = Clear filters
ui-pb-group-label = { $count ->
    [one] { $group }: { $count } task
   *[other] { $group }: { $count } tasks
}
ui-pb-who-owes = Who owes this step
ui-pb-escalated = Escalated
ui-pb-escalated-manager = Escalated · manager
ui-pb-escalated-on = Escalated on { $date }
ui-pb-escalated-on-notified = Escalated on { $date }; the manager is notified
ui-pb-done = Done
ui-pb-done-label = Done: { $title }
ui-pb-due-none = No due date
ui-pb-due-today = Due today, { $date }
ui-pb-due-overdue = { $count ->
    [one] Due { $date } · { $count } day overdue
   *[other] Due { $date } · { $count } days overdue
}
ui-pb-due-in = { $count ->
    [one] Due { $date } · in { $count } day
   *[other] Due { $date } · in { $count } days
}

## Playbook list and runs
ui-pb-running = Running…
ui-pb-run-now = Run now
ui-pb-new = New playbook
ui-pb-enabled-count = { $enabled } of { $total } enabled
ui-pb-run-as-of = Run as of { $date }:{ " " }
ui-pb-run-end = .
ui-pb-run-summary = { $created ->
    [one] { $created } new task
   *[other] { $created } new tasks
}, { $existing } already there, { $escalated } escalated
ui-pb-run-line = { $name }: fired for { $fired ->
    [one] { $fired } account
   *[other] { $fired } accounts
}, { $created ->
    [one] { $created } new task
   *[other] { $created } new tasks
}
ui-pb-run-nothing = No playbook fired for any account.
ui-pb-run-error = Could not run the playbooks: { $error }
ui-pb-enable-error = Could not enable “{ $name }”: { $error }
ui-pb-disable-error = Could not disable “{ $name }”: { $error }
ui-pb-none = No playbooks
ui-pb-none-body = Create one to turn alerts, stages and dates into tasks.
ui-pb-enabled-label = Enabled: { $name }
ui-pb-builtin = Built-in
ui-pb-yours = Yours
ui-pb-off = Off
ui-pb-open-tasks = { $count ->
    [one] { $count } open task
   *[other] { $count } open tasks
}
ui-pb-copy = Copy
ui-pb-copy-title = Built-in playbooks cannot be edited: save a copy under your own key and switch the built-in off
ui-pb-copy-name = { $name } (copy)
ui-pb-edit = Edit
ui-pb-only-if = only if
ui-pb-steps-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
ui-pb-escalates = escalates
ui-pb-step-offset = +{ $days }d

## Editor
ui-pb-editor-new = New playbook
ui-pb-editor-edit = Edit playbook
ui-pb-editor-copy = Copy of a built-in playbook
ui-pb-editor-copy-note = Built-in playbooks cannot be edited. Save this copy under your own key, then switch the built-in off if the copy replaces it.
ui-pb-editor-name = Name
ui-pb-editor-key = Key
ui-pb-editor-key-hint = The key identifies the playbook and its tasks.
ui-pb-editor-when = When
ui-pb-editor-trigger = Trigger
ui-pb-editor-alert = Alert
ui-pb-editor-segment = Segment or value tier
ui-pb-editor-stage = Lifecycle stage
ui-pb-editor-tenure = Days after the first subscription
ui-pb-editor-rule = Rule
ui-pb-editor-fields = Fields: { $fields }
ui-pb-editor-only-if = Only if (optional rule)
ui-pb-editor-steps = Steps
ui-pb-editor-escalation = Escalation
ui-pb-editor-escalate = Escalate overdue vendor tasks
ui-pb-editor-days-overdue = Days overdue
ui-pb-editor-raise-to = Raise to
ui-pb-editor-notify = Notify the manager
ui-pb-editor-enabled = Enabled
ui-pb-editor-save-short = Save
ui-pb-editor-save = Save playbook
ui-pb-error-tenure = Enter a whole number of days, at least 1
ui-pb-error-days = Enter whole days, 0 or more

## Steps
ui-pb-step-n = Step { $n }
ui-pb-step-placeholder = What needs doing
ui-pb-step-side-customer = Customer owes it
ui-pb-step-side-vendor = Vendor (us)
ui-pb-step-due-after = Due after (days)
ui-pb-step-up = Move step { $n } up
ui-pb-step-down = Move step { $n } down
ui-pb-step-remove = Remove step { $n }
ui-pb-step-add = Add step

## Which playbooks work? (the effect column)
ui-pb-effect-run = Which playbooks work?
ui-pb-effect-running = Replaying the history…
ui-pb-effect-error = Could not measure the playbooks' effect: { $error }
ui-pb-effect-window = Month ends from { $from } to { $to }; outcomes over { $horizon } days; compared within the same needs segment, health band and renewal window.
ui-pb-effect-works = Works
ui-pb-effect-backfires = Backfires
ui-pb-effect-unproven = Not proven
ui-pb-effect-counts = { $treated } done · { $control } not done
ui-pb-effect-churn = churn { $treated } vs { $control } ({ $difference } points, 95% interval { $low } to { $high })
ui-pb-effect-health = health { $difference } points over 90 days (95% interval { $low } to { $high })
