## 客户 360 视图：客户概要、健康度影响因素、图表、预警、成功计划、任务、客户接触、支持和 NPS。

ui-account-loading = 正在加载客户…
ui-account-open-failed = 无法打开此客户
ui-account-refresh-failed = 无法刷新客户数据：{ $error }
ui-account-refreshing = 正在刷新…
ui-account-back-to = 返回{ $section }
ui-account-generate-qbr = 生成 QBR
ui-account-as-of = 数据截至 { $day }
ui-account-tabs-label = 客户详情分区
ui-account-tab-overview = 概览
ui-account-tab-plan = 成功计划
ui-account-tab-activity = 活动
ui-account-tab-support = 支持与 NPS

## 概要

ui-account-facts = 客户信息
ui-account-fact-owner = 负责人
ui-account-fact-industry = 行业
ui-account-fact-region = 地区
# 屏幕阅读器在信息前读出，例如“负责人：Dana Lee”。
ui-account-fact-prefix = { $label }：
ui-account-needs = 需求：{ $segment }
    .title = 需求细分
ui-account-tier = 层级：{ $tier }
    .title = 价值分层
ui-account-kpi-arr = ARR
    .hint = MRR { $mrr }
ui-account-kpi-health = 健康度
ui-account-kpi-health-vs = 对比 28 天前
ui-account-kpi-health-first = 暂无更早的评分
# 健康度评分的变化（分）。
ui-account-health-points = { $count ->
   *[other] { $delta } 分
}
ui-account-kpi-lifecycle = 生命周期
ui-account-stage-manual = 手动设置
ui-account-stage-derived = 自动判定
ui-account-stage-why = 原因：{ $reason }
ui-account-kpi-renewal = 续约
ui-account-no-contract = 无生效中的合同
ui-account-kpi-mau = 月活跃用户
    .hint = 日均 { $daily } 人
ui-account-kpi-breadth = 使用广度
# $basis 为 "licensed"（客户已授权的模块）或 "available"（产品提供的全部模块）。
ui-account-modules-used = { $basis ->
    [licensed] 已使用 { $used } / { $count } 个已授权模块
   *[other] 已使用 { $used } / { $count } 个可用模块
}

## 概览：影响因素、图表、预警

ui-account-drivers = 健康度影响因素 · 评分 { $score }
ui-account-drivers-none = 此客户没有评分卡组成项。
ui-account-driver-points = { $points } / { $max } 分
ui-account-driver-na = 不适用
    .reason = （无数据，未计入评分）
ui-account-charts = 图表
ui-account-chart-modules = 模块使用
    .alt = { $name } 近一年各模块的每周事件数；本月{ $modules }。
ui-account-modules-summary = 该客户{ $modules }。
ui-account-modules-used-title = 近 28 天使用过
ui-account-module-events = { $count } 个事件 · { $share }
ui-account-modules-unused-title = 未使用
ui-account-licensed = 已授权
    .title = 已付费但未使用
ui-account-chart-users = 活跃用户
    .alt = { $name } 的活跃用户趋势；当前月活跃用户 { $count } 人。
ui-account-chart-health = 健康度趋势
    .alt = { $name } 的健康度评分趋势；当前为 { $score }（{ $band }）。
ui-account-alerts = 预警
ui-account-alerts-none = 没有未处理的预警。
ui-account-alert-since = 自 { $day } 起

## 成功计划

ui-account-plan = 成功计划
ui-account-plan-none = 尚无成功计划
    .body = 为此客户导入计划后，里程碑将显示在这里。
ui-account-plan-counts = 里程碑统计
ui-account-plan-done = { $count ->
   *[other] 已完成
}
ui-account-plan-overdue = { $count ->
   *[other] 已逾期
}
ui-account-plan-open = { $count ->
   *[other] 未完成
}
ui-account-next-step = { $side ->
    [customer] 下一步由客户负责：
    [vendor] 下一步由我方负责：
   *[other] 下一步由{ $side }负责：
}
ui-account-due = 截止 { $day }
ui-account-plan-complete = 所有里程碑均已完成。
ui-account-plan-table = 按计划阶段列出的里程碑
ui-account-col-milestone = 里程碑
ui-account-col-owed-by = 负责方
ui-account-col-due = 截止日期
ui-account-col-status = 状态
ui-account-col-action = 操作
ui-account-phase-30 = 前 30 天
ui-account-phase-60 = 第 31–60 天
ui-account-phase-90 = 第 61–90 天
ui-account-phase-later = 之后
ui-account-milestone-done = 已完成
ui-account-milestone-done-late = 已完成，延迟 { $count } 天
ui-account-milestone-overdue = 已逾期
ui-account-milestone-overdue-late = 已逾期 { $count } 天
ui-account-milestone-open = 未完成
ui-account-reopen = 重新打开
ui-account-reopen-label = 重新打开 { $title }
ui-account-reopen-failed = 无法重新打开“{ $title }”：{ $error }
ui-account-complete = 完成
ui-account-complete-label = 完成 { $title }
ui-account-complete-failed = 无法完成“{ $title }”：{ $error }
ui-account-plan-timeline = 时间线
ui-account-plan-chart =
    .alt = { $name } 的成功计划时间线：共 { $count } 个里程碑，已完成 { $done } 个，已逾期 { $overdue } 个，未完成 { $open } 个。

## 活动：任务和客户接触

ui-account-tasks = 任务
ui-account-tasks-none = 没有待办任务。
ui-account-overdue = 已逾期
ui-account-task-due = 截止 { $day }
ui-account-task-no-due = 无截止日期
ui-account-task-owed-by = { $side ->
    [customer] 由客户负责
    [vendor] 由我方负责
   *[other] 由{ $side }负责
}
ui-account-task-playbook = 行动手册：{ $playbook }
ui-account-task-done = 完成
ui-account-task-done-label = 完成：{ $title }
ui-account-tasks-completed = 已完成 { $count } 项
ui-account-task-done-on = 完成于 { $day }
ui-account-touchpoints = 客户接触
ui-account-touchpoint-form = 记录客户接触
ui-account-touchpoint-kind = 类型
ui-account-touchpoint-day = 日期
ui-account-touchpoint-day-empty = 留空则为 { $day }
ui-account-touchpoint-summary = 摘要
ui-account-touchpoint-summary-missing = 请简要描述这次客户接触。
ui-account-touchpoint-submit = 记录客户接触
ui-account-touchpoint-saving = 正在记录…
ui-account-touchpoint-logged = 已记录{ $kind }
ui-account-touchpoint-failed = 无法记录客户接触：{ $error }
ui-account-touchpoints-none = 尚未记录任何客户接触。
ui-account-kind-call = 电话
ui-account-kind-email = 邮件
ui-account-kind-meeting = 会议
ui-account-kind-qbr = QBR
ui-account-kind-note = 备注

## 支持和 NPS

ui-account-support = 支持 · 近 90 天
ui-account-tickets = 工单
ui-account-tickets-open = 未解决
ui-account-tickets-urgent = 紧急或高优先级
ui-account-first-response = 首次响应
ui-account-resolution = 解决时长
ui-account-median = 中位数
ui-account-hours = { $hours } 小时
ui-account-csat = CSAT
    .hint = 平均分，1 至 5 分
ui-account-csat-value = { $csat } / 5
ui-account-nps = 净推荐值（NPS）· 近 12 个月
ui-account-nps-score = NPS
ui-account-nps-responses = { $count } 份回复
ui-account-promoters = 推荐者
    .hint = 评分 9–10
ui-account-passives = 中立者
    .hint = 评分 7–8
ui-account-detractors = 贬损者
    .hint = 评分 0–6
ui-account-nps-latest = 最新回复
ui-account-nps-badge = NPS 评分
ui-account-nps-badge-prefix = 评分
ui-account-nps-no-comment = 无评论。
