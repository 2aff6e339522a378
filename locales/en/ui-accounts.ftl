## The accounts table: the whole book with its filters and saved views.

ui-accounts-title = Accounts
ui-accounts-count = { $shown } of { $count ->
    [one] { $count } account
   *[other] { $count } accounts
} · data as of { $day }
ui-accounts-loading = Loading accounts…

## Columns

ui-accounts-col-account = Account
ui-accounts-col-health = Health
ui-accounts-col-arr = ARR
ui-accounts-col-stage = Stage
ui-accounts-col-breadth = Breadth
ui-accounts-col-usage = Usage MoM
ui-accounts-col-renewal = Renewal
ui-accounts-col-owner = Owner
ui-accounts-col-segment = Needs segment
ui-accounts-at-risk = at risk
    .title = At risk: red health or a high-severity alert

## Filters and saved views

ui-accounts-search = Search accounts
    .placeholder = Search name, owner, stage, segment…
ui-accounts-filter-band = Health band
ui-accounts-any-band = Any health
ui-accounts-filter-owner = Owner
ui-accounts-any-owner = Any owner
ui-accounts-no-owner = No owner
ui-accounts-filter-renewal = Renewal
ui-accounts-any-renewal = Any renewal
ui-accounts-renewing-within = Renewing in { $count } days
ui-accounts-at-risk-only = At risk only
ui-accounts-view-name = View name
    .placeholder = Name this view
ui-accounts-save-view = Save view
ui-accounts-clear = Clear
ui-accounts-delete-view = Delete view { $name }

## Empty table

ui-accounts-no-match = No account matches
    .body = Change the search or the filters.
ui-accounts-empty = No accounts yet
    .body = Import an accounts file, or load the demo book from the home screen.
