//! The Dutch name of every field of the register, in one table: the
//! editor, the workbook and its read-back, the slides, the documents and
//! the change report all take a field's name from here, so a field is
//! never called one thing on screen and another in Excel or in the Bijlage.

/// A field of the register: its name in the file (serde) and in Dutch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    /// The field's name in the file: `"activities"`.
    pub key: &'static str,
    /// Its name for the user: "Wat het organiseert".
    pub label: &'static str,
}

/// What a wijkplatform organises.
pub(crate) const ACTIVITIES: Field = Field {
    key: "activities",
    label: "Wat het organiseert",
};
/// A wijkplatform's challenges.
pub(crate) const CHALLENGES: Field = Field {
    key: "challenges",
    label: "Uitdagingen",
};
/// A wijkplatform's support needs and wishes.
pub(crate) const NEEDS: Field = Field {
    key: "needs",
    label: "Ondersteuningsbehoeften en wensen",
};
/// The agreed next steps.
pub(crate) const NEXT_STEPS: Field = Field {
    key: "next_steps",
    label: "Volgende stappen",
};
/// A wijkplatform's reach.
pub(crate) const REACH: Field = Field {
    key: "reach",
    label: "Bereik",
};
/// The number of members.
pub(crate) const MEMBERS: Field = Field {
    key: "members",
    label: "Leden",
};
/// The legal form.
pub(crate) const LEGAL_FORM: Field = Field {
    key: "legal_form",
    label: "Rechtsvorm",
};
/// The state of a platform.
pub(crate) const STATUS: Field = Field {
    key: "status",
    label: "Status",
};
/// How a platform is funded.
pub(crate) const FUNDING: Field = Field {
    key: "funding",
    label: "Financiering",
};
/// Contact persons (personal data).
pub(crate) const CONTACTS: Field = Field {
    key: "contacts",
    label: "Contactpersonen",
};
/// Dated events.
pub(crate) const LOG: Field = Field {
    key: "log",
    label: "Logboek",
};
/// Notes of a wijk.
const NOTES: Field = Field {
    key: "notes",
    label: "Notities",
};
/// The buurten of a wijk or platform.
const NEIGHBOURHOODS: Field = Field {
    key: "neighbourhoods",
    label: "Buurten",
};
/// A wijk's platform situation.
const SITUATION: Field = Field {
    key: "situation",
    label: "Situatie",
};

/// Every field with a Dutch name, the platform's first.
const ALL: &[Field] = &[
    ACTIVITIES,
    CHALLENGES,
    NEEDS,
    NEXT_STEPS,
    REACH,
    MEMBERS,
    LEGAL_FORM,
    STATUS,
    FUNDING,
    CONTACTS,
    LOG,
    NOTES,
    NEIGHBOURHOODS,
    SITUATION,
    Field {
        key: "title",
        label: "Titel",
    },
    Field {
        key: "name",
        label: "Naam",
    },
    Field {
        key: "label",
        label: "Omschrijving",
    },
    Field {
        key: "support_budget",
        label: "Ondersteuningsbudget",
    },
    Field {
        key: "initiatives_fund",
        label: "Initiatievenfonds",
    },
    Field {
        key: "sources",
        label: "Bronnen",
    },
    Field {
        key: "source",
        label: "Bron",
    },
    Field {
        key: "note",
        label: "Opmerking bij de bron",
    },
    Field {
        key: "neighbourhoods_complete",
        label: "Alle buurten genoemd",
    },
    Field {
        key: "district",
        label: "Wijk",
    },
    Field {
        key: "values",
        label: "Waarden",
    },
    Field {
        key: "target",
        label: "Doel",
    },
    Field {
        key: "unit",
        label: "Eenheid",
    },
    Field {
        key: "direction",
        label: "Richting",
    },
    Field {
        key: "comparison",
        label: "Vergeleken met",
    },
    Field {
        key: "year_from_report",
        label: "Jaar niet genoemd in de bron",
    },
    Field {
        key: "ambition",
        label: "Ambitie",
    },
    Field {
        key: "year",
        label: "Jaar",
    },
    Field {
        key: "period",
        label: "Periode",
    },
    Field {
        key: "budget",
        label: "Budget",
    },
    Field {
        key: "structural_eur",
        label: "Structureel bedrag",
    },
    Field {
        key: "structural_changes",
        label: "Structurele wijzigingen",
    },
    Field {
        key: "incidental",
        label: "Incidenteel geld",
    },
    Field {
        key: "per_year",
        label: "Eigen verdeling per jaar",
    },
    Field {
        key: "allocations",
        label: "Verdeling",
    },
    Field {
        key: "amount_eur",
        label: "Bedrag",
    },
    Field {
        key: "total_eur",
        label: "Totaal bedrag",
    },
    Field {
        key: "platform_support_eur",
        label: "Ondersteuningsbudget per wijkplatform",
    },
    Field {
        key: "explanation",
        label: "Toelichting",
    },
    Field {
        key: "adopted",
        label: "Vastgesteld",
    },
    Field {
        key: "shown",
        label: "Getoond",
    },
    Field {
        key: "qualifier",
        label: "Precisie",
    },
    Field {
        key: "up_to",
        label: "Tot",
    },
    Field {
        key: "utrecht",
        label: "Utrecht",
    },
    Field {
        key: "first_year",
        label: "Eerste jaar",
    },
    Field {
        key: "last_year",
        label: "Laatste jaar",
    },
    Field {
        key: "from_year",
        label: "Vanaf jaar",
    },
    Field {
        key: "confirmed",
        label: "Bevestigd",
    },
    Field {
        key: "programme",
        label: "Programma",
    },
    Field {
        key: "email",
        label: "E-mail",
    },
    Field {
        key: "phone",
        label: "Telefoon",
    },
    Field {
        key: "role",
        label: "Rol",
    },
    Field {
        key: "description",
        label: "Omschrijving",
    },
    Field {
        key: "text",
        label: "Tekst",
    },
    Field {
        key: "date",
        label: "Datum",
    },
    Field {
        key: "precision",
        label: "Precisie van de datum",
    },
    Field {
        key: "due",
        label: "Wanneer",
    },
    Field {
        key: "who",
        label: "Wie (organisatie of rol)",
    },
    Field {
        key: "short_name",
        label: "Korte naam",
    },
    Field {
        key: "category",
        label: "Soort",
    },
    Field {
        key: "reference_year",
        label: "Referentiejaar",
    },
    Field {
        key: "scenarios",
        label: "Scenario's",
    },
    Field {
        key: "quote",
        label: "Citaat",
    },
    Field {
        key: "document",
        label: "Document",
    },
    Field {
        key: "results",
        label: "Resultaten",
    },
    Field {
        key: "partners",
        label: "Partners",
    },
    Field {
        key: "funding_note",
        label: "Toelichting op het geld",
    },
    Field {
        key: "amounts",
        label: "Bedragen per jaar",
    },
    Field {
        key: "goals",
        label: "Doelen",
    },
    Field {
        key: "area",
        label: "Gebied",
    },
    Field {
        key: "introduction",
        label: "Inleiding",
    },
    Field {
        key: "introduction_source",
        label: "Bron van de inleiding",
    },
    Field {
        key: "covers",
        label: "Straten",
    },
    Field {
        key: "pillars",
        label: "Pijlers",
    },
    Field {
        key: "interventions",
        label: "Interventies",
    },
    Field {
        key: "buurtaanpakken",
        label: "Buurtaanpakken",
    },
    Field {
        key: "start",
        label: "Begin",
    },
    Field {
        key: "end",
        label: "Eind",
    },
    Field {
        key: "month",
        label: "Maand",
    },
    Field {
        key: "criteria",
        label: "Beoordelingskader",
    },
    Field {
        key: "weight",
        label: "Gewicht",
    },
    Field {
        key: "scores",
        label: "Beoordeling",
    },
    Field {
        key: "criterion",
        label: "Criterium",
    },
    Field {
        key: "score",
        label: "Score",
    },
    Field {
        key: "reason",
        label: "Waarom",
    },
    Field {
        key: "per_intervention",
        label: "Per interventie",
    },
    Field {
        key: "choices",
        label: "Besluiten",
    },
    Field {
        key: "intervention",
        label: "Interventie",
    },
    Field {
        key: "decision",
        label: "Besluit",
    },
    Field {
        key: "locked",
        label: "Vast",
    },
    Field {
        key: "Verlagen",
        label: "Verlagen naar",
    },
    Field {
        key: "file",
        label: "Bestand",
    },
    Field {
        key: "id",
        label: "Kenmerk",
    },
    Field {
        key: "section",
        label: "Onderdeel",
    },
    Field {
        key: "platform_support_source",
        label: "Bron van de ondersteuning van wijkplatforms",
    },
    Field {
        key: "structural_source",
        label: "Bron van het structurele bedrag",
    },
    Field {
        key: "polygons",
        label: "Vlakken",
    },
    Field {
        key: "schema_version",
        label: "Versie van het bestandsformaat",
    },
    Field {
        key: "Buurt",
        label: "Buurt",
    },
    Field {
        key: "Buurtaanpak",
        label: "Buurtaanpak",
    },
    Field {
        key: "Count",
        label: "Aantal",
    },
    Field {
        key: "ambitions",
        label: "Ambities",
    },
    Field {
        key: "boundaries",
        label: "Kaart (grenzen van de wijken)",
    },
    Field {
        key: "districts",
        label: "Wijken",
    },
    Field {
        key: "indicators",
        label: "Indicatoren",
    },
    Field {
        key: "key_figures",
        label: "Kerncijfers",
    },
    Field {
        key: "platforms",
        label: "Wijkplatforms",
    },
];

/// The Dutch name of the field `key`, if the register has one by that name.
pub(crate) fn label_of(key: &str) -> Option<&'static str> {
    ALL.iter().find(|field| field.key == key).map(|f| f.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_one_name_and_every_name_one_field() {
        let mut keys: Vec<&str> = ALL.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a field named twice");
        assert_eq!(label_of("activities"), Some("Wat het organiseert"));
        assert_eq!(
            label_of("strengths"),
            None,
            "the register has no such field"
        );
    }

    /// Every field name in the shipped file (and so in the change report
    /// and the merge's questions) has its Dutch name.
    #[test]
    fn every_field_of_the_register_has_a_dutch_name() {
        fn keys(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
            match value {
                serde_json::Value::Object(fields) => {
                    for (key, value) in fields {
                        out.insert(key.clone());
                        keys(value, out);
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
                _ => {}
            }
        }
        let mut data = crate::model::shipped_for_tests();
        // What the shipped file leaves empty: a score and a scenario per
        // intervention with a reduction.
        data.interventions[0].scores.push(crate::model::Score {
            criterion: data.criteria[0].id.clone(),
            score: Some(3),
            reason: "omdat".into(),
        });
        let mut plan = crate::model::InterventionPlan {
            from_year: 2026,
            choices: Vec::new(),
        };
        plan.set_decision(
            &data.interventions[0].id,
            crate::model::Decision::Verlagen(1),
        );
        plan.set_locked(&data.interventions[0].id, true);
        data.scenarios.push(crate::model::Scenario {
            per_intervention: Some(plan),
            ..crate::model::Scenario::default()
        });
        let tree = serde_json::to_value(&data).unwrap_or_default();
        let mut found = std::collections::BTreeSet::new();
        keys(&tree, &mut found);
        // "value" and "count" add nothing to a place ("Leden", not "Leden ›
        // Aantal ›"): the report leaves them out.
        let unnamed: Vec<&String> = found
            .iter()
            .filter(|k| !matches!(k.as_str(), "value" | "count") && label_of(k).is_none())
            .collect();
        assert!(
            unnamed.is_empty(),
            "fields without a Dutch name: {unnamed:?}"
        );
    }
}
