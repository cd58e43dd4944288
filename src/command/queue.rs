//! The queue the views fill while drawing a frame; the app takes it empty
//! afterwards and applies what is in it, in order.

use super::{Message, UiCommand};
use crate::document::Edit;

/// One entry of the queue.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command (menu, button, shortcut).
    Command(UiCommand),
    /// A message with its payload.
    Message(Message),
}

impl From<UiCommand> for Action {
    fn from(command: UiCommand) -> Self {
        Self::Command(command)
    }
}

impl From<Message> for Action {
    fn from(message: Message) -> Self {
        Self::Message(message)
    }
}

/// What the user asked for this frame, in order.
#[derive(Debug, Default)]
#[must_use]
pub struct CommandQueue {
    actions: Vec<Action>,
}

impl CommandQueue {
    /// Asks for a command.
    pub fn command(&mut self, command: UiCommand) {
        self.actions.push(Action::Command(command));
    }

    /// Sends a message.
    pub fn message(&mut self, message: Message) {
        self.actions.push(Action::Message(message));
    }

    /// Sends an edit of the data; edits with the same `key` in quick
    /// succession become one undo step.
    pub fn edit(&mut self, edit: Edit, key: Option<String>) {
        self.message(Message::Edit { edit, key });
    }

    /// Whether nothing was asked.
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.actions.len()
    }

    /// Takes everything out, in order.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.actions)
    }

    /// Whether a message like this one is queued (tests of the views).
    pub fn contains(&self, action: &Action) -> bool {
        self.actions.contains(action)
    }
}
