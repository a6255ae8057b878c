namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>What someone typed for an action: what, who (a participant id or null) and by when.</summary>
public sealed record ActionValues(string What, string? ParticipantId, DateOnly? Due);
