using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;

namespace EigenPlan.EndToEnd.Booklet;

public sealed class BookletDownloadTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task DownloadAsPdf_ContainsWhatWasTypedInTheWizard()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App, name: "Jan Jansen");
        await page.GoAndWaitAsync(planUrl + "/onderwerp/tijdsbesteding.vrije-tijd");
        await TypeAnswerAsync(page, "Wat wil ik?", "Weer elke week gaan zwemmen met mijn kleinzoon.");
        await page.WaitForSavedAsync();
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download als PDF" }).First.ClickAsync());
        var path = Path.Combine(RepoPaths.Output("downloads"), "mijn-plan.pdf");
        await download.SaveAsAsync(path);

        using var pdf = PdfDocument.Open(path);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Jan Jansen", text);
        Assert.Contains("Weer elke week gaan zwemmen met mijn kleinzoon.", text);
        Assert.Contains("Almere", text);
    }

    [Fact]
    public async Task BlankBooklet_FromTheStartPage_HasTheChosenMunicipalitysTips()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/"));
        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Leeg boekje om te printen" }).ClickAsync());
        var path = Path.Combine(RepoPaths.Output("downloads"), "leeg-boekje.pdf");
        await download.SaveAsAsync(path);

        using var pdf = PdfDocument.Open(path);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Almere", text);
        Assert.Contains("Wat heb ik nog nodig?", text);
        Assert.Contains("Vrijwilligerscentrale", text);
    }
}
