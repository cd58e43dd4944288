//! Writing a picture of the window as PNG, atomically like every other file.

use std::path::Path;

use super::error::SaveError;
use super::save::{SaveOptions, write_bytes};

/// Writes `rgba` (`width` × `height` pixels, 4 bytes each) as a PNG at
/// `path`, making its folder when needed.
///
/// # Errors
/// [`SaveError::Write`] when the picture cannot be encoded or written.
pub fn write_png(path: &Path, width: u32, height: u32, rgba: Vec<u8>) -> Result<(), SaveError> {
    let failed = |reason: String| SaveError::Write {
        path: path.to_owned(),
        reason,
    };
    let png = png_bytes(width, height, rgba).map_err(failed)?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| failed(format!("kan map '{}' niet maken: {e}", folder.display())))?;
    }
    let options = SaveOptions {
        make_backup: false,
        ..SaveOptions::default()
    };
    write_bytes(path, &png, &options).map(|_| ())
}

/// `rgba` (`width` × `height` pixels, 4 bytes each) encoded as PNG.
///
/// # Errors
/// A Dutch reason when the pixels do not fit the size or cannot be encoded.
pub fn png_bytes(width: u32, height: u32, rgba: Vec<u8>) -> Result<Vec<u8>, String> {
    let Some(buffer) = image::RgbaImage::from_raw(width, height, rgba) else {
        return Err("de schermafbeelding heeft een onverwacht formaat".to_owned());
    };
    let mut png = Vec::new();
    // Fast compression: a screen of flat colours packs almost as small,
    // and the start-up picture (`--screenshot`) waits for it.
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut png,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    );
    buffer
        .write_with_encoder(encoder)
        .map_err(|e| format!("de afbeelding kon niet als PNG worden gemaakt ({e})"))?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_written_as_a_png_in_a_new_folder() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("dias").join("dia-01.png");
        let pixels = vec![255; 2 * 3 * 4];
        assert!(write_png(&path, 2, 3, pixels).is_ok());
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert!(bytes.starts_with(b"\x89PNG"));
        assert!(write_png(&path, 5, 5, vec![0; 4]).is_err(), "wrong size");
    }
}
