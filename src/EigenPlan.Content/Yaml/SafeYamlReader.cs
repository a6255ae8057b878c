using EigenPlan.Content.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EigenPlan.Content.Yaml;

/// <summary>
/// Reads a content file into a <see cref="YamlNode"/> tree from YamlDotNet's event stream, refusing anchors and
/// aliases and stopping at the depth and node limits while reading. Never recursive, so a 10,000-deep file cannot
/// overflow the stack (which is why <c>YamlStream.Load</c> is not used on these files).
/// </summary>
internal static class SafeYamlReader
{
    /// <summary>Returns the root node, or null when the text cannot be read (the reason is in <paramref name="problems"/>).</summary>
    public static YamlNode? Read(string text, ProblemList problems, YamlLimits limits) =>
        Read(new StringReader(text), problems, limits);

    /// <inheritdoc cref="Read(string, ProblemList, YamlLimits)"/>
    public static YamlNode? Read(TextReader input, ProblemList problems, YamlLimits limits)
    {
        var scanner = new Scanner(input, skipComments: true);
        var parser = new Parser(scanner);
        var open = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        if (++documents > 1)
                        {
                            problems.Error((int)start.Start.Line, (int)start.Start.Column, "Een bestand mag maar één YAML-document bevatten. Haal de regel met '---' weg.");
                            return null;
                        }

                        continue;
                    case DocumentStart:
                        documents++;
                        continue;
                    case AnchorAlias alias:
                        problems.Error((int)alias.Start.Line, (int)alias.Start.Column, AnchorMessage);
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        problems.Error((int)node.Start.Line, (int)node.Start.Column, AnchorMessage);
                        return null;
                }

                if (current is Scalar or MappingStart or SequenceStart && ++nodes > limits.MaxNodes)
                {
                    problems.Error((int)current.Start.Line, (int)current.Start.Column,
                        $"Het bestand heeft te veel onderdelen (meer dan {DutchText.Number(limits.MaxNodes)}). Maak het bestand kleiner.");
                    return null;
                }

                YamlNode? complete = null;
                switch (current)
                {
                    case Scalar scalar:
                        complete = new YamlScalar((int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                        break;
                    case MappingStart or SequenceStart:
                        if (open.Count >= limits.MaxDepth)
                        {
                            problems.Error((int)current.Start.Line, (int)current.Start.Column,
                                $"De gegevens zijn te diep genest (meer dan {limits.MaxDepth} niveaus). Maak de opbouw minder diep.");
                            return null;
                        }

                        open.Push(new Frame(current is MappingStart
                            ? new YamlMapping((int)current.Start.Line, (int)current.Start.Column)
                            : new YamlSequence((int)current.Start.Line, (int)current.Start.Column)));
                        break;
                    case MappingEnd or SequenceEnd:
                        complete = open.Pop().Node;
                        break;
                }

                if (complete is null)
                {
                    continue;
                }

                if (open.Count == 0)
                {
                    root = complete;
                }
                else if (!open.Peek().Add(complete, problems))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            // Some scanner errors (a tab used for indentation) carry position 1:1; the scanner's own position is then better.
            var at = ex.Start.Index == 0 && scanner.CurrentPosition.Index > 0 ? scanner.CurrentPosition : ex.Start;
            problems.Error((int)at.Line, (int)at.Column, YamlErrorText.ToDutch(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some broken input (an unclosed '[' followed by "key: value");
            // the list or group still open is the most likely culprit, so point there.
            if (open.Count > 0)
            {
                problems.Error(open.Peek().Node, "De YAML klopt niet: deze lijst of groep wordt niet afgesloten. Kijk of elke '[' een ']' heeft en elke '{' een '}'.");
            }
            else
            {
                problems.Error((int)scanner.CurrentPosition.Line, (int)scanner.CurrentPosition.Column, "De YAML klopt niet: hier loopt iets niet goed af.");
            }

            return null;
        }

        if (root is null or YamlScalar { IsNull: true })
        {
            problems.Error(1, 1, "Het bestand is leeg.");
            return null;
        }

        return root;
    }

    private const string AnchorMessage =
        "Ankers en verwijzingen ('&' en '*') zijn niet toegestaan. Schrijf de waarde gewoon helemaal uit.";

    /// <summary>A list or group being read, with the key that waits for its value.</summary>
    private sealed class Frame(YamlNode node)
    {
        private YamlScalar? _pendingKey;

        public YamlNode Node { get; } = node;

        /// <summary>Adds a finished child; false when the file must be refused (a key that is not text).</summary>
        public bool Add(YamlNode child, ProblemList problems)
        {
            if (Node is YamlSequence sequence)
            {
                sequence.Items.Add(child);
                return true;
            }

            var mapping = (YamlMapping)Node;
            if (_pendingKey is null)
            {
                if (child is not YamlScalar key)
                {
                    problems.Error(child, "Een sleutel moet een woord zijn, geen lijst of groep.");
                    return false;
                }

                _pendingKey = key;
                return true;
            }

            if (mapping.Find(_pendingKey.Value) is { } earlier)
            {
                problems.Error(_pendingKey, $"Het veld '{_pendingKey.Value}' staat er al op regel {earlier.Key.Line}. Een veld mag maar één keer voorkomen.");
            }
            else
            {
                mapping.Entries.Add(new YamlEntry(_pendingKey, child));
            }

            _pendingKey = null;
            return true;
        }
    }
}
