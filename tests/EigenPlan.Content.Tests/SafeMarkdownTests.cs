namespace EigenPlan.Content.Tests;

/// <summary>Explanation Markdown from a file is rendered so that nothing in it can run or load anything.</summary>
public class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_BoldListsAndSafeLinks_Render()
    {
        var html = SafeMarkdown.ToHtml("Dit is **belangrijk**.\n\n- een\n- [site](https://www.almere.nl)\n- [bel](tel:14036) of [mail](mailto:info@almere.nl)");

        Assert.Contains("<strong>belangrijk</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.almere.nl\" rel=\"noopener noreferrer\">site</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:14036\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:info@almere.nl\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hallo <img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">klik</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<!-- verborgen --><style>body{display:none}</style>")]
    public void ToHtml_RawHtml_IsTextNeverMarkup(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch("<(script|img|div|a|iframe|style|!--)[\\s>]", html);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))", "klik")]
    [InlineData("[klik](JaVaScRiPt:alert(1))", "klik")]
    [InlineData("[klik](jav&#x09;ascript:alert(1))", "klik")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)", "klik")]
    [InlineData("[klik](vbscript:msgbox)", "klik")]
    [InlineData("[klik](/verder)", "klik")]
    [InlineData("[klik](//evil.example/x)", "klik")]
    [InlineData("[klik](ftp://files.example.nl)", "klik")]
    [InlineData("[klik][ref]\n\n[ref]: javascript:alert(1)", "klik")]
    public void ToHtml_LinkWithAnotherScheme_BecomesItsText(string markdown, string text)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_AutolinkWithJavascript_IsText()
    {
        var html = SafeMarkdown.ToHtml("Zie <javascript:alert(1)> en https://www.almere.nl");

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.almere.nl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Image_BecomesItsDescription_NothingIsLoaded()
    {
        var html = SafeMarkdown.ToHtml("![een foto van het stadhuis](https://tracker.example/pixel.gif)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", html, StringComparison.Ordinal);
        Assert.Contains("een foto van het stadhuis", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_QuotesInAnAddress_CannotBreakOutOfTheAttribute()
    {
        var html = SafeMarkdown.ToHtml("[x](<https://www.almere.nl/\" onmouseover=\"alert(1)>)");

        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NoAttributeSyntax_ReachesThePage()
    {
        // Markdig's generic-attributes extension would turn this into onclick="…"; it is not in the pipeline.
        var html = SafeMarkdown.ToHtml("Tekst {onclick=alert(1)}\n\n# Kop {#id onclick=alert(1)}");

        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainBlocks_GivesParagraphsListItemsAndBoldRuns()
    {
        var blocks = SafeMarkdown.ToPlainBlocks("Eerst dit.\nNog een zin.\n\n**Alles mag**, niets moet.\n\n- een\n- twee\n\n1. eerste\n2. tweede");

        Assert.Equal(6, blocks.Count);
        Assert.Equal("Eerst dit. Nog een zin.", blocks[0].Text);
        Assert.Equal([new TextRun("Alles mag", true), new TextRun(", niets moet.", false)], blocks[1].Runs);
        Assert.Equal(PlainBlockKind.ListItem, blocks[2].Kind);
        Assert.Null(blocks[2].Number);
        Assert.Equal("twee", blocks[3].Text);
        Assert.Equal((PlainBlockKind.ListItem, 2, "tweede"), (blocks[5].Kind, blocks[5].Number!.Value, blocks[5].Text));
    }

    [Fact]
    public void ToPlainBlocks_HostileInput_IsPlainText()
    {
        var blocks = SafeMarkdown.ToPlainBlocks("<script>alert(1)</script> [klik](javascript:alert(1)) ![foto](https://x.example/p.gif) [site](https://www.almere.nl)");

        var text = Assert.Single(blocks).Text;
        Assert.Equal("<script>alert(1)</script> klik foto site (https://www.almere.nl)", text);
    }

    [Fact]
    public void ToPlainBlocks_HeadingIsABoldParagraph_NestedListHasALevel()
    {
        var blocks = SafeMarkdown.ToPlainBlocks("# Welkom\n\n- boven\n  - onder");

        Assert.Equal([new TextRun("Welkom", true)], blocks[0].Runs);
        Assert.Equal((0, "boven"), (blocks[1].Level, blocks[1].Text));
        Assert.Equal((1, "onder", PlainBlockKind.ListItem), (blocks[2].Level, blocks[2].Text, blocks[2].Kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void EmptyInput_GivesNothing(string? markdown)
    {
        Assert.Empty(SafeMarkdown.ToPlainBlocks(markdown));
        Assert.Equal("", SafeMarkdown.ToHtml(markdown).Trim());
    }
}
