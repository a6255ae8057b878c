namespace EigenPlan.Web.State;

/// <summary>
/// Puts two edits of one text together: <c>ours</c> and <c>theirs</c> both started from <c>base</c>. Each edit is
/// seen as one splice (what changed between the longest common start and the longest common end); when the two splices
/// touch different parts of the text, the result has both. The same rule runs in the tab (<c>js/pending-text.js</c>,
/// <c>rebase</c>), so the box and the server come to the same text. Typing goes on at the end or in the middle while the
/// server adds another device's text in front: those never overlap.
/// </summary>
public static class TextRebase
{
    /// <summary>Both edits in one text, or null when they change the same part of it.</summary>
    public static string? Apply(string @base, string ours, string theirs)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        if (ours == theirs || theirs == @base)
        {
            return ours;
        }
        if (ours == @base)
        {
            return theirs;
        }
        var mine = Splice.Between(@base, ours);
        var other = Splice.Between(@base, theirs);
        // On a tie (both insert at one place) theirs goes first: the server puts what it adds in front of the typing.
        if (other.End <= mine.Start)
        {
            return @base[..other.Start] + other.Inserted + @base[other.End..mine.Start] + mine.Inserted + @base[mine.End..];
        }
        if (mine.End <= other.Start)
        {
            return @base[..mine.Start] + mine.Inserted + @base[mine.End..other.Start] + other.Inserted + @base[other.End..];
        }
        return null;
    }

    /// <summary><c>from</c>[Start..End] was replaced by <see cref="Inserted"/>.</summary>
    private readonly record struct Splice(int Start, int End, string Inserted)
    {
        public static Splice Between(string from, string to)
        {
            var max = Math.Min(from.Length, to.Length);
            var prefix = 0;
            while (prefix < max && from[prefix] == to[prefix])
            {
                prefix++;
            }
            var suffix = 0;
            while (suffix < max - prefix && from[from.Length - 1 - suffix] == to[to.Length - 1 - suffix])
            {
                suffix++;
            }
            return new Splice(prefix, from.Length - suffix, to.Substring(prefix, to.Length - suffix - prefix));
        }
    }
}
