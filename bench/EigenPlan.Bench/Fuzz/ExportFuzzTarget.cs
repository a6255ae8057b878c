using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// The plan file a resident downloads and uploads again (<see cref="PlanExport.Import(ReadOnlySpan{byte}, Format, Municipality, DateOnly?)"/>).
/// Beyond "never throws": a file that is accepted must export again and import again to the same plan, because the
/// store keeps exactly that export and an accepted plan that cannot be read back is a lost plan.
/// </summary>
public sealed class ExportFuzzTarget : IFuzzTarget
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly Format _format;
    private readonly Municipality _municipality;

    public ExportFuzzTarget(Format format, Municipality municipality)
    {
        _format = format;
        _municipality = municipality;
        Seeds =
        [
            new FuzzCase(new FuzzFile("plan.json", PlanExport.ToUtf8Json(FilledPlan(format, municipality), Now))),
            new FuzzCase(new FuzzFile("plan.json", PlanExport.ToUtf8Json(new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id }, Now))),
        ];
        Cases = new MutatedCases(Seeds, _ => Mutations.For(Snippets.Json));
    }

    public string Name => "export";

    public IReadOnlyList<FuzzCase> Seeds { get; }

    public CsCheck.Gen<FuzzCase> Cases { get; }

    public string Run(FuzzCase input, string workFolder)
    {
        var imported = PlanExport.Import(input.Files[0].Bytes, _format, _municipality, Today);
        if (imported.Plan is not { } plan)
        {
            return imported.Errors.Count > 0 ? "geweigerd" : throw new FuzzPropertyException("Geen plan en geen fout.");
        }

        var stored = PlanExport.ToUtf8Json(plan, Now);
        var again = PlanExport.Import(stored, _format, _municipality, Today);
        if (again.Plan is null)
        {
            throw new FuzzPropertyException("Een geaccepteerd plan wordt na opnieuw exporteren geweigerd: " + string.Join("; ", again.Errors));
        }

        if (!PlanExport.ToUtf8Json(again.Plan, Now).AsSpan().SequenceEqual(stored))
        {
            throw new FuzzPropertyException("Een geaccepteerd plan verandert bij opnieuw exporteren en importeren.");
        }

        return imported.Warnings.Count > 0 ? "ingelezen met waarschuwingen" : "ingelezen";
    }

    /// <summary>Every part of a plan filled in through the editor, with an earlier round and a hand-in note.</summary>
    public static PlanContent FilledPlan(Format format, Municipality municipality)
    {
        var editor = new PlanEditor(new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id }, format, municipality);
        editor.SetName("Anouk de Vries-Çelik");
        editor.SetHelperName("Joëlle");
        editor.SetAge(47);
        editor.SetDate(new DateOnly(2026, 3, 12));
        editor.SetFilledInBy(FilledInBy.ClientSupporter);
        var n = 0;
        foreach (var topic in format.Topics)
        {
            editor.SetSmiley(topic.Key, format.Smileys[n % format.Smileys.Count].Id);
            foreach (var question in format.Questions)
            {
                editor.SetAnswer(topic.Key, question.Id, $"Antwoord {n}: het gaat ’s avonds beter.\nTweede regel — “citaat”.");
            }

            if (municipality.EntriesFor(topic.Key).FirstOrDefault() is { } entry)
            {
                editor.SetEntryChosen(topic.Key, entry.Id, true);
            }

            editor.SetTalkAbout(topic.Key, n % 3 == 0);
            n++;
        }

        foreach (var house in format.Houses)
        {
            editor.SetHouseNote(house.Id, HouseNoteField.GoingWell, "Mijn buren helpen.");
            editor.SetHouseNote(house.Id, HouseNoteField.NotGoingWell, "Slapen lukt slecht.");
            editor.SetHouseNote(house.Id, HouseNoteField.FreeText, "Vrije ruimte.");
            editor.SetDrawing(house.Id, new Drawing { Strokes = [new Stroke { Color = "#2E6B30", LineWidth = 4, Points = [10, 20, 30.5f, 40.25f, 999, 699] }] });
        }

        editor.SetHandedIn(new DateOnly(2026, 4, 1), "Wijkteam", Today);
        editor.StartNewRound(new DateOnly(2026, 6, 1));
        var first = format.Topics.First();
        editor.SetSmiley(first.Key, format.Smileys[0].Id);
        editor.SetSkipped(format.Topics.Last().Key, true);
        editor.SetDone(first.Key, true);
        return editor.Plan;
    }
}

/// <summary>A property of the target that does not hold, though nothing threw (e.g. an accepted file that does not read back).</summary>
public sealed class FuzzPropertyException(string message) : Exception(message);
