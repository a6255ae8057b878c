namespace EigenPlan.Core.Plans;

/// <summary>
/// Merges two versions of a plan that both started from the same <c>base</c>: the one this device wants to save
/// (<c>mine</c>) and the one another device saved meanwhile (<c>theirs</c>). Per field: a field only one side changed
/// takes that side; a text both sides changed differently keeps <b>both</b> texts — theirs, then <see cref="Marker"/>,
/// then mine — so no word of either is lost; a smiley, flag or other single value both changed takes mine (the newest);
/// chosen Sociale Kaart entries and drawing strokes merge as sets: what either side added is kept, what one side removed
/// and the other left alone is removed. Earlier rounds are frozen, so they merge as a union: a round either side has is
/// kept. The inputs are not changed; the result shares no objects with them.
/// </summary>
public static partial class PlanMerge
{
    /// <summary>The line between two versions of one text.</summary>
    public const string Marker = "— Tweede versie (tegelijk ergens anders getypt) —";

    public static MergeResult ThreeWay(PlanContent @base, PlanContent mine, PlanContent theirs)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        var conflicts = new List<MergeConflict>();
        var merged = new PlanContent
        {
            MunicipalityId = mine.MunicipalityId,
            FormatId = mine.FormatId,
            // The language is a setting, not words: the device that saves last decides, like a page's own choice.
            Language = mine.Language,
            About = MergeAbout(@base.About, mine.About, theirs.About, conflicts),
        };
        foreach (var key in Keys(mine.Topics, theirs.Topics))
        {
            merged.Topics[key] = MergeTopic(key, Get(@base.Topics, key), Get(mine.Topics, key), Get(theirs.Topics, key), conflicts);
        }
        foreach (var id in Keys(mine.Houses, theirs.Houses))
        {
            merged.Houses[id] = MergeHouse(id, Get(@base.Houses, id), Get(mine.Houses, id), Get(theirs.Houses, id), conflicts);
        }
        merged.HandedIn = MergeHandedIn(@base.HandedIn, mine.HandedIn, theirs.HandedIn, conflicts);
        merged.Rounds = MergeRounds(mine.Rounds, theirs.Rounds);
        return new MergeResult(merged, conflicts);
    }

    private static AboutMe MergeAbout(AboutMe b, AboutMe m, AboutMe t, List<MergeConflict> conflicts)
    {
        var place = new MergePlace(MergeArea.About, null, null);
        return new AboutMe
        {
            Name = OptionalText(b.Name, m.Name, t.Name, place with { Field = "naam" }, conflicts),
            HelperName = OptionalText(b.HelperName, m.HelperName, t.HelperName, place with { Field = "helper" }, conflicts),
            Age = Value(b.Age, m.Age, t.Age, place with { Field = "leeftijd" }, conflicts),
            Date = Value(b.Date, m.Date, t.Date, place with { Field = "datum" }, conflicts),
            FilledInBy = Value(b.FilledInBy, m.FilledInBy, t.FilledInBy, place with { Field = "ingevuld_door" }, conflicts),
        };
    }

    private static TopicAnswers MergeTopic(string key, TopicAnswers? b, TopicAnswers? m, TopicAnswers? t, List<MergeConflict> conflicts)
    {
        b ??= new TopicAnswers();
        m ??= new TopicAnswers();
        t ??= new TopicAnswers();
        var place = new MergePlace(MergeArea.Topic, key, null);
        var merged = new TopicAnswers
        {
            SmileyId = Value(b.SmileyId, m.SmileyId, t.SmileyId, place with { Field = "smiley" }, conflicts),
            Skipped = Value(b.Skipped, m.Skipped, t.Skipped, place with { Field = "overgeslagen" }, conflicts),
            MarkedDone = Value(b.MarkedDone, m.MarkedDone, t.MarkedDone, place with { Field = "klaar" }, conflicts),
            TalkAbout = Value(b.TalkAbout, m.TalkAbout, t.TalkAbout, place with { Field = "praten" }, conflicts),
            ChosenEntries = Set(b.ChosenEntries, m.ChosenEntries, t.ChosenEntries, id => id),
        };
        foreach (var questionId in Keys(m.Answers, t.Answers))
        {
            merged.Answers[questionId] = Text(b.Answer(questionId), m.Answer(questionId), t.Answer(questionId),
                place with { Field = questionId }, conflicts);
        }
        return merged;
    }

    private static HouseNotes MergeHouse(string id, HouseNotes? b, HouseNotes? m, HouseNotes? t, List<MergeConflict> conflicts)
    {
        b ??= new HouseNotes();
        m ??= new HouseNotes();
        t ??= new HouseNotes();
        var place = new MergePlace(MergeArea.House, id, null);
        return new HouseNotes
        {
            GoingWell = Text(b.GoingWell, m.GoingWell, t.GoingWell, place with { Field = "gaat_goed" }, conflicts),
            NotGoingWell = Text(b.NotGoingWell, m.NotGoingWell, t.NotGoingWell, place with { Field = "gaat_niet_goed" }, conflicts),
            FreeText = Text(b.FreeText, m.FreeText, t.FreeText, place with { Field = "vrije_ruimte" }, conflicts),
            Drawing = new Drawing
            {
                Strokes = Set(b.Drawing.Strokes, m.Drawing.Strokes, t.Drawing.Strokes, StrokeKey)
                    .Select(s => new Stroke { Color = s.Color, LineWidth = s.LineWidth, Points = [.. s.Points] })
                    .ToList(),
            },
        };
    }

    /// <summary>Both changed a text differently: keep both, unless one side emptied it (then the other's words are all there is).</summary>
    private static string Text(string b, string m, string t, MergePlace place, List<MergeConflict> conflicts)
    {
        if (m == t || t == b)
        {
            return m;
        }
        if (m == b)
        {
            return t;
        }
        if (string.IsNullOrWhiteSpace(t))
        {
            conflicts.Add(new MergeConflict(place, MergeOutcome.MineKept));
            return m;
        }
        if (string.IsNullOrWhiteSpace(m))
        {
            conflicts.Add(new MergeConflict(place, MergeOutcome.TheirsKept));
            return t;
        }
        conflicts.Add(new MergeConflict(place, MergeOutcome.BothKept));
        return $"{t.TrimEnd()}\n\n{Marker}\n\n{m.TrimStart()}";
    }

    private static string? OptionalText(string? b, string? m, string? t, MergePlace place, List<MergeConflict> conflicts)
    {
        var merged = Text(b ?? "", m ?? "", t ?? "", place, conflicts);
        return merged.Length == 0 && m is null ? null : merged;
    }

    private static T Value<T>(T b, T m, T t, MergePlace place, List<MergeConflict> conflicts)
    {
        var comparer = EqualityComparer<T>.Default;
        if (comparer.Equals(m, t) || comparer.Equals(t, b))
        {
            return m;
        }
        if (comparer.Equals(m, b))
        {
            return t;
        }
        conflicts.Add(new MergeConflict(place, MergeOutcome.MineKept));
        return m;
    }

    /// <summary>
    /// Kept: what both have, and what either added. Removed: what one side removed and the other left alone. Mine in its
    /// order first, then what only theirs added.
    /// </summary>
    private static List<T> Set<T>(List<T> b, List<T> m, List<T> t, Func<T, string> key)
    {
        var inBase = b.Select(key).ToHashSet(StringComparer.Ordinal);
        var inMine = m.Select(key).ToHashSet(StringComparer.Ordinal);
        var inTheirs = t.Select(key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return m.Concat(t)
            .Where(item => key(item) is var k && ((inMine.Contains(k) && inTheirs.Contains(k)) || !inBase.Contains(k)) && seen.Add(k))
            .ToList();
    }

    private static string StrokeKey(Stroke s) =>
        $"{s.Color}|{s.LineWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{string.Join(',', s.Points.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)))}";

    private static IEnumerable<string> Keys<TValue>(Dictionary<string, TValue> mine, Dictionary<string, TValue> theirs) =>
        mine.Keys.Concat(theirs.Keys).Distinct(StringComparer.Ordinal);

    private static TValue? Get<TValue>(Dictionary<string, TValue> map, string key)
        where TValue : class => map.GetValueOrDefault(key);
}

/// <summary>The merged plan and every field both sides had changed.</summary>
public sealed record MergeResult(PlanContent Merged, IReadOnlyList<MergeConflict> Conflicts)
{
    /// <summary>True when some text now holds two versions: the page should say so.</summary>
    public bool KeptBothTexts => Conflicts.Any(c => c.Outcome == MergeOutcome.BothKept);
}

/// <summary>A field both sides changed, and what the merge did with it.</summary>
public sealed record MergeConflict(MergePlace Place, MergeOutcome Outcome);

/// <summary>
/// Where in the plan: <see cref="Key"/> is the topic key (<c>house.topic</c>) or house id, <see cref="Field"/> the
/// question id or the field's name as in the export file (<c>gaat_goed</c>, <c>smiley</c>, <c>naam</c>).
/// </summary>
public sealed record MergePlace(MergeArea Area, string? Key, string? Field);

/// <summary>The part of the plan a <see cref="MergePlace"/> is in.</summary>
public enum MergeArea
{
    About,
    Topic,
    House,
    /// <summary>The note that the plan was handed in (<c>ingeleverd</c>).</summary>
    HandIn,
}

/// <summary>What the merge kept of a field both sides changed.</summary>
public enum MergeOutcome
{
    /// <summary>Both texts, theirs then mine, with <see cref="PlanMerge.Marker"/> between.</summary>
    BothKept,
    /// <summary>This device's value (a single value, or the other side had emptied the text).</summary>
    MineKept,
    /// <summary>The other device's text (this device had emptied it).</summary>
    TheirsKept,
}
