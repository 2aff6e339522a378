## 客户列表：全部客户，以及筛选条件和已保存的视图。

ui-accounts-title = 客户
ui-accounts-count = 显示 { $shown } / { $count } 个客户 · 数据截至 { $day }
ui-accounts-loading = 正在加载客户…

## 列

ui-accounts-col-account = 客户
ui-accounts-col-health = 健康度
ui-accounts-col-arr = ARR
ui-accounts-col-stage = 阶段
ui-accounts-col-breadth = 使用广度
ui-accounts-col-usage = 使用量环比
ui-accounts-col-renewal = 续约日期
ui-accounts-col-owner = 负责人
ui-accounts-col-segment = 需求细分
ui-accounts-at-risk = 有风险
    .title = 有风险：健康度为红色，或有高严重程度的预警

## 筛选和已保存的视图

ui-accounts-search = 搜索客户
    .placeholder = 搜索名称、负责人、阶段、细分…
ui-accounts-filter-band = 健康度分档
ui-accounts-any-band = 全部健康度
ui-accounts-filter-owner = 负责人
ui-accounts-any-owner = 全部负责人
ui-accounts-no-owner = 无负责人
ui-accounts-filter-renewal = 续约
ui-accounts-any-renewal = 全部续约时间
ui-accounts-renewing-within = { $count } 天内续约
ui-accounts-at-risk-only = 仅看有风险的客户
ui-accounts-view-name = 视图名称
    .placeholder = 为此视图命名
ui-accounts-save-view = 保存视图
ui-accounts-clear = 清除
ui-accounts-delete-view = 删除视图 { $name }

## 空列表

ui-accounts-no-match = 没有符合条件的客户
    .body = 请修改搜索内容或筛选条件。
ui-accounts-empty = 还没有客户
    .body = 请导入客户文件，或在首页加载演示数据。
