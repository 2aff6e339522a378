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
