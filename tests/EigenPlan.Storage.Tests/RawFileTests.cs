using System.Text;

namespace EigenPlan.Storage.Tests;

public class RawFileTests
{
    private static byte[] AllBytesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();

    private static bool Contains(byte[] haystack, string needle, Encoding encoding) =>
        haystack.AsSpan().IndexOf(encoding.GetBytes(needle)) >= 0;

    [Fact]
    public async Task DatabaseFiles_HoldNoPlanContent_NoNameAndNoCode()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan("Kwartelkoningstraat"));
        var plan = await temp.Store.LoadAsync(created.Session);
        plan.House("wonen").FreeText = "Mijn geheime Pimpernelletje.";
        await temp.Store.SaveAsync(created.Session, plan);
        temp.Close();

        var bytes = AllBytesUnder(temp.Folder);

        Assert.NotEmpty(bytes);
        // Check the test can see text at all: the public id is stored in plain form.
        Assert.True(Contains(bytes, created.PlanId.Value, Encoding.UTF8));
        foreach (var secret in new[] { "Kwartelkoningstraat", "Pimpernelletje", "Wolkenkrabber", "Henri", "schulden", "inkomen",
                     created.Code.SecretPart, created.Code.ToString(), created.DeviceKey.Value })
        {
            Assert.False(Contains(bytes, secret, Encoding.UTF8), $"'{secret}' found in the raw database file");
            Assert.False(Contains(bytes, secret, Encoding.Unicode), $"'{secret}' found (UTF-16) in the raw database file");
        }
    }
}
