namespace EigenPlan.Core.Plans;

/// <summary>Maps between <see cref="PlanContent"/> and the export document, without judging the content.</summary>
internal static class PlanExportMapping
{
    private static readonly (FilledInBy Value, string Word)[] FilledInByWords =
    [
        (FilledInBy.Self, "zelf"),
        (FilledInBy.ClientSupporter, "clientondersteuner"),
        (FilledInBy.SomeoneIKnow, "iemand-die-ik-ken"),
    ];

    public static PlanExportDocument ToDocument(PlanContent plan, DateTimeOffset exportedAt) => new()
    {
        Marker = PlanExport.Marker,
        Version = PlanExport.Version,
        ExportedAt = exportedAt.ToUniversalTime(),
        MunicipalityId = plan.MunicipalityId,
        FormatId = plan.FormatId,
        Language = plan.Language,
        About = new AboutDocument
        {
            Name = plan.About.Name,
            Age = plan.About.Age,
            Date = plan.About.Date,
            FilledInBy = WordFor(plan.About.FilledInBy),
            HelperName = plan.About.HelperName,
        },
        Topics = plan.Topics.ToDictionary(t => t.Key, t => new TopicDocument
        {
            SmileyId = t.Value.SmileyId,
            Answers = new Dictionary<string, string>(t.Value.Answers),
            ChosenEntries = [.. t.Value.ChosenEntries],
            Skipped = t.Value.Skipped,
            MarkedDone = t.Value.MarkedDone,
            TalkAbout = t.Value.TalkAbout,
        }),
        Houses = plan.Houses.ToDictionary(h => h.Key, h => new HouseDocument
        {
            GoingWell = h.Value.GoingWell,
            NotGoingWell = h.Value.NotGoingWell,
            FreeText = h.Value.FreeText,
            Drawing = h.Value.Drawing.Strokes
                .Select(s => new StrokeDocument { Color = s.Color, LineWidth = s.LineWidth, Points = [.. s.Points] })
                .ToList(),
        }),
        HandedIn = ToDocument(plan.HandedIn),
        Rounds = plan.Rounds.Count == 0 ? null : plan.Rounds.Select(r => new RoundDocument
        {
            Date = r.Date,
            ClosedOn = r.ClosedOn,
            HandedIn = ToDocument(r.HandedIn),
            Topics = r.Topics.ToDictionary(t => t.Key, t => new RoundTopicDocument
            {
                SmileyId = t.Value.SmileyId,
                Answers = new Dictionary<string, string>(t.Value.Answers),
                Skipped = t.Value.Skipped,
                TalkAbout = t.Value.TalkAbout,
            }),
            Houses = r.Houses.ToDictionary(h => h.Key, h => new RoundHouseDocument
            {
                GoingWell = h.Value.GoingWell,
                NotGoingWell = h.Value.NotGoingWell,
                FreeText = h.Value.FreeText,
            }),
        }).ToList(),
    };

    private static HandInDocument? ToDocument(HandInRecord? record) =>
        record is null ? null : new HandInDocument { Date = record.Date, To = record.To };

    private static HandInRecord? ToRecord(HandInDocument? document) =>
        document is null ? null : new HandInRecord { Date = document.Date, To = document.To };

    /// <summary>The plan as written in the file; unknown "ingevuld_door" words become <see cref="FilledInBy.Self"/> with a problem.</summary>
    public static PlanContent ToPlan(PlanExportDocument document, List<string> warnings)
    {
        var plan = new PlanContent { MunicipalityId = document.MunicipalityId!, FormatId = document.FormatId! };
        if (document.Language is not null)
        {
            if (Languages.PlanLanguage.TryFind(document.Language, out var language))
            {
                plan.Language = language.Code;
            }
            else
            {
                warnings.Add($"taal: '{document.Language}' ken ik niet; Nederlands gebruikt.");
            }
        }
        if (document.About is { } about)
        {
            plan.About.Name = about.Name;
            plan.About.Age = about.Age;
            plan.About.Date = about.Date;
            plan.About.HelperName = about.HelperName;
            if (about.FilledInBy is not null)
            {
                var match = FilledInByWords.FirstOrDefault(w => w.Word == about.FilledInBy);
                if (match.Word is null)
                {
                    warnings.Add($"over_mij.ingevuld_door: '{about.FilledInBy}' ken ik niet; 'zelf' gebruikt.");
                }
                plan.About.FilledInBy = match.Value;
            }
        }
        foreach (var (key, topic) in Present(document.Topics))
        {
            plan.Topics[key] = new TopicAnswers
            {
                SmileyId = topic.SmileyId,
                Answers = new Dictionary<string, string>(Present(topic.Answers)),
                ChosenEntries = [.. (topic.ChosenEntries ?? []).Where(id => id is not null)],
                Skipped = topic.Skipped,
                MarkedDone = topic.MarkedDone,
                TalkAbout = topic.TalkAbout,
            };
        }
        foreach (var (id, house) in Present(document.Houses))
        {
            plan.Houses[id] = new HouseNotes
            {
                GoingWell = house.GoingWell ?? "",
                NotGoingWell = house.NotGoingWell ?? "",
                FreeText = house.FreeText ?? "",
                Drawing = new Drawing
                {
                    Strokes = (house.Drawing ?? [])
                        .Where(s => s is not null)
                        .Select(s => new Stroke { Color = s.Color ?? "", LineWidth = s.LineWidth, Points = [.. s.Points ?? []] })
                        .ToList(),
                },
            };
        }
        plan.HandedIn = ToRecord(document.HandedIn);
        plan.Rounds = (document.Rounds ?? []).Where(r => r is not null).Select(r => new PlanRound
        {
            Date = r.Date,
            ClosedOn = r.ClosedOn,
            HandedIn = ToRecord(r.HandedIn),
            Topics = Present(r.Topics).ToDictionary(t => t.Key, t => new RoundTopic
            {
                SmileyId = t.Value.SmileyId,
                Answers = new Dictionary<string, string>(Present(t.Value.Answers)),
                Skipped = t.Value.Skipped,
                TalkAbout = t.Value.TalkAbout,
            }),
            Houses = Present(r.Houses).ToDictionary(h => h.Key, h => new RoundHouse
            {
                GoingWell = h.Value.GoingWell ?? "",
                NotGoingWell = h.Value.NotGoingWell ?? "",
                FreeText = h.Value.FreeText ?? "",
            }),
        }).ToList();
        return plan;
    }

    /// <summary>
    /// The entries of a group that have a value. JSON allows <c>null</c> where the file should have a topic, house,
    /// answer or round (the types cannot say so); such an entry holds nothing, so it is read as absent, like a
    /// missing group.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, T>> Present<T>(Dictionary<string, T>? group) where T : class =>
        (group ?? []).Where(entry => entry.Value is not null);

    private static string WordFor(FilledInBy value) => FilledInByWords.FirstOrDefault(w => w.Value == value).Word ?? "zelf";
}
