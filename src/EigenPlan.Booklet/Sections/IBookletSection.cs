using EigenPlan.Booklet.Layout;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// One part of the booklet. Sections are composed in order into one <see cref="PageFlow"/>; a section starts its own
/// page(s) with <see cref="PageFlow.NewPage"/> and sets the anchors of its table-of-contents entries with
/// <see cref="PageFlow.Anchor"/>. Other projects (e.g. the shared plan) add sections through
/// <see cref="Model.BookletModel.ExtraSections"/>.
/// </summary>
public interface IBookletSection
{
    /// <summary>What this section adds to the table of contents; known before layout, so the contents page can be laid out first.</summary>
    IReadOnlyList<ContentsEntry> ContentsEntries { get; }

    void Compose(PageFlow flow);
}

/// <summary>A line in the table of contents: level 0 for a part, level 1 for a page inside it.</summary>
public sealed record ContentsEntry(string Title, int Level, string Anchor);
