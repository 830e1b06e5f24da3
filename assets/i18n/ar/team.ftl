# العمل ضمن فريق: تقرير الدمج في ‎`hashiya merge`، ومقارنة مقاطع محلِّلَين (في ذلك التقرير وفي
# نافذة المقارنة). المعاملات: $kind يختار كلمات نوع الزوج أو السجل (مفتاح مكتوب أدناه)، و$count
# وسائر الأعداد تختار صيغة الجمع، و$id و$doc معرّفات كما سُجّلت.

## مقارنة مقاطع محلِّلَين ($kind: same أو other-label أو overlapping أو only-mine أو only-theirs)

team-matches =
    { $kind ->
        [same]
            { $count ->
                [zero] لا مقطع متطابق الموضع والوسم
                [one] مقطع واحد متطابق الموضع والوسم
                [two] مقطعان متطابقا الموضع والوسم
                [few] { $count } مقاطع متطابقة الموضع والوسم
                [many] { $count } مقطعًا متطابق الموضع والوسم
               *[other] { $count } مقطع متطابق الموضع والوسم
            }
        [other-label]
            { $count ->
                [zero] لا مقطع في الموضع نفسه بوسم مختلف
                [one] مقطع واحد في الموضع نفسه بوسم مختلف
                [two] مقطعان في الموضع نفسه بوسم مختلف
                [few] { $count } مقاطع في الموضع نفسه بوسم مختلف
                [many] { $count } مقطعًا في الموضع نفسه بوسم مختلف
               *[other] { $count } مقطع في الموضع نفسه بوسم مختلف
            }
        [overlapping]
            { $count ->
                [zero] لا مقطع متداخل
                [one] مقطع واحد متداخل
                [two] مقطعان متداخلان
                [few] { $count } مقاطع متداخلة
                [many] { $count } مقطعًا متداخلًا
               *[other] { $count } مقطع متداخل
            }
        [only-mine]
            { $count ->
                [zero] لا مقطع عندي وحدي
                [one] مقطع واحد عندي وحدي
                [two] مقطعان عندي وحدي
                [few] { $count } مقاطع عندي وحدي
                [many] { $count } مقطعًا عندي وحدي
               *[other] { $count } مقطع عندي وحدي
            }
       *[only-theirs]
            { $count ->
                [zero] لا مقطع عند زميلي وحده
                [one] مقطع واحد عند زميلي وحده
                [two] مقطعان عند زميلي وحده
                [few] { $count } مقاطع عند زميلي وحده
                [many] { $count } مقطعًا عند زميلي وحده
               *[other] { $count } مقطع عند زميلي وحده
            }
    }

## hashiya merge

team-merged =
    نتيجة الدمج: { $spans ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $spans } مقاطع
        [many] { $spans } مقطعًا
       *[other] { $spans } مقطع
    }، و{ $claims ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $claims } ادعاءات
        [many] { $claims } ادعاءً
       *[other] { $claims } ادعاء
    } (المكرَّر المضموم إلى نظيره: { $joined-spans ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $joined-spans } مقاطع
        [many] { $joined-spans } مقطعًا
       *[other] { $joined-spans } مقطع
    }، و{ $joined-claims ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $joined-claims } ادعاءات
        [many] { $joined-claims } ادعاءً
       *[other] { $joined-claims } ادعاء
    })
team-before-merging = قبل الدمج: { $counts }
team-no-conflicts = لا تعارضات
team-conflicts =
    { $count ->
        [zero] لا تعارضات:
        [one] تعارض واحد:
        [two] تعارضان:
        [few] { $count } تعارضات:
        [many] { $count } تعارضًا:
       *[other] { $count } تعارض:
    }
team-conflict =
    { $kept ->
        [mine] { $what }: تعديل في النسختين كلتيهما، وأُبقيت نسختي
       *[theirs] { $what }: تعديل في النسختين كلتيهما، وأُبقيت نسخة زميلي
    }
team-label-unkeyed = فقد الوسم { $label } مفتاحه: وسمٌ آخر يستعمله
team-unresolved = مرجع لا يُعثر على ما يشير إليه: { $reference }

## سجل من المشروع في تعارض ($kind: document أو label أو relation-type أو category أو outlet
## أو entity أو cluster أو span أو claim أو relation أو doc-label)

team-record =
    { $kind ->
        [document] المستند { $id }
        [label] الوسم { $id }
        [relation-type] نوع العلاقة { $id }
        [category] فئة المستندات { $id }
        [outlet] الوسيلة { $id }
        [entity] الكيان { $id }
        [cluster] المجموعة { $id }
        [span] المقطع { $id } في { $doc }
        [claim] الادعاء { $id } في { $doc }
        [relation] العلاقة { $id } في { $doc }
       *[doc-label] وسم المستند { $doc } في الفئة { $id }
    }

## hashiya agreement وجدول الاتفاق

# وسيلة المستندات التي لا تسمّي وسيلة.
team-no-outlet = (بلا وسيلة)
