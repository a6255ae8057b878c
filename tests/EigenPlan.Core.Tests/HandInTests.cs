using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class HandInTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void SetHandedIn_DateAndTo_AreStored_ToIsOneCleanLine()
    {
        var editor = Editor();

        Assert.True(editor.SetHandedIn(Today, "  Wijkteam,\nmevrouw De Vries ", Today).Succeeded);

        Assert.Equal(Today, editor.Plan.HandedIn!.Date);
        Assert.Equal("Wijkteam, mevrouw De Vries", editor.Plan.HandedIn.To);
    }

    [Fact]
    public void SetHandedIn_TomorrowIsAllowed_ForTimeZones_TheDayAfterIsNot()
    {
        var editor = Editor();

        Assert.True(editor.SetHandedIn(Today.AddDays(1), null, Today).Succeeded);
        var refused = editor.SetHandedIn(Today.AddDays(2), "Gemeente", Today);

        Assert.Equal(PlanEditError.InvalidDate, refused.Error);
        Assert.Contains("toekomst", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(1), editor.Plan.HandedIn!.Date);
        Assert.Null(editor.Plan.HandedIn.To);
    }

    [Fact]
    public void SetHandedIn_TypoYear_TooLongTo_OrToWithoutDate_AreRefused()
    {
        var editor = Editor();

        Assert.Equal(PlanEditError.InvalidDate, editor.SetHandedIn(new DateOnly(1026, 3, 10), null, Today).Error);
        Assert.Equal(PlanEditError.InvalidName, editor.SetHandedIn(Today, new string('a', PlanLimits.MaxNameLength + 1), Today).Error);
        Assert.Equal(PlanEditError.InvalidDate, editor.SetHandedIn(null, "Gemeente", Today).Error);
        Assert.Null(editor.Plan.HandedIn);
    }

    [Fact]
    public void SetHandedIn_NoDateNoText_Clears()
    {
        var editor = Editor();
        editor.SetHandedIn(Today, "Gemeente", Today);

        Assert.True(editor.SetHandedIn(null, "  ", Today).Succeeded);

        Assert.Null(editor.Plan.HandedIn);
    }

    [Fact]
    public void PlanText_Date_IsDutch_WhateverTheMachine()
    {
        Assert.Equal("10 maart 2026", PlanText.Date(Today));
        Assert.Equal("1 januari 2027", PlanText.Date(new DateOnly(2027, 1, 1)));
    }
}
