//! Names for the fr demo: a French book billed in EUR with Belgian customers and Swiss ones
//! (French- and German-speaking) billed in CHF. The names use what French data really holds:
//! accents, elisions (d'Études), ampersands (& Fils) and several legal forms.

use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::locale::{CaseText, Named, Place, Pools};
use crate::names;

/// Translations of [`names::INDUSTRIES`], in the same order.
const INDUSTRIES: [&str; 8] = [
    "Logiciel",
    "Services financiers",
    "Santé",
    "Commerce de détail",
    "Industrie",
    "Médias",
    "Logistique",
    "Éducation",
];

const CSMS: [&str; 8] = [
    "Camille Roux",
    "Julien Mercier",
    "Léa Fontaine",
    "Antoine Girard",
    "Chloé Lambert",
    "Mathieu Faure",
    "Inès Benali",
    "Thomas Chevalier",
];

/// Region label, currency, web domain suffix, weight (per cent).
const PLACES: [(&str, &str, &str, u32); 12] = [
    ("Île-de-France", "EUR", "fr", 30),
    ("Auvergne-Rhône-Alpes", "EUR", "fr", 12),
    ("Provence-Alpes-Côte d'Azur", "EUR", "fr", 8),
    ("Nouvelle-Aquitaine", "EUR", "fr", 6),
    ("Occitanie", "EUR", "fr", 6),
    ("Hauts-de-France", "EUR", "fr", 5),
    ("Grand Est", "EUR", "fr", 5),
    ("Bretagne", "EUR", "fr", 4),
    ("Pays de la Loire", "EUR", "fr", 3),
    ("Belgique", "EUR", "be", 4),
    ("Suisse romande", "CHF", "ch", 12),
    ("Suisse alémanique", "CHF", "ch", 5),
];

/// What a company of each industry calls its business (plural trade names work best
/// before a family name: « Boulangeries Dupré »).
fn trades(industry: usize) -> &'static [&'static str] {
    match industry {
        0 => &["Logiciels", "Informatique", "Systèmes", "Numérique", "Solutions"],
        1 => &["Assurances", "Banque", "Finance", "Gestion Privée", "Courtage"],
        2 => &["Clinique", "Laboratoires", "Centre Médical", "Pharmacies", "Imagerie Médicale"],
        3 => &["Boulangeries", "Épiceries Fines", "Hôtellerie", "Distribution", "Magasins"],
        4 => &["Ateliers", "Mécanique", "Fonderie", "Plasturgie", "Industries"],
        5 => &["Éditions", "Presse", "Productions", "Studios", "Imprimerie"],
        6 => &["Transports", "Logistique", "Messageries", "Fret", "Entrepôts"],
        _ => &["Écoles", "Institut", "Formation", "Académie", "Cours"],
    }
}

/// The field in « Société Générale d'Études ».
fn fields(industry: usize) -> &'static [&'static str] {
    match industry {
        0 => &["Études", "Informatique", "Ingénierie", "Systèmes", "Logiciels"],
        1 => &["Assurances", "Crédit", "Gestion", "Investissements", "Banque"],
        2 => &["Santé", "Imagerie", "Analyses Médicales", "Soins", "Biologie"],
        3 => &["Distribution", "Commerce", "Hôtellerie", "Alimentation", "Équipement"],
        4 => &["Mécanique", "Outillage", "Emballage", "Construction", "Électronique"],
        5 => &["Édition", "Presse", "Communication", "Production", "Diffusion"],
        6 => &["Transports", "Affrètement", "Entreposage", "Messagerie", "Manutention"],
        _ => &["Enseignement", "Formation", "Éducation", "Langues", "Apprentissage"],
    }
}

const SOCIETY_ADJ: [&str; 12] = [
    "Générale", "Nouvelle", "Lyonnaise", "Bretonne", "Parisienne", "Normande", "Savoyarde",
    "Alsacienne", "Provençale", "Atlantique", "Méridionale", "Dauphinoise",
];

const FRENCH_PLACES: [&str; 16] = [
    "du Rhône", "de Provence", "des Alpes", "de l'Atlantique", "du Val de Loire", "d'Armor",
    "Côte d'Azur", "du Nord", "de Gascogne", "des Vosges", "de Champagne", "du Périgord",
    "de Sologne", "d'Aquitaine", "de l'Estérel", "du Vexin",
];
const BELGIAN_PLACES: [&str; 5] = ["de Wallonie", "du Brabant", "de Liège", "des Ardennes", "de Namur"];
const ROMAND_PLACES: [&str; 6] = ["du Léman", "de Lavaux", "du Jura", "de la Broye", "du Chablais", "des Trois-Lacs"];
const ROMAND_ADJ: [&str; 5] = ["Vaudoise", "Genevoise", "Neuchâteloise", "Valaisanne", "Fribourgeoise"];

/// German-Swiss companies: « Zürcher Treuhand AG ».
const ALEMANNIC_ADJ: [&str; 7] = ["Zürcher", "Berner", "Basler", "Luzerner", "St. Galler", "Winterthurer", "Zuger"];
fn alemannic_trades(industry: usize) -> &'static [&'static str] {
    match industry {
        0 => &["Software", "Informatik", "Datensysteme"],
        1 => &["Treuhand", "Privatbank", "Versicherungen"],
        2 => &["Medizintechnik", "Klinik", "Laborgruppe"],
        3 => &["Warenhaus", "Handel", "Bäckerei"],
        4 => &["Präzisionstechnik", "Maschinenbau", "Metallwerke"],
        5 => &["Verlag", "Medien", "Druckerei"],
        6 => &["Logistik", "Spedition", "Transporte"],
        _ => &["Bildung", "Akademie", "Schulen"],
    }
}

/// Name, domain stem, industry (index into [`INDUSTRIES`]) and place (index into [`PLACES`])
/// of a few fixed customers.
const SPECIALS: [(&str, &str, usize, usize); 5] = [
    ("Société Générale d'Études", "sge-etudes", 0, 0),
    ("Hôtellerie Côte d'Azur", "hotellerie-cotedazur", 3, 2),
    ("Boulangeries Dupré & Fils", "boulangeries-dupre", 3, 1),
    ("Horlogerie Favre & Cie SA", "favre-horlogerie", 4, 10),
    ("L'Œil du Léman Sàrl", "oeil-du-leman", 5, 10),
];

const FIRST: [&str; 48] = [
    "Camille", "Julien", "Léa", "Antoine", "Chloé", "Mathieu", "Inès", "Thomas", "Hélène",
    "François", "Élodie", "Jérôme", "Anaïs", "Loïc", "Gaëlle", "Zoé", "Benoît", "Céline", "Noémie",
    "Maël", "Amélie", "Grégoire", "Sébastien", "Aurélie", "Clément", "Margaux", "Étienne", "Océane",
    "Raphaël", "Laëtitia", "Cédric", "Mélanie", "Frédéric", "Solène", "Théo", "Manon", "Hugo",
    "Pauline", "Nicolas", "Émilie", "Yannick", "Séverine", "Karim", "Nadia", "Mehdi", "Sarah",
    "Quentin", "Bérénice",
];

const LAST: [&str; 48] = [
    "Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Mercier", "Rousseau", "Leclerc", "Faure",
    "Fontaine", "Chevalier", "Lemaître", "Bérard", "Dupré", "Moreau", "Laurent", "Roux", "Fournier",
    "Morel", "Guérin", "Bonnet", "Lambert", "Perrin", "Gauthier", "Lemoine", "Duval", "Barbier",
    "Brunet", "Hébert", "Ménard", "Deschamps", "Lacroix", "Aubert", "Pelletier", "Caron", "Noël",
    "Joly", "Meyer", "Schmitt", "Favre", "Rochat", "N'Diaye", "Haddad", "Da Silva", "Nguyen",
    "Boucher", "Benali", "Masson",
];

/// « de » before a consonant, « d' » before a vowel or a mute h (d'Études, d'Hôtellerie).
fn de(word: &str) -> String {
    let first = word.chars().next().unwrap_or('x').to_lowercase().next().unwrap_or('x');
    if "aeiouyéèêâîôœh".contains(first) { format!("d'{word}") } else { format!("de {word}") }
}

fn pick<'a>(r: &mut ChaCha8Rng, xs: &[&'a str]) -> &'a str {
    xs.choose(r).copied().unwrap_or("")
}

pub struct Fr;

impl Pools for Fr {
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
        let trade = pick(r, trades(industry));
        let family = pick(r, &LAST);
        let x: f64 = r.random();
        let name = match place.region {
            "Suisse alémanique" => {
                let legal = if r.random_bool(0.7) { "AG" } else { "GmbH" };
                format!("{} {} {legal}", pick(r, &ALEMANNIC_ADJ), pick(r, alemannic_trades(industry)))
            }
            "Suisse romande" if x < 0.4 => format!("{trade} {family} {}", pick(r, &["SA", "Sàrl", "& Cie SA"])),
            "Suisse romande" if x < 0.7 => format!("{trade} {} SA", pick(r, &ROMAND_PLACES)),
            // « Société » agrees with every adjective: « Compagnie Genevoise d'Assurances ».
            "Suisse romande" => {
                let kind = if r.random_bool(0.6) { "Société" } else { "Compagnie" };
                format!("{kind} {} {}", pick(r, &ROMAND_ADJ), de(pick(r, fields(industry))))
            }
            "Belgique" if x < 0.5 => format!("{trade} {family} {}", pick(r, &["SA", "SRL", "& Fils"])),
            "Belgique" => format!("{trade} {}", pick(r, &BELGIAN_PLACES)),
            _ if x < 0.45 => {
                let legal = pick(r, &["", "SA", "SAS", "SARL", "& Fils", "& Cie"]);
                if legal.is_empty() { format!("{trade} {family}") } else { format!("{trade} {family} {legal}") }
            }
            _ if x < 0.75 => {
                let legal = pick(r, &["", "", "SAS", "SA"]);
                let base = format!("{trade} {}", pick(r, &FRENCH_PLACES));
                if legal.is_empty() { base } else { format!("{base} {legal}") }
            }
            _ => {
                let kind = if r.random_bool(0.6) { "Société" } else { "Compagnie" };
                format!("{kind} {} {}", pick(r, &SOCIETY_ADJ), de(pick(r, fields(industry))))
            }
        };
        // « & Fils » and « & Cie » stay out of web domains, like legal forms.
        let slug = names::company_slug(&name.replace("& Fils", "").replace("& Cie", ""), "-");
        Named { name, slug }
    }

    fn person(&self, r: &mut ChaCha8Rng, _place: &Place) -> Named {
        let name = format!("{} {}", pick(r, &FIRST), pick(r, &LAST));
        let slug = names::ascii_slug(&name, ".");
        Named { name, slug }
    }

    fn special(&self, n: usize) -> Option<(Named, usize, usize)> {
        SPECIALS.get(n).map(|&(name, slug, industry, place)| (Named { name: name.into(), slug: slug.into() }, industry, place))
    }

    fn cases(&self) -> CaseText {
        CaseText {
            timely: ("Transports Hélios", "transports-helios"),
            stacking: ("Clairevague Médias", "clairevague-medias"),
            analyst: ("Margaux Lefèvre", "margaux.lefevre"),
            champion: ("Élise Fournier", "elise.fournier"),
            home: 0,
        }
    }
}
