//! Copies inside one import: the same text (exactly, or with small edits, as when several
//! outlets run one agency story with their own first lines) in several documents.
//!
//! Texts are compared as sets of 3-word shingles of normalised words (see
//! [`crate::text::similarity`]); two texts whose estimated Jaccard similarity reaches
//! [`COPY_SIMILARITY`] are copies, and copies of copies are one group. The first document of a
//! group (in corpus order) is the original the others are `copy_of`; which outlet really wrote
//! the story first cannot be told from the texts.

use super::report::ImportedDocument;
use crate::model::DocId;
use crate::text::similarity::{Signature, candidate_groups};

/// Words per shingle: three keeps common two-word phrases of news prose («وقال المتحدث») from
/// making unrelated stories alike, while one edited word breaks only three shingles.
const SHINGLE_WORDS: usize = 3;

/// Estimated Jaccard similarity from which two texts are copies of one story. A story with a
/// new first paragraph of a fifth of its length stays near 0.7; two reports of one event written
/// separately share few three-word sequences (below 0.2 in practice).
pub const COPY_SIMILARITY: f64 = 0.5;

/// Groups of copies among `texts` (indices, each group sorted, groups in order of their first
/// member); texts without words are never copies.
pub fn copy_groups(texts: &[&str]) -> Vec<Vec<usize>> {
    let signatures: Vec<Option<Signature>> =
        crate::parallel::map(texts, 16, |text| Signature::of_text(text, SHINGLE_WORDS));
    candidate_groups(&signatures, COPY_SIMILARITY)
}

/// Sets `copy_of` on every document that repeats an earlier one, and returns the groups as
/// document IDs (the original first).
pub fn mark_copies(documents: &mut [ImportedDocument]) -> Vec<Vec<DocId>> {
    let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
    let groups = copy_groups(&texts);
    let mut by_id = Vec::with_capacity(groups.len());
    for group in groups {
        let original = documents[group[0]].document.id.clone();
        for &i in &group[1..] {
            documents[i].document.copy_of = Some(original.clone());
        }
        by_id.push(
            group
                .iter()
                .map(|&i| documents[i].document.id.clone())
                .collect(),
        );
    }
    by_id
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGENCY: &str = "دمشق (وكالات) - قالت مصادر محلية إن قصفا مدفعيا استهدف صباح اليوم \
        الأحياء الشرقية من المدينة، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح متفاوتة. \
        وأوضحت المصادر أن القصف تركز على سوق شعبي مكتظ بالمتسوقين في ساعات الصباح الأولى، \
        وأن فرق الدفاع المدني عملت على إخلاء الجرحى إلى المستشفيات القريبة. \
        ونفى مصدر عسكري في تصريح مقتضب أن تكون قواته قد استهدفت مناطق سكنية، مؤكدا أن \
        العمليات تقتصر على مواقع المسلحين في أطراف المدينة. \
        ودعت منظمات إنسانية إلى فتح ممرات آمنة لإدخال المساعدات الطبية والغذائية إلى السكان \
        المحاصرين منذ أكثر من شهرين، محذرة من تدهور الأوضاع مع اقتراب فصل الشتاء.";

    /// The agency story with the first sentence each outlet writes for itself.
    fn outlet_copy(first_line: &str) -> String {
        let rest = AGENCY.split_once(". ").map_or(AGENCY, |(_, rest)| rest);
        format!("{first_line}\n{rest}")
    }

    #[test]
    fn one_agency_story_in_five_outlets_is_one_group() {
        let copies = [
            outlet_copy("عاجل: مقتل ثلاثة مدنيين في قصف على سوق شرقي المدينة"),
            AGENCY.to_owned(),
            outlet_copy("أفادت مصادر محلية بسقوط ضحايا مدنيين جراء قصف طال سوقا شعبيا اليوم."),
            outlet_copy("قتل ثلاثة مدنيين وجرح آخرون صباح اليوم في قصف للأحياء الشرقية."),
            outlet_copy("المرصد: قصف مدفعي يوقع قتلى في سوق مكتظ بالمدينة"),
        ];
        let separate = "قال مسؤول عسكري في مؤتمر صحفي مساء اليوم إن الجيش صد هجوما شنه \
            مسلحون على مواقعه في أطراف المدينة الشرقية، وإن الاشتباكات أسفرت عن خسائر في \
            صفوف المهاجمين. وأكد المسؤول أن المدنيين لم يتضرروا وأن الأسواق فتحت أبوابها \
            كالمعتاد، متهما وسائل إعلام بنشر أخبار كاذبة عن قصف الأحياء السكنية. وأضاف أن \
            الجيش مستعد لتسهيل دخول المساعدات عبر الممرات التي حددتها الحكومة.";
        let mut texts: Vec<&str> = copies.iter().map(String::as_str).collect();
        texts.insert(2, separate);
        assert_eq!(copy_groups(&texts), vec![vec![0, 1, 3, 4, 5]]);
    }

    #[test]
    fn two_stories_about_one_event_are_not_copies() {
        let first = "أعلنت الحكومة اليوم رفع أسعار الوقود بنسبة عشرين في المئة اعتبارا من \
            مطلع الشهر المقبل، وقال وزير المالية إن القرار ضروري لتقليص عجز الموازنة الذي \
            تجاوز الحدود المقبولة، مشيرا إلى أن الدعم سيوجه إلى الأسر الفقيرة مباشرة.";
        let second = "خرج مئات المحتجين إلى شوارع العاصمة مساء اليوم رفضا لزيادة أسعار \
            المحروقات التي أقرتها الحكومة، ورفعوا لافتات تطالب بإسقاط القرار، فيما انتشرت \
            قوات الأمن بكثافة قرب مبنى البرلمان دون أن تسجل مواجهات.";
        assert!(copy_groups(&[first, second]).is_empty());
    }

    #[test]
    fn copies_point_to_the_first_document_in_corpus_order() {
        let make = |path: &str, text: &str| ImportedDocument {
            document: crate::model::Document::new(DocId(path.to_owned()), path.to_owned()),
            text: text.to_owned(),
            meta: super::super::meta::ArticleMeta::default(),
        };
        let mut documents = vec![
            make("a/1.txt", AGENCY),
            make(
                "b/1.txt",
                "نص آخر لا علاقة له بالقصة الأولى على الإطلاق يتحدث عن الطقس.",
            ),
            make("c/1.txt", AGENCY),
            make("d/1.txt", ""),
            make("e/1.txt", ""),
        ];
        let groups = mark_copies(&mut documents);
        assert_eq!(
            groups,
            vec![vec![
                DocId("a/1.txt".to_owned()),
                DocId("c/1.txt".to_owned())
            ]]
        );
        let copy_of: Vec<Option<&str>> = documents
            .iter()
            .map(|d| d.document.copy_of.as_ref().map(|id| id.0.as_str()))
            .collect();
        assert_eq!(copy_of, [None, None, Some("a/1.txt"), None, None]);
    }
}
