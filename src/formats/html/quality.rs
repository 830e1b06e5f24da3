//! How well an extraction matches what a careful reader keeps of a page. A page's sidecar file
//! marks each article paragraph with `+ ` and each piece of page furniture (menus, "read also"
//! items, comments, footer) with `- `; lines starting with `#` are comments.

/// Counts of one page (or a sum over pages).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Quality {
    /// Article paragraphs found in the extracted text, and how many the sidecar lists.
    pub kept: usize,
    pub article: usize,
    /// Furniture lines absent from the extracted text, and how many the sidecar lists.
    pub dropped: usize,
    pub furniture: usize,
}

impl Quality {
    /// Compares `text` (paragraphs separated by blank lines) with a sidecar. An article paragraph
    /// counts as kept when it is one of the text's paragraphs; furniture counts as dropped when it
    /// occurs nowhere in the text.
    pub fn measure(text: &str, sidecar: &str) -> Self {
        let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).collect();
        let mut quality = Self::default();
        for line in sidecar.lines() {
            if let Some(paragraph) = line.strip_prefix("+ ") {
                quality.article += 1;
                quality.kept += usize::from(paragraphs.contains(&paragraph.trim()));
            } else if let Some(furniture) = line.strip_prefix("- ") {
                quality.furniture += 1;
                quality.dropped += usize::from(!text.contains(furniture.trim()));
            }
        }
        quality
    }

    pub fn add(&mut self, other: Self) {
        self.kept += other.kept;
        self.article += other.article;
        self.dropped += other.dropped;
        self.furniture += other.furniture;
    }

    /// Share of the article's paragraphs kept, 0–1 (1 when there were none to keep).
    pub fn kept_share(&self) -> f64 {
        share(self.kept, self.article)
    }

    /// Share of the furniture dropped, 0–1 (1 when there was none).
    pub fn dropped_share(&self) -> f64 {
        share(self.dropped, self.furniture)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_paragraphs_kept_and_furniture_dropped() {
        let sidecar = "# a page\n+ عنوان\n+ فقرة أولى\n+ فقرة ثانية\n- الرئيسية\n- اقرأ أيضا\n";
        let quality = Quality::measure("عنوان\n\nفقرة أولى\n\nالرئيسية", sidecar);
        assert_eq!(
            quality,
            Quality {
                kept: 2,
                article: 3,
                dropped: 1,
                furniture: 2
            }
        );
        assert!((quality.kept_share() - 2.0 / 3.0).abs() < 1e-9);
        assert!((quality.dropped_share() - 0.5).abs() < 1e-9);
    }
}
