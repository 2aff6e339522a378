## `waypoint` 命令行：表格、报告和提示（JSON 输出从不翻译）。

cli-error = 错误：{ $message }
cli-error-runtime = 无法启动异步运行时：{ $reason }

## 工作区、密钥和导入

cli-created-keyring = 已创建 { $path }（密钥保存在系统钥匙串中）
cli-created-passphrase = 已创建 { $path }（使用密码短语）
cli-reporting-currency = 报告货币：{ $currency }
cli-rekeyed-keyring = 已使用系统钥匙串中的新密钥重新加密 { $path }
cli-rekeyed-passphrase = 已使用新密码短语重新加密 { $path }
cli-backed-up = 已将 { $path } 备份到 { $file }
cli-restored = 已从 { $file } 恢复 { $path }
cli-settings-currency = 报告货币：{ $currency }
cli-settings-currency-unset = 报告货币：未设置（收入按各订阅共同的货币报告）
cli-prompt-passphrase = 密码短语：
cli-prompt-new-passphrase = 新密码短语：
cli-prompt-rekey-passphrase = 工作区的新密码短语：
cli-prompt-repeat = 再次输入：
cli-passphrase-needed = 需要密码短语：请设置 { $var }（没有可供输入的终端）
cli-passphrases-differ = 两次输入的密码短语不一致
cli-reading-passphrase = 读取密码短语
cli-no-keyring = 没有可用的系统钥匙串，请改用密码短语保护工作区。
cli-progress-eta = 剩余
cli-import-report = { $rows } 行：新增 { $inserted }，更新 { $updated }，未变 { $unchanged }，跳过 { $skipped }
cli-import-note = 提示：{ $note }
cli-kind-catalog = 模块目录
cli-kind-accounts = 客户
cli-kind-subscriptions = 订阅
cli-kind-contacts = 联系人
cli-kind-tickets = 工单
cli-kind-nps = NPS
cli-kind-milestones = 里程碑
cli-kind-events = 事件
cli-kind-usage-rollups = 使用量汇总
cli-kind-fx = 汇率
cli-status-accounts = 客户
cli-status-owners = 负责人
cli-status-subscriptions = 订阅
cli-status-contacts = 联系人
cli-status-modules = 模块
cli-status-tickets = 工单
cli-status-nps-responses = NPS 回复
cli-status-milestones = 里程碑
cli-status-events = 事件
cli-status-users = 用户
cli-status-usage-days = 使用天数

## 列标题

cli-col-day = 日期
cli-col-module = 模块
cli-col-events = 事件
cli-col-users = 用户
cli-col-value = 价值事件
cli-col-month = 月份
cli-col-start = 期初
cli-col-new = 新增
cli-col-expansion = 增购
cli-col-contraction = 缩减
cli-col-churned = 流失
cli-col-reactivated = 重新激活
cli-col-fx = 汇率影响
cli-col-end = 期末
cli-col-group = 分组
cli-col-accounts = 客户数
cli-col-arr = ARR
cli-col-nrr = NRR
cli-col-grr = GRR
cli-col-logo-churn = 客户流失率
cli-col-segment = 细分
cli-col-health = 健康度
cli-col-breadth = 使用广度
cli-col-depth = 使用深度
cli-col-red = 有风险
cli-col-period = 期数
cli-col-actual = 实际
cli-col-projected = 预测
cli-col-retention = 留存率
cli-col-churned-count = 已流失
cli-col-12m = 12 个月
cli-col-24m = 24 个月
cli-col-alpha = alpha
cli-col-beta = beta
cli-col-del-years = DEL（年）
cli-col-ltv = LTV
cli-col-csm = CSM
cli-col-open = 未完成
cli-col-overdue = 已逾期
cli-col-customer = 客户方
cli-col-escalated = 已升级
cli-col-capacity = 承载能力占用
cli-col-value-tier = 价值分层
cli-col-needs-segment = 需求细分
cli-col-csms-needed = 所需 CSM

## 引擎取值的术语

cli-band-green = 健康
cli-band-yellow = 关注
cli-band-red = 有风险
cli-severity-high = 高
cli-severity-medium = 中
cli-severity-low = 低
cli-alert-usage-drop = 使用量下降
cli-alert-account-silent = 客户无活动
cli-alert-core-users-silent = 核心用户无活动
cli-alert-unused-modules = 模块未使用
cli-alert-nps-detractor = NPS 贬损者
cli-alert-ticket-spike = 工单激增
cli-alert-renewal-risk = 续约风险
cli-stage-onboarding = 上线实施
cli-stage-adoption = 采用
cli-stage-value = 价值实现
cli-stage-renewal = 续约
cli-stage-at-risk = 有风险
cli-stage-churned = 已流失
cli-stage-source-manual = 手动设置
cli-stage-source-derived = 自动判定
cli-side-customer = 客户
cli-side-vendor = 我方
cli-priority-urgent = 紧急
cli-priority-high = 高
cli-priority-normal = 普通
cli-priority-low = 低
cli-touchpoint-call = 电话
cli-touchpoint-email = 邮件
cli-touchpoint-meeting = 会议
cli-touchpoint-qbr = QBR
cli-touchpoint-note = 备注
cli-na = 不适用
cli-group-none = （无）
cli-count-accounts = { $count } 个客户

## 指标、预警、健康度、客户

cli-metrics-as-of = 截至 { $day }（{ $currency }）
cli-metrics-converted = 已按月平均汇率从 { $sources } 折算为 { $currency }；NRR 和 GRR 按固定汇率计算
cli-metrics-revenue = MRR { $mrr }   ARR { $arr }   活跃客户 { $active }
cli-metrics-retention = NRR { $nrr }   GRR { $grr }   客户流失率 { $churn }   （过去 12 个月，自 { $since } 起的 { $cohort } 个客户同期群）
cli-alerts-title = 截至 { $day } 共 { $count } 条预警
cli-alert-line = { $message }（自 { $since } 起）
cli-account-head = { $name }（{ $id }）  负责人 { $owner }  截至 { $day }
cli-account-stage = 阶段：{ $stage }（{ $source }：{ $reason }）
cli-account-revenue = ARR { $arr }  客户起始日 { $since }  续约日 { $renewal }
cli-account-health = 健康度评分 { $score } { $band }
cli-account-usage = 本周事件 { $week }（周环比 { $wow }）  本月事件 { $month }（月环比 { $mom }）  日活/月活 { $stickiness }  使用广度 { $breadth }  使用深度 { $depth }
cli-account-module-events = 本月 { $count } 个事件
cli-account-unlicensed = （未授权）
cli-account-alert = { $kind }：{ $message }
cli-account-next-step = 下一步：{ $title }（截止 { $due }，负责方：{ $side }）

## 细分

cli-segments-title = 按{ $by }细分，截至 { $day }
cli-segments-title-rule = 按规则 `{ $rule }` 细分，截至 { $day }
cli-segments-by-needs = 需求
cli-segments-by-value = 价值分层
cli-segments-by-cohort = 起始同期群
cli-segments-k = 按轮廓系数选定 k = { $k }（{ $silhouettes }），随机种子 { $seed }
cli-segments-kept = 需求分群沿用 { $day } 计算并保存的结果；有 { $moved } 个客户已不在当时划定的分群（超过客户总数的 10% 时重新计算，或现在用 --refit 重新计算）
cli-segments-fitted = 需求分群基于当前客户组合计算
cli-segments-refitted = 需求分群已基于当前客户组合重新计算并保存：应用和所有命令此后都使用该结果
cli-segments-crosstab = 需求 x 价值
cli-segments-agreement = Cramér's V { $cramers_v }  调整兰德指数 { $rand }  （0 = 两种划分无关，1 = 完全相同）
cli-segments-saved = 已保存：{ $keys }
cli-segments-computed = 计算于 { $day }
cli-field-kind-number = 数值
cli-field-kind-text = 文本
cli-field-kind-either = 均可
cli-field-share = 该模块在最近 13 周事件中的占比（0-1）
cli-field-attributes = 客户导入中的自定义列

## 留存

cli-fit-params = alpha { $alpha }  beta { $beta }  对数似然 { $loglik }  （{ $customers } 个客户，{ $periods } 期内流失 { $churned } 个）
cli-fit-lifetime = 预期生命周期 { $periods } 期
cli-fit-lifetime-unbounded = 预期生命周期无上限（alpha <= 1）：请使用折现后的数值
cli-fit-discounted = 按每期 { $rate } 折现的生命周期：{ $periods } 期
cli-fit-ltv = 客户终身价值：{ $ltv }
cli-retention-title = 截至 { $day } 按{ $by }统计的留存（LTV 按每年 { $rate } 折现）
cli-retention-all = 全部客户
cli-retention-constant = 恒定
cli-retention-note = { $group }：{ $note }

## 行动手册、任务、触点、工作量

cli-trigger-alert = 出现“{ $kind }”预警
cli-trigger-segment = 属于细分“{ $segment }”
cli-trigger-rule = 符合规则 { $rule }
cli-trigger-stage = 处于“{ $stage }”阶段
cli-trigger-quarterly = 每季度
cli-trigger-tenure = 成为客户第 { $days } 天
cli-playbook-builtin = 内置
cli-playbook-yours = 自定义
cli-playbook-when = 触发条件：{ $trigger }
cli-playbook-when-only-if = 触发条件：{ $trigger }，且仅当 { $rule }
cli-playbook-disabled = （已停用）
cli-playbook-offset = +{ $days } 天
cli-playbook-escalate = 逾期 { $days } 天后升级处理：优先级提至{ $priority }
cli-playbook-escalate-notify = 逾期 { $days } 天后升级处理：优先级提至{ $priority }，并通知经理
cli-playbook-saved = 已保存行动手册 { $key }
cli-playbook-enabled = 已启用 { $key }
cli-playbook-disabled-now = 已停用 { $key }
cli-playbooks-run = 截至 { $day } 的行动手册：新任务 { $created } 个，已存在 { $existing } 个，已升级 { $escalated } 个
cli-playbooks-fired = 触发客户 { $count } 个
cli-playbooks-new-tasks = 新任务 { $count } 个
cli-task-done = 任务 { $id } 已完成
cli-tasks-title = 截至 { $day } 共 { $count } 个任务（{ $overdue } 个已逾期）
cli-task-overdue = 已逾期
cli-task-overdue-notified = 已逾期，已通知经理
cli-touchpoint-logged = 已记录 { $account } 于 { $day } 的{ $kind } #{ $id }
cli-workload-title = 截至 { $day } 的工作量：现有 CSM { $now } 人，按覆盖比例需要 { $needed } 人

cli-demo-generating = 正在生成演示数据
cli-demo-loaded = 演示客户组合已载入 { $path }

## 命令无法使用的参数与文件。
cli-usage-flag = { $flag }：{ $reason }
cli-usage-file = { $file }：{ $detail }
cli-usage-counts = --counts：第 { $item } 项（“{ $got }”）不是整数
cli-usage-discount = --discount { $got }：请提供每期的比率，例如 0.1
cli-usage-retention-by = --by { $got }：请使用 cohort、needs 或 value
cli-usage-chart-out = --out { $path }：请指定 .svg 或 .png 文件
cli-usage-deck-out = --out { $path }：请指定 .pptx 或 .pdf 文件
cli-usage-deck-format = --format { $got }：请使用 pptx、pdf 或 pptx,pdf
cli-usage-deck-format-empty = --format：请指定 pptx、pdf 或两者
cli-usage-deck-needs-out = 请指定 --out 文件.pptx|文件.pdf
cli-usage-deck-needs-out-dir = --all 需要 --out-dir 目录

## 演示文稿中有已安装字体无法显示的字符。
cli-fonts-missing = 警告：{ $what }：{ $missing }
cli-decks-count = { $count } 份演示文稿

## `waypoint doctor`
cli-doctor-usage-days = 使用量日汇总
cli-doctor-usage-weeks = 使用量周汇总
cli-doctor-user-weeks = 用户活跃周汇总
cli-doctor-first-value-days = 各账户首次实现价值日
cli-doctor-agrees = { $table }：{ $rows } 行，与按日明细重建的结果一致
cli-doctor-differs = { $table }：{ $rows } 行；与按日明细重建的结果相比，{ $missing } 行缺失或不同，{ $extra } 行多余或不同
cli-doctor-failed = 汇总与其来源的按日明细不一致
