//! Shaping one piece of text (one face, one direction) into clusters with advances.
//! [`TextShaper`] is the seam that lets layout be tested without a window; [`HarfShaper`] is the
//! real implementation over the bundled fonts, using the same shaper egui paints with.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError};

use harfrust::{Direction, Script, ShapePlan, ShaperData, UnicodeBuffer};
use skrifa::MetadataProvider as _;

use super::fonts::Face;

/// One cluster of a shaped piece, in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedCluster {
    /// Byte range of the cluster in the shaped text.
    pub bytes: Range<usize>,
    /// Advance in points.
    pub advance: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    /// The direction the shaper chose for the text (from its script), as egui's painter will.
    pub rtl: bool,
    /// Clusters left to right.
    pub clusters: Vec<ShapedCluster>,
}

impl Shaped {
    pub fn width(&self) -> f32 {
        self.clusters.iter().map(|c| c.advance).sum()
    }
}

/// Vertical metrics of a face at a size, in points. `descent` is positive downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaceMetrics {
    pub ascent: f32,
    pub descent: f32,
}

/// What layout needs to know about fonts.
pub trait TextShaper {
    /// Whether `face` has a glyph for `c`.
    fn covers(&self, face: Face, c: char) -> bool;
    /// Shape `text` in `face` at `size` points, choosing the direction from the text's script
    /// exactly as egui does when it paints the same string.
    fn shape(&self, face: Face, text: &str, size: f32) -> Shaped;
    fn metrics(&self, face: Face, size: f32) -> FaceMetrics;
}

struct LoadedFace {
    font: harfrust::FontRef<'static>,
    charmap: skrifa::charmap::Charmap<'static>,
    data: ShaperData,
    units_per_em: f32,
    ascent: f32,
    descent: f32,
}

/// Shapes with harfrust over the bundled font bytes.
pub struct HarfShaper {
    faces: Vec<(Face, LoadedFace)>,
    /// Compiled shape plans by face, direction and script. Compiling a plan (collecting and
    /// looking up the font's features) cost more than shaping a word itself; harfrust compiles
    /// one per call unless given one, and the plan depends only on this key (no language or
    /// features are set), so the result is the same as egui's.
    plans: Mutex<HashMap<(Face, Direction, Script), Arc<ShapePlan>>>,
}

/// The bundled fonts could not be parsed: a build defect, reported rather than panicking.
#[derive(Debug, thiserror::Error)]
#[error("bundled font {face:?} could not be read: {message}")]
pub struct FontLoadError {
    pub face: Face,
    pub message: String,
}

impl HarfShaper {
    pub fn new() -> Result<Self, FontLoadError> {
        let mut faces = Vec::with_capacity(Face::ALL.len());
        for face in Face::ALL {
            let font = harfrust::FontRef::new(face.bytes()).map_err(|e| FontLoadError {
                face,
                message: e.to_string(),
            })?;
            let metrics = font.metrics(
                skrifa::instance::Size::unscaled(),
                skrifa::instance::LocationRef::default(),
            );
            let data = ShaperData::new(&font);
            faces.push((
                face,
                LoadedFace {
                    charmap: font.charmap(),
                    units_per_em: f32::from(metrics.units_per_em),
                    ascent: metrics.ascent,
                    descent: -metrics.descent,
                    font,
                    data,
                },
            ));
        }
        Ok(HarfShaper {
            faces,
            plans: Mutex::new(HashMap::new()),
        })
    }

    fn face(&self, face: Face) -> &LoadedFace {
        // Every variant of `Face` is loaded in `new`, in `Face::ALL` order.
        &self.faces[face as usize].1
    }

    /// Shapes `text` with the direction and script guessed from it, as egui does; returns
    /// whether that direction is right-to-left, and the glyphs.
    fn shape_raw(&self, face: Face, text: &str) -> (bool, harfrust::GlyphBuffer) {
        let loaded = self.face(face);
        let shaper = loaded.data.shaper(&loaded.font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.set_flags(
            harfrust::BufferFlags::BEGINNING_OF_TEXT | harfrust::BufferFlags::END_OF_TEXT,
        );
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let (direction, script) = (buffer.direction(), buffer.script());
        let plan = {
            let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(plans.entry((face, direction, script)).or_insert_with(|| {
                // The buffer reports "unknown" for a script it left unset (text of common
                // characters only); the plan must then have none, as harfrust's own would.
                let script = (script != harfrust::script::UNKNOWN).then_some(script);
                Arc::new(ShapePlan::new(&shaper, direction, script, None, &[]))
            }))
        };
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new().plan(Some(&plan)));
        (direction == Direction::RightToLeft, glyphs)
    }
}

impl TextShaper for HarfShaper {
    fn covers(&self, face: Face, c: char) -> bool {
        self.face(face).charmap.map(c).is_some()
    }

    fn shape(&self, face: Face, text: &str, size: f32) -> Shaped {
        let loaded = self.face(face);
        let scale = size / loaded.units_per_em;
        let (rtl, glyphs) = self.shape_raw(face, text);
        let mut starts: Vec<usize> = glyphs
            .glyph_infos()
            .iter()
            .map(|g| g.cluster as usize)
            .collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| -> usize {
            match starts.binary_search(&start) {
                Ok(i) => starts.get(i + 1).copied().unwrap_or(text.len()),
                Err(_) => text.len(),
            }
        };

        let space = || {
            let (_, g) = self.shape_raw(face, " ");
            g.glyph_positions()
                .first()
                .map_or(0.0, |p| p.x_advance as f32 * scale)
        };
        let mut clusters: Vec<ShapedCluster> = Vec::new();
        for (info, pos) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
            let start = info.cluster as usize;
            let mut advance = pos.x_advance as f32 * scale;
            // egui gives these characters widths of its own rather than the font's; match it.
            match text[start..].chars().next() {
                Some('\t') => advance = 4.0 * space(),
                Some('\u{2009}' | '\u{202F}') => advance = 0.5 * space(),
                _ => {}
            }
            match clusters.last_mut() {
                Some(last) if last.bytes.start == start => last.advance += advance,
                _ => clusters.push(ShapedCluster {
                    bytes: start..end_of(start),
                    advance,
                }),
            }
        }
        Shaped { rtl, clusters }
    }

    fn metrics(&self, face: Face, size: f32) -> FaceMetrics {
        let loaded = self.face(face);
        let scale = size / loaded.units_per_em;
        FaceMetrics {
            ascent: loaded.ascent * scale,
            descent: loaded.descent * scale,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harf_shaper_can_be_shared_between_threads() {
        fn check<T: Send + Sync>() {}
        check::<HarfShaper>();
    }

    /// Shaping with a cached plan gives exactly what harfrust gives when it makes its own
    /// plan per call (which is what egui does).
    #[test]
    fn cached_plans_shape_like_fresh_ones() {
        let shaper = HarfShaper::new().expect("bundled fonts load");
        let samples = [
            "قال «المصدر» إن 29 آب",
            "لا السلام",
            "(Reuters) 6,400",
            "שלום",
            "٢٠٢٥",
            " ",
            "«»",
        ];
        for face in Face::ALL {
            for text in samples {
                for _ in 0..2 {
                    let (_, cached) = shaper.shape_raw(face, text);
                    let loaded = shaper.face(face);
                    let mut buffer = UnicodeBuffer::new();
                    buffer.set_flags(
                        harfrust::BufferFlags::BEGINNING_OF_TEXT
                            | harfrust::BufferFlags::END_OF_TEXT,
                    );
                    buffer.push_str(text);
                    buffer.guess_segment_properties();
                    let fresh = loaded
                        .data
                        .shaper(&loaded.font)
                        .build()
                        .shape(buffer, harfrust::ShapeOptions::new());
                    let key = |g: &harfrust::GlyphBuffer| {
                        g.glyph_infos()
                            .iter()
                            .zip(g.glyph_positions())
                            .map(|(i, p)| {
                                (i.glyph_id, i.cluster, p.x_advance, p.x_offset, p.y_offset)
                            })
                            .collect::<Vec<_>>()
                    };
                    assert_eq!(key(&cached), key(&fresh), "{face:?} {text:?}");
                }
            }
        }
    }
}
