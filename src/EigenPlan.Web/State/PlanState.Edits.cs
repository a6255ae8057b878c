using EigenPlan.Core.Plans;
using EigenPlan.Web.State.Pending;

namespace EigenPlan.Web.State;

/// <summary>The edits pages make, each a thin call into <see cref="PlanEditor"/>.</summary>
public sealed partial class PlanState
{
    public void SetSmiley(string topicKey, string? smileyId) => Edit(e => e.SetSmiley(topicKey, smileyId));

    /// <summary>A keystroke in an answer box (see <c>PlanState.Typing</c>: it never wipes what the server merged in meanwhile).</summary>
    public void SetAnswer(string topicKey, string questionId, string text, string fieldId) =>
        SetText(PlanField.ForAnswer(topicKey, questionId), text, fieldId);

    public void ToggleEntry(string topicKey, string entryId) => Edit(e => e.ToggleEntry(topicKey, entryId));

    public void SetSkipped(string topicKey, bool skipped) => Edit(e => e.SetSkipped(topicKey, skipped));

    public void SetDone(string topicKey, bool done) => Edit(e => e.SetDone(topicKey, done));

    public void SetHouseNote(string houseId, HouseNoteField field, string text, string fieldId) =>
        SetText(PlanField.ForHouse(houseId, field), text, fieldId);

    /// <summary>Stores a drawing; returns the refusal message, or null when it was kept.</summary>
    public string? SetDrawing(string houseId, Drawing drawing) => RefusalText(Edit(e => e.SetDrawing(houseId, drawing)));
}
