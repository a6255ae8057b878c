using EigenPlan.Core.Languages;

namespace EigenPlan.Web.State;

/// <summary>The plan's language: the words of the format and the interface (the answers are the resident's own).</summary>
public sealed partial class PlanState
{
    /// <summary>The language the plan was made in or changed to; Dutch for plans without one.</summary>
    public PlanLanguage Language => PlanLanguage.FromCode(Content.Language);

    /// <summary>
    /// Keeps another language for the plan and saves it at once: the page then loads again in that language (a new
    /// circuit, with the format in that language), and must find it stored.
    /// </summary>
    public async Task SetLanguageAsync(PlanLanguage language)
    {
        Edit(editor => editor.SetLanguage(language));
        await FlushAsync();
    }
}
