# the inspector, the article header, the document list and the status bar

# صيغ الجمع العربية الست: zero، one، two، few (٣–١٠)، many (١١–٩٩)، other (١٠٠، ١٠١، …).

## لوحة التفاصيل: مقطع

inspector-span = مقطع
inspector-span-text-name = نص المقطع: { $quote }
inspector-span-place = المحارف { $start }–{ $end } · المعرّف { $id }
inspector-span-made-on = أُنشئ في { $created }
inspector-span-made-on-changed = أُنشئ في { $created }، وعُدِّل في { $modified }
inspector-span-made-by-on = أنشأه { $annotator } في { $created }
inspector-span-made-by-on-changed = أنشأه { $annotator } في { $created }، وعُدِّل في { $modified }
inspector-label = الوسم
inspector-note = ملاحظة
inspector-note-name = ملاحظة
inspector-attributes = السمات
inspector-attribute-value-name = قيمة { $name }
inspector-attribute-remove = حذف { $name }
inspector-attribute-name-hint = الاسم
inspector-attribute-value-hint = القيمة
inspector-new-attribute-name = اسم السمة الجديدة
inspector-new-attribute-value = قيمة السمة الجديدة
inspector-attribute-add = إضافة
inspector-edge-start = البداية
inspector-edge-end = النهاية
inspector-word-earlier = كلمة إلى الوراء
inspector-word-later = كلمة إلى الأمام
inspector-delete-span = حذف المقطع
inspector-delete-span-key = المفتاح: { $key }
inspector-span-keys = المفتاحان Tab / Shift+Tab: المقطع التالي / السابق. مفتاح وسمٍ أو Enter يغيّر الوسم. Shift+يسار/يمين يحرّكان حافة النهاية، وAlt+Shift+يسار/يمين حافة البداية (مع Ctrl: كلمةً كلمة).

## لوحة التفاصيل دون مقطع محدَّد: الوسوم

inspector-labels = الوسوم
inspector-without-proclitic = بالضغط على Shift مع المفتاح يُوسَم «{ $stem }» دون السابقة المتصلة
inspector-sticky-as = الوسم الثابت: وسم كل تحديد جديد بـ{ $label }
inspector-sticky-last = الوسم الثابت: وسم كل تحديد جديد بآخر وسم استُخدم
inspector-legend-keys = حدِّد نصًّا ثم اضغط مفتاح وسم، أو Enter للاختيار بالاسم. Shift+يسار/يمين يمدّان التحديد (مع Ctrl: كلمةً كلمة). انقر على تظليل لعرض تفاصيله.

## تعديلات المقطع كما يسمّيها شريط الحالة وسجل التراجع

inspector-edit-relabel = أُعيد الوسم إلى { $label }
inspector-edit-note = عُدِّلت ملاحظة
inspector-edit-attribute-set = عُيِّنت السمة { $name } = { $value }
inspector-edit-attribute-removed = حُذفت السمة { $name }
inspector-edit-resized = صار المقطع «{ $quote }»

## لوحة التفاصيل: الكيان الذي يشير إليه المقطع

inspector-entity = الكيان
inspector-entity-name = الكيان: { $text }
inspector-next-mention = الإشارة التالية
inspector-unlink = فكّ الربط
inspector-registry = السجل…
inspector-link-to = ربط بـ{ $name }
inspector-link-to-hint = اسمه أو أحد أسمائه البديلة يطابق هذا النص
inspector-new-entity = كيان جديد
inspector-link-to-menu = ربط بـ…
inspector-link-to-entity-name = ربط بكيان

## لوحة التفاصيل: الادعاء الذي يكون المقطع مضمونه

claim-heading = الادعاء
claim-make = اجعله ادعاءً
claim-make-hint = يصير هذا المقطع مضمون الادعاء؛ ثم سمِّ قائله
claim-role-cue = كلمة القول في الادعاء «{ $quote }»
claim-role-claimant = قائل الادعاء «{ $quote }»
claim-role-name = الدور: { $text }
claim-claimant-line = القائل: { $name }
claim-claimant-name = القائل: { $text }
claim-claimant-menu = القائل…
claim-claimant-outlet = الوسيلة الإعلامية نفسها
claim-claimant-anonymous = مصدر مجهول
claim-missing-entity = كيان مفقود
claim-missing-mention = إشارة مفقودة
claim-choose-claimant-name = اختيار القائل
claim-click-in-text = انقر في النص
claim-cue-line = كلمة القول: «{ $cue }»
claim-cue-none = كلمة القول: —
claim-cue-name = كلمة القول: { $text }
claim-click-cue = انقر على كلمة القول
claim-no-cue = بلا كلمة قول
claim-remove = إزالة الادعاء مع إبقاء المقطع
claim-polarity = القطبية
claim-polarity-asserts = يؤكد
claim-polarity-denies = ينفي
claim-certainty = درجة اليقين
claim-certainty-name = درجة اليقين
claim-certainty-certain = مؤكَّد
claim-certainty-probable = مرجَّح
claim-certainty-possible = محتمل
claim-certainty-unknown = غير معروف
claim-quote = الاقتباس
claim-quote-direct = مباشر
claim-quote-indirect = غير مباشر
claim-quote-mixed = مختلط
claim-said-on = قيل في
claim-said-on-name = تاريخ التصريح
claim-note-name = ملاحظة الادعاء
claim-within = ضمن
claim-within-none = لا ادعاء آخر
claim-within-name = الادعاء الذي يتضمّنه
claim-clusters = المجموعات
claim-relation-reports = ينقل
claim-relation-supports = يؤيّد
claim-relation-contradicts = يعارض
claim-relation-denies = ينفي
claim-relation-to-name = العلاقة بـ{ $name }
claim-leave = مغادرة
claim-leave-hint = إخراج الادعاء من المجموعة { $name }
claim-leave-name = مغادرة { $name }
claim-cluster-delete = حذف
claim-cluster-delete-hint = حذف المجموعة { $name } لكل ادعاءاتها؛ تبقى الادعاءات، وCtrl+Z يعيدها
claim-cluster-delete-name = حذف المجموعة { $name }
claim-add-to-cluster = إضافة إلى مجموعة…
claim-add-to-cluster-name = إضافة إلى مجموعة
claim-new-cluster = مجموعة جديدة
claim-new-cluster-name = اسم المجموعة الجديدة
claim-cluster-needs-name = المجموعة تحتاج إلى اسم

## تعديلات الادعاءات والكيانات كما يسمّيها شريط الحالة وسجل التراجع

claim-edit-made = أُنشئ ادعاء
claim-edit-claimant = عُيِّن القائل
claim-edit-cue = عُيِّنت كلمة القول
claim-edit-no-cue = أُزيلت كلمة القول
claim-edit-polarity = غُيِّرت القطبية
claim-edit-certainty = غُيِّرت درجة اليقين
claim-edit-quote-mode = غُيِّر نوع الاقتباس
claim-edit-date = غُيِّر تاريخ التصريح
claim-edit-note = غُيِّرت ملاحظة الادعاء
claim-edit-nested = ضُمِّن الادعاء في آخر
claim-edit-in-cluster = الادعاء في «{ $name }»
claim-edit-new-cluster = مجموعة جديدة «{ $name }»
claim-edit-linked = «{ $quote }» هو { $name }
claim-edit-unlinked = «{ $quote }» غير مربوط بأي كيان
claim-edit-new-entity = كيان جديد «{ $name }»

## لوحة التفاصيل: العلاقات بين المقاطع

relation-heading-span = العلاقات
relation-none = لا شيء. المفتاح R، أو السحب مع Ctrl إلى مقطع آخر، ينشئ علاقة.
relation-row-to = { $kind } إلى: { $quote }
relation-row-from = { $kind } من: { $quote }
relation-row-to-elsewhere = { $kind } إلى: { $quote }، في { $title }
relation-row-from-elsewhere = { $kind } من: { $quote }، في { $title }
relation-go = انتقال
relation-go-hint = عرض الطرف الآخر
relation-delete = حذف العلاقة
relation-heading = علاقة
relation-ends = من { $source } إلى { $target }
relation-type = النوع
relation-note-name = ملاحظة العلاقة
relation-swap = عكس الاتجاه
relation-close = إغلاق
relation-edit-swapped = عُكس اتجاه علاقة
relation-edit-deleted = حُذفت علاقة
relation-edit-type = غُيِّرت علاقة إلى { $kind }
relation-edit-note = غُيِّرت ملاحظة علاقة
relation-edit-made = رُبط «{ $source }» بـ«{ $target }» ({ $kind })
relation-no-target = لا مقطع هنا يصلح طرفًا لعلاقة من هذا المقطع
relation-drag-between = تُرسم العلاقة من مقطع إلى مقطع آخر
relation-no-type = لا نوع من أنواع العلاقات يجوز أن يربط هذين المقطعين
relation-cancelled = أُلغيت العلاقة
relation-making-type = علاقة من «{ $source }» إلى «{ $target }»: ما نوعها؟ { $keys } (Esc للإلغاء)
relation-making-target = علاقة من «{ $source }» إلى «{ $target }»: Tab أو Shift+Tab لطرف آخر، وEnter للتأكيد، وEsc للإلغاء
relation-choose-type = نوع العلاقة
relation-choose-type-cancel = إلغاء (Esc)

## ترويسة المقالة

header-outlet = الوسيلة
header-outlet-name = الوسيلة الإعلامية
header-outlet-unknown = غير معروفة
header-new-outlet = أو جديدة
header-new-outlet-name = وسيلة إعلامية جديدة
header-new-outlet-hint = وسيلة إعلامية جديدة
header-date = التاريخ
header-author = الكاتب
header-url = الرابط
header-language = اللغة
header-file = الملف
header-date-name = تاريخ النشر
header-author-name = الكاتب
header-url-name = الرابط
header-language-name = اللغة
doc-label-key-hint = اضغط Ctrl+D ثم { $key }
doc-label-awaiting = وسم المستند: اضغط مفتاح القيمة
doc-label-edit-on = وُسم المستند بـ{ $value }
doc-label-edit-off = أُزيل { $value } عن المستند

## قائمة المستندات

corpus-none-open = لا مدوّنة مفتوحة
corpus-select-all = تحديد الكل
corpus-folder-outlets = الوسائل الإعلامية من المجلدات
corpus-folder-outlets-hint = المقالات في مجلد لكل وسيلة إعلامية: اجعل كل مجلد وسيلةً للمستندات التي لا وسيلة لها، في خطوة واحدة يُلغيها التراجع
corpus-all-outlets = كل الوسائل الإعلامية
corpus-unknown-outlet = وسيلة غير معروفة
corpus-outlet-shown = الوسيلة المعروضة
corpus-all-labels = كل الوسوم
corpus-doc-label-shown = وسم المستند المعروض
corpus-copies-only = النسخ فقط
corpus-order-corpus = ترتيب المدوّنة
corpus-order-date = حسب التاريخ
corpus-order-outlet = حسب الوسيلة
corpus-order-name = ترتيب القائمة
corpus-same-text =
    { $count ->
        [zero] لا نص مطابقًا
        [one] النص نفسه في مستند آخر
        [two] النص نفسه في مستندين آخرين
        [few] النص نفسه في { $count } مستندات أخرى
        [many] النص نفسه في { $count } مستندًا آخر
       *[other] النص نفسه في { $count } مستند آخر
    }
corpus-files-skipped =
    { $count ->
        [zero] ‼ لم يُتخطَّ أي ملف
        [one] ‼ ملف واحد تُخطِّي
        [two] ‼ ملفان تُخطِّيا
        [few] ‼ { $count } ملفات تُخطِّيت
        [many] ‼ { $count } ملفًّا تُخطِّي
       *[other] ‼ { $count } ملف تُخطِّي
    }
corpus-bulk-selected =
    { $count ->
        [zero] لا مستندات محدَّدة
        [one] مستند واحد محدَّد: تعيين للكل
        [two] مستندان محدَّدان: تعيين للكل
        [few] { $count } مستندات محدَّدة: تعيين للكل
        [many] { $count } مستندًا محدَّدًا: تعيين للكل
       *[other] { $count } مستند محدَّد: تعيين للكل
    }
corpus-bulk-outlet = الوسيلة…
corpus-bulk-outlet-name = وسيلة المستندات المحدَّدة
corpus-bulk-date-name = تاريخ المستندات المحدَّدة
corpus-bulk-language-name = لغة المستندات المحدَّدة
corpus-edit-bulk-outlet = عُيِّنت وسيلة المستندات المحدَّدة
corpus-edit-bulk-date = عُيِّن تاريخ المستندات المحدَّدة
corpus-edit-bulk-language = عُيِّنت لغة المستندات المحدَّدة
corpus-edit-folder-outlets = الوسائل الإعلامية من مجلدات المستوى الأول

## موضع المقالة حين لا يُعرض شيء

article-none-open = افتح مجلد مقالات من قائمة ملف، بالأمر فتح مجلد…، أو أفلته هنا.
article-cannot-show = تعذّر عرض هذه المقالة.
    { $reason }

## شريط الحالة

status-face = { $size } نقطة · { $face }
status-opened =
    { $count ->
        [zero] لم يُفتح أي مستند من { $name }
        [one] فُتح مستند واحد من { $name }
        [two] فُتح مستندان من { $name }
        [few] فُتحت { $count } مستندات من { $name }
        [many] فُتح { $count } مستندًا من { $name }
       *[other] فُتح { $count } مستند من { $name }
    }
status-changed-on-disk =
    { $articles ->
        [one] تغيّرت مقالة واحدة على القرص
        [two] تغيّرت مقالتان على القرص
        [few] تغيّرت { $articles } مقالات على القرص
        [many] تغيّرت { $articles } مقالةً على القرص
       *[other] تغيّرت { $articles } مقالة على القرص
    }: { $count ->
        [one] مقطع واحد نُقل أو ينتظر المراجعة
        [two] مقطعان نُقلا أو ينتظران المراجعة
        [few] { $count } مقاطع نُقلت أو تنتظر المراجعة
        [many] { $count } مقطعًا نُقل أو ينتظر المراجعة
       *[other] { $count } مقطع نُقل أو ينتظر المراجعة
    }
status-imported = استُوردت توسيمات { $format } (Ctrl+Z يتراجع عنها)
status-saved = حُفظ { $name }
status-saved-backup = { $saved }؛ والمشروع الذي كان هناك محفوظ باسم { $backup }
status-sample-stays = تبقى العيّنة كما هي: اختر أين تحفظ نسختك
status-nothing-to-save = لا شيء للحفظ: افتح مجلد مقالات أو مشروعًا أولًا
status-nothing-to-report = لا شيء للتقرير عنه: افتح مشروعًا أولًا
status-nothing-to-export = لا شيء للتصدير: افتح مجلد مقالات أو مشروعًا أولًا
status-cancelled = أُلغي
status-stamped-as = تُختم التوسيمات الجديدة والمعدَّلة باسم { $name }
status-recovered = استُعيدت التغييرات غير المحفوظة
status-nothing-to-recover = لم يكن هناك ما يُستعاد
status-word = الكلمة «{ $word }»  المحارف { $start }–{ $end } (المحرف المنقور { $at })
status-selected = التحديد «{ $quote }»  المحارف { $start }–{ $end }
status-not-done = لم يُنفَّذ: { $reason }
status-not-labelled = لم يُوسَم: { $reason }
status-not-labelled-blank = لم يُوسَم: التحديد مسافات فقط، والمقطع يحتاج إلى كلمة
status-labelled = وُسم «{ $quote }» بـ{ $label }
status-undone = تُراجع عن: { $what }
status-redone = أُعيد: { $what }
status-nothing-to-undo = لا شيء للتراجع عنه
status-nothing-to-redo = لا شيء لإعادته
status-undo-failed = تعذّر التراجع: { $reason }
status-redo-failed = تعذّرت الإعادة: { $reason }
status-direction-changed = غُيِّر اتجاه المستند
status-autosave-failed = أخفق الحفظ التلقائي: { $reason }
status-span-not-empty = المقطع يبقى محرفًا واحدًا على الأقل
status-pick-claimant = انقر على القائل في النص (أو حدِّده)؛ Esc للإلغاء
status-pick-cue = انقر على كلمة القول في النص (قال، أعلن، نفى…)؛ Esc للإلغاء
status-not-set = لم يُعيَّن: { $reason }
status-select-first = حدِّد نصًّا أو مقطعًا أولًا
status-opening-cancelled = أُلغي فتح { $name }
loading-title = جارٍ الفتح
loading-reading = قراءة { $name }
loading-nothing-there = لا شيء يُفتح في { $path }
loading-not-a-project = ليس مجلد مقالات ولا مشروع hashiya ‏(.ron): { $path }
loading-stopped = توقفت القراءة على غير المتوقع: { $path }
open-sample-failed = تعذّر تجهيز المشروع النموذجي: { $error }
open-read-only = فُتح المشروع للقراءة فقط، ولن يُحفظ فوقه شيء من هنا: { $reason }
save-nothing-saved = لم يُحفظ شيء: { $error }

## قائمة اختيار الوسم

label-chooser-hint = اكتب لتصفية الوسوم
label-chooser-name = تصفية الوسوم
label-chooser-none = لا وسم مطابق
label-chooser-without-proclitic = بالضغط على Shift+Enter يُوسَم «{ $stem }» دون السابقة المتصلة

## التعديلات المركّبة والاقتراحات والاستيراد كما يسمّيها شريط الحالة وسجل التراجع

undo-merge-outlets = دمج الوسيلة { $absorbed } في { $kept }
undo-split-outlet = فصل { $alias } عن الوسيلة { $outlet }
undo-merge-entities = دمج «{ $absorbed }» في «{ $kept }»
undo-split-entity = فصل «{ $new }» عن «{ $entity }»
undo-remove-span =
    { $count ->
        [zero] حذف «{ $quote }»
        [one] حذف «{ $quote }» مع ادعائه
        [two] حذف «{ $quote }» مع ادعاءين
        [few] حذف «{ $quote }» مع { $count } ادعاءات
        [many] حذف «{ $quote }» مع { $count } ادعاءً
       *[other] حذف «{ $quote }» مع { $count } ادعاء
    }
undo-remove-claim = حذف ادعاء
undo-cluster-emptied = أُخرج آخر ادعاء من «{ $cluster }» فحُذفت المجموعة
undo-cluster-left = أُخرج ادعاء من «{ $cluster }»
undo-cluster-deleted = حُذفت المجموعة «{ $cluster }»
undo-relation-type-removed = حُذف نوع العلاقة { $name }
undo-category-removed = حذف فئة المستندات { $name }
undo-value-removed = حذف القيمة { $value } من { $category }
undo-accepted-span = قُبل «{ $text }»
undo-accepted-claim = قُبل الادعاء «{ $text }»
undo-accepted-member = الادعاء «{ $text }» في مجموعة
undo-rejected = رُفض الاقتراح «{ $text }»
undo-suggester-on = شُغّلت الاقتراحات: { $suggester }
undo-suggester-off = أُوقفت الاقتراحات: { $suggester }
undo-imported-annotations = استيراد توسيمات { $format } من { $name }
undo-reanchored = وُجدت من جديد مقاطع المقالات التي تغيّرت على القرص
