using System.Globalization;
using System.Runtime.CompilerServices;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// The interface texts come from resx in the thread's UI culture. Components render in Dutch, as the app does for a
/// request without a language cookie, whatever the machine's own language is; a test that wants another language sets
/// <see cref="CultureInfo.CurrentUICulture"/> itself.
/// </summary>
internal static class DutchByDefault
{
    [ModuleInitializer]
    internal static void Set() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("nl");
}
