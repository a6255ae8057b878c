namespace EigenPlan.Booklet.Layout;

/// <summary>The accessibility role of a block of drawn content; maps onto PDF structure tags.</summary>
public enum BlockTag
{
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    /// <summary>A picture (house, smiley, drawing); needs alt text.</summary>
    Figure,
    /// <summary>Page furniture a screen reader skips: tabs, footers, box borders, ruled lines.</summary>
    Artifact,
    /// <summary>A clickable link to a web address, phone number or e-mail address.</summary>
    WebLink,
    /// <summary>A clickable link to another page of the booklet (table of contents).</summary>
    PageLink,
}
