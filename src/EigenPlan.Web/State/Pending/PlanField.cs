using EigenPlan.Core.Plans;

namespace EigenPlan.Web.State.Pending;

/// <summary>
/// One text field of a plan that the browser keeps until the server has stored it: an answer to a question, or a note of
/// a house. <see cref="Key"/> names it in the page (<c>data-pending-key</c>) and in the tab's buffer, e.g.
/// <c>a:gezondheid.lichaam:wil</c> or <c>h:woonruimte:gaat_goed</c>. Keys are not secret; the texts are.
/// </summary>
public abstract record PlanField(string Key)
{
    private const string AnswerPrefix = "a";
    private const string HousePrefix = "h";

    private static readonly (HouseNoteField Field, string Name)[] HouseNames =
        [(HouseNoteField.GoingWell, "gaat_goed"), (HouseNoteField.NotGoingWell, "gaat_niet_goed"), (HouseNoteField.FreeText, "vrije_ruimte")];

    /// <summary>The text in <paramref name="content"/> ("" when there is none).</summary>
    public abstract string Read(PlanContent content);

    /// <summary>Sets the text through the Core rules (the normal edit path).</summary>
    public abstract PlanEditResult Write(PlanEditor editor, string text);

    /// <summary>Sets the text without rules: only for building the inputs of a <see cref="PlanMerge"/>.</summary>
    internal abstract void Put(PlanContent content, string text);

    public static PlanField ForAnswer(string topicKey, string questionId) => new Answer(topicKey, questionId);

    public static PlanField ForHouse(string houseId, HouseNoteField field) => new HouseNote(houseId, field);

    /// <summary>The field a key names, or null for anything else (a key from a page is not trusted).</summary>
    public static PlanField? Parse(string? key)
    {
        var parts = key?.Split(':') ?? [];
        if (parts.Length != 3 || parts[1].Length is 0 or > 200 || parts[2].Length is 0 or > 100)
        {
            return null;
        }
        return parts[0] switch
        {
            AnswerPrefix => new Answer(parts[1], parts[2]),
            HousePrefix when HouseNames.FirstOrDefault(n => n.Name == parts[2]) is { Name: not null } named => new HouseNote(parts[1], named.Field),
            _ => null,
        };
    }

    /// <summary>Every text field with text in <paramref name="content"/>.</summary>
    public static IEnumerable<(PlanField Field, string Text)> TextsOf(PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var (topicKey, answers) in content.Topics)
        {
            foreach (var (questionId, text) in answers.Answers)
            {
                yield return (new Answer(topicKey, questionId), text);
            }
        }
        foreach (var (houseId, notes) in content.Houses)
        {
            foreach (var (field, _) in HouseNames)
            {
                var house = new HouseNote(houseId, field);
                if (house.Read(content) is { Length: > 0 } text)
                {
                    yield return (house, text);
                }
            }
        }
    }

    private static string NameOf(HouseNoteField field) => HouseNames.First(n => n.Field == field).Name;

    private sealed record Answer(string TopicKey, string QuestionId) : PlanField($"{AnswerPrefix}:{TopicKey}:{QuestionId}")
    {
        public override string Read(PlanContent content) =>
            content.Topics.TryGetValue(TopicKey, out var answers) ? answers.Answer(QuestionId) : "";

        public override PlanEditResult Write(PlanEditor editor, string text) => editor.SetAnswer(TopicKey, QuestionId, text);

        internal override void Put(PlanContent content, string text) => content.Topic(TopicKey).Answers[QuestionId] = text;
    }

    private sealed record HouseNote(string HouseId, HouseNoteField Field) : PlanField($"{HousePrefix}:{HouseId}:{NameOf(Field)}")
    {
        public override string Read(PlanContent content)
        {
            if (!content.Houses.TryGetValue(HouseId, out var notes))
            {
                return "";
            }
            return Field switch
            {
                HouseNoteField.GoingWell => notes.GoingWell,
                HouseNoteField.NotGoingWell => notes.NotGoingWell,
                _ => notes.FreeText,
            };
        }

        public override PlanEditResult Write(PlanEditor editor, string text) => editor.SetHouseNote(HouseId, Field, text);

        internal override void Put(PlanContent content, string text)
        {
            var notes = content.House(HouseId);
            switch (Field)
            {
                case HouseNoteField.GoingWell: notes.GoingWell = text; break;
                case HouseNoteField.NotGoingWell: notes.NotGoingWell = text; break;
                default: notes.FreeText = text; break;
            }
        }
    }
}
