using EigenPlan.Core.Content;

namespace EigenPlan.Core.Wizard;

/// <summary>What a wizard step shows.</summary>
public enum WizardStepKind
{
    /// <summary>The huisjes: a short list of the houses, and per house a page with its topics' smileys and its notes (one step).</summary>
    Houses,
    /// <summary>One topic page.</summary>
    Topic,
    /// <summary>The vrije ruimte page after a house.</summary>
    FreeSpace,
    /// <summary>The summary, "Mijn plan".</summary>
    Summary,
}

/// <summary>One page of the wizard, in the order of the paper booklet.</summary>
public sealed record WizardStep(WizardStepKind Kind, int Number, House? House = null, Topic? Topic = null)
{
    /// <summary>The path of this step below <c>/plan/{id}/</c>; the URL holds the position, so reload and Back just work.</summary>
    public string RelativePath => Kind switch
    {
        WizardStepKind.Houses => "huisjes",
        WizardStepKind.Topic => $"onderwerp/{Topic!.Key}",
        WizardStepKind.FreeSpace => $"vrije-ruimte/{House!.Id}",
        _ => "mijn-plan",
    };

    /// <summary>A short Dutch title for the step, used in links and the page title.</summary>
    public string Title => Kind switch
    {
        WizardStepKind.Houses => "De huisjes",
        WizardStepKind.Topic => Topic!.Title,
        WizardStepKind.FreeSpace => $"Vrije ruimte: {House!.Title}",
        _ => "Mijn plan",
    };
}
