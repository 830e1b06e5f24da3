//! `hashiya-bench --pages`: how well and how fast saved web pages are read. Quality is measured
//! on the marked fixtures of `tests/fixtures/pages` (each `.expected` sidecar lists what a careful
//! reader keeps and what must go); speed on 2,000 pages made from them, imported as a folder,
//! against only reading their bytes.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context as _, Result};
use hashiya::formats::html::{quality::Quality, read_page};
use hashiya::import::{ImportOptions, import_folder};

/// Pages in the speed run.
const PAGES: usize = 2000;

pub fn run() -> Result<()> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = Quality::default();
    println!("| page | article paragraphs kept | furniture dropped |");
    println!("|---|---|---|");
    let mut names: Vec<PathBuf> = fs::read_dir(&fixtures)
        .with_context(|| format!("reading {}", fixtures.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "html"))
        .collect();
    names.sort();
    for path in names {
        let bytes = fs::read(&path)?;
        let sidecar = fs::read_to_string(path.with_extension("expected"))?;
        let page = read_page(&bytes).map_err(|reason| anyhow::anyhow!("{reason}"))?;
        let quality = Quality::measure(&page.text, &sidecar);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "| {name} | {}/{} | {}/{} |",
            quality.kept, quality.article, quality.dropped, quality.furniture
        );
        total.add(quality);
        pages.push((name, bytes));
    }
    println!(
        "| all | {:.0} % | {:.0} % |\n",
        total.kept_share() * 100.0,
        total.dropped_share() * 100.0
    );

    let start = Instant::now();
    let mut extracted = 0;
    for (_, bytes) in &pages {
        for _ in 0..20 {
            extracted += read_page(bytes).map_or(0, |page| page.text.len());
        }
    }
    let per_second = (pages.len() * 20) as f64 / start.elapsed().as_secs_f64();
    println!("extraction, one thread: {per_second:.0} pages/s ({extracted} bytes of text)");

    let dir = std::env::temp_dir().join(format!("hashiya-pages-{}", std::process::id()));
    fs::create_dir_all(&dir)?;
    let mut bytes_total = 0;
    for i in 0..PAGES {
        let (_, bytes) = &pages[i % pages.len()];
        // Each page differs a little, as pages of one site do.
        let mut page = bytes.clone();
        page.extend_from_slice(format!("<!-- {i} -->").as_bytes());
        bytes_total += page.len();
        fs::write(dir.join(format!("{i:04}.html")), page)?;
    }
    let start = Instant::now();
    let mut read = 0;
    for entry in fs::read_dir(&dir)? {
        read += fs::read(entry?.path())?.len();
    }
    let reading = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let report = import_folder(&dir, &ImportOptions::default())?;
    let import = start.elapsed().as_secs_f64();
    fs::remove_dir_all(&dir)?;
    println!(
        "{PAGES} pages ({:.1} MB): reading their bytes {reading:.3} s, importing them {import:.2} s \
         ({:.0} pages/s on every core; {} documents, {} skipped; {read} bytes read)",
        bytes_total as f64 / 1e6,
        PAGES as f64 / import,
        report.documents.len(),
        report.skipped.len()
    );
    Ok(())
}
