namespace EigenPlan.Booklet.Model;

public sealed partial record ExplanationBookletWords
{
    /// <summary>Turkish. To be checked by a native speaker.</summary>
    public static ExplanationBookletWords Turkish { get; } = new()
    {
        PdfTitle = "Kendi Planım için açıklama kitapçığı – {0}",
        CoverTitle = "Açıklama kitapçığı",
        CoverSubtitle = "Kendi Planım için",
        CoverIntro = "Bu kitapçıkta kendi planının her bölümünün ne anlama geldiğini okursun. Her bölümde bir örnek var. " +
            "Böylece başka insanların nasıl doldurduğunu görürsün. Sonra kendi planını kendi sözlerinle yazarsın.",
        MadeUpTitle = "Bu kitapçıktaki insanlar uydurmadır",
        ThePeople = "Bu kitapçıktaki insanlar",
        MadeUpOne = "{0} gerçek değil. Hikâye uydurmadır, başlamana yardım etmek için. Senin planın seninle ilgili.",
        MadeUpMany = "{0} gerçek değil. Hikâyeleri uydurmadır, başlamana yardım etmek için. Senin planın seninle ilgili.",
        IntroTitle = "Bu kitapçık hakkında",
        PeopleTitle = "Bu kitapçıktaki insanlar",
        PeopleMadeUp = "Gerçek değiller. Hikâyeleri uydurmadır.",
        ExamplesAt = "Örnekler: {0}.",
        HousesTitle = "Evler",
        EmptyNote = "Hiçbir şey doldurulmadı. Bu da olur.",
        HousesOf = "{0} adlı kişinin evleri",
        FacesTitle = "Yüzler",
        ExamplesTitle = "Örnekler",
        HousesExamplesIntro = "Sonraki sayfalarda {0} evleri nasıl doldurduğunu görürsün. " +
            "Gerçek değiller. Örneklerini çevrelerindeki noktalı çizgiden tanırsın.",
        NotesOf = "{0} için ne iyi gidiyor, ne iyi gitmiyor?",
        NoExampleYet = "Bu konu için henüz örnek yok.",
        TopicIntroOne = "{0} bu sayfayı böyle doldurdu. {0} gerçek değil; hikâye uydurmadır.",
        TopicIntroMany = "{0} bu sayfayı böyle doldurdu. Gerçek değiller; hikâyeleri uydurmadır.",
        QuestionsMeant = "Sorular ne için",
        HowItGoes = "Nasıl gidiyor?",
        ExampleOf = "{0} örneği",
        ClosingTitle = "Haydi başla",
        ClosingIntro = "Şimdi kendi planını yaparsın. Kâğıtta ya da web sitesinde yapabilirsin. Neyi dolduracağını sen seçersin.",
        BlankTitle = "Boş kitapçık",
        BlankWithoutAddress = "Kendi Planım web sitesinden boş kitapçığı indirip yazdırabilirsin. Onu kalemle doldurursun.",
        BlankWithAddress = "Boş kitapçığı yazdır ve kalemle doldur. Buradan indirirsin:",
        SupportersTitle = "Danışan destekçileri için",
        SupportersWithoutAddress = "Birine kendi planında yardım mı ediyorsun? Kendi Planım web sitesinde 'Voor cliëntondersteuners' (danışan destekçileri için) sayfası var. Orada işi üstlenmeden nasıl yardım edeceğini okursun.",
        SupportersWithAddress = "Birine kendi planında yardım mı ediyorsun? 'Voor cliëntondersteuners' (danışan destekçileri için) sayfasında işi üstlenmeden nasıl yardım edeceğini okursun:",
        HelpTitle = "Planın için yardım",
    };
}
