using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Builds the <see cref="ExplanationBookletModel"/>: the explanations through <see cref="SafeMarkdown.ToPlainBlocks"/>,
/// and each fictional resident as a plan run through the same <see cref="BookletModelFactory"/> as a resident's own,
/// so their words are cleaned and ordered exactly like a filled booklet's.
/// </summary>
public static class ExplanationBookletFactory
{
    public static ExplanationBookletModel Create(Format format, Municipality municipality, FormatExplanation explanation, BookletOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(explanation);
        options ??= new BookletOptions();
        var blank = BookletModelFactory.Create(format, municipality, null, options);
        return new ExplanationBookletModel
        {
            Booklet = blank with { Title = BookletWords.Format(blank.Words.Explanation.PdfTitle, blank.MunicipalityName) },
            Intro = SafeMarkdown.ToPlainBlocks(explanation.Intro),
            HousesText = SafeMarkdown.ToPlainBlocks(explanation.HousesText),
            Questions = format.Questions
                .Where(q => explanation.ForQuestion(q.Id) is { Length: > 0 })
                .ToDictionary(q => q.Id, q => SafeMarkdown.ToPlainBlocks(explanation.ForQuestion(q.Id))),
            Examples = [.. explanation.Residents.Select(r => CreateExample(format, municipality, r, options))],
        };
    }

    private static BookletExample CreateExample(Format format, Municipality municipality, ExampleResident resident, BookletOptions options)
    {
        var plan = new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id };
        foreach (var (topicKey, smileyId) in resident.Smileys)
        {
            plan.Topic(topicKey).SmileyId = smileyId;
        }

        foreach (var (topicKey, answers) in resident.Topics)
        {
            foreach (var (questionId, text) in answers)
            {
                plan.Topic(topicKey).Answers[questionId] = text;
            }
        }

        foreach (var (houseId, notes) in resident.Houses)
        {
            plan.House(houseId).GoingWell = notes.GoingWell ?? "";
            plan.House(houseId).NotGoingWell = notes.NotGoingWell ?? "";
        }

        var houses = BookletModelFactory.Create(format, municipality, plan, options).Houses;
        var wroteAbout = format.Topics.Select(t => t.Key).Where(resident.Topics.ContainsKey).ToHashSet();
        return new BookletExample(
            resident.Id,
            BookletText.Clean(resident.Name, 100),
            BookletText.Clean(resident.About, 500),
            houses,
            wroteAbout);
    }
}
