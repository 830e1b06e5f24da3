//! The side panels: whether each shows and how wide it may grow, from the window's width and
//! the analyst's choice. The article keeps the larger part of the window: open side panels
//! together never take more than [`SIDE_SHARE`] of it, and as the window narrows the inspector
//! folds away first, then the document list. A panel the analyst opened or closed stays so
//! until the window crosses into another width class.

use crate::ui::commands::Command;
use crate::ui::widgets::bidi::shown;

/// The most of the window's width the open side panels take together.
pub const SIDE_SHARE: f32 = 0.40;
/// The narrowest a side panel can be dragged; dragging past it folds the panel away.
pub const MIN_PANEL_WIDTH: f32 = 120.0;
/// Width of the strip a folded panel leaves, with the button that brings it back.
const STRIP_WIDTH: f32 = 26.0;
/// Below this window width the inspector folds away by itself.
const INSPECTOR_FOLDS_BELOW: f32 = 900.0;
/// Below this window width the document list folds away too.
const CORPUS_FOLDS_BELOW: f32 = 720.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The document list, on the left (on the right in a right-to-left interface).
    Corpus,
    /// The selected span or the label legend, on the right (on the left in a right-to-left
    /// interface).
    Inspector,
}

impl Side {
    fn default_width(self) -> f32 {
        match self {
            Side::Corpus => 260.0,
            Side::Inspector => 300.0,
        }
    }

    /// The widest the panel is useful, however wide the window.
    fn widest(self) -> f32 {
        match self {
            Side::Corpus => 480.0,
            Side::Inspector => 520.0,
        }
    }

    /// Its part of [`SIDE_SHARE`] while both panels are open: the inspector holds fields and
    /// buttons, the list only titles.
    fn share_beside_other(self) -> f32 {
        match self {
            Side::Corpus => 0.17,
            Side::Inspector => SIDE_SHARE - 0.17,
        }
    }

    pub fn command(self) -> Command {
        match self {
            Side::Corpus => Command::ToggleCorpusPanel,
            Side::Inspector => Command::ToggleInspector,
        }
    }

    /// The catalogue message of the strip's button that brings the panel back.
    fn show_message(self) -> &'static str {
        match self {
            Side::Corpus => "panel-show-documents",
            Side::Inspector => "panel-show-inspector",
        }
    }

    /// Whether the panel stands at the window's left edge: the document list does in a
    /// left-to-right interface, the inspector in a mirrored (right-to-left) one.
    pub fn is_left(self, mirrored: bool) -> bool {
        (self == Side::Corpus) != mirrored
    }
}

/// How wide the window is, in the steps that decide which panels fold away by themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidthClass {
    /// Room for the article and both side panels.
    Wide,
    /// The inspector folds away.
    Medium,
    /// Both side panels fold away.
    Narrow,
}

impl WidthClass {
    pub fn of(window_width: f32) -> Self {
        if window_width >= INSPECTOR_FOLDS_BELOW {
            WidthClass::Wide
        } else if window_width >= CORPUS_FOLDS_BELOW {
            WidthClass::Medium
        } else {
            WidthClass::Narrow
        }
    }

    fn opens(self, side: Side) -> bool {
        match (self, side) {
            (WidthClass::Wide, _) | (WidthClass::Medium, Side::Corpus) => true,
            (WidthClass::Medium | WidthClass::Narrow, Side::Inspector)
            | (WidthClass::Narrow, Side::Corpus) => false,
        }
    }
}

/// One side panel: the analyst's explicit choice, if any, for the current width class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PanelState {
    chosen: Option<bool>,
}

/// Which side panels show, for the window's current width.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    corpus: PanelState,
    inspector: PanelState,
    class: Option<WidthClass>,
    window_width: f32,
    /// Widths the analyst dragged the panels to; the default until they do.
    corpus_width: Option<f32>,
    inspector_width: Option<f32>,
}

impl Layout {
    /// Takes the window's width for this frame; crossing into another width class forgets
    /// the analyst's choices, so the panels fold or open to suit the new size.
    pub fn fit(&mut self, window_width: f32) {
        let class = WidthClass::of(window_width);
        if self.class != Some(class) {
            self.corpus = PanelState::default();
            self.inspector = PanelState::default();
            self.class = Some(class);
        }
        self.window_width = window_width;
    }

    fn state(&self, side: Side) -> PanelState {
        match side {
            Side::Corpus => self.corpus,
            Side::Inspector => self.inspector,
        }
    }

    fn state_mut(&mut self, side: Side) -> &mut PanelState {
        match side {
            Side::Corpus => &mut self.corpus,
            Side::Inspector => &mut self.inspector,
        }
    }

    pub fn is_open(&self, side: Side) -> bool {
        let class = self.class.unwrap_or(WidthClass::Wide);
        self.state(side).chosen.unwrap_or_else(|| class.opens(side))
    }

    /// The analyst opens or closes a panel (menu, shortcut, the strip's button, a drag).
    pub fn set_open(&mut self, side: Side, open: bool) {
        self.state_mut(side).chosen = Some(open);
    }

    pub fn toggle(&mut self, side: Side) {
        let open = !self.is_open(side);
        self.set_open(side, open);
    }

    /// The width `side` shows at: the analyst's, or the default, within what the window allows.
    /// A panel narrowed by a small window grows back when the window does.
    pub fn width(&self, side: Side) -> f32 {
        let preferred = match side {
            Side::Corpus => self.corpus_width,
            Side::Inspector => self.inspector_width,
        };
        preferred
            .unwrap_or_else(|| side.default_width())
            .clamp(MIN_PANEL_WIDTH, self.max_width(side).max(MIN_PANEL_WIDTH))
    }

    /// The analyst dragged `side` to `width`.
    pub fn set_width(&mut self, side: Side, width: f32) {
        match side {
            Side::Corpus => self.corpus_width = Some(width),
            Side::Inspector => self.inspector_width = Some(width),
        }
    }

    /// The width the analyst dragged `side` to, if they did (kept in the preferences).
    pub fn chosen_width(&self, side: Side) -> Option<f32> {
        match side {
            Side::Corpus => self.corpus_width,
            Side::Inspector => self.inspector_width,
        }
    }

    /// The widest `side` may be dragged in the current window, so that the article keeps the
    /// larger part of it.
    pub fn max_width(&self, side: Side) -> f32 {
        let other = match side {
            Side::Corpus => Side::Inspector,
            Side::Inspector => Side::Corpus,
        };
        let share = if self.is_open(other) {
            side.share_beside_other()
        } else {
            SIDE_SHARE
        };
        (self.window_width * share).clamp(MIN_PANEL_WIDTH, side.widest())
    }
}

/// The height for a window's scrolled list: `preferred`, or less so that the window with its
/// title and buttons still fits the screen.
pub fn fitting_height(ctx: &egui::Context, preferred: f32) -> f32 {
    preferred.min((ctx.content_rect().height() * 0.55).max(120.0))
}

/// The document list on the left and the inspector on the right (the other way round when
/// `mirrored`, for a right-to-left interface), each open or folded to a strip, as `layout`
/// says; `contents` draws an open panel. Dragging a panel's edge past its minimum folds it,
/// dragging the strip opens it: those and a new width come back as commands.
pub fn side_panels_ui(
    ui: &mut egui::Ui,
    layout: &Layout,
    mirrored: bool,
    mut contents: impl FnMut(&mut egui::Ui, Side),
) -> Vec<Command> {
    let mut commands = Vec::new();
    for side in [Side::Corpus, Side::Inspector] {
        let was_open = layout.is_open(side);
        let mut open = was_open;
        let salt = match side {
            Side::Corpus => "corpus",
            Side::Inspector => "inspector",
        };
        let folded = match side {
            Side::Corpus => "corpus-folded",
            Side::Inspector => "inspector-folded",
        };
        let (collapsed, expanded) = if side.is_left(mirrored) {
            (egui::Panel::left(folded), egui::Panel::left(salt))
        } else {
            (egui::Panel::right(folded), egui::Panel::right(salt))
        };
        // egui remembers a panel's width, also across runs; the width to show is the layout's.
        let id = ui.scope_id().with(salt);
        let want = layout.width(side);
        let ctx = ui.ctx().clone();
        if ctx.dragged_id().is_none()
            && let Some(state) = egui::containers::panel::PanelState::load(&ctx, id)
            && (state.size().x - want).abs() > 0.5
        {
            let mut outer_rect = state.outer_rect;
            outer_rect.set_width(want);
            ctx.data_mut(|d| {
                d.insert_persisted(id, egui::containers::panel::PanelState { outer_rect });
            });
        }
        let strip_frame = egui::Frame::side_top_panel(ui.style()).inner_margin(2);
        let collapsed = collapsed
            .resizable(true)
            .exact_size(STRIP_WIDTH)
            .frame(strip_frame);
        let expanded = expanded
            .resizable(true)
            .default_size(side.default_width())
            .size_range(MIN_PANEL_WIDTH..=layout.max_width(side));
        egui::Panel::show_switched(ui, &mut open, collapsed, expanded, |ui, expanded| {
            if expanded {
                contents(ui, side);
            } else {
                commands.extend(strip_ui(ui, side, mirrored));
            }
        });
        if open != was_open {
            commands.push(Command::SetPanelOpen(side, open));
        }
        // A width egui stored as the pointer lets go, differing from the one asked for, is the
        // analyst's drag. Other frames may store stray widths: the first frames of a window the
        // desktop has not sized yet.
        if open
            && ctx.input(|i| i.pointer.any_released())
            && let Some(state) = egui::containers::panel::PanelState::load(&ctx, id)
            && (state.size().x - want).abs() > 0.5
        {
            commands.push(Command::SetPanelWidth(side, state.size().x));
        }
    }
    commands
}

/// What a folded panel leaves: a button that brings it back, its arrow pointing into the
/// window.
fn strip_ui(ui: &mut egui::Ui, side: Side, mirrored: bool) -> Option<Command> {
    let arrow = if side.is_left(mirrored) { "»" } else { "«" };
    let command = side.command();
    let label = crate::i18n::tr(side.show_message());
    let hint = match command.shortcut() {
        Some(s) => crate::i18n::tr_args(
            "panel-show-with-shortcut",
            &[
                ("label", label.as_str().into()),
                ("shortcut", ui.ctx().format_shortcut(&s).into()),
            ],
        ),
        None => label.clone(),
    };
    let response = ui
        .add(egui::Button::new(shown(arrow)).frame(false))
        .on_hover_text(shown(&hint));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.clicked().then_some(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fitted(width: f32) -> Layout {
        let mut layout = Layout::default();
        layout.fit(width);
        layout
    }

    #[test]
    fn the_inspector_folds_first_then_the_document_list() {
        let wide = fitted(1400.0);
        assert!(wide.is_open(Side::Corpus) && wide.is_open(Side::Inspector));
        let medium = fitted(800.0);
        assert!(medium.is_open(Side::Corpus) && !medium.is_open(Side::Inspector));
        let narrow = fitted(700.0);
        assert!(!narrow.is_open(Side::Corpus) && !narrow.is_open(Side::Inspector));
    }

    #[test]
    fn open_panels_leave_the_article_more_than_half_the_window() {
        for width in [640.0, 800.0, 1024.0, 1400.0, 2560.0] {
            let mut layout = fitted(width);
            // Whatever the analyst opens, too.
            for (corpus, inspector) in [(true, true), (true, false), (false, true)] {
                layout.set_open(Side::Corpus, corpus);
                layout.set_open(Side::Inspector, inspector);
                let taken: f32 = [Side::Corpus, Side::Inspector]
                    .into_iter()
                    .filter(|&s| layout.is_open(s))
                    .map(|s| layout.max_width(s))
                    .sum();
                // Half the window, less the margins and scroll bar around the article's lines.
                let allowed = width * 0.5 - 40.0;
                assert!(
                    taken <= allowed + 0.01,
                    "{width} px with {corpus}/{inspector}: side panels may take {taken} px"
                );
            }
        }
    }

    #[test]
    fn a_panel_narrowed_by_a_small_window_grows_back_with_it() {
        let mut layout = fitted(1400.0);
        layout.set_width(Side::Inspector, 310.0);
        layout.fit(1000.0);
        assert!(layout.width(Side::Inspector) < 310.0, "capped");
        layout.fit(1600.0);
        assert!((layout.width(Side::Inspector) - 310.0).abs() < 0.01);
        assert!((layout.width(Side::Corpus) - 260.0).abs() < 0.01, "default");
    }

    #[test]
    fn a_lone_panel_may_grow_wider_than_beside_the_other() {
        let mut layout = fitted(1400.0);
        let beside = layout.max_width(Side::Inspector);
        layout.set_open(Side::Corpus, false);
        assert!(layout.max_width(Side::Inspector) > beside);
    }

    #[test]
    fn the_analysts_choice_holds_until_the_width_class_changes() {
        let mut layout = fitted(800.0);
        layout.toggle(Side::Inspector);
        assert!(layout.is_open(Side::Inspector), "opened by hand");
        layout.fit(850.0);
        assert!(layout.is_open(Side::Inspector), "same class: still open");
        layout.fit(1300.0);
        layout.toggle(Side::Inspector);
        assert!(!layout.is_open(Side::Inspector), "closed by hand when wide");
        layout.fit(1250.0);
        assert!(!layout.is_open(Side::Inspector));
        layout.fit(800.0);
        assert!(
            !layout.is_open(Side::Inspector),
            "a narrower class folds it by itself"
        );
        layout.fit(1300.0);
        assert!(
            layout.is_open(Side::Inspector),
            "back to wide: the choice made for the old size is forgotten"
        );
    }
}
