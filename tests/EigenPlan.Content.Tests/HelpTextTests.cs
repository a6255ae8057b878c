namespace EigenPlan.Content.Tests;

public class HelpTextTests
{
    [Fact]
    public void ToHtml_Markdown_RendersEmphasisAndLists()
    {
        var html = HelpText.ToHtml("Dit is **belangrijk**.\n\n- een\n- twee");

        Assert.Contains("<strong>belangrijk</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>twee</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RawHtml_IsEscapedNotPassedThrough()
    {
        var html = HelpText.ToHtml("Hallo <script>alert(1)</script> <b>vet</b>");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
