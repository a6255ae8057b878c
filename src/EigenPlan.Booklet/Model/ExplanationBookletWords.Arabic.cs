namespace EigenPlan.Booklet.Model;

public sealed partial record ExplanationBookletWords
{
    /// <summary>Arabic (right to left). To be checked by a native speaker.</summary>
    public static ExplanationBookletWords Arabic { get; } = new()
    {
        PdfTitle = "كتيّب الشرح لخطتي الخاصة – {0}",
        CoverTitle = "كتيّب الشرح",
        CoverSubtitle = "لخطتي الخاصة",
        CoverIntro = "في هذا الكتيّب تقرأ ماذا يعني كل جزء من خطتك الخاصة. مع كل جزء يوجد مثال. " +
            "هكذا ترى كيف ملأه أشخاص آخرون. بعد ذلك تكتب خطتك الخاصة، بكلماتك الخاصة.",
        MadeUpTitle = "الأشخاص في هذا الكتيّب غير حقيقيين",
        ThePeople = "الأشخاص في هذا الكتيّب",
        MadeUpOne = "الشخص {0} غير موجود. القصة مؤلّفة، لتساعدك على البدء. خطتك تتحدث عنك أنت.",
        MadeUpMany = "الأشخاص {0} غير موجودين. قصصهم مؤلّفة، لتساعدك على البدء. خطتك تتحدث عنك أنت.",
        IntroTitle = "عن هذا الكتيّب",
        PeopleTitle = "الأشخاص في هذا الكتيّب",
        PeopleMadeUp = "هم غير موجودين. قصصهم مؤلّفة.",
        ExamplesAt = "أمثلة عن: {0}.",
        HousesTitle = "البيوت",
        EmptyNote = "لم يُكتب شيء. وهذا مسموح أيضًا.",
        HousesOf = "بيوت {0}",
        FacesTitle = "الوجوه",
        ExamplesTitle = "أمثلة",
        HousesExamplesIntro = "في الصفحات التالية ترى كيف ملأ {0} البيوت. " +
            "هم غير موجودين. تعرف أمثلتهم من الخط المنقّط حولها.",
        NotesOf = "ما الذي يسير جيدًا وما الذي لا يسير جيدًا عند {0}؟",
        NoExampleYet = "لا يوجد بعد مثال لهذا الموضوع.",
        TopicIntroOne = "هكذا ملأ {0} هذه الصفحة. هذا الشخص غير موجود؛ القصة مؤلّفة.",
        TopicIntroMany = "هكذا ملأ {0} هذه الصفحة. هم غير موجودين؛ قصصهم مؤلّفة.",
        QuestionsMeant = "ما المقصود بالأسئلة",
        HowItGoes = "كيف تسير الأمور؟",
        ExampleOf = "مثال من {0}",
        ClosingTitle = "لنبدأ",
        ClosingIntro = "الآن تكتب خطتك الخاصة. يمكنك ذلك على الورق أو على الموقع. أنت تختار ما تكتبه.",
        BlankTitle = "الكتيّب الفارغ",
        BlankWithoutAddress = "على موقع خطتي الخاصة يمكنك أن تنزّل الكتيّب الفارغ وتطبعه. تملؤه بالقلم.",
        BlankWithAddress = "اطبع الكتيّب الفارغ واملأه بالقلم. تنزّله من هنا:",
        SupportersTitle = "لمرافقي العملاء",
        SupportersWithoutAddress = "هل تساعد شخصًا في خطته الخاصة؟ على موقع خطتي الخاصة توجد صفحة لمرافقي العملاء. هناك تقرأ كيف تساعد دون أن تأخذ الأمر منه.",
        SupportersWithAddress = "هل تساعد شخصًا في خطته الخاصة؟ في صفحة مرافقي العملاء تقرأ كيف تساعد دون أن تأخذ الأمر منه:",
        HelpTitle = "المساعدة في خطتك",
    };
}
