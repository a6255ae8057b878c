using System.Text;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Tests;

/// <summary>The .ics file for the conversation, read back the way a calendar reads it (RFC 5545).</summary>
public class ConversationReminderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void ToIcs_TimedEvent_HasStartEndTitlePlaceAndAReminderADayBefore()
    {
        var appointment = new ConversationAppointment
        {
            Date = new DateOnly(2026, 3, 10),
            Time = new TimeOnly(14, 30),
            Duration = TimeSpan.FromMinutes(90),
            Place = "Stadhuisplein 1, Almere",
        };

        var ics = ConversationReminder.ToIcs(appointment, Now, uid: "vast-id@eigenplan");
        var calendar = Parse(ics);

        Assert.Equal(["VCALENDAR", "VEVENT", "VALARM"], calendar.Components);
        Assert.Equal("2.0", calendar.One("VERSION"));
        Assert.Equal("vast-id@eigenplan", calendar.One("UID"));
        Assert.Equal("20260301T083000Z", calendar.One("DTSTAMP"));
        Assert.Equal("20260310T143000", calendar.One("DTSTART"));
        Assert.Equal("20260310T160000", calendar.One("DTEND"));
        Assert.Equal("Gesprek met de gemeente", calendar.One("SUMMARY"));
        Assert.Equal("Stadhuisplein 1, Almere", calendar.One("LOCATION"));
        Assert.Equal("-P1D", calendar.One("TRIGGER"));
        Assert.Equal("DISPLAY", calendar.One("ACTION"));
        Assert.Equal(["Neem je eigen plan mee naar het gesprek.", "Morgen: Gesprek met de gemeente"], calendar.All("DESCRIPTION"));
    }

    [Fact]
    public void ToIcs_WithoutTime_IsAnAllDayEvent_RemindedAtNineTheDayBefore()
    {
        var calendar = Parse(ConversationReminder.ToIcs(new ConversationAppointment { Date = new DateOnly(2026, 12, 31) }, Now));

        Assert.Equal("20261231", calendar.One("DTSTART;VALUE=DATE"));
        Assert.Equal("20270101", calendar.One("DTEND;VALUE=DATE"));
        Assert.Equal("-PT15H", calendar.One("TRIGGER"));
        Assert.EndsWith("@eigenplan", calendar.One("UID"), StringComparison.Ordinal);
        Assert.Null(calendar.Find("LOCATION"));
    }

    [Fact]
    public void ToIcs_EveryLineEndsInCrlf_AndIsAtMost75Octets_LongTextIsFoldedWithoutSplittingACharacter()
    {
        var title = "Gesprek over mijn eigen plan met het wijkteam — één, twee; drie \\ vier " + new string('é', 60) + " 👍🏽 einde";
        var ics = ConversationReminder.ToIcs(new ConversationAppointment { Date = Today, Time = new TimeOnly(9, 0), Title = title }, Now, "x");

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.All(lines, line => Assert.DoesNotContain('\uFFFD', line));
        Assert.Equal(title, Parse(ics).One("SUMMARY"));
    }

    [Fact]
    public void ToIcs_EscapesTextAndCleansLineBreaks()
    {
        var ics = ConversationReminder.ToIcs(new ConversationAppointment { Date = Today, Title = "Gesprek; wijkteam, Almere\\Noord", Place = "Bij mij\nthuis" }, Now, "x");

        Assert.Contains("SUMMARY:Gesprek\\; wijkteam\\, Almere\\\\Noord\r\n", ics, StringComparison.Ordinal);
        var calendar = Parse(ics);
        Assert.Equal("Gesprek; wijkteam, Almere\\Noord", calendar.One("SUMMARY"));
        Assert.Equal("Bij mij thuis", calendar.One("LOCATION"));
    }

    [Fact]
    public void ToIcs_HoldsOnlyWhatWasTypedForTheReminder()
    {
        var ics = ConversationReminder.ToIcs(new ConversationAppointment { Date = Today }, Now, "x");

        Assert.Equal(
            ["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "BEGIN", "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE",
             "SUMMARY", "DESCRIPTION", "BEGIN", "ACTION", "DESCRIPTION", "TRIGGER", "END", "END", "END"],
            Parse(ics).Properties.Select(p => p.Name));
    }

    [Theory]
    [InlineData(-1, null, null, 60, "voorbij")]
    [InlineData(800, null, null, 60, "ver in de toekomst")]
    [InlineData(5, 201, null, 60, "te lang")]
    [InlineData(5, null, 201, 60, "te lang")]
    [InlineData(5, null, null, 5, "kwartier")]
    public void Check_RefusesWhatCannotBeRight(int days, int? titleLength, int? placeLength, int minutes, string words)
    {
        var appointment = new ConversationAppointment
        {
            Date = Today.AddDays(days),
            Time = new TimeOnly(10, 0),
            Duration = TimeSpan.FromMinutes(minutes),
            Title = titleLength is { } t ? new string('a', t) : null,
            Place = placeLength is { } p ? new string('b', p) : null,
        };

        Assert.Contains(words, ConversationReminder.Check(appointment, Today), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Today_IsFine()
    {
        Assert.Null(ConversationReminder.Check(new ConversationAppointment { Date = Today }, Today));
        Assert.Equal("text/calendar; charset=utf-8", ConversationReminder.ContentType);
        Assert.False(ConversationReminder.ToUtf8(new ConversationAppointment { Date = Today }, Now, "x").AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    /// <summary>A small RFC 5545 reader: unfold (CRLF + space), split name and value, unescape TEXT.</summary>
    private static Calendar Parse(string ics)
    {
        Assert.DoesNotContain("\n ", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var properties = new List<(string Name, string Value)>();
        var components = new List<string>();
        var depth = 0;
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"Not a content line: {line}");
            var (name, value) = (line[..colon], line[(colon + 1)..]);
            if (name == "BEGIN")
            {
                components.Add(value);
                depth++;
            }
            else if (name == "END")
            {
                depth--;
            }
            properties.Add((name, Unescape(value)));
        }
        Assert.Equal(0, depth);
        return new Calendar(properties, components);
    }

    private static string Unescape(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                result.Append(value[i]);
            }
        }
        return result.ToString();
    }

    private sealed record Calendar(List<(string Name, string Value)> Properties, List<string> Components)
    {
        public string? Find(string name) => Properties.Where(p => p.Name == name).Select(p => p.Value).SingleOrDefault();

        public string One(string name) => Find(name) ?? throw new InvalidOperationException($"No {name} in the calendar.");

        public List<string> All(string name) => [.. Properties.Where(p => p.Name == name).Select(p => p.Value)];
    }
}
