using EigenPlan.Core.Plans;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// Finger, pen or mouse drawing kept as vector strokes (<see cref="Drawing"/>). The browser only collects points;
/// the plan (and its limits) decide what is kept.
/// </summary>
public partial class DrawingPad
{
    private static readonly (string Value, string NameKey)[] Colors =
        [("#1b1b1b", "Black"), ("#1f5f7a", "Blue"), ("#a4262c", "Red"), ("#1e6b3a", "Green")];

    private ElementReference canvas;
    private IJSObjectReference? module;
    private IJSObjectReference? pad;
    private DotNetObjectReference<DrawingPad>? self;
    private string color = Colors[0].Value;

    /// <summary>Element id of the canvas.</summary>
    [Parameter, EditorRequired] public required string Id { get; set; }

    /// <summary>The drawing as stored in the plan.</summary>
    [Parameter, EditorRequired] public required Drawing Drawing { get; set; }

    /// <summary>Asked to store a changed drawing; returns a Dutch message when it was refused.</summary>
    [Parameter, EditorRequired] public required Func<Drawing, string?> Save { get; set; }

    private string? Error { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        self = DotNetObjectReference.Create(this);
        module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/drawing-pad.js");
        pad = await module.InvokeAsync<IJSObjectReference>("attach", canvas, self, StrokesForBrowser(Drawing));
    }

    /// <summary>Called by the browser when a stroke is finished.</summary>
    [JSInvokable]
    public async Task AddStroke(string strokeColor, float lineWidth, float[] points)
    {
        var changed = Copy();
        changed.Strokes.Add(new Stroke { Color = strokeColor, LineWidth = lineWidth, Points = [.. points] });
        await Store(changed);
    }

    private Task Undo()
    {
        var changed = Copy();
        if (changed.Strokes.Count > 0)
        {
            changed.Strokes.RemoveAt(changed.Strokes.Count - 1);
        }
        return Store(changed);
    }

    private Task Clear() => Store(new Drawing());

    private async Task Store(Drawing changed)
    {
        Error = Save(changed);
        if (pad is not null)
        {
            // Show what the plan kept: the change, or the old drawing when it was refused.
            await pad.InvokeVoidAsync("show", StrokesForBrowser(Error is null ? changed : Drawing));
        }
        StateHasChanged();
    }

    private Drawing Copy() => new()
    {
        Strokes = Drawing.Strokes.Select(s => new Stroke { Color = s.Color, LineWidth = s.LineWidth, Points = [.. s.Points] }).ToList(),
    };

    // A list, not an array: an object[] would be spread over the JS function's parameters.
    private static List<object> StrokesForBrowser(Drawing drawing) =>
        drawing.Strokes.Select(s => (object)new { color = s.Color, lineWidth = s.LineWidth, points = s.Points }).ToList();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (pad is not null) { await pad.DisposeAsync(); }
            if (module is not null) { await module.DisposeAsync(); }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; nothing to clean up there.
        }
        self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
