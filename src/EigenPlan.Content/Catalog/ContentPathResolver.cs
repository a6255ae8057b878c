namespace EigenPlan.Content;

/// <summary>Finds the content folder, so the app runs from the repository, from bin/ and from a published folder alike.</summary>
public static class ContentPathResolver
{
    /// <summary>Returns the full path of the content folder, or throws with a clear message when there is none.</summary>
    public static string Resolve(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath);
            return Directory.Exists(full)
                ? full
                : throw new InvalidOperationException($"Content:Path points to '{full}', which does not exist.");
        }

        if (Candidate(Directory.GetCurrentDirectory()) is { } inCurrent)
        {
            return inCurrent;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Candidate(directory.FullName) is { } found)
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            "No content folder found: set Content:Path, or run from a folder that has content/formats in it or above it.");
    }

    private static string? Candidate(string directory)
    {
        var content = Path.Combine(directory, "content");
        return Directory.Exists(Path.Combine(content, "formats")) ? content : null;
    }
}
