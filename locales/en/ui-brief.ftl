## Value brief screen (pre-sale): a prospect's profile, the comparable customers found in the
## book and what they achieved, and the brief saved as PPTX or PDF.

ui-brief-title = Value brief
ui-brief-lead = What customers like a prospect achieved, from your own book, without naming any of them.
ui-brief-options-error = The form could not be loaded: { $error }
ui-brief-retry = Retry
ui-brief-loading = Loading…
ui-brief-customers = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
ui-brief-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
ui-brief-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

## The prospect's profile
ui-brief-profile = Prospect profile
ui-brief-prospect = Prospect
ui-brief-name = Name
ui-brief-name-placeholder = Northwind Logistics
ui-brief-industry = Industry
ui-brief-any-industry = Any industry
ui-brief-employees = Employees
ui-brief-company-size = Company size
ui-brief-size-hint = Compared with customers from half to twice this size.
ui-brief-region = Region
ui-brief-any-region = Any region
ui-brief-modules = Modules of interest
ui-brief-no-modules = The workspace has no module catalogue yet.
ui-brief-seats = Seats
ui-brief-mrr = Expected MRR
ui-brief-mrr-currency = Expected MRR ({ $currency })
ui-brief-compared = { $count ->
    [one] Compared against { $count } customer, current and former, as of { $date }.
   *[other] Compared against { $count } customers, current and former, as of { $date }.
}

## Export
ui-brief-export = Export
ui-brief-language = Language of the brief
ui-brief-save-to = Save to
ui-brief-choose = Choose…
# The default file name: <prospect>-value-brief.pdf, in the brief's language.
ui-brief-file-suffix = value-brief
ui-brief-file-prospect = prospect
ui-brief-save-dialog = Save the value brief as
ui-brief-file-type = Value brief
ui-brief-hint-name = Give the prospect’s name first: the brief is titled with it.
ui-brief-hint-not-enough = Not enough comparable customers for a brief.
ui-brief-hint-path = Full path of the file; the button decides .pptx or .pdf. ~ is your home folder.
ui-brief-saving = Saving…
ui-brief-save-pptx = Save PPTX
ui-brief-save-pdf = Save PDF
ui-brief-saved = Saved
ui-brief-saved-detail = { $slides ->
    [one] ({ $size }, { $slides } slide)
   *[other] ({ $size }, { $slides } slides)
}
ui-brief-saved-toast = Value brief saved to { $path }

## Evidence
ui-brief-evidence-title = Comparable customers
ui-brief-updating = Updating…
ui-brief-finding = Finding comparable customers…
ui-brief-evidence-error = The evidence could not be read: { $error }
ui-brief-comparable = { $count ->
    [one] comparable customer
   *[other] comparable customers
}
ui-brief-current-former = { " " }({ $active } current, { $former } former)
ui-brief-not-enough = Not enough evidence
ui-brief-not-enough-count = Not enough comparable customers ({ $count } < { $min }).
ui-brief-not-enough-hint = { $min ->
    [one] The brief cannot be saved until at least { $min } customer is comparable.
   *[other] The brief cannot be saved until at least { $min } customers are comparable.
}
ui-brief-widened = Widened
ui-brief-unknown-modules = Not in the catalogue, left out: { $modules }
ui-brief-matched = How they were matched
ui-brief-points = { $count ->
    [one] { " " }({ $count } point)
   *[other] { " " }({ $count } points)
}
ui-brief-no-criteria = No criteria given: compared with the most similar customers overall.
ui-brief-headline = Headline numbers
ui-brief-kpi-all = all customers: { $value }
ui-brief-kpi-ttv = Median days to first value
ui-brief-kpi-from = { $count ->
    [one] from { $count } customer
   *[other] from { $count } customers
}
ui-brief-kpi-within-90 = Reached value within 90 days
ui-brief-kpi-retained-12 = Still customers after 12 months
ui-brief-kpi-retained-24 = Still customers after 24 months
ui-brief-kpi-lifetime = Expected lifetime
ui-brief-kpi-lifetime-hint = discounted, sBG
ui-brief-kpi-ltv = Expected lifetime value
ui-brief-kpi-ltv-add-mrr = add the expected MRR
ui-brief-kpi-ltv-annual = at { $value } a year
ui-brief-kpi-breadth = Median breadth
ui-brief-kpi-breadth-hint = modules used / licensed
ui-brief-kpi-stickiness = Median DAU/MAU
ui-brief-kpi-depth = Median depth
ui-brief-kpi-depth-hint = active users completing value
ui-brief-kpi-health = Median health score
ui-brief-kpi-health-hint = out of 100
ui-brief-no-lifetime = No lifetime: { $note }
ui-brief-adoption = Adoption speed per module
ui-brief-adoption-empty = Choose modules of interest to see how fast comparable customers adopted them.
ui-brief-col-module = Module
ui-brief-col-used-by = Used by
ui-brief-col-first-use = Median time to first use
ui-brief-adopted-of = { $adopted } of { $total }
ui-brief-too-few-used = { $min ->
    [one] fewer than { $min } used it
   *[other] fewer than { $min } used it
}
ui-brief-plan = 30/60/90-day plan they followed
ui-brief-plan-day = Day { $day }
ui-brief-plan-done = { " " }({ $done } of { $had } completed)
ui-brief-slides = Slides
ui-brief-slide-title = Title: { $name }
ui-brief-slide-title-placeholder = the prospect’s name
ui-brief-anonymous = { $min ->
    [one] No customer is named: every figure aggregates at least { $min } customer. As of { $date }.
   *[other] No customer is named: every figure aggregates at least { $min } customers. As of { $date }.
}
ui-brief-fill-in = Fill in the profile to find comparable customers.
