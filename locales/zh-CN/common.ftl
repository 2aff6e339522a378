## 通用词汇：产品名、计数以及全应用统一的术语。

app-name = Waypoint
count-accounts = { $count } 个客户
