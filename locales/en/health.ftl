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
chart-backtest-title = Does the health score see churn coming?
chart-backtest-subtitle = { $days } month ends from { $from } to { $to }; churn within { $horizon } days; { $evaluations } evaluations, { $churned } churned accounts
chart-backtest-empty = Not enough history to test the score: no churn and no renewal to compare
chart-backtest-roc = ROC curve · AUC { $auc }
chart-backtest-roc-none = ROC curve
chart-backtest-fpr = kept accounts flagged
chart-backtest-tpr = churns flagged
chart-backtest-bands = Churn rate by health band
chart-backtest-band-count = { $rate } ({ $churned }/{ $evaluations })
chart-backtest-lead = Days from first red to churn ({ $never } never red)
chart-backtest-lead-none = No churn was red beforehand
chart-backtest-days = days before churn
error-views-chart-shows-backtest = the month ends whose horizon the data covers (use `waypoint health backtest --from/--to` for another window)

## Settings: does the score work?
ui-score-check-title = Does the score work?
ui-score-check-lead = Replays the health score on each of the last 24 month ends from the data of that day only, and compares it with the churn of the following 90 days. A score worth acting on ranks the accounts that left above those that stayed.
ui-score-check-run = Check the score against history
ui-score-check-again = Check again
ui-score-check-running = Replaying the score over history…
ui-score-check-window = { $days } month ends from { $from } to { $to }, churn within { $horizon } days
ui-score-check-counts = { $evaluations } evaluations of { $accounts } accounts; { $churned } accounts churned
ui-score-check-auc = ROC AUC for churn: { $value } (0.5 is a coin toss, 1 is perfect)
ui-score-check-auc-value = { $auc } (95% interval { $low } to { $high })
ui-score-check-lift = Red accounts churned { $lift }x as often as green ones; red caught { $recall } of churns, and { $precision } of red accounts churned.
ui-score-check-lead-time = Median lead time from first red to churn: { $days } days ({ $never } churns were never red before).
ui-score-check-no-data = { $count } evaluations left out: no usage on record yet, so no score to test.
ui-score-check-chart-alt = ROC curve, churn rate per health band and days from first red to churn.
ui-score-check-misses = { $count ->
    [0] No account churned while green.
    [one] Churned while green (the latest green day before the churn)
   *[other] Churned while green ({ $count }, the latest green day before each churn)
}
ui-score-check-col-account = Account
ui-score-check-col-green = Green on
ui-score-check-col-churned = Churned
ui-score-check-col-drivers = What cost it points then
ui-score-check-green-on = { $score } on { $day }
ui-score-check-driver = { $factor } −{ $points }

## The portfolio deck's optional slide.
deck-pf-backtest-title = How well the health score predicted churn
deck-pf-backtest-alt = ROC curve of the health score, churn rate per band and days from first red to churn
deck-pf-backtest-auc = ROC AUC { $auc } (95% interval { $low } to { $high }) over { $churned } churned accounts: 0.5 is a coin toss, 1 a perfect ranking.
deck-pf-backtest-lift = Red accounts churned { $lift }x as often as green ones.
deck-pf-backtest-lead = Median lead time from first red to churn: { $days } days.

## Settings → "Can the weights do better?" (health tune).
ui-tune-title = Can the weights do better?
ui-tune-lead = Fits the factor weights to the churn that followed on the older two thirds of the evaluation days, then ranks the newer days' accounts with the current and the fitted weights. The score stays a sum of named factor points; nothing changes until you apply.
ui-tune-run = Fit weights to history
ui-tune-running = Fitting the weights…
ui-tune-split = { $days } month ends from { $from } to { $to } ({ $evaluations } evaluations, { $churned } churned accounts)
ui-tune-fit = Fitted on the older { $split }
ui-tune-test = Judged on the newer { $split }
ui-tune-col-factor = Factor
ui-tune-col-current = Current weight
ui-tune-col-tuned = Fitted weight
ui-tune-auc = ROC AUC for churn on the held-out days: current weights { $current }; fitted weights { $tuned }
ui-tune-apply = Apply the fitted weights
ui-tune-apply-hint = Every screen, deck and the CLI then score with them; the fit's record is kept with the weights.
ui-tune-keep = The fitted weights do not rank the held-out churns better: keep the current weights.
ui-tune-applied = Fitted weights applied: every screen now scores with them.
ui-tune-record = Weights fitted on { $day } to the month ends from { $from } to { $to }: held-out AUC { $before } before, { $after } after.
