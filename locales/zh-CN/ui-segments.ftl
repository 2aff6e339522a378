## 客户细分界面：需求细分与价值分层并列，交叉表和图表，细分的客户列表，以及带实时计数的规则构建器。

ui-seg-title = 客户细分
ui-seg-summary = { $count } 个客户 · ARR { $arr } · 数据截至 { $date }
ui-seg-retry = 重试
ui-seg-assigned = 自 { $date } 计算需求分群以来有 { $count } 个客户发生变化，已归入最接近的分群。
ui-seg-refit = 重新计算分群
ui-seg-loading = 正在加载客户细分…
ui-seg-empty = 暂无可细分的客户
ui-seg-empty-body = 请导入客户和产品使用数据，或在首页加载演示客户组合。
ui-seg-needs-title = 按需求
ui-seg-needs-lead = 客户如何使用产品：13 周内各模块在其活动中的占比，以及使用深度。通过聚类得出，并以占主导的模块命名。
ui-seg-value-title = 按价值
ui-seg-value-lead = 客户付费多少：ARR 分层。请与左栏对照阅读：同一价值分层中通常包含多种产品使用方式。
ui-seg-no-segments = 暂无细分。
ui-seg-charts = 图表
ui-seg-module-mix = 模块构成
ui-seg-chart-tab-needs = 按需求的模块构成
ui-seg-chart-tab-value = 按价值的模块构成
ui-seg-chart-needs-alt = 各需求细分的模块构成：各模块的活动占比
ui-seg-chart-value-alt = 各价值分层的模块构成：各模块的活动占比
ui-seg-map = 细分地图
ui-seg-map-alt = 付费客户按 ARR 和使用广度分布，按需求细分着色
ui-seg-arr = ARR { $arr }

## 细分卡片
ui-seg-stat-accounts = 客户数
ui-seg-stat-arr = ARR
ui-seg-stat-arr-value = { $arr }（{ $share }）
ui-seg-stat-health = 平均健康分
ui-seg-stat-at-risk = 有风险
ui-seg-stat-breadth = 使用广度
ui-seg-stat-depth = 使用深度

## 需求 × 价值交叉表
ui-seg-crosstab-title = 需求 × 价值
ui-seg-crosstab-empty = 暂无可交叉分析的客户。
ui-seg-needs-segment = 需求细分
ui-seg-value-tier = 价值分层
ui-seg-total = 合计
ui-seg-cell-title = { $row } × { $column }：{ $count } 个客户 · ARR { $arr }
ui-seg-association-none = 活跃付费客户太少，无法比较这两种视角。
ui-seg-association-unrelated = 需求与价值互不相关（克莱姆 V 系数 { $v }，基于活跃付费客户）。
ui-seg-association-weak = 需求与价值弱相关（克莱姆 V 系数 { $v }，基于活跃付费客户）。
ui-seg-association-moderate = 需求与价值中度相关（克莱姆 V 系数 { $v }，基于活跃付费客户）。
ui-seg-association-strong = 需求与价值强相关（克莱姆 V 系数 { $v }，基于活跃付费客户）。
ui-seg-adjusted-rand = 调整兰德指数 { $value }（1 表示分组完全相同）。
ui-seg-hover = 将鼠标悬停在单元格上可查看其 ARR。
ui-seg-sentence-gap = { "" }

## 细分的客户
ui-seg-members-needs = 需求细分：{ $name }
ui-seg-members-value = 价值分层：{ $name }
ui-seg-members-rule = 规则：{ $name }
ui-seg-members-summary = { $count } 个客户 · ARR { $arr } · 显示 { $shown } 个
ui-seg-close = 关闭
ui-seg-members-loading = 正在加载客户…
ui-seg-filter = 筛选客户
ui-seg-filter-placeholder = 筛选客户…
ui-seg-members-label = { $name } 的客户
ui-seg-members-no-match = 没有匹配的客户
ui-seg-members-none = 此细分中没有客户
ui-seg-members-chart-alt = { $name } 中各客户的模块构成，使用模块最少的在前
ui-seg-col-account = 客户
ui-seg-col-health = 健康度
ui-seg-col-arr = ARR
ui-seg-col-breadth = 使用广度
ui-seg-col-owner = 负责人
ui-seg-at-risk = 有风险
ui-seg-at-risk-title = 有风险：健康度评分为红色，或有高严重度预警

## 规则构建器（规则语法本身在各语言中相同）
ui-seg-rule-title = 规则细分
ui-seg-rule-lead-facts = 可使用任何客户属性：
ui-seg-rule-lead-sep = 、
ui-seg-rule-lead-missing = 。文本不区分大小写；缺失的属性只匹配{ " " }
ui-seg-rule-lead-end = 。
ui-seg-rule-expression = 表达式
ui-seg-rule-column = （第 { $column } 列）
ui-seg-rule-accounts = { $count } 个客户
ui-seg-rule-arr = ARR { $arr }（占客户组合的 { $share }）
ui-seg-rule-type = 输入规则以统计匹配的客户。
ui-seg-rule-counting = 正在统计…
ui-seg-rule-label = 规则
ui-seg-rule-all = ：
ui-seg-rule-largest = ；按 ARR 排名前 { $count } 的客户：
ui-seg-rule-show-all = 显示全部 { $count } 个客户及其模块构成
ui-seg-rule-fields = 字段
ui-seg-rule-fields-every = 所有客户组合
ui-seg-rule-fields-book = 当前客户组合
ui-seg-rule-field-number = { $about }（数值）
ui-seg-rule-field-text = { $about }（文本）
