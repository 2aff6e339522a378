## Decks: the QBR, the portfolio summary and the value brief (PPTX and PDF). Sentences are
## whole messages with their numbers and dates already formatted for the language.

deck-logo-alt = { $company } logo
deck-sentence-join = {" "}
deck-title-separator = {"; "}
deck-vs-last-quarter = { $delta } vs last quarter
deck-no-change = no change vs last quarter
deck-no-earlier-quarter = no earlier quarter
deck-none = –

## Changes between two quarters, placed inside sentences.
deck-change-unchanged = unchanged at { $value }
deck-change-up = up { $change } from { $before }
deck-change-down = down { $change } from { $before }
deck-change-from-none = up from none to { $value }
deck-change-none = none, as before

## QBR: cover, summary and the story sentences
deck-qbr-title = { $account }: Quarterly Business Review
deck-qbr-subtitle = { $quarter } · { $company } · prepared by { $csm } · { $date }
deck-qbr-default-csm = your customer success team
deck-qbr-welcome = Welcome { $account }; this review covers { $quarter } ({ $period }).
deck-qbr-file-title = { $account }: { $quarter } QBR
deck-qbr-footer = { $company } · { $account } · { $quarter } QBR
deck-qbr-glance = { $quarter } at a glance
deck-qbr-kpi-health = Health
deck-qbr-kpi-arr = ARR
deck-qbr-kpi-mau = Monthly active users
deck-qbr-kpi-nps = NPS this quarter
deck-qbr-kpi-nps-none = no answers
deck-qbr-kpi-nps-none-delta = no survey answers this quarter
deck-qbr-went-well = What went well
deck-qbr-needs-attention = What needs attention
deck-qbr-lead-win = Lead with the win: { $win }
deck-qbr-main-risk = Then the main risk: { $risk }

deck-qbr-health-first = Health is { $score } ({ $band }); there is no score from the end of { $previous } to compare with.
deck-qbr-health = Health is { $score } ({ $band }), { $direction ->
    [up] up { $points } points from { $before } at the end of { $previous }.
    [down] down { $points } points from { $before } at the end of { $previous }.
   *[same] unchanged since the end of { $previous }.
}
deck-qbr-health-driver = { $driver } moved it most ({ $points } points).
deck-qbr-health-drivers = { $driver } moved it most ({ $points } points), then { $next } ({ $next_points }).

deck-qbr-win-modules = Started using { $modules }: { $used } of { $basis } modules now in use.
deck-qbr-win-mau = Monthly active users { $change }.
deck-qbr-win-arr = ARR grew by { $growth } to { $arr }.
deck-qbr-win-health = Health rose { $points } points to { $score }.
deck-qbr-win-milestones = Completed { $count ->
    [one] { $count } success-plan milestone
   *[other] { $count } success-plan milestones
}: { $titles }.
deck-qbr-no-wins = No clear wins this quarter: no new modules, user growth, expansion or completed milestones.
deck-qbr-risk-overdue = { $count ->
    [one] { $count } milestone is
   *[other] { $count } milestones are
} overdue: { $customer } on the customer’s side, { $vendor } on ours.
deck-qbr-no-risks = No open risks: no alerts and no overdue milestones at the quarter’s end.
deck-qbr-renewal = Renewal on { $date }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the quarter’s end; ARR { $arr }.
deck-qbr-renewal-past = Renewal was due on { $date }; ARR { $arr }.
deck-qbr-renewal-open = No fixed renewal date (the contract runs until cancelled); ARR { $arr }.
deck-qbr-renewal-none = No running contract at the quarter’s end.

## QBR: success plan
deck-qbr-plan-title = Success plan: goals and milestones
deck-qbr-plan-chart = Success plan
deck-qbr-plan-alt = Success-plan milestones on a timeline
deck-qbr-plan-status = { $done } done, { $overdue } overdue ({ $customer } customer, { $vendor } vendor), { $open } open.
deck-qbr-plan-done-quarter = { $count } completed this quarter.
deck-qbr-plan-next-customer = Next step: { $milestone } (due { $due }), owed by the customer.
deck-qbr-plan-next-vendor = Next step: { $milestone } (due { $due }), owed by us.
deck-qbr-plan-none = No open milestones: agree the next goals together.

## QBR: adoption
deck-qbr-adoption-title = Adoption: module usage
deck-qbr-adoption-chart = Module usage
deck-qbr-adoption-alt = Weekly events by module over two quarters
deck-qbr-modules-used = { $used } of { $basis } modules used in the last 4 weeks.
deck-qbr-modules-used-change = { $used } of { $basis } modules used in the last 4 weeks ({ $change } vs last quarter).
deck-qbr-events = Events in the last 4 weeks: { $change }.
deck-qbr-unused = Licensed but unused: { $modules }.
deck-qbr-users-title = Adoption: active users
deck-qbr-users-chart = Active users
deck-qbr-users-alt = Active users and DAU/MAU by week
deck-qbr-mau = Monthly active users: { $change }.
deck-qbr-stickiness = DAU/MAU: { $value }.
deck-qbr-stickiness-was = DAU/MAU: { $value } (was { $before }).
deck-qbr-core-active = Core users active in the last 14 days: { $active } of { $total }.

## QBR: health
deck-qbr-health-title = Health: trend and drivers
deck-qbr-health-chart = Health
deck-qbr-health-alt = Health score over time and today’s drivers
deck-qbr-weakest = Weakest part: { $part } ({ $points } of { $max } points): { $detail }.

## QBR: value
deck-qbr-value-title = Value delivered
deck-qbr-kpi-value-events = Value events this quarter
deck-qbr-kpi-value-users = Users completing value
deck-qbr-kpi-ttv = Time to first value
deck-qbr-ttv-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deck-qbr-ttv-none = not yet
deck-qbr-first-value = first value on { $date }
deck-qbr-no-value = no value event yet
deck-qbr-value-events = Value events are completed core actions (e.g. a saved funnel), not views: { $now } this quarter, { $before } the quarter before.
deck-qbr-depth = Depth: { $depth } of the month’s active users completed a value event.
deck-qbr-depth-none = Depth: no active users this month.

## QBR: support
deck-qbr-support-title = Support
deck-qbr-support-opened = Tickets opened
deck-qbr-support-urgent = Urgent or high
deck-qbr-support-first-response = Median first response
deck-qbr-support-resolve = Median time to resolve
deck-qbr-support-csat = CSAT (1-5)
deck-qbr-support-change = Change
deck-qbr-hours = { $hours } h
deck-qbr-csat = { $score } / 5
deck-qbr-support-note = { $now } tickets this quarter against { $before } in { $previous }; { $urgent } urgent or high.

## QBR: NPS
deck-qbr-nps-title = NPS: what the customer says
deck-qbr-nps-chart = NPS and support
deck-qbr-nps-alt = NPS answers by score and tickets per week
deck-qbr-quote = “{ $comment }” (score { $score }, { $date })
deck-qbr-no-comments = No comments came with this quarter’s answers.
deck-qbr-nps-note = Read one quote aloud and ask what changed since.

## QBR: renewal
deck-qbr-renewal-title = Renewal and expansion
deck-qbr-mrr-chart = MRR movements
deck-qbr-mrr-alt = Monthly MRR movements over the last year
deck-qbr-arr = ARR: { $change }.
deck-qbr-mrr-none = No MRR movements this quarter: no expansion, contraction or churn.
deck-qbr-mrr-moves = MRR this quarter: +{ $up } new and expansion, -{ $down } contraction, -{ $lost } churned.

## QBR: next quarter
deck-qbr-next-title = Plan for { $quarter } and asks
deck-qbr-next-empty = Nothing is planned yet: agree next quarter’s milestones in this meeting.
deck-qbr-col-milestone = Milestone
deck-qbr-col-due = Due
deck-qbr-col-owner = Owner
deck-qbr-col-status = Status
deck-qbr-owner-customer = Customer
deck-qbr-owner-us = Us
deck-qbr-status-open = open
deck-qbr-status-overdue = overdue
deck-qbr-status-done = done
deck-qbr-no-asks = No open asks of the customer.
deck-qbr-asks = Ask the customer for: { $items }.
deck-qbr-nothing-ours = Nothing open on our side.
deck-qbr-ours = We commit to: { $items }.

## QBR: definitions
deck-qbr-appendix-title = Appendix: definitions
deck-qbr-def-health = Health: 0-100 from usage trend, breadth, depth, stickiness, core users, NPS, support load and milestones; green from { $green }, yellow from { $yellow }.
deck-qbr-def-mau = Monthly active users: distinct users with any event in the 28 days to the quarter’s end; DAU/MAU = average daily users / monthly active users.
deck-qbr-def-breadth = Breadth: modules used in the last 4 weeks out of modules licensed (or available).
deck-qbr-def-value = Value events: completed core actions (e.g. a saved funnel), not page views.
deck-qbr-def-nps = NPS: % promoters (9-10) minus % detractors (0-6) of the quarter’s answers.
deck-qbr-def-arr = ARR: 12 x monthly recurring revenue of running subscriptions on the quarter’s last day.
deck-qbr-def-compare = Every change compares the quarter’s last day with the previous quarter’s last day.
deck-qbr-appendix-note = For reference; not presented.

## Portfolio summary
deck-pf-title = { $company }: portfolio review
deck-pf-subtitle = { $quarter } · { $count ->
    [one] { $count } paying account
   *[other] { $count } paying accounts
} · { $date }
deck-pf-cover-note = Two minutes: revenue, risk, renewals, where to act.
deck-pf-footer = { $company } · portfolio · { $quarter }
deck-pf-file-title = { $company } portfolio { $quarter }
deck-pf-points = { $points } points vs last quarter
deck-pf-more = … and { $count } more
deck-pf-glance = Portfolio at a glance, { $quarter }
deck-pf-kpi-arr = ARR
deck-pf-kpi-nrr = NRR (12 months)
deck-pf-kpi-grr = GRR (12 months)
deck-pf-kpi-at-risk = ARR at risk
deck-pf-paying = { $count ->
    [one] { $count } paying account
   *[other] { $count } paying accounts
} ({ $before } at the end of { $previous }); ARR { $arr }.
deck-pf-risky = { $count ->
    [one] { $count } account is at risk (red health or a high-severity alert), holding { $arr } of ARR.
   *[other] { $count } accounts are at risk (red health or a high-severity alert), holding { $arr } of ARR.
}
deck-pf-churn = Logo churn over 12 months: { $rate }.
deck-pf-conversion = Amounts in { $currencies } converted to { $currency } at monthly average rates; NRR and GRR at constant currency.
deck-pf-revenue-title = Revenue: movements and retention
deck-pf-revenue-chart = MRR movements and retention
deck-pf-revenue-alt = Monthly MRR movements with NRR and GRR over 12 months
deck-pf-revenue-note = NRR { $nrr } and GRR { $grr } over the trailing 12 months.
deck-pf-health-title = Health of the paying book
deck-pf-col-health = Health
deck-pf-col-accounts = Accounts
deck-pf-col-change = Change
deck-pf-col-arr = ARR
deck-pf-col-at-risk = At risk
deck-pf-col-reason = Main reason
deck-pf-col-renewal = Renewal
deck-pf-col-account = Account
deck-pf-col-csm = CSM
deck-pf-col-health-change = Health change
deck-pf-col-health-now = Health now
deck-pf-col-overdue = Overdue tasks
deck-pf-col-capacity = Capacity used
deck-pf-col-needs-value = Needs \ value
deck-pf-red-health = red health
deck-pf-no-risk = No account is at risk at the quarter’s end.
deck-pf-health-note = { $count ->
    [one] { $count } account at risk; the table lists the largest.
   *[other] { $count } accounts at risk; the table lists the largest.
}
deck-pf-renewals-title = Renewals in the next 90 days: { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}, { $arr }
deck-pf-band = { $score } ({ $band })
deck-pf-renewals-note = { $count ->
    [one] { $count } renewal worth { $arr } falls in the 90 days after the quarter; { $risky } of them at risk.
   *[other] { $count } renewals worth { $arr } fall in the 90 days after the quarter; { $risky } of them are at risk.
}
deck-pf-segments-title = Segments: needs against value (paying accounts)
deck-pf-segments-note = Cramér’s V between needs and value is { $v }: close to 0 means how customers use the product does not follow what they pay, so value tiers alone miss it.
deck-pf-movers-title = Top movers: health since last quarter
deck-pf-movers-note = Falls first (ask the CSM what happened), then the rises (what worked).
deck-pf-workload-title = CSM workload: { $csms } CSMs, { $needed } needed at the coverage ratios
deck-pf-workload-note = Capacity over 100% means the book is larger than the coverage ratios allow.
deck-alert-usage_drop = usage drop
deck-alert-account_silent = account silent
deck-alert-core_users_silent = core users silent
deck-alert-unused_modules = unused modules
deck-alert-nps_detractor = NPS detractor
deck-alert-ticket_spike = ticket spike
deck-alert-renewal_risk = renewal risk

## Value brief
deck-brief-title = { $prospect }: what customers like you achieved
deck-brief-subtitle = { $company } · value brief from { $count } comparable customers · { $date }
deck-brief-cover-note = Everything here comes from { $count } customers like { $prospect }, none named.
deck-brief-footer = { $company } · value brief · { $prospect }
deck-brief-file-title = Value brief: { $prospect }
deck-brief-evidence-title = Who we compared with
deck-brief-comparables = { $count } customers like { $prospect }: { $active } customers today and { $former } former customers, kept in so that retention is not flattered.
deck-brief-match-industry = { $count } in { $industry }.
deck-brief-match-size = { $count } of a similar size (half to twice { $employees } employees).
deck-brief-match-region = { $count } in { $region }.
deck-brief-match-modules = { $count } licensing all of { $modules }.
deck-brief-match-deal = { $count } with a contract of a similar size.
deck-brief-widened = Few close matches: the comparison widens to the { $count } most similar customers.
deck-brief-anonymous = No customer is named: every figure aggregates at least { $min } customers, and figures from fewer are left out.
deck-brief-evidence-note = Say how the comparison was made before showing any number.
deck-brief-adoption-title = How fast they adopted each module
deck-brief-no-modules = The profile names no module of the catalogue: add `modules` to see adoption.
deck-brief-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
deck-brief-too-few-used = fewer than { $min } used it
deck-brief-of = { $count } of { $total }
deck-brief-col-module = Module
deck-brief-col-used-by = Used by
deck-brief-col-first-use = Median time to first use
deck-brief-history = Counted over customers who started after usage data begins ({ $date }): earlier starts have no first use on record.
deck-brief-adoption-note = Time to first use counts from the contract start; use during a trial counts as day 0. For { $prospect }, plan enablement in this order.
deck-brief-outcomes-title = Time to value and where they are now
deck-brief-too-few = too few
deck-brief-kpi-ttv = Median days to first value
deck-brief-from-customers = from { $count } customers
deck-brief-kpi-within-90 = Reached value within 90 days
deck-brief-of-total = of { $total }
deck-brief-kpi-breadth = Median breadth
deck-brief-breadth-hint = modules used / licensed
deck-brief-kpi-stickiness = Median DAU/MAU
deck-brief-stickiness-hint = daily habit
deck-brief-range = { $low } to { $high }
deck-brief-range-unknown = too few customers to say
deck-brief-ttv-range = Half of them reached their first value event between { $range } days.
deck-brief-depth-range = Depth today (share of active users completing value): middle half { $range }.
deck-brief-health = Health today: median { $score } of 100.
deck-brief-health-unknown = Health today: too few customers to say.
deck-brief-retention-title = How long customers like you stay
deck-brief-group-like-you = Customers like you
deck-brief-group-all = All customers
deck-brief-retention-chart = Share still customers
deck-brief-retention-subtitle = Months since the first subscription, as of { $date }; sBG projection dashed
deck-brief-retention-alt = Retention of comparable customers against all customers
deck-brief-retained = { $share } of customers like { $prospect } were still customers after 12 months.
deck-brief-retained-unknown = Too few have been customers for 12 months to say how many stay.
deck-brief-ltv = Expected discounted lifetime { $years } years (sBG, 10% a year): at { $arr } a year, a lifetime value of { $ltv }.
deck-brief-lifetime = Expected discounted lifetime { $years } years (sBG, 10% a year); add expected_mrr for a lifetime value.
deck-brief-no-sbg = No sBG fit for these customers.
deck-brief-plan-title = Recommended 30/60/90-day plan
deck-brief-no-plan = Too few comparable customers had success-plan milestones to recommend a plan.
deck-brief-day = Day { $day }
deck-brief-col-by = By
deck-brief-col-milestone = Milestone
deck-brief-col-completed = Completed by
deck-brief-plan-note = The steps comparable customers had in their first 90 days, most common first within each phase.
deck-brief-method-title = Method
deck-brief-method-comparable = Comparable: scored on industry (3), size within half to twice the employees (2), licensing all modules of interest (2), region (1), contract within half to twice the expected ARR (1); a score of 3 or more, the closest 40.
deck-brief-method-time = Time to first use and to first value count from the first subscription start.
deck-brief-method-today = Breadth, depth and DAU/MAU are today’s values of current customers (definitions in the appendix of every QBR).
deck-brief-method-retention = Retention is Kaplan-Meier over every comparable customer, former ones included, with the shifted-beta-geometric projection (Fader & Hardie); lifetime value discounts at 10% a year.
deck-brief-method-note = For questions on method.

## The CLI's lines about the files it wrote
deck-cli-wrote = Wrote { $path } ({ $count ->
    [one] { $count } slide
   *[other] { $count } slides
})
deck-cli-wrote-all = Wrote { $count } QBR decks for { $quarter } to { $dir } in { $seconds } s
