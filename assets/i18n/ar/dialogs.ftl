# نوافذ الملفات، والأسئلة قبل المتابعة، ورسائل الأخطاء
# المعاملات: $name اسم ملف، $path مسار، $format معرّف صيغة (jsonl، brat، …)، $error كلام النظام نفسه.

## نوافذ الملفات: العناوين

dialog-open-folder = فتح مجلد مقالات
dialog-open-project = فتح مشروع
dialog-save-project-as = حفظ المشروع باسم
dialog-compare = المقارنة بمشروع زميل
dialog-project-files = مشروع hashiya
dialog-format =
    { $format ->
        [jsonl] JSONL لـ doccano
        [conll] CoNLL IOB2
        [brat] brat standoff
        [webanno] التوسيم الشبكي W3C (JSON-LD)
        [qdpx] مشروع REFI-QDA (.qdpx)
        [html] تقرير (صفحة HTML)
        [jsonld] الادعاءات والأحكام (JSON-LD من schema.org)
       *[csv] جداول CSV (الادعاءات، الكيانات)
    }
dialog-export-as = تصدير بصيغة { dialog-format }
dialog-export-report = تصدير { dialog-format }
dialog-import-annotations = استيراد توسيمات { $format }

## نوافذ الملفات: ما تقوله النافذة عنها

dialog-already-open = نافذة ملفات مفتوحة بالفعل: اختر فيها أو ألغِها أولًا
dialog-no-system-dialog = لا نافذة ملفات للنظام ({ $why }): تُستخدم نافذة hashiya الخاصة
dialog-missing-bus = لا ناقل جلسة لبوابة سطح المكتب، ولا zenity
dialog-missing-portal = لم تُثبَّت بوابة سطح المكتب، ولا zenity
dialog-system-did-not-open = لم تُفتح نافذة ملفات النظام: تُستخدم نافذة hashiya الخاصة

## نافذة الملفات المدمجة

dialog-up = المجلد الذي يضم هذا المجلد
dialog-reload = قراءة المجلد من جديد
dialog-folder = المجلد
dialog-file-name = اسم الملف
dialog-save-as = الحفظ باسم
dialog-show-hidden = إظهار المخفي
dialog-nothing-here = لا شيء هنا للاختيار
dialog-open = فتح
dialog-save = حفظ
dialog-cancel = إلغاء
dialog-unreadable-folder = تتعذر قراءة هذا المجلد: { $error }
dialog-no-such-folder = لا يوجد مجلد كهذا: { $path }
dialog-no-such-file = لا يوجد ملف كهذا: { $path }

## أسئلة قبل المتابعة

prompt-recover-title = استعادة التغييرات غير المحفوظة؟
prompt-recover-text = في هذا المشروع تغييرات لم تُحفظ قط؛ كُتب آخرها في { $written }.
prompt-recover = استعادتها
prompt-recover-discard = تجاهلها
prompt-other-folder-title = قراءة المقالات من مجلد آخر؟
prompt-other-folder-text = يقرأ المشروع { $name } مقالاته من مجلد خارج مجلده:
prompt-other-folder-hint = لا تفتحه إلا إن كنت تتوقع أن يقرأ ذلك المجلد.
prompt-other-folder-read = فتحه وقراءة ذلك المجلد
prompt-unsaved-title = تغييرات غير محفوظة
prompt-unsaved-open = في المشروع تغييرات غير محفوظة. أتفتح { $name } رغم ذلك؟
prompt-save-first = الحفظ أولًا
prompt-discard-and-open = تجاهل التغييرات والفتح
prompt-unsaved-quit = في المشروع تغييرات غير محفوظة.
prompt-save-and-quit = الحفظ والخروج
prompt-quit-without-saving = الخروج دون حفظ
prompt-replace-title = استبدال مشروع؟
prompt-replace-text = { $name } مشروع hashiya آخر. أتستبدل به هذا المشروع؟ تُحفظ منه نسخة احتياطية بجانبه.
prompt-replace = استبداله مع الاحتفاظ بنسخة احتياطية
prompt-outlets-title = الوسائل الإعلامية من المجلدات؟
prompt-outlets-text = المقالات موزعة في مجلد لكل وسيلة إعلامية ({ $folders }). أيُعدّ كل مجلد من المستوى الأول الوسيلةَ الإعلامية للمقالات التي فيه؟ يُلغى ذلك بالتراجع.
prompt-outlets-yes = نعم، المجلدات هي الوسائل الإعلامية
prompt-outlets-no = لا

## ملفات تغيّرت على القرص

external-project-title = تغيّر المشروع على القرص
external-project-text = تغيّر ملف المشروع خارج hashiya (بأمر git pull مثلًا). أعد تحميله من القرص، أو أبقِ ما هو مفتوح هنا — وعندها يكتب الحفظ فوق الملف.
external-article-title = تغيّرت مقالة على القرص
external-article-text = تغيّرت المقالة المعروضة خارج hashiya. اقرأ المقالات من جديد (يُبحث عن مقاطعها في النص الجديد، في خطوة واحدة يمكن التراجع عنها)، أو أبقِ النص المفتوح هنا.
external-reload-project = إعادة تحميل المشروع
external-read-again = قراءة المقالات من جديد
external-keep = إبقاء ما هو مفتوح
external-read-again-done = قُرئت المقالات من القرص من جديد
external-spans-not-moved = تعذّر نقل مقاطع مقالة تغيّرت: { $error }

## المشكلات

dialog-problem = مشكلة
dialog-ok = حسنًا

## التواريخ (الميلادية؛ $month رقم الشهر من ١ إلى ١٢)

date-month =
    { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
date-day = { $day } { date-month } { $year }
date-time-utc = { $date }، الساعة { $time } بالتوقيت العالمي
# التقويم الهجري (أم القرى) من عرض ▸ التقويم: أشهره، وبعد السنة «هـ».
date-hijri-month =
    { $month ->
        [1] محرم
        [2] صفر
        [3] ربيع الأول
        [4] ربيع الآخر
        [5] جمادى الأولى
        [6] جمادى الآخرة
        [7] رجب
        [8] شعبان
        [9] رمضان
        [10] شوال
        [11] ذو القعدة
       *[12] ذو الحجة
    }
date-hijri-day = { $day } { date-hijri-month } { $year } هـ

## أخطاء ملفات المشروع ($file إحدى رسائل error-file-؛ ويليها المسار)

error-read = تعذّرت القراءة
error-create-temp = تعذّر إنشاء ملف مؤقت بجانب الملف المراد حفظه
error-write = تعذّرت الكتابة
error-replace = تعذّر وضع الملف الجديد في مكانه
error-sync-folder = تعذّر تثبيت المجلد على القرص
error-read-only-target = لن يُكتب فوق ملف للقراءة فقط
error-no-file-name = لا تمكن الكتابة في مسار بلا اسم ملف
error-create-folder = تعذّر إنشاء المجلد
error-list-folder = تعذّر سرد محتويات المجلد
error-remove = تعذّر الحذف
error-lock = تعذّر قفل المشروع
error-file-project = ملف المشروع
error-file-annotations = ملف التوسيمات
error-file-journal = سجل الحفظ التلقائي
error-file-commit = سجل حفظ لم يكتمل
error-not-utf8 = الملف ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })
error-empty = { $file } فارغ
error-syntax = { $file } ليس بصيغة RON صحيحة في السطر { $line }، العمود { $column }: { $message }
error-format = { $file } لا يوافق إصدار الصيغة { $version } في السطر { $line }، العمود { $column }: { $message }
error-too-new = { $file } كتبه إصدار أحدث من hashiya (إصدار الصيغة { $version }؛ وهذا الإصدار يقرأ حتى { $newest })
error-missing-version = ليس في { $file } حقل `version`، فهو ليس ملف hashiya أو أنه تالف
error-invalid-version = إصدار { $file } هو { $found }، وهو ليس إصدار صيغة (المتوقع عدد صحيح من 1 إلى { $newest })

## ما انتهى إليه استيراد أو تصدير (يطبعه سطر الأوامر وتعرضه النافذة)

summary-exported = صُدِّر بصيغة { $format } إلى { $path }: المستندات { $documents }، المقاطع { $spans }، الادعاءات { $claims } (المواضع: { $offsets })
summary-offsets-code-points = نقاط رموز يونيكود
summary-offsets-none = بلا مواضع (الكلمات بترتيبها)
summary-export-skipped = تُرك { $doc }: { $reason }
summary-export-left-out = لم يُصدَّر: { $line }
summary-imported-annotations = استُورد إلى المستندات ({ $documents }): المقاطع { $spans }، الادعاءات { $claims }، الكيانات { $entities } (مجموعات تغيّرت: { $clusters }، توسيمات كانت موجودة: { $already })
summary-relations-added = العلاقات المضافة: { $count }
summary-relation-types-added = أنواع العلاقات المضافة إلى المخطط: { $types }
summary-doc-labels-set = وسوم المستندات المعيّنة: { $count }
summary-labels-added = الوسوم المضافة إلى المخطط: { $labels }
summary-unmatched = لا يطابق أيُّ مستند من المشروع { $name }
summary-not-imported = توسيمات لم تُستورد ({ $count }):
summary-documents =
    { $count ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندان
        [few] { $count } مستندات
        [many] { $count } مستندًا
       *[other] { $count } مستند
    }
summary-imported-documents = استُورد: { $documents }.
summary-encodings = الترميزات: { $list }.
summary-skipped-files = الملفات المتروكة ({ $count }):
summary-warnings = التحذيرات ({ $count }):
summary-sheets = جداول البيانات الوصفية: { $list }.
summary-sheet-rows-unused = صفوف جداول البيانات الوصفية التي لم تُستعمل ({ $count }):
summary-copies = نسخ من نص واحد (المجموعات: { $count }):
summary-outlets = الوسائل الإعلامية ({ $count }):
summary-outlet-unknown = (غير معروفة)
summary-outlet-also = (وتُكتب أيضًا { $others })
summary-dates = التواريخ: من { $first } إلى { $last }
summary-dates-undated = ({ $documents } بلا تاريخ)
summary-dates-unparsed = تواريخ لم تُفهم ({ $count }):
summary-metadata-found = البيانات الوصفية الموجودة ({ $count }):
summary-date-not-understood = «{ $text }» لم يُفهم

## أخطاء الحفظ ومكان كتابة الأوامر (يتبع كلًّا منها المسار بعد نقطتين)

error-lock-holder = العملية { $pid } على { $host } (منذ { $since })
error-lock-another-process = عملية أخرى
error-locked = المشروع مفتوح للتعديل في { $holder }؛ لا يعدّله إلا نافذة واحدة أو أمر واحد في كل مرة (أغلقه هناك، أو احذف ملف القفل إن كانت تلك العملية قد انتهت)
error-changed-on-disk = لم يُحفظ: { $count ->
        [one] تغيّر ملف من ملفات المشروع
        [two] تغيّر ملفان من ملفات المشروع
       *[other] تغيّرت ملفات من ملفات المشروع
    } على القرص منذ فُتح هنا ({ $files })؛ أعد فتحه لتراها، أو احفظه باسم آخر
error-encode = تعذّرت كتابة المشروع بصيغة RON: { $error }
error-invalid = المشروع غير صالح: { $problem }
error-annotations = تتعذر قراءة التوسيمات: { $problem }
error-commit = لم يُتَّبع سجل حفظ لم يكتمل، ولم يتغير أي ملف: { $problem }؛ انقل السجل من مكانه لتفتح الملفات كما هي
target-project-file = لن يُكتب فوق ملف المشروع الذي يُقرأ
target-annotations-folder = لن يُكتب في مجلد توسيمات المشروع
target-own-file = لن يُكتب فوق { $what } الخاص بالمشروع
target-lock-file = ملف القفل
target-corpus = لن يُكتب في مجلد المدوّنة الذي يوسم المشروع مقالاته
target-article = لن يُكتب فوق مقالة المستند { $doc }
target-not-empty = مجلد الإخراج غير فارغ؛ أضف ‎--force للكتابة فيه مع ذلك
target-project-exists = يوجد مشروع هنا من قبل؛ أضف ‎--force لاستبداله (ويُحفظ القديم نسخةً احتياطية بجانبه)

## لماذا لم يُستورد ملف (يأتي بعد مسار الملف ونقطتين)

skip-empty = ملف فارغ: لا نص فيه، أو فيه مسافات بيضاء فقط
skip-binary = محتوى ثنائي (بايتات NUL أو محارف تحكّم كثيرة)، وليس نصًّا
skip-too-large = كبير جدًّا: حجمه { $size } ويتجاوز الحد وهو { $limit }
skip-size-bytes = { $size } بايت
skip-size-kb = { $size } كيلوبايت
skip-size-mb = { $size } ميغابايت
skip-unreadable = تتعذر قراءته: { $error }
skip-broken-link = رابط رمزي معطوب، لا وجود لهدفه
skip-outside-root = رابط رمزي إلى ملف خارج المجلد المستورد؛ لم يُتَّبع
skip-symlinked-folder = رابط رمزي إلى مجلد؛ لم يُتَّبع
skip-not-a-file = ليس ملفًّا عاديًّا (جهاز أو مقبس أو أنبوب مسمّى)
skip-hidden = ملف مخفي (يبدأ اسمه بنقطة)، لم يُستورد؛ غيّر اسمه لتستورده
skip-hidden-folder = مجلد مخفي (يبدأ اسمه بنقطة)، لم يُبحث فيه
skip-non-unicode-name = اسم الملف ليس نصًّا صالحًا بترميز يونيكود
skip-unknown-encoding = ترميز غير معروف: { $name }
skip-unsupported = ليس بصيغة مقالات مدعومة
skip-unsupported-noted = ليس بصيغة مقالات مدعومة ({ $note })
skip-note-pdf = ملف PDF؛ احفظ نصه بصيغة ‎.txt لتستورده
skip-note-image = صورة
skip-note-old-document = احفظه بصيغة ‎.docx أو ‎.txt لتستورده
skip-note-spreadsheet = جدول بيانات؛ احفظه بصيغة ‎.csv لتستورده
skip-no-article-text = لم يوجد فيه نص مقالة
skip-not-article-table = جدول بلا عمود للنص (text أو body أو content أو article)، فليس مقالات

## مجلد يتعذر استيراده، ومقالة تتعذر قراءتها من جديد (يتبعها المسار)

error-import-not-found = المجلد المراد استيراده غير موجود
error-import-not-a-folder = ليس مجلدًا، فلا يمكن استيراده
error-import-unreadable = تتعذر قراءة المجلد المراد استيراده ({ $error })
error-corpus-missing = مجلد المدوّنة غير موجود
error-article-missing = ملف المقالة غير موجود
error-article-escapes = مسار المقالة يشير إلى خارج مجلد المدوّنة، فرُفض
error-article-not-a-file = مسار المقالة ليس ملفًّا عاديًّا
error-article-unreadable = تتعذر قراءة ملف المقالة ({ $error })
error-article-undecodable = ملف المقالة ليس نصًّا صالحًا للاستعمال ({ $reason })

## لماذا توقّف التصدير

error-export-unknown-document = لا مستند في المشروع باسم { $doc }
error-export-unknown-label = لا وسم في المخطط باسم { $label }
error-export-cancelled = أُلغي التصدير
error-export-store = تعذّرت كتابة التصدير: { $error }
error-export-write = تعذّرت كتابة { $path }: { $error }
error-export-create-folder = تعذّر إنشاء المجلد { $path }: { $error }
error-export-encode = تعذّر ترميز { $what }: { $message }
export-what-qde = الملف project.qde
export-what-qdpx = أرشيف ‎.qdpx
export-what-collection = مجموعة التوسيمات
export-what-jsonl-line = سطر JSONL
export-what-csv-table = جدول CSV
error-export-read-back = تعذّرت قراءة { $path } من جديد للتحقق منه: { $message }
error-export-self-check = { $count ->
        [one] وجد التحقق الذاتي من التصدير مشكلة واحدة
        [two] وجد التحقق الذاتي من التصدير مشكلتين
        [few] وجد التحقق الذاتي من التصدير { $count } مشكلات
        [many] وجد التحقق الذاتي من التصدير { $count } مشكلة
       *[other] وجد التحقق الذاتي من التصدير { $count } مشكلة
    }؛ وتُرك الناتج لفحصه في { $path }

## لماذا توقّف استيراد التوسيمات

error-annotations-read = تعذّرت قراءة { $path }: { $error }
error-annotations-unsafe-entry = رُفض الأرشيف: العنصر { $entry } { $reason }
entry-absolute = مسار مطلق
entry-drive-letter = مسار مطلق (يبدأ بحرف قرص)
entry-nul = يحوي محرف NUL
entry-climbs-out = يخرج من الأرشيف بـ ‎`..`
error-annotations-cancelled = أُلغي الاستيراد
error-annotations-edit = تعذّر تطبيق الاستيراد: { $error }
error-annotations-store = تعذّر حفظ المشروع: { $error }

## لماذا رُفض أرشيف ‎.qdpx

archive-unsafe = العنصر { $entry } { $reason }
archive-entry-too-large = العنصر { $entry } يتجاوز بعد فكّ ضغطه { $limit } بايت
archive-too-large = تتجاوز العناصر بعد فكّ ضغطها { $limit } بايت في مجموعها
archive-too-many-entries = عدد العناصر أكثر من { $limit }
archive-no-project = لا يوجد project.qde في الأرشيف
archive-not-utf8 = الملف project.qde ليس بترميز UTF-8
archive-not-zip = ليس أرشيف zip مقروءًا: { $error }

## جدول مقالات، أو سجل منه، تتعذر قراءته

table-no-record = لم يعد في الجدول السجل رقم { $record }
table-fields = عدد الحقول { $fields } وفي سطر العناوين { $header } (أهناك علامة اقتباس لم تُغلق؟)
table-cell-too-long = خلية حجمها { $size } بايت، وهذا يتجاوز الحد المسموح للخلية وهو { $limit }
table-line-too-long = سطر حجمه { $size } بايت، وهذا يتجاوز الحد المسموح للسجل وهو { $limit }
table-not-an-object = السطر ليس كائن JSON
table-invalid-json = JSON غير صالح: { $error }

## صفحة ويب أو أرشيف ويب أو مستند Word تتعذر قراءته

mhtml-no-headers = لا ترويسات MIME فيه (أهو أرشيف ويب؟)
mhtml-no-page = أرشيف ويب بلا صفحة HTML
mhtml-too-deep = أجزاء multipart متداخلة أكثر مما ينبغي
mhtml-no-boundary = أرشيف ويب multipart بلا حدّ فاصل بين أجزائه
mhtml-broken-base64 = ترميز base64 معطوب في جزء HTML
mhtml-transfer-encoding = ترميز النقل { $encoding } لجزء HTML ليس مما يقرؤه hashiya
docx-not-word = ليس مستند Word: { $error }
docx-too-large = يتجاوز نصه بعد فكّ ضغطه { $limit } بايت
html-too-many-elements = عدد عناصر الصفحة { $found }، وهذا يتجاوز الحد المسموح لصفحة مقالة وهو { $limit }

## What an import noticed about a file, kept with its document and shown next to it

warning-encoding-guessed = خُمِّن الترميز: { $encoding }
warning-encoding-guessed-how = خُمِّن الترميز: { $encoding } ({ $how })
warning-guess-sure = تخمين مؤكد: { $percent }٪ من النص غير ASCII يُقرأ بالحروف { $script }
warning-guess-fairly-sure = تخمين مرجَّح: { $percent }٪ من النص غير ASCII يُقرأ بالحروف { $script }
warning-guess-unsure = تخمين غير مؤكد: { $percent }٪ من النص غير ASCII يُقرأ بالحروف { $script }
warning-guess-next = { $how }؛ يليه { $encoding } بنسبة { $percent }٪
warning-malformed = استُبدل U+FFFD ببايتات غير صالحة في ترميز { $encoding } ({ $replaced } في النص)
warning-malformed-at = استُبدل U+FFFD ببايتات غير صالحة في ترميز { $encoding } ({ $replaced } في النص) عند { $count ->
        [one] البايت
       *[other] البايتات
    } { $positions }
warning-declared-but-utf8 = تعلن الصفحة أن ترميزها { $declared } لكن بايتاتها بترميز UTF-8؛ فقُرئت بترميز UTF-8
warning-not-in-charset = استُبدل � ببايتات ليست من ترميز { $charset }
warning-several-outlets = تسمّي الصفحة أكثر من وسيلة إعلامية ({ $names })؛ أُخذت «{ $taken }»
script-latin = اللاتينية
script-arabic = العربية
script-hebrew = العبرية
script-greek = اليونانية
script-cyrillic = السيريلية
script-chinese = الصينية
script-japanese = اليابانية
script-korean = الكورية
script-thai = التايلاندية
script-armenian = الأرمنية

## A document's article as it was read when the project opened

problem-article-changed = تغيّر ملف المقالة منذ توسيمها؛ بُحث عن مقاطعها من جديد (العروض ◂ مراجعة المقاطع)
problem-bidi-overrides = فيه محارف تجاوز الاتجاه أو عزله: قد يُقرأ الاقتباس على غير ما يقوله (عرض ◂ إظهار العلامات غير المرئية)
problem-not-read-cancelled = لم تُقرأ: أُلغي الفتح

## Why a file or folder is not one the chosen annotation format reads (the path follows)

invalid-brat-not-a-folder = مجموعة brat مجلد من ملفات ‎.txt و‎.ann، وهذا ليس مجلدًا
invalid-brat-no-ann = لا ملف ‎.ann في المجلد
invalid-not-utf8 = الملف ليس بترميز UTF-8
qde-xml-at = الملف project.qde عند البايت { $at }: { $error }
qde-unknown-entity = كيان XML غير معروف: &{ $name };

## What opening a project found worth telling (the file's path follows)

store-warning-unknown-document = حُمّلت مقاطع المستند { $doc } مع أنه ليس في المشروع، وأُبقي عليها
store-warning-unknown-label = في المستند { $doc } مقاطع (عددها { $spans }) تحمل الوسم { $label } الذي يخلو منه المخطط
store-warning-quote-length = اقتباس المقطع { $id } في المستند { $doc } لا يساوي طول مداه
store-warning-misnamed = مقاطع المستند { $doc } في ملف باسم آخر؛ وسينقلها الحفظ التالي إلى { $expected }
store-warning-no-annotations-folder = مجلد التوسيمات مفقود، ففُتح المشروع بلا مقاطع؛ إن كانت له مقاطع فأعد المجلد بجانب ملف المشروع قبل الحفظ (يبقى المجلد مفقودًا بعد الحفظ حتى يُحفظ مقطع)
store-warning-kept-apart = عُزلت مقاطع المستند { $doc } في هذا الملف (عددها { $spans }) وادعاءاته (عددها { $claims }): لم تُلحق بالمستند ولم تُنقل وبقي الملف كما هو، لأن { $reason }؛ أصلح حقل ‎`document:` في الملف أو اسمه ثم افتح المشروع من جديد
store-warning-quotes-differ = { $mismatched } من مقاطع المستند { $doc } (وعددها { $total }) لا تحمل اقتباسها في مواضعها (أولها المقطع { $first })؛ أُبقيت كما هي دون نقل، وهي مسرودة في نافذة مراجعة المقاطع
store-warning-broken-reference = { $reference }؛ أُبقي كما هو
kept-apart-other-file = ملفًّا آخر يحمل مقاطع ذلك المستند ({ $other })
kept-apart-clash = اسمه ليس اسم ذلك المستند، ومقاطعه تتعارض مع غيرها ({ $problem })
kept-apart-quotes-differ = اسمه ليس اسم ذلك المستند، و{ $mismatched } من اقتباساته (وعددها { $total }) ليست نص ذلك المستند في مواضعها
kept-apart-unchecked = اسمه ليس اسم ذلك المستند، وتعذّرت قراءة مقالة المستند للتحقق من اقتباساته
recovery-clean = اكتمل الحفظ الأخير
recovery-rolled-forward = أُتمّ حفظ قطعه انهيار؛ والمشروع كما تركه ذلك الحفظ
recovery-rolled-back = أُلغي حفظ قطعه انهيار قبل اكتماله؛ والمشروع كما حُفظ آخر مرة قبله
recovery-rolled-back-damaged = تعذّر إتمام حفظ قطعه انهيار لأن ملفه { $file } { $problem }؛ فأُلغي، والمشروع كما حُفظ قبله
pending-missing = مفقود
pending-wrong-size = حجمه { $size } بايت بدل { $expected }
pending-wrong-content = لا يحمل ما كُتب فيه (بصمته مختلفة)
pending-unreadable = تتعذر قراءته ({ $error })

## توسيم تركه الاستيراد وسبب تركه (بعد موضعه في المصدر ونقطتين؛
## ‏$doc معرّف المستند، و$start و$end موضعان بنقاط رموز يونيكود)

annotation-skip-matched-twice = سبقت مطابقة { $doc } بمستند مصدر آخر؛ فتُرك هذا
annotation-skip-text-unreadable = تعذّرت قراءة نص { $doc }، فلا يمكن التحقق من توسيماته
annotation-skip-range-empty = النطاق من { $start } إلى { $end } فارغ أو معكوس
annotation-skip-range-past-end = النطاق من { $start } إلى { $end } يتجاوز نهاية نص { $doc } (وطوله { $length ->
        [zero] صفر من نقاط الرموز
        [one] نقطة رمز واحدة
        [two] نقطتا رمز
        [few] { $length } نقاط رموز
        [many] { $length } نقطة رمز
       *[other] { $length } نقطة رمز
    })
annotation-skip-splits-grapheme = الطرف عند الموضع { $edge } يشطر عنقود محارف لا يتجزأ
annotation-skip-quote-differs = يقتبس { $quoted } لكن نص { $doc } من { $start } إلى { $end } هو { $found }
annotation-skip-quote-outside = النطاق المقتبس من { $start } إلى { $end } خارج نص { $doc }
annotation-skip-no-label = المقطع بلا وسم
annotation-skip-only-white-space = لا يغطي المقطع إلا مسافات بيضاء
annotation-skip-relation-end-missing = لم يُستورد أحد المقطعين اللذين تربط بينهما
annotation-skip-relation-to-itself = تربط مقطعًا بنفسه
annotation-skip-relation-type-name = لا يصلح { $kind } اسمًا لنوع علاقة؛ فلم تُستورد
annotation-skip-relation-labels = لا يجوز لعلاقة من نوع { $kind } أن تربط مقطعًا موسومًا بـ{ $from } بمقطع موسوم بـ{ $to }
annotation-skip-parent-unknown = يسمّي ادعاءً أصلًا لا وجود له
annotation-skip-content-missing = لم يُستورد مقطع مضمونه
annotation-skip-cue-missing = لم يُستورد مقطع كلمة القول فيه
annotation-skip-claimant-missing = لم يُستورد مقطع قائله
annotation-skip-parent-missing = لم يُستورد الادعاء الأصل (أو أن الادعاءات الأصول يحيل بعضها إلى بعض في حلقة)
# ‏$problem: سبب تعذّر إضافة فئة المستندات، كما يقوله محرر الوسوم.
annotation-skip-category = { $problem }؛ فلم تُستورد وسوم هذه الفئة
annotation-skip-single-choice = سيصير لـ{ $doc } { $count ->
        [zero] صفر من القيم
        [one] قيمة واحدة
        [two] قيمتان
        [few] { $count } قيم
        [many] { $count } قيمة
       *[other] { $count } قيمة
    } من الفئة { $category } التي لا تقبل إلا قيمة واحدة؛ فلم تُستورد
annotation-skip-qdpx-position = عنصر PlainTextSelection بلا { $attribute } صالح؛ فتُرك
annotation-skip-qdpx-no-text = نصه الخام ليس في الأرشيف
annotation-skip-qdpx-unknown-variable = يسمّي المتغير المجهول { $guid }؛ فلم يُستورد
annotation-skip-qdpx-link = لا يربط بين مقطعين مرمَّزين من مصدر نصي واحد؛ فلم يُستورد
annotation-skip-qdpx-unknown-code = أحد ترميزاته يسمّي الرمز المجهول { $guid }

## ما وجده تحقق التصدير من مخرجاته غير صحيح (بعد الموضع ونقطتين)

check-quote-differs = يقتبس { $quoted } لكن النص من { $start } إلى { $end } هو { $found }
check-offsets-outside = الموضعان من { $start } إلى { $end } خارج النص (وطوله { $length ->
        [zero] صفر من نقاط الرموز
        [one] نقطة رمز واحدة
        [two] نقطتا رمز
        [few] { $length } نقاط رموز
        [many] { $length } نقطة رمز
       *[other] { $length } نقطة رمز
    })
check-relations-differ = { $found ->
        [zero] لم تُقرأ أي علاقة
        [one] العلاقة المقروءة
        [two] العلاقتان المقروءتان
        [few] العلاقات المقروءة ({ $found })
        [many] العلاقات المقروءة ({ $found })
       *[other] العلاقات المقروءة ({ $found })
    } لا تربط بين مقاطع { $written ->
        [zero] أي علاقة مكتوبة
        [one] العلاقة المكتوبة
        [two] العلاقتين المكتوبتين
        [few] العلاقات المكتوبة ({ $written })
        [many] العلاقات المكتوبة ({ $written })
       *[other] العلاقات المكتوبة ({ $written })
    }
check-qdpx-position = عنصر PlainTextSelection بلا { $attribute } صالح

## ما يجده تحقق التصدير من ناتجه (الأماكن التي يسمّيها الناتج نفسه، ملفًا أو معرّفًا، تبقى كما كُتبت؛
## ‏$doc معرّف مستند، و$quoted و$found و$token و$tag بين علامتي تنصيص)

export-check-at-line = السطر { $line }
export-check-at-line-relation = السطر { $line }، العلاقة { $relation }
export-check-at-line-span = السطر { $line }، المقطع [{ $start }, { $end }) { $label }
export-check-at-line-label = السطر { $line }، الوسم [{ $start }, { $end }) { $label }
export-check-at-relations = العلاقات
export-check-at-labels = وسوم { $source }
export-check-an-annotation = توسيم بلا معرّف
export-check-line-unreadable = السطر { $line }: { $error }
export-check-text-of-differs = يختلف عن نص { $doc }
export-check-brat-relation-arg = علاقة لا يشير فيها Arg1 أو Arg2 إلى توسيم مرتبط بالنص
export-check-brat-not-text-bound = ليس توسيمًا مرتبطًا بالنص سليم البنية
export-check-brat-quote-differs = يقتبس { $quoted } لكن النص في مواضعه هو { $found }
export-check-conll-before-first = وحدة لفظية قبل أول سطر ‎-DOCSTART-‏
export-check-conll-more-documents = مستندات أكثر مما صُدِّر
export-check-conll-fewer-documents = مستندات أقل مما صُدِّر
export-check-conll-token = الوحدة اللفظية { $token } ليست القطعة التالية من نص { $doc }
export-check-conll-tokens-stop = تتوقف الوحدات اللفظية عند البايت { $at }؛ وبقية النص مفقودة
export-check-conll-columns = { $found ->
        [zero] لا أعمدة
        [one] عمود واحد
        [two] عمودان
        [few] { $found } أعمدة
        [many] { $found } عمودًا
       *[other] { $found } عمود
    } بدلًا من { $expected ->
        [zero] لا شيء
        [one] عمود واحد
        [two] عمودين
        [few] { $expected } أعمدة
        [many] { $expected } عمودًا
       *[other] { $expected } عمود
    } كسائر أسطر الملف
export-check-conll-tag = الوسم { $tag } في العمود { $column } يخالف IOB2 (بعد { $previous })
export-check-csv-no-document = لا يسمّي مستندًا مُصدَّرًا، أو ليست له مواضع
export-check-csv-labels = وسوم المستند المقروءة تختلف عن وسومه في المشروع
export-check-csv-relation-end = أحد طرفي العلاقة لا يسمّي مستندًا مُصدَّرًا، أو ليست له مواضع
export-check-csv-relations = { $found ->
        [zero] لم تُقرأ أي علاقة
        [one] قُرئت علاقة واحدة
        [two] قُرئت علاقتان
        [few] قُرئت { $found } علاقات
        [many] قُرئت { $found } علاقة
       *[other] قُرئت { $found } علاقة
    } و{ $written ->
        [zero] لم تُصدَّر أي علاقة
        [one] صُدِّرت علاقة واحدة
        [two] صُدِّرت علاقتان
        [few] صُدِّرت { $written } علاقات
        [many] صُدِّرت { $written } علاقة
       *[other] صُدِّرت { $written } علاقة
    }
export-check-jsonl-relation-end = لا يسمّي from_id أو to_id كيانًا
export-check-jsonl-lines = { $lines ->
        [zero] لا أسطر
        [one] سطر واحد
        [two] سطران
        [few] { $lines } أسطر
        [many] { $lines } سطرًا
       *[other] { $lines } سطر
    } مقابل { $documents ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }
export-check-jsonl-text = النص يختلف عن نص المستند { $doc }
export-check-jsonl-no-entity = لا كيان يحمل نص هذا الوسم
export-check-qdpx-labels = وسوم المستند { $doc } لا تُقرأ كما كُتبت
export-check-qdpx-variables = { $variables ->
        [zero] لا متغيرات
        [one] متغير واحد
        [two] متغيران
        [few] { $variables } متغيرات
        [many] { $variables } متغيرًا
       *[other] { $variables } متغير
    } مقابل { $categories ->
        [zero] لا فئات مستندات
        [one] فئة مستندات واحدة
        [two] فئتي مستندات
        [few] { $categories } فئات مستندات
        [many] { $categories } فئة مستندات
       *[other] { $categories } فئة مستندات
    }
export-check-qdpx-links = { $links ->
        [zero] لا روابط
        [one] رابط واحد
        [two] رابطان
        [few] { $links } روابط
        [many] { $links } رابطًا
       *[other] { $links } رابط
    } مقابل { $relations ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتين
        [few] { $relations } علاقات
        [many] { $relations } علاقة
       *[other] { $relations } علاقة
    }
export-check-qdpx-no-link = العلاقة { $relation } بلا رابط
export-check-qdpx-link-ends = طرفاه ليسا تحديدَي مقطعي العلاقة
export-check-qdpx-no-source = لا عنصر TextSource للمستند { $doc }
export-check-qdpx-text = نصه يختلف عن نص { $doc }
export-check-webanno-no-document = لا يستهدف مستندًا مُصدَّرًا
export-check-webanno-selectors = يخلو من TextQuoteSelector أو TextPositionSelector
export-check-webanno-position = عنصر TextPositionSelector فيه بلا start أو end
export-check-webanno-affixes = سابقته أو لاحقته ليست النص المحيط بالاقتباس
export-check-webanno-relations = { $annotations ->
        [zero] لا توسيمات علاقات
        [one] توسيم علاقة واحد
        [two] توسيما علاقتين
        [few] { $annotations } توسيمات علاقات
        [many] { $annotations } توسيم علاقة
       *[other] { $annotations } توسيم علاقة
    } مقابل { $relations ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتين
        [few] { $relations } علاقات
        [many] { $relations } علاقة
       *[other] { $relations } علاقة
    }
export-check-webanno-no-annotation = العلاقة بلا توسيم
export-check-webanno-targets = هدفاه ليسا مقطع مصدر العلاقة ومقطع هدفها
export-check-webanno-annotations = { $annotations ->
        [zero] لا توسيمات
        [one] توسيم واحد
        [two] توسيمان
        [few] { $annotations } توسيمات
        [many] { $annotations } توسيمًا
       *[other] { $annotations } توسيم
    } مقابل { $spans ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعين
        [few] { $spans } مقاطع
        [many] { $spans } مقطعًا
       *[other] { $spans } مقطع
    }
export-check-webanno-labels = وسومه ليست وسوم المستند

## ما تركه التصدير لأن صيغته لا مكان فيها له (بعد «لم يُصدَّر: »؛ ‏$doc معرّف مستند، و$span و$claim
## و$relation معرّف توسيم، و$format اسم الصيغة)

export-skipped-text-unreadable = تعذّرت قراءة نصه
export-left-out-claim-unexported-span = الادعاء { $claim } في { $doc }: أحد المقاطع التي يسمّيها لم يُصدَّر
export-left-out-relation-unexported-span = العلاقة { $relation } في { $doc }: أحد المقطعين اللذين تربط بينهما لم يُصدَّر
export-left-out-cross-document = { $count ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $count } علاقات
        [many] { $count } علاقة
       *[other] { $count } علاقة
    } بين مقاطع من مستندين مختلفين: لا تربط صيغة { $format } إلا بين توسيمات المستند الواحد (صدِّر بصيغة W3C Web Annotation أو REFI-QDA أو CSV للاحتفاظ بها)
export-left-out-conll-layer = { $count ->
        [zero] لا مقاطع متداخلة
        [one] مقطع متداخل واحد
        [two] مقطعان متداخلان
        [few] { $count } مقاطع متداخلة
        [many] { $count } مقطعًا متداخلًا
       *[other] { $count } مقطع متداخل
    } خارج طبقة CoNLL المختارة (اكتب كل طبقة في عمود خاص بها للاحتفاظ بها)
export-left-out-no-relations = { $count ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $count } علاقات
        [many] { $count } علاقة
       *[other] { $count } علاقة
    } بين المقاطع: لا مكان للعلاقات في صيغة { $format } (صدِّر بصيغة brat أو JSONL أو W3C Web Annotation أو REFI-QDA أو CSV للاحتفاظ بها)
export-left-out-no-doc-labels = { $labels ->
        [zero] لا وسوم
        [one] وسم واحد
        [two] وسمان
        [few] { $labels } وسوم
        [many] { $labels } وسمًا
       *[other] { $labels } وسم
    } على مستوى المستند في { $documents ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }: لا مكان في صيغة { $format } لوسوم المستند بأكمله (صدِّر بصيغة JSONL أو brat أو W3C Web Annotation أو REFI-QDA أو CSV للاحتفاظ بها)
export-left-out-no-claims = { $count ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $count } ادعاءات
        [many] { $count } ادعاءً
       *[other] { $count } ادعاء
    }: لا مكان للادعاءات في صيغة { $format } (صدِّر بصيغة JSONL أو brat للاحتفاظ بها)
export-left-out-brat-span-breaks = المقطع { $span } في { $doc } ({ $format }): لا يحوي إلا فواصل أسطر
export-left-out-brat-claim-breaks = الادعاء { $claim } في { $doc } ({ $format }): أحد المقاطع التي يسمّيها لا يحوي إلا فواصل أسطر
export-left-out-brat-relation-breaks = العلاقة { $relation } في { $doc } ({ $format }): أحد المقطعين اللذين تربط بينهما لا يحوي إلا فواصل أسطر

## أسباب أخرى لرفض أرشيف ‎.qdpx

archive-entry-unnamed = ليس أرشيف zip مقروءًا: المُدخل رقم { $index } بلا اسم
archive-entry-unreadable = ليس أرشيف zip مقروءًا: المُدخل { $entry }: { $error }

## صيغة لا يعرفها سطر الأوامر (‏$name كما كُتب، بين علامتي تنصيص)

error-unknown-import-format = صيغة استيراد غير معروفة { $name }؛ والمتوقع brat أو jsonl أو qdpx
error-unknown-export-format = صيغة غير معروفة { $name }؛ والمتوقع إحدى هذه: { $names }

## لماذا تعذّرت قراءة تاريخ في البيانات الوصفية لمقالة (تقرير الاستيراد)

date-problem-empty = لا تاريخ
date-problem-unrecognised = لم يُعرف فيه تاريخ كامل (يوم وشهر وسنة من أربعة أرقام)
date-problem-no-such-day = ليس يومًا من أيام التقويم ({ $date }، { $calendar ->
        [hijri] هجري
       *[gregorian] ميلادي
    })

## صف من جدول بيانات وصفية لم يستطع الاستيراد الأخذ به (يليه الجدول ورقم الصف)

sheet-row-names-no-file = الصف لا يسمّي ملفًا
sheet-no-such-file = لا يوجد ملف «{ $file }» في المجلد
sheet-several-files = أكثر من ملف يحمل الاسم «{ $file }»؛ اكتب مساره داخل المجلد
sheet-row-unreadable = تتعذر قراءة الصف ({ $error })
sheet-row-not-json = ليس كائن JSON ({ $error })

## بحث أو اقتراحات أو عمل في الخلفية لم يتم

# ‏$reason: كلام مكتبة التعابير النمطية نفسها.
search-invalid-regex = تعبير نمطي غير صالح ({ $reason }): { $pattern }
suggest-missing-label = لا يضم المخطط الوسم { $label } الذي تحتاجه أجزاء إطار الادعاء
suggest-unknown-cluster = لا توجد مجموعة { $cluster }
suggest-no-longer-fits = لم يعد الاقتراح يلائم المشروع: { $error }
suggest-lexicon-invalid = معجم أفعال القول غير صالح: { $error }
job-panicked = توقّف العمل على نحو غير متوقع

## ما في مجموعة brat أو ملف JSONL من doccano مما يتركه الاستيراد

annotation-skip-brat-ann-io = تعذّرت القراءة: { $error }
annotation-skip-brat-ann-too-large = تعذّرت القراءة: حجمه أكبر من { $limit } بايت
annotation-skip-brat-ann-not-utf8 = تعذّرت القراءة: ليس بترميز UTF-8
annotation-skip-brat-txt-io = تعذّرت القراءة ({ $error })؛ فتُقارن الاقتباسات بنص المشروع
annotation-skip-brat-txt-too-large = تعذّرت القراءة (حجمه أكبر من { $limit } بايت)؛ فتُقارن الاقتباسات بنص المشروع
annotation-skip-brat-txt-not-utf8 = تعذّرت القراءة (ليس بترميز UTF-8)؛ فتُقارن الاقتباسات بنص المشروع
# موضع توسيم في ملف من أسطر: ‏$place الملف ومعرّف التوسيم.
annotation-at-line = { $place } (السطر { $line })
annotation-skip-brat-not-a-line = ليس سطر توسيم من أسطر brat
annotation-skip-brat-text-bound-incomplete = توسيم مرتبط بالنص بلا نوع أو مواضع أو نص
annotation-skip-brat-relation-incomplete = علاقة بلا نوع أو Arg1 أو Arg2
annotation-skip-brat-attribute-line = سطر سمة لا يكتب brat مثله
annotation-skip-brat-normalization-incomplete = سطر توحيد (normalization) بلا هدف أو مرجع
annotation-skip-brat-note-no-target = ملاحظة بلا هدف
annotation-skip-brat-events = لا تُستورد الأحداث ولا التكافؤات
annotation-skip-brat-relation-end-not-span = العلاقة { $type } بين { $a } و{ $b }: أحد طرفيها ليس مقطعًا؛ فلم تُستورد
annotation-skip-brat-claimant-not-span = القائل { $id } ليس مقطعًا
annotation-skip-brat-cue-not-span = كلمة القول { $id } ليست مقطعًا
annotation-skip-brat-parent-not-claim = الأصل { $id } ليس ادعاءً
annotation-skip-brat-relation-not-imported = لم تُستورد العلاقة { $type } بين { $a } و{ $b }
annotation-skip-brat-doc-label-incomplete = وسم مستند بلا فئة أو قيمة
annotation-skip-brat-claim-attribute = سمة الادعاء { $name } { $value } غير مفهومة
annotation-skip-brat-bad-escape = تهريب ‎%-‎ مشوَّه في القيمة
annotation-skip-brat-attribute-not-span = السمة { $name } لـ{ $target } الذي ليس مقطعًا
annotation-skip-brat-reference-not-span = مرجع لـ{ $target } الذي ليس مقطعًا
annotation-skip-brat-note-unknown-target = ملاحظة على { $target } وهو مجهول
annotation-skip-brat-claimant-entity-missing = ‏ClaimantKind Entity بلا Reference إلى الكيان
annotation-skip-brat-claimant-kind = ‏ClaimantKind { $kind } غير مفهوم
annotation-skip-jsonl-line-too-long = سطر أطول من { $limit } بايت (أقصى ما يكون عليه السطر)؛ فلم يُقرأ
annotation-skip-jsonl-not-json = ليس كائن JSON: { $error }
annotation-skip-jsonl-not-an-object = ليس كائن JSON
annotation-skip-jsonl-not-a-document = ليس سطر مستند: { $error }
annotation-skip-jsonl-cats-key = { $key } ليس بصيغة category/value؛ فلم يُستورد
annotation-skip-jsonl-default-used = قيمة { $field } غير مفهومة؛ فاستُعملت القيمة الافتراضية
annotation-skip-jsonl-cluster-relation = علاقة المجموعة { $relation } غير مفهومة

## ما يقوله نظام التشغيل عن ملف (آخر رسالة عن قراءته أو كتابته)، بحسب نوع الخطأ.
io-not-found = لا يوجد ملف أو مجلد بهذا الاسم
io-permission-denied = لا يُسمح بالوصول
io-already-exists = الملف موجود من قبل
io-is-a-directory = هذا مجلد لا ملف
io-not-a-directory = ليس مجلدًا
io-directory-not-empty = المجلد ليس فارغًا
io-read-only-filesystem = نظام الملفات للقراءة فقط
io-storage-full = لم تبقَ مساحة على القرص
io-quota-exceeded = تُجووزت الحصة المسموح بها على القرص
io-file-too-large = الملف أكبر مما يُسمح به
io-invalid-data = بيانات غير صالحة
io-unexpected-eof = انتهى الملف قبل أوانه
io-invalid-input = وسيط غير صالح
io-interrupted = قُطعت العملية قبل أن تتم
io-timed-out = انقضت المهلة
io-would-block = المورد غير متاح مؤقتًا
io-crosses-devices = لا يمكن النقل بين جهازين مختلفين
io-invalid-filename = اسم الملف طويل جدًّا أو غير مسموح به
io-resource-busy = الجهاز أو المورد مشغول
io-executable-file-busy = الملف مشغول بتشغيله
io-too-many-links = روابط أكثر مما يُسمح به
io-not-seekable = لا يمكن التنقل في هذا الملف
io-stale-network-file-handle = مقبض ملف الشبكة لم يعد صالحًا
io-unsupported = العملية غير مدعومة
io-out-of-memory = لا تكفي الذاكرة
io-write-zero = تعذّرت كتابة أي شيء
io-broken-pipe = انقطع الأنبوب
