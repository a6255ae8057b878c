using System.Text.RegularExpressions;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Tests;

public class PersonalCodeTests
{
    [Fact]
    public void Generate_FiveGroupsOfFour_FromCrockfordAlphabet()
    {
        var text = PersonalCode.Generate().ToString();
        Assert.Matches(new Regex("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$"), text);
        Assert.DoesNotContain('I', text);
        Assert.DoesNotContain('L', text);
        Assert.DoesNotContain('O', text);
        Assert.DoesNotContain('U', text);
    }

    [Fact]
    public void Alphabet_Has32Symbols_SoThePublicIdHas30BitsAndTheSecret70()
    {
        Assert.Equal(32, PersonalCode.Alphabet.Distinct().Count());
        Assert.True(PersonalCode.SecretLength * Math.Log2(PersonalCode.Alphabet.Length) >= 70);
        Assert.Equal(70, PersonalCode.SecretBits);
        Assert.Equal(30, PlanId.Bits);
        Assert.Equal(20, PersonalCode.PublicLength + PersonalCode.SecretLength);
    }

    [Fact]
    public void Generate_UsesEverySymbolRoughlyUniformly()
    {
        var counts = new Dictionary<char, int>();
        for (var i = 0; i < 2000; i++)
        {
            foreach (var c in PersonalCode.Generate().SecretPart)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }
        // 28,000 symbols: 875 expected per symbol (±20% is over six standard deviations); a broken generator (e.g. modulo
        // bias or a fixed part) falls far outside.
        var expected = 2000 * PersonalCode.SecretLength / 32;
        Assert.Equal(32, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, expected * 8 / 10, expected * 12 / 10));
    }

    [Fact]
    public void Generate_IsNotRepeated()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => PersonalCode.Generate().SecretPart).ToHashSet();
        Assert.Equal(1000, codes.Count);
    }

    [Theory]
    [InlineData("k7p2-9xqm-ab12-cd34-ef56")]
    [InlineData("K7P2 9XQM AB12 CD34 EF56")]
    [InlineData("  k7p29xqmab12cd34ef56 ")]
    [InlineData("K7P2–9XQM–AB12–CD34–EF56")]
    public void Parse_IsLenient_OnCaseSpacesAndDashes(string typed)
    {
        var result = PersonalCode.Parse(typed);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("K7P2-9XQM-AB12-CD34-EF56", result.Code!.ToString());
        Assert.Equal("K7P29X", result.Code.PlanId.Value);
        Assert.Equal("QMAB12CD34EF56", result.Code.SecretPart);
    }

    [Fact]
    public void Parse_ReadsLookalikes_OAsZero_IAndLAsOne()
    {
        var result = PersonalCode.Parse("K7P2-9XQM-ABoO-CDiI-EFlL");
        Assert.Equal(PersonalCode.Parse("K7P2-9XQM-AB00-CD11-EF11").Code, result.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7P2-9XQM")]
    [InlineData("K7P2-9XQM-AB12-CD34-EF56-X")]
    [InlineData("K7P2-9XQM-AB12-CD34-EF5U")]
    [InlineData("K7P2-9XQM-AB12-CD34-EF5!")]
    public void Parse_Malformed_GivesMessage_NotException(string? typed)
    {
        var result = PersonalCode.Parse(typed);
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void PlanId_TryParse_IsLenientAndRejectsGarbage()
    {
        Assert.True(PlanId.TryParse("k7p29o", out var id));
        Assert.Equal("K7P290", id.Value);
        Assert.False(PlanId.TryParse("K7P2", out _), "the old four-character ids no longer open anything");
        Assert.False(PlanId.TryParse("K7P29XQ", out _));
        Assert.False(PlanId.TryParse("K7P29!", out _));
        Assert.False(PlanId.TryParse(null, out _));
    }

    [Fact]
    public void PlanId_Generate_IsSixRandomSymbols_SpreadOverTheWholeSpace()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => PlanId.Generate().Value).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{6}$", id));
        // 2,000 draws from 2^30: a repeat would mean far less randomness than promised.
        Assert.Equal(2000, ids.Distinct().Count());
        Assert.Equal(32, ids.SelectMany(id => id).Distinct().Count());
    }

    [Fact]
    public void Generate_ForAPlanId_KeepsTheIdAndShowsTheUsualGroups()
    {
        var id = PlanId.Generate();
        var code = PersonalCode.Generate(id);
        Assert.Equal(id, code.PlanId);
        Assert.Equal(id.Value, code.ToString().Replace("-", "", StringComparison.Ordinal)[..6]);
        Assert.Equal(24, code.ToString().Length);
    }

    [Theory]
    [InlineData(null, PersonalCodeProblem.Empty, null)]
    [InlineData("K7P2-9XQM", PersonalCodeProblem.WrongLength, "8")]
    [InlineData("K7P2-9XQM-AB12-CD34-EF5U", PersonalCodeProblem.BadCharacter, "U")]
    [InlineData("K7P2-9XQM-AB12-CD34-EF5!", PersonalCodeProblem.BadCharacter, "!")]
    public void Parse_Malformed_SaysWhatIsWrong_ForOtherLanguagesThanTheDutchMessage(string? typed, PersonalCodeProblem problem, string? detail)
    {
        var result = PersonalCode.Parse(typed);

        Assert.Equal(problem, result.Problem);
        Assert.Equal(detail, result.Detail);
        Assert.Equal(PersonalCodeProblem.None, PersonalCode.Parse("K7P2-9XQM-AB12-CD34-EF56").Problem);
    }

    [Fact]
    public void Parse_FarTooLong_IsTooLong()
    {
        Assert.Equal(PersonalCodeProblem.TooLong, PersonalCode.Parse(new string('A', 101)).Problem);
    }
}
