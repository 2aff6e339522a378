//! One drawing code, two outputs: a chart draws onto any plotters backend at a given scale,
//! so the SVG the UI shows and the 2x PNG a deck embeds are the same picture.

use plotters::coord::Shift;
use plotters::prelude::*;

use i18n::Lang;

use crate::theme::Theme;
use crate::{Error, font};

/// Where, how big and in which language a chart is drawn. Layout is in logical pixels (800 x
/// 450 by default) multiplied by `scale`, so a 2x PNG has the SVG's layout with every size
/// doubled. The language is here, beside the theme, because every chart kind writes its
/// labels, legends and ticks at draw time: one chart value can be drawn in any language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Canvas {
    pub width: u32,
    pub height: u32,
    pub scale: f64,
    pub theme: Theme,
    pub lang: Lang,
}

impl Canvas {
    /// 800 x 450, the size the UI lays charts out at.
    pub fn svg(theme: Theme, lang: Lang) -> Canvas {
        Canvas { width: 800, height: 450, scale: 1.0, theme, lang }
    }

    /// 1600 x 900: the SVG layout at 2x, sharp on slides and in PDFs.
    pub fn png(theme: Theme, lang: Lang) -> Canvas {
        Canvas { width: 1600, height: 900, scale: 2.0, theme, lang }
    }

    /// The catalogue text `key` in the canvas' language.
    pub fn tr(&self, key: &str) -> String {
        i18n::text(self.lang, key)
    }

    /// A logical length in device pixels.
    pub fn px(&self, v: f64) -> i32 {
        (v * self.scale).round() as i32
    }

    pub fn upx(&self, v: f64) -> u32 {
        self.px(v).max(0) as u32
    }

    pub fn text(&self, size: f64, colour: RGBColor) -> TextStyle<'static> {
        let font = (font::FAMILY, size * self.scale).into_font();
        TextStyle { font, color: colour.to_backend_color(), pos: Default::default() }
    }

    pub fn bold(&self, size: f64, colour: RGBColor) -> TextStyle<'static> {
        let font = (font::FAMILY, size * self.scale, FontStyle::Bold).into_font();
        TextStyle { font, color: colour.to_backend_color(), pos: Default::default() }
    }
}

/// Plotters' drawing error for a backend.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Something that can draw itself on a canvas.
pub trait Chart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, canvas: &Canvas) -> DrawResult<DB>;
}

/// The chart as an SVG document.
pub fn to_svg<C: Chart>(chart: &C, canvas: &Canvas) -> Result<String, Error> {
    font::ensure();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (canvas.width, canvas.height)).into_drawing_area();
        root.fill(&canvas.theme.background()).map_err(|e| Error::Draw(e.to_string()))?;
        chart.draw(&root, canvas).map_err(|e| Error::Draw(e.to_string()))?;
        root.present().map_err(|e| Error::Draw(e.to_string()))?;
    }
    Ok(script_families(&out))
}

/// The value of attribute `name` in a start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(r#" {name}=""#);
    let start = tag.find(&key)? + key.len();
    tag[start..].find('"').map(|end| &tag[start..start + end])
}

/// Moves plotters' vertical anchoring (`dy="0.76em"`, `dy="0.5ex"`) into `y`. A `dy` on a
/// text element shifts its first character, and usvg applies it to the first character in
/// logical order, which right-to-left text draws last: the Arabic word's first letter fell
/// below the rest.
fn fold_dy(tag: &str) -> String {
    let (Some(y), Some(dy), Some(size)) = (attr(tag, "y"), attr(tag, "dy"), attr(tag, "font-size")) else { return tag.to_string() };
    let (Ok(y), Ok(size)) = (y.parse::<f64>(), size.parse::<f64>()) else { return tag.to_string() };
    // usvg's (and CSS's fallback) ex is half an em.
    let shift = match (dy.strip_suffix("em"), dy.strip_suffix("ex")) {
        (Some(em), _) => em.parse::<f64>().ok().map(|v| v * size),
        (_, Some(ex)) => ex.parse::<f64>().ok().map(|v| v * size / 2.0),
        _ => dy.parse::<f64>().ok(),
    };
    let Some(shift) = shift else { return tag.to_string() };
    tag.replacen(&format!(r#" y="{}""#, attr(tag, "y").unwrap_or_default()), &format!(r#" y="{:.2}""#, y + shift), 1).replacen(&format!(r#" dy="{dy}""#), "", 1)
}

/// Names, on each `<text>` that holds more than Latin, the family of every script in it
/// (plotters writes one family for all): "DejaVu Sans, Noto Sans CJK SC, sans-serif". Left
/// alone, a webview picks whatever CJK face fontconfig likes first (often the Japanese one
/// for Chinese), and usvg draws Arabic in DejaVu Sans because it has the letters, while the
/// PDF's own text uses Noto Sans Arabic.
fn script_families(svg: &str) -> String {
    let plain = format!(r#"font-family="{}""#, font::FAMILY);
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find("<text ") {
        let Some(open_end) = rest[at..].find('>').map(|i| at + i + 1) else { break };
        let Some(close) = rest[open_end..].find("</text>").map(|i| open_end + i) else { break };
        let (tag, content) = (&rest[at..open_end], &rest[open_end..close]);
        out.push_str(&rest[..at]);
        if content.is_ascii() {
            out.push_str(tag);
        } else {
            let families = fonts::css_families(fonts::stack(), content.trim());
            out.push_str(&fold_dy(&tag.replace(&plain, &format!(r#"font-family="{families}""#))));
        }
        rest = &rest[open_end..];
    }
    out.push_str(rest);
    out
}

/// The chart as PNG bytes: its SVG (drawn at the PNG's size) rasterised by resvg, which
/// shapes text and falls back through the font stack, so a Chinese or Arabic name is drawn
/// with real glyphs (plotters' bitmap backend draws one font, boxes for everything else).
pub fn to_png<C: Chart>(chart: &C, canvas: &Canvas) -> Result<Vec<u8>, Error> {
    let svg = to_svg(chart, canvas)?;
    let tree = usvg::Tree::from_str(&svg, svg_options()).map_err(|e| Error::Draw(format!("chart SVG: {e}")))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(canvas.width, canvas.height).ok_or_else(|| Error::Encode("empty canvas".into()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    encode_rgb(&pixmap, canvas.width, canvas.height)
}

/// The pixmap as an RGB PNG: every chart paints its background first, so alpha is always
/// opaque and premultiplied equals straight colour.
fn encode_rgb(pixmap: &resvg::tiny_skia::Pixmap, width: u32, height: u32) -> Result<Vec<u8>, Error> {
    let rgb: Vec<u8> = pixmap.data().chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| Error::Encode(e.to_string()))?;
    writer.write_image_data(&rgb).map_err(|e| Error::Encode(e.to_string()))?;
    writer.finish().map_err(|e| Error::Encode(e.to_string()))?;
    Ok(out)
}

/// The usvg options every chart is read back with (PNG here, vectors in the PDF): the
/// process's font stack, parsed once.
pub fn svg_options() -> &'static usvg::Options<'static> {
    static OPTIONS: std::sync::OnceLock<usvg::Options<'static>> = std::sync::OnceLock::new();
    OPTIONS.get_or_init(|| fonts::stack().svg_options())
}

/// Width in device pixels of `s` drawn in `style`, measured by the font stack (CJK, Arabic
/// and emoji in the faces that will draw them, not DejaVu's missing-glyph box).
pub fn text_width(s: &str, style: &TextStyle) -> f64 {
    let bold = matches!(style.font.get_style(), FontStyle::Bold);
    fonts::width(fonts::stack(), s, style.font.get_size() / PLOTTERS_EM, bold)
}

/// plotters sizes text by its line height and writes `font-size` as that over 1.24 (the
/// SVG backend's rule): the em a glyph is actually drawn at.
const PLOTTERS_EM: f64 = 1.24;

/// The builder for a chart's plot, with the margins every chart shares; `x_labels` and
/// `y_labels` are the logical sizes of the axis label areas.
pub fn plot<'a, 'b, DB: DrawingBackend>(area: &'a DrawingArea<DB, Shift>, c: &Canvas, x_labels: f64, y_labels: f64) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(area);
    builder
        .margin_left(c.px(8.0))
        .margin_right(c.px(20.0))
        .margin_top(c.px(6.0))
        .x_label_area_size(c.px(x_labels))
        .y_label_area_size(c.px(y_labels));
    builder
}

/// Applies the look every chart's axes share (quiet grid, muted axes and labels) to a mesh;
/// each chart then adds its own label counts and formats.
pub fn themed_mesh<X: plotters::coord::ranged1d::Ranged, Y: plotters::coord::ranged1d::Ranged, DB: DrawingBackend>(
    mesh: &mut plotters::chart::MeshStyle<'_, '_, X, Y, DB>,
    c: &Canvas,
) {
    mesh.light_line_style(c.theme.background())
        .bold_line_style(c.theme.grid())
        .axis_style(c.theme.muted())
        .axis_desc_style(c.text(11.0, c.theme.muted()))
        .label_style(c.text(11.0, c.theme.muted()));
}

/// `s` cut (with "…") to at most `max_chars` characters and until it fits in `max` device
/// pixels with `style`, measured by the font stack: CJK and capitals are wider than the
/// average a character count assumes, lowercase Latin narrower.
pub fn fitted(s: &str, max_chars: usize, max: u32, style: &TextStyle) -> String {
    let mut n = max_chars.min(s.chars().count());
    loop {
        let t = crate::text::ellipsize(s, n);
        if text_width(&t, style) <= max as f64 || n <= 2 {
            return t;
        }
        n -= 1;
    }
}

/// Labels under an x axis at given backend positions (on the axis line): ticks plotters
/// would place at "nice" numbers, which for week indexes are not month starts.
pub fn x_ticks<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, c: &Canvas, ticks: &[((i32, i32), String)]) -> DrawResult<DB> {
    let (bx, by) = area.get_base_pixel();
    let style = c.text(11.0, c.theme.muted()).pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Top,
    ));
    for ((x, y), label) in ticks {
        let (x, y) = (x - bx, y - by);
        area.draw(&PathElement::new(vec![(x, y), (x, y + c.px(4.0))], c.theme.muted()))?;
        area.draw(&Text::new(label.clone(), (x, y + c.px(6.0)), style.clone()))?;
    }
    Ok(())
}

/// Title and subtitle at the top; returns the area below them.
pub fn heading<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &Canvas,
    title: &str,
    subtitle: &str,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let room = c.upx(c.width as f64 / c.scale - 32.0);
    let (title_style, subtitle_style) = (c.bold(17.0, c.theme.text()), c.text(12.0, c.theme.muted()));
    let t = fitted(title, 200, room, &title_style);
    let s = fitted(subtitle, 300, room, &subtitle_style);
    root.draw(&Text::new(t, (c.px(16.0), c.px(12.0)), title_style))?;
    root.draw(&Text::new(s, (c.px(16.0), c.px(36.0)), subtitle_style))?;
    Ok(root.split_vertically(c.px(58.0)).1)
}

/// "No activity in this period", centred: an empty chart says so instead of drawing axes
/// around nothing.
pub fn empty<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, c: &Canvas, message: &str) -> DrawResult<DB> {
    let (w, h) = area.dim_in_pixel();
    let style = c.text(14.0, c.theme.muted()).pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Center,
    ));
    area.draw(&Text::new(message.to_string(), (w as i32 / 2, h as i32 / 2), style))
}

/// Legend swatches with names, wrapped over as many rows as needed; returns the area above.
pub fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Canvas,
    items: &[(String, RGBColor)],
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let width = c.width as f64 / c.scale - 32.0;
    let names: Vec<String> = items.iter().map(|(n, _)| crate::text::ellipsize_keeping_count(n, 44)).collect();
    let style = c.text(11.0, c.theme.text());
    // Widths measured by the font stack, in logical pixels.
    let item_w = |n: &str| 14.0 + text_width(n, &style) / c.scale + 18.0;
    // Lay out rows first so the legend's height is known.
    let mut rows: Vec<Vec<(usize, f64)>> = vec![vec![]];
    let mut x = 0.0;
    for (i, n) in names.iter().enumerate() {
        let w = item_w(n);
        if x + w > width && x > 0.0 {
            rows.push(vec![]);
            x = 0.0;
        }
        rows.last_mut().expect("one row").push((i, x));
        x += w;
    }
    let row_h = 18.0;
    let height = rows.len() as f64 * row_h + 8.0;
    let (_, ah) = area.dim_in_pixel();
    let (above, below) = area.split_vertically(ah as i32 - c.px(height));
    for (r, row) in rows.iter().enumerate() {
        for &(i, x) in row {
            let y = 4.0 + r as f64 * row_h;
            let (x0, y0) = (c.px(16.0 + x), c.px(y + 2.0));
            below.draw(&Rectangle::new([(x0, y0), (x0 + c.px(10.0), y0 + c.px(10.0))], items[i].1.filled()))?;
            below.draw(&Text::new(names[i].clone(), (x0 + c.px(14.0), c.px(y)), style.clone()))?;
        }
    }
    Ok(above)
}

/// Text arguments for a catalogue message (numbers are formatted by the caller, so the
/// chart decides compact or exact).
pub fn args<'a, const N: usize>(pairs: [(&'a str, String); N]) -> i18n::Args<'a> {
    let mut out = i18n::Args::new();
    for (k, v) in pairs {
        out.set(k, v);
    }
    out
}
