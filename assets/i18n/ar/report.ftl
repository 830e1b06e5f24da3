# the HTML report (File ▸ Export report…, hashiya report): its headings, table headers,
# counts and sentences
# صيغ الجمع العربية الست: zero، one، two، few (٣–١٠)، many (١١–٩٩)، other (١٠٠، ١٠١، …).

report-title = التقرير: { $name }
report-summary = في المشروع { $documents }، و{ $outlets }، و{ $clusters }.
report-documents =
    { $count ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندان
        [few] { $count } مستندات
        [many] { $count } مستندًا
       *[other] { $count } مستند
    }
report-outlets =
    { $count ->
        [zero] لا وسائل إعلامية
        [one] وسيلة إعلامية واحدة
        [two] وسيلتان إعلاميتان
        [few] { $count } وسائل إعلامية
        [many] { $count } وسيلةً إعلامية
       *[other] { $count } وسيلة إعلامية
    }
report-clusters =
    { $count ->
        [zero] لا مجموعات ادعاءات
        [one] مجموعة ادعاءات واحدة
        [two] مجموعتا ادعاءات
        [few] { $count } مجموعات ادعاءات
        [many] { $count } مجموعةً من الادعاءات
       *[other] { $count } مجموعة ادعاءات
    }
report-unknown-outlet = وسيلة غير معروفة
report-anonymous = مصدر مجهول

## الادعاءات × المصادر

report-matrix = الادعاءات × المصادر
report-cluster = المجموعة
report-silent = صامتة
report-reports = تنقل
report-supports = تؤيد
report-contradicts = تعارض
report-denies = تنفي
report-first = { $relations } (أول مرة في { $day })

## المجموعات

report-clusters-heading = المجموعات
report-verdict = الحكم: { $rating }
report-rating-false = خاطئ
report-rating-mostly-false = خاطئ في معظمه
report-rating-mixed = مختلط
report-rating-mostly-true = صحيح في معظمه
report-rating-true = صحيح
report-rating-unproven = غير مثبت
report-timeline = الخط الزمني
report-timeline-point = { $outlet } { $relation } في { $day }
report-undated =
    { $count ->
        [zero] لا ادعاءات بلا تاريخ.
        [one] ادعاء واحد بلا تاريخ، فليس على الخط الزمني.
        [two] ادعاءان بلا تاريخ، فليسا على الخط الزمني.
        [few] { $count } ادعاءات بلا تاريخ، فليست على الخط الزمني.
        [many] { $count } ادعاءً بلا تاريخ، فليست على الخط الزمني.
       *[other] { $count } ادعاء بلا تاريخ، فليست على الخط الزمني.
    }
report-claimant = القائل: { $name }
report-cue = كلمة القول: { $cue }

## الكيانات لكل وسيلة إعلامية

report-entities = الكيانات لكل وسيلة إعلامية
report-no-entity = لم يُذكر أي كيان.
report-entity = الكيان

## المدوّنة

report-corpus = المدوّنة
report-document-title = العنوان
report-outlet = الوسيلة الإعلامية
report-date = التاريخ
report-link = الرابط

## الأخطاء

report-not-written = تعذّرت كتابة التقرير
