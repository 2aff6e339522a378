## 健康度评分的回测：能在多大程度上信任它，以及无法运行的原因。
error-backtest-input = 无法回测：{ $reason }
backtest-no-data = 工作区没有使用数据
backtest-no-subscriptions = 工作区没有订阅
backtest-to-too-late = 最后一个评估日 { $to } 之后需要 { $horizon } 天的历史数据，而数据截止于 { $end }
backtest-no-days = { $from } 至 { $to } 之间没有评估日：对于该时间窗口，历史数据太短
backtest-few-churns = 评估期内只有 { $count } 个客户流失（少于 { $min } 个）：请结合置信区间看待 AUC，它只是参考，而非定论。
backtest-short-history = 只有 { $count } 个评估日：历史较短，这些数字反映的是个别时点，而非评分的长期表现。
