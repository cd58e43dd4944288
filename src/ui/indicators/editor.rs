//! Editing an indicator: its description, target, and a table of values per
//! year (egui_extras), with validation messages beside the cells.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::document::Edit;
use crate::model::{Dataset, Direction, Indicator, IndicatorValue, SourceRef, Target, Unit};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, NumberRules};

/// Rules for a value in the indicator's unit.
fn value_rules(unit: &Unit) -> NumberRules {
    NumberRules {
        optional: true,
        whole: false,
        min: 0.0,
        max: if *unit == Unit::Percent {
            100.0
        } else {
            1.0e12
        },
        decimals: 2,
        width: 80.0,
        suffix: "",
        hide_label: true,
        thousands: true,
    }
}

/// Draws the editor of the indicator at `index` and sends its edits.
pub(crate) fn indicator_editor_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, index: usize) {
    let (data, problems) = (ctx.data(), ctx.problems());
    let Some(indicator) = data.indicators.get(index) else {
        return;
    };
    let mut edited = indicator.clone();
    let mut field: Option<&'static str> = None;
    let path = format!("indicators[{index}]");
    ui.push_id(("indicator-editor", &indicator.id, index), |ui| {
        if widgets::text_field(ui, "Naam indicator", &mut edited.name).changed() {
            field = Some("name");
        }
        widgets::problems_at(ui, problems, &format!("{path}.name"));
        ui.horizontal_wrapped(|ui| {
            if widgets::choice(
                ui,
                "Beter is",
                &mut edited.direction,
                &[Direction::LowerIsBetter, Direction::HigherIsBetter],
                |d| d.label_nl().to_owned(),
            ) {
                field = Some("direction");
            }
            let ambitions: Vec<Option<u8>> = std::iter::once(None)
                .chain(data.ambitions.iter().map(|a| Some(a.id)))
                .collect();
            if widgets::choice(ui, "Ambitie", &mut edited.ambition, &ambitions, |a| {
                a.map_or_else(
                    || "geen".to_owned(),
                    |id| format!("{id}. {}", data.ambition_name(id)),
                )
            }) {
                field = Some("ambition");
            }
        });
        ui.horizontal_wrapped(|ui| {
            let has_target = edited.target.is_some();
            let mut want_target = has_target;
            ui.checkbox(&mut want_target, "Doel");
            if want_target != has_target {
                edited.target = want_target.then(|| Target {
                    value: 0.0,
                    year: 2030,
                    source: SourceRef::user_entered(),
                });
                field = Some("target");
            }
            if let Some(target) = edited.target.as_mut() {
                let outcome = widgets::number_field(
                    ui,
                    "Doelwaarde",
                    Some(target.value),
                    NumberRules {
                        optional: false,
                        hide_label: false,
                        ..value_rules(&edited.unit)
                    },
                );
                if let Some(Some(value)) = outcome.new_value {
                    target.value = value;
                    field = Some("target");
                }
                if widgets::year_field(ui, "Doeljaar", &mut target.year) {
                    field = Some("target");
                }
            }
        });
        widgets::problems_at(ui, problems, &format!("{path}.target"));
        ui.add_space(6.0);
        if values_table_ui(ui, ctx, &mut edited, index) {
            field = Some("values");
        }
        ui.horizontal(|ui| {
            let next_year = edited
                .values
                .iter()
                .map(|v| v.year)
                .max()
                .map_or(2025, |y| y + 1);
            let year_id = ui.scope_id().with("new-year");
            let mut year: i32 = ui.data(|d| d.get_temp(year_id)).unwrap_or(next_year);
            if widgets::year_field(ui, "Nieuw jaar", &mut year) {
                ui.data_mut(|d| d.insert_temp(year_id, year));
            }
            let exists = edited.values.iter().any(|v| v.year == year);
            if ui
                .add_enabled(!exists, egui::Button::new("+ Jaar toevoegen"))
                .clicked()
            {
                edited.values.push(IndicatorValue {
                    year,
                    district: None,
                    utrecht: None,
                    source: SourceRef::user_entered(),
                    year_from_report: false,
                });
                edited.values.sort_by_key(|v| v.year);
                ui.data_mut(|d| d.remove::<i32>(year_id));
                field = Some("add-year");
            }
            if exists {
                ui.weak(format!("{year} staat er al in"));
            }
            if ui
                .button("🗑 Indicator verwijderen")
                .on_hover_text("Ctrl+Z zet hem terug")
                .clicked()
            {
                ctx.edit(Edit::RemoveIndicator { index }, None);
            }
        });
    });
    if let Some(field) = field {
        let key = (field != "add-year").then(|| format!("{path}.{field}"));
        let edit = Edit::Indicator {
            index,
            indicator: Box::new(edited),
        };
        ctx.edit(edit, key);
    }
}

fn values_table_ui(
    ui: &mut Ui,
    ctx: &ViewContext<'_>,
    indicator: &mut Indicator,
    index: usize,
) -> bool {
    let (data, problems) = (ctx.data(), ctx.problems());
    let mut changed = false;
    let mut remove = None;
    let district_name = data
        .district(&indicator.district)
        .map_or("Wijk", |d| d.name.as_str())
        .to_owned();
    let unit = indicator.unit.clone();
    // Two lines of text: the source of a value wraps instead of being cut off.
    let row_height = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 12.0;
    TableBuilder::new(ui)
        .id_salt(("values", index))
        .striped(true)
        .vscroll(false)
        .column(Column::exact(90.0))
        .column(Column::auto().at_least(170.0))
        .column(Column::auto().at_least(170.0))
        .column(Column::remainder().at_least(160.0).clip(true))
        .column(Column::exact(30.0))
        .header(24.0, |mut header| {
            for title in ["Jaar", district_name.as_str(), "Utrecht gemiddeld", "Bron"] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
            header.col(|_| {});
        })
        .body(|mut body| {
            for (row, value) in indicator.values.iter_mut().enumerate() {
                let place = format!("indicators[{index}].values[{row}]");
                let has_problem = problems.iter().any(|p| p.path.starts_with(&place));
                body.row(
                    if has_problem {
                        row_height * 2.0
                    } else {
                        row_height
                    },
                    |mut cells| {
                        cells.col(|ui| {
                            ui.strong(value.year.to_string());
                        });
                        for (column, label) in [(0, &district_name), (1, &"Utrecht".to_owned())] {
                            cells.col(|ui| {
                                ui.vertical(|ui| {
                                    let current = if column == 0 {
                                        value.district
                                    } else {
                                        value.utrecht
                                    };
                                    let outcome = widgets::number_field(
                                        ui,
                                        &format!("{label} {}", value.year),
                                        current,
                                        value_rules(&unit),
                                    );
                                    if let Some(new) = outcome.new_value {
                                        if column == 0 {
                                            value.district = new;
                                        } else {
                                            value.utrecht = new;
                                        }
                                        changed = true;
                                    }
                                    let field = if column == 0 { "district" } else { "utrecht" };
                                    widgets::problems_at(ui, problems, &format!("{place}.{field}"));
                                });
                            });
                        }
                        cells.col(|ui| {
                            changed |= source_cell_ui(ui, data, value);
                        });
                        cells.col(|ui| {
                            if ui
                                .small_button("✖")
                                .on_hover_text(format!("Jaar {} verwijderen", value.year))
                                .accessible_name(format!("Jaar {} verwijderen", value.year))
                                .clicked()
                            {
                                remove = Some(row);
                            }
                        });
                    },
                );
            }
        });
    if let Some(row) = remove {
        indicator.values.remove(row);
        changed = true;
    }
    for (row, _) in indicator.values.iter().enumerate() {
        widgets::problems_at(
            ui,
            problems,
            &format!("indicators[{index}].values[{row}].year"),
        );
    }
    changed
}

/// Where a value comes from: the document and section (the quote on hover),
/// or, for a value the user typed, a field to name its source. Returns
/// whether the user changed it.
fn source_cell_ui(ui: &mut Ui, data: &Dataset, value: &mut IndicatorValue) -> bool {
    if !value.source.is_the_users() {
        ui.add(egui::Label::new(value.source.short_describe(&data.sources)).wrap())
            .on_hover_text(value.source.describe(&data.sources));
        return false;
    }
    let mut text = value.source.users_text().to_owned();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("bijv. CBS, Kerncijfers wijken en buurten 2024")
                .desired_width(f32::INFINITY),
        )
        .accessible_name(format!("Bron {}", value.year));
    if response.changed() {
        value.source = SourceRef::typed(&text);
        return true;
    }
    false
}

/// A new, empty indicator for a wijk, with an id not yet in use.
pub(crate) fn new_indicator(data: &Dataset, district: &str) -> Indicator {
    let number = (1..)
        .find(|n| {
            data.indicators
                .iter()
                .all(|i| i.id != format!("nieuwe-indicator-{n}"))
        })
        .unwrap_or(1);
    Indicator {
        id: format!("nieuwe-indicator-{number}"),
        name: format!("Nieuwe indicator {number}"),
        unit: Unit::Percent,
        direction: Direction::LowerIsBetter,
        ambition: None,
        district: district.to_owned(),
        values: Vec::new(),
        target: None,
        comparison: String::new(),
    }
}
