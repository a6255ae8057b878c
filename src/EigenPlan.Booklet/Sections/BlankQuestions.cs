using EigenPlan.Booklet.Layout;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// A topic's questions in the blank booklet, with room to write by hand: at least <see cref="MinLinesMain"/> lines for
/// a main question and <see cref="MinLinesSub"/> for a sub-question. A main question stays on one page with its
/// sub-questions; what does not fit moves to a "vervolg" page. The lines a page has left over are shared out over its
/// questions, so every page is filled and no box is split over two pages.
/// </summary>
internal static class BlankQuestions
{
    public const int MinLinesMain = 5;
    public const int MinLinesSub = 3;

    /// <summary>
    /// Writes <paramref name="boxes"/> from the cursor on. <paramref name="reserveAtEnd"/> is kept free under the last
    /// question when that is on a follow-up page, for the suggestions that continue there; when it does not fit, nothing
    /// is kept free and the suggestions go to a page of their own.
    /// </summary>
    public static void Write(PageFlow flow, IReadOnlyList<WritingBox> boxes, double gap, double reserveAtEnd)
    {
        var groups = Groups(boxes);
        for (var next = 0; next < groups.Count;)
        {
            if (next > 0)
            {
                flow.BreakPage();
            }

            var page = new List<WritingBox>();
            var used = 0.0;
            for (; next < groups.Count; next++)
            {
                var height = groups[next].Sum(b => b.ChromeHeight(flow) + WritingBox.HeightOfBlankLines(MinLines(b)) + gap);
                if (page.Count > 0 && used + height > flow.Remaining)
                {
                    break;
                }

                page.AddRange(groups[next]);
                used += height;
            }

            var room = flow.Remaining - used;
            if (next == groups.Count && flow.Page.IsContinuation && reserveAtEnd <= room)
            {
                room -= reserveAtEnd;
            }

            foreach (var box in Share(page, (int)Math.Floor(room / WritingBox.LineSpacing)))
            {
                box.Write(flow);
                flow.Space(gap);
            }
        }
    }

    /// <summary>
    /// Gives every box its minimum, then hands out <paramref name="extraLines"/> one at a time to the box with the
    /// fewest lines for its weight: main questions end up with about half as many lines again as sub-questions.
    /// </summary>
    public static List<WritingBox> Share(IReadOnlyList<WritingBox> boxes, int extraLines)
    {
        var counts = boxes.Select(MinLines).ToArray();
        for (var added = 0; added < extraLines && counts.Length > 0; added++)
        {
            var neediest = 0;
            for (var i = 1; i < counts.Length; i++)
            {
                if (counts[i] / Weight(boxes[i]) < counts[neediest] / Weight(boxes[neediest]))
                {
                    neediest = i;
                }
            }

            counts[neediest]++;
        }

        return boxes.Select((b, i) => b with { BlankLines = counts[i] }).ToList();
    }

    private static bool IsSubQuestion(WritingBox box) => box.Indent > 0;

    private static int MinLines(WritingBox box) => IsSubQuestion(box) ? MinLinesSub : MinLinesMain;

    private static double Weight(WritingBox box) => IsSubQuestion(box) ? 2 : 3;

    /// <summary>Each main question with the sub-questions under it.</summary>
    private static List<List<WritingBox>> Groups(IReadOnlyList<WritingBox> boxes)
    {
        var groups = new List<List<WritingBox>>();
        foreach (var box in boxes)
        {
            if (!IsSubQuestion(box) || groups.Count == 0)
            {
                groups.Add([]);
            }

            groups[^1].Add(box);
        }

        return groups;
    }
}
