using EigenPlan.Core.Languages;
using EigenPlan.Web.Components.Pages.Together.Parts;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>Dates and times in Dutch time, written in the page's language with our own month names (no ICU).</summary>
public class DutchTimeTests
{
    [Theory]
    [InlineData("nl", "9 maart 2026", "9 maart 2026, 14:05")]
    [InlineData("en", "9 March 2026", "9 March 2026, 14:05")]
    [InlineData("tr", "9 Mart 2026", "9 Mart 2026, 14:05")]
    [InlineData("pl", "9 marca 2026", "9 marca 2026, 14:05")]
    [InlineData("ar", "9 مارس 2026", "9 مارس 2026، 14:05")]
    public void DateAndTime_AreInThePagesLanguage_InDutchTime(string code, string date, string time)
    {
        using var language = new UiCulture(code);

        Assert.Equal(date, DutchTime.Date(new DateOnly(2026, 3, 9)));
        // 13:05 UTC is 14:05 in Amsterdam in winter time.
        Assert.Equal(time, DutchTime.Time(new DateTime(2026, 3, 9, 13, 5, 0, DateTimeKind.Utc)));
        Assert.Equal(date, DutchTime.Date(new DateOnly(2026, 3, 9), PlanLanguage.FromCode(code)));
    }

    [Fact]
    public void AnUnknownLanguage_IsDutch_AndSummerTimeIsDutchSummerTime()
    {
        using var german = new UiCulture("de");

        Assert.Equal("1 juli 2026, 14:05", DutchTime.Time(new DateTime(2026, 7, 1, 12, 5, 0, DateTimeKind.Utc)));
    }
}
