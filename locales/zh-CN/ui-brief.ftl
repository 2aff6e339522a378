## 价值简报界面（售前）：潜在客户画像、客户组合中的可比客户及其成果，并将简报保存为 PPTX 或 PDF。

ui-brief-title = 价值简报
ui-brief-lead = 与潜在客户相似的客户取得了哪些成果：数据来自您自己的客户组合，且不透露任何客户名称。
ui-brief-options-error = 无法加载表单：{ $error }
ui-brief-retry = 重试
ui-brief-loading = 正在加载…
ui-brief-customers = { $count } 个客户
ui-brief-days = { $count } 天
ui-brief-years = { $count } 年

## 潜在客户画像
ui-brief-profile = 潜在客户画像
ui-brief-prospect = 潜在客户
ui-brief-name = 名称
ui-brief-name-placeholder = 北风物流
ui-brief-industry = 行业
ui-brief-any-industry = 任意行业
ui-brief-employees = 员工人数
ui-brief-company-size = 公司规模
ui-brief-size-hint = 与规模在其一半到两倍之间的客户比较。
ui-brief-region = 地区
ui-brief-any-region = 任意地区
ui-brief-modules = 感兴趣的模块
ui-brief-no-modules = 工作区还没有模块目录。
ui-brief-seats = 席位数
ui-brief-mrr = 预期 MRR
ui-brief-mrr-currency = 预期 MRR（{ $currency }）
ui-brief-compared = 与 { $count } 个现有及已流失客户比较，数据截至 { $date }。

## 导出
ui-brief-export = 导出
ui-brief-language = 简报语言
ui-brief-save-to = 保存到
ui-brief-choose = 选择…
# The default file name: <prospect>-价值简报.pdf, in the brief's language.
ui-brief-file-suffix = 价值简报
ui-brief-file-prospect = 潜在客户
ui-brief-save-dialog = 将价值简报另存为
ui-brief-file-type = 价值简报
ui-brief-hint-name = 请先填写潜在客户名称：简报以它为标题。
ui-brief-hint-not-enough = 可比客户不足，无法生成简报。
ui-brief-hint-path = 文件的完整路径；点击的按钮决定保存为 .pptx 还是 .pdf。~ 表示您的主文件夹。
ui-brief-saving = 正在保存…
ui-brief-save-pptx = 保存 PPTX
ui-brief-save-pdf = 保存 PDF
ui-brief-saved = 已保存
ui-brief-saved-detail = （{ $size }，{ $slides } 页）
ui-brief-saved-toast = 价值简报已保存到 { $path }

## 依据
ui-brief-evidence-title = 可比客户
ui-brief-updating = 正在更新…
ui-brief-finding = 正在查找可比客户…
ui-brief-evidence-error = 无法读取依据：{ $error }
ui-brief-comparable = { $count ->
   *[other] 个可比客户
}
ui-brief-current-former = （现有 { $active } 个，已流失 { $former } 个）
ui-brief-not-enough = 依据不足
ui-brief-not-enough-count = 可比客户不足（{ $count } < { $min }）。
ui-brief-not-enough-hint = 至少需要 { $min } 个可比客户才能保存简报。
ui-brief-widened = 已放宽
ui-brief-unknown-modules = 不在目录中，已忽略：{ $modules }
ui-brief-matched = 匹配方式
ui-brief-points = （{ $count } 分）
ui-brief-no-criteria = 未设置条件：与整体最相似的客户比较。
ui-brief-headline = 关键数据
ui-brief-kpi-all = 全部客户：{ $value }
ui-brief-kpi-ttv = 首次实现价值的天数中位数
ui-brief-kpi-from = 基于 { $count } 个客户
ui-brief-kpi-within-90 = 90 天内实现价值
ui-brief-kpi-retained-12 = 12 个月后仍为客户
ui-brief-kpi-retained-24 = 24 个月后仍为客户
ui-brief-kpi-lifetime = 预期客户生命周期
ui-brief-kpi-lifetime-hint = 折现，sBG 模型
ui-brief-kpi-ltv = 预期客户终身价值（LTV）
ui-brief-kpi-ltv-add-mrr = 请填写预期 MRR
ui-brief-kpi-ltv-annual = 按每年 { $value } 计
ui-brief-kpi-breadth = 使用广度中位数
ui-brief-kpi-breadth-hint = 已使用模块 / 已授权模块
ui-brief-kpi-stickiness = 粘性（日活/月活）中位数
ui-brief-kpi-depth = 使用深度中位数
ui-brief-kpi-depth-hint = 完成价值事件的活跃用户
ui-brief-kpi-health = 健康度评分中位数
ui-brief-kpi-health-hint = 满分 100
ui-brief-no-lifetime = 无法估算生命周期：{ $note }
ui-brief-adoption = 各模块的采用速度
ui-brief-adoption-empty = 选择感兴趣的模块，查看可比客户采用它们的速度。
ui-brief-col-module = 模块
ui-brief-col-used-by = 使用客户
ui-brief-col-first-use = 首次使用用时中位数
ui-brief-adopted-of = { $adopted } / { $total }
ui-brief-too-few-used = 使用的客户少于 { $min } 个
ui-brief-plan = 他们遵循的 30/60/90 天计划
ui-brief-plan-day = 第 { $day } 天
ui-brief-plan-done = （{ $had } 个中完成 { $done } 个）
ui-brief-slides = 幻灯片
ui-brief-slide-title = 标题：{ $name }
ui-brief-slide-title-placeholder = 潜在客户名称
ui-brief-anonymous = 不透露任何客户名称：每个数字至少汇总 { $min } 个客户。数据截至 { $date }。
ui-brief-fill-in = 填写画像以查找可比客户。
