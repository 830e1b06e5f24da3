# What does not hold together in a project's files: references that do not resolve, problems of
# a project or annotation file, of relations.

# المعاملات: $doc و$kind و$label و$id (لمستند أو وسم أو نوع) و$path و$name بين علامتي تنصيص كما
# كُتبت في الملف؛ ومعرّفات المقاطع والادعاءات والعلاقات والكيانات والمجموعات كما هي؛ و$count وسائر
# الأعداد تختار صيغ الجمع؛ و$end و$kind للسجل مفتاحان يُختار بهما.

## مرجع لا يُعثر على ما يشير إليه (model::BrokenReference)
problem-reference-document-outlet = يُنسب المستند { $doc } إلى الوسيلة الإعلامية { $outlet }، وهي ليست في المشروع
problem-reference-entity-kind = الكيان { $entity } من النوع { $kind }، وهو نوع ليس في المخطط
problem-reference-span-entity = المقطع { $span } من المستند { $doc } مربوط بالكيان { $entity }، وهو ليس في المشروع
problem-reference-claim-span = يشير الادعاء { $claim } من المستند { $doc } إلى المقطع { $span }، وهو ليس في ذلك المستند
problem-reference-claim-entity = قائل الادعاء { $claim } من المستند { $doc } هو الكيان { $entity }، وهو ليس في المشروع
problem-reference-claim-parent = الادعاء { $claim } من المستند { $doc } داخلٌ في الادعاء { $parent }، وهو ليس في ذلك المستند
problem-reference-claim-cycle = الادعاء { $claim } من المستند { $doc } داخلٌ في نفسه عبر الادعاءات التي تحتويه
problem-reference-cluster-member = تضم المجموعة { $cluster } الادعاء { $claim } من المستند { $doc }، وهو ليس في ذلك المستند

## مقطع أو ادعاء رفضته توسيمات مستند (model::AnnotationError)
problem-annotation-span-exists = يوجد من قبلُ مقطع بالمعرّف { $id } (في المستند { $doc })
problem-annotation-span-missing = لا يوجد مقطع بالمعرّف { $id } في المستند { $doc }
problem-annotation-span-empty = معرّف المقطع { $id } فارغ أو مداه فارغ [{ $start }، { $end })
problem-annotation-claim-exists = يوجد من قبلُ ادعاء بالمعرّف { $id } (في المستند { $doc })
problem-annotation-claim-missing = لا يوجد ادعاء بالمعرّف { $id } في المستند { $doc }
problem-annotation-claim-empty-id = معرّف أحد ادعاءات المستند { $doc } فارغ

## علاقة أو نوع علاقة مرفوض (model::RelationProblem)؛ $end هو source (البداية) أو target (النهاية)
problem-relation-empty-id = تحتاج العلاقة إلى معرّف غير فارغ
problem-relation-exists = توجد من قبلُ علاقة بالمعرّف { $id } (في المستند { $doc })
problem-relation-missing = لا توجد علاقة { $id } في المستند { $doc }
problem-relation-stale = العلاقة { $id } في المستند { $doc } ليست كما يتوقعها هذا التعديل، فقد تغيّرت في أثناء ذلك
problem-relation-id-changed = لا يجوز لتعديل العلاقة { $before } أن يغيّر معرّفها أو مقطع بدايتها (إلى { $after })
problem-relation-missing-source = تبدأ العلاقة { $id } من المقطع { $span }، وهو ليس في المستند { $doc }
problem-relation-missing-target = تنتهي العلاقة { $id } إلى المقطع { $span }، وهو ليس في أي مستند من المشروع
problem-relation-unknown-type = لا يوجد في المخطط نوع العلاقة { $kind }
problem-relation-source-label = لا يجوز أن تبدأ علاقة من النوع { $kind } من مقطع وسمه { $label }
problem-relation-target-label = لا يجوز أن تنتهي علاقة من النوع { $kind } إلى مقطع وسمه { $label }
problem-relation-self = لا يمكن أن تربط علاقةٌ المقطعَ { $span } بنفسه
problem-relation-duplicate = العلاقة { $existing } تربط هذين المقطعين من قبلُ بالنوع { $kind }
problem-relation-span-in-use =
    { $count ->
        [one] ما زال المقطع { $span } طرفًا في العلاقة { $relations }؛ احذفها أولًا، أو احذف المقطع معها
        [two] ما زال المقطع { $span } طرفًا في العلاقتين { $relations }؛ احذفهما أولًا، أو احذف المقطع معهما
       *[other] ما زال المقطع { $span } طرفًا في العلاقات { $relations }؛ احذفها أولًا، أو احذف المقطع معها
    }
problem-relation-type-index =
    لا يوجد نوع علاقة في الموضع { $index } ({ $count ->
        [zero] ليس في المخطط أي نوع علاقة
        [one] في المخطط نوع علاقة واحد
        [two] في المخطط نوعا علاقة
        [few] في المخطط { $count } أنواع علاقات
        [many] في المخطط { $count } نوعَ علاقة
       *[other] في المخطط { $count } نوع علاقة
    })
problem-relation-type-stale = نوع العلاقة في الموضع { $index } ليس كما يتوقعه هذا التعديل، فقد تغيّر في أثناء ذلك
problem-relation-type-exists = يوجد من قبلُ نوع علاقة بالمعرّف { $kind }
problem-relation-type-id-changed = لا يجوز لتعديل نوع علاقة أن يغيّر معرّفه ({ $before } إلى { $after })
problem-relation-type-empty-id = يحتاج نوع العلاقة إلى معرّف غير فارغ
problem-relation-type-bad-name = اسم نوع العلاقة { $name } { $problem }
problem-relation-type-in-use =
    { $count ->
        [zero] لا يُستعمل نوع العلاقة { $kind } في أي علاقة
        [one] ما زال نوع العلاقة { $kind } مستعملًا في علاقة واحدة؛ غيّرها أو احذفها أولًا
        [two] ما زال نوع العلاقة { $kind } مستعملًا في علاقتين؛ غيّرهما أو احذفهما أولًا
        [few] ما زال نوع العلاقة { $kind } مستعملًا في { $count } علاقات؛ غيّرها أو احذفها أولًا
        [many] ما زال نوع العلاقة { $kind } مستعملًا في { $count } علاقةً؛ غيّرها أو احذفها أولًا
       *[other] ما زال نوع العلاقة { $kind } مستعملًا في { $count } علاقة؛ غيّرها أو احذفها أولًا
    }
problem-relation-label-allowed = الوسم { $label } مسموح به في { $end ->
        [source] بداية
       *[target] نهاية
    } نوع العلاقة { $kind }؛ أزله من وسوم ذلك النوع أولًا
problem-relation-relabel-breaks = لا يمكن وسم المقطع { $span } بالوسم { $label }: فهو { $end ->
        [source] بداية
       *[target] نهاية
    } العلاقة { $relation } ({ $kind })، ولا تسمح بذلك الوسم هناك؛ احذف العلاقة أولًا
problem-relation-type-narrowed =
    { $count ->
        [zero] لا علاقات من النوع { $kind } { $end ->
            [source] تبدأ من
           *[target] تنتهي إلى
        } مقطع وسمه { $label }
        [one] علاقة واحدة من النوع { $kind } { $end ->
            [source] تبدأ من
           *[target] تنتهي إلى
        } مقطع وسمه { $label }، ولن يسمح به النوع بعد الآن؛ احذفها أولًا، أو أبقِ ذلك الوسم مسموحًا به
        [two] علاقتان من النوع { $kind } { $end ->
            [source] تبدآن من
           *[target] تنتهيان إلى
        } مقطع وسمه { $label }، ولن يسمح به النوع بعد الآن؛ احذفهما أولًا، أو أبقِ ذلك الوسم مسموحًا به
        [few] { $count } علاقات من النوع { $kind } { $end ->
            [source] تبدأ من
           *[target] تنتهي إلى
        } مقطع وسمه { $label }، ولن يسمح به النوع بعد الآن؛ احذفها أولًا، أو أبقِ ذلك الوسم مسموحًا به
        [many] { $count } علاقةً من النوع { $kind } { $end ->
            [source] تبدأ من
           *[target] تنتهي إلى
        } مقطع وسمه { $label }، ولن يسمح به النوع بعد الآن؛ احذفها أولًا، أو أبقِ ذلك الوسم مسموحًا به
       *[other] { $count } علاقة من النوع { $kind } { $end ->
            [source] تبدأ من
           *[target] تنتهي إلى
        } مقطع وسمه { $label }، ولن يسمح به النوع بعد الآن؛ احذفها أولًا، أو أبقِ ذلك الوسم مسموحًا به
    }
problem-relation-type-both-ways = العلاقتان { $first } و{ $second } من النوع { $kind } تربطان المقطعين نفسيهما في اتجاهين متعاكسين، والنوع غير الموجَّه يجعلهما علاقة واحدة؛ احذف إحداهما أولًا

## ملف مشروع قُرئ لكنه يخالف شرطًا لازمًا (store::ProjectProblem)؛ $kind هو outlet أو entity أو cluster
problem-project-duplicate-document = لمستندين المعرّف نفسه { $id }، ويجب أن يكون معرّف كل مستند فريدًا
problem-project-empty-document-id = معرّف المستند رقم { $index } فارغ
problem-project-empty-document-path = مسار المستند { $id } فارغ
problem-project-absolute-document-path = للمستند { $id } المسار المطلق { $path }، ويجب أن تكون مسارات المستندات نسبية إلى مجلد المدوّنة
problem-project-escaping-document-path = مسار المستند { $id } هو { $path }، وفيه ‎`..`‎، ويجب أن تبقى مسارات المستندات داخل مجلد المدوّنة
problem-project-duplicate-label = لوسمين المعرّف نفسه { $id }، ويجب أن يكون معرّف كل وسم فريدًا
problem-project-duplicate-record =
    { $kind ->
        [outlet] معرّف الوسيلة الإعلامية { $id } مستعمل مرتين، ويجب أن يكون معرّف كل وسيلة إعلامية فريدًا
        [entity] معرّف الكيان { $id } مستعمل مرتين، ويجب أن يكون معرّف كل كيان فريدًا
       *[cluster] معرّف مجموعة الادعاءات { $id } مستعمل مرتين، ويجب أن يكون معرّف كل مجموعة ادعاءات فريدًا
    }
problem-project-empty-record-id =
    أحد المعرّفات فارغ، ولا يجوز أن يكون معرّف { $kind ->
        [outlet] وسيلة إعلامية
        [entity] كيان
       *[cluster] مجموعة ادعاءات
    } فارغًا
problem-project-record-key =
    { $kind ->
        [outlet] الوسيلة الإعلامية { $id } محفوظة
        [entity] الكيان { $id } محفوظ
       *[cluster] مجموعة الادعاءات { $id } محفوظة
    } تحت المعرّف { $key }

## ملفات توسيمات لا يمكن جمعها معًا (store::AnnotationsProblem)
problem-annotations-empty-document-id = معرّف المستند في الملف فارغ
problem-annotations-duplicate-document = ملف آخر في المجلد يحمل كذلك مقاطع المستند { $doc } ({ $other })
problem-annotations-duplicate-span = معرّف المقطع { $id } مستعمل مرتين (وفي المستند { $doc } أيضًا)
problem-annotations-bad-span = المقطع { $id } غير سليم البنية: { $problem }
problem-annotations-duplicate-claim = معرّف الادعاء { $id } مستعمل مرتين (وفي المستند { $doc } أيضًا)
problem-annotations-empty-claim-id = معرّف أحد الادعاءات فارغ

## لماذا لا يُتَّبع سجل حفظ لم يكتمل (store::CommitProblem)؛ الضمير للسجل
problem-commit-bad-save-id = معرّف الحفظ فيه { $save } ليس { 16 } رقمًا ست عشريًا بأحرف صغيرة
problem-commit-bad-name = يذكر { $name }، وهو ليس اسم ملف توسيمات
problem-commit-replaced-and-removed = يستبدل { $name } ويحذفه معًا
problem-commit-not-a-file = { $path } ليس ملفًا عاديًا
problem-commit-not-annotations = يحذف { $path }، وهو ملف لا يحمل توسيمات
problem-commit-missing-check = لا يذكر حجم { $name } ولا بصمته
problem-commit-unrecoverable = ملفه { $path } { $problem }، لكن ملفات أخرى من ذلك الحفظ صارت في مكانها، فلا يمكن إتمامه ولا التراجع عنه؛ وتُركت الملفات كما هي
