//! The beoordelingskader on screen: its criteria (name, explanation,
//! weight; one may be added) and one table of all interventions the
//! filters keep, with their amount, scores and weighted score, sorted by
//! any column; a row opens the intervention.

use std::cmp::Ordering;

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::document::Edit;
use crate::model::format;
use crate::model::{Criterion, Dataset, Intervention, InterventionFilter, amount_in};
use crate::ui::ViewContext;

/// The column the table is sorted by, and which way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Sorting {
    /// 0 name, 1 ambition, 2 amount, 3.. the criteria, then the weighted score.
    column: usize,
    descending: bool,
}

const WEIGHTS: [i64; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// Draws the pane; returns the id of an intervention the user opened.
pub(super) fn assessment_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    filter: &InterventionFilter,
    sorting: &mut Sorting,
    year: i32,
) -> Option<String> {
    let data = ctx.data();
    ui.label(RichText::new("Beoordelingskader").strong().size(18.0));
    ui.label("Beoogde impact en samenwerking tussen partijen zijn de pijlers die de raadsbrief noemt. Geef elke interventie per criterium een score van 1 tot en met 5; het Voorstel in een scenario per interventie weegt ermee.");
    if let Some(criteria) = criteria_ui(ui, data) {
        ctx.edit(Edit::Criteria(criteria), Some("criteria".to_owned()));
    }
    ui.add_space(8.0);
    let mut rows: Vec<&Intervention> = data
        .interventions
        .iter()
        .filter(|i| filter.keeps(data, i))
        .collect();
    rows.sort_by(|a, b| {
        let order = compare(data, a, b, sorting.column, year);
        if sorting.descending {
            order.reverse()
        } else {
            order
        }
    });
    let scored = rows
        .iter()
        .filter(|i| data.weighted_score(i).is_some())
        .count();
    ui.label(format!(
        "{} van {} interventies beoordeeld op elk criterium; {} met een bedrag in {year}.",
        scored,
        rows.len(),
        rows.iter().filter(|i| amount_in(i, year).is_some()).count()
    ));
    table_ui(ui, data, &rows, sorting, year)
}

/// The criteria, editable; returns them when one changed.
fn criteria_ui(ui: &mut Ui, data: &Dataset) -> Option<Vec<Criterion>> {
    let mut criteria = data.criteria.clone();
    let mut changed = false;
    let mut remove = None;
    egui::Grid::new("criteria")
        .num_columns(4)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for title in ["Criterium", "Gewicht", "Uitleg", ""] {
                ui.strong(title);
            }
            ui.end_row();
            for (index, criterion) in criteria.iter_mut().enumerate() {
                ui.push_id(("criterium", index), |ui| {
                    changed |= ui
                        .add_sized(
                            [240.0, 22.0],
                            egui::TextEdit::singleline(&mut criterion.name),
                        )
                        .accessible_name(format!("Criterium {}", index + 1))
                        .changed();
                });
                let mut weight = criterion.weight;
                let combo = egui::ComboBox::from_id_salt(("gewicht", index))
                    .width(60.0)
                    .selected_text(weight.to_string())
                    .show_ui(ui, |ui| {
                        for option in WEIGHTS {
                            ui.selectable_value(&mut weight, option, option.to_string());
                        }
                    });
                combo
                    .response
                    .accessible_name(format!("Gewicht van criterium {}", index + 1));
                if weight != criterion.weight {
                    criterion.weight = weight;
                    changed = true;
                }
                ui.push_id(("uitleg", index), |ui| {
                    changed |= ui
                        .add_sized(
                            [360.0, 22.0],
                            egui::TextEdit::singleline(&mut criterion.explanation)
                                .hint_text("wat het criterium vraagt"),
                        )
                        .accessible_name(format!("Uitleg bij criterium {}", index + 1))
                        .changed();
                });
                if ui
                    .small_button("✖")
                    .on_hover_text("Criterium verwijderen (de scores erop blijven bewaard)")
                    .accessible_name(format!("Criterium {} verwijderen", index + 1))
                    .clicked()
                {
                    remove = Some(index);
                }
                ui.end_row();
            }
        });
    if let Some(index) = remove {
        criteria.remove(index);
        changed = true;
    }
    if ui.button("➕ Criterium toevoegen").clicked() {
        let id = crate::model::ids::numbered_id("criterium", criteria.len() + 1, |id| {
            criteria.iter().any(|c| c.id == id)
        });
        criteria.push(Criterion {
            id,
            name: format!("Criterium {}", criteria.len() + 1),
            weight: 1,
            ..Criterion::default()
        });
        changed = true;
    }
    changed.then_some(criteria)
}

fn compare(
    data: &Dataset,
    a: &Intervention,
    b: &Intervention,
    column: usize,
    year: i32,
) -> Ordering {
    let criteria = data.criteria.len();
    match column {
        0 => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        1 => a.ambition.cmp(&b.ambition),
        2 => amount_in(a, year).cmp(&amount_in(b, year)),
        c if c < 3 + criteria => {
            let id = &data.criteria[c - 3].id;
            a.score_on(id).cmp(&b.score_on(id))
        }
        _ => match (data.weighted_score(a), data.weighted_score(b)) {
            // points/weights compared exactly.
            (Some(x), Some(y)) => (i128::from(x.points) * i128::from(y.weights))
                .cmp(&(i128::from(y.points) * i128::from(x.weights))),
            (x, y) => x.is_some().cmp(&y.is_some()),
        },
    }
    .then_with(|| a.id.cmp(&b.id))
}

fn table_ui(
    ui: &mut Ui,
    data: &Dataset,
    rows: &[&Intervention],
    sorting: &mut Sorting,
    year: i32,
) -> Option<String> {
    let mut titles = vec![
        "Interventie".to_owned(),
        "Ambitie".to_owned(),
        format!("Bedrag {year}"),
    ];
    titles.extend(data.criteria.iter().map(|c| c.name.clone()));
    titles.push("Gewogen".to_owned());
    let mut opened = None;
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .column(Column::initial(300.0).at_least(160.0).clip(true))
        .column(Column::auto().at_least(70.0));
    for _ in 2..titles.len() - 1 {
        table = table.column(Column::auto().at_least(130.0));
    }
    table = table.column(Column::remainder().at_least(90.0));
    table
        .header(26.0, |mut header| {
            for (index, title) in titles.iter().enumerate() {
                header.col(|ui| {
                    let arrow = match (sorting.column == index, sorting.descending) {
                        (true, false) => " ▲",
                        (true, true) => " ▼",
                        _ => "",
                    };
                    if ui
                        .button(RichText::new(format!("{title}{arrow}")).strong())
                        .on_hover_text("Sorteren op deze kolom (nog eens: andersom)")
                        .clicked()
                    {
                        if sorting.column == index {
                            sorting.descending = !sorting.descending;
                        } else {
                            *sorting = Sorting {
                                column: index,
                                descending: false,
                            };
                        }
                    }
                });
            }
        })
        .body(|body| {
            body.rows(24.0, rows.len(), |mut row| {
                let Some(intervention) = rows.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    if ui
                        .link(&intervention.name)
                        .on_hover_text("Openen")
                        .clicked()
                    {
                        opened = Some(intervention.id.clone());
                    }
                });
                row.col(|ui| {
                    ui.label(intervention.ambition.to_string());
                });
                row.col(|ui| {
                    ui.label(
                        amount_in(intervention, year)
                            .map_or_else(|| "onbekend".to_owned(), format::euro),
                    );
                });
                for criterion in &data.criteria {
                    row.col(|ui| {
                        ui.label(
                            intervention
                                .score_on(&criterion.id)
                                .map_or_else(|| "–".to_owned(), |s| s.to_string()),
                        );
                    });
                }
                row.col(|ui| {
                    ui.label(
                        data.weighted_score(intervention)
                            .map_or_else(|| "–".to_owned(), |s| s.text()),
                    );
                });
            });
        });
    opened
}
