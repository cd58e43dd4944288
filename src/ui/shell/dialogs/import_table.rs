//! *Tabel importeren…*: a table read from Excel or CSV, before anything
//! changes. The app's own workbook goes straight to the preview; a table
//! from elsewhere first gets its mapping (the area column, where the years
//! are, the indicator, the row with the Utrecht average). The preview lists
//! every change as the change report words it, what was not used, and each
//! problem with its place; *Toepassen* is one undoable edit, and only when
//! there is no problem.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::buttons_ui;
use crate::command::{CommandQueue, Message, TableImportMessage};
use crate::model::Dataset;
use crate::model::changes::{TablePreview, TableSource};
use crate::model::tables::mapping::{TableMapping, YearLayout, guess_mapping, layout_key};
use crate::model::tables::sheet::{Sheet, column_letters};
use crate::model::tables::workbook::is_own_workbook;
use crate::ui::widgets::palette;

/// The dialog's state: the table, the choices and their preview.
pub struct TableImportForm {
    path: PathBuf,
    sheets: Vec<Sheet>,
    sheet: usize,
    /// `None` for the app's own workbook.
    mapping: Option<TableMapping>,
    delete_missing: bool,
    preview: TablePreview,
}

impl TableImportForm {
    /// The form for `sheets` read from `path`, with the mapping remembered
    /// for the first sheet's layout (`remembered`) or a guess.
    pub fn new(
        path: PathBuf,
        sheets: Vec<Sheet>,
        data: &Dataset,
        remembered: impl Fn(&str) -> Option<TableMapping>,
    ) -> Self {
        let mapping = (!is_own_workbook(&sheets)).then(|| {
            sheets.first().map_or_else(empty_mapping, |sheet| {
                remembered(&layout_key(sheet)).unwrap_or_else(|| guess_mapping(sheet, data))
            })
        });
        let mut form = Self {
            path,
            sheets,
            sheet: 0,
            mapping,
            delete_missing: false,
            preview: TablePreview::default(),
        };
        form.refresh(data);
        form
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The new data, when the choices give changes and no problem.
    pub fn result(&self) -> Option<&Dataset> {
        self.preview.result()
    }

    /// The mapping to remember, by the layout of its sheet.
    pub fn mapping_to_remember(&self) -> Option<(String, TableMapping)> {
        let sheet = self.sheets.get(self.sheet)?;
        Some((layout_key(sheet), self.mapping.clone()?))
    }

    /// How many changes applying makes.
    pub fn change_count(&self) -> usize {
        self.preview.changes().len()
    }

    /// Works out the preview of the choices (on a change, not per frame).
    fn refresh(&mut self, data: &Dataset) {
        let name = self
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let source = match &self.mapping {
            None => TableSource::OwnWorkbook {
                delete_missing: self.delete_missing,
            },
            Some(mapping) => {
                let Some(sheet) = self.sheets.get(self.sheet) else {
                    return;
                };
                TableSource::Elsewhere { sheet, mapping }
            }
        };
        self.preview = TablePreview::of(data, &self.sheets, source, &name);
    }
}

/// A mapping for a file without sheets.
fn empty_mapping() -> TableMapping {
    TableMapping {
        area: 0,
        years: YearLayout::Columns,
        indicator: String::new(),
        average: None,
    }
}

/// The dialog.
pub(super) fn import_table_ui(
    ui: &mut Ui,
    form: &mut TableImportForm,
    data: &Dataset,
    queue: &mut CommandQueue,
) {
    ui.heading("Tabel importeren");
    ui.label(format!("Bestand: {}", form.path.display()));
    ui.add_space(6.0);
    let changed = if form.mapping.is_some() {
        mapping_ui(ui, form, data)
    } else {
        ui.label("De werkmap van de app: elke rij wordt gevonden aan haar id.");
        false
    };
    if !form.preview.missing.is_empty() {
        ui.label(match form.preview.missing.len() {
            1 => "1 rij staat niet meer in de tabel:".to_owned(),
            n => format!("{n} rijen staan niet meer in de tabel:"),
        });
        for row in form.preview.missing.iter().take(8) {
            ui.label(format!("  • {row}"));
        }
    }
    let delete = (!form.preview.missing.is_empty())
        && ui
            .checkbox(&mut form.delete_missing, "Deze rijen ook verwijderen")
            .changed();
    if changed || delete {
        form.refresh(data);
    }
    ui.separator();
    preview_ui(ui, &form.preview);
    ui.add_space(8.0);
    let apply = form.preview.result().is_some();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(apply, egui::Button::new("Toepassen"))
            .on_disabled_hover_text("Er is niets te wijzigen, of er zijn problemen.")
            .clicked()
        {
            queue.message(Message::TableImport(TableImportMessage::Apply));
        }
        buttons_ui(ui, &[("Annuleren", Message::CloseDialog)], queue);
    });
}

/// The mapping step; true when a choice changed.
fn mapping_ui(ui: &mut Ui, form: &mut TableImportForm, data: &Dataset) -> bool {
    let mut changed = false;
    let Some(sheet) = form.sheets.get(form.sheet) else {
        return false;
    };
    let titles: Vec<String> = sheet
        .rows
        .first()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, c)| format!("{} · {}", column_letters(i), c.text()))
                .collect()
        })
        .unwrap_or_default();
    let areas: Vec<String> = {
        let area = form.mapping.as_ref().map_or(0, |m| m.area);
        (1..sheet.rows.len())
            .map(|row| sheet.cell(row, area).text())
            .filter(|t| !t.is_empty())
            .collect()
    };
    let sheet_names: Vec<String> = form.sheets.iter().map(|s| s.name.clone()).collect();
    if sheet_names.len() > 1 && choice(ui, "Werkblad", &mut form.sheet, &sheet_names) {
        // Another sheet has other columns: guess again.
        form.mapping = form.sheets.get(form.sheet).map(|s| guess_mapping(s, data));
        return true;
    }
    let Some(mapping) = form.mapping.as_mut() else {
        return changed;
    };
    egui::Grid::new("table mapping")
        .num_columns(2)
        .show(ui, |ui| {
            changed |= choice(
                ui,
                "Gebied (wijk of CBS-code) in kolom",
                &mut mapping.area,
                &titles,
            );
            ui.end_row();
            ui.label("Jaren");
            ui.horizontal(|ui| {
                let per_column = matches!(mapping.years, YearLayout::Columns);
                if ui.radio(!per_column, "in een kolom").clicked() && per_column {
                    mapping.years = YearLayout::Column { year: 1, value: 2 };
                    changed = true;
                }
                if ui.radio(per_column, "een kolom per jaar").clicked() && !per_column {
                    mapping.years = YearLayout::Columns;
                    changed = true;
                }
            });
            ui.end_row();
            if let YearLayout::Column { year, value } = &mut mapping.years {
                changed |= choice(ui, "Jaar in kolom", year, &titles);
                ui.end_row();
                changed |= choice(ui, "Waarde in kolom", value, &titles);
                ui.end_row();
            }
            let indicators: Vec<String> = data
                .indicators
                .iter()
                .map(|i| {
                    let wijk = data.district(&i.district).map_or("", |d| d.name.as_str());
                    format!("{} ({wijk})", i.name)
                })
                .collect();
            let mut index = data
                .indicators
                .iter()
                .position(|i| i.id == mapping.indicator)
                .unwrap_or(usize::MAX);
            if choice(ui, "Indicator", &mut index, &indicators) {
                if let Some(indicator) = data.indicators.get(index) {
                    mapping.indicator = indicator.id.clone();
                }
                changed = true;
            }
            ui.end_row();
            let mut average = mapping
                .average
                .as_ref()
                .and_then(|a| areas.iter().position(|t| t == a))
                .map_or(0, |i| i + 1);
            let options: Vec<String> = std::iter::once("geen".to_owned())
                .chain(areas.iter().cloned())
                .collect();
            if choice(ui, "Utrechts gemiddelde in de rij", &mut average, &options) {
                mapping.average = average.checked_sub(1).and_then(|i| areas.get(i).cloned());
                changed = true;
            }
            ui.end_row();
        });
    changed
}

/// A labelled drop-down of `options`; true when the choice changed.
fn choice(ui: &mut Ui, label: &str, selected: &mut usize, options: &[String]) -> bool {
    let label_response = ui.label(label);
    let shown = options.get(*selected).map_or("— kies —", String::as_str);
    let before = *selected;
    egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        .width(320.0)
        .show_ui(ui, |ui| {
            for (index, option) in options.iter().enumerate() {
                ui.selectable_value(selected, index, option);
            }
        })
        .response
        .labelled_by(label_response.id);
    *selected != before
}

fn preview_ui(ui: &mut Ui, preview: &TablePreview) {
    for note in &preview.notes {
        ui.label(note);
    }
    if !preview.problems.is_empty() {
        ui.label(
            RichText::new(preview.headline())
                .color(palette::ERROR)
                .strong(),
        );
        egui::ScrollArea::vertical()
            .id_salt("import problems")
            .max_height(160.0)
            .show(ui, |ui| {
                for problem in &preview.problems {
                    ui.label(RichText::new(problem).color(palette::ERROR));
                }
            });
        return;
    }
    if preview.changes().is_empty() {
        ui.label(preview.headline());
        return;
    }
    ui.label(RichText::new(preview.headline()).strong());
    egui::ScrollArea::vertical()
        .id_salt("import preview")
        .max_height(260.0)
        .show(ui, |ui| {
            for (group, lines) in preview.grouped() {
                ui.label(RichText::new(format!("{group} ({})", lines.len())).strong());
                for line in lines {
                    ui.label(line);
                }
            }
        });
}
