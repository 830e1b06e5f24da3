//! The highlights behind the spans of the article view, tessellated once per span and reused
//! while scrolling. Tessellating every visible span's rounded, anti-aliased rectangles each
//! frame was most of a frame's time on an article with thousands of spans; now a frame only
//! copies the visible spans' meshes, moved to where the layout is on screen.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator, Vertex};
use egui::{Color32, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::article_view::{SpanPaint, SpanStyle};
use crate::text::DocumentLayout;

/// The meshes of the spans painted last, in layout coordinates. Rebuilt when the layout, the
/// spans, the selected-span colour or the screen's pixel density change.
#[derive(Default)]
pub struct Highlights {
    layout: Option<Arc<DocumentLayout>>,
    spans: Vec<SpanPaint>,
    selected_colour: Color32,
    pixels_per_point: f32,
    /// Span index → its mesh, made the first time the span is visible.
    meshes: HashMap<usize, Mesh>,
    /// The mesh handed to egui last frame. egui lets go of it once the frame is tessellated,
    /// so the next frame refills the same buffers: a fresh buffer of this size every frame
    /// made the allocator hand memory back and forth with the system, page faults included.
    frame: Arc<Mesh>,
}

impl Highlights {
    /// The highlights of `spans[visible]` (indices), as one mesh placed at `origin`.
    pub fn shape(
        &mut self,
        ctx: &egui::Context,
        layout: &Arc<DocumentLayout>,
        spans: &[SpanPaint],
        visible: impl Iterator<Item = usize>,
        selected_colour: Color32,
        origin: egui::Pos2,
    ) -> Shape {
        let pixels_per_point = ctx.pixels_per_point();
        let current = self.layout.as_ref().is_some_and(|l| Arc::ptr_eq(l, layout))
            && self.spans == spans
            && self.selected_colour == selected_colour
            && self.pixels_per_point.to_bits() == pixels_per_point.to_bits();
        if !current {
            self.layout = Some(Arc::clone(layout));
            spans.clone_into(&mut self.spans);
            self.selected_colour = selected_colour;
            self.pixels_per_point = pixels_per_point;
            self.meshes.clear();
            self.meshes.reserve(spans.len());
        }
        // Whole physical pixels, so that edges rounded to pixels when tessellated stay crisp.
        let offset = (origin.to_vec2() * pixels_per_point).round() / pixels_per_point;
        let mut tessellator = None;
        let out = Arc::make_mut(&mut self.frame);
        out.clear();
        for i in visible {
            let Some(span) = spans.get(i) else { continue };
            let mesh = self.meshes.entry(i).or_insert_with(|| {
                let tessellator = tessellator.get_or_insert_with(|| {
                    Tessellator::new(
                        pixels_per_point,
                        ctx.tessellation_options(|o| *o),
                        [1, 1],
                        Vec::new(),
                    )
                });
                let mut mesh = Mesh::default();
                for shape in span_shapes(layout, span, selected_colour) {
                    tessellator.tessellate_shape(shape, &mut mesh);
                }
                mesh
            });
            let base = u32::try_from(out.vertices.len()).unwrap_or(u32::MAX);
            out.indices.extend(mesh.indices.iter().map(|i| base + i));
            out.vertices.extend(mesh.vertices.iter().map(|v| Vertex {
                pos: v.pos + offset,
                ..*v
            }));
        }
        Shape::Mesh(Arc::clone(&self.frame))
    }
}

/// One span's highlight in layout coordinates: a translucent fill inset by its lane, or for a
/// span holding others a frame with an underline band, or for a colleague's span a band along
/// the top; the selected span gets a strong outline.
fn span_shapes(layout: &DocumentLayout, span: &SpanPaint, selected: Color32) -> Vec<Shape> {
    let inset = (span.depth as f32 * 3.0).min(layout.line_height / 3.0);
    let mut shapes = Vec::new();
    for r in layout.range_rects(span.range.clone()) {
        let r = Rect::from_min_max(egui::pos2(r.x0, r.y0), egui::pos2(r.x1, r.y1))
            .shrink2(Vec2::new(0.0, inset));
        let outline = match span.style {
            SpanStyle::Theirs => {
                let band = Rect::from_min_max(r.min, egui::pos2(r.max.x, r.min.y + 4.0));
                shapes.push(Shape::rect_filled(
                    band.shrink2(Vec2::new(1.0, 0.0)),
                    1.0,
                    span.stroke,
                ));
                band.expand(1.5)
            }
            SpanStyle::Fill => {
                shapes.push(Shape::rect_filled(r, 2.0, span.fill));
                r.expand(1.0)
            }
            SpanStyle::Suggested => {
                let corners = [
                    r.left_top(),
                    r.right_top(),
                    r.right_bottom(),
                    r.left_bottom(),
                    r.left_top(),
                ];
                shapes.extend(Shape::dashed_line(
                    &corners,
                    Stroke::new(1.5, span.stroke),
                    4.0,
                    3.0,
                ));
                r.expand(1.0)
            }
            SpanStyle::Frame => {
                shapes.push(Shape::rect_stroke(
                    r,
                    2.0,
                    Stroke::new(1.5, span.stroke),
                    StrokeKind::Inside,
                ));
                let band = Rect::from_min_max(egui::pos2(r.min.x, r.max.y - 4.0), r.max);
                shapes.push(Shape::rect_filled(band, 0.0, span.stroke));
                r.expand(1.0)
            }
        };
        if span.selected {
            let radius = if span.style == SpanStyle::Theirs {
                1.0
            } else {
                2.0
            };
            shapes.push(Shape::rect_stroke(
                outline,
                radius,
                Stroke::new(2.0, selected),
                StrokeKind::Outside,
            ));
        }
    }
    shapes
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::text::{HarfShaper, LayoutOptions, layout_document};

    fn paint(range: std::ops::Range<usize>, fill: Color32, selected: bool) -> SpanPaint {
        SpanPaint {
            range,
            fill,
            stroke: fill,
            depth: 0,
            style: SpanStyle::Fill,
            selected,
        }
    }

    /// The colours of the mesh's opaque-enough vertices (feathered edges fade to nothing).
    fn colours(shape: &Shape) -> std::collections::BTreeSet<[u8; 4]> {
        let Shape::Mesh(mesh) = shape else {
            panic!("not a mesh: {shape:?}")
        };
        mesh.vertices
            .iter()
            .filter(|v| v.color.a() > 0)
            .map(|v| v.color.to_array())
            .collect()
    }

    fn mesh(shape: &Shape) -> &Mesh {
        let Shape::Mesh(mesh) = shape else {
            panic!("not a mesh: {shape:?}")
        };
        mesh
    }

    #[test]
    fn meshes_follow_the_spans_and_move_with_the_view() {
        let ctx = egui::Context::default();
        let shaper = HarfShaper::new().unwrap();
        let layout = Arc::new(layout_document(
            "قال المتحدث إن الجسر مغلق.\nسطر ثان.",
            &LayoutOptions::default(),
            &shaper,
        ));
        let red = Color32::from_rgb(200, 0, 0);
        let blue = Color32::from_rgb(0, 0, 200);
        let white = Color32::WHITE;
        let mut highlights = Highlights::default();
        let spans = [paint(0..3, red, false), paint(12..14, red, false)];
        let at = |y| egui::pos2(24.0, y);

        let first = highlights.shape(&ctx, &layout, &spans, 0..2, white, at(10.0));
        assert_eq!(colours(&first), [red.to_array()].into());
        // Scrolling: the same meshes, moved.
        let scrolled = highlights.shape(&ctx, &layout, &spans, 0..2, white, at(110.0));
        assert_eq!(mesh(&first).vertices.len(), mesh(&scrolled).vertices.len());
        for (a, b) in mesh(&first).vertices.iter().zip(&mesh(&scrolled).vertices) {
            let moved = b.pos - a.pos;
            assert!(
                (moved - egui::vec2(0.0, 100.0)).length() < 1e-3,
                "{moved:?}"
            );
        }
        // Only the spans asked for.
        let one = highlights.shape(&ctx, &layout, &spans, 1..2, white, at(10.0));
        assert!(mesh(&one).vertices.len() < mesh(&first).vertices.len());
        assert!(mesh(&highlights.shape(&ctx, &layout, &spans, 0..0, white, at(10.0))).is_empty());

        // A relabelled span, and a selected one, are tessellated again.
        let relabelled = [paint(0..3, blue, false), paint(12..14, red, true)];
        let again = highlights.shape(&ctx, &layout, &relabelled, 0..2, white, at(10.0));
        assert_eq!(
            colours(&again),
            [blue.to_array(), red.to_array(), white.to_array()].into()
        );
        // So is everything on a new layout (another width, another document).
        let other = Arc::new(layout_document(
            "نص آخر تماما.",
            &LayoutOptions::default(),
            &shaper,
        ));
        let moved = highlights.shape(&ctx, &other, &relabelled, 0..1, white, at(10.0));
        assert_eq!(colours(&moved), [blue.to_array()].into());
        assert_ne!(mesh(&moved).vertices.len(), 0);
    }
}
