//! The number field in Dutch notation (`3,5`, `4.018.000`), and the year
//! and euro fields built on it. Invalid text stays as typed, with its
//! message beside the field, and changes nothing until it is valid.

use egui::{Response, Ui};

use crate::model::format;
use crate::model::format::convert::{exact_f64, rounded_i32, rounded_i64};
use crate::ui::widgets::palette;

/// The text a number field shows while the user types, kept across frames.
#[derive(Clone, Default)]
struct NumberBuffer {
    shown_value: Option<Option<f64>>,
    text: String,
    error: Option<String>,
}

/// What happened in a number field this frame.
pub struct NumberOutcome {
    /// The new value when the user typed a valid one (`Some(None)`: cleared).
    pub new_value: Option<Option<f64>>,
    /// The field's response.
    pub response: Response,
}

/// A labelled number field in Dutch notation (`3,5`, `4.018.000`). Invalid
/// text is kept as typed, with its message beside the field, and changes
/// nothing until it is valid.
pub fn number_field(
    ui: &mut Ui,
    label: &str,
    value: Option<f64>,
    rules: NumberRules,
) -> NumberOutcome {
    ui.horizontal(|ui| {
        let label_response = (!rules.hide_label).then(|| ui.label(label));
        let id = ui.scope_id().with(("number", label));
        let mut buffer: NumberBuffer = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        if buffer.shown_value != Some(value) {
            buffer.text = value.map(|v| rules.show(v)).unwrap_or_default();
            buffer.shown_value = Some(value);
            buffer.error = None;
        }
        let response =
            ui.add(egui::TextEdit::singleline(&mut buffer.text).desired_width(rules.width));
        let response = match label_response {
            Some(visible) => response.labelled_by(visible.id),
            None => response.accessible_name(label),
        };
        let mut new_value = None;
        if response.changed() {
            match rules.parse(&buffer.text) {
                Ok(parsed) => {
                    buffer.error = None;
                    if parsed != value {
                        new_value = Some(parsed);
                        buffer.shown_value = Some(parsed);
                    }
                }
                Err(message) => buffer.error = Some(message),
            }
        }
        if let Some(error) = &buffer.error {
            ui.colored_label(palette::ERROR, format!("⚠ {error}"));
        } else if !rules.suffix.is_empty() {
            ui.label(rules.suffix);
        }
        ui.data_mut(|d| d.insert_temp(id, buffer));
        NumberOutcome {
            new_value,
            response,
        }
    })
    .inner
}

/// What a number field accepts.
#[derive(Clone, Copy)]
pub struct NumberRules {
    /// Whether an empty field (unknown) is allowed.
    pub optional: bool,
    /// Whether only whole numbers are allowed.
    pub whole: bool,
    /// Lowest value allowed.
    pub min: f64,
    /// Highest value allowed.
    pub max: f64,
    /// Decimals shown.
    pub decimals: usize,
    /// Width of the field in points.
    pub width: f32,
    /// Text after the field, e.g. "leden" or "%".
    pub suffix: &'static str,
    /// Give the label to screen readers only (in tables whose headers say it).
    pub hide_label: bool,
    /// Show thousands with dots (not for years).
    pub thousands: bool,
}

impl NumberRules {
    /// A count: whole, 0 or more, may be unknown.
    pub const COUNT: Self = Self {
        optional: true,
        whole: true,
        min: 0.0,
        max: 1.0e12,
        decimals: 0,
        width: 90.0,
        suffix: "",
        hide_label: false,
        thousands: true,
    };
    /// Whole euros, 0 or more.
    const EURO: Self = Self {
        optional: false,
        whole: true,
        min: 0.0,
        max: 1.0e13,
        decimals: 0,
        width: 110.0,
        suffix: "",
        hide_label: false,
        thousands: true,
    };
    /// A year the app holds ([`crate::model::format::YEARS`]).
    pub(crate) const YEAR: Self = Self {
        optional: false,
        whole: true,
        min: *crate::model::format::YEARS.start() as f64,
        max: *crate::model::format::YEARS.end() as f64,
        decimals: 0,
        width: 60.0,
        suffix: "",
        hide_label: false,
        thousands: false,
    };

    /// The value as the field shows it.
    fn show(&self, value: f64) -> String {
        if self.thousands {
            format::decimal(value, self.decimals)
        } else {
            format!("{value:.0}")
        }
    }

    fn parse(&self, text: &str) -> Result<Option<f64>, String> {
        if text.trim().is_empty() {
            return if self.optional {
                Ok(None)
            } else {
                Err("vul een getal in".to_owned())
            };
        }
        let value = format::parse_number(text)?;
        if self.whole && value.fract() != 0.0 {
            return Err("vul een heel getal in".to_owned());
        }
        if value < self.min || value > self.max {
            return Err(format!(
                "vul een getal van {} tot en met {} in",
                self.show(self.min),
                self.show(self.max)
            ));
        }
        Ok(Some(value))
    }
}

/// A labelled year field (1900–2100); returns whether the year changed.
pub fn year_field(ui: &mut Ui, label: &str, year: &mut i32) -> bool {
    let outcome = number_field(ui, label, Some(f64::from(*year)), NumberRules::YEAR);
    match outcome.new_value {
        // The rules only let whole numbers from 1900 through 2100 through.
        Some(Some(value)) => {
            *year = rounded_i32(value);
            true
        }
        _ => false,
    }
}

/// A labelled field of whole euros, 0 or more; returns whether it changed.
pub fn euro_field(ui: &mut Ui, label: &str, amount: &mut i64) -> bool {
    let mut optional = Some(*amount);
    let changed = euro_number(ui, label, &mut optional, false);
    if let (true, Some(new)) = (changed, optional) {
        *amount = new;
    }
    changed
}

/// A labelled field of whole euros that may be left empty (unknown); returns
/// whether it changed.
pub fn optional_euro_field(ui: &mut Ui, label: &str, amount: &mut Option<i64>) -> bool {
    euro_number(ui, label, amount, true)
}

/// A cell of whole euros in a table whose headers say what it is (the label
/// goes to screen readers only); empty is unknown. Returns whether it changed.
pub fn euro_cell(ui: &mut Ui, label: &str, amount: &mut Option<i64>) -> bool {
    euro_input(
        ui,
        label,
        amount,
        NumberRules {
            optional: true,
            width: 95.0,
            hide_label: true,
            ..NumberRules::EURO
        },
    )
}

fn euro_number(ui: &mut Ui, label: &str, amount: &mut Option<i64>, optional: bool) -> bool {
    euro_input(
        ui,
        label,
        amount,
        NumberRules {
            optional,
            ..NumberRules::EURO
        },
    )
}

fn euro_input(ui: &mut Ui, label: &str, amount: &mut Option<i64>, rules: NumberRules) -> bool {
    let shown = amount.map(exact_f64);
    let outcome = number_field(ui, label, shown, rules);
    match outcome.new_value {
        // Whole numbers from 0 through 10^13: exact in both types.
        Some(new) => {
            *amount = new.map(rounded_i64);
            true
        }
        None => false,
    }
}
