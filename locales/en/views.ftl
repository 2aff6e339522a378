## Names the engine gives the app's screens: kinds of import files and their columns, alert
## thresholds, inbox groups, and what each health component measures.

import-kind-catalog = Product catalog
    .hint = CSV. Which module each event belongs to; import it before events.
import-kind-accounts = Accounts
    .hint = CSV. Import accounts before the files that name them.
import-kind-subscriptions = Subscriptions
    .hint = CSV. Each row names its account: import accounts first.
import-kind-contacts = Contacts
    .hint = CSV. Each row names its account: import accounts first.
import-kind-tickets = Support tickets
    .hint = CSV. Each row names its account: import accounts first.
import-kind-nps = NPS responses
    .hint = CSV. Each row names its account: import accounts first.
import-kind-milestones = Milestones
    .hint = CSV. Each row names its account: import accounts first.
import-kind-events = Usage events
    .hint = Segment JSONL, or CSV (a .csv file). Import accounts and the catalog first.
import-kind-usage-rollups = Usage rollups (Parquet)
    .hint = A warehouse export (.parquet file or folder): one row per account, day, module and user. Import accounts first.
import-kind-fx = Exchange rates
    .hint = CSV. Rates to the reporting currency, for books priced in several currencies.

import-column-catalog-event = event name as sent in track calls
import-column-catalog-module = module key
import-column-catalog-feature = feature key within the module
import-column-catalog-value-event = true when the event proves value
import-column-accounts-account-id = the customer’s id in your systems
import-column-accounts-name = display name
import-column-accounts-industry = free text
import-column-accounts-region = free text
import-column-accounts-employees = whole number
import-column-accounts-owner = the CSM who owns the account
import-column-accounts-lifecycle-stage = onboarding, adoption, value, renewal, at_risk or churned
import-column-accounts-created-at = date the customer signed
import-column-subscriptions-account-id = an account already in the workspace
import-column-subscriptions-subscription-id = the subscription’s id
import-column-subscriptions-plan = plan name
import-column-subscriptions-mrr = monthly recurring revenue, like 1250.00
import-column-subscriptions-currency = ISO 4217 code like USD
import-column-subscriptions-start-date = first day of the period
import-column-subscriptions-end-date = first day after the period; empty = running
import-column-subscriptions-modules = licensed modules, ;-separated
import-column-contacts-contact-id = the contact’s id
import-column-contacts-account-id = an account already in the workspace
import-column-contacts-name = full name
import-column-contacts-email = email address
import-column-contacts-role = executive_sponsor, admin, champion or user
import-column-tickets-ticket-id = the ticket’s id
import-column-tickets-account-id = an account already in the workspace
import-column-tickets-opened-at = timestamp
import-column-tickets-first-response-at = timestamp
import-column-tickets-resolved-at = timestamp; empty = open
import-column-tickets-priority = low, normal, high or urgent
import-column-tickets-csat = satisfaction 1 to 5
import-column-nps-response-id = the response’s id
import-column-nps-account-id = an account already in the workspace
import-column-nps-contact-id = a contact of that account
import-column-nps-responded-at = timestamp
import-column-nps-score = whole number 0 to 10
import-column-nps-comment = free text
import-column-milestones-milestone-id = the milestone’s id
import-column-milestones-account-id = an account already in the workspace
import-column-milestones-title = what is to be reached
import-column-milestones-owner-side = customer or vendor
import-column-milestones-due-date = date
import-column-milestones-completed-at = timestamp; empty = not done
import-column-events-timestamp = ISO-8601 timestamp with offset
import-column-events-account-id = an account already in the workspace
import-column-events-user-id = who did it
import-column-events-event = event name
import-column-events-module = module key; empty = from the catalog
import-column-events-message-id = unique id, to count each event once
import-column-usage-rollups-account-id = an account already in the workspace
import-column-usage-rollups-day = the UTC day, a DATE (or YYYY-MM-DD)
import-column-usage-rollups-module = module key
import-column-usage-rollups-user-id = the user, one row per user and day
import-column-usage-rollups-events = that user's events that day in that module, at least 1
import-column-usage-rollups-value-events = how many of them were value events
import-column-fx-date = day of the rate
import-column-fx-currency = ISO 4217 code like CNY
import-column-fx-rate-to-reporting = units of the reporting currency one unit is worth

threshold-drop-threshold = Usage drop
    .hint = Events this week down at least this much against the week before
    .unit = %
threshold-drop-min-events = Usage drop: minimum events
    .hint = Weeks before with fewer events are not compared (a drop from 3 to 1 is noise)
    .unit = events
threshold-silent-days = Account silent
    .hint = A paying account with no event for this long
    .unit = days
threshold-core-silent-days = Core users silent
    .hint = Sponsor, admins and champions all inactive this long
    .unit = days
threshold-onboarding-days = Onboarding window
    .hint = Unused modules are flagged only after this long as a customer
    .unit = days
threshold-nps-days = NPS detractor look-back
    .hint = A 0–6 response this recent raises an alert
    .unit = days
threshold-ticket-spike-min = Ticket spike: minimum tickets
    .hint = Tickets opened in 14 days before a spike can fire
    .unit = tickets
threshold-ticket-spike-factor = Ticket spike: factor
    .hint = Times the account’s usual tickets per 14 days
    .unit = ×
threshold-renewal-days = Renewal window
    .hint = Renewals this close are checked for falling or red health
    .unit = days
threshold-health-drop = Renewal risk: health drop
    .hint = Health points lost over 28 days that put a renewal at risk
    .unit = points

inbox-group-overdue = Overdue
inbox-group-today = Today
inbox-group-this-week = This week
inbox-group-later = Later
inbox-group-no-due-date = No due date

demo-step-generating = { $count ->
    [one] Generating { $count } demo account
   *[other] Generating { $count } demo accounts
}
demo-step-importing = Importing: { $kind }

## What puts an account in a segment, on its card.
segment-desc-inactive = No product activity in the last 13 weeks
segment-desc-no-arr = No running subscription on { $day }
segment-desc-arr-range = ARR { $from } to { $to }
segment-desc-arr-top = ARR { $from } and up
segment-desc-module-share = { $module } { $share }
segment-desc-usage = breadth { $breadth }, depth { $depth }
segment-desc-value = { $range }; activity: { $mix }
segment-desc-needs = Activity: { $mix }; { $usage }

## The value brief's evidence panel.
brief-prospect-unnamed = The prospect
brief-match-industry = in { $industry }
brief-match-size = of a similar size ({ $from } to { $to } employees)
brief-match-modules = licensing every module of interest
brief-match-region = in { $region }
brief-match-deal = with a contract of a similar size
brief-not-enough = Not enough comparable customers ({ $count } < { $min }): the brief shows nothing drawn from fewer than { $min } customers.
brief-widened = Few close matches: the brief compares with the { $count } most similar customers.
brief-size-under = Under { $max }
brief-size-range = { $min }–{ $max }
brief-size-over = { $min } or more

## Playbooks: what starts one and how its tasks escalate, as the list says it.
pb-trigger-alert = When a “{ $kind }” alert starts
pb-trigger-segment = When the account is in the segment “{ $segment }”
pb-trigger-rule = Once a quarter while the account matches { $expr }
pb-trigger-stage = When the account enters the “{ $stage }” stage
pb-trigger-quarterly = Every quarter, for each paying account
pb-trigger-tenure = { $days ->
    [one] { $days } day after the first subscription
   *[other] { $days } days after the first subscription
}
pb-escalation = { $days ->
    [one] Vendor tasks { $days } day overdue: raise to { $priority }
   *[other] Vendor tasks { $days } days overdue: raise to { $priority }
}
pb-escalation-notify = { $days ->
    [one] Vendor tasks { $days } day overdue: raise to { $priority } and notify the manager
   *[other] Vendor tasks { $days } days overdue: raise to { $priority } and notify the manager
}

## Why the playbook editor cannot save, by field.
pb-error-key = The key must be non-empty without spaces, e.g. emea-expansion-review
pb-error-key-builtin = “{ $key }” is a built-in playbook’s key: choose another
pb-error-name = Give the playbook a name
pb-error-alert-kind = Unknown alert kind “{ $kind }”
pb-error-stage = Unknown stage “{ $stage }”
pb-error-segment = Name the segment
pb-error-rule = Write the rule the account must match
pb-error-tenure = Tenure days must be positive
pb-error-steps = Add at least one step
pb-error-step-title = Give the step a title
