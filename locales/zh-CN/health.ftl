## 健康度评分暂时无法判断的账户。
health-no-data-reason = 数据不足：尚无产品使用记录，无法判断好坏。导入该账户的首批使用数据后即开始评分。
health-detail-usage-never = 尚无使用记录：不计入
health-band-no-data = 数据不足
ui-band-no-data = 数据不足
cli-band-no-data = 数据不足
chart-health-band-no_data = 数据不足
deck-qbr-health-no-data = 暂无健康度评分：该账户尚无产品使用记录，无法判断好坏。
deck-qbr-kpi-health-none = 数据不足
deck-qbr-kpi-health-none-delta = 尚无使用记录
ui-account-drivers-no-data = 健康度驱动因素 · 数据不足，暂无法评分
ui-account-chart-health-none = 健康度趋势
    .alt = { $name } 的健康度评分趋势：数据不足，暂无法评分。
chart-backtest-title = 健康度评分能否提前发现流失？
chart-backtest-subtitle = { $from } 至 { $to } 的 { $days } 个月末；统计 { $horizon } 天内的流失；{ $evaluations } 次评估，{ $churned } 个流失客户
chart-backtest-empty = 历史不足，无法检验评分：没有可比较的流失与续约
chart-backtest-roc = ROC 曲线 · AUC { $auc }
chart-backtest-roc-none = ROC 曲线
chart-backtest-fpr = 被标记的留存客户
chart-backtest-tpr = 被标记的流失
chart-backtest-bands = 各健康区间的流失率
chart-backtest-band-count = { $rate }（{ $churned }/{ $evaluations }）
chart-backtest-lead = 从首次变红到流失的天数（{ $never } 个从未变红）
chart-backtest-lead-none = 没有流失客户事先变红
chart-backtest-days = 流失前天数
error-views-chart-shows-backtest = 数据覆盖其时间窗口的各月末（其他时间段请用 `waypoint health backtest --from/--to`）

## 设置：评分是否有效？
ui-score-check-title = 评分是否有效？
ui-score-check-lead = 在最近 24 个月末中的每一天，仅用当天已有的数据重新计算健康度评分，并与随后 90 天内的流失进行比较。值得信赖的评分会把流失的客户排在留存客户之前。
ui-score-check-run = 用历史数据检验评分
ui-score-check-again = 重新检验
ui-score-check-running = 正在用历史数据重算评分…
ui-score-check-window = { $from } 至 { $to } 的 { $days } 个月末，统计 { $horizon } 天内的流失
ui-score-check-counts = 对 { $accounts } 个客户进行了 { $evaluations } 次评估；{ $churned } 个客户流失
ui-score-check-auc = 流失的 ROC AUC：{ $value }（0.5 相当于随机猜测，1 为完美）
ui-score-check-auc-value = { $auc }（95% 区间 { $low } 至 { $high }）
ui-score-check-lift = 红色客户的流失率是绿色客户的 { $lift } 倍；红色覆盖了 { $recall } 的流失，红色客户中有 { $precision } 流失。
ui-score-check-lead-time = 从首次变红到流失的提前期中位数：{ $days } 天（{ $never } 次流失此前从未变红）。
ui-score-check-no-data = 有 { $count } 次评估未计入：尚无使用记录，没有可检验的评分。
ui-score-check-chart-alt = ROC 曲线、各健康区间的流失率，以及从首次变红到流失的天数。
ui-score-check-misses = { $count ->
    [0] 没有客户在绿色状态下流失。
   *[other] 绿色状态下流失的客户（{ $count } 个，列出每次流失前最后一个绿色日期）
}
ui-score-check-col-account = 客户
ui-score-check-col-green = 绿色日期
ui-score-check-col-churned = 流失日期
ui-score-check-col-drivers = 当时的失分因素
ui-score-check-green-on = { $day } 评分 { $score }
ui-score-check-driver = { $factor } −{ $points }

## 客户组合演示文稿的可选页。
deck-pf-backtest-title = 健康度评分对流失的预测效果
deck-pf-backtest-alt = 健康度评分的 ROC 曲线、各健康区间的流失率，以及从首次变红到流失的天数
deck-pf-backtest-auc = 基于 { $churned } 个流失客户，ROC AUC 为 { $auc }（95% 区间 { $low } 至 { $high }）：0.5 相当于随机猜测，1 为完美排序。
deck-pf-backtest-lift = 红色客户的流失率是绿色客户的 { $lift } 倍。
deck-pf-backtest-lead = 从首次变红到流失的提前期中位数：{ $days } 天。

## 设置 → “权重还能更好吗？”（health tune）。
ui-tune-title = 权重还能更好吗？
ui-tune-lead = 用较早三分之二的评估日，按随后发生的流失拟合各因素权重，再分别用当前权重和拟合权重对较新评估日的客户排序。评分仍是各具名因素得分之和；在您应用之前不会有任何改变。
ui-tune-run = 按历史拟合权重
ui-tune-running = 正在拟合权重…
ui-tune-split = { $from } 至 { $to } 的 { $days } 个月末（{ $evaluations } 次评估，{ $churned } 个流失客户）
ui-tune-fit = 拟合所用的较早时段：{ $split }
ui-tune-test = 检验所用的较新时段：{ $split }
ui-tune-col-factor = 因素
ui-tune-col-current = 当前权重
ui-tune-col-tuned = 拟合权重
ui-tune-auc = 留出日上流失的 ROC AUC：当前权重 { $current }；拟合权重 { $tuned }
ui-tune-apply = 应用拟合权重
ui-tune-apply-hint = 之后所有页面、演示文稿和 CLI 都按它评分；本次拟合的记录会与权重一并保存。
ui-tune-keep = 拟合权重在留出日上并不能更好地排出流失客户：请保留当前权重。
ui-tune-applied = 已应用拟合权重：所有页面现在都按它评分。
ui-tune-record = 权重于 { $day } 按 { $from } 至 { $to } 的月末拟合：留出日 AUC 由 { $before } 变为 { $after }。
