//! Everything the views draw, worked out once per change of the data and
//! not every frame: the indicator series, the budget years, the support
//! budgets and the real map's shapes (triangulated again only when the
//! boundaries change).

use crate::model::{
    BudgetYear, Dataset, IndicatorSeries, SupportRow, budget_years, indicator_series, support_rows,
};

/// Everything the plots need, with the change it was derived from.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    /// Change counter of the data these figures belong to.
    pub change: u64,
    /// Indicator series.
    pub indicators: Vec<IndicatorSeries>,
    /// Budget per year.
    pub budget: Vec<BudgetYear>,
    /// Support budgets per wijk.
    pub support: Vec<SupportRow>,
    /// The real map, when boundaries are imported.
    pub map: Option<std::sync::Arc<crate::model::geo::MapShapes>>,
    /// The boundaries `map` was made from, to redo it only when they change.
    map_source: Vec<crate::model::Boundary>,
}

impl Derived {
    /// Derives everything from `data`.
    pub fn from_data(data: &Dataset, change: u64) -> Self {
        Self {
            change,
            indicators: indicator_series(data),
            budget: budget_years(&data.budget),
            support: support_rows(data),
            map: crate::model::geo::MapShapes::from_data(data).map(std::sync::Arc::new),
            map_source: data.boundaries.clone(),
        }
    }

    /// Derives everything again after a change, keeping the map when the
    /// boundaries did not change (triangulation is the costly part).
    pub fn update(&mut self, data: &Dataset, change: u64) {
        let map = if self.map_source == data.boundaries {
            self.map.take()
        } else {
            crate::model::geo::MapShapes::from_data(data).map(std::sync::Arc::new)
        };
        *self = Self {
            change,
            indicators: indicator_series(data),
            budget: budget_years(&data.budget),
            support: support_rows(data),
            map,
            map_source: data.boundaries.clone(),
        };
    }
}
