namespace EigenPlan.Web.Resources;

/// <summary>
/// The words that Core and the plan's state produce in Dutch and a resident reads on the plan's pages: the refusals of
/// an edit (by <see cref="Core.Plans.PlanEditError"/>), what is wrong with a typed code, the notices after a crash or a
/// conflict, the neutral notes of <see cref="Core.Plans.PlanAttention"/> and <see cref="Core.Plans.PlanSummary"/>, and
/// the kinds of help. In Dutch the page shows Core's own words (see <c>State/PlanRefusalText</c>, <c>State/CoreText</c>);
/// the Dutch resx is the source for translators and repeats Core's fixed words where they are B1 (a test keeps them equal).
/// </summary>
public sealed class MessagesText;
