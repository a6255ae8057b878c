using EigenPlan.Core.Content;
using Microsoft.AspNetCore.Components;

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

    private string CountText => string.IsNullOrWhiteSpace(query) ? "" : CountMessage(matches);

    /// <summary>What the live region says after a search (plain words, B1).</summary>
    public static string CountMessage(MunicipalityMatches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return matches.Total switch
        {
            0 => "Geen gemeente gevonden. Kijk of de naam goed geschreven is.",
            1 => $"1 gemeente gevonden: {matches.Shown[0].Name}.",
            _ when matches.IsCut => $"{matches.Total} gemeenten gevonden. Hieronder staan de eerste {matches.Shown.Count}. Typ meer letters.",
            _ => $"{matches.Total} gemeenten gevonden.",
        };
    }
}
