//! hashiya (حاشية): a desktop workbench for analysts who read Arabic news from many outlets and
//! record who claims what, in which source.
//!
//! Dependency direction: `model` ← `text` ← `intake` ← `formats` ← `import`/`export`/`store` ←
//! `workspace` ← `ui`, `cli`.
//! Nothing imports `ui`. `job` and `parallel` import nothing but `i18n` (`job` says why work
//! stopped), so any module may use them.

pub mod cli;
pub mod export;
pub mod formats;
pub mod i18n;
pub mod import;
pub mod intake;
pub mod job;
pub mod model;
pub mod parallel;
pub mod report;
pub mod sample;
pub mod settings;
pub mod store;
pub mod suggest;
pub mod synth;
pub mod team;
pub mod text;
pub mod ui;
pub mod workspace;
