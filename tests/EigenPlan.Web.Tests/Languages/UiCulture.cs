using System.Globalization;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>Renders in another language for one test and puts the thread's language back afterwards (xunit reuses threads).</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public UiCulture(string code) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}
