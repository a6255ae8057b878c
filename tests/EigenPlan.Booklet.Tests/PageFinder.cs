namespace EigenPlan.Booklet.Tests;

/// <summary>Finds booklet pages by their text, the way a person leafing through would.</summary>
public static class PageFinder
{
    public static string Text(string[] words) => string.Join(' ', words);

    /// <summary>Zero-based indexes of the pages of a topic: its first page (house name then title in the header) and its "vervolg" pages.</summary>
    public static List<int> TopicPages(List<string[]> pages, string houseTitle, string topicTitle)
    {
        var result = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var text = Text(pages[i]);
            if (text.StartsWith($"{houseTitle} {topicTitle} ", StringComparison.Ordinal)
                || text.StartsWith($"{topicTitle} (vervolg)", StringComparison.Ordinal))
            {
                result.Add(i);
            }
        }

        return result;
    }
}
