## 设置界面：应用语言、工作区文件、密钥、健康度评分卡、预警阈值和演示文稿品牌。

ui-settings-title = 设置
ui-settings-loading = 正在加载设置…
ui-settings-choose = 选择…
ui-settings-cancel = 取消
ui-settings-saving = 正在保存…
ui-settings-reset = 恢复默认值

## 语言（按本机保存）
ui-settings-language-title = 语言
ui-settings-language-lead = Waypoint 在这台电脑上使用的语言。演示文稿可在各自的界面中选择其他语言生成。
ui-settings-language-label = 界面语言

## 工作区
ui-settings-workspace-title = 工作区
ui-settings-workspace-lead = 一个加密文件保存全部客户组合和这些设置。
ui-settings-workspace-file = 文件
ui-settings-workspace-size = 大小
ui-settings-workspace-holds = 内容
ui-settings-workspace-file-type = Waypoint 工作区
ui-settings-backup-dialog = 将工作区备份到
ui-settings-restore-dialog = 从备份恢复
ui-settings-backup-to = 备份到
ui-settings-back-up = 备份
ui-settings-backing-up = 正在备份…
ui-settings-backup-hint = 使用同一密钥的加密副本，备份时可继续工作。不会覆盖已有文件。
ui-settings-backup-done = 备份已写入 { $path }（{ $size }）
ui-settings-restore-from = 从备份恢复
ui-settings-restore = 恢复…
ui-settings-restore-confirm-title = 恢复此备份？
ui-settings-restore-confirm-before = 当前打开的工作区将被替换为
ui-settings-restore-confirm-after = 。该备份之后导入或修改的所有内容都将丢失。
ui-settings-restore-passphrase = 备份的密码短语
ui-settings-restore-keyring-hint = 该备份必须是用本工作区当前的钥匙串密钥创建的。
ui-settings-restoring = 正在恢复…
ui-settings-replace-workspace = 替换工作区
ui-settings-restore-done = 工作区已恢复：{ $count } 个客户
ui-settings-restore-failed = 恢复失败：{ $error }

## 安全（工作区密钥的保管方式）
ui-settings-security-title = 安全
ui-settings-security-lead = 文件始终是加密的；这里决定它的密钥保存在哪里。
ui-settings-key-storage = 密钥保管方式：
ui-settings-key-keyring = 系统钥匙串
ui-settings-key-passphrase = 密码短语
ui-settings-key-keyring-hint = 系统钥匙串中的随机密钥会在这台电脑上自动为您解锁工作区。
ui-settings-key-passphrase-hint = 解锁时需输入密码短语。密码短语一旦遗忘，任何人都无法找回。
ui-settings-rekey-new-keyring = 生成新的钥匙串密钥
ui-settings-rekey-to-keyring = 改用系统钥匙串
ui-settings-rekey-change-passphrase = 修改密码短语
ui-settings-rekey-to-passphrase = 改用密码短语
ui-settings-rekey-title-keyring = 将密钥保存在系统钥匙串中
ui-settings-rekey-title-passphrase = 设置新密码短语
ui-settings-rekey-explain-keyring = 整个文件将用新的随机密钥重新加密，该密钥保存在系统钥匙串中。已有备份仍使用创建时的密钥。
ui-settings-rekey-explain-passphrase = 整个文件将用新密钥重新加密。已有备份仍使用创建时的密钥。
ui-settings-rekey-current = 当前密码短语
ui-settings-rekey-new = 新密码短语
ui-settings-rekey-min = 至少 { $count } 个字符。
ui-settings-rekey-repeat = 再次输入
ui-settings-rekey-type-current = 请输入当前密码短语。
ui-settings-rekey-busy = 正在重新加密…
ui-settings-rekey-confirm = 更换密钥
ui-settings-rekey-done-keyring = 工作区密钥现已保存在系统钥匙串中。
ui-settings-rekey-done-passphrase = 工作区现在使用新密码短语打开。
ui-settings-rekey-failed = 无法更换密钥：{ $error }

## 健康度评分卡
ui-settings-scorecard-title = 健康度评分卡
ui-settings-scorecard-lead = 权重是相对的：每个组成项在 0–100 健康度评分中的占比等于其权重除以权重总和。
ui-settings-scorecard-weights = 组成项权重
ui-settings-scorecard-green = 绿色起始分
ui-settings-scorecard-yellow = 黄色起始分
ui-settings-scorecard-red = 低于黄色即为红色。
ui-settings-scorecard-save = 保存评分卡
ui-settings-scorecard-saved = 评分卡已保存：健康度评分将按新设置重新计算。

## 预警阈值
ui-settings-thresholds-title = 预警阈值
ui-settings-thresholds-lead = 客户在什么情况下触发预警。
ui-settings-threshold-hint = { $hint }（{ $range }）
ui-settings-range = { $min }–{ $max } { $unit }
ui-settings-thresholds-save = 保存阈值
ui-settings-thresholds-saved = 预警阈值已保存：预警将按新阈值重新计算。

## 演示文稿品牌
ui-settings-brand-title = 品牌
ui-settings-brand-lead = QBR 和客户组合演示文稿将使用贵公司的名称、颜色和标志。
ui-settings-brand-company = 公司
ui-settings-brand-accent = 强调色
ui-settings-brand-accent-pick = 选择强调色
ui-settings-brand-accent-hint = 标题栏、表头、重点内容
ui-settings-brand-dark = 深色
ui-settings-brand-dark-pick = 选择深色
ui-settings-brand-dark-hint = 标题
ui-settings-brand-logo = 标志（PNG）
ui-settings-brand-logo-hint = 图片会复制到工作区中，随备份一起保存。最大 { $size }。
ui-settings-brand-remove-logo = 移除当前标志
ui-settings-brand-preview = 演示文稿预览
ui-settings-brand-preview-sub = 季度业务回顾
ui-settings-brand-logo-size = 标志：{ $width } × { $height } 像素，{ $size }
ui-settings-brand-no-logo = 无标志
ui-settings-brand-save = 保存品牌设置
ui-settings-brand-saved = 品牌设置已保存：此后生成的演示文稿将使用它。

## 输入校验
ui-settings-error-number = 请输入数字。
ui-settings-error-band = 请使用 0 到 100 之间的整数。
ui-settings-error-weight-negative = 请使用 0 或更大的数。
ui-settings-error-weights-zero = 至少要有一个权重大于 0。
ui-settings-error-green-above-yellow = 必须高于黄色阈值（{ $yellow }）。
ui-settings-error-range = 请使用 { $range }。
ui-settings-error-whole = 请使用整数。
ui-settings-error-company = 请输入公司名称。
ui-settings-error-company-long = 最多 { $max } 个字符。
ui-settings-error-colour = 请使用 #RRGGBB 格式的颜色，例如 { $example }。
