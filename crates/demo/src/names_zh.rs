//! Names for the zh-CN demo: a mainland-Chinese book billed mostly in CNY, with overseas
//! subsidiaries (Japanese, Korean and English names) billed in USD or EUR, the way a Chinese
//! vendor's book looks. Every Chinese word carries its pinyin so that web domains and e-mail
//! addresses stay ASCII, as real ones are.

use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::locale::{CaseText, Named, Place, Pools};
use crate::names;

/// Translations of [`names::INDUSTRIES`], in the same order.
const INDUSTRIES: [&str; 8] = ["软件", "金融服务", "医疗健康", "零售", "制造业", "传媒", "物流", "教育"];

const CSMS: [&str; 8] = ["周婷", "林浩然", "赵雪", "孙立伟", "郭佳怡", "何俊", "马晓东", "高敏"];

/// Region label, currency, web domain suffix, weight (per cent).
const PLACES: [(&str, &str, &str, u32); 12] = [
    ("华东", "CNY", "com.cn", 25),
    ("华北", "CNY", "com.cn", 17),
    ("华南", "CNY", "com.cn", 17),
    ("华中", "CNY", "com.cn", 9),
    ("西南", "CNY", "com.cn", 7),
    ("西北", "CNY", "com.cn", 3),
    ("东北", "CNY", "com.cn", 3),
    ("日本", "USD", "co.jp", 3),
    ("韩国", "USD", "co.kr", 3),
    ("东南亚", "USD", "sg", 3),
    ("北美", "USD", "com", 4),
    ("欧洲", "EUR", "eu", 6),
];

/// Cities in which domestic companies are often registered (the name then starts with it).
fn cities(region: &str) -> &'static [&'static str] {
    match region {
        "华东" => &["上海", "杭州", "南京", "苏州", "宁波", "合肥"],
        "华北" => &["北京", "天津", "石家庄", "太原"],
        "华南" => &["深圳", "广州", "厦门", "东莞"],
        "华中" => &["武汉", "长沙", "郑州"],
        "西南" => &["成都", "重庆", "昆明"],
        "西北" => &["西安", "兰州"],
        _ => &["沈阳", "大连", "哈尔滨"],
    }
}

/// Invented brand names (two characters, as most Chinese company names have) with pinyin.
const BRANDS: [(&str, &str); 48] = [
    ("星河", "xinghe"),
    ("华信", "huaxin"),
    ("远航", "yuanhang"),
    ("博远", "boyuan"),
    ("恒通", "hengtong"),
    ("瑞丰", "ruifeng"),
    ("天诚", "tiancheng"),
    ("金桥", "jinqiao"),
    ("云帆", "yunfan"),
    ("鼎盛", "dingsheng"),
    ("明德", "mingde"),
    ("润泽", "runze"),
    ("汇通", "huitong"),
    ("宏图", "hongtu"),
    ("锦程", "jincheng"),
    ("新程", "xincheng"),
    ("致远", "zhiyuan"),
    ("启明", "qiming"),
    ("青松", "qingsong"),
    ("蓝海", "lanhai"),
    ("海纳", "haina"),
    ("银杉", "yinshan"),
    ("长风", "changfeng"),
    ("盛达", "shengda"),
    ("凯晟", "kaisheng"),
    ("九州", "jiuzhou"),
    ("泰和", "taihe"),
    ("同创", "tongchuang"),
    ("众合", "zhonghe"),
    ("德润", "derun"),
    ("天禾", "tianhe"),
    ("翰林", "hanlin"),
    ("朗润", "langrun"),
    ("智谷", "zhigu"),
    ("卓越", "zhuoyue"),
    ("锐思", "ruisi"),
    ("灵犀", "lingxi"),
    ("浩源", "haoyuan"),
    ("凌云", "lingyun"),
    ("昊天", "haotian"),
    ("晨曦", "chenxi"),
    ("星辰", "xingchen"),
    ("澜舟", "lanzhou"),
    ("秋实", "qiushi"),
    ("知行", "zhixing"),
    ("鸿基", "hongji"),
    ("瀚海", "hanhai"),
    ("和光", "heguang"),
];

/// What a company of each industry calls its business, with pinyin.
fn trades(industry: usize) -> &'static [(&'static str, &'static str)] {
    match industry {
        0 => &[("数据科技", "shujukeji"), ("软件", "ruanjian"), ("信息技术", "xinxijishu"), ("云计算", "yunjisuan"), ("智能科技", "zhinengkeji")],
        1 => &[("资本", "ziben"), ("金融服务", "jinrong"), ("保险经纪", "baoxian"), ("支付", "zhifu"), ("财富管理", "caifu")],
        2 => &[("医疗", "yiliao"), ("健康科技", "jiankang"), ("医药", "yiyao"), ("生物科技", "shengwu"), ("医学检验", "jianyan")],
        3 => &[("商贸", "shangmao"), ("百货", "baihuo"), ("电子商务", "dianshang"), ("连锁超市", "chaoshi"), ("零售", "lingshou")],
        4 => &[("精密制造", "jingmi"), ("机械", "jixie"), ("新材料", "xincailiao"), ("电子", "dianzi"), ("汽车零部件", "qipei")],
        5 => &[("传媒", "chuanmei"), ("文化传播", "wenhua"), ("影视", "yingshi"), ("出版", "chuban"), ("数字媒体", "shuzimeiti")],
        6 => &[("物流", "wuliu"), ("供应链", "gongyinglian"), ("货运", "huoyun"), ("快运", "kuaiyun"), ("仓储", "cangchu")],
        _ => &[("教育科技", "jiaoyu"), ("职业培训", "peixun"), ("在线教育", "zaixian"), ("文教", "wenjiao"), ("学习科技", "xuexi")],
    }
}

/// Japanese-named customers (subsidiaries in Japan): name, romanized domain, industry.
const JAPANESE: [(&str, &str, usize); 10] = [
    ("みなと精機株式会社", "minato-seiki", 4),
    ("株式会社アオバ情報システム", "aoba-is", 0),
    ("北斗メディア株式会社", "hokuto-media", 5),
    ("ひかり医療株式会社", "hikari-iryo", 2),
    ("株式会社さくら物流", "sakura-butsuryu", 6),
    ("青葉ファイナンス株式会社", "aoba-finance", 1),
    ("株式会社みらい教育", "mirai-kyoiku", 7),
    ("朝凪データ株式会社", "asanagi-data", 0),
    ("株式会社ことのは出版", "kotonoha-shuppan", 5),
    ("しらさぎ商事株式会社", "shirasagi-shoji", 3),
];

/// Korean-named customers (subsidiaries in Korea): name, romanized domain, industry.
const KOREAN: [(&str, &str, usize); 9] = [
    ("한빛데이터 주식회사", "hanbit-data", 0),
    ("주식회사 누리물류", "nuri-logis", 6),
    ("세움헬스케어 주식회사", "seum-healthcare", 2),
    ("푸른소프트 주식회사", "pureun-soft", 0),
    ("다온미디어 주식회사", "daon-media", 5),
    ("주식회사 미래교육", "mirae-edu", 7),
    ("가온정밀 주식회사", "gaon-precision", 4),
    ("주식회사 새길금융", "saegil-finance", 1),
    ("늘봄리테일 주식회사", "neulbom-retail", 3),
];

/// One of the foreign-named customers of the industry, if the list has one.
fn local_name(r: &mut ChaCha8Rng, list: &[(&'static str, &'static str, usize)], industry: usize) -> Option<Named> {
    let fits: Vec<_> = list.iter().filter(|x| x.2 == industry).collect();
    fits.choose(r).map(|&&(name, slug, _)| Named { name: name.into(), slug: slug.into() })
}

/// Name, domain stem, industry (index into [`INDUSTRIES`]) and place (index into [`PLACES`])
/// of a few fixed customers.
const SPECIALS: [(&str, &str, usize, usize); 5] = [
    ("星河数据科技有限公司", "xinghe-data", 0, 0),
    ("华信物流集团", "huaxin-logistics", 6, 1),
    ("みなと精機株式会社", "minato-seiki", 4, 7),
    ("Silk Road Analytics Pte. Ltd.", "silkroad-analytics", 0, 9),
    ("한빛데이터 주식회사", "hanbit-data", 0, 8),
];

const FAMILY: [(&str, &str); 42] = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
    ("罗", "luo"), ("高", "gao"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("萧", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"),
    ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("欧阳", "ouyang"), ("上官", "shangguan"),
];

const GIVEN: [(&str, &str); 50] = [
    ("芳", "fang"), ("伟", "wei"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("洋", "yang"), ("艳", "yan"), ("勇", "yong"), ("军", "jun"), ("杰", "jie"),
    ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("霞", "xia"),
    ("平", "ping"), ("刚", "gang"), ("桂英", "guiying"), ("建华", "jianhua"), ("晓东", "xiaodong"),
    ("文博", "wenbo"), ("子涵", "zihan"), ("欣怡", "xinyi"), ("浩然", "haoran"), ("雨桐", "yutong"),
    ("思远", "siyuan"), ("佳琪", "jiaqi"), ("俊杰", "junjie"), ("婷", "ting"), ("宇航", "yuhang"),
    ("梓萱", "zixuan"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晨", "chen"), ("雪", "xue"),
    ("鹏", "peng"), ("琳", "lin"), ("博", "bo"), ("凯", "kai"), ("颖", "ying"), ("斌", "bin"),
    ("倩", "qian"), ("晓明", "xiaoming"), ("嘉怡", "jiayi"), ("一鸣", "yiming"), ("诗涵", "shihan"),
    ("天宇", "tianyu"),
];

const JP_FAMILY: [(&str, &str); 10] = [
    ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"),
    ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"), ("加藤", "kato"),
];
const JP_GIVEN: [(&str, &str); 10] = [
    ("健太", "kenta"), ("陽菜", "hina"), ("翔", "sho"), ("美咲", "misaki"), ("大輔", "daisuke"),
    ("結衣", "yui"), ("拓也", "takuya"), ("さくら", "sakura"), ("直樹", "naoki"), ("愛", "ai"),
];
const KR_FAMILY: [(&str, &str); 10] = [
    ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
    ("강", "kang"), ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"),
];
const KR_GIVEN: [(&str, &str); 10] = [
    ("민준", "minjun"), ("서연", "seoyeon"), ("지호", "jiho"), ("하은", "haeun"), ("도윤", "doyun"),
    ("수빈", "subin"), ("현우", "hyunwoo"), ("지민", "jimin"), ("예준", "yejun"), ("유나", "yuna"),
];

/// Family name first, no space, as Chinese, Japanese and Korean names are written.
fn east_asian(r: &mut ChaCha8Rng, family: &[(&str, &str)], given: &[(&str, &str)]) -> Named {
    let f = family.choose(r).copied().unwrap_or(("王", "wang"));
    let g = given.choose(r).copied().unwrap_or(("芳", "fang"));
    Named { name: format!("{}{}", f.0, g.0), slug: format!("{}.{}", f.1, g.1) }
}

/// A Chinese brand and trade, e.g. 星河数据科技, and its pinyin.
fn brand_trade(r: &mut ChaCha8Rng, industry: usize) -> (String, String) {
    let b = BRANDS.choose(r).copied().unwrap_or(BRANDS[0]);
    let t = trades(industry).choose(r).copied().unwrap_or(("科技", "keji"));
    (format!("{}{}", b.0, t.0), format!("{}{}", b.1, t.1))
}

fn english(r: &mut ChaCha8Rng, industry: usize, region: &str) -> Named {
    let name = names::company(r, names::INDUSTRIES[industry], region);
    let slug = names::company_slug(&name, "");
    Named { name, slug }
}

pub struct ZhCn;

impl Pools for ZhCn {
    fn industries(&self) -> &'static [&'static str; 8] {
        &INDUSTRIES
    }

    fn csms(&self) -> &'static [&'static str; 8] {
        &CSMS
    }

    fn places(&self) -> &'static [(&'static str, &'static str, &'static str, u32)] {
        &PLACES
    }

    fn company(&self, r: &mut ChaCha8Rng, industry: usize, place: &Place) -> Named {
        let (bt, slug) = brand_trade(r, industry);
        let x: f64 = r.random();
        let subsidiary = |suffix: &str| Named { name: format!("{bt}{suffix}"), slug: slug.clone() };
        match place.region {
            "日本" if x < 0.6 => local_name(r, &JAPANESE, industry).unwrap_or_else(|| subsidiary("（日本）株式会社")),
            "日本" => subsidiary("（日本）株式会社"),
            "韩国" if x < 0.6 => local_name(r, &KOREAN, industry).unwrap_or_else(|| subsidiary("（韩国）有限公司")),
            "韩国" => subsidiary("（韩国）有限公司"),
            "东南亚" if x < 0.5 => subsidiary("（新加坡）私人有限公司"),
            "东南亚" => english(r, industry, "APAC"),
            "北美" if x < 0.5 => subsidiary("（美国）有限公司"),
            "北美" => english(r, industry, "NA"),
            "欧洲" if x < 0.5 => subsidiary("（欧洲）有限公司"),
            "欧洲" => english(r, industry, "EMEA"),
            region => {
                let legal = match r.random::<f64>() {
                    y if y < 0.55 => "有限公司",
                    y if y < 0.75 => "股份有限公司",
                    y if y < 0.9 => "集团",
                    _ => "集团有限公司",
                };
                let city = if r.random_bool(0.3) { cities(region).choose(r).copied().unwrap_or("") } else { "" };
                Named { name: format!("{city}{bt}{legal}"), slug }
            }
        }
    }

    fn person(&self, r: &mut ChaCha8Rng, place: &Place) -> Named {
        let x: f64 = r.random();
        match place.region {
            "日本" if x < 0.7 => east_asian(r, &JP_FAMILY, &JP_GIVEN),
            "韩国" if x < 0.7 => east_asian(r, &KR_FAMILY, &KR_GIVEN),
            "北美" | "欧洲" if x < 0.5 => {
                let name = names::person(r);
                let slug = names::ascii_slug(&name, ".");
                Named { name, slug }
            }
            _ => east_asian(r, &FAMILY, &GIVEN),
        }
    }

    fn special(&self, n: usize) -> Option<(Named, usize, usize)> {
        SPECIALS.get(n).map(|&(name, slug, industry, place)| (Named { name: name.into(), slug: slug.into() }, industry, place))
    }

    fn cases(&self) -> CaseText {
        CaseText {
            timely: ("曦光货运", "xiguang-freight"),
            stacking: ("明浪传媒", "minglang-media"),
            analyst: ("陈静", "chen.jing"),
            champion: ("刘洋", "liu.yang"),
            home: 0,
        }
    }
}
