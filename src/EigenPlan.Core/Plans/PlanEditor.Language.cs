using EigenPlan.Core.Languages;

namespace EigenPlan.Core.Plans;

public sealed partial class PlanEditor
{
    /// <summary>
    /// The language of the words around the resident's answers (chosen on the start page, changed from the plan menu).
    /// Dutch is stored as no language, as in plans made before there was a choice; the answers themselves never change.
    /// </summary>
    public PlanEditResult SetLanguage(PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        Plan.Language = language.IsDutch ? null : language.Code;
        return PlanEditResult.Ok;
    }
}
