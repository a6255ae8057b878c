namespace EigenPlan.Content;

/// <summary>What kind of block a <see cref="PlainBlock"/> is.</summary>
public enum PlainBlockKind
{
    /// <summary>A paragraph (also a heading, with bold runs, and the later paragraphs of a list item).</summary>
    Paragraph,

    /// <summary>The first paragraph of a list item: draw a bullet, or <see cref="PlainBlock.Number"/> when set.</summary>
    ListItem,
}

/// <summary>
/// One block of Markdown as plain text for the booklet. <see cref="Level"/> is the list depth (0 outside lists);
/// <see cref="Number"/> is set for items of a numbered list.
/// </summary>
public sealed record PlainBlock(PlainBlockKind Kind, IReadOnlyList<TextRun> Runs)
{
    public int Level { get; init; }

    public int? Number { get; init; }

    /// <summary>All runs as one string, without marking bold.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A piece of text, bold or not. <c>\n</c> inside <see cref="Text"/> is a hard line break.</summary>
public sealed record TextRun(string Text, bool Bold);
