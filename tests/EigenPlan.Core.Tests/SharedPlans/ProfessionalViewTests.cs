using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class ProfessionalViewTests
{
    [Fact]
    public void Snapshot_CarriesTalkAboutAndSmileyId_AndTalkAboutFirstPutsFlaggedTopicsFirst()
    {
        var plan = SmallContent.NewPlan();
        plan.Topic(SmallContent.Income).SmileyId = "slecht";
        plan.Topic(SmallContent.Living).TalkAbout = true;

        var topics = SharedTopicSnapshot.From(plan, SmallContent.Format, [SmallContent.Income, SmallContent.Living]);

        Assert.Equal(("slecht", false), (topics[0].SmileyId, topics[0].TalkAbout));
        Assert.Equal((null, true), (topics[1].SmileyId, topics[1].TalkAbout));
        Assert.Equal([SmallContent.Living, SmallContent.Income], SharedTopicSnapshot.TalkAboutFirst(topics).Select(t => t.TopicKey));
    }

    [Fact]
    public void Indication_IsLabelledAsDerivedFromTheFace_WithLevelAndDomain()
    {
        var format = SmallContent.Format with
        {
            Houses = [.. SmallContent.Format.Houses.Select(h => h with { Topics = [.. h.Topics.Select(t => t with { ZrmDomains = ["Financiën"] })] })],
        };
        var topic = new SharedTopic { TopicKey = SmallContent.Income, SmileyId = "slecht" };

        Assert.Equal("Indicatie, afgeleid van het gezichtje: ZRM-niveau 2 – niet zelfredzaam (domein: Financiën).",
            ProfessionalView.Indication(topic, format));
    }

    [Theory]
    [InlineData("nvt")]
    [InlineData(null)]
    [InlineData("bestaat-niet")]
    public void Indication_WithoutAFace_IsNone(string? smileyId) =>
        Assert.Null(ProfessionalView.Indication(new SharedTopic { TopicKey = SmallContent.Income, SmileyId = smileyId }, SmallContent.Format));

    [Theory]
    [InlineData(ParticipantKind.ClientSupporter, true)]
    [InlineData(ParticipantKind.Wijkteam, true)]
    [InlineData(ParticipantKind.Professional, true)]
    [InlineData(ParticipantKind.Network, false)]
    [InlineData(ParticipantKind.Resident, false)]
    public void OnlyProfessionalsSeeTheIndication(ParticipantKind kind, bool sees) => Assert.Equal(sees, kind.IsProfessional());

    [Fact]
    public void Build_FlaggedTopicsFirst_EachWithItsIndication()
    {
        var shared = new SharedPlan
        {
            PlanId = "K7P2",
            SharedTopics =
            [
                new SharedTopic { TopicKey = SmallContent.Income, SmileyId = "heel-goed" },
                new SharedTopic { TopicKey = SmallContent.Living, TalkAbout = true },
            ],
        };

        var view = ProfessionalView.Build(shared, SmallContent.Format);

        Assert.Equal([SmallContent.Living, SmallContent.Income], view.Select(t => t.Topic.TopicKey));
        Assert.Null(view[0].Indication);
        Assert.StartsWith(ProfessionalView.IndicationLabel + ": ZRM-niveau 5", view[1].Indication, StringComparison.Ordinal);
    }
}
