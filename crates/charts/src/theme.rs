//! Colours. Series use the Okabe–Ito palette (Okabe & Ito 2008), chosen because its eight
//! colours stay distinguishable under the common colour-vision deficiencies; beyond eight
//! series the palette repeats with a lighter tint, so 40 modules still get stable, distinct
//! enough colours. A module keeps its colour everywhere because the colour comes from the
//! module's position in the catalogue, not from its rank in one chart.

use plotters::style::RGBColor;

const OKABE_ITO: [RGBColor; 8] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(240, 228, 66),  // yellow
    RGBColor(120, 120, 120), // grey (in place of black, which would read as text)
];

/// Status colours, from the same palette so they stay apart for colour-blind readers: good
/// (bluish green), caution (yellow), bad (vermillion). Health bands, NPS classes and
/// milestone states all use these.
pub const GOOD: RGBColor = OKABE_ITO[2];
pub const CAUTION: RGBColor = OKABE_ITO[6];
pub const BAD: RGBColor = OKABE_ITO[5];
/// The two sides of a success plan.
pub const CUSTOMER: RGBColor = OKABE_ITO[0];
pub const VENDOR: RGBColor = OKABE_ITO[1];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn background(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(255, 255, 255),
            Theme::Dark => RGBColor(24, 26, 31),
        }
    }

    pub fn text(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(33, 37, 41),
            Theme::Dark => RGBColor(230, 232, 235),
        }
    }

    /// Secondary text: subtitles, axis labels.
    pub fn muted(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(100, 106, 115),
            Theme::Dark => RGBColor(160, 166, 175),
        }
    }

    /// The caution colour as drawn on this background: Okabe–Ito yellow has too little
    /// contrast on white (about 1.2:1), so the light theme uses a dark goldenrod (3.3:1).
    pub fn caution(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(184, 134, 11),
            Theme::Dark => CAUTION,
        }
    }

    pub fn grid(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(226, 229, 233),
            Theme::Dark => RGBColor(55, 59, 67),
        }
    }
}

/// Colour of series `index` (a module's catalogue position, a segment's rank...).
pub fn series(index: usize) -> RGBColor {
    let base = OKABE_ITO[index % OKABE_ITO.len()];
    let round = (index / OKABE_ITO.len()) as f64;
    if round == 0.0 {
        return base;
    }
    // Later rounds mix towards white: 35% for the second round, 55% for the third...
    let t = (1.0 - 0.65f64.powf(round)).min(0.8);
    let mix = |c: u8| (c as f64 + (255.0 - c as f64) * t).round() as u8;
    RGBColor(mix(base.0), mix(base.1), mix(base.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_eight_are_okabe_ito_and_later_ones_are_lighter_but_distinct() {
        assert_eq!(series(0), RGBColor(0, 114, 178));
        assert_eq!(series(7), RGBColor(120, 120, 120));
        let (a, b) = (series(0), series(8));
        assert!(b.0 > a.0 && b.1 > a.1 && b.2 > a.2, "{b:?} lighter than {a:?}");
        let all: Vec<RGBColor> = (0..40).map(series).collect();
        for i in 0..40 {
            for j in i + 1..40 {
                assert_ne!(all[i], all[j], "series {i} and {j}");
            }
        }
    }
}
