using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Tests;

public class PlanContentTests
{
    [Fact]
    public void Topic_UnknownKey_CreatesEmptyAnswers()
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        var answers = plan.Topic("geldzaken.inkomen");
        Assert.Same(answers, plan.Topic("geldzaken.inkomen"));
        Assert.Equal("", answers.Answer("nu"));
    }
}
