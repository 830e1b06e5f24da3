# the label editor: labels, relation types, document categories


editor-title = الوسوم
editor-col-colour = اللون
editor-col-name = الاسم
editor-col-key = المفتاح
editor-col-description = الوصف
editor-col-spans = المقاطع
editor-add-label = إضافة وسم
editor-hint = اختيرت الألوان لتُقرأ على الصفحات الداكنة والفاتحة. يمكن التراجع عن كل تغيير (Ctrl+Z).
editor-colour = اللون
editor-colour-of = لون { $name }
editor-name-of = اسم { $name }
editor-key-of = مفتاح { $name }
editor-description-of = وصف { $name }
editor-remove = حذف { $name }
editor-remove-in-use = غيِّر وسم مقاطعه أو احذفها أولًا
editor-new-label = وسم جديد
editor-label-added = أُضيف وسم
editor-label-removed = حُذف الوسم { $name }
editor-colour-changed = غُيِّر لون { $name }
editor-renamed = أُعيدت تسمية { $name } إلى { $value }
editor-key-changed = غُيِّر مفتاح { $name }
editor-description-changed = غُيِّر وصف { $name }
editor-name-refused = اسم الوسم { $problem }؛ لم يُغيَّر
editor-label-gone = لم يعد هذا الوسم في المخطط
editor-key-not-latin = لا يصلح «{ $key }» مفتاحًا لوسم: استخدم رقمًا أو حرفًا لاتينيًا
editor-key-taken = المفتاح { $key } مستخدم لـ { $name }
editor-key-taken-by-type = المفتاح { $key } مستخدم لنوع العلاقة { $name }
editor-key-taken-by-label = المفتاح { $key } مستخدم للوسم { $name }

editor-relations = العلاقات
editor-relations-intro = أنواع الأسهم بين مقطعين. عند إنشاء علاقة يختار مفتاحُ النوع نوعَها؛ وقائمة وسوم فارغة تقبل أي وسم.
editor-col-directed = موجَّهة
editor-col-from = من
editor-col-to = إلى
editor-col-relations = العلاقات
editor-add-relation-type = إضافة نوع علاقة
editor-new-relation = علاقة جديدة
editor-relation-added = أُضيف نوع علاقة
editor-relation-key-one = مفتاح نوع العلاقة حرف واحد
editor-relation-key-not-latin = لا يصلح «{ $key }» مفتاحًا لعلاقة: استخدم رقمًا أو حرفًا لاتينيًا
editor-made-directed = صار { $name } موجَّهًا
editor-made-undirected = صار { $name } غير موجَّه
editor-sources-changed = غُيِّرت الوسوم التي يبدأ منها { $name }
editor-targets-changed = غُيِّرت الوسوم التي ينتهي إليها { $name }
editor-any-source = صار { $name } يبدأ من أي وسم
editor-any-target = صار { $name } ينتهي إلى أي وسم
editor-relation-gone = لم يعد نوع العلاقة هذا في المخطط
editor-relation-colour-of = لون العلاقة { $name }
editor-relation-name-of = اسم العلاقة { $name }
editor-relation-key-of = مفتاح العلاقة { $name }
editor-is-directed = { $name } موجَّه
editor-remove-relation-type = حذف { $name }
editor-remove-relation-type-with =
    { $count ->
        [zero] حذف { $name }
        [one] حذف { $name } مع علاقته
        [two] حذف { $name } مع علاقتيه
        [few] حذف { $name } مع علاقاته الـ{ $count }
        [many] حذف { $name } مع علاقاته الـ{ $count }
       *[other] حذف { $name } مع علاقاته الـ{ $count }
    }
editor-any-label = أي وسم
editor-source-labels-of = وسوم بداية { $name }
editor-target-labels-of = وسوم نهاية { $name }

editor-categories = وسوم المستندات
editor-categories-intro = وسوم تخص المقالة كلها. Ctrl+D ثم مفتاح القيمة يضعها على المقالة المعروضة.
editor-add-category = إضافة فئة
editor-category-name-of = اسم الفئة { $name }
editor-several-values = عدة قيم
editor-remove-category = حذف
editor-remove-category-with =
    { $count ->
        [zero] حذف
        [one] حذف مع وسمها
        [two] حذف مع وسميها
        [few] حذف مع وسومها الـ{ $count }
        [many] حذف مع وسومها الـ{ $count }
       *[other] حذف مع وسومها الـ{ $count }
    }
editor-value-name-of = اسم القيمة { $name }
editor-value-key-of = مفتاح القيمة { $name }
editor-remove-value = حذف
editor-add-value = إضافة قيمة
editor-new-category = فئة جديدة
editor-new-value = قيمة جديدة
editor-category-gone = لم تعد هذه الفئة أو القيمة موجودة
editor-category-added = إضافة فئة مستندات
editor-category-renamed = إعادة تسمية فئة مستندات
editor-category-choice = تغيير عدد القيم التي تأخذها الفئة
editor-value-added = إضافة قيمة
editor-value-renamed = إعادة تسمية قيمة
editor-value-key-one = مفتاح القيمة حرف واحد
editor-value-key-changed = تغيير مفتاح قيمة
