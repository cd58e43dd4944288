//! The figures of the documents, drawn as SVG (the PDF takes SVG as it is)
//! and rasterised to PNG for Word with resvg (the maintained SVG renderer of
//! the Rust ecosystem; typst uses its parser too). Each figure has a text
//! alternative: everything it shows, in words.

use std::fmt::Write as _;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::doc::Figure;
use crate::model::format;
use crate::model::format::convert::{drawing_f32, index_f32};
use crate::model::geo::MapShapes;
use crate::model::geo::tiles::{COLUMNS, PLACES, ROWS};
use crate::model::view::charts::{BudgetChart, BudgetPart, budget_chart, budget_text};
use crate::model::view::colours::{self, hex};
use crate::model::{BudgetYear, Dataset};

/// The width of the figures in SVG units (points at 100%).
const WIDTH: f32 = 640.0;
/// The font the figures are written in (embedded in both documents).
const FONT: &str = "Noto Sans";

/// Text for SVG: `&`, `<`, `>` and quotes escaped, so that no name can
/// break the picture.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The SVG rasterised at twice its size, for a sharp picture in Word.
fn png_of(svg: &str) -> (Vec<u8>, (u32, u32)) {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(notosans::REGULAR_TTF.to_vec());
    fonts.load_font_data(notosans::BOLD_TTF.to_vec());
    let options = usvg::Options {
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    };
    let Ok(tree) = usvg::Tree::from_str(svg, &options) else {
        return (Vec::new(), (0, 0));
    };
    let size = tree.size().to_int_size();
    let (width, height) = (size.width() * 2, size.height() * 2);
    let Some(mut pixmap) = tiny_skia::Pixmap::new(width, height) else {
        return (Vec::new(), (0, 0));
    };
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    (pixmap.encode_png().unwrap_or_default(), (width, height))
}

fn figure(svg: String, alt: String, caption: &str, width_mm: u32) -> Figure {
    let (png, png_size) = png_of(&svg);
    Figure {
        svg,
        png,
        png_size,
        width_mm,
        alt,
        caption: caption.to_owned(),
    }
}

/// About how wide a character of Noto Sans is, in units of its size.
const CHAR_WIDTH: f32 = 0.6;

/// A legend of colour swatches and names from `left` at `y`, wrapping into
/// a new row where an entry would run past the figure's right edge.
/// Returns the `y` below the last row.
fn legend(svg: &mut String, entries: &[(String, String)], left: f32, y: f32) -> f32 {
    const SIZE: f32 = 12.0;
    const ROW: f32 = 20.0;
    let (mut x, mut y) = (left, y);
    for (colour, name) in entries {
        let width = 16.0 + CHAR_WIDTH * SIZE * index_f32(name.chars().count());
        if x > left && x + width > WIDTH {
            x = left;
            y += ROW;
        }
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/><text x="{}" y="{}" font-family="{FONT}" font-size="{SIZE}" fill="#222">{}</text>"##,
            x + 16.0,
            y + 10.5,
            escape(name)
        );
        x += width + 14.0;
    }
    y + ROW
}

/// The status colours and their names, for the maps' legend.
fn status_entries() -> Vec<(String, String)> {
    colours::legend_statuses()
        .map(|status| {
            let label = colours::status_label(status);
            (hex(colours::status_colour(status)), label.to_owned())
        })
        .collect()
}

/// An SVG document of the figure's width around `body`.
fn svg_document(height: f32, body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">{body}</svg>"#
    )
}

/// A name inside its shape: on two lines when it is long, and no larger
/// than lets its longest line fit in `room` (the width it has).
fn label(svg: &mut String, name: &str, x: f32, y: f32, size: f32, room: f32) {
    let lines: Vec<String> = match name.split_once([' ', '-']) {
        Some((first, rest)) if name.chars().count() > 12 => {
            let dash = if name.contains(&format!("{first}-")) {
                "-"
            } else {
                ""
            };
            vec![format!("{first}{dash}"), rest.to_owned()]
        }
        _ => vec![name.to_owned()],
    };
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(1);
    let size = size
        .min(room / (CHAR_WIDTH * index_f32(longest.max(1))))
        .max(7.0);
    let top = y - (index_f32(lines.len()) - 1.0) * size * 0.55;
    for (index, line) in lines.iter().enumerate() {
        let _ = write!(
            svg,
            r##"<text x="{x}" y="{}" font-family="{FONT}" font-size="{size}" font-weight="bold" fill="#fff" text-anchor="middle">{}</text>"##,
            top + index_f32(index) * size * 1.1 + size * 0.35,
            escape(line)
        );
    }
}

/// Every wijk and its status, for the map's text alternative.
fn map_alt(data: &Dataset) -> String {
    let wijken: Vec<String> = data
        .districts
        .iter()
        .map(|d| {
            let platforms: Vec<&str> = data
                .platforms_of(&d.id)
                .map(|(_, p)| p.name.as_str())
                .collect();
            let status = colours::status_label(data.district_status(&d.id));
            if platforms.is_empty() {
                format!("{}: {status}", d.name)
            } else {
                format!("{}: {status} ({})", d.name, platforms.join(", "))
            }
        })
        .collect();
    format!(
        "Kaart van de wijken van Utrecht, gekleurd naar de status van hun wijkplatform. {}.",
        wijken.join("; ")
    )
}

/// The map of the wijken coloured by status, with its legend: the real
/// boundaries where the data has them, the tiles otherwise.
pub(super) fn map_figure(data: &Dataset) -> Figure {
    let svg = match MapShapes::from_data(data) {
        Some(shapes) => boundary_map_svg(data, &shapes),
        None => tile_map_svg(data),
    };
    figure(
        svg,
        map_alt(data),
        "Kaart: de wijken naar de status van hun wijkplatform",
        160,
    )
}

fn boundary_map_svg(data: &Dataset, shapes: &MapShapes) -> String {
    let [width_km, height_km] = shapes.size;
    let scale = WIDTH / width_km.max(0.001);
    let map_height = height_km * scale;
    let point = |p: [f32; 2]| (p[0] * scale, (height_km - p[1]) * scale);
    let mut svg = String::new();
    for shape in &shapes.districts {
        let mut path = String::new();
        for ring in &shape.outlines {
            for (index, p) in ring.iter().enumerate() {
                let (x, y) = point(*p);
                let _ = write!(path, "{}{x:.1} {y:.1} ", if index == 0 { "M" } else { "L" });
            }
            path.push_str("Z ");
        }
        let _ = write!(
            svg,
            r##"<path d="{path}" fill="{}" fill-rule="evenodd" stroke="#fff" stroke-width="1.2"/>"##,
            hex(colours::status_colour(
                data.district_status(&shape.district)
            ))
        );
    }
    for shape in &shapes.districts {
        if let Some(district) = data.district(&shape.district) {
            let (x, y) = point(shape.label_at);
            // The room is the distance to the nearest edge: twice it across.
            let room = 2.0 * shape.label_room * scale;
            label(&mut svg, &district.name, x, y, 15.0, room);
        }
    }
    let height = legend(&mut svg, &status_entries(), 0.0, map_height + 12.0);
    svg_document(height, &svg)
}

fn tile_map_svg(data: &Dataset) -> String {
    let cell = WIDTH / COLUMNS;
    let map_height = cell * ROWS;
    let mut svg = String::new();
    for (id, [column, row, width, tall]) in PLACES {
        let Some(district) = data.district(id) else {
            continue;
        };
        let (x, y) = (column * cell + 3.0, row * cell + 3.0);
        let (w, h) = (width * cell - 6.0, tall * cell - 6.0);
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="{}"/>"#,
            hex(colours::status_colour(data.district_status(id)))
        );
        label(
            &mut svg,
            &district.name,
            x + w / 2.0,
            y + h / 2.0,
            14.0,
            w - 8.0,
        );
    }
    let height = legend(&mut svg, &status_entries(), 0.0, map_height + 12.0);
    svg_document(height, &svg)
}

/// The budget per year: the structural money with the cut open on top of
/// it, and the Regiodeal as one amount for its period.
pub(super) fn budget_figure(years: &[BudgetYear]) -> Figure {
    let chart = budget_chart(years);
    figure(
        budget_svg(&chart, years),
        budget_text(years),
        "Grafiek: het structurele budget per jaar, de bezuiniging vanaf 2026 en het incidentele geld per periode",
        160,
    )
}

/// The budget chart as SVG. No money axis: every figure is written at its
/// bar or band, so the picture holds no number the data does not give.
fn budget_svg(chart: &BudgetChart, years: &[BudgetYear]) -> String {
    let (left, top, bottom) = (8.0_f32, 8.0_f32, 300.0_f32);
    let plot_width = WIDTH - left - 8.0;
    let max = chart.top.max(1.0);
    let y_of = |value: f64| bottom - drawing_f32(value / max) * (bottom - top);
    let slot = plot_width / index_f32(years.len().max(1));
    let first = years.first().map_or(0.0, |y| f64::from(y.year));
    let x_of = |x: f64| left + drawing_f32(x - first) * slot + slot / 2.0;
    let bar_width = drawing_f32(chart.bar_width) * slot;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{bottom}" x2="{}" y2="{bottom}" stroke="#888"/>"##,
        WIDTH - 8.0
    );
    for stack in &chart.stacks {
        let colour = hex(colours::budget_colour(stack.part));
        for (bar, base) in stack.bars.iter().zip(&stack.bases) {
            let (y1, y0) = (y_of(base + bar.value), y_of(*base));
            let _ = write!(
                svg,
                r#"<rect x="{}" y="{y1}" width="{bar_width}" height="{}" fill="{colour}"/>"#,
                x_of(bar.x) - bar_width / 2.0,
                (y0 - y1).max(0.0)
            );
        }
    }
    let red = hex(colours::RED);
    if let Some(cut) = &chart.cut {
        for (bar, base) in cut.bars.iter().zip(&cut.bases) {
            let (y1, y0) = (y_of(base + bar.value), y_of(*base));
            let _ = write!(
                svg,
                r#"<rect x="{}" y="{y1}" width="{bar_width}" height="{}" fill="{red}" fill-opacity="0.15" stroke="{red}" stroke-width="2" stroke-dasharray="5 3"/>"#,
                x_of(bar.x) - bar_width / 2.0,
                (y0 - y1).max(0.0)
            );
        }
    }
    structural_values(&mut svg, chart, &x_of, &y_of);
    for band in &chart.periods {
        let colour = if band.confirmed {
            hex(colours::budget_colour(BudgetPart::Incidental))
        } else {
            hex(colours::budget_colour(BudgetPart::Unconfirmed))
        };
        let (x1, x2) = (x_of(band.from_x), x_of(band.to_x));
        let (y_top, y_bottom) = (y_of(band.level + band.height), y_of(band.level));
        let _ = write!(
            svg,
            r#"<rect x="{x1}" y="{y_top}" width="{}" height="{}" fill="{colour}" fill-opacity="0.18" stroke="{colour}" stroke-width="2"/>"#,
            (x2 - x1).max(1.0),
            (y_bottom - y_top).max(1.0)
        );
        // From the band's left end, as on screen, and small enough to end
        // inside the picture.
        let room = WIDTH - 8.0 - x1;
        let longest = band
            .label
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1);
        let size = (room / (CHAR_WIDTH * index_f32(longest.max(1)))).clamp(7.0, 11.0);
        let lines: Vec<&str> = band.label.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let above = index_f32(lines.len() - index) * size * 1.2;
            let _ = write!(
                svg,
                r##"<text x="{x1}" y="{}" font-family="{FONT}" font-size="{size}" fill="#222">{}</text>"##,
                y_top - above + size * 0.9,
                escape(line)
            );
        }
    }
    for year in years {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-family="{FONT}" font-size="12" fill="#222" text-anchor="middle">{}</text>"##,
            x_of(f64::from(year.year)),
            bottom + 16.0,
            year.year
        );
    }
    let mut entries: Vec<(String, String)> = chart
        .stacks
        .iter()
        .map(|s| (hex(colours::budget_colour(s.part)), s.name.clone()))
        .collect();
    if let Some(cut) = &chart.cut {
        entries.push((red, cut.name.clone()));
    }
    let height = legend(&mut svg, &entries, left, bottom + 32.0);
    svg_document(height, &svg)
}

/// The structural money written above its bar where it differs from the
/// year before (€ 4.018.000 in 2024, € 3.299.000 from 2026), inside the
/// cut's open segment where there is one.
fn structural_values(
    svg: &mut String,
    chart: &BudgetChart,
    x_of: &dyn Fn(f64) -> f32,
    y_of: &dyn Fn(f64) -> f32,
) {
    let Some(structural) = chart.stacks.first() else {
        return;
    };
    let mut previous = None;
    for bar in &structural.bars {
        if previous != Some(bar.value) {
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-family="{FONT}" font-size="11" font-weight="bold" fill="#fff" text-anchor="middle">{}</text>"##,
                x_of(bar.x),
                y_of(bar.value) + 14.0,
                escape(&format::euro(crate::model::format::convert::rounded_i64(
                    bar.value
                )))
            );
        }
        previous = Some(bar.value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget_years;

    #[test]
    fn the_map_and_the_budget_are_pictures_with_words() {
        let data = crate::model::shipped_for_tests();
        let map = map_figure(&data);
        assert!(map.svg.starts_with("<svg") && map.svg.ends_with("</svg>"));
        assert!(map.png.starts_with(b"\x89PNG"), "a PNG for Word");
        assert!(
            map.alt.contains("Vleuten-De Meern: geen wijkplatform"),
            "{}",
            map.alt
        );
        let budget = budget_figure(&budget_years(&data.budget));
        assert!(budget.svg.contains("stroke-dasharray"), "the cut is drawn");
        assert!(
            budget.svg.contains("€ 10.000.000 voor 2025–2028"),
            "the Regiodeal as one amount"
        );
        assert!(!budget.svg.contains("2.500.000"), "no even split");
        assert!(
            budget.alt.contains("2026: structureel € 3.299.000"),
            "{}",
            budget.alt
        );
    }

    #[test]
    fn a_name_cannot_break_the_picture() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        let mut data = crate::model::shipped_for_tests();
        data.boundaries.clear();
        data.districts[0].name = "West <script> & \"zo\"".into();
        let map = map_figure(&data);
        assert!(!map.svg.contains("<script>"));
        assert!(map.png.starts_with(b"\x89PNG"), "still a picture");
    }
}
