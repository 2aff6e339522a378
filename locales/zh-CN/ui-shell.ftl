## 应用外壳：导航、顶栏、界面组件、错误页、首次运行和解锁界面，
## 以及各界面共用的引擎代码名称（健康分档、生命周期阶段、严重程度）。

## 侧边导航和顶栏

ui-nav-label = 栏目
ui-nav-home = 客户组合
ui-nav-accounts = 客户
ui-nav-segments = 客户细分
ui-nav-playbooks = 行动手册
ui-nav-qbr = 季度业务回顾
ui-nav-brief = 价值简报
ui-nav-import = 导入
ui-nav-settings = 设置
ui-shell-lock = 锁定
ui-shell-lock-failed = 无法锁定：{ $error }
ui-shell-opening = 正在打开工作区…
ui-shell-retry = 重试
ui-shell-pick-import = 选择要导入的文件
ui-shell-pick-import-filter = CSV、JSONL 或 Parquet
ui-theme-label = 主题
ui-theme-system = 跟随系统
ui-theme-light = 浅色
ui-theme-dark = 深色

## 界面组件

ui-kit-chart-missing = 图表不可用
ui-kit-table-no-match = 没有符合筛选条件的行。
ui-kit-table-empty = 没有数据。
ui-kit-close = 关闭
ui-kit-cancel = 取消
ui-kit-dismiss = 关闭通知
# 屏幕阅读器在指标变化后读出。
ui-kit-kpi-flat = 无变化
ui-kit-kpi-up-good = 上升，向好
ui-kit-kpi-up-bad = 上升，不利
ui-kit-kpi-down-good = 下降，向好
ui-kit-kpi-down-bad = 下降，不利
ui-task-complete-failed = 无法完成“{ $title }”：{ $error }

## 引擎代码的显示名称

ui-band-green = 健康
ui-band-yellow = 关注
ui-band-red = 不健康
ui-severity-high = 高
ui-severity-medium = 中
ui-severity-low = 低
ui-priority-urgent = 紧急
ui-priority-high = 高
ui-priority-normal = 普通
ui-priority-low = 低
ui-side-customer = 客户
ui-side-vendor = 我方
ui-stage-onboarding = 上线实施
ui-stage-adoption = 采用
ui-stage-value = 价值实现
ui-stage-renewal = 续约
ui-stage-at-risk = 有风险
ui-stage-churned = 已流失

## 工作区内容：数量加名词，以及单独的名词（.label）

ui-status-accounts = { $count } 个客户
    .label = 客户
ui-status-owners = { $count } 位负责人
    .label = 负责人
ui-status-subscriptions = { $count } 个订阅
    .label = 订阅
ui-status-contacts = { $count } 位联系人
    .label = 联系人
ui-status-modules = { $count } 个模块
    .label = 模块
ui-status-users = { $count } 位用户
    .label = 用户
ui-status-tickets = { $count } 个工单
    .label = 工单
ui-status-nps-responses = { $count } 份 NPS 回复
    .label = NPS 回复
ui-status-milestones = { $count } 个里程碑
    .label = 里程碑
ui-status-events = { $count } 条事件
    .label = 事件
ui-status-usage-days = { $count } 个使用日
    .label = 使用日

## 文件大小（十进制单位）；$size 为已格式化的数字

ui-size-bytes = { $size } B
ui-size-kb = { $size } KB
ui-size-mb = { $size } MB
ui-size-gb = { $size } GB
ui-size-tb = { $size } TB

## 错误页：每个错误代码的标题，以及处理建议

ui-error-code = 错误代码：
ui-error-wrong-key = 无法解锁此工作区
    .hint = 密钥不匹配。请检查 WAYPOINT_PASSPHRASE 或系统钥匙串中保存的密钥。
ui-error-no-key-source = 没有可用于解锁工作区的密钥
    .hint = 请设置 WAYPOINT_PASSPHRASE，或解锁系统钥匙串，然后重试。
ui-error-not-a-workspace = 此处没有 Waypoint 工作区
    .hint = 请将 WAYPOINT_WORKSPACE 指向用 waypoint 命令行工具创建的工作区。
ui-error-workspace-not-found = 工作区文件尚不存在
    .hint = 请用 waypoint 命令行工具创建，或将 WAYPOINT_WORKSPACE 指向已有的工作区。
ui-error-no-key-in-keyring = 钥匙串中没有此工作区的密钥
    .hint = 如果工作区是用密码短语创建的，请设置 WAYPOINT_PASSPHRASE，然后重试。
ui-error-keyring = 无法使用系统钥匙串
    .hint = 请解锁钥匙串，或设置 WAYPOINT_PASSPHRASE，然后重试。
ui-error-migrate = 无法升级工作区
    .hint = 它可能来自更新版本的 Waypoint。未做任何更改，详情见下方。
ui-error-io = 无法读取工作区
    .hint = 请确认文件存在，且您有权读取。
ui-error-db = 工作区数据库报告了错误
    .hint = 下方详情或许有帮助；可以放心重试。
ui-error-ipc = 应用拒绝了此请求
    .hint = 这是 Waypoint 的缺陷，请向我们报告。
ui-error-unknown = 出现问题
    .hint = 下方详情或许有帮助；可以放心重试。

## 解锁

ui-unlock-title = 解锁 { $name }
ui-unlock-passphrase = 密码短语
ui-unlock-submit = 解锁
ui-unlock-busy = 正在解锁…
ui-unlock-use-keyring = 使用系统钥匙串
ui-unlock-wrong-key = 该密码短语无法解锁此工作区。
ui-unlock-empty = 请先输入密码短语。
ui-unlock-keyring-failed = 无法使用系统钥匙串，请改为输入密码短语。
ui-unlock-no-keyring-key = 系统钥匙串中没有此工作区的密钥，请输入密码短语。
ui-unlock-too-short = 请至少输入 { $count } 个字符。
ui-unlock-mismatch = 两次输入的密码短语不一致。

## 首次运行

ui-first-run-title = 欢迎使用 Waypoint
ui-first-run-lead = 您的客户、使用数据和计划都保存在这台电脑上的一个加密文件中，不会离开本机。
ui-first-run-file = 工作区文件：
ui-first-run-key-question = 密钥如何保管？
ui-first-run-mode-passphrase = 使用密码短语，每次打开 Waypoint 时输入
ui-first-run-mode-keyring = 生成随机密钥，保存在系统钥匙串中
ui-first-run-passphrase-hint = 至少 { $count } 个字符。密码短语无法找回：忘记后工作区将无法解锁。
ui-first-run-repeat = 再次输入
ui-first-run-submit = 创建工作区
ui-first-run-busy = 正在创建…
ui-first-run-no-keyring = 本机没有可用的系统钥匙串，请改用密码短语保护工作区。

# 首次运行和解锁界面上的语言菜单。
ui-language-menu = 语言
