namespace EigenPlan.Web.Resources;

/// <summary>
/// The words that Core and the plan's state produce in Dutch and a resident reads on the plan's pages: the refusals of
/// an edit (by <see cref="Core.Plans.PlanEditError"/>), what is wrong with a typed code, the notices after a crash or a
/// conflict, the neutral notes of <see cref="Core.Plans.PlanAttention"/> and <see cref="Core.Plans.PlanSummary"/>, and
/// the kinds of help. The Dutch resx holds Core's own words where Core has one fixed text (a test keeps them equal);
/// in Dutch the page shows Core's message itself (see <c>State/PlanRefusalText</c>, <c>State/CoreText</c>).
/// </summary>
public sealed class MessagesText;
