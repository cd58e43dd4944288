//! The workflows, one file each: its messages (nested under `Message`)
//! handled in one place, with the dialog it shows and the file work it asks
//! for. *Importeren…*, *Kaart importeren…*, *Tabel importeren…*,
//! *Exporteren…*, *Document maken…*, *Wat is er veranderd?* and
//! *Samenvoegen met…*.

mod change_report;
mod documents;
mod export;
mod import;
mod map_import;
mod merging;
mod table_import;
