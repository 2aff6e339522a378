## The health score's backtest: what it says about how far to trust it, and why it cannot run.
error-backtest-input = cannot backtest: { $reason }
backtest-no-data = the workspace has no usage data
backtest-task-failed = a replayed day stopped unexpectedly ({ $detail })
backtest-no-subscriptions = the workspace has no subscriptions
backtest-to-too-late = the last evaluation day { $to } needs { $horizon } days of history after it, and the data ends on { $end }
backtest-no-days = no evaluation day between { $from } and { $to }: the history is too short for this horizon
backtest-few-churns = { $count ->
    [one] Only { $count } account churned in the evaluated history (fewer than { $min }): read the AUC with its interval, as an indication rather than a verdict.
   *[other] Only { $count } accounts churned in the evaluated history (fewer than { $min }): read the AUC with its interval, as an indication rather than a verdict.
}
backtest-short-history = { $count ->
    [one] Only { $count } evaluation day: the history is short, so the figures describe one moment rather than the score's record.
   *[other] Only { $count } evaluation days: the history is short, so the figures describe a few moments rather than the score's record.
}

## Tuning the weights.
tune-too-few-days = { $count ->
    [one] only { $count } evaluation day: tuning needs at least two, older ones to fit and newer ones to judge
   *[other] only { $count } evaluation days: tuning needs at least two, older ones to fit and newer ones to judge
}
tune-no-signal = No churn in the fitted days: there is nothing to fit the weights to, so the current weights are shown unchanged.
tune-few-churns = Only { $fit } churned accounts in the fitted days and { $test } in the held-out days (a reliable fit wants { $min } or more): the tuned weights are a lead to test, not a verdict.
tune-not-better = The tuned weights do not rank the held-out churns better than the current ones: keep the current weights.
tune-refused = the tuned weights did not beat the current ones on the held-out days, so nothing was saved

## Which playbooks work: churn after a playbook's tasks were done, against comparable accounts where they were not.
effect-no-episodes = The trigger never held for a paying account on the replayed month ends: nothing to compare.
effect-no-treated = No task of this playbook was done in the window of any episode (untreated: { $control }): nothing to compare.
effect-no-comparison = Treated episodes: { $treated }, untreated: { $control }, but none alike (same needs segment, health band and renewal window) on both sides: nothing to compare.
effect-too-few = Too few comparable episodes to judge (treated: { $treated }, untreated: { $control }; at least { $min } of each are needed).
effect-no-interval = Churn difference of { $points } points, but no interval could be computed: not enough evidence.
effect-not-enough-evidence = Not enough evidence: churn difference of { $points } points against comparable accounts, 95% interval { $low } to { $high } points, which includes no effect.
effect-lower-churn = Accounts whose tasks were done churned { $points } percentage points less than comparable accounts where they were not (95% interval { $low } to { $high } points).
effect-higher-churn = Accounts whose tasks were done churned { $points } percentage points more than comparable accounts where they were not (95% interval { $low } to { $high } points): the tasks may come too late, or be done for the accounts already lost.
effect-better-health = No clear difference in churn ({ $points } points, 95% interval { $low } to { $high }), but the health of accounts whose tasks were done rose { $health } score points more over the horizon than that of comparable accounts (95% interval { $health_low } to { $health_high }).
effect-worse-health = No clear difference in churn ({ $points } points, 95% interval { $low } to { $high }), but the health of accounts whose tasks were done fell { $health } score points more over the horizon than that of comparable accounts (95% interval { $health_low } to { $health_high }): the tasks may come too late.
