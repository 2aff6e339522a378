## Charts: titles, subtitles, legends and axis labels of every chart (the app's SVGs and the
## decks' PNGs). Numbers, money and dates arrive already formatted for the language.

chart-list-separator = {", "}
chart-empty-activity = No activity in this period
chart-all-accounts = All accounts
chart-named-count = { $name } ({ $count })

# Module usage (one account, a segment or the book)
chart-module-stack-title = Module usage: { $account }
chart-module-stack-segment-title = { $segment } ({ $count ->
    [one] { $count } account
   *[other] { $count } accounts
})
chart-module-stack-volume = Weekly events by module
chart-module-stack-volume-period = Weekly events by module, weeks ending { $period }
chart-module-stack-mix = Share of weekly activity by module
chart-module-stack-mix-period = Share of weekly activity by module, weeks ending { $period }
chart-marker-usage-drop = Usage { $change }
chart-marker-account-silent = Account silent
chart-marker-core-silent = Core users silent

# Module mix across accounts or segments
chart-mix-title-needs = Needs segments
chart-mix-title-value = Value tiers
chart-mix-rule = Rule: { $rule }
chart-mix-subtitle-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}: share of activity by module, { $period }
chart-mix-subtitle-groups = Each segment’s share of activity by module, { $period }
chart-mix-fewest = { $subtitle }; the { $shown } of { $total } using the fewest modules
chart-mix-idle = { $subtitle }; { $count } without activity not shown
chart-mix-modules-used = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
chart-mix-unused = { $count } unused: { $names }
chart-mix-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}

# Active users
chart-users-title = Active users: { $account }
chart-users-core-none = no core users on file
chart-users-core = { $count ->
    [one] { $count } core user on file
   *[other] { $count } core users on file
}
chart-users-subtitle-period = Active users, weeks ending { $period }; { $core }
chart-users-subtitle = Active users; { $core }
chart-users-empty = No active users in this period
chart-users-monthly = Monthly active (28 days)
chart-users-weekly = Weekly active
chart-users-core-active = Core users active (14 days)
chart-users-stickiness = DAU/MAU
chart-users-axis = Users

# MRR movements
chart-mrr-title = MRR movements: { $scope }
chart-mrr-new = New
chart-mrr-expansion = Expansion
chart-mrr-reactivated = Reactivated
chart-mrr-fx = FX
chart-mrr-contraction = Contraction
chart-mrr-churned = Churned
chart-mrr-net = Net change
chart-mrr-nrr = NRR (12 months)
chart-mrr-grr = GRR (12 months)
chart-mrr-by-month = By month
chart-mrr-range = By month, { $from } – { $to }
chart-mrr-with-ratios = { $what }; NRR and GRR over the trailing 12 months
chart-mrr-empty = No MRR movements in this period

# Health
chart-health-title = Health: { $account }
chart-health-band-green = green
chart-health-band-yellow = yellow
chart-health-band-red = red
chart-health-subtitle-period = Health { $period }, score { $score } ({ $band })
chart-health-subtitle-period-only = Health { $period }
chart-health-subtitle-building = Health, score { $score } ({ $band }); the trend builds as daily scores are stored
chart-health-subtitle-none = Health; the trend builds as daily scores are stored
chart-health-empty = No health score yet
chart-health-no-components = No components for today
chart-health-drivers = What makes today’s score
chart-health-not-available = n/a
chart-health-points = { $points }/{ $max }

# Retention curves
chart-retention-title-cohort = Retention by start year
chart-retention-title-needs = Retention by needs segment
chart-retention-title-value = Retention by value tier
chart-retention-subtitle = Share still customers, as of { $date }, churned accounts included; { $level } bands, sBG dashed
chart-retention-small = { $subtitle }; under { $min } accounts: { $groups }
chart-retention-empty = No accounts with a subscription in this period
chart-retention-axis = months since the first subscription

# Needs and value map
chart-map-title = Needs and value
chart-map-subtitle = Paying accounts by ARR and breadth, by needs segment, as of { $date }
chart-map-hidden = { $subtitle }; { $count } without ARR or usage not shown
chart-map-empty = No paying accounts with usage
chart-map-breadth = breadth: modules used / licensed
chart-map-arr = ARR (log scale)

# NPS and support tickets
chart-nps-title = NPS and support: { $scope }
chart-nps-score = NPS { $score } from { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
chart-nps-no-responses = no NPS responses
chart-nps-tickets = { $count ->
    [one] { $count } ticket opened
   *[other] { $count } tickets opened
}, { $urgent } urgent or high
chart-nps-no-tickets = no tickets
chart-nps-subtitle = { $nps } · { $tickets }
chart-nps-subtitle-period = { $period } · { $nps } · { $tickets }
chart-nps-empty = No NPS responses in this period
chart-nps-heading = NPS { $score }
chart-nps-detractors = { $count ->
    [one] { $count } detractor
   *[other] { $count } detractors
}
chart-nps-passives = { $count ->
    [one] { $count } passive
   *[other] { $count } passives
}
chart-nps-promoters = { $count ->
    [one] { $count } promoter
   *[other] { $count } promoters
}
chart-tickets-empty = No tickets in this period
chart-tickets-heading = Support tickets opened per week
chart-tickets-urgent = Urgent or high
chart-tickets-other = Other priority

# Success plan timeline
chart-plan-title = Success plan: { $account }
chart-plan-subtitle-empty = Success plan
chart-plan-counts = { $done } done, { $overdue } overdue, { $open } open
chart-plan-counts-overdue = { $done } done, { $overdue } overdue ({ $customer } customer, { $vendor } vendor), { $open } open
chart-plan-next-customer = { $counts } · next step owed by the customer
chart-plan-next-vendor = { $counts } · next step owed by the vendor
chart-plan-next-other = { $counts } · next step owed by { $owner }
chart-plan-more = { $text } · and { $count } more
chart-plan-customer = Customer
chart-plan-vendor = Vendor
chart-plan-empty = No success-plan milestones
chart-plan-day = Day { $day }
chart-plan-days = Days { $first }–{ $last }
chart-plan-today = Today
chart-plan-legend-done = Done (at completion)
chart-plan-legend-overdue = Overdue (line to today)
chart-plan-legend-open = Open (at due day)
chart-plan-legend-customer = Customer side
chart-plan-legend-vendor = Vendor side
chart-cli-wrote = Wrote { $path }
chart-health-subtitle-no-data = Not enough data to score: no product usage on record yet
