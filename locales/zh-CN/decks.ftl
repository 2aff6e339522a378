## 演示文稿：季度业务回顾（QBR）、客户组合摘要与价值简报（PPTX 与 PDF）。
## 句子均为完整消息，数字与日期已按语言格式化。

deck-logo-alt = { $company } 标志
deck-sentence-join = {""}
deck-title-separator = ；
deck-vs-last-quarter = 较上季度 { $delta }
deck-no-change = 与上季度持平
deck-no-earlier-quarter = 无上季度数据
deck-none = –

## 两个季度之间的变化
deck-change-unchanged = 持平，为 { $value }
deck-change-up = 较 { $before } 上升 { $change }
deck-change-down = 较 { $before } 下降 { $change }
deck-change-from-none = 从无到 { $value }
deck-change-none = 与之前一样为零

## QBR：封面、摘要与叙述
deck-qbr-title = { $account }：季度业务回顾
deck-qbr-subtitle = { $quarter } · { $company } · 编制人：{ $csm } · { $date }
deck-qbr-default-csm = 您的客户成功团队
deck-qbr-welcome = 欢迎 { $account }；本次回顾涵盖{ $quarter }（{ $period }）。
deck-qbr-file-title = { $account }：{ $quarter } QBR
deck-qbr-footer = { $company } · { $account } · { $quarter } QBR
deck-qbr-glance = { $quarter }概览
deck-qbr-kpi-health = 健康度评分
deck-qbr-kpi-arr = 年度经常性收入（ARR）
deck-qbr-kpi-mau = 月活跃用户
deck-qbr-kpi-nps = 本季度 NPS
deck-qbr-kpi-nps-none = 无回复
deck-qbr-kpi-nps-none-delta = 本季度无调查回复
deck-qbr-went-well = 进展顺利的方面
deck-qbr-needs-attention = 需要关注的方面
deck-qbr-lead-win = 先讲成果：{ $win }
deck-qbr-main-risk = 再讲主要风险：{ $risk }

deck-qbr-health-first = 健康度评分为 { $score }（{ $band }）；{ $previous }末没有可比较的评分。
deck-qbr-health = 健康度评分为 { $score }（{ $band }），{ $direction ->
    [up] 较{ $previous }末的 { $before } 上升 { $points } 分。
    [down] 较{ $previous }末的 { $before } 下降 { $points } 分。
   *[same] 与{ $previous }末持平。
}
deck-qbr-health-driver = 影响最大的因素是{ $driver }（{ $points } 分）。
deck-qbr-health-drivers = 影响最大的因素是{ $driver }（{ $points } 分），其次是{ $next }（{ $next_points } 分）。

deck-qbr-win-modules = 开始使用{ $modules }：目前已使用 { $basis } 个模块中的 { $used } 个。
deck-qbr-win-mau = 月活跃用户{ $change }。
deck-qbr-win-arr = ARR 增长 { $growth }，达到 { $arr }。
deck-qbr-win-health = 健康度评分上升 { $points } 分，达到 { $score }。
deck-qbr-win-milestones = 完成 { $count } 个成功计划里程碑：{ $titles }。
deck-qbr-no-wins = 本季度无明显成果：没有新模块、用户增长、增购或已完成的里程碑。
deck-qbr-risk-overdue = { $count } 个里程碑已逾期：客户方 { $customer } 个，我方 { $vendor } 个。
deck-qbr-no-risks = 无未决风险：季度末没有预警，也没有逾期里程碑。
deck-qbr-renewal = 续约日期为 { $date }，距季度末 { $days } 天；ARR 为 { $arr }。
deck-qbr-renewal-past = 续约原定于 { $date }；ARR 为 { $arr }。
deck-qbr-renewal-open = 无固定续约日期（合同持续至取消）；ARR 为 { $arr }。
deck-qbr-renewal-none = 季度末无有效合同。

## QBR：成功计划
deck-qbr-plan-title = 成功计划：目标与里程碑
deck-qbr-plan-chart = 成功计划
deck-qbr-plan-alt = 时间线上的成功计划里程碑
deck-qbr-plan-status = 已完成 { $done } 项，已逾期 { $overdue } 项（客户方 { $customer } 项，供应商方 { $vendor } 项），未完成 { $open } 项。
deck-qbr-plan-done-quarter = 本季度完成 { $count } 项。
deck-qbr-plan-next-customer = 下一步：{ $milestone }（截止 { $due }），由客户方负责。
deck-qbr-plan-next-vendor = 下一步：{ $milestone }（截止 { $due }），由我方负责。
deck-qbr-plan-none = 暂无未完成的里程碑：请共同商定下一阶段目标。

## QBR：采用情况
deck-qbr-adoption-title = 采用情况：模块使用
deck-qbr-adoption-chart = 模块使用
deck-qbr-adoption-alt = 两个季度内各模块的每周事件数
deck-qbr-modules-used = 过去 4 周使用了 { $basis } 个模块中的 { $used } 个。
deck-qbr-modules-used-change = 过去 4 周使用了 { $basis } 个模块中的 { $used } 个（较上季度 { $change }）。
deck-qbr-events = 过去 4 周的事件数：{ $change }。
deck-qbr-unused = 已授权但未使用：{ $modules }。
deck-qbr-users-title = 采用情况：活跃用户
deck-qbr-users-chart = 活跃用户
deck-qbr-users-alt = 每周活跃用户与粘性（日活/月活）
deck-qbr-mau = 月活跃用户：{ $change }。
deck-qbr-stickiness = 粘性（日活/月活）：{ $value }。
deck-qbr-stickiness-was = 粘性（日活/月活）：{ $value }（此前为 { $before }）。
deck-qbr-core-active = 过去 14 天活跃的核心用户：{ $total } 名中的 { $active } 名。

## QBR：健康度
deck-qbr-health-title = 健康度：趋势与影响因素
deck-qbr-health-chart = 健康度
deck-qbr-health-alt = 健康度评分趋势与今日影响因素
deck-qbr-weakest = 最薄弱的部分：{ $part }（{ $max } 分中得 { $points } 分）：{ $detail }。

## QBR：价值
deck-qbr-value-title = 已交付价值
deck-qbr-kpi-value-events = 本季度价值事件
deck-qbr-kpi-value-users = 实现价值的用户
deck-qbr-kpi-ttv = 首次实现价值用时
deck-qbr-ttv-days = { $days } 天
deck-qbr-ttv-none = 尚未实现
deck-qbr-first-value = 首次实现价值：{ $date }
deck-qbr-no-value = 尚无价值事件
deck-qbr-value-events = 价值事件指完成的核心操作（如保存一个漏斗），而非浏览：本季度 { $now } 次，上季度 { $before } 次。
deck-qbr-depth = 使用深度：本月活跃用户中有 { $depth } 完成了价值事件。
deck-qbr-depth-none = 使用深度：本月无活跃用户。

## QBR：支持
deck-qbr-support-title = 支持
deck-qbr-support-opened = 新建工单
deck-qbr-support-urgent = 紧急或高优先级
deck-qbr-support-first-response = 首次响应时间中位数
deck-qbr-support-resolve = 解决时间中位数
deck-qbr-support-csat = 客户满意度 CSAT（1-5）
deck-qbr-support-change = 变化
deck-qbr-hours = { $hours } 小时
deck-qbr-csat = { $score } / 5
deck-qbr-support-note = 本季度 { $now } 个工单，{ $previous }为 { $before } 个；其中紧急或高优先级 { $urgent } 个。

## QBR：NPS
deck-qbr-nps-title = NPS：客户的声音
deck-qbr-nps-chart = NPS 与支持
deck-qbr-nps-alt = 按分数统计的 NPS 回复与每周工单数
deck-qbr-quote = “{ $comment }”（评分 { $score }，{ $date }）
deck-qbr-no-comments = 本季度的回复均未附评论。
deck-qbr-nps-note = 朗读一条评论，并询问此后有何变化。

## QBR：续约
deck-qbr-renewal-title = 续约与增购
deck-qbr-mrr-chart = MRR 变动
deck-qbr-mrr-alt = 过去一年每月的 MRR 变动
deck-qbr-arr = ARR：{ $change }。
deck-qbr-mrr-none = 本季度无 MRR 变动：没有增购、缩减或流失。
deck-qbr-mrr-moves = 本季度 MRR：新增与增购 +{ $up }，缩减 -{ $down }，流失 -{ $lost }。

## QBR：下季度
deck-qbr-next-title = { $quarter }计划与请求
deck-qbr-next-empty = 尚无计划：请在本次会议中商定下季度的里程碑。
deck-qbr-col-milestone = 里程碑
deck-qbr-col-due = 截止日期
deck-qbr-col-owner = 负责方
deck-qbr-col-status = 状态
deck-qbr-owner-customer = 客户方
deck-qbr-owner-us = 我方
deck-qbr-status-open = 未完成
deck-qbr-status-overdue = 已逾期
deck-qbr-status-done = 已完成
deck-qbr-no-asks = 暂无需要客户配合的事项。
deck-qbr-asks = 请客户配合：{ $items }。
deck-qbr-nothing-ours = 我方暂无未完成事项。
deck-qbr-ours = 我方承诺：{ $items }。

## QBR：定义
deck-qbr-appendix-title = 附录：定义
deck-qbr-def-health = 健康度评分：0-100 分，综合使用趋势、使用广度、使用深度、粘性、核心用户、NPS、支持负荷和里程碑；{ $green } 分及以上为健康，{ $yellow } 分及以上为关注。
deck-qbr-def-mau = 月活跃用户：截至季度末的 28 天内有任何事件的不同用户数；粘性（日活/月活）= 平均日活跃用户 / 月活跃用户。
deck-qbr-def-breadth = 使用广度：过去 4 周使用的模块数占已授权（或可用）模块数的比例。
deck-qbr-def-value = 价值事件：完成的核心操作（如保存一个漏斗），而非页面浏览。
deck-qbr-def-nps = NPS：本季度回复中推荐者（9-10 分）的百分比减去贬损者（0-6 分）的百分比。
deck-qbr-def-arr = ARR：季度最后一天有效订阅的月度经常性收入 × 12。
deck-qbr-def-compare = 所有变化均比较本季度最后一天与上季度最后一天。
deck-qbr-appendix-note = 供参考，不做讲解。

## 客户组合摘要
deck-pf-title = { $company }：客户组合回顾
deck-pf-subtitle = { $quarter } · { $count } 个付费客户 · { $date }
deck-pf-cover-note = 两分钟讲清：收入、风险、续约、行动重点。
deck-pf-footer = { $company } · 客户组合 · { $quarter }
deck-pf-file-title = { $company } 客户组合 { $quarter }
deck-pf-points = 较上季度 { $points } 个百分点
deck-pf-more = ……另有 { $count } 个
deck-pf-glance = 客户组合概览，{ $quarter }
deck-pf-kpi-arr = 年度经常性收入（ARR）
deck-pf-kpi-nrr = 净收入留存率（NRR，12 个月）
deck-pf-kpi-grr = 总收入留存率（GRR，12 个月）
deck-pf-kpi-at-risk = 风险 ARR
deck-pf-paying = { $count } 个付费客户（{ $previous }末为 { $before } 个）；ARR 为 { $arr }。
deck-pf-risky = { $count } 个客户有风险（健康度为红色或有高严重度预警），涉及 ARR { $arr }。
deck-pf-churn = 过去 12 个月的客户流失率：{ $rate }。
deck-pf-conversion = 以 { $currencies } 计价的金额按月平均汇率换算为 { $currency }；NRR 与 GRR 按固定汇率计算。
deck-pf-revenue-title = 收入：变动与留存
deck-pf-revenue-chart = MRR 变动与留存
deck-pf-revenue-alt = 每月 MRR 变动及过去 12 个月的 NRR 与 GRR
deck-pf-revenue-note = 过去 12 个月 NRR 为 { $nrr }，GRR 为 { $grr }。
deck-pf-health-title = 付费客户的健康度
deck-pf-col-health = 健康度
deck-pf-col-accounts = 客户数
deck-pf-col-change = 变化
deck-pf-col-arr = ARR
deck-pf-col-at-risk = 有风险的客户
deck-pf-col-reason = 主要原因
deck-pf-col-renewal = 续约日期
deck-pf-col-account = 客户
deck-pf-col-csm = 客户成功经理
deck-pf-col-health-change = 健康度变化
deck-pf-col-health-now = 当前健康度
deck-pf-col-overdue = 逾期任务
deck-pf-col-capacity = 承载能力占用
deck-pf-col-needs-value = 需求 \ 价值
deck-pf-red-health = 健康度为红色
deck-pf-no-risk = 季度末没有有风险的客户。
deck-pf-health-note = { $count } 个客户有风险；表中列出金额最大的客户。
deck-pf-renewals-title = 未来 90 天续约：{ $count } 个客户，{ $arr }
deck-pf-band = { $score }（{ $band }）
deck-pf-renewals-note = 季度结束后 90 天内有 { $count } 个续约，金额 { $arr }；其中 { $risky } 个有风险。
deck-pf-segments-title = 客户细分：需求与价值对照（付费客户）
deck-pf-segments-note = 需求与价值之间的克莱姆 V 系数为 { $v }：越接近 0，说明客户的使用方式与付费水平越无关，仅靠价值分层会忽略这一点。
deck-pf-movers-title = 变化最大的客户：较上季度的健康度
deck-pf-movers-note = 先看下降的（请客户成功经理说明原因），再看上升的（哪些做法有效）。
deck-pf-workload-title = 客户成功经理工作量：现有 { $csms } 人，按覆盖比例需要 { $needed } 人
deck-pf-workload-note = 承载能力超过 100% 表示客户组合超出了覆盖比例允许的规模。
deck-alert-usage_drop = 使用量下降
deck-alert-account_silent = 客户无活动
deck-alert-core_users_silent = 核心用户无活动
deck-alert-unused_modules = 模块未使用
deck-alert-nps_detractor = NPS 贬损者
deck-alert-ticket_spike = 工单激增
deck-alert-renewal_risk = 续约风险

## 价值简报
deck-brief-title = { $prospect }：与您相似的客户取得的成果
deck-brief-subtitle = { $company } · 基于 { $count } 个可比客户的价值简报 · { $date }
deck-brief-cover-note = 以下内容均来自 { $count } 个与 { $prospect } 相似的客户，均不具名。
deck-brief-footer = { $company } · 价值简报 · { $prospect }
deck-brief-file-title = 价值简报：{ $prospect }
deck-brief-evidence-title = 我们与哪些客户做了比较
deck-brief-comparables = 与 { $prospect } 相似的客户共 { $count } 个：现有客户 { $active } 个，已流失客户 { $former } 个；纳入已流失客户是为了不夸大留存。
deck-brief-match-industry = { $count } 个属于{ $industry }行业。
deck-brief-match-size = { $count } 个规模相近（员工数为 { $employees } 的一半到两倍）。
deck-brief-match-region = { $count } 个位于{ $region }。
deck-brief-match-modules = { $count } 个已授权全部以下模块：{ $modules }。
deck-brief-match-deal = { $count } 个合同规模相近。
deck-brief-widened = 高度相似的客户较少：比较范围扩大到最相似的 { $count } 个客户。
deck-brief-anonymous = 不透露任何客户名称：每个数字至少汇总 { $min } 个客户，来自更少客户的数字不予展示。
deck-brief-evidence-note = 展示任何数字之前，先说明比较方法。
deck-brief-adoption-title = 各模块的采用速度
deck-brief-no-modules = 资料中未列出目录内的模块：添加 `modules` 即可查看采用情况。
deck-brief-days = { $days } 天
deck-brief-too-few-used = 使用者少于 { $min } 个
deck-brief-of = { $total } 个中的 { $count } 个
deck-brief-col-module = 模块
deck-brief-col-used-by = 使用客户
deck-brief-col-first-use = 首次使用用时中位数
deck-brief-history = 仅统计使用数据开始（{ $date }）之后签约的客户：更早签约的客户没有首次使用记录。
deck-brief-adoption-note = 首次使用用时从合同开始计算；试用期内的使用计为第 0 天。建议 { $prospect } 按此顺序安排赋能。
deck-brief-outcomes-title = 实现价值的速度与现状
deck-brief-too-few = 样本过少
deck-brief-kpi-ttv = 首次实现价值天数中位数
deck-brief-from-customers = 基于 { $count } 个客户
deck-brief-kpi-within-90 = 90 天内实现价值
deck-brief-of-total = 共 { $total } 个
deck-brief-kpi-breadth = 使用广度中位数
deck-brief-breadth-hint = 已用模块 / 已授权模块
deck-brief-kpi-stickiness = 粘性中位数（日活/月活）
deck-brief-stickiness-hint = 日常使用习惯
deck-brief-range = { $low } 至 { $high }
deck-brief-range-unknown = 客户过少，无法判断
deck-brief-ttv-range = 一半客户在 { $range } 天内实现了首个价值事件。
deck-brief-depth-range = 当前使用深度（完成价值事件的活跃用户占比）：中间一半客户为 { $range }。
deck-brief-health = 当前健康度评分：中位数为 { $score } 分（满分 100）。
deck-brief-health-unknown = 当前健康度评分：客户过少，无法判断。
deck-brief-retention-title = 与您相似的客户留存多久
deck-brief-group-like-you = 与您相似的客户
deck-brief-group-all = 全部客户
deck-brief-retention-chart = 仍为客户的比例
deck-brief-retention-subtitle = 自首次订阅起的月数，截至 { $date }；sBG 预测为虚线
deck-brief-retention-alt = 可比客户与全部客户的留存对比
deck-brief-retained = 与 { $prospect } 相似的客户中，{ $share } 在 12 个月后仍是客户。
deck-brief-retained-unknown = 成为客户满 12 个月的客户过少，无法判断留存比例。
deck-brief-ltv = 预期折现生命周期为 { $years } 年（sBG，年折现率 10%）：按每年 { $arr } 计算，客户终身价值（LTV）为 { $ltv }。
deck-brief-lifetime = 预期折现生命周期为 { $years } 年（sBG，年折现率 10%）；添加 expected_mrr 即可计算客户终身价值。
deck-brief-no-sbg = 无法为这些客户拟合 sBG 模型。
deck-brief-plan-title = 建议的 30/60/90 天计划
deck-brief-no-plan = 拥有成功计划里程碑的可比客户过少，无法给出建议计划。
deck-brief-day = 第 { $day } 天
deck-brief-col-by = 期限
deck-brief-col-milestone = 里程碑
deck-brief-col-completed = 完成情况
deck-brief-plan-note = 可比客户在前 90 天内的步骤，每个阶段内按出现频率排序。
deck-brief-method-title = 方法
deck-brief-method-comparable = 可比客户：按行业（3 分）、员工规模在一半到两倍之间（2 分）、已授权全部关注模块（2 分）、地区（1 分）、合同金额在预期 ARR 的一半到两倍之间（1 分）评分；得分 3 分及以上，取最接近的 40 个。
deck-brief-method-time = 首次使用用时和首次实现价值用时均从首个订阅开始计算。
deck-brief-method-today = 使用广度、使用深度和粘性（日活/月活）为现有客户的当前值（定义见每份 QBR 的附录）。
deck-brief-method-retention = 留存采用 Kaplan-Meier 方法，涵盖所有可比客户（含已流失客户），并使用移位 Beta 几何分布（sBG）预测（Fader & Hardie）；客户终身价值按每年 10% 折现。
deck-brief-method-note = 供回答方法相关问题。

## 命令行输出：已写入的文件
deck-cli-wrote = 已写入 { $path }（{ $count } 页）
deck-cli-wrote-all = 已将{ $quarter }的 { $count } 份 QBR 写入 { $dir }，用时 { $seconds } 秒
