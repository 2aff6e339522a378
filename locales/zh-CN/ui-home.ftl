## 客户组合首页：关键指标、MRR 图表、健康度分布、预警、任务和续约。

ui-home-title = 客户组合
ui-home-as-of = 数据截至 { $day } · { $count } 个付费客户
ui-home-loading = 正在加载客户组合…
ui-home-load-failed = 无法加载客户组合：{ $error }
ui-home-empty-title = 工作区还是空的
ui-home-empty-body = Waypoint 基于您导入的数据工作：客户、订阅、使用事件、工单和 NPS 回复。导入自己的数据之前，可以先加载演示数据，快速了解各项功能。
ui-home-demo-preparing = 正在准备演示数据…
ui-home-demo-step = 第 { $step } 步，共 { $of } 步
ui-home-demo-load = 加载演示数据
ui-home-demo-failed = 无法加载演示数据：{ $error }

## 关键指标

ui-home-kpi-arr = ARR
ui-home-kpi-nrr = NRR
ui-home-kpi-grr = GRR
ui-home-kpi-churn = 客户流失率
ui-home-kpi-at-risk = 风险 ARR
# 变化的比较基准日。
ui-home-vs = 对比 { $day }
# 比率的变化，以百分点计，例如“+2.2 个百分点”。
ui-home-delta-points = { $delta } 个百分点

## 图表和健康度

ui-home-mrr-title = MRR 与留存
ui-home-mrr-alt = 近 12 个月的 MRR 变动及 NRR/GRR
ui-home-health-title = 健康度
ui-home-bar-accounts = 客户数
ui-home-bar-arr = ARR
ui-home-band-summary = { $count } 个客户 · ARR { $arr }

## 预警和任务

ui-home-alerts-title = 今日需关注
ui-home-alerts-none = 今天没有预警，所有客户状态平稳。
ui-home-since = 自 { $day } 起
ui-home-more = 另有 { $count } 条
ui-home-tasks-title = 待办任务
ui-home-task-failed = 无法完成任务：{ $error }
ui-home-tasks-none = 没有待办任务。
ui-home-task-due = 截止 { $day }
ui-home-task-no-due = 无截止日期
ui-home-overdue = 已逾期
ui-home-task-done = 完成
ui-home-task-done-label = 完成：{ $title }

## 续约

ui-home-renewals-title = { $count ->
    [0] 未来 90 天内的续约
   *[other] 未来 90 天内的续约（{ $count }）
}
ui-home-renewals-none = 未来 90 天内没有续约。
ui-home-col-account = 客户
ui-home-col-renews = 续约日期
ui-home-col-days-left = 剩余天数
ui-home-col-arr = ARR
ui-home-col-health = 健康度
ui-home-col-risk = 风险
ui-home-at-risk = 有风险
ui-home-renewals-fewer = 只显示前 { $count } 个
ui-home-renewals-all = 显示全部 { $count } 个续约
ui-home-days-left = { $count ->
    [0] 今天
   *[other] { $count } 天
}
