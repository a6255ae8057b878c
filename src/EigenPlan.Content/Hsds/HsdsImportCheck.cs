using System.Globalization;
using System.Text.RegularExpressions;
using EigenPlan.Content.Schema;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Checks the values an import copies into a content file before anything is written, instead of trusting the
/// package: ids are uuids (as HSDS 3.0 asks) and unique per table, an entry id follows the content file's id rule,
/// websites are http(s) addresses, e-mail addresses and phone numbers are plain enough to become a safe
/// <c>mailto:</c> or <c>tel:</c> link, and dates are dates. Every problem names the file and the row's line.
/// </summary>
internal static partial class HsdsImportCheck
{
    /// <summary>Columns that hold the id of a row elsewhere (read by the importer): filled in, they must be uuids.</summary>
    private static readonly string[] ReferenceColumns = ["organization_id", "service_id", "location_id", "taxonomy_id", "taxonomy_term_id", "link_id"];

    /// <summary>The website columns the importer copies, per table.</summary>
    private static readonly (string Table, string Column)[] Websites = [("service", "url"), ("organization", "website")];

    private static readonly (string Table, string Column)[] Emails = [("service", "email"), ("organization", "email"), ("contact", "email")];

    /// <summary>The tables the importer reads; other tables in a package are left alone.</summary>
    private static readonly string[] ReadTables =
        ["organization", "service", "location", "address", "service_at_location", "contact", "phone", "schedule", "taxonomy", "taxonomy_term", "attribute"];

    public static List<HsdsProblem> Check(HsdsPackage package)
    {
        var problems = new List<HsdsProblem>();
        foreach (var name in ReadTables)
        {
            if (package.Tables.TryGetValue(name, out var table))
            {
                CheckIds(table, problems);
            }
        }

        Each(package, "service", HsdsTables.EntryIdColumn, problems, value => TextFormat.Id.Check(value, DateOnly.MaxValue));
        foreach (var (table, column) in Websites)
        {
            Each(package, table, column, problems, value => TextFormat.Url.Check(value, DateOnly.MaxValue));
        }

        foreach (var (table, column) in Emails)
        {
            Each(package, table, column, problems, value => TextFormat.Email.Check(value, DateOnly.MaxValue)
                ?? (MailtoSafe().IsMatch(value) ? null : $"'{value}' kan geen mailto:-link worden. Gebruik alleen letters, cijfers en . _ + - ' voor de @."));
        }

        Each(package, "phone", "number", problems, value => TextFormat.Phone.Check(value, DateOnly.MaxValue));
        Each(package, "service", "assured_date", problems, value =>
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"'{value}' is geen datum (JJJJ-MM-DD).");
        return problems;
    }

    private static void CheckIds(CsvTable table, List<HsdsProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var line = table.LineOf(i);
            if (row.GetValueOrDefault("id") is not { } id)
            {
                problems.Add(new HsdsProblem(File(table), line, "id ontbreekt. Elke rij heeft een id (een uuid)."));
            }
            else if (!IsUuid(id))
            {
                problems.Add(new HsdsProblem(File(table), line, $"id '{Shorten(id)}' is geen uuid. HSDS 3.0 vraagt een uuid, zoals 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'."));
            }
            else if (!seen.TryAdd(id, line))
            {
                problems.Add(new HsdsProblem(File(table), line, $"id '{id}' staat ook al op regel {seen[id]}. Elk id mag maar één keer voorkomen."));
            }

            foreach (var column in ReferenceColumns)
            {
                if (row.GetValueOrDefault(column) is { } reference && !IsUuid(reference))
                {
                    problems.Add(new HsdsProblem(File(table), line, $"{column} '{Shorten(reference)}' is geen uuid."));
                }
            }
        }
    }

    private static void Each(HsdsPackage package, string tableName, string column, List<HsdsProblem> problems, Func<string, string?> check)
    {
        if (!package.Tables.TryGetValue(tableName, out var table))
        {
            return;
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].GetValueOrDefault(column) is { } value && check(value) is { } message)
            {
                problems.Add(new HsdsProblem(File(table), table.LineOf(i), $"{column}: {message}"));
            }
        }
    }

    /// <summary>A uuid written as 8-4-4-4-12 hexadecimal digits, as the standard's <c>format: uuid</c> means.</summary>
    internal static bool IsUuid(string value) => Uuid().IsMatch(value);

    private static string File(CsvTable table) => table.File ?? "?";

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    // No '?', '&', '%', '/', '#', ':' or '=' before the @: in a mailto: link those would add headers such as cc or body.
    [GeneratedRegex(@"^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex MailtoSafe();
}
