using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Tests;

/// <summary>Plans for tests and the benchmark: a filled-in plan whose answers carry a unique marker word per topic and question.</summary>
public static class SamplePlans
{
    private static readonly string[] Sentences =
    [
        "Het gaat met ups en downs, maar ik merk dat ik sterker word.",
        "Mijn zus belt elke week en dat helpt me echt.",
        "Soms weet ik niet waar ik moet beginnen, dan schrijf ik het op.",
        "Ik wil graag weer iets doen waar ik blij van word.",
        "De buurvrouw haalt soms boodschappen voor me als ik moe ben.",
        "Ik ben trots dat ik de rekeningen nu zelf betaal.",
    ];

    /// <summary>The marker word that proves an answer landed on its own page: letters only, so PDF word extraction keeps it whole.</summary>
    public static string Marker(string topicKey, string questionId) =>
        "kenmerk" + new string((topicKey + questionId).Where(char.IsAsciiLetter).ToArray());

    public static PlanContent Filled(Format format, Municipality municipality, int paragraphs = 1, bool markers = true)
    {
        var plan = new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id };
        plan.About = new AboutMe
        {
            Name = "Anouk de Vries-Çelik",
            Age = 47,
            Date = new DateOnly(2026, 3, 12),
            FilledInBy = FilledInBy.ClientSupporter,
            HelperName = "Joëlle Bakker",
        };

        var faces = format.Smileys.Select(s => s.Id).ToList();
        var topicIndex = 0;
        foreach (var house in format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                var answers = plan.Topic(topic.Key);
                answers.SmileyId = faces[topicIndex % faces.Count];
                foreach (var question in format.Questions)
                {
                    answers.Answers[question.Id] = Answer(markers ? Marker(topic.Key, question.Id) + ". " : "", paragraphs, topicIndex + question.Id.Length);
                }

                if (topicIndex % 2 == 0)
                {
                    answers.ChosenEntries.AddRange(municipality.EntriesFor(topic.Key).Take(1).Select(e => e.Id));
                }
                topicIndex++;
            }

            var notes = plan.House(house.Id);
            notes.GoingWell = $"Ik heb een fijne plek en mijn dochter komt vaak langs. Het café op de hoek is gezellig. ({house.Title})";
            notes.NotGoingWell = "Ik slaap slecht en maak me zorgen over de energierekening van €180 per maand.";
            notes.FreeText = "Wat ik nog kwijt wil: ik vind het fijn dat ik dit zelf mag opschrijven. Ik heb ’s avonds de meeste rust.";
            notes.Drawing = SampleDrawing(topicIndex);
        }

        // An entry that the municipality has since removed from its map.
        plan.Topic(format.Houses[0].Topics[0].Key).ChosenEntries.Add("opgeheven-dienst");
        return plan;
    }

    /// <summary>
    /// A filled plan in its second round: three topics flagged "Hier wil ik over praten" (one of them left empty), three
    /// topics with nothing in them (two next to each other), one skipped after writing, an earlier round half a year
    /// before with other faces, and a hand-in note.
    /// </summary>
    public static PlanContent SecondRound(Format format, Municipality municipality, bool markers = false)
    {
        var plan = Filled(format, municipality, paragraphs: 1, markers);
        var topics = format.Topics.ToList();
        foreach (var index in new[] { 0, 3, 9 })
        {
            plan.Topic(topics[index].Key).TalkAbout = true;
        }

        // Huishouden, and Leren and Vrije tijd next to each other: nothing filled in. Vrije tijd is flagged all the same.
        foreach (var index in new[] { 3, 6, 7 })
        {
            var answers = plan.Topic(topics[index].Key);
            (answers.SmileyId, answers.Answers, answers.ChosenEntries) = (null, [], []);
        }

        plan.Topic(topics[7].Key).TalkAbout = true;
        plan.Topic(topics[11].Key).Skipped = true;

        var faces = format.Smileys.Select(s => s.Id).ToList();
        var round = new PlanRound { Date = new DateOnly(2025, 9, 15), ClosedOn = new DateOnly(2026, 3, 1) };
        for (var i = 0; i < topics.Count; i++)
        {
            if (i != 5)
            {
                round.Topics[topics[i].Key] = new RoundTopic { SmileyId = faces[(i + 1) % faces.Count], Answers = { ["nu"] = "Toen ging het anders." } };
            }
        }

        plan.Rounds.Add(new PlanRound { Date = new DateOnly(2025, 3, 3), ClosedOn = new DateOnly(2025, 9, 1) });
        plan.Rounds.Add(round);
        plan.HandedIn = new HandInRecord { Date = new DateOnly(2026, 3, 20), To = "Wijkteam Almere, mevrouw De Vries" };
        return plan;
    }

    private static string Answer(string prefix, int paragraphs, int seed)
    {
        var text = new List<string>();
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = Enumerable.Range(0, 4).Select(i => Sentences[(seed + p + i) % Sentences.Length]);
            text.Add((p == 0 ? prefix : "") + string.Join(" ", sentences));
        }

        return string.Join("\n\n", text);
    }

    /// <summary>A house with a sun and a path of a few hundred points, like a finger drawing.</summary>
    public static Drawing SampleDrawing(int seed)
    {
        var drawing = new Drawing();
        drawing.Strokes.Add(new Stroke { Color = "#1B1B1B", LineWidth = 6, Points = [200, 600, 200, 350, 350, 200, 500, 350, 500, 600, 200, 600] });
        var sun = new Stroke { Color = "#E0A100", LineWidth = 8 };
        for (var a = 0; a <= 360; a += 10)
        {
            sun.Points.Add(800 + (70 * MathF.Cos(a * MathF.PI / 180)));
            sun.Points.Add(150 + (70 * MathF.Sin(a * MathF.PI / 180)));
        }

        drawing.Strokes.Add(sun);
        var path = new Stroke { Color = "#2E6B30", LineWidth = 4 };
        for (var i = 0; i < 300; i++)
        {
            path.Points.Add(500 + (i * 1.6f));
            path.Points.Add(620 + (30 * MathF.Sin((i + seed) / 12f)));
        }

        drawing.Strokes.Add(path);
        return drawing;
    }
}
