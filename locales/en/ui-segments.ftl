## Segments screen: needs segments beside value tiers, their crosstab and charts, the members
## of a segment, and the rule builder with its live count.

ui-seg-title = Segments
ui-seg-summary = { $count ->
    [one] { $count } account · { $arr } ARR · data as of { $date }
   *[other] { $count } accounts · { $arr } ARR · data as of { $date }
}
ui-seg-retry = Retry
ui-seg-assigned = { $count ->
    [one] { $count } account changed since the needs segments were fitted on { $date }: it joined the nearest segment.
   *[other] { $count } accounts changed since the needs segments were fitted on { $date }: they joined the nearest segment.
}
ui-seg-refit = Re-fit segments
ui-seg-loading = Loading segments…
ui-seg-empty = No accounts to segment yet
ui-seg-empty-body = Import accounts and product usage, or load the demo book from the home screen.
ui-seg-needs-title = By needs
ui-seg-needs-lead = How accounts use the product: each module’s share of their activity over 13 weeks, and depth. Found by clustering, named by the modules that lead.
ui-seg-value-title = By value
ui-seg-value-lead = What accounts pay: ARR tiers. Read against the left column: one tier usually holds several ways of using the product.
ui-seg-no-segments = No segments yet.
ui-seg-charts = Charts
ui-seg-module-mix = Module mix
ui-seg-chart-tab-needs = Module mix by needs
ui-seg-chart-tab-value = Module mix by value
ui-seg-chart-needs-alt = Module mix of each needs segment: share of activity by module
ui-seg-chart-value-alt = Module mix of each value tier: share of activity by module
ui-seg-map = Segment map
ui-seg-map-alt = Paying accounts by ARR and breadth, coloured by needs segment
ui-seg-arr = { $arr } ARR

## Segment cards
ui-seg-stat-accounts = Accounts
ui-seg-stat-arr = ARR
ui-seg-stat-arr-value = { $arr } ({ $share })
ui-seg-stat-health = Avg health
ui-seg-stat-at-risk = At risk
ui-seg-stat-breadth = Breadth
ui-seg-stat-depth = Depth

## Needs × value crosstab
ui-seg-crosstab-title = Needs × value
ui-seg-crosstab-empty = No accounts to cross yet.
ui-seg-needs-segment = Needs segment
ui-seg-value-tier = Value tier
ui-seg-total = Total
ui-seg-cell-title = { $count ->
    [one] { $row } × { $column }: { $count } account · { $arr } ARR
   *[other] { $row } × { $column }: { $count } accounts · { $arr } ARR
}
ui-seg-association-none = Too few active, paying accounts to compare the two views.
ui-seg-association-unrelated = Needs and value are unrelated (Cramér’s V { $v }, active paying accounts).
ui-seg-association-weak = Needs and value are weakly related (Cramér’s V { $v }, active paying accounts).
ui-seg-association-moderate = Needs and value are moderately related (Cramér’s V { $v }, active paying accounts).
ui-seg-association-strong = Needs and value are strongly related (Cramér’s V { $v }, active paying accounts).
ui-seg-adjusted-rand = Adjusted Rand { $value } (1 = the same grouping).
ui-seg-hover = Hover a cell for its ARR.
# Between two sentences: a space, none in Chinese.
ui-seg-sentence-gap = { " " }

## Members of a segment
ui-seg-members-needs = Needs segment: { $name }
ui-seg-members-value = Value tier: { $name }
ui-seg-members-rule = Rule: { $name }
ui-seg-members-summary = { $count ->
    [one] { $count } account · { $arr } ARR · { $shown } shown
   *[other] { $count } accounts · { $arr } ARR · { $shown } shown
}
ui-seg-close = Close
ui-seg-members-loading = Loading members…
ui-seg-filter = Filter members
ui-seg-filter-placeholder = Filter members…
ui-seg-members-label = Members of { $name }
ui-seg-members-no-match = No member matches
ui-seg-members-none = No accounts in this segment
ui-seg-members-chart-alt = Module mix of each account in { $name }, fewest modules first
ui-seg-col-account = Account
ui-seg-col-health = Health
ui-seg-col-arr = ARR
ui-seg-col-breadth = Breadth
ui-seg-col-owner = Owner
ui-seg-at-risk = at risk
ui-seg-at-risk-title = At risk: red health score or a high-severity alert

## Rule builder (the rule syntax itself stays as typed: it is the same in every language)
ui-seg-rule-title = Rule segment
ui-seg-rule-lead-facts = Any account fact:{ " " }
ui-seg-rule-lead-sep = { ", " }
ui-seg-rule-lead-missing = . Text ignores case; a missing fact matches only{ " " }
ui-seg-rule-lead-end = .
ui-seg-rule-expression = Expression
ui-seg-rule-column = (column { $column })
ui-seg-rule-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
ui-seg-rule-arr = { $arr } ARR ({ $share } of the book)
ui-seg-rule-type = Type a rule to count its accounts.
ui-seg-rule-counting = Counting…
ui-seg-rule-label = Rule
ui-seg-rule-all = :
ui-seg-rule-largest = ; the { $count } largest by ARR:
ui-seg-rule-show-all = { $count ->
    [one] Show the { $count } account with its module mix
   *[other] Show all { $count } accounts with their module mix
}
ui-seg-rule-fields = Fields
ui-seg-rule-fields-every = Every book
ui-seg-rule-fields-book = This book
ui-seg-rule-field-number = { $about } (number)
ui-seg-rule-field-text = { $about } (text)
