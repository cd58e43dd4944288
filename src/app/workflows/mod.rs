//! The workflows, one file each: its messages (nested under `Message`)
//! handled in one place, with the dialog it shows and the file work it asks
//! for. *Importeren…*, *Kaart importeren…*, *Tabel importeren…*,
//! *Exporteren…*, *Document maken…*, *Wat is er veranderd?* and
//! *Samenvoegen met…*, and the offer of the council letter's interventions
//! to a file that predates them.

mod change_report;
mod documents;
mod export;
mod import;
mod letter_offer;
mod map_import;
mod merging;
mod table_import;
