using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Reads an HSDS package folder. A package comes from elsewhere, so nothing in it is trusted: a resource path must
/// name a file inside the folder (not absolute, no <c>..</c>, not a web address, and not a symlink that leads out),
/// and every problem is reported with its file instead of stopping at the first.
/// </summary>
internal static class HsdsPackageReader
{
    /// <summary>A CSV file larger than this is refused: a Sociale Kaart is a few megabytes at most.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>A descriptor larger than this is refused: the official one, with every table's schema, is about 120 KB.</summary>
    public const long MaxDescriptorBytes = 10L * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];

    public static HsdsReadResult Read(string directory)
    {
        var problems = new List<HsdsProblem>();
        var root = PackagePaths.RealPath(Path.GetFullPath(directory));
        if (root is null || !Directory.Exists(root))
        {
            problems.Add(new HsdsProblem(directory, 0, "Deze map bestaat niet of kan niet worden gelezen."));
            return new HsdsReadResult(null, problems);
        }

        var package = new HsdsPackage();
        var resources = File.Exists(Path.Combine(root, HsdsDescriptor.FileName))
            ? FromDescriptor(root, package, problems)
            : Directory.GetFiles(root, "*.csv").Order(StringComparer.Ordinal)
                .Select(path => (Name: HsdsTables.TableOfFile(Path.GetFileName(path)), Path: Path.GetFileName(path), Where: Path.GetFileName(path)))
                .ToList();
        foreach (var (name, relative, where) in resources)
        {
            var path = PackagePaths.Inside(root, relative, where, problems);
            if (path is null || !relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue; // a refused path is a problem already; other kinds of files are not tables we read
            }

            if (!File.Exists(path))
            {
                problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"{where}: het bestand '{relative}' staat niet in de map van het pakket."));
            }
            else if (new FileInfo(path).Length > MaxFileBytes)
            {
                problems.Add(new HsdsProblem(relative, 0, $"Het bestand is groter dan {MaxFileBytes / (1024 * 1024)} MB en wordt niet gelezen."));
            }
            else if (ReadTable(path, relative, problems) is not { } table)
            {
                continue; // the problem is reported
            }
            else if (!package.Tables.TryAdd(name, table))
            {
                problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"{where}: de tabel '{name}' staat er twee keer in."));
            }

            package.IsLegacyLayout |= IsLegacyFile(name, relative);
        }

        return new HsdsReadResult(problems.Count == 0 ? package : null, problems);
    }

    /// <summary>Exports before the standard's file names were followed wrote <c>organization.csv</c>, <c>service.csv</c>, ….</summary>
    private static bool IsLegacyFile(string name, string relative) =>
        HsdsTables.ByName.TryGetValue(name, out var table) && table.Path != relative && relative == name + ".csv";

    private static CsvTable? ReadTable(string path, string relative, List<HsdsProblem> problems)
    {
        if (ReadText(path, relative, problems) is not { } text)
        {
            return null;
        }

        var table = CsvTable.Read(new StringReader(text), relative);
        if (table.UnclosedQuoteLine is { } line)
        {
            // Read on as it is, the rest of the file would be one cell: rows lost without a word. Where the stray quote
            // is cannot be known (a quoted cell may span lines); the line is where the reading ended up.
            problems.Add(new HsdsProblem(relative, line, "Hier begint een cel met een aanhalingsteken (\") dat nergens wordt gesloten. "
                + "Daardoor zou de rest van het bestand wegvallen. Kijk op deze regel en de regels erboven: staat er ergens een aanhalingsteken te veel of te weinig?"));
            return null;
        }

        return table;
    }

    /// <summary>
    /// The file as UTF-8 text, or null with a problem. Strict on purpose: Excel's plain "CSV" is Windows-1252, and
    /// reading that as UTF-8 would silently turn every é of a name or address into �. A UTF-16 byte order mark is
    /// not UTF-8 either, so it is refused the same way instead of being followed.
    /// </summary>
    private static string? ReadText(string path, string relative, List<HsdsProblem> problems)
    {
        ReadOnlySpan<byte> bytes = File.ReadAllBytes(path);
        if (bytes.StartsWith(ZipMagic))
        {
            problems.Add(new HsdsProblem(relative, 0, "Dit is een zip-bestand, geen tekst. Pak het zip-bestand eerst uit en lees de map die eruit komt."));
            return null;
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            problems.Add(new HsdsProblem(relative, 1 + bytes[..read].Count((byte)'\n'),
                "Het bestand is niet opgeslagen als UTF-8. Sla het opnieuw op met tekenset UTF-8 (in Excel: 'CSV UTF-8')."));
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>The (name, path, where) of every resource in <c>datapackage.json</c>; reads <c>eigenplan.voorbeeld</c> too.</summary>
    private static List<(string Name, string Path, string Where)> FromDescriptor(string root, HsdsPackage package, List<HsdsProblem> problems)
    {
        var resources = new List<(string, string, string)>();
        var path = PackagePaths.Inside(root, HsdsDescriptor.FileName, HsdsDescriptor.FileName, problems);
        if (path is null)
        {
            return resources;
        }

        if (new FileInfo(path).Length > MaxDescriptorBytes)
        {
            problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"Het bestand is groter dan {MaxDescriptorBytes / (1024 * 1024)} MB en wordt niet gelezen."));
            return resources;
        }

        if (ReadText(path, HsdsDescriptor.FileName, problems) is not { } json)
        {
            return resources;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add(new HsdsProblem(HsdsDescriptor.FileName, (int)(ex.LineNumber ?? 0) + 1, "Dit is geen geldige JSON."));
            return resources;
        }

        using (document)
        {
            var descriptor = document.RootElement;
            if (descriptor.ValueKind != JsonValueKind.Object || !descriptor.TryGetProperty("resources", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, "Er staat geen lijst 'resources' in."));
                return resources;
            }

            package.IsExample = descriptor.TryGetProperty(HsdsDescriptor.ExtensionProperty, out var extension)
                && extension.ValueKind == JsonValueKind.Object
                && extension.TryGetProperty(HsdsDescriptor.ExampleProperty, out var example)
                && example.ValueKind == JsonValueKind.True;
            var index = 0;
            foreach (var resource in list.EnumerateArray())
            {
                var where = $"resources[{index++}]";
                if (resource.ValueKind != JsonValueKind.Object
                    || !resource.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                    || !resource.TryGetProperty("path", out var file))
                {
                    problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"{where} heeft geen 'name' en 'path'."));
                }
                else if (file.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"{where}.path moet één bestandsnaam zijn; meerdere bestanden per tabel of een ander soort pad wordt niet gelezen."));
                }
                else
                {
                    resources.Add((name.GetString()!, file.GetString()!, $"{where}.path"));
                }
            }
        }

        return resources;
    }
}
