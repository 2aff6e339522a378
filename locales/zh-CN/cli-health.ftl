## `waypoint health backtest`。
cli-backtest-title = 健康度评分回测：{ $from } 至 { $to } 共 { $days } 个评估日，统计 { $horizon } 天内的流失
cli-backtest-counts = 对 { $accounts } 个客户进行了 { $evaluations } 次评估；{ $churned } 个客户流失，{ $contracted } 次评估后出现缩减
cli-backtest-auc = 流失的 ROC AUC：{ $value }
cli-backtest-auc-any = 流失或缩减的 ROC AUC：{ $value }
cli-backtest-auc-value = { $auc }（95% 区间 { $low } 至 { $high }）
cli-backtest-lift = 红色客户的流失率是绿色客户的 { $lift } 倍；“红色”覆盖了 { $recall } 的流失，红色评估中有 { $precision } 最终流失
cli-backtest-lead = 从首次变红到流失的提前期中位数：{ $days } 天（{ $count } 次流失；其中 { $never } 次流失前从未变红）
cli-backtest-calibration = 按风险十分位的流失率（1 = 最健康的十分之一）：
cli-backtest-misses = { $count ->
    [0] 没有客户在绿色状态下流失。
   *[other] 绿色状态下流失的客户（{ $count } 个，最近的在前）：
}
cli-backtest-miss = { $account }（{ $id }）：{ $day } 评分 { $score }，{ $churn } 流失
cli-backtest-driver = { $factor } −{ $points }
cli-backtest-group-few = 该组有 { $count } 个已流失客户：仅供参考。
cli-usage-contraction = --contraction { $got }：请提供 0 到 1 之间的比例，例如 0.1
cli-col-band = 区间
cli-col-evaluations = 评估次数
cli-col-churn-rate = 流失率
cli-col-decile = 十分位
cli-col-mean-score = 平均评分
cli-account-health-none = 健康度：数据不足，无法评分（尚无产品使用记录）
cli-backtest-no-data = 有 { $count } 次评估未计入：尚无使用记录，没有可检验的评分

## `waypoint health tune`.
cli-tune-title = 健康度评分调优：按随后 { $horizon } 天内的流失拟合各因素权重
cli-tune-split = { $from } 至 { $to } 的 { $days } 个评估日（{ $evaluations } 次评估，{ $churned } 个流失客户）
cli-tune-fit = 拟合所用的较早时段：{ $split }
cli-tune-test = 检验所用的较新时段：{ $split }
cli-tune-auc = 留出日上流失的 ROC AUC：当前权重 { $current }；调优后权重 { $tuned }
cli-tune-better = 调优后的权重能更好地排出留出日的流失客户。加上 --apply 再运行即可保存。
cli-tune-better-applied = 调优后的权重能更好地排出留出日的流失客户，已保存。
cli-tune-keep = 调优后的权重在留出日上并不优于当前权重：请保留当前权重。
cli-tune-saved-file = 调优后的权重已保存到 { $file }（位于 “scorecard” 下，并记录其来源回测）。
cli-tune-saved-workspace = 调优后的权重已保存到工作区设置（应用和 CLI 今后都按它评分）。
cli-usage-holdout = 请给出 0 到 1 之间的评估日比例，例如 0.33
cli-col-factor = 因素
cli-col-current = 当前
cli-col-tuned = 调优后

## `waypoint playbooks effect`.
cli-effect-title = 行动手册效果：{ $from } 至 { $to } 的各月末；“已完成”指在触发条件首次成立之日前后 { $window } 天内完成了该行动手册的任务；结果统计 { $horizon } 天。在相同的需求细分、健康度区间和续约窗口内比较。
cli-effect-difference = { $value }（{ $low } 至 { $high }）
cli-col-playbook = 行动手册
cli-col-treated = 已完成
cli-col-control = 未完成
cli-col-churn-treated = 流失率（已完成）
cli-col-churn-control = 流失率（未完成）
cli-col-churn-difference = 流失率差异（百分点）
cli-col-health-difference = 健康度变化差异
