//! The Voortgang view: what Samen voor Overvecht does. On the left the
//! filters and the ambitions with their goals and interventions as a tree;
//! on the right the chosen ambition's overview or the chosen intervention's
//! panel, editable like a platform's, or the timeline of them all.

mod ambition_panel;
mod assessment;
mod editor;
mod filters;
mod scores;
mod timeline;
mod tree;

use std::sync::Arc;

use egui::Ui;

use crate::command::{Message, VoortgangPane};
use crate::model::view::charts::{TimelineChart, timeline};
use crate::model::{AmbitionOverview, InterventionFilter, YearMonth, ambition_overview};
use crate::ui::ViewContext;
use tree::TreeRow;

/// What is chosen in the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Chosen {
    /// An ambition, by number: its overview.
    Ambition(u8),
    /// An intervention, by id: its panel.
    Intervention(String),
}

impl Default for Chosen {
    fn default() -> Self {
        Self::Ambition(1)
    }
}

/// What the Voortgang view keeps between frames (not saved).
#[derive(Clone, Debug, Default)]
pub(crate) struct VoortgangState {
    /// The filters and the search.
    filter: InterventionFilter,
    /// The chosen ambition or intervention.
    chosen: Chosen,
    /// Ambitions folded shut in the tree.
    folded: Vec<u8>,
    /// The name typed for a new partner.
    new_partner: String,
    /// The tree's rows, worked out when the data, the filter or the
    /// folding changes, not every frame.
    rows: Option<(TreeKey, Arc<Vec<TreeRow>>)>,
    /// The timeline, likewise.
    chart: Option<(ChartKey, Arc<TimelineChart>)>,
    /// The chosen ambition's overview, likewise.
    overview: Option<((u64, u8), Arc<AmbitionOverview>)>,
    /// How the assessment table is sorted.
    sorting: assessment::Sorting,
}

type TreeKey = (u64, InterventionFilter, Vec<u8>);
type ChartKey = (u64, InterventionFilter, YearMonth);

impl VoortgangState {
    /// The tree's rows for the data at `revision`.
    fn tree_rows(&mut self, ctx: &ViewContext<'_>) -> Arc<Vec<TreeRow>> {
        let key = (ctx.revision(), self.filter.clone(), self.folded.clone());
        match &self.rows {
            Some((cached, rows)) if *cached == key => Arc::clone(rows),
            _ => {
                let rows = Arc::new(tree::tree_rows(ctx.data(), &self.filter, &self.folded));
                self.rows = Some((key, Arc::clone(&rows)));
                rows
            }
        }
    }

    /// The overview of `ambition` for the data at `revision`.
    fn overview(&mut self, ctx: &ViewContext<'_>, ambition: u8) -> Arc<AmbitionOverview> {
        let key = (ctx.revision(), ambition);
        match &self.overview {
            Some((cached, overview)) if *cached == key => Arc::clone(overview),
            _ => {
                let overview = Arc::new(ambition_overview(ctx.data(), ambition));
                self.overview = Some((key, Arc::clone(&overview)));
                overview
            }
        }
    }

    /// The timeline for the data at `revision`, with `today` marked.
    fn timeline(&mut self, ctx: &ViewContext<'_>, today: YearMonth) -> Arc<TimelineChart> {
        let key = (ctx.revision(), self.filter.clone(), today);
        match &self.chart {
            Some((cached, chart)) if *cached == key => Arc::clone(chart),
            _ => {
                let chart = Arc::new(timeline(ctx.data(), &self.filter, today));
                self.chart = Some((key, Arc::clone(&chart)));
                chart
            }
        }
    }
}

/// This month (see [`crate::ui::today`]).
pub(crate) fn this_month() -> YearMonth {
    use chrono::Datelike;
    let date = crate::ui::today();
    YearMonth {
        year: date.year(),
        month: u8::try_from(date.month()).unwrap_or(1),
    }
}

/// Draws the Voortgang view.
pub(crate) fn voortgang_view_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    state: &mut VoortgangState,
) {
    egui::Panel::left("voortgang-lijst")
        .resizable(true)
        .default_size(360.0)
        .min_size(260.0)
        .show(ui, |ui| {
            ui.add_space(4.0);
            filters::filters_ui(ui, ctx.data(), &mut state.filter);
            ui.separator();
            let rows = state.tree_rows(ctx);
            if tree::tree_ui(ui, &rows, state)
                && ctx.settings().voortgang_pane != VoortgangPane::PerAmbitie
            {
                ctx.message(Message::ShowVoortgangPane(VoortgangPane::PerAmbitie));
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let pane = ctx.settings().voortgang_pane;
        ui.horizontal(|ui| {
            for (choice, label, hover) in [
                (
                    VoortgangPane::PerAmbitie,
                    "Per ambitie",
                    "De gekozen ambitie of interventie",
                ),
                (
                    VoortgangPane::Tijdlijn,
                    "Tijdlijn",
                    "De interventies over de jaren, gekleurd naar status",
                ),
                (
                    VoortgangPane::Beoordeling,
                    "Beoordeling",
                    "Het beoordelingskader en de scores van alle interventies in één tabel",
                ),
            ] {
                if ui
                    .selectable_label(pane == choice, label)
                    .on_hover_text(hover)
                    .clicked()
                    && pane != choice
                {
                    ctx.message(Message::ShowVoortgangPane(choice));
                }
            }
        });
        ui.separator();
        match pane {
            VoortgangPane::Tijdlijn => {
                let chart = state.timeline(ctx, this_month());
                if let Some(index) = timeline::timeline_ui(ui, &chart)
                    && let Some(intervention) = ctx.data().interventions.get(index)
                {
                    state.chosen = Chosen::Intervention(intervention.id.clone());
                    ctx.message(Message::ShowVoortgangPane(VoortgangPane::PerAmbitie));
                }
            }
            VoortgangPane::PerAmbitie => chosen_ui(ui, ctx, state),
            VoortgangPane::Beoordeling => {
                let year = ctx.data().budget.first_cut_year();
                let filter = state.filter.clone();
                if let Some(id) =
                    assessment::assessment_ui(ui, ctx, &filter, &mut state.sorting, year)
                {
                    state.chosen = Chosen::Intervention(id);
                    ctx.message(Message::ShowVoortgangPane(VoortgangPane::PerAmbitie));
                }
            }
        }
    });
}

/// The chosen intervention's panel, or the chosen ambition's overview.
fn chosen_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, state: &mut VoortgangState) {
    let data = ctx.data();
    let ambition = match &state.chosen {
        Chosen::Intervention(id) => {
            if let Some(index) = data.interventions.iter().position(|i| i.id == *id) {
                egui::ScrollArea::vertical()
                    .id_salt(("interventie", id.as_str()))
                    .show(ui, |ui| {
                        editor::intervention_ui(ui, ctx, index, &mut state.new_partner);
                    });
                return;
            }
            // Gone (undone, deleted): back to its ambition's overview.
            1
        }
        Chosen::Ambition(ambition) => *ambition,
    };
    let Some(index) = data.ambitions.iter().position(|a| a.id == ambition) else {
        ui.weak("Kies links een ambitie of een interventie.");
        return;
    };
    let overview = state.overview(ctx, ambition);
    egui::ScrollArea::vertical()
        .id_salt(("ambitie", ambition))
        .show(ui, |ui| {
            if let Some(added) = ambition_panel::ambition_ui(ui, ctx, index, &overview) {
                state.chosen = Chosen::Intervention(added);
            }
        });
}
