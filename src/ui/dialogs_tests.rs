//! Tests of [`super`]: detection, choice, requests, and the dialog's answers.

use super::*;
use std::collections::BTreeMap;

fn missing(vars: &[(&str, &str)], files: &[&str]) -> Option<&'static str> {
    let vars: BTreeMap<String, OsString> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
        .collect();
    let files: Vec<PathBuf> = files.iter().map(PathBuf::from).collect();
    linux_dialog_missing(&|name| vars.get(name).cloned(), &|p| {
        files.iter().any(|f| f == p)
    })
}

const PORTAL: &str = "/usr/share/dbus-1/services/org.freedesktop.portal.Desktop.service";

#[test]
fn zenity_on_the_path_is_enough() {
    assert_eq!(
        missing(&[("PATH", "/bin:/opt/z/bin")], &["/opt/z/bin/zenity"]),
        None
    );
}

#[test]
fn a_portal_needs_a_session_bus() {
    assert!(missing(&[("PATH", "/bin")], &[PORTAL]).is_some());
    assert_eq!(
        missing(
            &[
                ("PATH", "/bin"),
                ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/b")
            ],
            &[PORTAL]
        ),
        None
    );
    assert_eq!(
        missing(
            &[("XDG_RUNTIME_DIR", "/run/user/7")],
            &[PORTAL, "/run/user/7/bus"]
        ),
        None,
        "the bus socket where XDG_RUNTIME_DIR says"
    );
}

#[test]
fn a_session_bus_without_a_portal_service_is_not_enough() {
    let bus = ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/b");
    assert!(missing(&[bus], &[]).is_some());
    assert!(
        missing(&[bus, ("XDG_DATA_DIRS", "/opt/share")], &[PORTAL]).is_some(),
        "XDG_DATA_DIRS replaces the default folders"
    );
    assert_eq!(
        missing(
            &[bus, ("HOME", "/home/a")],
            &["/home/a/.local/share/dbus-1/services/org.freedesktop.portal.Desktop.service"]
        ),
        None
    );
}

#[test]
fn the_override_beats_the_preference_and_the_detection() {
    assert_eq!(
        choose(Some("builtin"), false, false, None),
        Backend::BuiltIn
    );
    assert_eq!(
        choose(Some("Native"), true, true, Some("x")),
        Backend::Native
    );
    assert_eq!(choose(Some("other"), false, false, None), Backend::Native);
    assert_eq!(choose(None, true, false, None), Backend::BuiltIn);
    assert_eq!(choose(None, false, true, None), Backend::BuiltIn);
    assert_eq!(choose(None, false, false, Some("x")), Backend::BuiltIn);
}

#[test]
fn a_saved_file_gets_the_filters_extension() {
    let save = Request::new(Purpose::SaveProjectAs, "أخبار", None);
    assert_eq!(save.file_name.as_deref(), Some("أخبار.ron"));
    assert_eq!(
        save.command(PathBuf::from("/p/تقرير")),
        Command::SaveProjectAs(PathBuf::from("/p/تقرير.ron"))
    );
    assert_eq!(
        save.command(PathBuf::from("/p/a.backup")),
        Command::SaveProjectAs(PathBuf::from("/p/a.backup"))
    );
    let open = Request::new(Purpose::OpenProject, "", None);
    assert_eq!(
        open.command(PathBuf::from("/p/x")),
        Command::OpenPath(PathBuf::from("/p/x"))
    );
}

#[test]
fn folder_formats_ask_for_a_folder() {
    for format in ExportFormat::ALL {
        let request = Request::new(Purpose::Export(format), "p", None);
        let expected = if format.writes_folder() {
            Pick::Folder
        } else {
            Pick::SaveFile
        };
        assert_eq!(request.pick, expected, "{format:?}");
    }
    for format in ImportFormat::ALL {
        let request = Request::new(Purpose::ImportAnnotations(format), "p", None);
        assert_eq!(request.pick == Pick::Folder, format.reads_folder());
    }
}

fn frame(dialogs: &mut FileDialogs, ctx: &egui::Context) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        outcomes = dialogs.ui(ui.ctx());
    });
    // No renderer takes the font atlas here.
    output.textures_delta.clear();
    outcomes
}

#[test]
fn a_system_dialog_that_answers_at_once_gives_way_to_the_built_in_one() {
    let ctx = egui::Context::default();
    let mut dialogs = FileDialogs::default();
    let request = Request::new(Purpose::SaveProjectAs, "p", None);
    dialogs.open_native(request, Box::pin(std::future::ready(None)));
    let outcomes = frame(&mut dialogs, &ctx);
    assert!(
        matches!(&outcomes[..], [Outcome::Notice(n)] if n.text().contains("did not open")),
        "{outcomes:?}"
    );
    assert!(matches!(dialogs.open, Some(Open::BuiltIn { .. })));
    assert_eq!(dialogs.backend(false), Backend::BuiltIn, "for the session");
}

#[test]
fn a_late_empty_answer_is_a_cancel_and_a_path_is_its_command() {
    let ctx = egui::Context::default();
    let mut dialogs = FileDialogs::default();
    let request = Request::new(Purpose::OpenFolder, "p", None);
    dialogs.open_native(request.clone(), Box::pin(std::future::ready(None)));
    if let Some(Open::Native { started, .. }) = &mut dialogs.open {
        *started = started
            .checked_sub(NEVER_SHOWN * 2)
            .expect("the process has run long enough");
    }
    assert_eq!(frame(&mut dialogs, &ctx), vec![Outcome::Cancelled]);
    assert!(!dialogs.is_open());
    assert!(!dialogs.native_failed);

    dialogs.open_native(
        request,
        Box::pin(std::future::ready(Some(PathBuf::from("/corpus")))),
    );
    assert_eq!(
        frame(&mut dialogs, &ctx),
        vec![Outcome::Chosen(Command::OpenPath(PathBuf::from("/corpus")))]
    );
}

#[test]
fn a_second_request_waits_for_the_open_dialog() {
    let mut dialogs = FileDialogs::default();
    dialogs.open(Request::new(Purpose::OpenFolder, "p", None), true);
    dialogs.open(Request::new(Purpose::OpenProject, "p", None), true);
    assert!(matches!(
        &dialogs.open,
        Some(Open::BuiltIn { request, .. }) if request.purpose == Purpose::OpenFolder
    ));
    assert_eq!(dialogs.notices.len(), 1);
}
