## An account the health score cannot judge yet.
health-no-data-reason = Not enough data: no product usage on record yet, so there is no evidence either way. The score starts with the first usage imported for this account.
health-detail-usage-never = no usage on record yet: left out
health-band-no-data = not enough data
ui-band-no-data = Not enough data
cli-band-no-data = no data
chart-health-band-no_data = not enough data
deck-qbr-health-no-data = There is no health score yet: no product usage is on record for this account, so there is no evidence either way.
deck-qbr-kpi-health-none = not enough data
deck-qbr-kpi-health-none-delta = no usage on record yet
ui-account-drivers-no-data = Health drivers · not enough data to score yet
ui-account-chart-health-none = Health trend
    .alt = Health score over time for { $name }: not enough data to score yet.
