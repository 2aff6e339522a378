## 错误消息：应用和命令行说明出了什么问题、该如何处理。
## 来自文件和命令的值（路径、列名、单元格内容）按原样显示。

## 导入文件中无法解析的值（显示在文件、行和字段之后）。
error-parse-day = 应为 YYYY-MM-DD 格式的日期，实际为“{ $got }”
error-parse-timestamp = 应为带时区偏移的 ISO 8601 时间戳（例如 2026-09-14T13:05:22Z），实际为“{ $got }”
error-parse-money = 应为形如 1250.00 的金额（最多 2 位小数），实际为“{ $got }”
error-parse-choice = 应为以下值之一：{ $allowed }，实际为“{ $got }”
error-parse-integer = 应为整数，实际为“{ $got }”
error-parse-currency-format = “{ $got }”不是形如 USD 的 ISO 4217 代码（三个大写字母）
error-parse-unknown-currency = “{ $got }”不是有效的 ISO 4217 货币代码
error-parse-rate = 应为形如 0.1375 的汇率（普通小数），实际为“{ $got }”
error-parse-rate-not-positive = 汇率必须大于 0，实际为“{ $got }”
error-parse-range = 应为 { $min } 到 { $max } 之间的数字，实际为“{ $got }”
error-parse-module-key = 应为形如 data_collection 的模块键，实际为“{ $got }”

## 导入：先说明位置，再说明原因。
error-import-row = { $file } 第 { $line } 行，字段“{ $field }”：{ $reason }
error-import-header = { $file } 表头：{ $reason }
error-import-file = { $file }：{ $reason }
error-import-io = { $file }：{ $detail }
error-import-cancelled = { $file }：导入已取消，未导入任何数据
error-import-cancelled-reason = 已取消，未导入任何数据
error-import-os = { $detail }
error-import-needs-column = 列“{ $column }”每一行都必须有值，因此文件中必须包含该列
error-import-empty-no-header = 文件为空（没有表头行）
error-import-empty = 文件为空
error-import-unnamed-column = 第 { $column } 列没有列名
error-import-column-twice = 列“{ $column }”出现了两次
error-import-column-both = 列“{ $column }”同时由“{ $first }”和“{ $second }”提供
error-import-mapped-column-gone = 为“{ $column }”选择的列“{ $header }”不在文件中
error-import-missing-columns = 缺少列：{ $missing }（文件中的列：{ $found }；应有的列：{ $expected }）
error-import-missing-column = 缺少列：{ $column }（应有的列：{ $expected }）
error-import-invalid-utf8 = 第 { $field } 个字段包含无效的 UTF-8 字符（请将文件另存为 UTF-8 编码）
error-import-field-count = 应与表头一样有 { $expected } 个字段，实际为 { $found } 个
error-import-csv = { $detail }
error-import-required = 为空，但此字段为必填
error-import-line-too-long = 该行超过 1 MiB
error-import-not-json = 不是 JSON 对象：{ $detail }
error-import-missing-message-id = 缺失（去重时需要）
error-import-missing = 缺失
error-import-before-1970 = “{ $got }”早于 1970-01-01
error-import-timestamp = 应为带时区偏移的 ISO 8601 时间戳，实际为“{ $got }”
error-import-missing-user = 缺失（且没有 anonymousId）
error-import-missing-account = 缺失：该事件没有对应的客户
error-import-unknown-event-account = 未知客户“{ $account }”（请先导入客户，或使用 --unknown-accounts skip|create）
error-import-reporting-currency = 报告货币 { $code }：{ $reason }
error-import-stopped = 导入已停止
error-import-reader-panicked = 读取线程意外终止
error-import-no-reporting-currency = 工作区尚未设置报告货币，无法确定这些汇率的基准：请先设置（waypoint settings --reporting-currency EUR）
error-import-reporting-rate = { $currency } 是报告货币，其汇率应为 1，实际为 { $got }
error-import-duplicate-rate = { $currency } 在 { $day } 的汇率已出现在第 { $line } 行
error-import-negative = 不能为负数
error-import-end-not-after-start = { $end } 不晚于 start_date { $start }（end_date 不含当天）
error-import-subscription-other-account = 订阅“{ $subscription }”已属于另一个客户
error-import-period-overlap = 该期间与订阅“{ $subscription }”第 { $line } 行的期间重叠
error-import-period-overlap-stored = 订阅“{ $subscription }”：从 { $start } 开始的期间与工作区中已有的期间重叠
error-import-duplicate = “{ $value }”已出现在第 { $line } 行
error-import-unknown-account = 未知客户“{ $account }”（请先在客户文件中导入该客户）
error-import-before-opened = { $value } 早于 opened_at { $opened }
error-import-email = “{ $got }”不是有效的电子邮件地址
error-import-contact-other-account = 联系人“{ $contact }”属于另一个客户
error-import-unknown-contact = 未知联系人“{ $contact }”（请先导入联系人）

## 工作区文件、密钥和数据库。
error-store-wrong-key = { $path } 的密钥或密码短语错误
error-store-not-a-workspace = { $path } 不是 Waypoint 工作区
error-store-not-found = { $path } 不存在；请用 `waypoint init` 创建
error-store-already-exists = { $path } 已存在；不会覆盖
error-store-no-key-source = { $path } 没有密钥：此处没有可用的系统钥匙串（{ $detail }）；请设置 WAYPOINT_PASSPHRASE（或在提示时输入密码短语），或启动 Secret Service / 钥匙串
error-store-no-key-in-keyring = 系统钥匙串中没有 { $path } 的密钥；如果它是用密码短语创建的，请设置 WAYPOINT_PASSPHRASE（或在提示时输入密码短语）
error-store-keyring = 系统钥匙串错误：{ $detail }
error-store-no-encryption = 此版本的 SQLite 不含 SQLCipher：拒绝写入未加密的工作区
error-store-empty-passphrase = 密码短语不能为空
error-store-no-data-dir = 默认工作区没有数据目录；请传入 --workspace FILE
error-store-migrate = 数据库结构迁移失败：{ $detail }
error-store-corrupt = 存储的值无效：{ $detail }
error-unknown-account = 未知客户“{ $account }”
error-io = { $path }：{ $detail }
error-db = 数据库错误：{ $detail }

## 指标。
error-metrics-mixed-currencies = 订阅使用了多种货币（{ $currencies }），而工作区没有用于汇总的报告货币：请设置一种（waypoint settings --reporting-currency EUR）并导入汇率文件
error-metrics-missing-fx-rate = 缺少 { $currency } 在 { $month } 的汇率：请导入每个月都有汇率的汇率文件（waypoint import fx FILE）
error-metrics-scorecard = 评分卡无效：{ $reason }
error-metrics-scorecard-weights = 权重必须是非负数，且不能全为零
error-metrics-scorecard-targets = 目标值：trend_floor 必须小于 trend_ceiling；stickiness、depth、tickets 必须大于 0
error-metrics-scorecard-bands = 分档：需满足 yellow_at <= green_at <= 100
error-detail = { $detail }
error-metrics-corrupt = { $table }.{ $column } 中存储的值“{ $value }”无效：{ $reason }

## 客户细分与规则。
error-segments-rule = `{ $expr }` 第 { $column } 列：{ $message }
error-segments-unknown-field = `{ $expr }` 中有未知字段“{ $field }”
error-segments-unknown-field-suggest = `{ $expr }` 中有未知字段“{ $field }”（是否想输入“{ $suggestion }”？）
segments-fact-kind-number = 数字
segments-fact-kind-text = 文本
error-segments-type-mismatch = “{ $field }”的类型是 { $kind }，无法用 `{ $op }` { $literal } 比较（位于 `{ $expr }`）
error-segments-clustering = 聚类失败：{ $detail }
error-segments-unknown-segment = 没有名为“{ $name }”的细分；需求细分：{ $needs }；价值分层：{ $value }；或指定 rule:"<表达式>"
error-segments-settings = 细分设置无效：{ $detail }
error-rule-unclosed-string = 字符串未闭合
error-rule-escape = 未知的转义（请使用 \"、\' 或 \\）
error-rule-not-a-number = “{ $text }”不是数字
error-rule-character = 意外的字符“{ $character }”
error-rule-close-paren = 应为 ')'
error-rule-end = 表达式意外结束：应为一个条件，例如 `arr > 50000`
error-rule-field-name = 应为字段名
error-rule-value = “{ $after }”之后应为一个值
error-rule-in-paren = 'in' 之后应为 '('
error-rule-list = 列表中应为 ',' 或 ')'
error-rule-contains = 'contains' 需要带引号的文本
error-rule-missing = 'is' 之后应为 'missing'
error-rule-comparison = “{ $field }”之后应为比较运算符（=、!=、<、<=、>、>=、in、contains、is missing）
error-rule-and-or = 应为 'and'、'or' 或表达式结尾

## 留存模型。
error-retention-input = 输入无效：{ $reason }
error-retention-insufficient = 历史数据不足，无法拟合：{ $reason }
error-retention-optimiser = 优化失败：{ $detail }
error-retention-two-counts = 至少需要两个数量：同期群规模和之后一个周期的数量
error-retention-cohort-size = 第一个数量（同期群规模）必须为正数
error-retention-rising = 数量不能上升：第 { $period } 期为 { $count }，之前为 { $before }
error-retention-no-churn = 未观察到流失，无法估计流失率
error-retention-no-renewal = 没有任何客户续约过
error-retention-one-period = 只观察到一个周期：模型需要两个周期才能看出留存变化

## 行动手册与任务。
error-playbooks-invalid = 行动手册“{ $key }”：{ $message }
error-playbooks-settings = 设置无效：{ $detail }
error-playbooks-unknown-task = 未知任务 { $task }
error-playbooks-unknown-milestone = 未知里程碑“{ $milestone }”
error-playbooks-unknown-owner = 未知 CSM“{ $owner }”
error-playbooks-history = { $file }，第 { $line } 行，{ $field }：{ $reason }
error-playbooks-history-read = 该文件无法作为任务历史读取（{ $detail }）
error-playbooks-history-day = “{ $got }”不是日期（YYYY-MM-DD）
error-playbooks-history-order = 任务不能在创建之前完成
error-playbooks-history-step = 该行动手册中没有这个步骤（步骤从 1 开始计数）
error-playbooks-builtin = 是内置行动手册；请将其停用，并以其他标识键添加您自己的行动手册
error-playbooks-no-such = 没有这个行动手册
error-playbooks-stored = 存储的 { $what } 无效：{ $detail }
error-playbooks-key = 标识键不能为空，也不能包含空格
error-playbooks-name = 名称为空
error-playbooks-no-steps = 行动手册至少需要一个步骤
error-playbooks-step-title = 有一个步骤没有标题（截止：开始后第 { $days } 天）
error-playbooks-alert-kind = 未知的预警类型“{ $kind }”（可选：{ $kinds }）
error-playbooks-stage = 未知的生命周期阶段“{ $stage }”（可选：{ $stages }）
error-playbooks-tenure = 成为客户的天数必须为正数
error-playbooks-as-of = 基准日期无效：{ $day }
error-playbooks-touchpoint-kind = 类型“{ $kind }”不在以下范围内：{ $kinds }
error-playbooks-touchpoint-day = 日期“{ $day }”不是 YYYY-MM-DD 格式
error-playbooks-touchpoint-summary = 摘要为空

## 图表与演示文稿。
error-charts-draw = 绘图失败：{ $detail }
error-charts-encode = PNG 编码失败：{ $detail }
error-charts-data = 图表数据无效：{ $detail }
error-decks-brand = { $file }：{ $field }：{ $why }
error-decks-profile = { $file }：{ $field }：{ $why }
error-decks-write = 写入演示文稿失败：{ $detail }
error-decks-quarter = “{ $quarter }”不是季度：请写成 2026-Q3 的形式

## 来自应用的请求。
error-views-invalid = { $detail }
error-views-field = { $field }：{ $reason }
error-views-touchpoint-summary = 客户接触需要填写摘要
error-views-brief-name = 请填写潜在客户名称：简报以它为标题
error-views-brief-negative = 员工数、席位数和预期 MRR 不能为负数
error-views-brief-evidence = 可比客户不足（{ $count } < { $min }），无法生成价值简报
error-views-chart-both = 请指定一个客户或一个细分，不能同时指定
error-views-chart-one-account = 此图表只针对单个客户
error-views-chart-from-after = --from { $from } 晚于截止日 { $to }
error-views-chart-empty-segment = 截至 { $day }，“{ $name }”中没有客户
error-views-chart-needs-account = { $kind } 需要 --account ID
error-views-chart-mix-account = { $kind } 用于比较客户：请指定 --segment S，或不指定以按细分各显示一条
error-views-chart-whole-book = { $kind } 涵盖整个客户组合：请去掉 --account 和 --segment
error-views-chart-no-from = { $kind } 显示{ $what }：不使用 --from（请用 --to 设置截止日）
error-views-chart-shows-mix = 截至截止日 13 周的模块构成
error-views-chart-shows-plan = 截至截止日的完整成功计划
error-views-chart-shows-lives = 截至截止日每个客户的生命周期
error-views-chart-shows-book = 截至截止日的客户组合
error-views-chart-mix-by = --by { $got }：模块构成按 needs 或 value 分组
error-views-chart-history = --from { $from }：NPS 和工单最多回溯 { $days } 天，即 { $history }
error-views-deck-extension = { $path }：请保存为 .pptx 或 .pdf 文件
error-views-deck-task = 演示文稿任务失败：{ $detail }
error-views-no-home = 没有可用于展开 ~ 的主文件夹
error-views-full-path = “{ $path }”：请提供文件或文件夹的完整路径
error-views-deck-formats = 请选择 PPTX、PDF 或两者
error-views-demo-not-empty = 此工作区已有客户；演示数据只能载入空工作区
error-views-demo-temp = 演示文件的临时文件夹：{ $detail }
error-views-demo = 演示：{ $detail }
error-views-import-kind = 未知的文件类型“{ $kind }”（可选：{ $kinds }）
error-views-import-folder = { $path } 是文件夹，不是文件
error-views-import-not-a-column = “{ $column }”不是 { $kind } 文件的列
error-views-import-header-twice = 文件中的列“{ $header }”同时被选为“{ $first }”和“{ $second }”
error-views-import-choose-column = 请为“{ $column }”选择文件中的列：每一行都需要该值
error-views-busy-import = 已有导入正在进行：请等待其完成或将其取消
error-views-busy-decks = 已有一批演示文稿正在生成：请等待其完成或将其取消
error-views-busy = { $job } 正在进行：请等待其完成或将其取消
error-settings-band = 必须是 0 到 100 之间的整数
error-settings-no-component = 评分卡中没有这个组成项
error-settings-weight = 权重必须大于或等于 0
error-settings-weights-zero = 至少有一个权重必须大于 0
error-settings-green-above = 必须高于黄色阈值（{ $yellow }）
error-settings-colour = “{ $value }”不是 #RRGGBB 格式的颜色
error-settings-not-a-file = { $path } 不是文件
error-settings-logo-size = { $path } 超过 { $size } KB
error-settings-not-png = { $path } 不是 PNG 文件
error-settings-empty = 不能为空
error-settings-too-long = 最多 { $max } 个字符
error-settings-not-passphrase = 这不是该工作区的密码短语
error-settings-backup-path = 请填写备份的保存位置
error-settings-backup-folder = { $path } 是文件夹；请为备份文件命名
error-settings-backup-passphrase = 该密码短语无法打开此备份
error-settings-restore-path = 请填写要恢复的备份路径
error-settings-restore-self = 这正是当前打开的工作区
error-settings-no-threshold = 没有这个预警阈值
error-settings-range = 必须在 { $min } 到 { $max } { $unit } 之间
error-settings-whole = 必须是整数
error-app-locked = 工作区已锁定：请先解锁。
error-app-preview-stopped = 预览已中断：{ $detail }
error-app-no-folder = 没有可保存演示文稿的文件夹：{ $detail }

## 命令行。
error-cli-usage = { $detail }
error-cli-io = { $context }：{ $detail }
error-demo-config = 演示配置无效：{ $detail }
error-demo-io = 写入演示文件失败：{ $detail }
error-demo-csv = 写入演示 CSV 失败：{ $detail }
error-demo-parquet = 写入演示 Parquet 失败：{ $detail }

## 细分与容量设置中的错误。
segments-tiers-none = 价值分层：至少需要一个层级
segments-tiers-first = 价值分层：第一个层级（“{ $name }”）必须从 0 开始
segments-tiers-order = 价值分层：“{ $name }”的起点必须高于“{ $below }”（{ $min } ≤ { $below_min }）
segments-tiers-name = 价值分层：层级名称“{ $name }”为空或为保留名称
segments-rule-needs-name = 保存的规则细分需要一个名称
segments-k-range = 需求细分：k 的范围 { $min } 至 { $max } 必须满足 2 ≤ 最小值 ≤ 最大值
segments-by = 细分方式“{ $by }”：应为 needs、value 或 rule:"<表达式>"
playbooks-capacity-tier = 承载能力：“{ $tier }”不是价值分层中的层级（层级：{ $tiers }）
playbooks-capacity-ratio = 承载能力：“{ $tier }”：每位 CSM 负责的客户数必须为正数，当前为 { $ratio }

# 使用量汇总（Parquet）
error-import-cell = { $file } 第 { $group } 个行组，第 { $row } 行，列“{ $column }”：{ $reason }
error-import-parquet-unreadable = 不是可读取的 Parquet 文件：{ $detail }
error-import-parquet-group = 无法读取第 { $group } 个行组：{ $detail }
error-import-parquet-column-type = 列“{ $column }”的类型是 { $type }；应为{ $expected }
error-import-parquet-expect-id = 文本或整数
error-import-parquet-expect-day = DATE、TIMESTAMP（取其 UTC 日期）或形如 2026-03-31 的文本
error-import-parquet-expect-text = 文本
error-import-parquet-expect-count = 整数（INT64，或 Snowflake 的 NUMBER(38,0)）
error-import-parquet-no-column = 缺少列“{ $column }”（{ $meaning }）；文件中的列为：{ $columns }
error-import-parquet-no-user = 缺少列“{ $column }”：汇总必须每个用户每天一行，因为 7 天和 28 天的活跃用户数（DAU/MAU、核心用户、拥护者）无法由每日计数相加得出（见 docs/IMPORT.md）；文件中的列为：{ $columns }
error-import-parquet-not-a-day = “{ $got }”不是形如 2026-03-31 的日期
error-import-parquet-too-large = 数值过大，不是有效的计数
error-import-parquet-not-whole = { $got } 不是整数
error-import-parquet-empty-folder = 文件夹中没有 .parquet 文件
error-import-rollup-events = { $got } 个事件：一行表示该用户当天活跃，因此至少为 1
error-import-rollup-value-events = { $value } 个价值事件，多于该行的 { $events } 个事件
error-import-rollup-repeat = 与 { $file } 第 { $row } 行重复（客户、日期、模块和用户相同）：每行只能是一个用户在一个模块中的一天
