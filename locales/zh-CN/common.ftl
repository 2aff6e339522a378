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
