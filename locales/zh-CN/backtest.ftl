## 健康度评分的回测：能在多大程度上信任它，以及无法运行的原因。
error-backtest-input = 无法回测：{ $reason }
backtest-no-data = 工作区没有使用数据
backtest-task-failed = 回放某一天时意外中止（{ $detail }）
backtest-no-subscriptions = 工作区没有订阅
backtest-to-too-late = 最后一个评估日 { $to } 之后需要 { $horizon } 天的历史数据，而数据截止于 { $end }
backtest-no-days = { $from } 至 { $to } 之间没有评估日：对于该时间窗口，历史数据太短
backtest-few-churns = 评估期内只有 { $count } 个客户流失（少于 { $min } 个）：请结合置信区间看待 AUC，它只是参考，而非定论。
backtest-short-history = 只有 { $count } 个评估日：历史较短，这些数字反映的是个别时点，而非评分的长期表现。

## 权重调优。
tune-too-few-days = 只有 { $count } 个评估日：调优至少需要两个，较早的用于拟合，较新的用于检验
tune-no-signal = 拟合时段内没有流失：权重无从拟合，因此原样显示当前权重。
tune-few-churns = 拟合时段只有 { $fit } 个流失客户，留出时段只有 { $test } 个（可靠的拟合需要 { $min } 个或更多）：调优后的权重只是有待验证的线索，而非定论。
tune-not-better = 调优后的权重在留出日上并不比当前权重更能排出流失客户：请保留当前权重。
tune-refused = 调优后的权重在留出日上没有胜过当前权重，因此未保存任何内容

## 哪些行动手册有效：完成行动手册任务的客户的流失，对比未完成任务的可比客户。
effect-no-episodes = 在回放的各月末，该触发条件从未对付费客户成立：没有可比较的内容。
effect-no-treated = 该行动手册的任务从未在任何情形的时间窗口内完成（未执行：{ $control }）：无法比较。
effect-no-comparison = 已执行的情形：{ $treated }，未执行的：{ $control }，但两边没有相似的情形（相同需求细分、健康度区间和续约窗口）：无法比较。
effect-too-few = 可比情形太少，无法判断（已执行：{ $treated }，未执行：{ $control }；每边至少需要 { $min } 个）。
effect-no-interval = 流失率相差 { $points } 个百分点，但无法计算置信区间：证据不足。
effect-not-enough-evidence = 证据不足：与可比客户相比，流失率相差 { $points } 个百分点，95% 置信区间为 { $low } 至 { $high } 个百分点，包含无效果的可能。
effect-lower-churn = 完成任务的客户，其流失率比未完成任务的可比客户低 { $points } 个百分点（95% 置信区间：{ $low } 至 { $high } 个百分点）。
effect-higher-churn = 完成任务的客户，其流失率比未完成任务的可比客户高 { $points } 个百分点（95% 置信区间：{ $low } 至 { $high } 个百分点）：任务可能来得太晚，或是为已经流失的客户执行的。
effect-better-health = 流失率没有明显差异（{ $points } 个百分点，95% 置信区间 { $low } 至 { $high }），但完成任务的客户在此期间的健康度比可比客户多上升 { $health } 分（95% 置信区间 { $health_low } 至 { $health_high }）。
effect-worse-health = 流失率没有明显差异（{ $points } 个百分点，95% 置信区间 { $low } 至 { $high }），但完成任务的客户在此期间的健康度比可比客户多下降 { $health } 分（95% 置信区间 { $health_low } 至 { $health_high }）：任务可能来得太晚。
