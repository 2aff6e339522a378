## `waypoint health backtest`.
cli-backtest-title = Health score backtest: { $days ->
    [one] { $days } evaluation day
   *[other] { $days } evaluation days
} from { $from } to { $to }, churn within { $horizon } days
cli-backtest-counts = { $evaluations } evaluations of { $accounts } accounts; { $churned } accounts churned, { $contracted } evaluations contracted
cli-backtest-auc = ROC AUC for churn: { $value }
cli-backtest-auc-any = ROC AUC for churn or contraction: { $value }
cli-backtest-auc-value = { $auc } (95% interval { $low } to { $high })
cli-backtest-lift = Red churned { $lift }x as often as green; "red" caught { $recall } of churns, and { $precision } of red evaluations churned
cli-backtest-lead = Median lead time from first red to churn: { $days } days ({ $count } churns; { $never } never red before churning)
cli-backtest-calibration = Churn by risk decile (1 = healthiest tenth):
cli-backtest-misses = { $count ->
    [0] No account churned while green.
    [one] Churned while green ({ $count }):
   *[other] Churned while green ({ $count }, most recent first):
}
cli-backtest-miss = { $account } ({ $id }): { $score } on { $day }, churned { $churn }
cli-backtest-driver = { $factor } −{ $points }
cli-backtest-group-few = { $count ->
    [one] { $count } churned account in this group: indicative only.
   *[other] { $count } churned accounts in this group: indicative only.
}
cli-usage-contraction = --contraction { $got }: give a share between 0 and 1, such as 0.1
cli-col-band = band
cli-col-evaluations = evaluations
cli-col-churn-rate = churn rate
cli-col-decile = decile
cli-col-mean-score = mean score
cli-account-health-none = Health: not enough data to score (no product usage on record yet)
cli-backtest-no-data = { $count ->
    [one] { $count } evaluation left out: no usage on record yet, so no score to test
   *[other] { $count } evaluations left out: no usage on record yet, so no score to test
}

## `waypoint health tune`.
cli-tune-title = Health score tuning: factor weights fitted to the churn that followed, within { $horizon } days
cli-tune-split = { $days ->
    [one] { $days } evaluation day
   *[other] { $days } evaluation days
} from { $from } to { $to } ({ $evaluations } evaluations, { $churned } churned accounts)
cli-tune-fit = Fitted on the older { $split }
cli-tune-test = Judged on the newer { $split }
cli-tune-auc = Held-out ROC AUC for churn: current weights { $current }; tuned weights { $tuned }
cli-tune-better = The tuned weights rank the held-out churns better. Run again with --apply to save them.
cli-tune-better-applied = The tuned weights rank the held-out churns better, and are saved.
cli-tune-keep = The tuned weights do not beat the current ones on the held-out days: keep the current weights.
cli-tune-saved-file = Tuned weights saved into { $file } (under "scorecard", with the backtest they came from).
cli-tune-saved-workspace = Tuned weights saved in the workspace's settings (the app and the CLI score with them from now on).
cli-usage-holdout = give a share of the evaluation days between 0 and 1, such as 0.33
cli-col-factor = factor
cli-col-current = current
cli-col-tuned = tuned

## `waypoint playbooks effect`.
cli-effect-title = Playbook effect: month ends from { $from } to { $to }; "done" = a task of the playbook completed within { $window } days of the day its trigger first held; outcomes over { $horizon } days. Compared within the same needs segment, health band and renewal window.
cli-effect-difference = { $value } ({ $low } to { $high })
cli-col-playbook = playbook
cli-col-treated = done
cli-col-control = not done
cli-col-churn-treated = churn, done
cli-col-churn-control = churn, not done
cli-col-churn-difference = churn difference, points
cli-col-health-difference = health change difference
