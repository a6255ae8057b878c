using System.Text;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>What someone with a copy of the data folder (database and audit key) can read: ids, no words.</summary>
public class RawFileTests
{
    private static byte[] AllBytesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();

    private static bool Contains(byte[] haystack, string needle, Encoding encoding) =>
        haystack.AsSpan().IndexOf(encoding.GetBytes(needle)) >= 0;

    [Fact]
    public async Task DataFolder_HoldsNoPlanContent_NoCode_NoDeviceSecret_NoDeviceLabel()
    {
        using var temp = new TempStore();
        var created = await temp.CreateAsync("Kwartelkoningstraat");
        var plan = (await temp.Store.LoadAsync(created.Session)).Content;
        plan.House("wonen").FreeText = "Mijn geheime Pimpernelletje.";
        await temp.Store.SaveAsync(created.Session, plan, 1);
        var phone = Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), new NewDevice("Zeppelinbrowser op Marsfoon", false)));
        var changed = await temp.Store.ChangeCodeAsync(phone.Session, created.Code.ToString(), StoreSamples.Laptop);
        temp.Close();

        var bytes = AllBytesUnder(temp.Folder);

        Assert.NotEmpty(bytes);
        // Check the test can see text at all: the public id is stored in plain form.
        Assert.True(Contains(bytes, created.PlanId.Value, Encoding.UTF8));
        foreach (var secret in new[] { "Kwartelkoningstraat", "Pimpernelletje", "Wolkenkrabber", "Henri", "schulden", "inkomen", "Zeppelinbrowser",
                     "Firefox", created.Code.SecretPart, created.Code.ToString(), changed!.Code.SecretPart, changed.Code.ToString(),
                     created.Device.Secret, phone.Device.Secret, changed.Device.Secret })
        {
            Assert.False(Contains(bytes, secret, Encoding.UTF8), $"'{secret}' found in the raw data folder");
            Assert.False(Contains(bytes, secret, Encoding.Unicode), $"'{secret}' found (UTF-16) in the raw data folder");
        }
    }

    [Fact]
    public async Task DataFolder_HoldsNoSharedPlanTextNamesOrToken()
    {
        using var temp = new TempStore();
        var created = await temp.CreateAsync();
        var plan = temp.SharedPlan(created);
        var owner = await temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        await temp.Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Wolkenkrabberbericht"));
        temp.Restart();
        temp.Close();

        var bytes = AllBytesUnder(temp.Folder);
        foreach (var secret in new[] { "Zonnebloemveld", "Rondkomen", "Fatima", "Wolkenkrabberbericht", invitation.Token.Value })
        {
            Assert.False(Contains(bytes, secret, Encoding.UTF8), $"'{secret}' found in the raw data folder");
        }
    }
}
