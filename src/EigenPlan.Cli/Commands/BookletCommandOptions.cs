using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EigenPlan.Booklet.Model;
using EigenPlan.Core.Languages;

namespace EigenPlan.Cli.Commands;

/// <summary>The options <c>booklet</c> and <c>uitlegboekje</c> share: a fixed date for reproducible files and the site's address.</summary>
internal static class BookletCommandOptions
{
    /// <summary><c>--date jjjj-mm-dd</c>: the same input then gives exactly the same PDF.</summary>
    public static Option<DateTimeOffset?> Date() => new("--date")
    {
        Description = "Vaste datum voor het boekje, zodat dezelfde invoer precies dezelfde PDF geeft.",
        HelpName = "jjjj-mm-dd",
        CustomParser = ParseDate,
    };

    /// <summary><c>--taal en</c> (or <c>--language</c>): the booklet's language; an unknown code is an error, not Dutch.</summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--taal", "--language")
        {
            Description = "De taal van het boekje: " + string.Join(", ", PlanLanguage.All.Select(l => l.Code)) + ". Zonder --taal: de taal van het plan (leeg boekje: Nederlands).",
            HelpName = "nl|en|tr|pl|ar",
        };
        option.CompletionSources.Add(PlanLanguage.All.Select(l => l.Code).ToArray());
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !PlanLanguage.TryFind(value, out _))
            {
                result.AddError($"'{value}' is geen taal van het boekje. Kies uit: {string.Join(", ", PlanLanguage.All.Select(l => l.Code))}.");
            }
        });
        return option;
    }

    /// <summary><c>--site https://…</c>: the web address printed on the last page (e.g. of 'Voor cliëntondersteuners').</summary>
    public static Option<string> Site()
    {
        var option = new Option<string>("--site")
        {
            Description = "Het webadres van de site, voor de adressen op de laatste bladzijde. Bijvoorbeeld https://eigenplan.almere.nl",
            HelpName = "https://…",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && new BookletOptions { SiteAddress = value }.SiteAddress is null)
            {
                result.AddError($"'{value}' is geen webadres. Gebruik een adres dat begint met https://, zonder ? of #.");
            }
        });
        return option;
    }

    /// <summary>Deterministic options for a fixed date, otherwise the clock; with the site's address when given.</summary>
    public static BookletOptions Create(DateTimeOffset? fixedDate, string? site, TimeProvider clock) =>
        (fixedDate is { } date ? BookletOptions.Deterministic(date) : new BookletOptions { Clock = clock }) with { SiteAddress = site };

    private static DateTimeOffset? ParseDate(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        result.AddError($"'{value}' is geen datum. Gebruik jjjj-mm-dd, bijvoorbeeld 2026-11-23.");
        return null;
    }
}
