using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace EigenPlan.Content;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder (holding <c>formats/</c> and <c>municipalities/</c>). When empty, a folder named
    /// <c>content</c> with a <c>formats</c> folder is looked for in the current directory, then upwards from the app.
    /// </summary>
    public string? Path { get; set; }

    /// <summary><c>Content:Watch</c>: reload files when they change on disk (default true).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// <c>Content:ReloadInterval</c>: how often the folder is checked for changes even without a file system event
    /// (file watchers miss changes on some network and container file systems). Default 5 seconds.
    /// </summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads the section; a value that cannot be read stops the start-up with a clear message.</summary>
    public static ContentOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var options = new ContentOptions { Path = section[nameof(Path)] };
        if (section[nameof(Watch)] is { } watch)
        {
            options.Watch = bool.TryParse(watch, out var value)
                ? value
                : throw new InvalidOperationException($"Content:Watch must be true or false, not '{watch}'.");
        }

        if (section[nameof(ReloadInterval)] is { } interval)
        {
            options.ReloadInterval = TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.FromMilliseconds(100)
                ? value
                : throw new InvalidOperationException($"Content:ReloadInterval must be a time span of at least 00:00:00.1, such as 00:00:05, not '{interval}'.");
        }

        return options;
    }
}
