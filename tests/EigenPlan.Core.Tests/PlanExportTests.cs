using System.Text;
using System.Text.Json;
using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class PlanExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 1);

    private static PlanContent FullPlan()
    {
        var editor = Editor();
        editor.SetName("Fatima El Amrani");
        editor.SetAge(47);
        editor.SetDate(new DateOnly(2026, 2, 28));
        editor.SetFilledInBy(FilledInBy.ClientSupporter);
        editor.SetHelperName("Jan");
        editor.SetSmiley(Debts, "heel-slecht");
        editor.SetAnswer(Debts, "nu", "Veel rekeningen. Één brief per dag.\nSoms twee.");
        editor.SetEntryChosen(Debts, "schuldhulp", true);
        editor.SetSkipped(Living, true);
        editor.SetDone(Income, true);
        editor.SetHouseNote("wonen", HouseNoteField.GoingWell, "Mijn buren");
        editor.SetDrawing("wonen", new Drawing { Strokes = [new Stroke { Color = "#AA0000", LineWidth = 3, Points = [1.5f, 2.25f, 999, 699] }] });
        return editor.Plan;
    }

    [Fact]
    public void Export_HasMarkerAndVersion_AndReadableDutchText()
    {
        var json = PlanExport.ToJson(FullPlan(), Now);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("eigenplan-export", doc.RootElement.GetProperty("formaat").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("versie").GetInt32());
        Assert.Equal("almere", doc.RootElement.GetProperty("gemeente").GetString());
        Assert.Contains("Één brief", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImport_RoundTripsEverything()
    {
        var original = FullPlan();
        var result = PlanExport.Import(PlanExport.ToUtf8Json(original, Now), Format, Municipality);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
        // Same plan means same export.
        Assert.Equal(PlanExport.ToJson(original, Now), PlanExport.ToJson(result.Plan!, Now));
        Assert.Equal(TopicState.Skipped, TopicRules.StateOf(result.Plan!.Topic(Living), Format));
        Assert.Equal(FilledInBy.ClientSupporter, result.Plan.About.FilledInBy);
        Assert.Equal(2.25f, result.Plan.House("wonen").Drawing.Strokes[0].Points[1]);
    }

    [Theory]
    [InlineData("ar", "ar", false)]
    [InlineData("en", "en", false)]
    [InlineData(null, null, false)]
    [InlineData("xx", null, true)]
    public void ExportThenImport_KeepsThePlansLanguage_AnUnknownOneBecomesDutchWithAWarning(string? written, string? kept, bool warned)
    {
        var plan = FullPlan();
        plan.Language = written;

        var result = PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(kept, result.Plan!.Language);
        Assert.Equal(warned, result.Warnings.Any(w => w.StartsWith("taal:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_UnknownIds_AreReportedAndLeftOut()
    {
        var plan = FullPlan();
        plan.Topic("geldzaken.verzonnen").Answers["nu"] = "x";
        plan.Topic(Income).Answers["geheime-vraag"] = "y";
        plan.Topic(Income).SmileyId = "super-blij";
        plan.Topic(Debts).ChosenEntries.Add("opgeheven-hulp");
        plan.House("kasteel").FreeText = "z";

        var result = PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Warnings, w => w.StartsWith("onderwerpen.geldzaken.verzonnen", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("geheime-vraag", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("smiley", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("huizen.kasteel", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("opgeheven-hulp", StringComparison.Ordinal));
        Assert.False(result.Plan!.Topics.ContainsKey("geldzaken.verzonnen"));
        Assert.False(result.Plan.Topic(Income).Answers.ContainsKey("geheime-vraag"));
        // An entry that left the map stays, as in a stored plan; the summary shows it as "niet meer op de Sociale Kaart".
        Assert.Contains("opgeheven-hulp", result.Plan.Topic(Debts).ChosenEntries);
    }

    [Fact]
    public void Import_OverLongTextOrBadDrawing_IsAnError_NotSilentlyCut()
    {
        var plan = FullPlan();
        plan.Topic(Income).Answers["nu"] = new string('a', PlanLimits.MaxTextLength + 1);
        plan.House("wonen").Drawing.Strokes[0].Color = "url(x)";

        var result = PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("onderwerpen.geldzaken.inkomen.antwoorden.nu", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("huizen.wonen.tekening", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("niet eens json")]
    [InlineData("{\"formaat\":\"iets-anders\",\"versie\":1,\"gemeente\":\"almere\",\"plan_formaat\":\"basis\"}")]
    [InlineData("{\"formaat\":\"eigenplan-export\",\"versie\":3,\"gemeente\":\"almere\",\"plan_formaat\":\"basis\"}")]
    [InlineData("{\"formaat\":\"eigenplan-export\",\"versie\":1,\"plan_formaat\":\"basis\"}")]
    [InlineData("{\"formaat\":\"eigenplan-export\",\"versie\":1,\"gemeente\":\"almere\",\"plan_formaat\":\"basis\",\"extra\":1}")]
    public void Parse_BadFile_FailsWithMessage(string json)
    {
        var result = PlanExport.Parse(Encoding.UTF8.GetBytes(json));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void ExportThenImport_TalkAboutHandInAndEarlierRounds_RoundTrip()
    {
        var editor = Editor(FullPlan());
        editor.SetTalkAbout(Debts, true);
        editor.SetHandedIn(new DateOnly(2026, 2, 28), "Wijkteam Haven", Today);
        editor.StartNewRound(new DateOnly(2026, 9, 1));
        editor.SetSmiley(Debts, "goed");
        editor.SetHandedIn(new DateOnly(2026, 9, 2), null, Today);
        var original = editor.Plan;

        var json = PlanExport.ToJson(original, Now);
        var result = PlanExport.Import(Encoding.UTF8.GetBytes(json), Format, Municipality, Today);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(json, PlanExport.ToJson(result.Plan!, Now));
        var round = Assert.Single(result.Plan!.Rounds);
        Assert.Equal("heel-slecht", round.Topics[Debts].SmileyId);
        Assert.True(round.Topics[Debts].TalkAbout);
        Assert.Equal("Wijkteam Haven", round.HandedIn!.To);
        Assert.Equal("Mijn buren", round.Houses["wonen"].GoingWell);
        Assert.Equal(new DateOnly(2026, 9, 2), result.Plan.HandedIn!.Date);
        Assert.Contains("\"rondes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"praten\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Version1File_StillImports_WithoutTheNewParts()
    {
        const string version1 = """
            { "formaat": "eigenplan-export", "versie": 1, "gemeente": "almere", "plan_formaat": "basis",
              "onderwerpen": { "geldzaken.inkomen": { "smiley": "goed", "antwoorden": { "nu": "Het gaat." }, "overgeslagen": false, "klaar": true } },
              "huizen": { "wonen": { "gaat_goed": "Fijn huis.", "tekening": [] } } }
            """;

        var result = PlanExport.Import(Encoding.UTF8.GetBytes(version1), Format, Municipality, Today);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Het gaat.", result.Plan!.Topic(Income).Answer("nu"));
        Assert.False(result.Plan.Topic(Income).TalkAbout);
        Assert.Null(result.Plan.HandedIn);
        Assert.Empty(result.Plan.Rounds);
    }

    [Fact]
    public void Import_Rounds_UnknownIdsAreLeftOut_TooLongTextOrFutureHandInIsAnError()
    {
        var plan = FullPlan();
        plan.Rounds.Add(new PlanRound
        {
            Date = new DateOnly(2025, 9, 1),
            ClosedOn = new DateOnly(2026, 1, 1),
            Topics =
            {
                [Income] = new RoundTopic { SmileyId = "super-blij", Answers = { ["nu"] = "Toen.", ["geheim"] = "x" } },
                ["geldzaken.verzonnen"] = new RoundTopic { SmileyId = "goed" },
            },
            Houses = { ["kasteel"] = new RoundHouse { FreeText = "z" } },
        });

        var result = PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality, Today);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(4, result.Warnings.Count(w => w.StartsWith("rondes.1.", StringComparison.Ordinal)));
        var round = Assert.Single(result.Plan!.Rounds);
        Assert.Null(round.Topics[Income].SmileyId);
        Assert.Equal(["nu"], round.Topics[Income].Answers.Keys);
        Assert.False(round.Topics.ContainsKey("geldzaken.verzonnen"));

        plan.Rounds[0].Topics[Income].Answers["nu"] = new string('a', PlanLimits.MaxTextLength + 1);
        plan.HandedIn = new HandInRecord { Date = Today.AddDays(30) };
        var refused = PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality, Today);

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, e => e.StartsWith("rondes.1.onderwerpen.geldzaken.inkomen.antwoorden.nu", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("ingeleverd", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_OtherMunicipality_Fails()
    {
        var plan = FullPlan();
        plan.MunicipalityId = "lelystad";
        Assert.False(PlanExport.Import(PlanExport.ToUtf8Json(plan, Now), Format, Municipality).Succeeded);
    }

    [Fact]
    public void Parse_TooLargeStream_FailsWithoutReadingItAll()
    {
        using var stream = new MemoryStream(new byte[PlanExport.MaxBytes + 10]);
        var result = PlanExport.Parse(stream);
        Assert.False(result.Succeeded);
        Assert.Contains("te groot", result.Errors[0], StringComparison.Ordinal);
    }
}

public class PlanExportCodeTests
{
    [Fact]
    public void PlanContent_HasNoPlaceForThePersonalCode()
    {
        // The code is never stored (contract v2): not in the content, so never in an export or a stored plan either.
        Assert.DoesNotContain(typeof(PlanContent).GetProperties(), p => p.Name.Contains("Code", StringComparison.OrdinalIgnoreCase));
    }
}
