using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Bench;

/// <summary>The real content from <c>content/</c> when it loads cleanly, otherwise the code-built test content.</summary>
public static class BenchContent
{
    public static (Format Format, Municipality Municipality, string Source) Load(string municipalityId = "almere")
    {
        var root = FindContentRoot();
        if (root is not null)
        {
            var snapshot = ContentLoader.LoadDirectory(root);
            if (snapshot.FindMunicipality(municipalityId) is { } municipality && snapshot.FindFormat(municipality.FormatId) is { } format)
            {
                return (format, municipality, root);
            }
        }

        return (RealisticContent.Format, RealisticContent.Almere, "RealisticContent (in code)");
    }

    private static string? FindContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "formats")))
            {
                return candidate;
            }
        }

        return null;
    }
}
