//! Registers the bundled faces with egui: each face as a single-font family (so egui never
//! switches faces inside a piece we lay out), and Noto Sans plus the reading faces for the chrome.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontId};

use crate::text::{Face, FontStack};

pub fn install(ctx: &egui::Context, fonts: FontStack) {
    let mut defs = FontDefinitions::default();
    for face in Face::ALL {
        let key = face.family_key().to_owned();
        defs.font_data
            .insert(key.clone(), Arc::new(FontData::from_static(face.bytes())));
        defs.families
            .insert(FontFamily::Name(face.family_key().into()), vec![key]);
    }
    // Chrome text (menus, file names) may hold Arabic or Hebrew names: Noto Sans for Latin and
    // digits, then the reading and Hebrew faces, then egui's own fonts for symbols and emoji.
    let chrome = [
        crate::text::Face::NotoSans,
        fonts.primary,
        crate::text::Face::NotoSansHebrew,
    ];
    let list = defs.families.entry(FontFamily::Proportional).or_default();
    for (i, face) in chrome.iter().enumerate() {
        list.insert(i, face.family_key().to_owned());
    }
    let mono = defs.families.entry(FontFamily::Monospace).or_default();
    for face in &chrome[1..] {
        mono.push(face.family_key().to_owned());
    }
    ctx.set_fonts(defs);
}

pub fn font_id(face: Face, size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(face.family_key().into()))
}
