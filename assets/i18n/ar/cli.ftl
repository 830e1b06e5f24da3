# مخرجات سطر الأوامر للقراءة (لا تُترجم مخرجات JSON)
# المعاملات: $path ملف أو مجلد، و$count وسائر الأعداد تختار صيغة الجمع، و$error كلام الخطأ الأصلي.
# تبقى علامات الجدولة والمسافات البادئة في الشيفرة.

## الأخطاء

cli-error = خطأ: { $error }
cli-caused-by = السبب:

## hashiya new و report و export و import و merge

cli-kept-as = حُفظ المشروع الذي كان هناك باسم { $path }
cli-project-written = كُتب المشروع في { $path }
cli-nothing-imported = تعذّر استيراد أي مستند من { $path }
cli-wrote = كُتب { $path }
cli-exporting = تصدير { $done } من { $total } مستند
cli-export-spans-changed =
    { $count ->
        [one] مقطع واحد لم يعد يطابق
        [two] مقطعان لم يعودا يطابقان
        [few] { $count } مقاطع لم تعد تطابق
        [many] { $count } مقطعًا لم يعد يطابق
       *[other] { $count } مقطع لم يعد يطابق
    } نص مقالته، فلم يُصدَّر شيء؛ راجعها في النافذة (العروض ◂ مراجعة المقاطع):
cli-claims-jsonld-whole = تكتب صيغة claims-jsonld كل مجموعة كاملةً: لا ينطبق عليها ‎--documents ولا ‎--labels
cli-no-document-matches = لا يطابق أيُّ مستند من المشروع أيَّ مستند من { $path }
cli-import-not-saved = لم يُستورد شيء، لأن حفظ المشروع تعذّر
cli-project-saved = حُفظ المشروع في { $path }
cli-merge-kinds = { $mine } { $mine-kind ->
        [annotations] ملف توسيمات
       *[project] ملف مشروع
    } أما { $theirs } فـ{ $theirs-kind ->
        [annotations] ملف توسيمات
       *[project] ملف مشروع
    }: ادمج ملفَّي مشروعين أو ملفَّي توسيمات
cli-merge-other-document = يضم { $mine } المستند { $mine-doc } أما { $theirs } فيضم المستند { $theirs-doc }
cli-cannot-read = تتعذر قراءة { $path }
cli-written-to = كُتب في { $path }
cli-accepted-suggestions =
    { $count ->
        [zero] لم يُقبل أي اقتراح
        [one] قُبل اقتراح واحد
        [two] قُبل اقتراحان
        [few] قُبلت { $count } اقتراحات
        [many] قُبل { $count } اقتراحًا
       *[other] قُبل { $count } اقتراح
    }
cli-unknown-kind = نوع غير معروف { $kind }: الأنواع هي spans وclaims وclusters
cli-lexicon-unreadable = تعذّرت قراءة المعجم { $path }
cli-lexicon-in = في المعجم { $path }

## hashiya stats

cli-stats-document =
    { $spans ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $spans } مقاطع
        [many] { $spans } مقطعًا
       *[other] { $spans } مقطع
    }، { $claims ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $claims } ادعاءات
        [many] { $claims } ادعاءً
       *[other] { $claims } ادعاء
    }
cli-stats-all-documents = كل المستندات
cli-stats-documents-by = المستندات حسب { $category }
cli-stats-entities = الكيانات
cli-stats-entities-count =
    { $entities ->
        [zero] لا كيانات
        [one] كيان واحد
        [two] كيانان
        [few] { $entities } كيانات
        [many] { $entities } كيانًا
       *[other] { $entities } كيان
    }، { $mentions ->
        [zero] لا إشارات
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $mentions } إشارات
        [many] { $mentions } إشارةً
       *[other] { $mentions } إشارة
    }
cli-stats-entity = { $name } ({ $kind })
cli-stats-mentions =
    { $count ->
        [zero] لا إشارات
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $count } إشارات
        [many] { $count } إشارةً
       *[other] { $count } إشارة
    }
cli-stats-clusters = المجموعات
cli-stats-clusters-count =
    { $count ->
        [zero] لا مجموعات
        [one] مجموعة واحدة
        [two] مجموعتان
        [few] { $count } مجموعات
        [many] { $count } مجموعةً
       *[other] { $count } مجموعة
    }
cli-stats-cluster =
    { $claims ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $claims } ادعاءات
        [many] { $claims } ادعاءً
       *[other] { $claims } ادعاء
    } من { $outlets ->
        [zero] لا وسائل إعلامية
        [one] وسيلة إعلامية واحدة
        [two] وسيلتين إعلاميتين
        [few] { $outlets } وسائل إعلامية
        [many] { $outlets } وسيلةً إعلامية
       *[other] { $outlets } وسيلة إعلامية
    }
cli-stats-claims = الادعاءات
cli-stats-claims-count =
    { $claims ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $claims } ادعاءات
        [many] { $claims } ادعاءً
       *[other] { $claims } ادعاء
    } في { $documents ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }
cli-stats-relations = العلاقات
cli-stats-relations-count =
    { $relations ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $relations } علاقات
        [many] { $relations } علاقةً
       *[other] { $relations } علاقة
    }، منها { $across } بين مستندات مختلفة
cli-stats-total = المجموع
cli-stats-total-count =
    { $spans ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $spans } مقاطع
        [many] { $spans } مقطعًا
       *[other] { $spans } مقطع
    } في { $documents ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }
cli-stats-warning = تحذير
cli-stats-changed-article = مقالة تغيّرت
cli-stats-span-to-review = مقطع للمراجعة

## hashiya agreement

cli-agreement-compared =
    { $count ->
        [zero] لم يُقارَن أي مستند
        [one] قورن مستند واحد
        [two] قورن مستندان
        [few] قورنت { $count } مستندات
        [many] قورن { $count } مستندًا
       *[other] قورن { $count } مستند
    } (أ = { $a }، ب = { $b })
cli-agreement-scope = النطاق
cli-agreement-matched = متطابق
cli-agreement-only-a = في أ فقط
cli-agreement-only-b = في ب فقط
cli-agreement-overall = الإجمالي
cli-agreement-label = الوسم { $name }
cli-agreement-outlet = الوسيلة { $name }
cli-agreement-type = النوع { $name }
cli-agreement-categories = وسوم المستندات (κ لكل فئة):
cli-agreement-category = الفئة { $name }  κ { $kappa }  المستندات { $documents }  المتطابقة { $same }
cli-agreement-value = القيمة { $name }  κ { $kappa }
cli-agreement-relations = العلاقات (النوع نفسه، وطرفا العلاقة المقطعان أنفسهما):

## hashiya layout

cli-cannot-lay-out = يتعذر تخطيط { $path }

## ما لاحظه فتح مشروع لأمر: تحذير من التحميل، أو مقطع من مقالة تغيّرت بُحث عنه من جديد
## ($from..$to حيث كان، و$start..$end حيث هو الآن)

cli-load-warning = تحذير: { $warning }
cli-span-kept = { $doc }: المقطع «{ $quote }» في { $from }..{ $to } وُجد في موضعه
cli-span-moved = { $doc }: المقطع «{ $quote }» في { $from }..{ $to } انتقل إلى { $start }..{ $end }
cli-span-changed = { $doc }: المقطع «{ $quote }» في { $from }..{ $to } وُجد متغيّرًا في { $start }..{ $end } وصار «{ $new }»
cli-span-not-found = { $doc }: المقطع «{ $quote }» في { $from }..{ $to } لم يُعثر عليه في المقالة بعد تغيّرها؛ أُبقي في موضعه

## خطأ في معاملات سطر الأوامر ($arg خيار أو معامل كما كُتب، و$value ما أُعطي له)

cli-usage-invalid-value = القيمة «{ $value }» لا تصلح لـ«{ $arg }»؛ والقيم الممكنة: { $values }
cli-usage-invalid-because = القيمة «{ $value }» لا تصلح لـ«{ $arg }»: { $reason }
cli-usage-missing = لم تُعطَ هذه المعاملات المطلوبة: { $args }
cli-usage-unknown-argument = معامل غير متوقَّع «{ $arg }»
cli-usage-unknown-command = أمر غير معروف «{ $command }»
cli-usage-more = للمزيد، جرّب ‎'--help'.
cli-nested-expected = المتوقَّع ‎`columns` أو رقم طبقة، لا { $value }
cli-direction-expected = المتوقَّع auto أو ltr أو rtl، لا { $value }

## hashiya --help: العناوين، ثم وصف كل أمر (cli-help-<الأمر>) ووصف معاملاته (cli-help-<الأمر>-<المعامل>)

cli-help-usage = الاستعمال:
cli-help-commands = الأوامر
cli-help-arguments = المعاملات
cli-help-options = الخيارات
cli-help-help = عرض المساعدة
cli-help-version = عرض الإصدار
cli-help-default = [الافتراضي: { $value }]
cli-help-help-command = عرض هذه الرسالة أو مساعدة الأمر (أو الأوامر) المذكور
cli-help-help-command-subcommand = عرض مساعدة الأمر (أو الأوامر) المذكور
cli-help = توسيم من يدّعي ماذا، وفي أي مصدر، عبر مقالات الأخبار العربية
cli-help-open = فتح النافذة على مجلد مقالات أو على ملف مشروع (‎`.ron`)
cli-help-open-path = مجلد مقالات ‎`.txt`/`.md`، أو ملف مشروع hashiya
cli-help-open-compare = نسخة زميل من المشروع للمقارنة بها والفصل بين الاختلافات (قائمة الفريق)
cli-help-new = استيراد مجلد مقالات إلى ملف مشروع جديد، بلا نافذة. يطبع تقرير الاستيراد؛ ولا يفشل إلا إذا تعذّر استيراد أي مستند
cli-help-new-folder = مجلد مقالات ‎`.txt`/`.md` (يُبحث فيه وفي مجلداته الفرعية)
cli-help-new-output = ملف المشروع المراد كتابته
cli-help-new-json = طباعة تقرير الاستيراد كائنَ JSON واحدًا (المستندات ببياناتها الوصفية ومصدر كلٍّ منها، والملفات المتروكة، والنسخ المكررة، والوسائل الإعلامية) بدل النص
cli-help-new-outlet-from-folder = مجلد المقالة في المستوى الأول يسمّي وسيلتها الإعلامية إن لم يسمّها شيء آخر
cli-help-new-columns = أيّ أعمدة جداول المقالات (‎.csv و‎.tsv و‎.jsonl) تحمل ماذا، حين لا تكون أسماؤها المعتادة: ‎`text=body,outlet=media_name` (الأدوار: text وtitle وoutlet وdate وauthor وurl وlanguage وid)
cli-help-new-force = استبدال مشروع موجود في ‎`--output`؛ ويُحفظ القديم نسخةً احتياطية بجانبه (‎`<name>.backup-<time>.ron` مع مجلد توسيماته)
cli-help-report = كتابة تقرير للتسليم: صفحة HTML واحدة مكتفية بذاتها (مصفوفة الادعاءات × المصادر، واقتباسات كل مجموعة لكل وسيلة إعلامية مع خطها الزمني، والكيانات لكل وسيلة، والمدوّنة)، أو مع ‎`--format claims-jsonld` المجموعاتُ بصيغة ‎`Claim` و‎`ClaimReview` من schema.org
cli-help-report-project = ملف المشروع (‎`.ron`)
cli-help-report-output = الملف المراد كتابته؛ ولا يكون أبدًا أحد ملفات المشروع نفسه ولا توسيماته ولا مدوّنته
cli-help-report-format = ‏html أو claims-jsonld
cli-help-report-digits = أرقام الأعداد في صفحة HTML: ‏latin (اللاتينية) أو arabic-indic (الهندية)؛ وإن لم تُحدَّد فكما ضُبطت في النافذة آخر مرة، وإلا فاللاتينية
cli-help-report-calendar = تقويم التواريخ في صفحة HTML: ‏gregorian (الميلادي) أو hijri (الهجري)؛ وإن لم يُحدَّد فكما ضُبط في النافذة آخر مرة، وإلا فالميلادي
cli-help-stats = إحصاء ما يضمه المشروع: المقاطع والادعاءات في كل مستند، والمقاطع لكل وسم، والكيانات مع إشاراتها، ومجموعات الادعاءات، والمجاميع
cli-help-stats-project = ملف المشروع (‎`.ron`)
cli-help-export = تصدير توسيمات مشروع: jsonl (doccano) أو conll (IOB2) أو brat (standoff) أو webanno (W3C Web Annotation JSON-LD) أو qdpx (REFI-QDA) أو csv (جدولا الادعاءات والكيانات). المواضع بنقاط رموز يونيكود. يعرض التقدّم على stderr؛ ويتحقق مما كتبه ويفشل، مع سرد كل مشكلة، إذا اختلف نص مقتبس عن المستند. ومع claims-jsonld تُكتب المجموعات بصيغة ‎`Claim` و‎`ClaimReview` من schema.org (كما يفعل ‎`report`)
cli-help-export-format = ‏jsonl أو conll أو brat أو webanno أو qdpx أو csv أو claims-jsonld
cli-help-export-project = ملف المشروع (‎`.ron`)
cli-help-export-output = الملف المراد كتابته؛ مجلد لـ brat وcsv. ولا يكون أبدًا أحد ملفات المشروع نفسه ولا مجلد توسيماته ولا مدوّنته
cli-help-export-force = الكتابة في مجلد إخراج غير فارغ
cli-help-export-documents = هذه المستندات وحدها (معرّفات، مفصولة بفواصل أو مكررة)
cli-help-export-labels = المقاطع ذات هذه الوسوم وحدها (معرّفات، مفصولة بفواصل أو مكررة)
cli-help-export-split-proclitics = ‏conll: فصل السوابق المتصلة (و ف ب ك ل) عن الكلمات: «بدير» ← «ب» «دير»
cli-help-export-nested = ‏conll: المقاطع المتداخلة عمودَ وسوم لكل طبقة (‎`columns`)، أو الطبقة ذات الرقم المعطى وحدها (0 = المقاطع الخارجية)
cli-help-import = استيراد توسيمات أُنجزت في مكان آخر (مجلد brat، أو JSONL من doccano، أو ‎.qdpx من REFI-QDA) إلى مشروع قائم، بمطابقة المستندات بالمعرّف أو اسم الملف أو النص، ثم حفظه. تُسرد التوسيمات التي لا توافق النص وتُترك
cli-help-import-format = ‏brat أو jsonl أو qdpx
cli-help-import-source = مجلد brat أو ملف JSONL أو ملف ‎.qdpx
cli-help-import-project = ملف المشروع (‎`.ron`) المراد الاستيراد إليه؛ يُحفظ في مكانه
cli-help-merge = دمج نسخة زميل من مشروع في نسختك: تُطابق السجلات بالمعرّف، والمقاطع التي وسمتماها على نحو واحد تصير واحدًا، وتُبقى الاختلافات كلها (افصل فيها في النافذة)، والسجل الذي غيّره كلاكما يبقى بنسخته الأحدث. يطبع مقارنة المقاطع لكل مستند وكل تعارض. ويدمج كذلك ملفَّي توسيمات، ويعمل أداةَ دمج لـ git (انظر README، «العمل ضمن فريق»)
cli-help-merge-mine = ملف مشروعك (ومجلد توسيماته بجانبه)، أو ملف توسيمات
cli-help-merge-theirs = ملف مشروع زميلك، أو ملف توسيمات المستند نفسه
cli-help-merge-output = المشروع المدمج (أو ملف التوسيمات) المراد كتابته؛ ويجوز أن يكون ‎`mine`
cli-help-merge-base = الأصل المشترك لكليهما (كما يسميه git): ما حذفه أحد الطرفين من سجلات يُحذف، وما غيّره طرف واحد يُعتمد بلا تعارض
cli-help-merge-single-file = دمج الملفات المذكورة وحدها، دون مجلدات التوسيمات بجانب ملفات المشاريع (ما يسلّمه git لأداة الدمج: كل ملف وحده)
cli-help-agreement = قياس مدى اتفاق محلِّلَين على المستندات التي وسمها أيٌّ منهما: كابا كوهين على الكلمات، وألفا كريبندورف للوحدات على المقاطع، والدقة والاستدعاء وF1 للمقاطع المتطابقة تمامًا (المشروع الأول مرجعًا)، إجمالًا ولكل وسم ولكل وسيلة إعلامية؛ وكابا لكل فئة مستندات؛ والدقة والاستدعاء وF1 للعلاقات (النوع نفسه، وطرفاها المقطعان نفسهما)، إجمالًا ولكل نوع علاقة
cli-help-agreement-a = ملف مشروع المحلِّل الأول
cli-help-agreement-b = ملف مشروع المحلِّل الثاني (المدوّنة نفسها)
cli-help-agreement-json = طباعة JSON بدل الجدول
cli-help-suggest = طباعة ما تقترحه أدوات الاقتراح لمشروع، كائن JSON في كل سطر (JSON Lines): إشارات الكيانات (مستفادة من المقاطع الموسومة ومن سجل الكيانات)، وأُطر الادعاءات (من معجم الإسناد)، وأعضاء المجموعات. المواضع بالمحارف في نص كل مستند. لا تظهر أبدًا اقتراحات رُفضت في المشروع
cli-help-suggest-project = ملف المشروع (‎`.ron`)
cli-help-suggest-documents = هذه المستندات وحدها (معرّفات، مفصولة بفواصل أو مكررة)
cli-help-suggest-kinds = هذه الأنواع وحدها: spans وclaims وclusters (مفصولة بفواصل؛ كلها إن لم تُذكر)
cli-help-suggest-min-score = ترك الاقتراحات التي تقل درجتها عن هذه (من 0 إلى 1)
cli-help-suggest-lexicon = أفعال قول وعبارات إسناد إضافية، على هيئة ‎`assets/attribution.ron`
cli-help-suggest-accept = قبول كل اقتراح مطبوع وكتابة المشروع في ‎`--output`
cli-help-suggest-output = مع ‎`--accept`: ملف المشروع المراد كتابته (ويجوز أن يكون المقروء نفسه)
cli-help-layout = تخطيط ملف مقالة واحد بلا نافذة، كما يفعل عرض المقالة تمامًا، وطباعة كائن JSON لكل سطر مخطَّط (JSON Lines) بترتيب القراءة
cli-help-layout-width = العرض المتاح بالنقاط
cli-help-layout-font-size = حجم الخط بالنقاط
cli-help-layout-direction = اتجاه الفقرة: auto (أول محرف قوي) أو ltr أو rtl
cli-help-layout-file = ملف المقالة المراد تخطيطه

## قيمة ‎--columns لا يمكن الأخذ بها

columns-not-a-pair = المتوقع ROLE=COLUMN، مثل text=body: { $value }
columns-unknown-role = دور غير معروف (text أو title أو outlet أو date أو author أو url أو language أو id أو path): { $role }
