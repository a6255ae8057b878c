using System.Buffers;
using EigenPlan.Content.Problems;

namespace EigenPlan.Content.Yaml;

/// <summary>
/// Reads a content file into a <see cref="YamlNode"/> tree. Tries the <see cref="FastYamlReader"/> first: it covers the
/// YAML people write in content files and is several times quicker than a full parser, which matters for 342
/// municipalities at start-up. Anything it does not know for certain, and every file with a mistake, goes to
/// <see cref="EventYamlReader"/> (YamlDotNet), so messages, positions and the refusal of anchors stay exactly the same.
/// </summary>
internal static class SafeYamlReader
{
    /// <summary>Returns the root node, or null when the file cannot be read (the reason is in <paramref name="problems"/>).</summary>
    public static YamlNode? Read(string text, ProblemList problems, YamlLimits limits) =>
        Read(new StringReader(text), problems, limits);

    /// <inheritdoc cref="Read(string, ProblemList, YamlLimits)"/>
    public static YamlNode? Read(TextReader input, ProblemList problems, YamlLimits limits)
    {
        var (buffer, length) = ReadAll(input);
        try
        {
            if (FastYamlReader.TryRead(buffer, length, limits) is { } root)
            {
                return root;
            }

            return EventYamlReader.Read(new StringReader(new string(buffer, 0, length)), problems, limits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads all text into a pooled buffer: files are read one after the other on a few threads, so the buffers are
    /// reused instead of each file becoming a new large-object-heap string.
    /// </summary>
    private static (char[] Buffer, int Length) ReadAll(TextReader input)
    {
        var buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = input.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return (buffer, length);
            }

            length += read;
        }
    }
}
