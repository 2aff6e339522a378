## 通用词汇：产品名、计数以及全应用统一的术语。

app-name = Waypoint
count-accounts = { $count } 个客户

# 日历季度的读法。
quarter-label = { $year }年第{ $quarter ->
    [1] 一
    [2] 二
    [3] 三
   *[4] 四
}季度

## 引擎生成的细分名称。模块名与价值层级名称是用户自己的用词，原样显示。
segment-full-platform = 全平台
segment-inactive = 近期无活动
segment-no-arr = 无 ARR
segment-centric = 以{ $module }为主
segment-mix = { $modules }
segment-deep = { $name }（深度使用）
segment-light = { $name }（轻度使用）
segment-depth = { $name }（使用深度 { $depth }）
segment-name = { $name }

## Words that are not a message (a name the user typed), shown as they are.
plain-text = { $text }
