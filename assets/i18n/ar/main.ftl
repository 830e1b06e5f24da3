# واجهة hashiya بالعربية. لكل رسالة في en/main.ftl ترجمتها هنا بالمعرّف نفسه (يقارن اختبارٌ المعرّفات).
# صيغ الجمع العربية الست: zero، one، two، few (٣–١٠)، many (١١–٩٩)، other (١٠٠، ١٠١، …).

## اللغة والأرقام

language-follow-system = اتباع النظام ({ $language })
digits-latin = أرقام لاتينية ({ $sample })
digits-arabic-indic = أرقام عربية مشرقية ({ $sample })
menu-calendar = التقويم
calendar-gregorian = ميلادي
calendar-hijri = هجري (أم القرى)

## شريط القوائم

menu-file = ملف
menu-labels = الوسوم
menu-views = العروض
menu-suggestions = الاقتراحات
menu-team = الفريق
menu-view = عرض
menu-edit = تحرير

menu-undo = تراجع
menu-undo-what = تراجع: { $what }
menu-redo = إعادة
menu-redo-what = إعادة: { $what }

menu-open-folder = فتح مجلد…
menu-open-project = فتح مشروع…
menu-recent-projects = المشاريع الأخيرة
menu-recent-none = لا شيء بعد
menu-save-project = حفظ المشروع
menu-save-project-as = حفظ المشروع باسم…
menu-export = تصدير…
menu-export-report = تصدير التقرير…
menu-import-annotations = استيراد التوسيمات
menu-import-format = { $format }…
menu-import-report = تقرير الاستيراد
menu-builtin-file-dialog = استخدام نافذة الملفات المدمجة
menu-builtin-file-dialog-hint = نافذة hashiya الخاصة بدلًا من نافذة النظام التي تتطلب بوابة سطح المكتب أو zenity
menu-quit = خروج

menu-choose-label = اختيار وسم…
menu-sticky-label = الوسم الثابت: وسم كل تحديد جديد
menu-sticky-label-hint = كل تحديد تُنهيه يأخذ آخر وسم استخدمته
menu-edit-labels = تحرير الوسوم…

menu-search = بحث…
menu-entities = الكيانات…
menu-claim-matrix = الادعاءات × المصادر…
menu-timeline = الخط الزمني…
menu-sources = المصادر والرسوم البيانية…
menu-outlets = الوسائل الإعلامية…
menu-review = مراجعة المقاطع…

menu-suggestions-window = الاقتراحات…
menu-next-suggestion = الاقتراح التالي
menu-previous-suggestion = الاقتراح السابق
menu-accept = قبول
menu-reject = رفض
menu-accept-in-document = قبول كل ورود لهذه الصيغة في هذا المستند
menu-accept-in-corpus = قبول كل ورود لهذه الصيغة في المدوّنة
menu-suggester-learned = من الصيغ الموسومة سابقًا
menu-suggester-registry = من سجل الكيانات
menu-suggester-attribution = من أفعال القول (أطر الادعاء)
menu-suggester-clusters = من مجموعات الادعاءات

menu-your-name = اسمك: { $name }…
menu-compare = المقارنة بمشروع زميل…
menu-disagreements = مواضع الخلاف
menu-agreement = الاتفاق
menu-stop-comparing = إيقاف المقارنة

menu-language = اللغة
menu-digits = الأرقام
menu-hide-documents = إخفاء قائمة المستندات
menu-show-documents = إظهار قائمة المستندات
menu-hide-inspector = إخفاء لوحة التفاصيل
menu-show-inspector = إظهار لوحة التفاصيل
menu-theme = السمة
theme-dark = داكنة
theme-light = فاتحة
theme-system = اتباع النظام
menu-arabic-face = الخط العربي
menu-invisible-marks = إظهار العلامات غير المرئية
menu-invisible-marks-hint = محارف التحكم في الاتجاه وعلامات الاتجاه والمحارف الصفرية العرض، مسمّاةً في مواضعها
menu-larger-text = تكبير النص
menu-smaller-text = تصغير النص
menu-direction = اتجاه هذا المستند
direction-auto = تلقائي (أول حرف قوي الاتجاه)
direction-rtl = من اليمين إلى اليسار
direction-ltr = من اليسار إلى اليمين
menu-next-document = المستند التالي
menu-previous-document = المستند السابق

## اللوحتان الجانبيتان

panel-show-documents = إظهار المستندات
panel-show-inspector = إظهار لوحة التفاصيل
panel-show-with-shortcut = { $label } ({ $shortcut })

## الأعداد

documents-count =
    { $count ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندان
        [few] { $count } مستندات
        [many] { $count } مستندًا
       *[other] { $count } مستند
    }
spans-count =
    { $count ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $count } مقاطع
        [many] { $count } مقطعًا
       *[other] { $count } مقطع
    }
claims-count =
    { $count ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $count } ادعاءات
        [many] { $count } ادعاءً
       *[other] { $count } ادعاء
    }

## لوحة البدء

welcome-title = البدء
welcome-intro = تضم هذه العيّنة ست مقالات متخيَّلة عن أسبوع واحد من ست وسائل إعلامية، موسومةً مسبقًا. خمس حركات تنجز معظم العمل:
welcome-numbered = { $n }. { $what }
welcome-got-it = فهمت
welcome-label-what = وسم مقطع
welcome-label-how = حدِّد كلمات في المقالة واضغط { $keys }. يفتح { $chooser } قائمة الوسوم؛ وإن ضغطت Shift مع المفتاح استُثنيت السابقة المتصلة (و، ب، ل).
welcome-label-keys = مفتاح وسم ({ $labels }، …)
welcome-label-keys-none = مفتاح وسمه
welcome-claim-what = إنشاء ادعاء
welcome-claim-how = حدِّد مضمون الادعاء ثم { $how }. في لوحة التفاصيل انقر «انقر في النص» ثم انقر على قائله، و«انقر على كلمة القول» (قال، نفى)؛ واجعل القطبية «ينفي» عند النفي.
welcome-claim-press = اضغط { $key } ({ $label })
welcome-claim-choose = اختر { $label } بـ { $chooser }
welcome-claim-choose-any = اختر وسم ادعاء بـ { $chooser }
welcome-entity-what = ربط إشارة بكيان
welcome-entity-how = انقر على اسم موسوم، ثم اختر في لوحة التفاصيل «ربط بـ…» كيانًا قائمًا أو «كيان جديد». تُعرض أولًا الأسماء المطابقة لاسم بديل.
welcome-cluster-what = جمع ادعاء عبر الوسائل الإعلامية
welcome-cluster-how = بعد تحديد ادعاء، اختر «إضافة إلى مجموعة…» في لوحة التفاصيل، أو سمِّ «مجموعة جديدة».
welcome-compare-what = مقارنة المصادر والحفظ
welcome-compare-how = في قائمة العروض يبيّن «الادعاءات × المصادر» أيّ وسيلة تنقل كل مجموعة أو تعارضها أو تنفيها، ويُحصي «المصادر والرسوم البيانية» ما لكل وسيلة. { $save } للحفظ، و{ $undo } للتراجع.
