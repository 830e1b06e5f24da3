# Why an edit was refused (model::EditError and the problems it carries).
# IDs of spans, claims, documents, outlets, entities and clusters are data, shown as they are.

## Spans

edit-error-stale-span = المقطع { $id } في المستند { $doc } ليس على الحال التي يتوقعها هذا التعديل؛ فقد تغيّر في أثناء ذلك
edit-error-missing-span = لا يوجد مقطع { $id } في المستند { $doc }
edit-error-span-exists = يوجد مقطع بالمعرّف { $id } من قبل (في المستند { $doc })
edit-error-span-id-changed = لا يجوز لتعديل مقطع أن يغيّر معرّفه (من { $before } إلى { $after })
edit-error-bad-span = المقطع { $id } في المستند { $doc } معيب: { $problem }
edit-error-text-unavailable = تعذّرت قراءة نص المستند { $doc }، فلا يمكن تغيير مقاطعه
edit-error-outside-text =
    ينتهي المقطع { $id } عند المحرف { $end }، بعد نهاية المستند { $doc } ({ $len ->
        [zero] وهو فارغ
        [one] وطوله محرف واحد
        [two] وطوله محرفان
        [few] وطوله { $len } محارف
        [many] وطوله { $len } محرفًا
       *[other] وطوله { $len } محرف
    })
edit-error-splits-grapheme = للمقطع { $id } في المستند { $doc } طرفٌ عند المحرف { $offset }، في وسط حرف مركّب من عدة محارف
edit-error-quote-mismatch = لا يطابق اقتباسُ المقطع { $id } نصَّ المستند { $doc } في مواضعه

# What is wrong with a span on its own (after "span … is malformed:").
edit-error-span-empty-id = معرّف المقطع فارغ
edit-error-span-empty-range = المدى من المحرف { $start } إلى { $end } فارغ أو معكوس
edit-error-span-quote-length =
    طول الاقتباس { $quote ->
        [zero] صفر
        [one] محرف واحد
        [two] محرفان
        [few] { $quote } محارف
        [many] { $quote } محرفًا
       *[other] { $quote } محرف
    } لكن المدى يغطي { $range ->
        [zero] لا شيء
        [one] محرفًا واحدًا
        [two] محرفين
        [few] { $range } محارف
        [many] { $range } محرفًا
       *[other] { $range } محرف
    }
edit-error-span-only-whitespace = ليس فيه إلا مسافات بيضاء، والمقطع يحتاج إلى كلمة
edit-error-span-whitespace-edge = يبدأ بمسافة بيضاء أو ينتهي بها، والمقطع يبدأ بكلمة وينتهي بكلمة

## Documents and labels

edit-error-unknown-document = لا يوجد في المشروع مستند { $doc }
edit-error-stale-document-meta = البيانات الوصفية للمستند { $doc } ليست على الحال التي يتوقعها هذا التعديل؛ فقد تغيّرت في أثناء ذلك
edit-error-label-index =
    لا يوجد وسم في الموضع { $index } ({ $len ->
        [zero] ولا وسوم في المخطط
        [one] وفي المخطط وسم واحد
        [two] وفي المخطط وسمان
        [few] وفي المخطط { $len } وسوم
        [many] وفي المخطط { $len } وسمًا
       *[other] وفي المخطط { $len } وسم
    })
edit-error-stale-label = الوسم في الموضع { $index } ليس على الحال التي يتوقعها هذا التعديل؛ فقد تغيّر في أثناء ذلك
edit-error-label-exists = يوجد وسم بالمعرّف { $id } من قبل
edit-error-label-id-changed = لا يجوز لتعديل وسم أن يغيّر معرّفه (من { $before } إلى { $after })
edit-error-empty-label-id = يحتاج الوسم إلى معرّف غير فارغ
edit-error-bad-label-name = اسم الوسم { $name } { $problem }
edit-error-unknown-label = ليس في المخطط وسم { $label }
edit-error-label-in-use =
    { $spans ->
        [zero] ما زال الوسم { $id } مستخدمًا؛ غيّر وسم مقاطعه أو احذفها أولًا
        [one] ما زال الوسم { $id } مستخدمًا في مقطع واحد؛ غيّر وسمه أو احذفه أولًا
        [two] ما زال الوسم { $id } مستخدمًا في مقطعين؛ غيّر وسمهما أو احذفهما أولًا
        [few] ما زال الوسم { $id } مستخدمًا في { $spans } مقاطع؛ غيّر وسمها أو احذفها أولًا
        [many] ما زال الوسم { $id } مستخدمًا في { $spans } مقطعًا؛ غيّر وسمها أو احذفها أولًا
       *[other] ما زال الوسم { $id } مستخدمًا في { $spans } مقطع؛ غيّر وسمها أو احذفها أولًا
    }
edit-error-label-is-entity-kind =
    { $entities ->
        [zero] ما زال الوسم { $id } نوعًا لكيانات؛ غيّر نوعها أولًا
        [one] ما زال الوسم { $id } نوعَ كيان واحد؛ غيّر نوعه أولًا
        [two] ما زال الوسم { $id } نوعَ كيانين؛ غيّر نوعهما أولًا
        [few] ما زال الوسم { $id } نوعَ { $entities } كيانات؛ غيّر نوعها أولًا
        [many] ما زال الوسم { $id } نوعَ { $entities } كيانًا؛ غيّر نوعها أولًا
       *[other] ما زال الوسم { $id } نوعَ { $entities } كيان؛ غيّر نوعها أولًا
    }

# What is wrong with a name (after "the label name "…"", "the name "…"").
edit-error-name-blank = فارغ أو مسافات فقط
edit-error-name-control = يحتوي على محرف التحكم U+{ $code } (فاصل سطر أو جدولة أو NUL…)
edit-error-name-direction = يحتوي على محرف التحكم بالاتجاه U+{ $code } الذي يعيد ترتيب النص حوله
edit-error-name-too-long =
    طوله { $count ->
        [zero] صفر
        [one] محرف واحد
        [two] محرفان
        [few] { $count } محارف
        [many] { $count } محرفًا
       *[other] { $count } محرف
    }، والحد الأقصى { $max }

## Document categories

edit-error-stale-doc-label = وسم المستند { $doc } في الفئة { $category } ليس على الحال التي يتوقعها هذا التعديل؛ فقد تغيّر في أثناء ذلك
edit-error-unknown-category = ليس في المخطط فئة مستندات { $category }
edit-error-unknown-category-value = ليس لفئة المستندات { $category } قيمة { $value }
edit-error-single-choice =
    تأخذ فئة المستندات { $category } قيمة واحدة، لا { $values ->
        [zero] صفرًا
        [one] قيمة واحدة
        [two] قيمتين
        [few] { $values } قيم
        [many] { $values } قيمةً
       *[other] { $values } قيمة
    }
edit-error-doc-label-not-normalised = يجب أن تكون قيم وسم المستند مرتبة، بلا تكرار
edit-error-stale-category = فئة المستندات في الموضع { $index } مفقودة أو ليست على الحال التي يتوقعها هذا التعديل
edit-error-category-exists = توجد فئة مستندات بالمعرّف { $category } من قبل
edit-error-category-id-changed = لا يجوز لتعديل فئة مستندات أن يغيّر معرّفها (من { $before } إلى { $after })
edit-error-bad-category = فئة المستندات { $category }: { $problem }
edit-error-category-in-use =
    ما زالت فئة المستندات { $category } تَسِم { $documents ->
        [zero] مستندات
        [one] مستندًا واحدًا
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }؛ أزِل تلك الوسوم أولًا، أو احذف الفئة معها
edit-error-category-value-in-use =
    ما زالت القيمة { $value } من فئة المستندات { $category } تَسِم { $documents ->
        [zero] مستندات
        [one] مستندًا واحدًا
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }؛ أزِل تلك الوسوم أولًا، أو احذف القيمة معها

# What is wrong with a category as it would be saved (after "document category …:").
edit-error-category-empty-id = تحتاج فئة المستندات إلى معرّف غير فارغ
edit-error-category-bad-name = الاسم { $name } { $problem }
edit-error-category-empty-value-id = لإحدى قيم الفئة { $category } معرّف فارغ
edit-error-category-duplicate-value = القيمة { $value } مكررة في الفئة { $category }
edit-error-category-key-taken = المفتاح { $key } مفتاحٌ لـ { $taken } من قبل
edit-error-category-bad-key = المفتاح { $key } مسافة بيضاء أو محرف تحكم

## Outlets, entities, claim clusters ($kind: outlet, entity or cluster)

edit-error-kind-outlet = وسيلة إعلامية
edit-error-kind-entity = كيان
edit-error-kind-cluster = مجموعة ادعاءات
edit-error-missing-record =
    { $kind ->
        [outlet] لا توجد وسيلة إعلامية { $id }
        [entity] لا يوجد كيان { $id }
       *[cluster] لا توجد مجموعة ادعاءات { $id }
    }
edit-error-record-exists =
    { $kind ->
        [outlet] توجد وسيلة إعلامية بالمعرّف { $id } من قبل
        [entity] يوجد كيان بالمعرّف { $id } من قبل
       *[cluster] توجد مجموعة ادعاءات بالمعرّف { $id } من قبل
    }
edit-error-stale-record =
    { $kind ->
        [outlet] الوسيلة الإعلامية { $id } ليست على الحال التي يتوقعها هذا التعديل؛ فقد تغيّرت في أثناء ذلك
        [entity] الكيان { $id } ليس على الحال التي يتوقعها هذا التعديل؛ فقد تغيّر في أثناء ذلك
       *[cluster] مجموعة الادعاءات { $id } ليست على الحال التي يتوقعها هذا التعديل؛ فقد تغيّرت في أثناء ذلك
    }
edit-error-record-id-changed =
    { $kind ->
        [outlet] لا يجوز لتعديل الوسيلة الإعلامية { $before } أن يغيّر معرّفها (إلى { $after })
        [entity] لا يجوز لتعديل الكيان { $before } أن يغيّر معرّفه (إلى { $after })
       *[cluster] لا يجوز لتعديل مجموعة الادعاءات { $before } أن يغيّر معرّفها (إلى { $after })
    }
edit-error-empty-record-id =
    { $kind ->
        [outlet] تحتاج الوسيلة الإعلامية إلى معرّف غير فارغ
        [entity] يحتاج الكيان إلى معرّف غير فارغ
       *[cluster] تحتاج مجموعة الادعاءات إلى معرّف غير فارغ
    }
edit-error-empty-name =
    { $kind ->
        [outlet] تحتاج الوسيلة الإعلامية { $id } إلى اسم غير فارغ
        [entity] يحتاج الكيان { $id } إلى اسم غير فارغ
       *[cluster] تحتاج مجموعة الادعاءات { $id } إلى اسم غير فارغ
    }
edit-error-not-normalised =
    يجب أن تكون { $what ->
        [aliases] الأسماء البديلة
       *[members] الادعاءات الأعضاء
    } في { $kind ->
        [outlet] الوسيلة الإعلامية
        [entity] الكيان
       *[cluster] مجموعة الادعاءات
    } { $id } مرتبةً، بلا تكرار ولا مدخلات فارغة
edit-error-unknown-outlet = ليس في المشروع وسيلة إعلامية { $outlet }
edit-error-unknown-entity = ليس في المشروع كيان { $entity }
edit-error-outlet-in-use =
    { $documents ->
        [zero] ما زالت مستندات منسوبة إلى الوسيلة الإعلامية { $id }؛ انسبها إلى وسيلة أخرى أولًا
        [one] ما زال مستند واحد منسوبًا إلى الوسيلة الإعلامية { $id }؛ انسبه إلى وسيلة أخرى أولًا
        [two] ما زال مستندان منسوبَين إلى الوسيلة الإعلامية { $id }؛ انسبهما إلى وسيلة أخرى أولًا
        [few] ما زالت { $documents } مستندات منسوبة إلى الوسيلة الإعلامية { $id }؛ انسبها إلى وسيلة أخرى أولًا
        [many] ما زال { $documents } مستندًا منسوبًا إلى الوسيلة الإعلامية { $id }؛ انسبها إلى وسيلة أخرى أولًا
       *[other] ما زال { $documents } مستند منسوبًا إلى الوسيلة الإعلامية { $id }؛ انسبها إلى وسيلة أخرى أولًا
    }
edit-error-entity-in-use =
    ما زال الكيان { $id } مُسمًّى في { $mentions ->
        [zero] { $mentions } إشارة
        [one] إشارة واحدة
        [two] إشارتين
        [few] { $mentions } إشارات
        [many] { $mentions } إشارةً
       *[other] { $mentions } إشارة
    } و{ $claims ->
        [zero] { $claims } ادعاء
        [one] ادعاء واحد
        [two] ادعاءين
        [few] { $claims } ادعاءات
        [many] { $claims } ادعاءً
       *[other] { $claims } ادعاء
    }؛ افصلها عنه أو ادمجه في كيان آخر أولًا
edit-error-same-entity = لا يُدمج كيان في نفسه ({ $id })
edit-error-not-a-mention = المقطع { $span } في المستند { $doc } ليس إشارةً إلى الكيان { $entity }

## Claims

edit-error-stale-claim = الادعاء { $id } في المستند { $doc } ليس على الحال التي يتوقعها هذا التعديل؛ فقد تغيّر في أثناء ذلك
edit-error-missing-claim = لا يوجد ادعاء { $id } في المستند { $doc }
edit-error-claim-exists = يوجد ادعاء بالمعرّف { $id } من قبل (في المستند { $doc })
edit-error-claim-id-changed = لا يجوز لتعديل ادعاء أن يغيّر معرّفه (من { $before } إلى { $after })
edit-error-empty-claim-id = يحتاج ادعاء في المستند { $doc } إلى معرّف غير فارغ
# $claims: the claims' IDs, $count: how many.
edit-error-span-in-use =
    ما زال المقطع { $id } في المستند { $doc } مستخدمًا في { $count ->
        [zero] ادعاءات؛ احذفها أو غيّرها أولًا
        [one] الادعاء { $claims }؛ احذفه أو غيّره أولًا
        [two] الادعاءين { $claims }؛ احذفهما أو غيّرهما أولًا
        [few] الادعاءات { $claims }؛ احذفها أو غيّرها أولًا
        [many] الادعاءات { $claims }؛ احذفها أو غيّرها أولًا
       *[other] الادعاءات { $claims }؛ احذفها أو غيّرها أولًا
    }، أو احذف المقطع مع ادعاءاته
edit-error-claim-span-missing = يسمّي الادعاء { $claim } في المستند { $doc } المقطعَ { $span }، وليس في ذلك المستند مقطع كهذا
edit-error-unknown-parent-claim = لا يمكن إدراج الادعاء { $claim } في المستند { $doc } ضمن { $parent }: ليس في ذلك المستند ادعاء كهذا
edit-error-claim-cycle = لا يمكن إدراج الادعاء { $claim } في المستند { $doc } ضمن { $parent }: فذلك يجعله مُدرجًا في نفسه
edit-error-claim-in-use =
    الادعاء { $id } في المستند { $doc } { $nested ->
        [zero] لا يندرج تحته أي ادعاء
        [one] يندرج تحته ادعاء واحد
        [two] يندرج تحته ادعاءان
        [few] يندرج تحته { $nested } ادعاءات
        [many] يندرج تحته { $nested } ادعاءً
       *[other] يندرج تحته { $nested } ادعاء
    }، { $clusters ->
        [zero] وليس في أي مجموعة
        [one] وهو في مجموعة واحدة
        [two] وهو في مجموعتين
        [few] وهو في { $clusters } مجموعات
        [many] وهو في { $clusters } مجموعةً
       *[other] وهو في { $clusters } مجموعة
    }؛ غيّر ذلك أولًا، أو احذفه معها
edit-error-unknown-cluster-member = لا يمكن أن تضم المجموعة { $cluster } الادعاءَ { $claim } من المستند { $doc }: ليس في ذلك المستند ادعاء كهذا

## Suggestions and the lexicon

edit-error-already-rejected = رُفض الاقتراح «{ $form }» من قبل
edit-error-not-rejected = الاقتراح «{ $form }» ليس من الاقتراحات المرفوضة
edit-error-suggester-already-on = أداة الاقتراح { $name } مفعّلة من قبل
edit-error-suggester-already-off = أداة الاقتراح { $name } معطّلة من قبل
edit-error-cue-already = في معجم المشروع «{ $form }» من قبل
edit-error-no-such-cue = ليس في معجم المشروع «{ $form }»
