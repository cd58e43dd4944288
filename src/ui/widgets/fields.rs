//! Small labelled input widgets: text, choices, editable lists and the
//! problems beside a field. Every input has an accessible label, so that
//! screen readers (and the kittest UI tests) can find it.

use egui::{Response, Ui};

use crate::model::{Problem, Severity};
use crate::ui::widgets::palette;

/// A label followed by a single-line text field, labelled for accessibility.
pub fn text_field(ui: &mut Ui, label: &str, text: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
            .labelled_by(label.id)
    })
    .inner
}

/// A multi-line text field with an accessible label, shown above it or only
/// given to screen readers (for items of a list whose title says enough).
pub fn multiline_field(ui: &mut Ui, label: &str, show_label: bool, text: &mut String) -> Response {
    let edit = egui::TextEdit::multiline(text)
        .desired_rows(1)
        .desired_width(f32::INFINITY);
    if show_label {
        let label_response = ui.label(label);
        ui.add(edit).labelled_by(label_response.id)
    } else {
        ui.add(edit).accessible_name(label)
    }
}

/// Shows the validation problems at `path` (and below it) in red beside a
/// field; not those of an item the user has just added and not yet left.
pub fn problems_at(ui: &mut Ui, problems: &[Problem], path: &str) {
    let shown = super::pending::visible(ui.ctx(), problems);
    for problem in shown.into_iter().filter(|p| p.lies_at(path)) {
        let colour = match problem.severity {
            Severity::Error => palette::ERROR,
            Severity::Warning => palette::WARNING,
        };
        ui.colored_label(colour, format!("⚠ {}", problem.message));
    }
}

/// A labelled choice from a list (a combo box).
pub fn choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    label: &str,
    current: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        let response = egui::ComboBox::from_id_salt(("choice", label))
            .selected_text(name(*current))
            .show_ui(ui, |ui| {
                for option in options {
                    if ui
                        .selectable_label(*current == *option, name(*option))
                        .clicked()
                        && *current != *option
                    {
                        *current = *option;
                        changed = true;
                    }
                }
            });
        response.response.labelled_by(label_response.id);
    });
    changed
}

/// "ja" / "nee" / "onbekend" for an optional yes/no.
pub fn yes_no_unknown(value: Option<bool>) -> String {
    match value {
        Some(true) => "ja".to_owned(),
        Some(false) => "nee".to_owned(),
        None => "onbekend".to_owned(),
    }
}

/// One row of an editable list, as its `item_ui` sees it.
pub struct Row {
    /// Its place in the list.
    pub index: usize,
    /// Whether the row was just added: its first field takes the keyboard.
    take_focus: bool,
    /// Set when the user left the row's first field.
    left: std::cell::Cell<bool>,
}

impl Row {
    /// Call with the row's first field: a new row gives it the keyboard,
    /// and leaving it lets the row's problems show.
    pub fn first_field(&self, response: &Response) {
        if self.take_focus {
            response.request_focus();
        }
        if response.lost_focus() {
            self.left.set(true);
        }
    }
}

/// An editable list of the data at `path` (`platforms[0].log`): each item
/// drawn by `item_ui` beside its remove button, and an add button below. A
/// new item gets the keyboard, and its problems wait until it is left.
/// Returns whether the list changed.
pub struct ListEditor<'a> {
    /// Where the list is in the data, for its problems.
    pub path: &'a str,
    /// What an item is called: "Logboekregel".
    pub item_name: &'a str,
    /// What shows when the list is empty.
    pub empty_text: &'a str,
}

impl ListEditor<'_> {
    /// Draws the list; returns whether it changed.
    pub fn ui<T>(
        &self,
        ui: &mut Ui,
        items: &mut Vec<T>,
        new_item: impl FnOnce() -> T,
        mut item_ui: impl FnMut(&mut Ui, &Row, &mut T) -> bool,
    ) -> bool {
        let item_name = self.item_name;
        let focus_id = ui.scope_id().with(("nieuwe rij", self.path));
        let new_row: Option<usize> = ui.data_mut(|d| d.remove_temp(focus_id));
        let mut changed = false;
        let mut remove = None;
        if items.is_empty() {
            ui.weak(self.empty_text);
        }
        for (index, item) in items.iter_mut().enumerate() {
            let row = Row {
                index,
                take_focus: new_row == Some(index),
                left: std::cell::Cell::new(false),
            };
            ui.push_id((item_name, index), |ui| {
                ui.horizontal_top(|ui| {
                    if ui
                        .small_button("✖")
                        .on_hover_text(format!("{item_name} verwijderen"))
                        .accessible_name(format!("{item_name} {} verwijderen", index + 1))
                        .clicked()
                    {
                        remove = Some(index);
                    }
                    ui.vertical(|ui| changed |= item_ui(ui, &row, item));
                });
            });
            if row.left.get() {
                super::pending::resolve(ui.ctx(), &format!("{}[{index}]", self.path));
            }
        }
        if let Some(index) = remove {
            items.remove(index);
            changed = true;
        }
        if ui
            .small_button(format!("+ {item_name} toevoegen"))
            .clicked()
        {
            items.push(new_item());
            let index = items.len() - 1;
            super::pending::mark(ui.ctx(), format!("{}[{index}]", self.path));
            ui.data_mut(|d| d.insert_temp(focus_id, index));
            changed = true;
        }
        changed
    }
}

/// An editable list of short texts at `path` under a title. Returns whether
/// it changed.
pub fn string_list(
    ui: &mut Ui,
    path: &str,
    title: &str,
    item_label: &str,
    items: &mut Vec<String>,
) -> bool {
    ui.label(egui::RichText::new(title).strong());
    let list = ListEditor {
        path,
        item_name: item_label,
        empty_text: "Nog niets ingevuld.",
    };
    list.ui(ui, items, String::new, |ui, row, item| {
        let label = format!("{item_label} {}", row.index + 1);
        let response = multiline_field(ui, &label, false, item);
        row.first_field(&response);
        response.changed()
    })
}
