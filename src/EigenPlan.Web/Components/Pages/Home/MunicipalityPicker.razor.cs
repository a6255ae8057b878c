using EigenPlan.Core.Content;
using EigenPlan.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.Components.Pages.Home;

/// <summary>
/// Search on municipality name for the start page (342 municipalities do not fit a list of radio buttons). The matching
/// itself is <see cref="MunicipalitySearch"/> in Core; this component shows the matches and reports the choice.
/// </summary>
public partial class MunicipalityPicker
{
    private string? query;
    private IReadOnlyList<Municipality> shown = [];
    private MunicipalityMatches matches = MunicipalityMatches.None;

    /// <summary>The municipalities a resident can choose, sorted by name.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<Municipality> Municipalities { get; set; }

    /// <summary>The search text the page was opened with (<c>?zoek=</c>), if any.</summary>
    [Parameter] public string? Query { get; set; }

    /// <summary>The id of the chosen municipality, if any.</summary>
    [Parameter] public string? Chosen { get; set; }

    /// <summary>Raised when the resident chooses, or when a change of the search text hides the earlier choice.</summary>
    [Parameter] public EventCallback<string?> ChosenChanged { get; set; }

    protected override void OnInitialized()
    {
        query = Query;
        Update();
    }

    private async Task OnInput(string? text)
    {
        query = text;
        Update();
        var exact = MunicipalitySearch.Exact(Municipalities, query);
        var next = exact?.Id
            ?? (matches.Total == 1 ? matches.Shown[0].Id : null)
            ?? (shown.Any(m => m.Id == Chosen) ? Chosen : null);
        if (next != Chosen)
        {
            await ChooseAsync(next);
        }
    }

    private async Task ChooseAsync(string? id)
    {
        Chosen = id;
        await ChosenChanged.InvokeAsync(id);
    }

    /// <summary>
    /// With text: the matches. Without: every municipality when they are few (today's content), otherwise just the
    /// chosen one, so a choice made earlier stays visible.
    /// </summary>
    private void Update()
    {
        matches = MunicipalitySearch.Find(Municipalities, query);
        if (!string.IsNullOrWhiteSpace(query))
        {
            shown = matches.Shown;
        }
        else if (Municipalities.Count <= MunicipalitySearch.DefaultLimit)
        {
            shown = Municipalities;
        }
        else
        {
            shown = [.. Municipalities.Where(m => m.Id == Chosen)];
        }
    }

    [Inject] private IStringLocalizer<StartText> L { get; set; } = default!;

    private string CountText => string.IsNullOrWhiteSpace(query) ? "" : CountMessage(matches, L);

    /// <summary>What the live region says after a search (plain words, B1).</summary>
    public static string CountMessage(MunicipalityMatches matches, IStringLocalizer<StartText> text)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(text);
        return matches.Total switch
        {
            0 => text["CountNone"],
            1 => text["CountOne", matches.Shown[0].Name],
            _ when matches.IsCut => text["CountCut", matches.Total, matches.Shown.Count],
            _ => text["CountMany", matches.Total],
        };
    }
}
