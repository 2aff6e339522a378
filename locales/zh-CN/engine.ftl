## 引擎对客户的描述：预警，以及健康度评分各组成部分的测量结果。参数已按语言格式化。

alert-usage-drop = 活跃度周环比下降 { $drop }：截至 { $day } 的 7 天内有 { $events } 次事件，前一周为 { $before } 次
alert-account-silent = 已连续 { $days } 天无活动（最后一次事件在 { $last }）
alert-account-silent-never = 已连续 { $days } 天无活动（从未有事件）
alert-core-users-silent = { $count ->
    [1] 唯一的核心用户（高管发起人、管理员或内部拥护者）已 { $days } 天以上未活跃；最后活跃：{ $name }（{ $role }），{ $last }
   *[other] { $count } 位核心用户（高管发起人、管理员、内部拥护者）均已 { $days } 天以上未活跃；最后活跃：{ $name }（{ $role }），{ $last }
}
alert-core-users-silent-never = { $count ->
    [1] 唯一的核心用户（高管发起人、管理员或内部拥护者）已 { $days } 天以上未活跃；近 13 周未见其活跃
   *[other] { $count } 位核心用户（高管发起人、管理员、内部拥护者）均已 { $days } 天以上未活跃；近 13 周无人活跃
}
alert-unused-modules = 近 28 天内 { $licensed } 个已授权模块中有 { $unused } 个未使用：{ $modules }（上线实施期已于 { $onboarded } 结束）
alert-nps-detractor = NPS 贬损者：{ $day } 评分 { $score }
alert-nps-detractor-comment = NPS 贬损者：{ $day } 评分 { $score }：“{ $comment }”
alert-ticket-spike = 近 14 天有 { $count } 个工单，此前 12 周平均每 14 天 { $baseline } 个
alert-renewal-risk-fell = { $renewal } 续约（还有 { $days } 天），且健康度在 28 天内从 { $before } 降至 { $score }
alert-renewal-risk-red = { $renewal } 续约（还有 { $days } 天），且健康度为红色（{ $score }）

health-component-usage-trend = 使用趋势
    .hint = 本月事件数与上月对比
health-component-breadth = 使用广度
    .hint = 已授权模块中被使用的比例
health-component-depth = 使用深度
    .hint = 完成价值事件的活跃用户
health-component-stickiness = 粘性（日活/月活）
    .hint = 日活跃用户与月活跃用户之比
health-component-core-users = 核心用户
    .hint = 近 14 天活跃的高管发起人、管理员和内部拥护者
health-component-nps = NPS
    .hint = 近期回复的净推荐值
health-component-support = 支持负荷
    .hint = 本月工单及仍未解决的严重工单
health-component-milestones = 里程碑进度
    .hint = 已到期里程碑中已完成的比例

health-detail-usage-trend = 事件数环比 { $change }（{ $events } 次，上月 { $before } 次）
health-detail-usage-none = 近 8 周无事件
health-detail-usage-new = 本月 { $events } 次事件，上月为零
health-detail-breadth = 本月使用了 { $total } 个模块中的 { $used } 个
health-detail-breadth-licensed = 本月使用了 { $total } 个已授权模块中的 { $used } 个
health-detail-depth = { $active } 位活跃用户中有 { $value_users } 位完成了价值事件
health-detail-stickiness = 日活/月活 { $ratio }（日均 { $daily } 人，月活 { $monthly } 人）
health-detail-core-none = 未登记高管发起人、管理员或内部拥护者
health-detail-core = 近 14 天 { $total } 位核心用户中有 { $active } 位活跃
health-detail-nps = { $days } 天内 { $responses } 份回复，NPS 为 { $nps }
health-detail-nps-none = { $days } 天内无 NPS 回复
health-detail-support = 本月 { $tickets } 个工单，{ $severe } 个高/紧急工单仍未解决
health-detail-milestones = 已到期的 { $due } 个里程碑中完成了 { $done } 个

role-executive_sponsor = 高管发起人
role-admin = 管理员
role-champion = 内部拥护者
role-user = 用户

stage-reason-manual = 在客户资料中手动设置
stage-reason-churned = 曾有 MRR，当日已无 MRR
stage-reason-unpaid = 尚无付费订阅
stage-reason-red = 健康度 { $score }，处于红色区间
stage-reason-onboarding = 成为客户 { $days } 天
stage-reason-renewal = { $renewal } 续约，还有 { $days } 天
stage-reason-value = 已于 { $first_value } 实现价值；使用了 { $total } 个模块中的 { $used } 个；{ $value_users } 位用户完成价值事件
stage-reason-no-value = 尚无价值事件
stage-reason-narrow = 使用了 { $total } 个模块中的 { $used } 个
stage-reason-no-value-users = 本月没有用户完成价值事件

## 细分的一行概况。
segment-summary = { $count } 个客户，ARR { $arr }（占客户组合的 { $share }）
segment-summary-health = { $base }，平均健康度评分 { $health }
segment-summary-mix = { $base }；活动：{ $mix }
retention-note-constant = 流失率不随客户年限下降：按每年恒定 { $churn } 拟合效果最佳
