//! What leaves the app for someone else: a copy without personal data.

use crate::model::Dataset;

/// A copy without personal data (contact persons), for exports.
pub fn without_personal_data(data: &Dataset) -> Dataset {
    let mut copy = data.clone();
    for platform in &mut copy.platforms {
        platform.contacts.clear();
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Platform};

    fn platform(id: &str, name: &str) -> Platform {
        Platform {
            id: id.into(),
            name: name.into(),
            ..Platform::default()
        }
    }

    #[test]
    fn exports_leave_out_contacts() {
        let mut with_contact = platform("a", "A");
        with_contact.contacts.push(Contact {
            name: "Jan".into(),
            ..Contact::default()
        });
        let data = Dataset {
            platforms: vec![with_contact],
            ..Dataset::default()
        };
        assert!(
            without_personal_data(&data).platforms[0]
                .contacts
                .is_empty()
        );
    }
}
