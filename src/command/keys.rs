//! Turning key presses into commands: every command's shortcuts, the most
//! specific first (egui lets Ctrl+Shift+S match Ctrl+S too), each press
//! taken by one command only.

use egui::{InputState, Key, KeyboardShortcut};

use super::UiCommand;

/// How many modifiers a shortcut needs: Ctrl+Shift+Z before Ctrl+Z before Z.
fn specificity(shortcut: &KeyboardShortcut) -> u8 {
    let m = shortcut.modifiers;
    u8::from(m.command || m.ctrl || m.mac_cmd) + u8::from(m.shift) + u8::from(m.alt)
}

/// Whether a shortcut is a key a text field also uses (arrows, space,
/// Home/End, letters): it is left to the field while the user types.
fn belongs_to_text_field(shortcut: &KeyboardShortcut) -> bool {
    let m = shortcut.modifiers;
    let function_key = matches!(
        shortcut.logical_key,
        Key::F1
            | Key::F2
            | Key::F3
            | Key::F4
            | Key::F5
            | Key::F6
            | Key::F7
            | Key::F8
            | Key::F9
            | Key::F10
            | Key::F11
            | Key::F12
    );
    !(m.command || m.ctrl || m.mac_cmd || m.alt || function_key)
}

/// The commands whose shortcuts were pressed this frame, in the order they
/// were matched; each press is consumed. `available` says which commands
/// can be given now; `typing` whether a text field has the keyboard.
pub fn pressed_commands(
    input: &mut InputState,
    available: impl Fn(UiCommand) -> bool,
    typing: bool,
) -> Vec<UiCommand> {
    let mut candidates: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::all()
        .filter(|command| available(*command))
        .flat_map(|command| command.shortcuts().iter().map(move |s| (command, *s)))
        .filter(|(_, shortcut)| !(typing && belongs_to_text_field(shortcut)))
        .collect();
    // Stable: among equally specific shortcuts the order of the commands stays.
    candidates.sort_by_key(|(_, shortcut)| std::cmp::Reverse(specificity(shortcut)));
    let mut pressed = Vec::new();
    for (command, shortcut) in candidates {
        let times = input.count_and_consume_key(shortcut.modifiers, shortcut.logical_key);
        pressed.extend(std::iter::repeat_n(command, times));
    }
    pressed
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Event, Modifiers, RawInput};

    fn press(modifiers: Modifiers, key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn commands_for(events: Vec<Event>, typing: bool) -> Vec<UiCommand> {
        let ctx = egui::Context::default();
        let input = RawInput {
            events,
            ..RawInput::default()
        };
        let mut found = Vec::new();
        let mut output = ctx.run_ui(input, |ui| {
            found = ui.input_mut(|i| pressed_commands(i, |_| true, typing));
        });
        output.textures_delta.clear();
        found
    }

    #[test]
    fn the_most_specific_shortcut_wins() {
        let shift_z = press(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
        assert_eq!(commands_for(vec![shift_z], false), [UiCommand::Redo]);
        let shift_s = press(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
        assert_eq!(commands_for(vec![shift_s], false), [UiCommand::SaveAs]);
        let s = press(Modifiers::COMMAND, Key::S);
        assert_eq!(commands_for(vec![s], false), [UiCommand::Save]);
    }

    #[test]
    fn plain_keys_are_left_to_a_text_field_but_ctrl_and_f5_are_not() {
        let down = press(Modifiers::NONE, Key::ArrowDown);
        assert!(commands_for(vec![down.clone()], true).is_empty());
        assert!(commands_for(vec![down], false).contains(&UiCommand::NextDistrict));
        let undo = press(Modifiers::COMMAND, Key::Z);
        assert_eq!(commands_for(vec![undo], true), [UiCommand::Undo]);
        let f5 = press(Modifiers::NONE, Key::F5);
        assert_eq!(commands_for(vec![f5], true), [UiCommand::StartPresentation]);
    }

    #[test]
    fn two_presses_give_the_command_twice() {
        let page_down = press(Modifiers::NONE, Key::PageDown);
        assert_eq!(
            commands_for(vec![page_down.clone(), page_down], false),
            [UiCommand::NextSlide, UiCommand::NextSlide]
        );
    }
}
