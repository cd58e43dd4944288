//! The grid of amounts per ambition (rows) and year (columns), for the
//! budget's allocation and for a scenario, with the caller's rows of totals
//! below. Empty cells are unknown.

use egui::Ui;

use crate::model::{Allocation, Ambition, amount_of, set_allocation};
use crate::ui::widgets::number_field::euro_cell;

/// Which grid: its rows and columns.
pub struct AllocationGrid<'a> {
    /// Keeps this grid's state apart from another's on the same screen.
    pub id_salt: &'a str,
    /// The rows.
    pub ambitions: &'a [Ambition],
    /// The columns.
    pub years: &'a [i32],
}

/// Draws the grid over `allocations`, changing them as the user types, then
/// `totals(ui, allocations)` for the rows below (after this frame's change).
/// Returns the cell that changed, as (year, ambition).
pub fn allocation_grid_ui(
    ui: &mut Ui,
    grid: &AllocationGrid<'_>,
    allocations: &mut Vec<Allocation>,
    totals: impl FnOnce(&mut Ui, &[Allocation]),
) -> Option<(i32, u8)> {
    let AllocationGrid {
        id_salt,
        ambitions,
        years,
    } = *grid;
    let mut changed = None;
    egui::ScrollArea::horizontal()
        .id_salt(id_salt)
        .show(ui, |ui| {
            egui::Grid::new((id_salt, "grid"))
                .striped(true)
                .show(ui, |ui| {
                    ui.strong("Ambitie");
                    for year in years {
                        ui.strong(year.to_string());
                    }
                    ui.end_row();
                    for ambition in ambitions {
                        ui.label(format!("{}. {}", ambition.id, ambition.name));
                        for &year in years {
                            let mut amount = amount_of(allocations, year, ambition.id);
                            let label = format!("Ambitie {} in {year}", ambition.id);
                            ui.push_id(&label, |ui| {
                                if euro_cell(ui, &label, &mut amount) {
                                    set_allocation(allocations, year, ambition.id, amount);
                                    changed = Some((year, ambition.id));
                                }
                            });
                        }
                        ui.end_row();
                    }
                    totals(ui, allocations);
                });
        });
    changed
}
