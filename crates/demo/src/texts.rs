//! What customers and CSMs wrote, in each demo locale: NPS comments and milestone titles.
//! Each entry is (English, 简体中文, Français); the generators draw the entry, then take the
//! locale's text, so the draws (and so the rest of the book) do not depend on the locale.
//! Real books are a little multilingual, so each language keeps a comment or two in another.

use crate::Locale;

pub type Text = (&'static str, &'static str, &'static str);

pub fn pick(locale: Locale, t: &Text) -> &'static str {
    match locale {
        Locale::En => t.0,
        Locale::ZhCn => t.1,
        Locale::Fr => t.2,
    }
}

pub const PROMOTER: [Text; 10] = [
    ("Dashboards save our ops team hours every week.", "仪表板每周为我们的运营团队节省好几个小时。", "Les tableaux de bord font gagner des heures chaque semaine à notre équipe d'exploitation."),
    ("Great product, even better support team", "产品很棒，支持团队更棒", "Excellent produit, et un support encore meilleur"),
    ("Setup was quick; the funnel builder is excellent.", "部署很快；漏斗分析功能非常好用。", "Mise en place rapide ; l'outil d'entonnoirs est excellent."),
    ("We rely on it daily — wouldn't go back.", "我们每天都离不开它，再也回不去了。", "On s'en sert tous les jours — impossible de revenir en arrière."),
    ("Our CSM is fantastic, proactive and helpful!", "我们的客户成功经理非常专业，主动又热心！", "Notre CSM est formidable, toujours à l'écoute et force de proposition !"),
    ("Solid, fast, \"just works\".", "稳定、快速，“开箱即用”。", "Solide, rapide, « ça marche, tout simplement »."),
    ("Très bon outil, l'équipe l'adore.", "Great tool, the whole team loves it.", "Great tool, the whole team loves it."),
    ("Alerts caught two incidents before customers noticed.", "预警在客户发现之前就拦下了两次故障。", "Les alertes ont repéré deux incidents avant nos clients."),
    ("Easy to roll out to new teams", "很容易推广到新团队", "Facile à déployer auprès de nouvelles équipes"),
    ("Sehr zuverlässig, gute Berichte.", "非常可靠，报表做得很好。", "Sehr zuverlässig, gute Berichte."),
];

pub const PASSIVE: [Text; 10] = [
    ("Good overall, reporting could be more flexible.", "总体不错，报表可以更灵活一些。", "Bien dans l'ensemble, le reporting pourrait être plus souple."),
    ("Does the job. Pricing is a bit high for us", "能满足需求。价格对我们来说有点高", "Fait le travail. Un peu cher pour nous"),
    ("Fine, but onboarding new users takes time", "还行，但新用户上手需要时间", "Correct, mais la prise en main par les nouveaux utilisateurs prend du temps"),
    ("We use only part of it; not sure about the rest.", "我们只用了其中一部分，其他功能还不确定要不要用。", "Nous n'en utilisons qu'une partie ; pas sûrs pour le reste."),
    ("Useful, though the \"analysis\" tab is confusing.", "有用，不过“分析”页面让人有点摸不着头脑。", "Utile, même si l'onglet « Analyse » est déroutant."),
    ("Performance on large dashboards, could improve", "大型仪表板的性能还有提升空间", "Performances à améliorer sur les gros tableaux de bord"),
    ("Okay. Waiting for the promised integrations", "还可以。在等承诺过的集成功能", "Correct. On attend les intégrations promises"),
    ("Solid tool; documentation is thin in places.", "工具很扎实，但文档有些地方太简略。", "Outil solide ; la documentation est parfois succincte."),
    ("Bien, mais l'export PDF est lent.", "Good, but the PDF export is slow.", "Bien, mais l'export PDF est lent."),
    ("Decent value – support response varies.", "性价比尚可——支持响应时快时慢。", "Bon rapport qualité-prix – la réactivité du support varie."),
];

pub const DETRACTOR: [Text; 10] = [
    ("Too slow, and support takes days to answer.", "太慢了，支持团队要好几天才回复。", "Trop lent, et le support met des jours à répondre."),
    ("We struggle to get value; nobody trained our team", "我们很难用出价值，也没人给团队做过培训", "Nous peinons à en tirer de la valeur ; personne n'a formé notre équipe"),
    ("Lots of features we never use, expensive", "很多功能我们从来不用，还很贵", "Beaucoup de fonctionnalités jamais utilisées, et c'est cher"),
    ("Data was missing for a week, no explanation.", "数据缺了一周，没有任何解释。", "Données manquantes pendant une semaine, sans explication."),
    ("Hard to use. Our analysts went back to spreadsheets", "太难用了。我们的分析师又回去用电子表格了", "Difficile à utiliser. Nos analystes sont revenus aux tableurs"),
    ("Renewal is under review — not convinced.", "续约还在评估中——我们并不信服。", "Renouvellement en cours d'examen — pas convaincus."),
    ("Alerts are noisy, \"false positives\" everywhere", "预警噪音太多，到处是“误报”", "Alertes trop bruyantes, des « faux positifs » partout"),
    ("Die Einrichtung war kompliziert.", "Setup was complicated, too many steps.", "Die Einrichtung war kompliziert."),
    ("Billing errors, twice, still not fixed", "账单出错两次，至今没有解决", "Erreurs de facturation, deux fois, toujours pas corrigées"),
    ("Not what we were sold.", "和销售当初承诺的不一样。", "Ce n'est pas ce qu'on nous avait vendu."),
];

const MILESTONES: [Text; 10] = [
    ("Kick-off and admin setup", "项目启动与管理员配置", "Lancement et configuration des administrateurs"),
    ("First dashboards live", "首批仪表板上线", "Premiers tableaux de bord en production"),
    ("First value event and business review", "首个价值事件与业务回顾", "Premier événement de valeur et revue d'activité"),
    ("Roll out to a second team", "推广到第二个团队", "Déploiement auprès d'une deuxième équipe"),
    ("Renewal review and success plan update", "续约评估与成功计划更新", "Revue de renouvellement et mise à jour du plan de succès"),
    ("Quarterly business review", "季度业务回顾 (QBR)", "Revue trimestrielle (QBR)"),
    ("Onboard the new analyst (remote session)", "新分析师上线培训（远程）", "Intégration de la nouvelle analyste (session à distance)"),
    ("New analyst rebuilds team dashboards", "新分析师重建团队仪表板", "La nouvelle analyste reconstruit les tableaux de bord de l'équipe"),
    ("Training on data collection and analysis", "数据采集与分析培训", "Formation à la collecte et à l'analyse des données"),
    ("First pipeline and saved funnel", "首条数据管道与首个已保存漏斗", "Premier pipeline et premier entonnoir enregistré"),
];

/// A milestone title (written in English in milestones.rs) in `locale`.
pub fn milestone(locale: Locale, english: &'static str) -> &'static str {
    MILESTONES.iter().find(|t| t.0 == english).map_or(english, |t| pick(locale, t))
}
