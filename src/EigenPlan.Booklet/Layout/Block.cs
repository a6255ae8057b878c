using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Layout;

/// <summary>A run of drawing operations with one accessibility role, drawn in order on one page.</summary>
public sealed class Block
{
    internal Block(BlockTag tag, string? altText)
    {
        Tag = tag;
        AltText = altText;
    }

    public BlockTag Tag { get; }
    /// <summary>Alt text for figures and links.</summary>
    public string? AltText { get; }
    /// <summary>Where the block is on the page; required for figures and links.</summary>
    public XRect Bounds { get; set; }
    /// <summary>For <see cref="BlockTag.WebLink"/>: the address (https:, tel:, mailto:).</summary>
    public string? Uri { get; set; }
    /// <summary>For <see cref="BlockTag.PageLink"/>: the anchor of the page to go to.</summary>
    public string? TargetAnchor { get; set; }
    public List<IDrawable> Items { get; } = [];

    public Block Add(IDrawable item)
    {
        Items.Add(item);
        return this;
    }
}
