//! Where each wijk sits on the tile map (the map without boundaries): a
//! grid of 5 columns (west → east) by 3 rows (north → south). Shared by the
//! app and the council's documents.

/// Columns of the grid, west to east.
pub(crate) const COLUMNS: f32 = 5.0;
/// Rows of the grid.
pub(crate) const ROWS: f32 = 3.0;

/// Where each wijk sits on the grid: (column, row, width, height), by CBS code.
/// Vleuten-De Meern far west, Leidsche Rijn west, Binnenstad in the centre.
pub(crate) const PLACES: [(&str, [f32; 4]); 10] = [
    ("WK034410", [0.0, 0.6, 1.0, 2.0]), // Vleuten-De Meern
    ("WK034409", [1.0, 0.6, 1.0, 2.0]), // Leidsche Rijn
    ("WK034402", [2.0, 0.0, 1.0, 1.0]), // Noordwest
    ("WK034403", [3.0, 0.0, 1.0, 1.0]), // Overvecht
    ("WK034404", [4.0, 0.0, 1.0, 1.0]), // Noordoost
    ("WK034401", [2.0, 1.0, 1.0, 1.0]), // West
    ("WK034406", [3.0, 1.0, 1.0, 1.0]), // Binnenstad
    ("WK034405", [4.0, 1.0, 1.0, 1.0]), // Oost
    ("WK034408", [2.0, 2.0, 1.0, 1.0]), // Zuidwest
    ("WK034407", [3.0, 2.0, 2.0, 1.0]), // Zuid
];
