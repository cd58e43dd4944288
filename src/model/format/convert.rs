//! Conversions between number types, in one place, each saying why it is
//! safe. (`as` from a float to an integer saturates in Rust and turns NaN
//! into 0: it never wraps; what it can lose is said at each function.)

/// Whole euros, or another whole number within the limits (at most 10^15),
/// as `f64`: exact, since `f64` holds every integer below 2^53.
#[expect(
    clippy::cast_precision_loss,
    reason = "values within the limits (≤ 10^15) are exact in f64"
)]
pub fn exact_f64(value: i64) -> f64 {
    value as f64
}

/// A count (members, people reached) within the limits as `f64`: exact.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts within the limits (≤ 10^12) are exact in f64"
)]
pub fn count_f64(value: u64) -> f64 {
    value as f64
}

/// An index or a length as a position on a chart axis: exact below 2^53.
#[expect(
    clippy::cast_precision_loss,
    reason = "indices and lengths on screen are far below 2^53"
)]
pub fn index_f64(index: usize) -> f64 {
    index as f64
}

/// An index or a length for laying out on screen: exact below 2^24.
#[expect(
    clippy::cast_precision_loss,
    reason = "rows and slides on screen are far below 2^24"
)]
pub fn index_f32(index: usize) -> f32 {
    index as f32
}

/// The nearest whole number; beyond `i64` it saturates, NaN gives 0.
#[expect(
    clippy::cast_possible_truncation,
    reason = "rounded first; the cast saturates outside i64"
)]
pub fn rounded_i64(value: f64) -> i64 {
    value.round() as i64
}

/// The nearest `i32` (a year); beyond `i32` it saturates, NaN gives 0.
#[expect(
    clippy::cast_possible_truncation,
    reason = "rounded first; the cast saturates outside i32"
)]
pub fn rounded_i32(value: f64) -> i32 {
    value.round() as i32
}

/// The nearest `u64` (a count); below 0 it is 0, beyond `u64` it saturates.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "rounded first; the cast saturates at 0 and at u64::MAX"
)]
pub fn rounded_u64(value: f64) -> u64 {
    value.round() as u64
}

/// The index a position on a chart axis stands for, when it is (nearly)
/// a whole number that is not negative.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "only whole, non-negative values get here; the cast saturates"
)]
pub fn axis_index(value: f64) -> Option<usize> {
    let nearest = value.round();
    ((value - nearest).abs() < 0.01 && nearest >= 0.0).then_some(nearest as usize)
}

/// A distance in km (or another value of a few thousand at most) as `f32`
/// for drawing: keeps about seven digits, far finer than a pixel.
#[expect(
    clippy::cast_possible_truncation,
    reason = "distances on the map need far less than f32's precision"
)]
pub fn drawing_f32(value: f64) -> f32 {
    value as f32
}

/// A margin in points as egui's `i8`, kept within its range.
#[expect(
    clippy::cast_possible_truncation,
    reason = "clamped to the i8 range first"
)]
pub fn margin_i8(points: f32) -> i8 {
    points.round().clamp(f32::from(i8::MIN), f32::from(i8::MAX)) as i8
}

/// A count of letters or lines as `usize`: rounded down, 0 below 0, and
/// saturating far above any screen's width.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "floored and clamped to 0..=1e6 first"
)]
pub fn f32_to_usize(value: f32) -> usize {
    value.floor().clamp(0.0, 1.0e6) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_saturate_and_never_wrap() {
        assert_eq!(rounded_i64(f64::MAX), i64::MAX);
        assert_eq!(rounded_i64(f64::NAN), 0);
        assert_eq!(rounded_i32(2_000_000_000_000.0), i32::MAX);
        assert_eq!(rounded_u64(-5.0), 0);
        assert_eq!(exact_f64(4_018_000), 4_018_000.0);
        assert_eq!(axis_index(2.004), Some(2));
        assert_eq!(axis_index(2.5), None);
        assert_eq!(axis_index(-1.0), None);
        assert_eq!(margin_i8(500.0), i8::MAX);
    }
}
