namespace EigenPlan.Content.Hsds;

/// <summary>
/// Keeps a package's file references inside the package folder. Without this, <c>"path": "../x.csv"</c>, an absolute
/// path or a symlink in the folder would let a package make the importer read any CSV on the machine.
/// </summary>
internal static class PackagePaths
{
    /// <summary>More links than this in one path is a loop (Linux stops at 40 as well).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="relative"/> inside <paramref name="root"/> (a real path itself), or null with a
    /// problem when it is empty, absolute, a web address, contains <c>..</c>, or leads outside through a symlink.
    /// </summary>
    public static string? Inside(string root, string relative, string where, List<HsdsProblem> problems)
    {
        var refusal = Refusal(relative);
        if (refusal is null)
        {
            var real = RealPath(Path.GetFullPath(Path.Combine(root, relative)));
            if (real is not null && IsWithin(root, real))
            {
                return real;
            }

            refusal = "leidt via een snelkoppeling (symlink) naar een bestand buiten de map van het pakket";
        }

        problems.Add(new HsdsProblem(HsdsDescriptor.FileName, 0, $"{where} '{relative}' {refusal}. Alleen bestanden in de map van het pakket worden gelezen."));
        return null;
    }

    private static string? Refusal(string relative)
    {
        if (relative.Length == 0)
        {
            return "is leeg";
        }

        if (relative.Contains("://", StringComparison.Ordinal))
        {
            return "is een webadres";
        }

        if (Path.IsPathRooted(relative) || relative[0] is '/' or '\\' || (relative.Length > 1 && relative[1] == ':'))
        {
            return "is een absoluut pad";
        }

        return relative.Split('/', '\\').Contains("..") ? "gaat met '..' uit de map van het pakket" : null;
    }

    private static bool IsWithin(string root, string path)
    {
        var folder = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(folder, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every symlink along it resolved (like <c>realpath</c>); parts that do not exist
    /// are kept as written. Null for a link loop or a link that cannot be read.
    /// </summary>
    public static string? RealPath(string fullPath) => RealPath(fullPath, 0);

    private static string? RealPath(string fullPath, int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }

            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                // current has no links left in it; '..' in the target is resolved by name. Either way the caller opens
                // the path returned here, which has no links, so what was checked is what is read.
                var resolved = RealPath(Path.GetFullPath(Path.Combine(current, target)), links);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
