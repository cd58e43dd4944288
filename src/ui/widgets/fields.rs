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

/// Shows the validation problems at `path` (and below it) in red beside a field.
pub fn problems_at(ui: &mut Ui, problems: &[Problem], path: &str) {
    for problem in problems.iter().filter(|p| {
        p.path == path
            || p.path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '[']))
    }) {
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

/// An editable list: each item drawn by `item_ui` beside its remove button,
/// and an add button below. Returns whether the list changed.
pub fn list_editor<T>(
    ui: &mut Ui,
    item_name: &str,
    empty_text: &str,
    items: &mut Vec<T>,
    new_item: impl FnOnce() -> T,
    mut item_ui: impl FnMut(&mut Ui, usize, &mut T) -> bool,
) -> bool {
    let mut changed = false;
    let mut remove = None;
    if items.is_empty() {
        ui.weak(empty_text);
    }
    for (index, item) in items.iter_mut().enumerate() {
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
                ui.vertical(|ui| changed |= item_ui(ui, index, item));
            });
        });
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
        changed = true;
    }
    changed
}

/// An editable list of short texts under a title. Returns whether it changed.
pub fn string_list(ui: &mut Ui, title: &str, item_label: &str, items: &mut Vec<String>) -> bool {
    ui.label(egui::RichText::new(title).strong());
    list_editor(
        ui,
        item_label,
        "Nog niets ingevuld.",
        items,
        String::new,
        |ui, index, item| {
            multiline_field(ui, &format!("{item_label} {}", index + 1), false, item).changed()
        },
    )
}
