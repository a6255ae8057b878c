using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>A municipality's <c>inleveren</c> and <c>sjabloon</c>: checked like every other field, mapped to Core.</summary>
public class HandInTests
{
    private static readonly string Teststad = File.ReadAllText(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));

    private const string FullHandIn = """
        inleveren:
          email: eigenplan@teststad.nl
          postadres: Gemeente Teststad, Postbus 1, 1234 AA Teststad
          uploadpagina: https://www.teststad.nl/eigen-plan
          telefoon: "14 036"
          wanneer: Lever je plan in als je hulp vraagt, of binnen 7 dagen daarna.

        """;

    [Fact]
    public void HandIn_AllFields_AreMapped()
    {
        var town = Load(WithHandIn(FullHandIn)).FindMunicipality("teststad")!;

        Assert.Equal(new HandInDetails
        {
            Email = "eigenplan@teststad.nl",
            PostalAddress = "Gemeente Teststad, Postbus 1, 1234 AA Teststad",
            UploadPage = "https://www.teststad.nl/eigen-plan",
            Phone = "14 036",
            When = "Lever je plan in als je hulp vraagt, of binnen 7 dagen daarna.",
        }, town.HandIn);
        Assert.False(town.HandIn!.HasNoWay);
    }

    [Fact]
    public void HandIn_Left_Out_IsNull_AndSampleAndTemplateFlagsAreRead()
    {
        var plain = Load(Teststad).FindMunicipality("teststad")!;
        var template = Load(Teststad.Replace("voorbeeld: true", "voorbeeld: true\nsjabloon: true", StringComparison.Ordinal)).FindMunicipality("teststad")!;

        Assert.Null(plain.HandIn);
        Assert.True(plain.IsSample);
        Assert.False(plain.IsTemplate);
        Assert.True(template.IsTemplate);
    }

    [Theory]
    [InlineData("uploadpagina: https://www.teststad.nl/eigen-plan", "uploadpagina: http://www.teststad.nl/eigen-plan", "http://", "Dit adres moet beginnen met https://")]
    [InlineData("email: eigenplan@teststad.nl", "email: eigenplan@teststad", "eigenplan@teststad", "'eigenplan@teststad' is geen geldig e-mailadres.")]
    [InlineData("email: eigenplan@teststad.nl", "email: eigenplan@teststad.nl?bcc=ander@elders.nl", "eigenplan@teststad.nl?bcc", "is geen geldig e-mailadres.")]
    [InlineData("email: eigenplan@teststad.nl", "email: \"eigenplan@teststad.nl,ander@elders.nl\"", "\"eigenplan@", "is geen geldig e-mailadres.")]
    [InlineData("email: eigenplan@teststad.nl", "email: eigen%0Aplan@teststad.nl", "eigen%0A", "is geen geldig e-mailadres.")]
    [InlineData("email: eigenplan@teststad.nl", "email: eigenplan@teststad.nl#x", "eigenplan@teststad.nl#x", "is geen geldig e-mailadres.")]
    [InlineData("telefoon: \"14 036\"", "telefoon: \"036 12\"", "\"036 12\"", "'036 12' is geen geldig telefoonnummer.")]
    [InlineData("postadres: Gemeente", "post_adres: Gemeente", "post_adres", "Onbekend veld 'post_adres'. Bedoel je 'postadres'?")]
    public void HandIn_BadValue_IsAnErrorAtItsPlace(string find, string replace, string at, string message)
    {
        var text = WithHandIn(FullHandIn.Replace(find, replace, StringComparison.Ordinal));

        var snapshot = Load(text);

        var line = text[..text.IndexOf(replace, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var lineText = text.Split('\n')[line - 1];
        var problem = snapshot.At(line, lineText.IndexOf(at, StringComparison.Ordinal) + 1);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandIn_OnlyWhen_AsksForAWayToHandIn()
    {
        var snapshot = Load(WithHandIn("inleveren:\n  wanneer: Voor het gesprek.\n\n"));

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("Vul bij 'inleveren' minstens één van deze velden in: email, postadres, uploadpagina, telefoon.", problem.Message);
    }

    [Fact]
    public void HandIn_WhenTooLong_IsAnError()
    {
        var snapshot = Load(WithHandIn($"inleveren:\n  telefoon: \"14 036\"\n  wanneer: {new string('a', 401)}\n\n"));

        Assert.Contains("'wanneer' is 401 tekens lang; dat mogen er hoogstens 400 zijn.", Assert.Single(snapshot.Problems).Message, StringComparison.Ordinal);
    }

    private static string WithHandIn(string handIn) =>
        Teststad.Replace("sociale_kaart:", handIn.ReplaceLineEndings("\n") + "sociale_kaart:", StringComparison.Ordinal);

    private static ContentSnapshot Load(string municipality)
    {
        using var folder = TempContent.WithValidFormat();
        folder.WriteMunicipality("teststad", municipality);
        return ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);
    }
}
