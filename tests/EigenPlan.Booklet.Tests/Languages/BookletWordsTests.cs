using System.Reflection;
using System.Text.RegularExpressions;
using EigenPlan.Booklet.Model;
using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Tests.Languages;

public partial class BookletWordsTests
{
    public static TheoryData<string> Languages => [.. PlanLanguage.All.Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEveryWord_WithTheSamePlaceholdersAsDutch(string code)
    {
        var words = BookletWords.For(PlanLanguage.FromCode(code));
        Assert.Equal(code, words.Language.Code);
        Assert.Equal(12, words.Language.Months.Count);
        foreach (var property in typeof(BookletWords).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            var value = (string)property.GetValue(words)!;
            var dutch = (string)property.GetValue(BookletWords.Dutch)!;
            Assert.False(string.IsNullOrWhiteSpace(value), $"{code}: {property.Name} is empty");
            Assert.Equal(Placeholders(dutch), Placeholders(value));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEverySharedPlanWord_WithTheSamePlaceholdersAsDutch(string code)
    {
        var words = SharedPlanWords.For(PlanLanguage.FromCode(code));
        Assert.True(code == "nl" == ReferenceEquals(words, SharedPlanWords.Dutch));
        foreach (var property in typeof(SharedPlanWords).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            var value = (string)property.GetValue(words)!;
            var dutch = (string)property.GetValue(SharedPlanWords.Dutch)!;
            Assert.False(string.IsNullOrWhiteSpace(value), $"{code}: {property.Name} is empty");
            Assert.Equal(Placeholders(dutch), Placeholders(value));
        }
    }

    [Fact]
    public void Dates_AreWrittenInTheLanguage()
    {
        var date = new DateOnly(2026, 3, 12);
        Assert.Equal("12 maart 2026", BookletWords.Dutch.DateText(date));
        Assert.Equal("12 March 2026", BookletWords.English.DateText(date));
        Assert.Equal("12 Mart 2026", BookletWords.Turkish.DateText(date));
        Assert.Equal("12 marca 2026", BookletWords.Polish.DateText(date));
        Assert.Equal("12 مارس 2026", BookletWords.Arabic.DateText(date));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
