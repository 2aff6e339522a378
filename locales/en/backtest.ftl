## The health score's backtest: what it says about how far to trust it, and why it cannot run.
error-backtest-input = cannot backtest: { $reason }
backtest-no-data = the workspace has no usage data
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
