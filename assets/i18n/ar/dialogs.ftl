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
