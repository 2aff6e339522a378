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

## Words that are not a message (a name the user typed), shown as they are.
plain-text = { $text }

## Characters no installed font draws, and what to install.
fonts-missing = { $more ->
    [0] 没有已安装的字体能显示 { $chars }；请安装 { $packages }（Debian/Ubuntu；其他系统请安装任何覆盖这些字符的字体）后重新生成
   *[other] 没有已安装的字体能显示 { $chars } 等另外 { $more } 个字符；请安装 { $packages }（Debian/Ubuntu；其他系统请安装任何覆盖这些字符的字体）后重新生成
}
