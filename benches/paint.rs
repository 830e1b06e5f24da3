//! One frame of the article view on a 100 kB generated article with about 3,500 highlights:
//! egui's pass (layout from the cache, painting of the visible lines and highlights) plus
//! tessellation, headless. A frame that must lay the article out again is measured separately.

use criterion::{Criterion, criterion_group, criterion_main};
use hashiya::text::{HarfShaper, LayoutOptions};
use hashiya::ui::theme::Theme;
use hashiya::ui::widgets::article_view::{
    ArticleView, SpanPaint, SpanStyle, TextKey, containers, nesting_depths,
};

/// A highlight every 20 chars across the article, every third one with another nested in it.
fn highlights(text: &str) -> Vec<SpanPaint> {
    let n = text.chars().count();
    let ranges: Vec<_> = (0..n.saturating_sub(12))
        .step_by(20)
        .flat_map(|s| std::iter::once(s..s + 12).chain((s % 60 == 0).then_some(s + 2..s + 6)))
        .collect();
    let depths = nesting_depths(&ranges);
    let frames = containers(&ranges);
    ranges
        .into_iter()
        .zip(depths.into_iter().zip(frames))
        .map(|(range, (depth, frame))| SpanPaint {
            range,
            fill: egui::Color32::from_rgba_unmultiplied(80, 160, 90, 100),
            stroke: egui::Color32::from_rgb(80, 160, 90),
            depth,
            style: if frame {
                SpanStyle::Frame
            } else {
                SpanStyle::Fill
            },
            selected: false,
        })
        .collect()
}

struct Scene {
    ctx: egui::Context,
    view: ArticleView,
    text: String,
    shaper: HarfShaper,
    spans: Vec<SpanPaint>,
}

impl Scene {
    fn frame(&mut self, generation: u64) {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1000.0, 800.0),
            )),
            ..Default::default()
        };
        let Scene {
            ctx,
            view,
            text,
            shaper,
            spans,
        } = self;
        let output = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let theme = Theme::from_visuals(ui.visuals());
                let key = TextKey {
                    document: 0,
                    generation,
                };
                view.ui(
                    ui,
                    key,
                    text,
                    LayoutOptions::default(),
                    shaper,
                    &theme,
                    spans,
                );
            });
        });
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    }
}

fn bench(c: &mut Criterion) {
    let text = hashiya::synth::article(1, 100_000);
    let ctx = egui::Context::default();
    hashiya::ui::fonts::install(&ctx, hashiya::text::FontStack::default());
    let mut scene = Scene {
        ctx,
        view: ArticleView::default(),
        spans: highlights(&text),
        text,
        shaper: HarfShaper::new().expect("bundled fonts"),
    };
    scene.frame(0);

    let mut group = c.benchmark_group("article_view_100kB");
    group.sample_size(20);
    group.bench_function("frame_cached_layout", |b| b.iter(|| scene.frame(0)));
    let mut generation = 1;
    group.bench_function("frame_with_fresh_layout", |b| {
        b.iter(|| {
            generation += 1;
            scene.frame(generation);
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
