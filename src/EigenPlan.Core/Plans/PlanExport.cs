using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>
/// A plan as a versioned JSON file (<c>{ "formaat": "eigenplan-export", "versie": 2, … }</c>): what the resident
/// downloads, what the CLI turns into a booklet, and the plaintext the store encrypts.
/// <see cref="Parse(ReadOnlySpan{byte})"/> only checks the structure; <see cref="Import(ReadOnlySpan{byte}, Format, Municipality, DateOnly?)"/>
/// also checks every id and value against the format and municipality.
/// </summary>
public static class PlanExport
{
    public const string Marker = "eigenplan-export";
    /// <summary>
    /// 2 added "Hier wil ik over praten" (<c>praten</c>), the hand-in note (<c>ingeleverd</c>) and earlier rounds
    /// (<c>rondes</c>). Files of version 1 read as plans without them.
    /// </summary>
    public const int Version = 2;
    /// <summary>Far above the largest plan the limits allow (text fields and full drawings), far below harm.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    public static byte[] ToUtf8Json(PlanContent plan, DateTimeOffset exportedAt, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.SerializeToUtf8Bytes(PlanExportMapping.ToDocument(plan, exportedAt), indented ? Indented : Compact);
    }

    public static string ToJson(PlanContent plan, DateTimeOffset exportedAt) =>
        System.Text.Encoding.UTF8.GetString(ToUtf8Json(plan, exportedAt));

    /// <summary>Reads a file or stream of at most <see cref="MaxBytes"/>; checks structure only.</summary>
    public static PlanImportResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadLimited(stream);
        return bytes is null ? TooBig() : Parse(bytes);
    }

    /// <summary>
    /// Reads the JSON into a plan as written, without checking ids against a format. Fails (never throws) on bad JSON,
    /// another marker, a newer version, a missing gemeente or plan_formaat, or a file over <see cref="MaxBytes"/>.
    /// </summary>
    public static PlanImportResult Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBytes)
        {
            return TooBig();
        }
        PlanExportDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PlanExportDocument>(utf8Json, Compact);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1})" : "";
            return PlanImportResult.Failed($"Dit is geen geldig plan-bestand{where}: {e.Message}");
        }
        if (document?.Marker != Marker)
        {
            return PlanImportResult.Failed($"Dit is geen Eigen Plan-bestand: \"formaat\" moet \"{Marker}\" zijn.");
        }
        if (document.Version is < 1 or > Version)
        {
            return PlanImportResult.Failed($"Dit bestand heeft versie {document.Version}. Dit programma kent versie 1 tot en met {Version}.");
        }
        if (string.IsNullOrWhiteSpace(document.MunicipalityId) || string.IsNullOrWhiteSpace(document.FormatId))
        {
            return PlanImportResult.Failed("In dit bestand staat niet bij welke gemeente of welk formaat het plan hoort.");
        }
        var warnings = new List<string>();
        var plan = PlanExportMapping.ToPlan(document, warnings);
        return new PlanImportResult(plan, [], warnings);
    }

    /// <summary>Parses, then replays every value through <see cref="PlanExportValidator"/> into a clean plan.</summary>
    /// <param name="utf8Json">The file.</param>
    /// <param name="format">The plan's format.</param>
    /// <param name="municipality">The plan's municipality.</param>
    /// <param name="today">For dates that cannot lie in the future (the hand-in note); today's local date when null.</param>
    public static PlanImportResult Import(ReadOnlySpan<byte> utf8Json, Format format, Municipality municipality, DateOnly? today = null)
    {
        var parsed = Parse(utf8Json);
        return parsed.Plan is null ? parsed : PlanExportValidator.Validate(parsed.Plan, format, municipality, parsed.Warnings, today);
    }

    /// <inheritdoc cref="Import(ReadOnlySpan{byte}, Format, Municipality, DateOnly?)"/>
    public static PlanImportResult Import(Stream stream, Format format, Municipality municipality, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadLimited(stream);
        return bytes is null ? TooBig() : Import(bytes, format, municipality, today);
    }

    private static byte[]? ReadLimited(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    private static PlanImportResult TooBig() =>
        PlanImportResult.Failed($"Dit bestand is te groot. Een plan-bestand is hoogstens {MaxBytes / (1024 * 1024)} MB.");

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        WriteIndented = indented,
        MaxDepth = 16,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A key twice ("onderwerpen" or one answer) would otherwise let the last silently replace the first: words lost
        // without a message. The export never writes a key twice, so only an edited or broken file has one.
        AllowDuplicateProperties = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep é and ë readable in the downloaded file; HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

/// <summary>
/// The outcome of reading a plan file: the plan (null when it could not be used), errors that stopped it, and
/// warnings about parts that were left out or changed (e.g. a question this format does not have).
/// </summary>
public sealed record PlanImportResult(PlanContent? Plan, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Plan is not null;

    internal static PlanImportResult Failed(params string[] errors) => new(null, errors, []);
}
