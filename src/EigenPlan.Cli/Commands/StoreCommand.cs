using System.CommandLine;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Storage;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Storage.Transfer;

namespace EigenPlan.Cli.Commands;

/// <summary>
/// <c>eigenplan store copy --from eigenplan.db --to "Host=…"</c>: moves every record of a LiteDB plan database (also the
/// e-mail opt-ins, waiting evaluation notices and insight counters) into an empty PostgreSQL database as ciphertext (no code needed, nothing decrypted), then checks the copy: the same number of
/// rows in every table, and every plan's access log verifies under the audit key as it did before.
/// </summary>
internal static class StoreCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "Het LiteDB-bestand (bijvoorbeeld data/eigenplan.db). Stop de app eerst.",
            HelpName = "bestand",
            Required = true,
        }.MustBeExistingFile();
        var to = new Option<string>("--to")
        {
            Description = "De verbinding met de lege PostgreSQL-database (Npgsql-verbindingstekst).",
            HelpName = "verbinding",
            Required = true,
        };
        var auditKeyFile = new Option<string>("--audit-key-file")
        {
            Description = "Het auditsleutelbestand van het LiteDB-bestand; standaard audit.key ernaast.",
            HelpName = "bestand",
        }.MustBeExistingFile();
        var keysFolder = new Option<string>("--keys-folder")
        {
            Description = "De map met Data Protection-sleutels (*.xml) om mee te kopiëren; standaard de map dataprotection-keys naast het LiteDB-bestand (daar zet de app ze), als die er is.",
            HelpName = "map",
        }.MustBeExistingDirectory();

        var copy = new DetailedCommand("copy", "Kopieer alle gegevens van een LiteDB-bestand naar een lege PostgreSQL-database.", """
            Kopieert alles zoals het is opgeslagen: plannen (versleuteld), verwijderde plannen, apparaten,
            gezamenlijke plannen, uitnodigingen, het logboek met zijn controlepunten, wie om e-mail vroeg
            (adressen blijven versleuteld) met de herinneringen die nog klaarstaan, en de tellingen voor
            het inzicht van de gemeente. Er wordt niets
            ontsleuteld en er is geen code nodig. Alles gaat in één transactie: mislukt het, dan is er
            niets gekopieerd en kun je het opnieuw doen. Een database waar al plannen in staan, wordt
            geweigerd.

            Daarna controleert het commando de kopie: evenveel rijen in elke tabel, en het logboek van
            elk plan klopt onder de auditsleutel (net als in het LiteDB-bestand).

            De app op PostgreSQL moet dezelfde auditsleutel krijgen: zet Audit__Key op de inhoud van
            het bestand audit.key (het commando laat de sleutel zelf niet zien).

            Voorbeeld:
              eigenplan store copy --from data/eigenplan.db --to "Host=db;Database=eigenplan;Username=eigenplan"
            """)
        {
            from,
            to,
            auditKeyFile,
            keysFolder,
        };
        copy.SetAction(parseResult =>
        {
            var databasePath = Path.GetFullPath(parseResult.GetRequiredValue(from));
            var folder = Path.GetDirectoryName(databasePath)!;
            var run = new StoreCopyRun(
                databasePath,
                parseResult.GetRequiredValue(to),
                parseResult.GetValue(auditKeyFile) ?? Path.Combine(folder, "audit.key"),
                parseResult.GetValue(keysFolder) ?? StorageOptions.DataProtectionKeysFolder(databasePath),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error);
            return run.RunAsync().GetAwaiter().GetResult();
        });

        return new Command("store", "Werk met de opslag van de plannen (LiteDB of PostgreSQL).") { copy };
    }
}

/// <summary>One run of <c>store copy</c>: read the key, prepare the target, copy, check, report.</summary>
internal sealed class StoreCopyRun(string databasePath, string connectionString, string auditKeyPath, string keysFolder, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync()
    {
        if (ReadAuditKey() is not { } key)
        {
            return CliApp.Failed;
        }
        var options = new PostgreSqlStorageOptions { ConnectionString = connectionString, AuditKey = key.ToBase64() };
        if (options.Problem() is { } problem)
        {
            error.WriteLine($"De verbinding met PostgreSQL is niet bruikbaar: {problem}");
            return CliApp.Failed;
        }
        try
        {
            using var source = new LiteDbSnapshot(databasePath);
            await using var target = new PostgreSqlDatabase(options);
            output.WriteLine($"Van {databasePath} naar {target.Describe()}.");
            await target.PrepareAsync();
            var before = source.Count();
            var sourceLogs = AccessLogAudit.VerifyAll(key, source.AccessLog(), source.AccessLogHeads());
            var written = await PostgreSqlStoreCopy.CopyAsync(source, target, DataProtectionKeys());
            var snapshot = new PostgreSqlSnapshot(target);
            var after = snapshot.Count();
            var targetLogs = AccessLogAudit.VerifyAll(key, snapshot.AccessLog(), snapshot.AccessLogHeads());
            return Report(before, written, after, sourceLogs, targetLogs);
        }
        catch (PostgreSqlStoreCopy.TargetNotEmptyException)
        {
            error.WriteLine("De PostgreSQL-database is niet leeg: er staan al plannen in. Er is niets gekopieerd. Kies een lege database.");
            return CliApp.Failed;
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine($"Het kopiëren is niet gelukt; er is niets gekopieerd. {ex.Message}");
            return CliApp.Failed;
        }
    }

    private AuditKey? ReadAuditKey()
    {
        if (!File.Exists(auditKeyPath))
        {
            error.WriteLine($"Het auditsleutelbestand {auditKeyPath} ontbreekt. Geef het op met --audit-key-file.");
            return null;
        }
        if (!AuditKey.TryParse(File.ReadAllText(auditKeyPath), out var key, out var problem))
        {
            error.WriteLine($"Het auditsleutelbestand {auditKeyPath} is niet bruikbaar ({problem}).");
            return null;
        }
        return key;
    }

    /// <summary>The Data Protection key files (as the file-system repository writes them), so residents' cookies keep working.</summary>
    private List<PostgreSqlStoreCopy.DataProtectionKey> DataProtectionKeys() =>
        Directory.Exists(keysFolder)
            ? Directory.EnumerateFiles(keysFolder, "*.xml").Order(StringComparer.Ordinal)
                .Select(f => new PostgreSqlStoreCopy.DataProtectionKey(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList()
            : [];

    private int Report(StoreCounts before, StoreCounts written, StoreCounts after, IReadOnlyDictionary<string, ChainVerification> sourceLogs,
        IReadOnlyDictionary<string, ChainVerification> targetLogs)
    {
        output.WriteLine();
        output.WriteLine($"{"tabel",-24} {"LiteDB",10} {"gekopieerd",10} {"PostgreSQL",10}");
        foreach (var ((table, source), (_, copied), (_, target)) in before.Rows().Zip(written.Rows(), after.Rows()))
        {
            output.WriteLine($"{table,-24} {source,10} {copied,10} {target,10}{(source == target && source == copied ? "" : "  ← verschilt")}");
        }
        var keys = DataProtectionKeys().Count;
        output.WriteLine($"{"data protection keys",-24} {keys,10} {keys,10}");

        var countsEqual = before == after && before == written;
        var differ = sourceLogs.Where(s => !targetLogs.TryGetValue(s.Key, out var t) || t.IsValid != s.Value.IsValid || t.EntryCount != s.Value.EntryCount)
            .Select(s => s.Key).Concat(targetLogs.Keys.Except(sourceLogs.Keys)).ToList();
        var verified = targetLogs.Count(t => t.Value.IsValid);
        var alreadyBroken = sourceLogs.Where(s => !s.Value.IsValid).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

        output.WriteLine();
        output.WriteLine(countsEqual ? "Controle: in elke tabel evenveel rijen als in het LiteDB-bestand." : "Controle: de aantallen verschillen!");
        output.WriteLine($"Controle: {verified} van {targetLogs.Count} logboeken kloppen onder de auditsleutel (met controlepunt).");
        if (alreadyBroken.Count > 0)
        {
            output.WriteLine($"Let op: {alreadyBroken.Count} logboek(en) klopten al niet in het LiteDB-bestand (plan {string.Join(", ", alreadyBroken)}); ze zijn gekopieerd zoals ze waren.");
        }
        if (differ.Count > 0)
        {
            error.WriteLine($"Het logboek van plan {string.Join(", ", differ.Order(StringComparer.Ordinal))} klopt na het kopiëren anders dan ervoor.");
        }
        if (!countsEqual || differ.Count > 0)
        {
            error.WriteLine("De kopie is niet gelijk aan het origineel. Gebruik deze database niet; maak een nieuwe lege database en probeer het opnieuw.");
            return CliApp.Failed;
        }
        output.WriteLine();
        output.WriteLine("Klaar. Start de app op PostgreSQL met: Storage__Provider=PostgreSql, Storage__ConnectionString (deze verbinding) en");
        output.WriteLine($"Audit__Key = de inhoud van {auditKeyPath} (dezelfde sleutel; met een andere start de app niet).");
        return CliApp.Ok;
    }
}
