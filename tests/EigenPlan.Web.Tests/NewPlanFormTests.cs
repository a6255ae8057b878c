using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using EigenPlan.Web.State.Start;

namespace EigenPlan.Web.Tests;

public class NewPlanFormTests
{
    private static (PlanContent Plan, IReadOnlyList<FieldProblem> Problems) Apply(NewPlanForm form)
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        return (plan, form.Apply(new PlanEditor(plan, BundledContent.Format, BundledContent.Almere)));
    }

    [Fact]
    public void Apply_FilledIn_PutsEverythingInThePlan()
    {
        var (plan, problems) = Apply(new NewPlanForm
        {
            Name = " Sanne ", Age = "47", Date = new DateOnly(2026, 3, 15),
            FilledInBy = FilledInBy.ClientSupporter, SupporterName = "Ahmed Yilmaz", HelperName = "niet deze",
        });

        Assert.Empty(problems);
        Assert.Equal("Sanne", plan.About.Name);
        Assert.Equal(47, plan.About.Age);
        Assert.Equal(new DateOnly(2026, 3, 15), plan.About.Date);
        Assert.Equal(FilledInBy.ClientSupporter, plan.About.FilledInBy);
        Assert.Equal("Ahmed Yilmaz", plan.About.HelperName);
    }

    [Fact]
    public void Apply_AgeNotANumber_AndTooOld_AreRefusedOnTheAgeField()
    {
        var (_, words) = Apply(new NewPlanForm { Age = "veertig" });
        var (_, tooOld) = Apply(new NewPlanForm { Age = "131" });

        Assert.Equal([new FieldProblem(nameof(NewPlanForm.Age), "Vul je leeftijd in als getal, bijvoorbeeld 42. Of laat het leeg.")], words);
        Assert.Equal(nameof(NewPlanForm.Age), Assert.Single(tooOld).Field);
    }

    [Fact]
    public void Apply_HelperName_ComesFromTheFieldOfTheChoice_AndAProblemNamesThatField()
    {
        var longName = new string('a', PlanLimits.MaxNameLength + 1);

        var (self, selfProblems) = Apply(new NewPlanForm { FilledInBy = FilledInBy.Self, SupporterName = longName, HelperName = "Ingrid" });
        var (_, supporter) = Apply(new NewPlanForm { FilledInBy = FilledInBy.ClientSupporter, SupporterName = longName });
        var (someone, _) = Apply(new NewPlanForm { FilledInBy = FilledInBy.SomeoneIKnow, SupporterName = "Ahmed", HelperName = "Ingrid" });

        Assert.Empty(selfProblems);
        Assert.Null(self.About.HelperName);
        Assert.Equal(nameof(NewPlanForm.SupporterName), Assert.Single(supporter).Field);
        Assert.Equal("Ingrid", someone.About.HelperName);
    }
}
