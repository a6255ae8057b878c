namespace EigenPlan.Web.State;

/// <summary>A refusal for one field of a form model: <see cref="Field"/> is the model's property name.</summary>
public sealed record FieldProblem(string Field, string Message);
