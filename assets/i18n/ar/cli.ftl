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
