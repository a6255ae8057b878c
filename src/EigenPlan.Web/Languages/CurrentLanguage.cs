using System.Globalization;
using EigenPlan.Core.Languages;

namespace EigenPlan.Web.Languages;

/// <summary>The interface language of this request or circuit (its UI culture); Dutch when it is none of ours.</summary>
public static class CurrentLanguage
{
    public static PlanLanguage Value => PlanLanguage.FromCode(CultureInfo.CurrentUICulture.Name);

    /// <summary>"rtl" for Arabic, otherwise "ltr": for <c>dir</c> attributes.</summary>
    public static string Direction => Value.IsRightToLeft ? "rtl" : "ltr";
}
