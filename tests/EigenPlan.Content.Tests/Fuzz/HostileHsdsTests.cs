using System.Text;
using EigenPlan.Content.Hsds;
using EigenPlan.Content.Tests.Hsds;
using static EigenPlan.Content.Tests.Fuzz.HostileContentInputs;

namespace EigenPlan.Content.Tests.Fuzz;

/// <summary>
/// Hostile HSDS packages, each written out once: refused with a problem naming the file (and line where there is
/// one), or imported to exactly the text that was in the cell; never an exception, never a hang (1 s is measured in `bench … fuzz`).
/// </summary>
[Collection(TimedTests.Name)]
public sealed class HostileHsdsTests : IDisposable
{
    private readonly HsdsExportTestPackage _package = HsdsExportTestPackage.Of(HsdsExportTestPackage.Bundled("almere"));

    public void Dispose() => _package.Dispose();

    // Found while checking the fuzzer's reach: Excel's plain "CSV" is Windows-1252, and the reader replaced every
    // byte that is not UTF-8 with U+FFFD without a word ("Café" became "Caf�" in the municipality file).
    [Fact]
    public void Import_CsvInWindows1252_IsRefusedAsNotUtf8_AtItsLine()
    {
        ReplaceBytes("services.csv", line: 3, [.. "Caf"u8, 0xE9]);

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        var problem = Assert.Single(problems);
        Assert.Equal(("services.csv", 3), (problem.File, problem.Line));
        Assert.Contains("niet opgeslagen als UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvInUtf16_IsRefusedAsNotUtf8()
    {
        File.WriteAllBytes(_package.PathOf("services.csv"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(_package.PathOf("services.csv")))]);

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        Assert.Contains("niet opgeslagen als UTF-8", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvWithUtf8ByteOrderMark_IsReadAsUsual()
    {
        File.WriteAllBytes(_package.PathOf("services.csv"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(_package.PathOf("services.csv"))]);

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.NotNull(value);
        Assert.Empty(problems);
    }

    // Found while checking the fuzzer's reach: a quote that never closes made the rest of the file one cell, and
    // every row after it was gone without a problem.
    [Fact]
    public void Import_QuoteThatNeverCloses_IsRefusedWithTheLineWhereReadingStopped()
    {
        var lines = File.ReadAllLines(_package.PathOf("services.csv"));
        lines[3] = "\"" + lines[3];
        File.WriteAllText(_package.PathOf("services.csv"), string.Join("\r\n", lines) + "\r\n");

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        var problem = Assert.Single(problems);
        // The quote on line 4 pairs up with the next ones, so the cell that stays open starts at or below it.
        Assert.Equal("services.csv", problem.File);
        Assert.InRange(problem.Line, 4, lines.Length);
        Assert.Contains("aanhalingsteken", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,name\r\n1,\"open\r\n2,b\r\n", 2)]
    [InlineData("id,name\n1,a\n2,\"b\"\"\n3,c\n", 3)]
    [InlineData("\"id,name\n1,a\n", 1)]
    public void Read_QuoteThatNeverCloses_GivesTheLineWhereItOpened(string csv, int line)
    {
        Assert.Equal(line, CsvTable.Read(new StringReader(csv)).UnclosedQuoteLine);
    }

    [Theory]
    [InlineData("id,name\r\n1,\"a\r\nb\"\r\n")]
    [InlineData("id,name\r\n1,\"a\"\"\"\r\n")]
    [InlineData("")]
    public void Read_QuotesThatClose_HaveNoUnclosedQuote(string csv)
    {
        Assert.Null(CsvTable.Read(new StringReader(csv)).UnclosedQuoteLine);
    }

    [Theory]
    [InlineData("Wijk \"\"De Kruidenwijk\"\"", "Wijk \"De Kruidenwijk\"")]
    [InlineData("eerste regel\r\ntweede, met komma", "eerste regel\r\ntweede, met komma")]
    [InlineData("'=HYPERLINK(\"\"https://evil.example\"\")", "=HYPERLINK(\"https://evil.example\")")]
    [InlineData("=1+1", "=1+1")]
    [InlineData("@SUM(A1)", "@SUM(A1)")]
    public void Import_QuotedCellWithQuotesNewlinesOrFormulaPrefix_KeepsTheText(string cell, string expected)
    {
        // Written as the exporter does, then the first name replaced by the raw cell (the exporter would neutralise it).
        var services = CsvTable.Read(new StringReader(File.ReadAllText(_package.PathOf("services.csv"))));
        services.Rows[0]["name"] = "NAAM-VAN-DE-TEST";
        var written = new StringWriter();
        services.Write(written);
        File.WriteAllText(_package.PathOf("services.csv"), written.ToString().Replace("NAAM-VAN-DE-TEST", "\"" + cell + "\"", StringComparison.Ordinal));

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Empty(problems);
        Assert.Contains(value!.SocialMap, e => e.Name == expected);
    }

    [Fact]
    public void Import_ZipFileAsCsv_IsRefusedAsZip()
    {
        File.WriteAllBytes(_package.PathOf("services.csv"), HostileYamlTests.ZipLike());

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        Assert.Contains("zip-bestand", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TenMegabyteCsv_IsRefusedWithProblemsWithinTheLimit()
    {
        var row = "\r\nnot-a-uuid," + new string('x', 200);
        File.AppendAllText(_package.PathOf("services.csv"), string.Concat(Enumerable.Repeat(row, 10 * 1024 * 1024 / row.Length)));

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        Assert.Contains(problems, p => p.File == "services.csv" && p.Message.Contains("geen uuid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("deep")]
    [InlineData("huge")]
    [InlineData("not utf-8")]
    [InlineData("zip")]
    public void Import_HostileDescriptor_IsRefusedWithAProblemAboutIt(string kind)
    {
        var descriptor = _package.PathOf("datapackage.json");
        var json = File.ReadAllBytes(descriptor);
        File.WriteAllBytes(descriptor, kind switch
        {
            "deep" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
            "huge" => [(byte)'{', .. Encoding.UTF8.GetBytes("\"x\":\"" + new string('x', 11 * 1024 * 1024) + "\","), .. json.AsSpan(json.AsSpan().IndexOf((byte)'{') + 1)],
            "not utf-8" => [.. json.AsSpan(0, 40), 0xE9, .. json.AsSpan(40)],
            _ => HostileYamlTests.ZipLike(),
        });

        var (value, problems) = ImportPackage(_package.Folder);

        Assert.Null(value);
        Assert.Equal("datapackage.json", Assert.Single(problems).File);
    }

    private void ReplaceBytes(string file, int line, byte[] replacement)
    {
        var lines = File.ReadAllLines(_package.PathOf(file));
        var cells = lines[line - 1].Split(',');
        var before = Encoding.UTF8.GetBytes(string.Join("\r\n", lines[..(line - 1)]) + "\r\n" + cells[0] + ",");
        var after = Encoding.UTF8.GetBytes(lines[line - 1][(cells[0].Length + 1)..] + "\r\n" + string.Join("\r\n", lines[line..]) + "\r\n");
        File.WriteAllBytes(_package.PathOf(file), [.. before, .. replacement, .. after]);
    }
}
