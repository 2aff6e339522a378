//! Word lists for invented company and person names.
//!
//! Everything here is made up; the lists avoid well-known brands so that the
//! demo never looks like it leaks a real customer list.

use rand::Rng;
use rand::seq::IndexedRandom;

pub const INDUSTRIES: [&str; 8] = [
    "Software",
    "Financial Services",
    "Healthcare",
    "Retail",
    "Manufacturing",
    "Media",
    "Logistics",
    "Education",
];

/// The customer-success managers who own the portfolio.
pub const CSMS: [&str; 8] = [
    "Maya Chen",
    "Jonas Becker",
    "Priya Raman",
    "Lucas Moreau",
    "Aisha Okafor",
    "Daniel Kim",
    "Sofia Álvarez",
    "Tomás Novak",
];

const PREFIXES: [&str; 64] = [
    "Aurora",
    "Beacon",
    "Cedar",
    "Cobalt",
    "Driftwood",
    "Ember",
    "Fjord",
    "Granite",
    "Harbor",
    "Ironbark",
    "Juniper",
    "Kestrel",
    "Larkspur",
    "Lumen",
    "Marigold",
    "Meridian",
    "Nimbus",
    "Oakridge",
    "Orchard",
    "Pinecrest",
    "Polaris",
    "Quarry",
    "Redwood",
    "Saffron",
    "Silverline",
    "Tidewater",
    "Umber",
    "Vantage",
    "Willow",
    "Zephyr",
    "Bluepeak",
    "Copperleaf",
    "Evergreen",
    "Foxglove",
    "Goldfinch",
    "Highmark",
    "Indigo",
    "Keystone",
    "Lakeshore",
    "Mistral",
    "Northgate",
    "Opaline",
    "Pebblebrook",
    "Quartzline",
    "Riverbend",
    "Stonebridge",
    "Thistle",
    "Upland",
    "Verdant",
    "Westbrook",
    "Yellowpine",
    "Alder",
    "Birchwood",
    "Crescent",
    "Dovetail",
    "Elmstead",
    "Fernhill",
    "Glacier",
    "Hollowell",
    "Ivywood",
    "Jasper",
    "Kingfisher",
    "Lodestar",
    "Moorland",
];

fn industry_suffixes(industry: &str) -> &'static [&'static str] {
    match industry {
        "Software" => &["Labs", "Systems", "Software", "Cloud", "Digital"],
        "Financial Services" => &["Capital", "Bank", "Insurance", "Payments", "Wealth"],
        "Healthcare" => &["Health", "Clinics", "Medical", "Care", "Diagnostics"],
        "Retail" => &["Retail", "Goods", "Outfitters", "Market", "Stores"],
        "Manufacturing" => &[
            "Works",
            "Industries",
            "Fabrication",
            "Components",
            "Plastics",
        ],
        "Media" => &["Media", "Studios", "Publishing", "Broadcast", "Press"],
        "Logistics" => &["Freight", "Logistics", "Shipping", "Transport", "Cargo"],
        _ => &["Academy", "Learning", "Institute", "Education", "Schools"],
    }
}

fn legal_suffix<R: Rng>(rng: &mut R, region: &str) -> &'static str {
    let opts: &[&str] = match region {
        "NA" => &["Inc.", "Inc.", "LLC", "Corp.", ""],
        "EMEA" => &["Ltd", "GmbH", "AG", "SA", "BV", ""],
        "APAC" => &["Pty Ltd", "Pte Ltd", "K.K.", "Ltd", ""],
        _ => &["S.A.", "Ltda", "S.A. de C.V.", ""],
    };
    opts.choose(rng).copied().unwrap_or("")
}

/// Names with non-ASCII characters (and one with an ampersand), handed out to a
/// few accounts so that every file exercises UTF-8 and CSV quoting.
pub const SPECIAL_COMPANIES: [(&str, &str, &str); 8] = [
    ("Zürich Analytics AG", "Financial Services", "EMEA"),
    ("Nordlicht Daten GmbH", "Software", "EMEA"),
    ("Société Lumière SA", "Media", "EMEA"),
    ("São Paulo Logística Ltda", "Logistics", "LATAM"),
    ("Malmö Byggservice AB", "Manufacturing", "EMEA"),
    ("Müller & Söhne Fertigung", "Manufacturing", "EMEA"),
    ("Kōyō Learning K.K.", "Education", "APAC"),
    ("Café Órbita, S.A.", "Retail", "LATAM"),
];

/// An invented company name for an industry and region.
pub fn company<R: Rng>(rng: &mut R, industry: &str, region: &str) -> String {
    let prefix = PREFIXES.choose(rng).copied().unwrap_or("Acme");
    let suffix = industry_suffixes(industry)
        .choose(rng)
        .copied()
        .unwrap_or("Group");
    let legal = legal_suffix(rng, region);
    if legal.is_empty() {
        format!("{prefix} {suffix}")
    } else {
        format!("{prefix} {suffix} {legal}")
    }
}

const FIRST: [&str; 60] = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jamal",
    "Kira",
    "Liam",
    "Mei",
    "Noah",
    "Olivia",
    "Pedro",
    "Quinn",
    "Rosa",
    "Samir",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
    "José",
    "Björn",
    "Łukasz",
    "Søren",
    "Chloé",
    "Aiko",
    "Mateo",
    "Nadia",
    "Oskar",
    "Priyanka",
    "Rafael",
    "Sakura",
    "Tobias",
    "Valentina",
    "Amara",
    "Emeka",
    "Fatima",
    "Hannah",
    "Ivan",
    "Julia",
    "Kenji",
    "Lucía",
    "Marek",
    "Nora",
    "Omar",
    "Paula",
    "Rahul",
    "Sven",
    "Thandiwe",
    "Ugo",
    "Vera",
    "Wiktor",
    "Yara",
    "Ethan",
];

const LAST: [&str; 60] = [
    "Schmidt",
    "Okoye",
    "Tanaka",
    "García",
    "Nguyen",
    "Kowalski",
    "Johansson",
    "Rossi",
    "Dubois",
    "Patel",
    "Silva",
    "Müller",
    "O'Brien",
    "Kim",
    "Haddad",
    "Andersen",
    "Novák",
    "Ferreira",
    "Ivanova",
    "Mensah",
    "Laurent",
    "Yamamoto",
    "Costa",
    "Fischer",
    "Brennan",
    "Castillo",
    "Lindqvist",
    "Moreno",
    "Sato",
    "Walker",
    "Adeyemi",
    "Bauer",
    "Chowdhury",
    "Díaz",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Hoffmann",
    "Ishikawa",
    "Jensen",
    "Kaur",
    "López",
    "Martins",
    "Nakamura",
    "Olsen",
    "Petrov",
    "Ramírez",
    "Svensson",
    "Torres",
    "Weber",
    "Zhang",
    "Alvarez",
    "Becker",
    "Cruz",
    "Dahl",
    "Evans",
    "Fuchs",
    "Gómez",
    "Horvath",
    "Ito",
];

/// An invented person name.
pub fn person<R: Rng>(rng: &mut R) -> String {
    let f = FIRST.choose(rng).copied().unwrap_or("Alex");
    let l = LAST.choose(rng).copied().unwrap_or("Smith");
    format!("{f} {l}")
}

/// Lower-case ASCII fold of a name, keeping letters and digits only, with `sep`
/// between words (for e-mail local parts and domains).
pub fn ascii_slug(s: &str, sep: &str) -> String {
    let mut out = String::new();
    let mut pending_sep = false;
    for ch in s.chars() {
        let folded: &str = match ch {
            'ä' | 'Ä' => "ae",
            'ö' | 'Ö' => "oe",
            'ü' | 'Ü' => "ue",
            'ß' => "ss",
            'ø' | 'Ø' => "o",
            'æ' | 'Æ' => "ae",
            'ł' | 'Ł' => "l",
            'å' | 'à' | 'á' | 'â' | 'ã' | 'Á' | 'À' | 'Å' | 'Â' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'É' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' | 'õ' | 'ō' | 'Ó' | 'Ō' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ç' | 'Ç' => "c",
            'œ' | 'Œ' => "oe",
            'È' | 'Ê' | 'Ë' => "e",
            'Î' | 'Ï' => "i",
            'Ô' => "o",
            'Û' | 'Ù' => "u",
            'ñ' => "n",
            'č' | 'ć' => "c",
            _ => "",
        };
        if !folded.is_empty() {
            if pending_sep && !out.is_empty() {
                out.push_str(sep);
            }
            pending_sep = false;
            out.push_str(folded);
        } else if ch.is_ascii_alphanumeric() {
            if pending_sep && !out.is_empty() {
                out.push_str(sep);
            }
            pending_sep = false;
            out.push(ch.to_ascii_lowercase());
        } else if ch == ' ' || ch == '-' {
            pending_sep = true;
        }
    }
    out
}

/// Legal forms left out of web domains.
const LEGAL: [&str; 18] = [
    "Inc.", "LLC", "Corp.", "Ltd", "GmbH", "AG", "SA", "BV", "Pty", "Pte", "K.K.", "S.A.", "Ltda",
    "AB", "SAS", "SARL", "Sàrl", "SRL",
];

/// The web-domain stem of a company name: its words without the legal form, ASCII-folded.
pub fn company_slug(name: &str, sep: &str) -> String {
    let core: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !LEGAL.contains(w) && !matches!(*w, "de" | "C.V." | "&"))
        .collect();
    ascii_slug(&core.join(" "), sep)
}

/// Company web domain: the name without its legal suffix, plus a regional TLD.
pub fn domain_for(name: &str, region: &str, salt: usize) -> String {
    let slug = company_slug(name, "");
    let tld = match (region, salt % 3) {
        ("NA", _) => "com",
        ("EMEA", 0) => "de",
        ("EMEA", 1) => "eu",
        ("EMEA", _) => "co.uk",
        ("APAC", 0) => "com.au",
        ("APAC", 1) => "sg",
        ("APAC", _) => "jp",
        (_, 0) => "com.br",
        (_, 1) => "mx",
        _ => "com.ar",
    };
    format!("{slug}.{tld}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_unicode() {
        assert_eq!(ascii_slug("Zoë O'Brien", "."), "zoe.obrien");
        assert_eq!(ascii_slug("Łukasz Müller", "."), "lukasz.mueller");
        assert_eq!(
            domain_for("Zürich Analytics AG", "EMEA", 0),
            "zuerichanalytics.de"
        );
        assert_eq!(domain_for("Café Órbita, S.A.", "LATAM", 1), "cafeorbita.mx");
    }
}
