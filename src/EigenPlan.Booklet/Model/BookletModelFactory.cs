using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Model;

/// <summary>Turns the format, the municipality and (optionally) a plan into a <see cref="BookletModel"/>; the same as <see cref="BookletModel.Create"/>.</summary>
public static class BookletModelFactory
{
    /// <param name="format">
    /// The format in the booklet's language (<c>IContentCatalog.FormatOf(municipality, language)</c>); its
    /// <see cref="Format.Language"/> picks the booklet's words unless <see cref="BookletOptions.Language"/> does.
    /// </param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="plan">The plan, or null for the blank booklet.</param>
    /// <param name="options">How to produce it.</param>
    /// <param name="dutchFormat">
    /// The Dutch format: beside each translated house, topic and question the booklet prints its Dutch words, so the
    /// municipality can follow the plan. Ignored for a Dutch format; without it a translated booklet has no Dutch lines.
    /// </param>
    public static BookletModel Create(Format format, Municipality municipality, PlanContent? plan, BookletOptions? options = null, Format? dutchFormat = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        options ??= new BookletOptions();
        var words = BookletWords.For(options.Language ?? format.Language);
        var dutch = words.Language.IsDutch ? null : dutchFormat;
        var questions = OrderQuestions(format.Questions);
        var houses = format.Houses
            .Select((house, index) => CreateHouse(house, index, questions, format, plan, words, dutch))
            .ToList();
        var municipalityName = BookletText.Clean(municipality.Name, 200);

        return new BookletModel
        {
            Words = words,
            Title = BookletWords.Format(words.PdfTitle, municipalityName),
            MunicipalityName = municipalityName,
            MunicipalityId = municipality.Id,
            IsBlank = plan is null,
            IsSample = municipality.IsSample,
            Cover = plan is null ? new BookletCover(null, null, null, null) : CreateCover(plan.About, options.Clock, words),
            Smileys = format.Smileys
                .OrderBy(s => s.ZrmLevel ?? int.MaxValue)
                .Select(s => new BookletSmiley(s.Id, BookletText.Clean(s.Label, 100), s.ZrmLevel))
                .ToList(),
            Houses = houses,
            Tips = SocialMapTipsBuilder.Build(municipality, houses, plan),
            HelpContacts = [municipality.Wijkteam, municipality.ClientSupport],
            Options = options,
            HandIn = CreateHandIn(municipality.HandIn),
            HandedIn = plan?.HandedIn is { } handedIn
                ? new BookletHandedIn(handedIn.Date, BookletText.Clean(handedIn.To, PlanLimits.MaxNameLength))
                : null,
            EarlierRounds = plan?.Rounds.Select(r => r.Date).ToList() ?? [],
        };
    }

    private static BookletHandIn? CreateHandIn(HandInDetails? handIn) => handIn is null ? null : new BookletHandIn(
        BookletText.Clean(handIn.When, 1000),
        BookletText.Clean(handIn.Email, 200),
        BookletText.Clean(handIn.PostalAddress, 300),
        BookletText.Clean(handIn.UploadPage, 300),
        BookletText.Clean(handIn.Phone, 50));

    /// <summary>Main questions in format order, each followed by its sub-questions, as on the paper page.</summary>
    private static List<Question> OrderQuestions(IReadOnlyList<Question> questions)
    {
        var mainIds = questions.Where(q => q.ParentId is null).Select(q => q.Id).ToHashSet();
        var ordered = new List<Question>();
        foreach (var question in questions.Where(q => q.ParentId is null || !mainIds.Contains(q.ParentId)))
        {
            ordered.Add(question);
            ordered.AddRange(questions.Where(q => q.ParentId == question.Id && q.ParentId != q.Id));
        }

        return ordered;
    }

    private static BookletHouse CreateHouse(House house, int index, List<Question> questions, Format format, PlanContent? plan, BookletWords words, Format? dutch)
    {
        var notes = plan?.Houses.GetValueOrDefault(house.Id);
        var then = plan?.Rounds.Count > 0 ? plan.Rounds[^1] : null;
        var topics = house.Topics.Select(topic =>
        {
            var answers = plan?.Topics.GetValueOrDefault(topic.Key);
            var attention = plan is null ? null : PlanAttention.NotFilledInFor(topic, answers, format);
            return new BookletTopic(
                topic.Key,
                BookletText.Clean(topic.Title, 200),
                BookletText.Clean(topic.Essence, 500),
                topic.Suggestions.Select(s => BookletText.Clean(s, 500)).Where(s => s.Length > 0).ToList(),
                answers?.SmileyId,
                questions.Select(q => new BookletQuestion(
                    q.Id,
                    BookletText.Clean(q.Label, 200),
                    q.ParentId is not null && questions.Any(p => p.Id == q.ParentId && p.ParentId is null),
                    BookletText.Clean(answers?.Answer(q.Id)))
                {
                    DutchLabel = DutchBeside(q.Label, dutch?.FindQuestion(q.Id)?.Label),
                }).ToList())
            {
                TalkAbout = answers?.TalkAbout == true,
                AttentionNote = TranslateNote(attention?.Note, words),
                IsEmpty = attention is { IsEmpty: true },
                ThenSmileyId = then?.SmileyOf(topic.Key),
                DutchTitle = DutchBeside(topic.Title, dutch?.FindTopic(topic.Key)?.Title),
            };
        }).ToList();

        return new BookletHouse(
            index,
            house.Id,
            BookletText.Clean(house.Title, 200),
            house.Color,
            house.Icon,
            BookletText.Clean(house.Intro, 500),
            topics,
            BookletText.Clean(notes?.GoingWell),
            BookletText.Clean(notes?.NotGoingWell),
            BookletText.Clean(notes?.FreeText),
            CleanDrawing(notes?.Drawing))
        {
            DutchTitle = DutchBeside(house.Title, dutch?.FindHouse(house.Id)?.Title),
        };
    }

    /// <summary>The Dutch words beside translated ones; null when there is no Dutch format or nothing to add.</summary>
    private static string? DutchBeside(string translated, string? dutch)
    {
        var clean = BookletText.Clean(dutch, 200);
        return clean.Length > 0 && clean != BookletText.Clean(translated, 200) ? clean : null;
    }

    /// <summary>Core's two notes are Dutch sentences; the booklet prints them in its own language.</summary>
    private static string? TranslateNote(string? note, BookletWords words) => note switch
    {
        PlanAttention.NotFilledInNote => words.NotFilledInNote,
        PlanAttention.SkippedNote => words.SkippedNote,
        _ => note,
    };

    private static BookletCover CreateCover(AboutMe about, TimeProvider clock, BookletWords words)
    {
        var helper = BookletText.Clean(about.HelperName, PlanLimits.MaxNameLength);
        var helpLine = about.FilledInBy switch
        {
            FilledInBy.ClientSupporter => helper.Length > 0 ? BookletWords.Format(words.HelpClientSupporterNamed, helper) : words.HelpClientSupporter,
            FilledInBy.SomeoneIKnow => helper.Length > 0 ? BookletWords.Format(words.HelpSomeoneNamed, helper) : words.HelpSomeone,
            _ => words.SelfFilledIn,
        };
        var name = BookletText.Clean(about.Name, PlanLimits.MaxNameLength);
        var age = about.Age is >= 0 and < 150 ? about.Age : null;
        var date = about.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new BookletCover(name.Length > 0 ? name : null, age, date, helpLine);
    }

    /// <summary>Keeps only finite points inside the canvas and within the plan limits, so a forged drawing cannot blow up.</summary>
    private static List<BookletStroke> CleanDrawing(Drawing? drawing)
    {
        var strokes = new List<BookletStroke>();
        var budget = PlanLimits.MaxPointsPerDrawing * 2;
        foreach (var stroke in drawing?.Strokes.Take(PlanLimits.MaxStrokesPerDrawing) ?? [])
        {
            var points = new List<float>();
            for (var i = 0; i + 1 < stroke.Points.Count && budget > 0; i += 2, budget -= 2)
            {
                var (x, y) = (stroke.Points[i], stroke.Points[i + 1]);
                if (float.IsFinite(x) && float.IsFinite(y))
                {
                    points.Add(Math.Clamp(x, 0, Drawing.Width));
                    points.Add(Math.Clamp(y, 0, Drawing.Height));
                }
            }

            if (points.Count >= 2)
            {
                var width = float.IsFinite(stroke.LineWidth) ? Math.Clamp(stroke.LineWidth, 0.5f, 40f) : 4f;
                strokes.Add(new BookletStroke(stroke.Color ?? "#1B1B1B", width, points));
            }
        }

        return strokes;
    }
}
