## 导入界面：选择类型和文件，预览，映射列，检查并导入。

ui-import-title = 导入
ui-import-lead = 只有整个文件通过检查后才会保存：含有错误行的文件会被拒绝，并指出出错的行和字段。
ui-import-kind = 文件类型
ui-import-kind-detect = 根据文件自动识别
ui-import-kinds-error = 无法加载文件类型：{ $error }
ui-import-path = 文件路径
ui-import-path-placeholder = /Users/me/Downloads/accounts.csv
ui-import-choose-file = 选择文件…
ui-import-preview = 预览
ui-import-path-hint = 输入或粘贴 CSV 或 JSONL 文件的完整路径。
ui-import-reading = 正在读取文件…
ui-import-read-error = 无法读取文件：{ $error }
ui-import-read-as = 按“{ $kind }”读取
ui-import-choose-kind = 请在上方选择文件类型
ui-import-looks-like = 该文件看起来属于“{ $kind }”类型。
ui-import-read-it-as = 按“{ $kind }”读取
ui-import-no-rows = 没有数据行
ui-import-no-rows-body = 该文件只有表头，没有数据行。
ui-import-first-rows-of = { $file } 的前几行
ui-import-line = 行
ui-import-rows = { $count } 行
ui-import-first-rows = 前 { $count } 行；文件中还有更多行。

## 列映射
ui-import-edit-mapping = 编辑列映射
ui-import-columns = 列
ui-import-columns-lead = 文件中的哪一列对应 Waypoint 的各列。未映射的可选列将按空值读取。
ui-import-required = 必填
ui-import-not-in-file = — 文件中没有 —
ui-import-missing = 请为 { $columns } 选择文件中的列：每一行都需要它。
ui-import-repeated = { $count ->
   *[other] { $headers } 被选给了多个列。
}
ui-import-all-named = 文件中的每一列都使用了自己的名称。
ui-import-unknown = 工作区中不存在的客户的事件
ui-import-unknown-error = 拒绝该文件（通常是 ID 列选错了）
ui-import-unknown-skip = 忽略这些事件
ui-import-unknown-create = 创建这些客户

## 运行
ui-import-checking = 正在检查 { $file }
ui-import-importing = 正在导入 { $file }
ui-import-cancelling = 正在取消：回滚中…
ui-import-check = 检查文件
ui-import-run = 导入
ui-import-starting = 正在开始…
ui-import-progress = 已读取 { $count } 行 · { $read } / { $total }
ui-import-progress-saving = 已读取 { $count } 行 · 正在保存…

## 结果
ui-import-cancelled = 导入已取消
ui-import-not-imported = { $file } 未导入
ui-import-file = 文件
ui-import-field = 字段
ui-import-problem = 问题
ui-import-line-header = { $line }（表头）
ui-import-nothing = 未导入任何内容。
ui-import-could-not-run = 导入无法运行
ui-import-checks-out = { $file } 检查通过
ui-import-imported = 已导入 { $file }
ui-import-counts = 新增 { $inserted } 行，更新 { $updated } 行，未变 { $unchanged } 行
ui-import-counts-skipped = 新增 { $inserted } 行，更新 { $updated } 行，未变 { $unchanged } 行，跳过 { $skipped } 行
ui-import-result = 已读取 { $count } 行：{ $counts }。
ui-import-result-check = 已读取 { $count } 行：导入后将{ $counts }。尚未导入任何内容。
ui-import-count-new = { $count ->
   *[other] 行新增
}
ui-import-count-updated = { $count ->
   *[other] 行更新
}
ui-import-count-unchanged = { $count ->
   *[other] 行未变
}
ui-import-count-skipped = { $count ->
   *[other] 行跳过
}
