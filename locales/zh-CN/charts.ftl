## 图表：所有图表（应用内 SVG 与演示文稿 PNG）的标题、副标题、图例和坐标轴标签。
## 数字、金额和日期传入时已按语言格式化。

chart-list-separator = 、
chart-empty-activity = 此期间无活动
chart-all-accounts = 全部客户
chart-named-count = { $name }（{ $count }）

# 模块使用
chart-module-stack-title = 模块使用：{ $account }
chart-module-stack-segment-title = { $segment }（{ $count } 个客户）
chart-module-stack-volume = 各模块每周事件数
chart-module-stack-volume-period = 各模块每周事件数，周截止日 { $period }
chart-module-stack-mix = 各模块每周活动占比
chart-module-stack-mix-period = 各模块每周活动占比，周截止日 { $period }
chart-marker-usage-drop = 使用量 { $change }
chart-marker-account-silent = 客户无活动
chart-marker-core-silent = 核心用户无活动

# 模块构成
chart-mix-title-needs = 需求细分
chart-mix-title-value = 价值分层
chart-mix-rule = 规则：{ $rule }
chart-mix-subtitle-accounts = { $count } 个客户：各模块活动占比，{ $period }
chart-mix-subtitle-groups = 各细分的模块活动占比，{ $period }
chart-mix-fewest = { $subtitle }；显示 { $total } 个中使用模块最少的 { $shown } 个
chart-mix-idle = { $subtitle }；另有 { $count } 个无活动，未显示
chart-mix-modules-used = { $count } 个模块
chart-mix-unused = { $count } 个未使用：{ $names }
chart-mix-accounts = { $count } 个客户

# 活跃用户
chart-users-title = 活跃用户：{ $account }
chart-users-core-none = 未登记核心用户
chart-users-core = 已登记 { $count } 名核心用户
chart-users-subtitle-period = 活跃用户，周截止日 { $period }；{ $core }
chart-users-subtitle = 活跃用户；{ $core }
chart-users-empty = 此期间无活跃用户
chart-users-monthly = 月活（28 天）
chart-users-weekly = 周活
chart-users-core-active = 活跃核心用户（14 天）
chart-users-stickiness = 粘性（日活/月活）
chart-users-axis = 用户数

# MRR 变动
chart-mrr-title = MRR 变动：{ $scope }
chart-mrr-new = 新增
chart-mrr-expansion = 增购
chart-mrr-reactivated = 重新激活
chart-mrr-fx = 汇率
chart-mrr-contraction = 缩减
chart-mrr-churned = 流失
chart-mrr-net = 净变动
chart-mrr-nrr = 净收入留存率（NRR，12 个月）
chart-mrr-grr = 总收入留存率（GRR，12 个月）
chart-mrr-by-month = 按月
chart-mrr-range = 按月，{ $from } – { $to }
chart-mrr-with-ratios = { $what }；NRR 与 GRR 按过去 12 个月滚动计算
chart-mrr-empty = 此期间无 MRR 变动

# 健康度
chart-health-title = 健康度：{ $account }
chart-health-band-green = 健康
chart-health-band-yellow = 关注
chart-health-band-red = 有风险
chart-health-subtitle-period = 健康度 { $period }，评分 { $score }（{ $band }）
chart-health-subtitle-period-only = 健康度 { $period }
chart-health-subtitle-building = 健康度评分 { $score }（{ $band }）；趋势随每日评分的保存逐步形成
chart-health-subtitle-none = 健康度；趋势随每日评分的保存逐步形成
chart-health-empty = 尚无健康度评分
chart-health-no-components = 今日无评分构成
chart-health-drivers = 今日评分的构成
chart-health-not-available = 无数据
chart-health-points = { $points }/{ $max }

# 留存曲线
chart-retention-title-cohort = 按起始年份的留存
chart-retention-title-needs = 按需求细分的留存
chart-retention-title-value = 按价值分层的留存
chart-retention-subtitle = 仍为客户的比例，截至 { $date }，含已流失客户；{ $level } 置信区间，sBG 预测为虚线
chart-retention-small = { $subtitle }；不足 { $min } 个客户：{ $groups }
chart-retention-empty = 此期间无订阅客户
chart-retention-axis = 自首次订阅起的月数

# 需求与价值分布
chart-map-title = 需求与价值
chart-map-subtitle = 付费客户的 ARR 与使用广度，按需求细分，截至 { $date }
chart-map-hidden = { $subtitle }；另有 { $count } 个客户无 ARR 或使用数据，未显示
chart-map-empty = 无有使用数据的付费客户
chart-map-breadth = 使用广度：已用模块 / 已授权模块
chart-map-arr = ARR（对数刻度）

# NPS 与工单
chart-nps-title = NPS 与支持：{ $scope }
chart-nps-score = NPS { $score }，共 { $count } 份回复
chart-nps-no-responses = 无 NPS 回复
chart-nps-tickets = 新建工单 { $count } 个，其中紧急或高优先级 { $urgent } 个
chart-nps-no-tickets = 无工单
chart-nps-subtitle = { $nps } · { $tickets }
chart-nps-subtitle-period = { $period } · { $nps } · { $tickets }
chart-nps-empty = 此期间无 NPS 回复
chart-nps-heading = NPS { $score }
chart-nps-detractors = { $count } 名贬损者
chart-nps-passives = { $count } 名中立者
chart-nps-promoters = { $count } 名推荐者
chart-tickets-empty = 此期间无工单
chart-tickets-heading = 每周新建工单
chart-tickets-urgent = 紧急或高
chart-tickets-other = 其他优先级

# 成功计划时间线
chart-plan-title = 成功计划：{ $account }
chart-plan-subtitle-empty = 成功计划
chart-plan-counts = 已完成 { $done } 项，已逾期 { $overdue } 项，未完成 { $open } 项
chart-plan-counts-overdue = 已完成 { $done } 项，已逾期 { $overdue } 项（客户方 { $customer } 项，供应商方 { $vendor } 项），未完成 { $open } 项
chart-plan-next-customer = { $counts } · 下一步由客户方负责
chart-plan-next-vendor = { $counts } · 下一步由供应商方负责
chart-plan-next-other = { $counts } · 下一步由{ $owner }负责
chart-plan-more = { $text } · 另有 { $count } 项
chart-plan-customer = 客户方
chart-plan-vendor = 供应商方
chart-plan-empty = 无成功计划里程碑
chart-plan-day = 第 { $day } 天
chart-plan-days = 第 { $first }–{ $last } 天
chart-plan-today = 今天
chart-plan-legend-done = 已完成（完成日）
chart-plan-legend-overdue = 已逾期（连线至今天）
chart-plan-legend-open = 未完成（截止日）
chart-plan-legend-customer = 客户方
chart-plan-legend-vendor = 供应商方
chart-cli-wrote = 已写入 { $path }
chart-health-subtitle-no-data = 数据不足，无法评分：尚无产品使用记录
