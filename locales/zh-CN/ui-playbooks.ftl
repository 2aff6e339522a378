## 行动手册界面：待办任务收件箱、生成任务的行动手册以及编辑器。
## 用户输入的行动手册名称和步骤标题，以及内置行动手册的文字，都属于数据。

ui-pb-title = 行动手册与任务
ui-pb-lead = 任务来自行动手册：预警、客户细分、生命周期阶段和日历会转化为客户与我方共同执行的步骤。
ui-pb-tab-inbox = 收件箱
ui-pb-tab-playbooks = 行动手册
ui-pb-retry = 重试
ui-pb-loading-tasks = 正在加载任务…
ui-pb-loading-playbooks = 正在加载行动手册…
ui-pb-saved = 已保存行动手册“{ $name }”
ui-pb-cancel = 取消
ui-pb-saving = 正在保存…

## 生成值的名称
ui-pb-trigger-alert = 出现预警时
ui-pb-trigger-segment = 客户属于某个细分时
ui-pb-trigger-rule = 客户符合某条规则时（每季度检查一次）
ui-pb-trigger-stage = 客户进入某个生命周期阶段时
ui-pb-trigger-quarterly = 每季度（付费客户）
ui-pb-trigger-tenure = 首个订阅开始后若干天
ui-pb-alert-usage-drop = 使用量下降
ui-pb-alert-account-silent = 客户无活动
ui-pb-alert-core-users-silent = 核心用户无活动
ui-pb-alert-unused-modules = 模块未使用
ui-pb-alert-nps-detractor = NPS 贬损者
ui-pb-alert-ticket-spike = 工单激增
ui-pb-alert-renewal-risk = 续约风险

## 收件箱
ui-pb-filter-tasks = 筛选任务
ui-pb-owner = 负责人
ui-pb-any-owner = 所有负责人
ui-pb-no-owner = 无负责人
ui-pb-owed-by = 负责方
ui-pb-owed-by-anyone = 所有负责方
ui-pb-owed-by-vendor = 由我方负责
ui-pb-owed-by-customer = 由客户负责
ui-pb-priority = 优先级
ui-pb-any-priority = 所有优先级
ui-pb-inbox-count = 显示 { $shown } / { $open } 个待办任务 · 截至 { $date }
ui-pb-no-tasks = 没有待办任务
ui-pb-no-tasks-body = 行动手册会根据预警、生命周期阶段和日历生成任务：请在“行动手册”标签页中运行它们。
ui-pb-no-match = 没有匹配的任务
ui-pb-no-match-body = 调整筛选条件以查看更多任务。
ui-pb-clear-filters = 清除筛选
ui-pb-group-label = { $group }：{ $count } 个任务
ui-pb-who-owes = 由谁负责此步骤
ui-pb-escalated = 已升级处理
ui-pb-escalated-manager = 已升级处理 · 已通知经理
ui-pb-escalated-on = 于 { $date } 升级处理
ui-pb-escalated-on-notified = 于 { $date } 升级处理；已通知经理
ui-pb-done = 完成
ui-pb-done-label = 完成：{ $title }
ui-pb-due-none = 无截止日期
ui-pb-due-today = 今天截止，{ $date }
ui-pb-due-overdue = { $date } 截止 · 已逾期 { $count } 天
ui-pb-due-in = { $date } 截止 · 还有 { $count } 天

## 行动手册列表与运行
ui-pb-running = 正在运行…
ui-pb-run-now = 立即运行
ui-pb-new = 新建行动手册
ui-pb-enabled-count = 已启用 { $enabled } / { $total } 个
ui-pb-run-as-of = 运行结果（截至 { $date }）：
ui-pb-run-end = 。
ui-pb-run-summary = 新建 { $created } 个任务，{ $existing } 个已存在，{ $escalated } 个已升级处理
ui-pb-run-line = { $name }：对 { $fired } 个客户触发，新建 { $created } 个任务
ui-pb-run-nothing = 没有行动手册对任何客户触发。
ui-pb-run-error = 无法运行行动手册：{ $error }
ui-pb-enable-error = 无法启用“{ $name }”：{ $error }
ui-pb-disable-error = 无法停用“{ $name }”：{ $error }
ui-pb-none = 没有行动手册
ui-pb-none-body = 新建一个行动手册，将预警、阶段和日期转化为任务。
ui-pb-enabled-label = 启用：{ $name }
ui-pb-builtin = 内置
ui-pb-yours = 自定义
ui-pb-off = 已停用
ui-pb-open-tasks = { $count } 个待办任务
ui-pb-copy = 复制
ui-pb-copy-title = 内置行动手册不可编辑：请用您自己的标识键保存一份副本，然后停用内置行动手册
ui-pb-copy-name = { $name }（副本）
ui-pb-edit = 编辑
ui-pb-only-if = 仅当
ui-pb-steps-count = { $count } 个步骤
ui-pb-escalates = 会升级处理
ui-pb-step-offset = +{ $days } 天

## 编辑器
ui-pb-editor-new = 新建行动手册
ui-pb-editor-edit = 编辑行动手册
ui-pb-editor-copy = 内置行动手册的副本
ui-pb-editor-copy-note = 内置行动手册不可编辑。请用您自己的标识键保存此副本；如果副本取代了内置行动手册，再将其停用。
ui-pb-editor-name = 名称
ui-pb-editor-key = 标识键
ui-pb-editor-key-hint = 标识键用于识别行动手册及其任务。
ui-pb-editor-when = 触发时机
ui-pb-editor-trigger = 触发条件
ui-pb-editor-alert = 预警
ui-pb-editor-segment = 细分或价值分层
ui-pb-editor-stage = 生命周期阶段
ui-pb-editor-tenure = 首个订阅开始后的天数
ui-pb-editor-rule = 规则
ui-pb-editor-fields = 字段：{ $fields }
ui-pb-editor-only-if = 仅当（可选规则）
ui-pb-editor-steps = 步骤
ui-pb-editor-escalation = 升级处理
ui-pb-editor-escalate = 对逾期的我方任务进行升级处理
ui-pb-editor-days-overdue = 逾期天数
ui-pb-editor-raise-to = 提升至
ui-pb-editor-notify = 通知经理
ui-pb-editor-enabled = 启用
ui-pb-editor-save-short = 保存
ui-pb-editor-save = 保存行动手册
ui-pb-error-tenure = 请输入整数天数，至少为 1
ui-pb-error-days = 请输入整数天数，0 或以上

## 步骤
ui-pb-step-n = 步骤 { $n }
ui-pb-step-placeholder = 需要做什么
ui-pb-step-side-customer = 由客户负责
ui-pb-step-side-vendor = 我方
ui-pb-step-due-after = 截止时间（天后）
ui-pb-step-up = 上移步骤 { $n }
ui-pb-step-down = 下移步骤 { $n }
ui-pb-step-remove = 删除步骤 { $n }
ui-pb-step-add = 添加步骤

## 哪些行动手册有效？（效果列）
ui-pb-effect-run = 哪些行动手册有效？
ui-pb-effect-running = 正在回放历史…
ui-pb-effect-error = 无法衡量行动手册的效果：{ $error }
ui-pb-effect-window = { $from } 至 { $to } 的各月末；结果统计 { $horizon } 天；在相同的需求细分、健康度区间和续约窗口内比较。
ui-pb-effect-works = 有效
ui-pb-effect-backfires = 适得其反
ui-pb-effect-unproven = 未证实
ui-pb-effect-counts = { $treated } 次已完成 · { $control } 次未完成
ui-pb-effect-churn = 流失率 { $treated } 对比 { $control }（{ $difference } 个百分点，95% 置信区间 { $low } 至 { $high }）
ui-pb-effect-health = 90 天内健康度 { $difference } 分（95% 置信区间 { $low } 至 { $high }）
