using System.Text;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Validation;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content;

/// <summary>
/// The shared first steps for any content file: size limit, safe YAML reading, schema check and "id equals file name".
/// </summary>
internal static class ContentFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Returns the root group (even when it has problems, so later rules can report more), or null when unreadable.
    /// <paramref name="checkFileId"/> is false for files without an <c>id</c> of their own (translations).
    /// </summary>
    public static YamlMapping? Read(string path, ObjectSchema schema, LoadContext context, ProblemList problems, bool checkFileId = true)
    {
        var root = ReadTree(path, context.Limits, problems);
        if (root is null)
        {
            return null;
        }

        new SchemaValidator(problems, context.Today).Validate(root, schema, "");
        if (root is not YamlMapping mapping)
        {
            return null;
        }

        if (checkFileId)
        {
            FileIdRule.Check(mapping, Path.GetFileNameWithoutExtension(path), problems);
        }

        return mapping;
    }

    /// <summary>
    /// Streams the file into the reader instead of loading it as one string first: a 200 KB file would otherwise be a
    /// large-object-heap string, and hundreds of those make the garbage collector run full collections.
    /// </summary>
    private static YamlNode? ReadTree(string path, YamlLimits limits, ProblemList problems)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > limits.MaxFileBytes)
            {
                problems.Error(1, 1, $"Het bestand is te groot ({Megabytes(stream.Length)} MB). Een bestand mag hoogstens {Megabytes(limits.MaxFileBytes)} MB zijn.");
                return null;
            }

            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
            return SafeYamlReader.Read(reader, problems, limits);
        }
        catch (DecoderFallbackException)
        {
            problems.Error(1, 1, "Het bestand is niet opgeslagen als UTF-8. Sla het opnieuw op met tekenset UTF-8.");
        }
        catch (IOException ex)
        {
            problems.Error(1, 1, $"Het bestand kan niet worden gelezen ({ex.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            problems.Error(1, 1, "Het bestand kan niet worden gelezen: geen toegang.");
        }

        return null;
    }

    private static string Megabytes(long bytes) =>
        DutchText.Decimal(bytes / (1024.0 * 1024.0), bytes % (1024 * 1024) == 0 ? "0" : "0.0");
}
