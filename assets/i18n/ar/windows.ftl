# the views' windows: claims × sources, entities, outlets, sources, timeline, review, search, suggestions, label editor, export, comparison

# صيغ الجمع العربية الست: zero، one، two، few (٣–١٠)، many (١١–٩٩)، other (١٠٠، ١٠١، …).

## الادعاءات × المصادر

matrix-title = الادعاءات × المصادر
matrix-filter = تصفية
matrix-filter-field = تصفية المجموعات
matrix-sort-by = الترتيب حسب
matrix-sort-name = الاسم
matrix-sort-coverage = عدد الوسائل الناقلة
matrix-sort-first = أول ظهور
matrix-empty = لا مجموعات بعد. حدِّد مقطع ادعاء، ثم أعطه في لوحة التفاصيل اسم مجموعة جديدة، وأضف إلى تلك المجموعة الادعاء نفسه من مقالات أخرى.
matrix-cluster = المجموعة
matrix-unknown-outlet = وسيلة غير معروفة
matrix-silent = صامتة
matrix-silent-cell = { $cluster }: { $outlet }: صامتة
matrix-reports = تنقل
matrix-supports = تؤيد
matrix-contradicts = تعارض
matrix-denies = تنفي
matrix-denial = { $relation } نفيًا
matrix-copy = { $text } في نسخة منقولة
matrix-cell-hover =
    { $count ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $count } ادعاءات
        [many] { $count } ادعاءً
       *[other] { $count } ادعاء
    }، { $dated ->
        [yes] أولها في { $day }
       *[no] لا تاريخ لأيٍّ منها
    }؛ انقر للانتقال إليها في النص
matrix-cell-copies = لا يرد إلا في نسخ من نص وسيلة أخرى (أُعيد نشره، ولم تنقله هي بنفسها).
matrix-timeline = الخط الزمني، من قالها أولًا
matrix-delete-cluster = حذف المجموعة مع إبقاء ادعاءاتها
matrix-delete-this-cluster = حذف هذه المجموعة مع إبقاء ادعاءاتها
matrix-name = الاسم
matrix-name-field = اسم المجموعة
matrix-note = ملاحظة
matrix-note-field = ملاحظة المجموعة
matrix-verdict = الحكم
matrix-verdict-field = الحكم
matrix-why = السبب
matrix-why-field = ملاحظة الحكم
matrix-not-checked = لم يُتحقَّق منه
matrix-rating-false = خاطئ
matrix-rating-mostly-false = خاطئ في معظمه
matrix-rating-mixed = مختلط
matrix-rating-mostly-true = صحيح في معظمه
matrix-rating-true = صحيح
matrix-rating-unproven = غير مثبت
matrix-renamed = إعادة تسمية مجموعة
matrix-note-changed = تغيير ملاحظة مجموعة
matrix-verdict-changed = تغيير حكم مجموعة
matrix-verdict-note-changed = تغيير ملاحظة حكم

## الكيانات

entities-title = الكيانات
entities-filter-field = تصفية الكيانات
entities-sort-mentions = الإشارات
entities-sort-name = الاسم
entities-sort-kind = النوع
entities-unknown-outlet = غير معروفة
entities-entity = الكيان
entities-kind = النوع
entities-all = الكل
entities-empty = لا كيانات بعد: حدِّد مقطعًا واضغط «كيان جديد» في لوحة التفاصيل.
entities-step = التنقل بين إشاراته
entities-step-name = التنقل بين إشارات { $name }
entities-merge-into = دمج في…
entities-merge-into-field = دمج في
entities-not-merged = لم يُدمج: { $error }
entities-split =
    { $count ->
        [zero] فصل الإشارات المعلَّمة
        [one] فصل الإشارة المعلَّمة
        [two] فصل الإشارتين المعلَّمتين
        [few] فصل { $count } إشارات معلَّمة
        [many] فصل { $count } إشارةً معلَّمة
       *[other] فصل { $count } إشارة معلَّمة
    }
entities-not-split = لم يُفصل: { $error }
entities-mentions =
    { $count ->
        [zero] لا إشارات
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $count } إشارات
        [many] { $count } إشارةً
       *[other] { $count } إشارة
    }
entities-tick = علِّمها لفصلها
entities-tick-name = فصل { $quote }
entities-name = الاسم
entities-name-field = اسم الكيان
entities-aliases = الأسماء البديلة
entities-aliases-field = الأسماء البديلة
entities-note = ملاحظة
entities-note-field = ملاحظة الكيان
entities-external = المعرّف الخارجي
entities-external-field = المعرّف الخارجي
entities-kind-field = نوع الكيان
entities-renamed = إعادة تسمية كيان
entities-aliases-changed = تغيير الأسماء البديلة
entities-note-changed = تغيير ملاحظة الكيان
entities-external-changed = تغيير المعرّف الخارجي
entities-kind-changed = تغيير نوع الكيان
entities-no-mentions = لا إشارات إلى هذا الكيان بعد
entities-mention-step = الإشارة { $number } من { $of }

## الوسائل الإعلامية

outlets-title = الوسائل الإعلامية
outlets-name = الاسم
outlets-affiliation = الانتماء
outlets-documents = المستندات
outlets-also-written = تُكتب أيضًا
outlets-hint = الانتماء وسمٌ حرّ، مثل: إعلام رسمي، معارضة، وكالة دولية. «تُكتب أيضًا»: كتابات أخرى للاسم وردت في المصادر؛ افصل إحداها إن كانت وسيلة أخرى، أو ادمج وسيلةً في أخرى إن كانتا واحدة.
outlets-name-field = اسم { $name }
outlets-affiliation-field = انتماء { $name }
outlets-renamed = إعادة تسمية الوسيلة { $name }
outlets-affiliation-changed = انتماء { $name }
outlets-remove = حذف { $name }
outlets-remove-button = حذف
outlets-remove-refused = ما زالت مستندات منسوبة إلى هذه الوسيلة
outlets-removed = حذف الوسيلة { $name }
outlets-split-off = فصل { $alias }
outlets-split-off-hint =
    { $count ->
        [zero] جعل { $alias } وسيلةً مستقلة، دون مستندات
        [one] جعل { $alias } وسيلةً مستقلة، مع المستند الذي كتب مصدرُه الاسمَ هكذا
        [two] جعل { $alias } وسيلةً مستقلة، مع المستندين اللذين كتب مصدرهما الاسمَ هكذا
        [few] جعل { $alias } وسيلةً مستقلة، مع { $count } مستندات كتبت مصادرها الاسمَ هكذا
        [many] جعل { $alias } وسيلةً مستقلة، مع { $count } مستندًا كتبت مصادرها الاسمَ هكذا
       *[other] جعل { $alias } وسيلةً مستقلة، مع { $count } مستند كتبت مصادرها الاسمَ هكذا
    }
outlets-merge = دمج { $name } في…
outlets-merge-button = دمج في…
outlets-new = وسيلة جديدة
outlets-new-field = اسم الوسيلة الجديدة
outlets-added = إضافة الوسيلة { $name }
outlets-set = تعيين الوسيلة { $name }
outlets-details-changed = تغيير تفاصيل مصدر المستند

## المصادر والرسوم البيانية

sources-title = المصادر
sources-outlet = الوسيلة
sources-affiliation = الانتماء
sources-documents = المستندات
sources-spans = المقاطع
sources-mentions = الإشارات
sources-entities = الكيانات
sources-asserts = تثبت
sources-denies = تنفي
sources-clusters = المجموعات
sources-silent-on = صامتة عن
sources-unknown = غير معروفة
sources-unknown-outlet = وسيلة غير معروفة
sources-mentions-chart = الإشارات إلى أكثر الكيانات ذكرًا، لكل وسيلة
sources-stance-chart = الادعاءات لكل وسيلة حسب الموقف
sources-series-asserts = تثبت
sources-series-denies = تنفي
sources-press = اضغط { $key } ({ $label })
sources-choose = اختر { $label } بـ Enter
sources-choose-any = اختر وسمًا بـ Enter
sources-no-mentions = لا إشارات إلى كيانات بعد. حدِّد اسمًا في مقالة، ثم { $how }، ثم اربط المقطع بكيان في لوحة التفاصيل («ربط بـ…» أو «كيان جديد»).
sources-no-claims = لا ادعاءات بعد. حدِّد المُدَّعى في مقالة ثم { $how }؛ ثم سمِّ قائله في لوحة التفاصيل.

## الخط الزمني

timeline-title = الخط الزمني
timeline-cluster-field = المجموعة المعروضة
timeline-empty = لا مجموعات بعد: أنشئ مجموعة في لوحة التفاصيل من ادعاء، ثم أضف إليها الادعاء نفسه من مقالات أخرى.
timeline-no-dates = لا تاريخ لأي ادعاء في هذه المجموعة: أعطِ المقالات تاريخ نشر أو الادعاءات تاريخ تصريح.
timeline-first-appearance = أول ظهور
timeline-claims-by-date = الادعاءات حسب التاريخ
timeline-without-date = بلا تاريخ
timeline-none = لا شيء
timeline-go = الانتقال إلى الادعاء في مقالته
timeline-statement = { $day } بحسب تاريخ التصريح
timeline-undated = بلا تاريخ
timeline-summary = { $relation } · { $when } · لدى { $outlet }{ $first ->
        [yes] {" "}· الأول
       *[no] {""}
    }

## البحث

search-title = بحث
search-hint = ابحث في كل المقالات
search-field = بحث
search-normalised = مُطبَّع
search-normalised-hint = يتجاهل الحركات والتطويل وصور الألف والياء ومواضع الهمزة وأشكال الأرقام
search-exact = مطابق
search-regex = تعبير نمطي
search-whole-words = كلمات كاملة
search-whole-words-hint = في البحث المُطبَّع قد تحمل الكلمة سابقة متصلة: «داعش» تجد «لداعش»
search-button = ابحث
search-hits =
    { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
search-hits-capped =
    { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة، وهي الأولى فقط؛ دقِّق البحث
        [two] نتيجتان، وهما الأوليان فقط؛ دقِّق البحث
        [few] { $count } نتائج، وهي الأولى فقط؛ دقِّق البحث
        [many] { $count } نتيجةً، وهي الأولى فقط؛ دقِّق البحث
       *[other] { $count } نتيجة، وهي الأولى فقط؛ دقِّق البحث
    }
search-choose-label = اختر وسمًا
search-label-field = وسم لكل النتائج
search-label-ticked =
    { $count ->
        [zero] وسم النتائج المعلَّمة
        [one] وسم النتيجة المعلَّمة
        [two] وسم النتيجتين المعلَّمتين
        [few] وسم { $count } نتائج معلَّمة
        [many] وسم { $count } نتيجةً معلَّمة
       *[other] وسم { $count } نتيجة معلَّمة
    }
search-tick-all = تعليم الكل
search-tick-none = إلغاء التعليم
search-tick-name = تعليم النتيجة { $n }
search-hit-name = النتيجة { $n }: { $text }
search-indexing = تجري فهرسة المدوّنة للبحث؛ يبدأ البحث حين تجهز
search-choose-first = اختر وسمًا أولًا
search-found =
    { $count ->
        [zero] لا نتائج لـ«{ $pattern }»
        [one] نتيجة واحدة لـ«{ $pattern }»
        [two] نتيجتان لـ«{ $pattern }»
        [few] { $count } نتائج لـ«{ $pattern }»
        [many] { $count } نتيجةً لـ«{ $pattern }»
       *[other] { $count } نتيجة لـ«{ $pattern }»
    }
search-all-labelled-already =
    { $count ->
        [zero] لا شيء للوسم
        [one] لا شيء للوسم: النتيجة المعلَّمة موسومة بـ{ $label } من قبل
        [two] لا شيء للوسم: النتيجتان المعلَّمتان موسومتان بـ{ $label } من قبل
        [few] لا شيء للوسم: النتائج المعلَّمة الـ{ $count } موسومة بـ{ $label } من قبل
        [many] لا شيء للوسم: النتائج المعلَّمة الـ{ $count } موسومة بـ{ $label } من قبل
       *[other] لا شيء للوسم: النتائج المعلَّمة الـ{ $count } موسومة بـ{ $label } من قبل
    }
search-none-can-be-span =
    { $count ->
        [zero] لا شيء للوسم
        [one] لا شيء للوسم: النتيجة المعلَّمة لا تصلح مقطعًا
        [two] لا شيء للوسم: النتيجتان المعلَّمتان لا تصلحان مقطعين
       *[other] لا شيء للوسم: لا تصلح أيٌّ من النتائج المعلَّمة الـ{ $count } مقطعًا
    }
search-labelled =
    { $count ->
        [zero] لم تُوسم أي نتيجة بـ{ $label }
        [one] وُسمت نتيجة واحدة بـ{ $label }
        [two] وُسمت نتيجتان بـ{ $label }
        [few] وُسمت { $count } نتائج بـ{ $label }
        [many] وُسمت { $count } نتيجةً بـ{ $label }
       *[other] وُسمت { $count } نتيجة بـ{ $label }
    }
search-skipped = ؛ وتُخطّي { $count } لأنها موسومة كذلك من قبل
search-not-labelled = { " " }وتعذّر وسم { $count }

## الاقتراحات

suggestions-title = الاقتراحات
suggestions-progress = تجري الاقتراحات… { $done } من { $total } مستند
suggestions-in-document =
    { $count ->
        [zero] لا اقتراحات في هذا المستند
        [one] اقتراح واحد في هذا المستند
        [two] اقتراحان في هذا المستند
        [few] { $count } اقتراحات في هذا المستند
        [many] { $count } اقتراحًا في هذا المستند
       *[other] { $count } اقتراح في هذا المستند
    }
suggestions-none = لا اقتراحات لعرضها
suggestions-nothing-here = لا اقتراح هنا للعمل عليه
suggestions-accepted-document =
    { $count ->
        [zero] لم يُقبل أي اقتراح «{ $text }» في هذا المستند
        [one] قُبل اقتراح واحد «{ $text }» في هذا المستند
        [two] قُبل اقتراحان «{ $text }» في هذا المستند
        [few] قُبلت { $count } اقتراحات «{ $text }» في هذا المستند
        [many] قُبل { $count } اقتراحًا «{ $text }» في هذا المستند
       *[other] قُبل { $count } اقتراح «{ $text }» في هذا المستند
    }
suggestions-accepted-corpus =
    { $count ->
        [zero] لم يُقبل أي اقتراح «{ $text }» في المدوّنة
        [one] قُبل اقتراح واحد «{ $text }» في المدوّنة
        [two] قُبل اقتراحان «{ $text }» في المدوّنة
        [few] قُبلت { $count } اقتراحات «{ $text }» في المدوّنة
        [many] قُبل { $count } اقتراحًا «{ $text }» في المدوّنة
       *[other] قُبل { $count } اقتراح «{ $text }» في المدوّنة
    }
suggestions-so-far = { $description }؛ اقتُرح حتى الآن لـ{ $done } من { $total } مستند
suggestions-claim = ادعاء: { $who } «{ $cue }» «{ $text }»
suggestions-denial = نفي: { $who } «{ $cue }» «{ $text }»
suggestions-the-outlet = الوسيلة
suggestions-cluster = ادعاء «{ $text }» في المجموعة «{ $cluster }»
suggestions-source-learned = الصيغ الموسومة
suggestions-source-registry = سجل الكيانات
suggestions-source-attribution = أفعال القول
suggestions-source-clusters = المجموعات
suggestions-line = { $what } · الدرجة { $score } · من { $source }

## مراجعة المقاطع

review-title = مراجعة المقاطع
review-when-opened = عند فتح المشروع
review-all-in-place = كل مقطع في موضع نصه.
review-mismatched = مقاطع لم يعد نصها يطابق المقالة
review-moved = نُقل من { $from }–{ $to } إلى { $start }–{ $end }
review-changed = تغيّر، وصار «{ $quote }» في { $start }–{ $end } (التشابه { $score }٪)
review-orphaned = لم يُعثر عليه: أُبقي في موضعه القديم

## التصدير

export-title = تصدير
export-report-html = التقرير (صفحة HTML)
export-report-jsonld = الادعاءات والأحكام (JSON-LD من schema.org)
export-wrote-report = كُتب { $report } في { $name }
export-report-failed = لم يُكتب التقرير: { $error }
export-replace-title = استبدال الملف؟
export-replace-question = { $path } موجود من قبل. أتستبدل به { $report }؟
export-replace = استبدله
export-cancel = إلغاء
export-already-running = يجري تصدير آخر الآن
export-done = صُدِّر بصيغة { $format }
export-failed = لم يُصدَّر: { $error }
export-running = يجري التصدير بصيغة { $format } إلى { $path }
export-intro = كل تصدير يذكر وحدة الإزاحة التي يعتمدها ويتحقق من نفسه قبل أن يعلن نجاحه.
export-writes-folder = يكتب مجلدًا
export-writes-file = يكتب ملفًا واحدًا
export-hand-on = للتسليم: كل مجموعة باقتباساتها وخطها الزمني وحكمها.
export-report-button = تصدير { $report }…
export-import-report = تقرير الاستيراد

## المقارنة بمشروع زميل، الاتفاق، اسمك

compare-title = المقارنة بـ{ $name }
compare-hint = مقاطع زميلك هي الأشرطة فوق النص. F8 / Shift+F8 التالي / السابق، Alt+A قبول مقطعه، Alt+R الإبقاء على مقطعي، Alt+E تحرير مقطعي.
compare-none-left = لم يبقَ خلاف.
compare-previous = السابق
compare-next = التالي
compare-accept = قبول مقطعه
compare-keep = الإبقاء على مقطعي
compare-edit = تحرير مقطعي
compare-take-all = أخذ كل ما انفرد به
compare-take-all-hint = إضافة كل مقطع انفرد بوسمه، في خطوة واحدة
compare-agreement-button = الاتفاق…
compare-same = المقطع والوسم نفسهما
compare-other-label = المقطع نفسه بوسم آخر
compare-overlapping = متداخلان
compare-only-mine = عندي فقط
compare-only-theirs = عنده فقط
compare-row = { $kind }
    {"   "}مقطعي: { $mine }
    {"   "}مقطعه: { $theirs }
compare-begins =
    { $count ->
        [zero] المقارنة بـ{ $name }: لا خلاف
        [one] المقارنة بـ{ $name }: خلاف واحد
        [two] المقارنة بـ{ $name }: خلافان
        [few] المقارنة بـ{ $name }: { $count } خلافات
        [many] المقارنة بـ{ $name }: { $count } خلافًا
       *[other] المقارنة بـ{ $name }: { $count } خلاف
    }
compare-status-none-left = لم يبقَ خلاف
compare-kept = أُبقي مقطعي
compare-editing = تحرير مقطعي: الوسوم، وShift مع الأسهم لحدوده، وDelete
compare-took-all = أُخذت كل مقاطعه التي تنقصني
compare-nothing-to-take = ليس عنده مقطع ينقصك
compare-took =
    { $count ->
        [zero] لم يُؤخذ شيء من مقاطعه
        [one] أُخذ مقطع واحد من مقاطعه
        [two] أُخذ مقطعان من مقاطعه
        [few] أُخذت { $count } مقاطع من مقاطعه
        [many] أُخذ { $count } مقطعًا من مقاطعه
       *[other] أُخذ { $count } مقطع من مقاطعه
    }
agreement-title = الاتفاق
agreement-intro =
    { $count ->
        [zero] لا مستندات وسمها أحدكما.
        [one] مستند واحد وسمه أحدكما. κ: كابا كوهين على الكلمات؛ αU: ألفا كريبندورف للوحدات على المقاطع؛ P وR وF1: المقاطع المتطابقة تمامًا، ومقاطعي مرجعًا.
        [two] مستندان وسمهما أحدكما. κ: كابا كوهين على الكلمات؛ αU: ألفا كريبندورف للوحدات على المقاطع؛ P وR وF1: المقاطع المتطابقة تمامًا، ومقاطعي مرجعًا.
        [few] { $count } مستندات وسمها أحدكما. κ: كابا كوهين على الكلمات؛ αU: ألفا كريبندورف للوحدات على المقاطع؛ P وR وF1: المقاطع المتطابقة تمامًا، ومقاطعي مرجعًا.
        [many] { $count } مستندًا وسمها أحدكما. κ: كابا كوهين على الكلمات؛ αU: ألفا كريبندورف للوحدات على المقاطع؛ P وR وF1: المقاطع المتطابقة تمامًا، ومقاطعي مرجعًا.
       *[other] { $count } مستند وسمها أحدكما. κ: كابا كوهين على الكلمات؛ αU: ألفا كريبندورف للوحدات على المقاطع؛ P وR وF1: المقاطع المتطابقة تمامًا، ومقاطعي مرجعًا.
    }
agreement-same = متطابقة
agreement-kappa = κ
agreement-alpha = αU
agreement-precision = P
agreement-recall = R
agreement-f1 = F1
agreement-only-mine = عندي فقط
agreement-only-theirs = عنده فقط
agreement-overall = الإجمال
agreement-label = الوسم { $name }
agreement-outlet = الوسيلة { $name }
annotator-title = اسمك
annotator-intro = يُختم، مع الوقت، على كل مقطع وادعاء تنشئه أو تغيّره:
annotator-field = اسمك
annotator-hint = الاسم أو الأحرف الأولى
annotator-empty = إن تُرك فارغًا فاسم دخولك. يراه الزملاء حين يقارنون المشاريع.

## أفعال القول (في محرر الوسوم)

cues-title = أفعال القول وعباراته
cues-intro = تُقترح أطر الادعاء عند أفعال القول المدمجة (قال، أكد، نفى، بحسب …) وعند ما يُضاف هنا.
cues-refused = لا يمكن إضافة فعل قول { $problem }
cues-builtin = «{ $form }» موجود في المعجم المدمج من قبل
cues-in-project = «{ $form }» موجود في معجم هذا المشروع من قبل
cues-added = أُضيف فعل القول «{ $form }»
cues-removed = حُذف فعل القول «{ $form }»
cues-names-source = يسمّي المصدر
cues-verb = فعل
cues-denies = ينفي
cues-carries-on-before = يكمل الادعاء السابق
cues-line = «{ $form }»، وهو { $what }
cues-remove = حذف «{ $form }»
cues-field = فعل قول جديد
cues-carries-on = يكمل ما قبله
cues-add = إضافة فعل قول
compare-took-version = أُخذت صيغته لمقطع
compare-took-span = أُخذ مقطعه
compare-removed-mine = حُذف مقطعي إذ لا مقطع عنده

## تقدّم العمل في الخلفية (فتح مجلد، تصدير)

progress-documents = المستندات: { $done } من { $total }
progress-files = الملفات: { $done } من { $total }
progress-cancel = إلغاء
progress-cancelling = جارٍ الإلغاء…

## Every window

window-close = إغلاق النافذة
