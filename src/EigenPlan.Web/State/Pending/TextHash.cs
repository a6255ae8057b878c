namespace EigenPlan.Web.State.Pending;

/// <summary>
/// A 53-bit non-cryptographic hash of a text (cyrb53), computed the same way here and in <c>wwwroot/js/pending-text.js</c>
/// over UTF-16 code units. The page keeps only hashes of the texts it typed before (never the texts), and the server
/// tells it which text is stored by its hash: equal hashes mean equal texts, with a chance of a false match of about
/// one in 2^53 per comparison. A false match could only drop a buffer entry early, never change the plan.
/// </summary>
public static class TextHash
{
    /// <summary>The hash as a number below 2^53, exact in a JavaScript number.</summary>
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var h1 = 0xdeadbeefu;
        var h2 = 0x41c6ce57u;
        foreach (var c in text)
        {
            h1 = unchecked((h1 ^ c) * 2654435761u);
            h2 = unchecked((h2 ^ c) * 1597334677u);
        }
        h1 = unchecked((h1 ^ (h1 >> 16)) * 2246822507u);
        h1 ^= unchecked((h2 ^ (h2 >> 13)) * 3266489909u);
        h2 = unchecked((h2 ^ (h2 >> 16)) * 2246822507u);
        h2 ^= unchecked((h1 ^ (h1 >> 13)) * 3266489909u);
        return ((long)(h2 & 0x1fffff) << 32) | h1;
    }
}
