//! One frame of the article view on a 100 kB generated article: egui's pass (layout from the
//! cache, painting of the visible lines) plus tessellation, headless. The first frame, which
//! lays the article out, is measured separately.

use criterion::{Criterion, criterion_group, criterion_main};
use hashiya::text::{HarfShaper, LayoutOptions};
use hashiya::ui::theme::Theme;
use hashiya::ui::widgets::article_view::{ArticleView, TextKey};

fn frame(
    ctx: &egui::Context,
    view: &mut ArticleView,
    text: &str,
    shaper: &HarfShaper,
    generation: u64,
) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1000.0, 800.0),
        )),
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            let theme = Theme::from_visuals(ui.visuals());
            view.ui(
                ui,
                TextKey {
                    document: 0,
                    generation,
                },
                text,
                LayoutOptions::default(),
                shaper,
                &theme,
            );
        });
    });
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
}

fn bench(c: &mut Criterion) {
    let text = hashiya::synth::article(1, 100_000);
    let shaper = HarfShaper::new().expect("bundled fonts");
    let ctx = egui::Context::default();
    hashiya::ui::fonts::install(&ctx, hashiya::text::FontStack::default());
    let mut view = ArticleView::default();
    frame(&ctx, &mut view, &text, &shaper, 0);

    let mut group = c.benchmark_group("article_view_100kB");
    group.sample_size(20);
    group.bench_function("frame_cached_layout", |b| {
        b.iter(|| frame(&ctx, &mut view, &text, &shaper, 0));
    });
    let mut generation = 1;
    group.bench_function("frame_with_fresh_layout", |b| {
        b.iter(|| {
            generation += 1;
            frame(&ctx, &mut view, &text, &shaper, generation);
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
