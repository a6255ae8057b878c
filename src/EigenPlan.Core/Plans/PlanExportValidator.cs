using System.Text.RegularExpressions;
using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>
/// Checks an imported plan by replaying it through <see cref="PlanEditor"/>, so a file gets exactly the checks a browser
/// gets. Unknown ids (topic, house, question, smiley) are left out with a warning; values the editor refuses (too long,
/// a broken drawing, an impossible age) are errors, because dropping the resident's text silently would lose it.
/// A chosen entry that is no longer on the Sociale Kaart is kept with a warning, as in a stored plan.
/// </summary>
public static partial class PlanExportValidator
{
    /// <summary>
    /// Checks <paramref name="source"/> and gives a clean copy. <paramref name="today"/> bounds dates that cannot lie in
    /// the future (the hand-in note); today's local date when null.
    /// </summary>
    public static PlanImportResult Validate(PlanContent source, Format format, Municipality municipality, IEnumerable<string>? earlierWarnings = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        if (source.MunicipalityId != municipality.Id || source.FormatId != format.Id || municipality.FormatId != format.Id)
        {
            return PlanImportResult.Failed(
                $"Dit plan hoort bij gemeente '{source.MunicipalityId}' met formaat '{source.FormatId}', niet bij '{municipality.Id}' met '{format.Id}'.");
        }
        var errors = new List<string>();
        var warnings = new List<string>(earlierWarnings ?? []);
        var editor = new PlanEditor(new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id }, format, municipality);
        void Check(string path, PlanEditResult result, bool unknownIsWarning = true)
        {
            if (result.Succeeded)
            {
                return;
            }
            var isUnknown = result.Error is PlanEditError.UnknownTopic or PlanEditError.UnknownHouse
                or PlanEditError.UnknownQuestion or PlanEditError.UnknownSmiley;
            (isUnknown && unknownIsWarning ? warnings : errors).Add($"{path}: {result.Message}{(isUnknown ? " Weggelaten." : "")}");
        }

        Check("over_mij.naam", editor.SetName(source.About.Name));
        Check("over_mij.helper", editor.SetHelperName(source.About.HelperName));
        Check("over_mij.leeftijd", editor.SetAge(source.About.Age));
        Check("over_mij.datum", editor.SetDate(source.About.Date));
        Check("over_mij.ingevuld_door", editor.SetFilledInBy(source.About.FilledInBy));
        // Already checked when the file was read (an unknown code became a warning and Dutch).
        Check("taal", editor.SetLanguage(Languages.PlanLanguage.FromCode(source.Language)));
        foreach (var (key, topic) in source.Topics)
        {
            ReplayTopic(editor, format, municipality, key, topic, Check, warnings);
        }
        foreach (var (id, house) in source.Houses)
        {
            var path = $"huizen.{id}";
            if (format.FindHouse(id) is null)
            {
                warnings.Add($"{path}: dit huisje bestaat niet in formaat '{format.Id}'. Weggelaten.");
                continue;
            }
            Check($"{path}.gaat_goed", editor.SetHouseNote(id, HouseNoteField.GoingWell, house.GoingWell));
            Check($"{path}.gaat_niet_goed", editor.SetHouseNote(id, HouseNoteField.NotGoingWell, house.NotGoingWell));
            Check($"{path}.vrije_ruimte", editor.SetHouseNote(id, HouseNoteField.FreeText, house.FreeText));
            Check($"{path}.tekening", editor.SetDrawing(id, house.Drawing));
        }
        var day = today ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        if (source.HandedIn is { } handedIn)
        {
            Check("ingeleverd", editor.SetHandedIn(handedIn.Date, handedIn.To, day));
        }
        editor.Plan.Rounds = ValidateRounds(source.Rounds, format, errors, warnings);
        return errors.Count > 0 ? new PlanImportResult(null, errors, warnings) : new PlanImportResult(editor.Plan, [], warnings);
    }

    private static void ReplayTopic(PlanEditor editor, Format format, Municipality municipality, string key, TopicAnswers topic,
        Action<string, PlanEditResult, bool> check, List<string> warnings)
    {
        var path = $"onderwerpen.{key}";
        if (format.FindTopic(key) is null)
        {
            warnings.Add($"{path}: dit onderwerp bestaat niet in formaat '{format.Id}'. Weggelaten.");
            return;
        }
        check($"{path}.smiley", editor.SetSmiley(key, topic.SmileyId), true);
        foreach (var (questionId, text) in topic.Answers)
        {
            check($"{path}.antwoorden.{questionId}", editor.SetAnswer(key, questionId, text), true);
        }
        var target = editor.Plan.Topic(key);
        foreach (var entryId in topic.ChosenEntries.Distinct(StringComparer.Ordinal))
        {
            if (municipality.EntriesFor(key).Any(e => e.Id == entryId))
            {
                check($"{path}.gekozen", editor.SetEntryChosen(key, entryId, true), false);
            }
            else if (EntryIdPattern().IsMatch(entryId) && target.ChosenEntries.Count < PlanLimits.MaxChosenEntriesPerTopic)
            {
                target.ChosenEntries.Add(entryId);
                warnings.Add($"{path}.gekozen: '{entryId}' staat niet (meer) op de Sociale Kaart bij dit onderwerp.");
            }
            else
            {
                warnings.Add($"{path}.gekozen: een keuze die niet klopt is weggelaten.");
            }
        }
        // Flags last: the editor un-skips when content is replayed, the file says what the resident chose.
        target.Skipped = topic.Skipped;
        target.MarkedDone = topic.MarkedDone && !topic.Skipped;
        target.TalkAbout = topic.TalkAbout;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex EntryIdPattern();
}
