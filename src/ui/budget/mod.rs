//! The budget view: stacked bars per year with the cut, the totals beside
//! them, the allocation per ambition, the amounts, and the support budgets.

use egui::{RichText, Ui};

pub(crate) mod plot;

use crate::document::Edit;
use crate::model::format;
use crate::model::limits;
use crate::model::view::charts::budget_chart;
use crate::model::{BudgetYear, Dataset, PeriodTotal, SupportRow, period_totals};
use crate::model::{IncidentalFunding, YearAmount, YearShare};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, AllocationGrid, allocation_grid_ui, palette};

/// Draws the budget view.
pub(crate) fn budget_view_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let data = ctx.data();
    let years = &ctx.derived().budget;
    egui::ScrollArea::vertical()
        .id_salt("budget")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(
                RichText::new(format!("Budget {}", data.budget.programme))
                    .size(22.0)
                    .strong(),
            );
            ui.label(format!(
                "Structureel {} per jaar aan gemeentelijk geld; bedragen in hele euro's.",
                format::euro(data.budget.structural_eur)
            ));
            let chart = budget_chart(years);
            let style = plot::BudgetPlotStyle {
                height: 360.0,
                text_size: 15.0,
                interactive: true,
            };
            // The chart and the table each the whole width: the incidental
            // money is words ("deel van € 10.000.000 voor 2025–2028"),
            // which a narrow column would break into a tower.
            plot::budget_plot_ui(ui, &chart, &style);
            ui.add_space(8.0);
            totals_table_ui(ui, years, &period_totals(&data.budget));
            ui.add_space(10.0);
            ui.separator();
            allocation_ui(ui, ctx);
            ui.add_space(10.0);
            ui.separator();
            ui.columns(2, |columns| {
                amounts_ui(&mut columns[0], ctx);
                support_ui(&mut columns[1], data, &ctx.derived().support);
            });
        });
}

fn totals_table_ui(ui: &mut Ui, years: &[BudgetYear], periods: &[PeriodTotal]) {
    ui.label(RichText::new("Per jaar").strong());
    egui::Grid::new("budget-totals")
        .striped(true)
        .min_col_width(70.0)
        .show(ui, |ui| {
            for title in ["Jaar", "Structureel", "Niet toegewezen", "Incidenteel"] {
                ui.strong(title);
            }
            ui.end_row();
            for y in years {
                ui.label(y.year.to_string());
                let structural = ui.label(format::euro(y.structural_eur));
                if y.cut_eur > 0 {
                    structural.on_hover_text(format!(
                        "na de bezuiniging van {}",
                        format::euro(y.cut_eur)
                    ));
                }
                unallocated_ui(ui, y);
                ui.add(egui::Label::new(y.incidental_text()).extend());
                ui.end_row();
            }
        });
    for period in periods {
        ui.label(period.sentence());
    }
    ui.weak("Incidenteel geld staat er zoals de bron het geeft: één bedrag voor de hele periode. Kent u de verdeling per jaar, vul die dan in bij Bedragen; dan heet zij 'eigen verdeling'.");
}

/// What is not allocated of the money known to the euro, or a warning
/// when more is allocated than the year can have.
fn unallocated_ui(ui: &mut Ui, year: &BudgetYear) {
    if year.over_allocated() {
        ui.colored_label(
            palette::ERROR,
            format!(
                "⚠ {} te veel",
                format::euro(year.allocated_eur - year.known_eur)
            ),
        );
    } else if year.incomplete() {
        ui.label(format!("{} + deel incidenteel", format::euro(year.unallocated_eur)))
            .on_hover_text("van het structurele geld en wat per jaar bekend is; het incidentele geld waarvan alleen het bedrag voor de hele periode bekend is komt erbij");
    } else {
        ui.label(format::euro(year.unallocated_eur));
    }
}

fn allocation_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let (data, years, problems) = (ctx.data(), &ctx.derived().budget, ctx.problems());
    ui.label(RichText::new("Verdeling over de ambities").strong());
    ui.weak("De bronnen geven geen verdeling per ambitie; vul die zelf in. Leeg = onbekend (niet toegewezen).");
    let mut budget = data.budget.clone();
    let year_numbers: Vec<i32> = years.iter().map(|y| y.year).collect();
    let grid = AllocationGrid {
        id_salt: "allocations",
        ambitions: &data.ambitions,
        years: &year_numbers,
    };
    let changed = allocation_grid_ui(ui, &grid, &mut budget.allocations, |ui, _| {
        ui.strong("Niet toegewezen");
        for y in years {
            unallocated_ui(ui, y);
        }
        ui.end_row();
    });
    for problem in problems
        .iter()
        .filter(|p| p.path.starts_with("budget.allocations"))
    {
        ui.colored_label(palette::WARNING, format!("⚠ {}", problem.message));
    }
    if let Some((year, ambition)) = changed {
        ctx.edit(
            Edit::Budget(Box::new(budget)),
            Some(format!("budget.allocations.{year}.{ambition}")),
        );
    }
}

fn amounts_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let (data, problems) = (ctx.data(), ctx.problems());
    ui.label(RichText::new("Bedragen").strong());
    let mut budget = data.budget.clone();
    let mut key = None;
    if widgets::euro_field(
        ui,
        "Structureel per jaar (vóór bezuiniging)",
        &mut budget.structural_eur,
    ) {
        key = Some("structural_eur");
    }
    widgets::problems_at(ui, problems, "budget.structural_eur");
    for (i, change) in budget.structural_changes.iter_mut().enumerate() {
        ui.push_id(("change", i), |ui| {
            ui.label(&change.description);
            // Shown as a positive cut; stored as a negative change.
            let mut cut = -change.amount_eur;
            if widgets::euro_field(ui, "Bezuiniging per jaar", &mut cut) {
                change.amount_eur = -cut;
                key = Some("structural_changes");
            }
            if widgets::year_field(ui, "Vanaf jaar", &mut change.from_year) {
                key = Some("structural_changes");
            }
        });
    }
    widgets::problems_at(ui, problems, "budget.structural_changes");
    for (i, funding) in budget.incidental.iter_mut().enumerate() {
        ui.push_id(("incidental", i), |ui| {
            ui.label(RichText::new(&funding.name).strong());
            if widgets::optional_euro_field(ui, "Totaal (leeg = onbekend)", &mut funding.total_eur)
            {
                key = Some("incidental");
            }
            ui.horizontal(|ui| {
                let mut changed = widgets::year_field(ui, "Van", &mut funding.first_year);
                changed |= widgets::year_field(ui, "tot en met", &mut funding.last_year);
                changed |= ui.checkbox(&mut funding.confirmed, "bevestigd").changed();
                if changed {
                    key = Some("incidental");
                }
            });
            if split_ui(ui, funding) {
                key = Some("incidental");
            }
            widgets::problems_at(ui, problems, &format!("budget.incidental[{i}]"));
        });
    }
    if widgets::euro_field(
        ui,
        "Ondersteuningsbudget per wijkplatform",
        &mut budget.platform_support_eur,
    ) {
        key = Some("platform_support_eur");
    }
    if let Some(key) = key {
        ctx.edit(
            Edit::Budget(Box::new(budget)),
            Some(format!("budget.{key}")),
        );
    }
}

/// The user's own split of incidental money over its years: a field per
/// year, empty while the year's amount is not known.
fn split_ui(ui: &mut Ui, funding: &mut IncidentalFunding) -> bool {
    let mut changed = false;
    egui::CollapsingHeader::new("Verdeling per jaar (eigen, optioneel)")
        .id_salt("split")
        .show(ui, |ui| {
            ui.weak("De bron geeft één bedrag voor de hele periode. Leeg = niet bekend.");
            for year in limits::bounded_years(funding.first_year, funding.last_year) {
                let mut amount = match funding.share_in_year(year) {
                    YearShare::Entered(amount) => Some(amount),
                    YearShare::Outside | YearShare::NotKnown => None,
                };
                if widgets::optional_euro_field(ui, &year.to_string(), &mut amount) {
                    funding.per_year.retain(|entry| entry.year != year);
                    if let Some(amount_eur) = amount {
                        funding.per_year.push(YearAmount { year, amount_eur });
                        funding.per_year.sort_by_key(|entry| entry.year);
                    }
                    changed = true;
                }
            }
        });
    changed
}

fn support_ui(ui: &mut Ui, data: &Dataset, rows: &[SupportRow]) {
    ui.label(
        RichText::new(format!(
            "Ondersteuningsbudget wijkplatforms ({} per platform)",
            format::euro(data.budget.platform_support_eur)
        ))
        .strong(),
    );
    egui::Grid::new("support").striped(true).show(ui, |ui| {
        for title in ["Wijk", "Platforms", "Ontvangt", "Onbekend", "Bedrag"] {
            ui.strong(title);
        }
        ui.end_row();
        for row in rows {
            ui.label(&row.district_name);
            ui.label(row.platforms.to_string());
            ui.label(row.receiving.to_string());
            ui.label(row.unknown.to_string());
            ui.label(format::euro(row.amount_eur));
            ui.end_row();
        }
        let total: i64 = rows.iter().map(|r| r.amount_eur).sum();
        ui.strong("Totaal bekend");
        ui.label(rows.iter().map(|r| r.platforms).sum::<usize>().to_string());
        ui.label(rows.iter().map(|r| r.receiving).sum::<usize>().to_string());
        ui.label(rows.iter().map(|r| r.unknown).sum::<usize>().to_string());
        ui.strong(format::euro(total));
        ui.end_row();
    });
    ui.weak("Alleen platforms waarvan de bron zegt dat ze het budget ontvangen tellen mee; zet dit per platform bij Financiering.");
}
