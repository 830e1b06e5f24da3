//! Text of the corpus or of the analyst (outlet and entity names, titles, quotes, paths) shown in
//! egui's own widgets: labels, buttons, menu items, combo boxes, tooltips, window titles, table
//! cells, plot labels. egui shapes each word of such a string on its own and places the words
//! left to right, so an Arabic name shows with its words reversed; [`shown`] hands egui the
//! words in the order they must appear. Wrapped text (titles, quotes) goes through
//! `text_block::text_block_ui` instead, which lays it out with the article's engine.
//!
//! Which to use is written down in ARCHITECTURE.md; the test below reads the window's source
//! and fails when a label-like call takes text that went through neither.

/// `text` arranged for egui's own widgets (a no-op for text without right-to-left letters).
pub fn shown(text: &str) -> String {
    crate::text::bidi::display_order(text)
}

/// The interface message `id` in the language in use (`crate::i18n::tr`), arranged for egui's
/// own widgets like [`shown`] text. Messages without arguments are kept once arranged, per
/// language and digits, so a frame costs a lookup, not a reordering.
pub fn tr(id: &'static str) -> String {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static SHOWN: RefCell<HashMap<(crate::i18n::Locale, &'static str), String>> =
            RefCell::new(HashMap::new());
    }
    let locale = crate::i18n::locale();
    SHOWN.with_borrow_mut(|cache| {
        cache
            .entry((locale, id))
            .or_insert_with(|| shown(&crate::i18n::tr(id)))
            .clone()
    })
}

/// The interface message `id` with arguments (`crate::i18n::tr_args`), arranged like [`shown`]
/// text; a name among the arguments keeps its place through the isolate marks Fluent puts
/// around it.
pub fn tr_args(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    let text = crate::i18n::tr_args(id, args);
    if crate::i18n::language().is_rtl() && !letters_outside_isolates(&text) {
        // A message made of arguments ("{ $n }. { $what }") has no letter outside its
        // isolates and would be laid out left to right; in a right-to-left interface it reads
        // from the right, as the whole message's first letter says.
        return shown(&text.replace(['\u{2068}', '\u{2069}'], ""));
    }
    shown(&text)
}

/// Whether `text` has a letter outside the isolates Fluent puts around arguments.
fn letters_outside_isolates(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| match c {
        '\u{2068}' => {
            depth += 1;
            false
        }
        '\u{2069}' => {
            depth = depth.saturating_sub(1);
            false
        }
        c => depth == 0 && c.is_alphabetic(),
    })
}

/// A message of the interface that may wrap (a window's introduction or hint), drawn `weak` or
/// plain. egui wraps a label as if it read from the left, so a right-to-left paragraph arranged
/// by [`shown`] would come out with its last line on top; here the lines are broken in logical
/// order at UAX #14 opportunities, each measured as egui will draw it, and each line is arranged
/// and drawn on its own, against the side the interface reads from.
pub fn paragraph(ui: &mut egui::Ui, text: &str, weak: bool) -> egui::Response {
    let color = if weak {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().text_color()
    };
    if !crate::i18n::language().is_rtl() {
        let text = text.replace(['\u{2068}', '\u{2069}'], "");
        return ui.add(egui::Label::new(egui::RichText::new(text).color(color)).wrap());
    }
    let width = ui.available_width().max(40.0);
    let galley = |ui: &egui::Ui, line: &str| {
        egui::WidgetText::from(egui::RichText::new(shown(line)).color(color)).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    };
    let galleys: Vec<_> = break_lines(text, |line| galley(ui, line).size().x <= width)
        .iter()
        .map(|line| galley(ui, line))
        .collect();
    let height = galleys.iter().map(|g| g.size().y).sum::<f32>();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let mut y = rect.top();
    for line in galleys {
        let at = egui::pos2(rect.right() - line.size().x, y);
        y += line.size().y;
        ui.painter().galley(at, line, color);
    }
    // One node for screen readers, the paragraph in logical order.
    let info = text.replace(['\u{2068}', '\u{2069}'], "");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &info));
    response
}

/// `text` cut into lines at UAX #14 opportunities (a mandatory break always ends one), each as
/// long as `fits` allows; a piece that fits on no line stands alone on its own.
fn break_lines(text: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut end = 0;
    for brk in crate::text::linebreak::opportunities(text) {
        let candidate = text[start..brk.at].trim_end();
        if end > start && !fits(candidate) {
            lines.push(text[start..end].trim_end().to_owned());
            start = end;
        }
        end = brk.at;
        if brk.mandatory {
            lines.push(text[start..end].trim_end().to_owned());
            start = end;
        }
    }
    if start < text.len() {
        lines.push(text[start..].trim_end().to_owned());
    }
    lines
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    /// Calls whose first argument egui draws as a label.
    const FIRST_ARG: &[&str] = &[
        "ui.label(",
        "ui.strong(",
        "ui.weak(",
        "ui.small(",
        "ui.heading(",
        "ui.monospace(",
        "ui.button(",
        "ui.small_button(",
        ".on_hover_text(",
        ".on_disabled_hover_text(",
        "Window::new(",
        "RichText::new(",
        "Label::new(",
        "Button::new(",
        ".selected_text(",
        ".hyperlink_to(",
    ];
    /// Where a call's text is checked where its caller gives it: `windows::Window::new` hands its
    /// title on to egui, and the titles its callers give it are checked at each call.
    /// Each is a file, a call and its argument.
    const CHECKED_BY_CALLERS: &[(&str, &str, &str)] =
        &[("windows.rs", "Window::new(", "title.clone()")];
    /// Calls whose second argument is the label.
    const SECOND_ARG: &[&str] = &[
        "ui.selectable_label(",
        "ui.checkbox(",
        "ui.toggle_value(",
        "ui.radio(",
    ];
    /// `Painter::text(pos, anchor, text, font, colour)`: the third of four or more arguments.
    const PAINTER_TEXT: &str = ".text(";
    /// Calls whose third argument is the label.
    const THIRD_ARG: &[&str] = &["ui.selectable_value(", "ui.radio_value("];

    /// What is allowed to reach egui: a literal without interpolation, or text through
    /// [`super::shown`] (also imported as `shown` from `text::bidi`) or an interface message
    /// through [`super::tr`] / [`super::tr_args`], or a `RichText`/`Label` built of either
    /// (checked where it is built).
    fn is_safe(arg: &str) -> bool {
        let arg = arg.trim().trim_start_matches('&');
        if arg.is_empty() {
            // Not a label: a getter of the same name (`editor.selected_text()`).
            return true;
        }
        let literal = arg.starts_with('"') && arg.ends_with('"') && !arg.contains('{');
        literal
            || arg.starts_with("shown(")
            || arg.contains("::shown(")
            || arg.starts_with("tr(")
            || arg.starts_with("tr_args(")
            || arg.contains("bidi::tr(")
            || arg.contains("bidi::tr_args(")
            || arg.contains("display_order(")
            || arg.starts_with("egui::RichText::new(")
            || arg.starts_with("RichText::new(")
            || arg.starts_with("egui::Label::new(")
            || arg.starts_with("egui::Button::new(")
    }

    /// The top-level arguments of the call whose `(` is at `open`.
    fn arguments(src: &str, open: usize) -> Vec<String> {
        let mut depth = 0usize;
        let mut args = Vec::new();
        let mut current = String::new();
        let mut chars = src[open..].chars();
        let mut in_string = false;
        let mut escaped = false;
        while let Some(c) = chars.next() {
            if in_string {
                current.push(c);
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                }
                continue;
            }
            match c {
                '"' => {
                    in_string = true;
                    current.push(c);
                }
                '(' | '[' | '{' => {
                    depth += 1;
                    if depth > 1 {
                        current.push(c);
                    }
                }
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        args.push(std::mem::take(&mut current));
                        return args;
                    }
                    current.push(c);
                }
                ',' if depth == 1 => args.push(std::mem::take(&mut current)),
                '|' if depth == 1 && current.trim().is_empty() => {
                    // A closure argument (`|| text`): its body is the text.
                    current.push(c);
                    for d in chars.by_ref() {
                        current.push(d);
                        if d == '|' {
                            break;
                        }
                    }
                    current.clear();
                }
                c => current.push(c),
            }
        }
        args
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    fn offenders(src: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let lists = [(FIRST_ARG, 0), (SECOND_ARG, 1), (THIRD_ARG, 2)];
        for (calls, index) in lists {
            for call in calls {
                for (at, _) in src.match_indices(call) {
                    // `DocLabel::new(` is not `Label::new(` (a variable like `row_ui` is `ui`).
                    if call.starts_with(char::is_uppercase)
                        && src[..at]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_')
                    {
                        continue;
                    }
                    let open = at + call.len() - 1;
                    let args = arguments(src, open);
                    if let Some(arg) = args.get(index)
                        && !is_safe(arg)
                    {
                        let line = src[..at].matches('\n').count() + 1;
                        found.push((line, format!("{call}{}", arg.trim())));
                    }
                }
            }
        }
        for (at, _) in src.match_indices(PAINTER_TEXT) {
            let args = arguments(src, at + PAINTER_TEXT.len() - 1);
            if args.len() >= 4 && !is_safe(&args[2]) {
                let line = src[..at].matches('\n').count() + 1;
                found.push((line, format!("{PAINTER_TEXT}{}", args[2].trim())));
            }
        }
        found
    }

    #[test]
    fn a_paragraph_breaks_in_logical_order_at_opportunities() {
        let text = "وسمٌ حرّ مثل إعلام رسمي\nأو معارضة";
        let lines = super::break_lines(text, |line| line.chars().count() <= 12);
        assert_eq!(lines, ["وسمٌ حرّ مثل", "إعلام رسمي", "أو معارضة"]);
        // A word longer than the line stands alone; nothing is lost.
        let lines = super::break_lines("أ بببببببببب ج", |line| {
            line.chars().count() <= 4
        });
        assert_eq!(lines, ["أ", "بببببببببب", "ج"]);
        assert_eq!(
            lines.concat().chars().count() + 2,
            "أ بببببببببب ج".chars().count()
        );
    }

    #[test]
    fn the_check_catches_what_it_should() {
        assert!(offenders(r#"ui.label("Filter");"#).is_empty());
        assert!(offenders("ui.label(shown(&name));").is_empty());
        assert!(offenders(r#"ui.label(tr("menu-file"));"#).is_empty());
        assert!(offenders("ui.selectable_label(on, shown(&o.name))").is_empty());
        assert_eq!(offenders("ui.label(&outlet.name);").len(), 1);
        assert!(offenders("Some(DocLabel::new([value.clone()]))").is_empty());
        assert_eq!(offenders("ui.add(Label::new(name.clone()))").len(), 1);
        assert_eq!(offenders(r#"ui.label(format!("by {name}"));"#).len(), 1);
        assert_eq!(offenders("ui.radio_value(&mut k, x, &x.name);").len(), 1);
        assert_eq!(
            offenders("r.on_hover_text(path.display().to_string())").len(),
            1
        );
    }

    #[test]
    fn every_label_of_the_window_goes_through_the_bidi_helper() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        let mut report = String::new();
        for file in files
            .into_iter()
            .filter(|f| !f.ends_with("widgets/bidi.rs"))
        {
            let src = std::fs::read_to_string(&file).expect("readable source");
            for (line, call) in offenders(&src) {
                if CHECKED_BY_CALLERS.iter().any(|&(name, checked, argument)| {
                    file.ends_with(name) && call == format!("{checked}{argument}")
                }) {
                    continue;
                }
                let _ = writeln!(report, "{}:{line}: {call}", file.display());
            }
        }
        assert!(
            report.is_empty(),
            "text shown by egui's own widgets must go through ui::widgets::bidi::shown \
             (or be a literal):\n{report}"
        );
    }
}
