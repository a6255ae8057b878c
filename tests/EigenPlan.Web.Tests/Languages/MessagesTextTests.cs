using System.Xml.Linq;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Web.Resources;
using EigenPlan.Web.State;
using EigenPlan.Web.State.Start;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// Core's Dutch words in the resident's language: every kind of refusal has a text in every language, Dutch shows
/// Core's own message unchanged, and where the resx repeats Core's fixed words they are the same words.
/// </summary>
public class MessagesTextTests
{
    private static readonly StringLocalizer<MessagesText> Text = new StringLocalizer<MessagesText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public static TheoryData<string> Languages() => new(PlanLanguage.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryRefusal_HasATextInEveryLanguage(string code)
    {
        using var language = new UiCulture(code);
        foreach (var error in Enum.GetValues<PlanEditError>().Where(e => e != PlanEditError.None))
        {
            Assert.False(Text[PlanRefusalText.Key(error)].ResourceNotFound, $"{error} has no text");
            var shown = PlanRefusalText.Of(PlanEditResult.Fail(error, "Core's eigen woorden."), Text);
            Assert.False(string.IsNullOrWhiteSpace(shown));
            Assert.DoesNotContain("{0}", shown, StringComparison.Ordinal);
            if (code == "nl")
            {
                Assert.Equal("Core's eigen woorden.", shown);
            }
            else
            {
                Assert.NotEqual("Core's eigen woorden.", shown);
                Assert.Equal(shown, ReadResx("MessagesText", code)[PlanRefusalText.Key(error)].Replace("{0}", NumberIn(shown), StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Refusal_InEnglish_NamesCoresLimit()
    {
        using var english = new UiCulture("en");
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        var result = new PlanEditor(plan, BundledContent.Format, BundledContent.Almere).SetName(new string('a', PlanLimits.MaxNameLength + 1));

        Assert.Equal("This text is too long. It can have 200 characters.", PlanRefusalText.Of(result, Text));
        Assert.Null(PlanRefusalText.Of(PlanEditResult.Ok, Text));
    }

    [Fact]
    public void Refusal_WithoutALocalizer_StaysCoresDutch()
    {
        using var arabic = new UiCulture("ar");
        Assert.Equal("Dit klopt niet.", PlanRefusalText.Of(PlanEditResult.Fail(PlanEditError.InvalidChoice, "Dit klopt niet."), null));
    }

    [Theory]
    [InlineData("", "nl", "Vul je persoonlijke code in.")]
    [InlineData("", "en", "Enter your personal code.")]
    [InlineData("ABC", "nl", "Een code heeft 20 tekens. Je hebt er 3 ingevuld.")]
    [InlineData("ABC", "en", "A code has 20 characters. You entered 3.")]
    [InlineData("ABC", "pl", "Kod ma 20 znaków. Wpisałeś 3.")]
    [InlineData("AB#C", "en", "The character '#' does not belong in a code. A code has only numbers and letters.")]
    [InlineData("AAAA-BBBB-CCCC-DDDD-EEEE", "tr", "Bu kod doğru değil. Bütün karakterleri doğru yazdığına bak.")]
    public void CodeProblem_InTheResidentsLanguage(string typed, string code, string expected)
    {
        using var language = new UiCulture(code);
        var parsed = PersonalCode.Parse(typed);

        Assert.Equal(expected, PlanRefusalText.OfCode(parsed, parsed.Message ?? new PlanOpenResult.WrongCode().Message, Text));
    }

    [Fact]
    public void NewPlanForm_AgeInWords_InEnglish_AndInDutchWithoutALocalizer()
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        var form = new NewPlanForm { Age = "forty" };
        using var english = new UiCulture("en");

        Assert.Equal("Enter your age as a number, for example 42. Or leave it empty.",
            Assert.Single(form.Apply(new PlanEditor(plan, BundledContent.Format, BundledContent.Almere), Text)).Message);
        Assert.Equal(NewPlanForm.AgeNotANumber, Assert.Single(form.Apply(new PlanEditor(plan, BundledContent.Format, BundledContent.Almere))).Message);
    }

    [Fact]
    public void InDutch_CoresOwnWordsAreShown()
    {
        using var dutch = new UiCulture("nl");
        Assert.NotEmpty(CoreText.Known);
        Assert.All(CoreText.Known.Keys, words => Assert.Equal(words, CoreText.Of(words, Text)));
        Assert.All(Enum.GetValues<EntryKind>(), kind => Assert.Equal(kind.Label(), CoreText.Kind(kind, Text)));
    }

    [Fact]
    public void DutchResx_RepeatsCoresFixedWords_WhereTheyAreB1()
    {
        var dutch = ReadResx("MessagesText", "nl");
        // Core's "niet meer op de Sociale Kaart" and "Professionele hulp" are not B1; the resx words them plainly.
        foreach (var (words, key) in CoreText.Known.Where(k => k.Value != "MissingEntry"))
        {
            Assert.Equal(words, dutch[key]);
        }
        Assert.Equal(EntryKind.Vrijwilligers.Label(), dutch[CoreText.KindKey(EntryKind.Vrijwilligers)]);
        Assert.Equal(EntryKind.Informeel.Label(), dutch[CoreText.KindKey(EntryKind.Informeel)]);
        Assert.Equal(NewPlanForm.AgeNotANumber, dutch["AgeNotANumber"]);
        Assert.Equal(PlanRefusalText.Failed, dutch["Failed"]);
        Assert.Equal(new PlanOpenResult.WrongCode().Message, dutch["CodeWrong"]);
    }

    [Theory]
    [InlineData("nl", "Hier heb je niets ingevuld. Misschien is dit iets om over te praten.", "Vrijwilligers")]
    [InlineData("en", "You did not fill in anything here. Maybe this is something to talk about.", "Volunteers")]
    [InlineData("ar", "لم تملأ شيئًا هنا. ربما هذا شيء يستحق الحديث عنه.", "متطوعون")]
    public void CoreText_NotesAndKinds_InTheResidentsLanguage(string code, string note, string volunteers)
    {
        using var language = new UiCulture(code);

        Assert.Equal(note, CoreText.Of(PlanAttention.NotFilledInNote, Text));
        Assert.Equal(volunteers, CoreText.Kind(EntryKind.Vrijwilligers, Text));
        Assert.Equal("Iets anders", CoreText.Of("Iets anders", Text));
    }

    // The number the text put in for {0}, so the rest can be compared with the resx word for word.
    private static string NumberIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"\d[\d\s.,\u00A0\u066C\u202F]*\d|\d").Value;

    private static Dictionary<string, string> ReadResx(string area, string code) =>
        XDocument.Load(Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Resources", code == "nl" ? $"{area}.resx" : $"{area}.{code}.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
