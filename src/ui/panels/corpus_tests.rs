//! Tests of the document list's view model: filters, order, ticks, edits for many documents.

use super::*;

/// Four documents: two of «الوطن» (one a copy of the first), one of «عنب بلدي», one unknown.
fn project() -> Project {
    let mut project = Project::default();
    for (id, name) in [("o1", "الوطن"), ("o2", "عنب بلدي")] {
        let outlet = crate::model::Outlet::new(OutletId(id.to_owned()), name);
        project.outlets.insert(outlet.id.clone(), outlet);
    }
    for (path, outlet, date) in [
        ("a.txt", "o1", "2017-09-05"),
        ("b.txt", "o2", "2015-08-11"),
        ("c.txt", "", ""),
        ("d.txt", "o1", "2016-01-01"),
    ] {
        let mut doc = Document::new(DocId(path.to_owned()), path.to_owned());
        doc.outlet = OutletId(outlet.to_owned());
        doc.date = date.to_owned();
        project.documents.push(doc);
    }
    project.documents[3].copy_of = Some(DocId("a.txt".to_owned()));
    project
}

#[test]
fn the_list_filters_by_outlet_and_copies_and_sorts_by_date_or_outlet() {
    let project = project();
    let shown = |filter: CorpusFilter| visible_documents(&project, &filter);
    assert_eq!(shown(CorpusFilter::default()), [0, 1, 2, 3]);
    let by_date = CorpusFilter {
        sort: CorpusSort::Date,
        ..CorpusFilter::default()
    };
    assert_eq!(shown(by_date), [1, 3, 0, 2]);
    let by_outlet = CorpusFilter {
        sort: CorpusSort::Outlet,
        ..CorpusFilter::default()
    };
    assert_eq!(shown(by_outlet), [0, 3, 1, 2]);
    let watan = CorpusFilter {
        outlet: Some(OutletId("o1".to_owned())),
        ..CorpusFilter::default()
    };
    assert_eq!(shown(watan), [0, 3]);
    let unknown = CorpusFilter {
        outlet: Some(OutletId::unknown()),
        ..CorpusFilter::default()
    };
    assert_eq!(shown(unknown), [2]);
    let copies = CorpusFilter {
        copies_only: true,
        ..CorpusFilter::default()
    };
    assert_eq!(shown(copies), [0, 3]);
}

#[test]
fn clicks_tick_and_a_bulk_change_is_one_undoable_transaction() {
    let mut project = project();
    let mut panel = CorpusPanel::default();
    let shown = [1, 3, 0, 2];
    let none = egui::Modifiers::NONE;
    assert_eq!(panel.click(&project, &shown, 0, none), Some(1));
    assert_eq!(
        panel.click(&project, &shown, 2, egui::Modifiers::SHIFT),
        None
    );
    assert_eq!(panel.ticked_indices(&project), [0, 1, 3]);
    assert_eq!(
        panel.click(&project, &shown, 1, egui::Modifiers::CTRL),
        None
    );
    assert_eq!(panel.ticked_indices(&project), [0, 1]);
    assert_eq!(
        panel.click(&project, &shown, 3, egui::Modifiers::CTRL),
        None
    );
    let ticked = panel.ticked_indices(&project);
    assert_eq!(ticked, [0, 1, 2]);

    let Some(transaction) = bulk_transaction(
        &project,
        &ticked,
        &BulkChange::Outlet(OutletId("o2".to_owned())),
    ) else {
        panic!("two documents change");
    };
    // b.txt already has that outlet: only a.txt and c.txt change, in one transaction.
    assert_eq!(transaction.edits.len(), 2);
    transaction
        .clone()
        .apply_checked(&mut project)
        .expect("edit applies");
    let outlets: Vec<&str> = project
        .documents
        .iter()
        .map(|d| d.outlet.as_str())
        .collect();
    assert_eq!(outlets, ["o2", "o2", "o2", "o1"]);
    assert_eq!(
        bulk_transaction(
            &project,
            &ticked,
            &BulkChange::Outlet(OutletId("o2".to_owned()))
        ),
        None
    );
    let dates = bulk_transaction(
        &project,
        &ticked,
        &BulkChange::Date(" 2018-01-02 ".to_owned()),
    );
    assert_eq!(dates.map(|t| t.edits.len()), Some(3));
    let Some(language) = bulk_transaction(&project, &[2], &BulkChange::Language("ar".to_owned()))
    else {
        panic!("the language changes");
    };
    language.apply_checked(&mut project).expect("edit applies");
    assert_eq!(project.documents[2].language, "ar");
    assert_eq!(project.documents[2].title, "");
}

#[test]
fn folders_become_outlets_in_one_step_when_the_folder_looks_like_outlet_slash_article() {
    let mut project = project();
    assert_eq!(
        folder_outlets_transaction(&project),
        None,
        "files at the top"
    );
    for (doc, path) in
        project
            .documents
            .iter_mut()
            .zip(["watan/a.txt", "enab/b.txt", "الوطن/c.txt", "enab/d.txt"])
    {
        path.clone_into(&mut doc.path);
    }
    let Some(transaction) = folder_outlets_transaction(&project) else {
        panic!("c.txt has no outlet");
    };
    // «الوطن» is an outlet already: only c.txt changes, and no outlet is added.
    assert_eq!(transaction.edits.len(), 1);
    transaction
        .apply_checked(&mut project)
        .expect("edit applies");
    assert_eq!(project.documents[2].outlet, OutletId("o1".to_owned()));
    assert_eq!(folder_outlets_transaction(&project), None, "nothing left");

    project.documents[2].outlet = OutletId::unknown();
    project.documents[2].path = "سانا/c.txt".to_owned();
    let Some(transaction) = folder_outlets_transaction(&project) else {
        panic!("c.txt has no outlet");
    };
    assert_eq!(transaction.edits.len(), 2);
    transaction
        .apply_checked(&mut project)
        .expect("edit applies");
    let outlet = &project.documents[2].outlet;
    assert_eq!(project.outlet_name(outlet), "سانا");
}

#[test]
fn copies_count_the_other_documents_of_a_group() {
    let mut documents: Vec<Document> = ["a.txt", "b.txt", "c.txt", "d.txt"]
        .iter()
        .map(|p| Document::new(DocId((*p).to_owned()), (*p).to_owned()))
        .collect();
    documents[1].copy_of = Some(DocId("a.txt".to_owned()));
    documents[3].copy_of = Some(DocId("a.txt".to_owned()));
    let sizes = copy_group_sizes(&documents);
    assert_eq!(sizes[&DocId("a.txt".to_owned())], 3);
    assert_eq!(sizes[&DocId("c.txt".to_owned())], 1);
    let row = |copies| DocumentRow {
        index: 0,
        title: "",
        outlet: "",
        path: "b.txt",
        problems: Vec::new(),
        selected: false,
        copies,
        labels: String::new(),
    };
    crate::i18n::set_locale(crate::i18n::Locale::default());
    let line = |copies| path_line(&row(copies)).replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(line(0), "b.txt");
    assert_eq!(line(1), "b.txt · same text as 1 other");
    assert_eq!(line(2), "b.txt · same text as 2 others");
}

#[test]
fn a_folder_looks_like_outlet_slash_article_when_most_files_lie_one_down_in_several_folders() {
    let folder = |paths: &[&str]| Project {
        documents: paths
            .iter()
            .map(|p| Document::new(DocId((*p).to_owned()), (*p).to_owned()))
            .collect(),
        ..Project::default()
    };
    assert!(looks_like_outlet_folders(&folder(&[
        "watan/1.txt",
        "watan/2.txt",
        "enab/1.txt",
        "readme.txt"
    ])));
    assert!(
        !looks_like_outlet_folders(&folder(&["watan/1.txt", "watan/2.txt", "3.txt"])),
        "one folder"
    );
    assert!(
        !looks_like_outlet_folders(&folder(&["a/1.txt", "b/2.txt", "3.txt", "4.txt"])),
        "half the files at the top"
    );
    assert!(
        !looks_like_outlet_folders(&folder(&[
            "2017/09/1.txt",
            "2017/10/2.txt",
            "2018/01/3.txt"
        ])),
        "dates two folders down"
    );
    let mut named = folder(&["watan/1.txt", "enab/2.txt"]);
    assert!(looks_like_outlet_folders(&named));
    named.documents[0].outlet = OutletId("o1".to_owned());
    assert!(
        !looks_like_outlet_folders(&named),
        "an outlet from another source"
    );
}

#[test]
fn a_folder_named_by_an_alias_gives_that_outlet_and_a_new_spelling_becomes_an_alias() {
    let mut project = project();
    if let Some(o) = project.outlets.get_mut(&OutletId("o2".to_owned())) {
        o.aliases = vec!["Enab Baladi".to_owned()];
    }
    for (doc, path) in project.documents.iter_mut().zip([
        "watan/a.txt",
        "enab/b.txt",
        "enab-baladi/c.txt",
        "x/d.txt",
    ]) {
        path.clone_into(&mut doc.path);
    }
    let Some(transaction) = folder_outlets_transaction(&project) else {
        panic!("c.txt has no outlet");
    };
    transaction
        .apply_checked(&mut project)
        .expect("edit applies");
    let c = &project.documents[2];
    assert_eq!(c.outlet, OutletId("o2".to_owned()));
    assert_eq!(c.outlet_text, "enab-baladi");
    assert_eq!(
        project.outlets[&OutletId("o2".to_owned())].aliases,
        ["Enab Baladi", "enab-baladi"]
    );
}
