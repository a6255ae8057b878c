using EigenPlan.Core.Content;

namespace EigenPlan.Core.Wizard;

/// <summary>
/// The order of the wizard's pages for a format: the huisjes first, then per house its topics and its vrije ruimte,
/// then the summary — the order of the paper booklet. The resident may jump anywhere; this only says what
/// "Vorige" and "Volgende" mean and what "Stap 3 van 21" counts.
/// </summary>
public sealed class WizardRoute
{
    private readonly List<WizardStep> _steps = [];

    public WizardRoute(Format format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Add(WizardStepKind.Houses);
        foreach (var house in format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                Add(WizardStepKind.Topic, house, topic);
            }
            Add(WizardStepKind.FreeSpace, house);
        }
        Add(WizardStepKind.Summary);
    }

    public IReadOnlyList<WizardStep> Steps => _steps;

    public int Count => _steps.Count;

    public WizardStep Houses => _steps[0];

    public WizardStep Summary => _steps[^1];

    /// <summary>The step for a topic key; null for an unknown (or forged) key.</summary>
    public WizardStep? ForTopic(string topicKey) =>
        _steps.FirstOrDefault(s => s.Kind == WizardStepKind.Topic && s.Topic!.Key == topicKey);

    /// <summary>The vrije ruimte step of a house; null for an unknown id.</summary>
    public WizardStep? ForFreeSpace(string houseId) =>
        _steps.FirstOrDefault(s => s.Kind == WizardStepKind.FreeSpace && s.House!.Id == houseId);

    public WizardStep? Previous(WizardStep step) => step.Number > 1 ? _steps[step.Number - 2] : null;

    public WizardStep? Next(WizardStep step) => step.Number < _steps.Count ? _steps[step.Number] : null;

    private void Add(WizardStepKind kind, House? house = null, Topic? topic = null) =>
        _steps.Add(new WizardStep(kind, _steps.Count + 1, house, topic));
}
