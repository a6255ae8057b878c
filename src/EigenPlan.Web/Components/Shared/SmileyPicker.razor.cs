using EigenPlan.Core.Content;
using Microsoft.AspNetCore.Components;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// Lets the resident pick how a topic goes. Built on native radio inputs inside a fieldset, so every screen reader,
/// keyboard and test finds it by its accessible name (the topic title) and its options (the smiley labels).
/// </summary>
public partial class SmileyPicker
{
    /// <summary>The topic the choice is for; its title names the radio group.</summary>
    [Parameter, EditorRequired] public required Topic Topic { get; set; }

    /// <summary>The format's smiley scale, faces first and "Niet van toepassing" last.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<Smiley> Smileys { get; set; }

    /// <summary>The chosen smiley id, or null when none is chosen yet.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Raised with the new smiley id when the resident picks one.</summary>
    [Parameter] public EventCallback<string> ValueChanged { get; set; }

    /// <summary>Keeps ids unique when the same topic's picker is on one page twice.</summary>
    [Parameter] public string IdPrefix { get; set; } = "smiley";

    /// <summary>Smaller tiles, for a house page where all of its topics are on one screen.</summary>
    [Parameter] public bool Compact { get; set; }

    /// <summary>Replaces the topic title as the group's name, e.g. "Hoe gaat het met Inkomen?" on the topic page.</summary>
    [Parameter] public string? Legend { get; set; }

    /// <summary>Hide the legend visually (it stays for screen readers) when a heading above already shows the title.</summary>
    [Parameter] public bool HideLegend { get; set; }

    private Task Choose(string smileyId) => ValueChanged.InvokeAsync(smileyId);
}
