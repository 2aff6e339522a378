## QBR 界面：单个客户的季度业务回顾、全部客户的批量生成和客户组合摘要，逐页预览并保存为 PPTX 或 PDF。

ui-qbr-title = 季度业务回顾（QBR）
ui-qbr-quarter = 季度
ui-qbr-deck-language = 演示文稿语言
ui-qbr-sections = QBR 栏目
ui-qbr-tab-account = 客户 QBR
ui-qbr-tab-book = 全部客户
ui-qbr-tab-portfolio = 客户组合摘要
ui-qbr-quarters-loading = 正在加载季度…
ui-qbr-quarters-error = 无法读取季度：{ $error }
ui-qbr-no-quarter = 暂无可回顾的季度
ui-qbr-no-quarter-body = QBR 需要一个完整季度的使用数据。请先导入事件（或加载演示数据）。
ui-qbr-accounts-error = 无法列出客户：{ $error }
ui-qbr-pick-account = 选择客户
ui-qbr-pick-account-body = 按名称或 ID 搜索；该客户 { $quarter } 的 QBR 将在此逐页显示。
ui-qbr-building = 正在生成 { $account } { $quarter } 的 QBR…
ui-qbr-preview-label = { $account } 的 QBR 预览
ui-qbr-building-portfolio = 正在生成 { $quarter } 的客户组合摘要…
# The first part of the portfolio summary's default file name, in the deck's language.
ui-qbr-portfolio-file = 客户组合
ui-qbr-preview-portfolio = 客户组合摘要预览
ui-qbr-build-error = 无法生成演示文稿：{ $error }
ui-qbr-retry = 重试
ui-qbr-choose = 选择…

## 客户选择
ui-qbr-account = 客户
ui-qbr-accounts = 客户
ui-qbr-account-search = 按名称或 ID 搜索客户
ui-qbr-accounts-loading = 正在加载客户…
ui-qbr-account-none = 没有匹配的客户

## 保存演示文稿
ui-qbr-save-dialog = 将演示文稿另存为
ui-qbr-save-file-type = 演示文稿
ui-qbr-save-to = 保存到
ui-qbr-save-hint = 文件的完整路径；点击的按钮决定保存为 .pptx 还是 .pdf。
ui-qbr-saving = 正在保存…
ui-qbr-save-pptx = 保存为 PPTX
ui-qbr-save-pdf = 保存为 PDF
ui-qbr-saved = 已保存
ui-qbr-saved-detail = （{ $size }，{ $slides } 页）
ui-qbr-saved-toast = 已保存 { $path }（{ $size }）
ui-qbr-show-in-folder = 在文件夹中显示

## 幻灯片查看
ui-qbr-slide-name = 第 { $n } 页，共 { $count } 页：{ $title }
ui-qbr-slide-of = 第 { $n } 页，共 { $count } 页
ui-qbr-slide-previous = 上一页
ui-qbr-slide-next = 下一页
ui-qbr-notes = 演讲者备注
ui-qbr-slides = 幻灯片

## 全部客户（批量）
ui-qbr-batch-lead = 为季度末仍在付费的每个客户生成 QBR，每个客户每种格式一个文件，以客户 ID 命名。
ui-qbr-batch-folder = 输出文件夹
ui-qbr-batch-folder-dialog = 演示文稿的保存文件夹
ui-qbr-batch-formats = 格式
ui-qbr-batch-no-format = 请至少选择一种格式。
ui-qbr-batch-start = 开始
ui-qbr-batch-start-quarter = 开始（{ $quarter }）
ui-qbr-batch-cancelling = 正在取消，等待进行中的演示文稿完成…
ui-qbr-batch-writing = 正在生成 QBR 演示文稿
ui-qbr-batch-finding = 正在查找付费客户…
ui-qbr-batch-progress = { $done } / { $total }
ui-qbr-batch-failed-decks = 生成失败的演示文稿
ui-qbr-batch-error = 批量生成无法运行：{ $error }
ui-qbr-batch-cancel-error = 无法取消：{ $error }
ui-qbr-sentence-gap = { "" }
ui-qbr-summary-none = { $quarter }末没有付费客户：无需生成演示文稿。
ui-qbr-summary-wrote = 已为 { $decks } 份演示文稿写入 { $files } 个文件（{ $size }），保存在 { $dir }。
ui-qbr-summary-failed = { $count } 份演示文稿生成失败。
ui-qbr-summary-cancelled = 已取消：{ $count } 份演示文稿未开始生成。
