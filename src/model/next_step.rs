//! A next step agreed with a wijkplatform or for an intervention: what,
//! when, and who takes it — an organisation or a role, never a private
//! person's name in the documents.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Dataset;
use super::format::date_short_nl;

/// One agreed next step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NextStep {
    /// What is to be done.
    pub text: String,
    /// By when (`None`: no date agreed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Who takes it: an organisation or a role ("DOCK", "wijkmanager").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
}

/// Schema 8 and older kept a next step as its text only; both forms read.
#[derive(Deserialize)]
#[serde(untagged)]
enum StoredStep {
    Text(String),
    Full {
        text: String,
        #[serde(default)]
        due: Option<NaiveDate>,
        #[serde(default)]
        who: String,
    },
}

impl<'de> Deserialize<'de> for NextStep {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match StoredStep::deserialize(deserializer)? {
            StoredStep::Text(text) => Self::new(text),
            StoredStep::Full { text, due, who } => Self { text, due, who },
        })
    }
}

impl NextStep {
    /// A step with its text only.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            due: None,
            who: String::new(),
        }
    }

    /// Whether its date has passed on `today` (a step without a date never is).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|due| due < today)
    }

    /// When and who in words: "15-1-2027, DOCK", "DOCK", "" for neither.
    /// `who` is left out when `hide_who` says it names a person.
    pub fn when_and_who(&self, hide_who: impl Fn(&str) -> bool) -> String {
        let who = self.who.trim();
        let who = (!who.is_empty() && !hide_who(who)).then_some(who);
        match (self.due.map(date_short_nl), who) {
            (Some(due), Some(who)) => format!("{due}, {who}"),
            (Some(due), None) => due,
            (None, Some(who)) => who.to_owned(),
            (None, None) => String::new(),
        }
    }

    /// The step in one line for a document or a slide: "Evaluatie met
    /// bewoners (15-1-2027, DOCK; verlopen)". Overdue is judged on `today`;
    /// `None` (a slide before the council) never marks it.
    pub fn line(&self, today: Option<NaiveDate>, hide_who: impl Fn(&str) -> bool) -> String {
        let mut extra = self.when_and_who(hide_who);
        if today.is_some_and(|today| self.is_overdue(today)) {
            extra.push_str("; verlopen");
        }
        if extra.is_empty() {
            return self.text.clone();
        }
        // "… ervaren (15-11-2026, DOCK)." rather than "… ervaren. (…)".
        match self.text.strip_suffix('.') {
            Some(sentence) => format!("{sentence} ({extra})."),
            None => format!("{} ({extra})", self.text),
        }
    }

    /// The step in one cell of a table, so that it reads back:
    /// "Evaluatie — wanneer: 15-1-2027 — wie: DOCK".
    pub fn cell_text(&self) -> String {
        let mut text = self.text.clone();
        if let Some(due) = self.due {
            text.push_str(WHEN_MARK);
            text.push_str(&date_short_nl(due));
        }
        if !self.who.trim().is_empty() {
            text.push_str(WHO_MARK);
            text.push_str(self.who.trim());
        }
        text
    }

    /// Reads [`NextStep::cell_text`] back.
    ///
    /// # Errors
    /// A Dutch message when the date after "wanneer:" is no date.
    pub fn from_cell_text(cell: &str) -> Result<Self, String> {
        let (rest, who) = cell
            .split_once(WHO_MARK)
            .map_or((cell, ""), |(rest, who)| (rest, who.trim()));
        let (text, due) = match rest.split_once(WHEN_MARK) {
            Some((text, due)) => (text, Some(super::format::parse_date(due)?)),
            None => (rest, None),
        };
        Ok(Self {
            text: text.trim().to_owned(),
            due,
            who: who.to_owned(),
        })
    }
}

const WHEN_MARK: &str = " — wanneer: ";
const WHO_MARK: &str = " — wie: ";

/// Whether `who` is the name of a contact person in the register: a
/// private person, never printed as who takes a step.
pub fn names_a_contact(data: &Dataset, who: &str) -> bool {
    let who = who.trim();
    !who.is_empty()
        && data
            .platforms
            .iter()
            .flat_map(|platform| &platform.contacts)
            .any(|contact| contact.name.trim().eq_ignore_ascii_case(who))
}

/// The steps with text, one line each, for a document (`today`: its
/// date, to mark overdue ones) or a slide (`None`). A contact person's
/// name as who is left out.
pub fn step_lines(data: &Dataset, steps: &[NextStep], today: Option<NaiveDate>) -> Vec<String> {
    steps
        .iter()
        .filter(|step| !step.text.trim().is_empty())
        .map(|step| {
            let mut step = step.clone();
            step.text = step.text.trim().to_owned();
            step.line(today, |who| names_a_contact(data, who))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn old_files_with_text_only_steps_still_read() {
        let steps: Vec<NextStep> = ron::from_str(
            r#"["Gesprek met DOCK", (text: "Evaluatie", due: Some("2027-01-15"), who: "DOCK")]"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(steps[0], NextStep::new("Gesprek met DOCK"));
        assert_eq!(steps[1].due, Some(date(2027, 1, 15)));
        assert_eq!(steps[1].who, "DOCK");
    }

    #[test]
    fn a_step_is_overdue_after_its_date_and_says_so() {
        let step = NextStep {
            text: "Evaluatie".to_owned(),
            due: Some(date(2026, 11, 1)),
            who: "DOCK".to_owned(),
        };
        assert!(step.is_overdue(date(2026, 11, 2)));
        assert!(!step.is_overdue(date(2026, 11, 1)));
        assert_eq!(
            step.line(Some(date(2026, 12, 6)), |_| false),
            "Evaluatie (1-11-2026, DOCK; verlopen)"
        );
        assert_eq!(
            step.line(Some(date(2026, 10, 1)), |w| w == "DOCK"),
            "Evaluatie (1-11-2026)"
        );
        assert_eq!(step.line(None, |_| false), "Evaluatie (1-11-2026, DOCK)");
        let sentence = NextStep {
            text: "Gesprek met het bestuur.".to_owned(),
            ..step
        };
        assert_eq!(
            sentence.line(None, |_| false),
            "Gesprek met het bestuur (1-11-2026, DOCK)."
        );
        assert!(!NextStep::new("Zonder datum").is_overdue(date(2100, 1, 1)));
    }

    #[test]
    fn a_bad_date_in_a_cell_is_said() {
        let error = NextStep::from_cell_text("Evaluatie — wanneer: 31-2-2027")
            .err()
            .unwrap_or_default();
        assert!(error.contains("is geen datum"), "{error}");
    }

    /// Steps with a text and a who as the patterns say, with or without a
    /// date in the years 2025 to 2033.
    fn step_strategy(text: &'static str, who: &'static str) -> impl Strategy<Value = NextStep> {
        (text, 0_u32..3000, any::<bool>(), who).prop_map(|(text, day, with_date, who)| NextStep {
            text,
            due: with_date.then(|| date(2025, 1, 1) + chrono::Days::new(u64::from(day))),
            who,
        })
    }

    proptest! {
        #[test]
        fn a_step_reads_back_from_its_cell(
            step in step_strategy("[A-Za-z][A-Za-z ,.]{0,30}[a-z]", "([A-Z][A-Za-z ]{0,15}[a-z])?"),
        ) {
            prop_assert_eq!(NextStep::from_cell_text(&step.cell_text()), Ok(step));
        }

        #[test]
        fn a_step_reads_back_from_the_file(step in step_strategy(".{0,40}", ".{0,20}")) {
            let written = ron::to_string(&step).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let read: NextStep = ron::from_str(&written).map_err(|e| TestCaseError::fail(format!("{written}: {e}")))?;
            prop_assert_eq!(read, step);
        }
    }
}

#[cfg(test)]
mod document_tests {
    use super::*;

    #[test]
    fn a_contact_persons_name_never_stands_as_who_in_a_document() {
        let mut data = crate::model::shipped_for_tests();
        // A contact typed by the user (the shipped data has none).
        data.platforms[1].contacts.push(crate::model::Contact {
            name: "Jansje de Vries".to_owned(),
            role: "voorzitter".to_owned(),
            ..crate::model::Contact::default()
        });
        let contact = "Jansje de Vries";
        let steps = vec![
            NextStep {
                text: "Bellen".to_owned(),
                due: None,
                who: contact.to_uppercase(),
            },
            NextStep {
                text: " Evaluatie ".to_owned(),
                due: None,
                who: "DOCK".to_owned(),
            },
            NextStep::new("  "),
        ];
        data.platforms[0].next_steps.clone_from(&steps);
        assert_eq!(
            step_lines(&data, &steps, None),
            vec!["Bellen".to_owned(), "Evaluatie (DOCK)".to_owned()]
        );
    }
}
