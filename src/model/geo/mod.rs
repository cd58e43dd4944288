//! Geography: the wijken's boundaries projected and laid out for the map
//! (RD New and WGS84, the shapes with their triangles and labels), a ring
//! simplified to a few metres, and the places of the tile map. Above the
//! register: it reads the boundaries the register keeps.

mod projection;
mod shapes;
mod simplify;
pub(crate) mod tiles;

pub use projection::{looks_like_rd, looks_like_wgs84, rd_to_wgs84, wgs84_to_rd};
pub use shapes::{DistrictShape, MapShapes};
pub use simplify::simplify_ring;
