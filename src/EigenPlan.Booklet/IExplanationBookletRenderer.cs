using EigenPlan.Booklet.Model;

namespace EigenPlan.Booklet;

/// <summary>Writes the uitlegboekje (explanations with worked examples) as a PDF. Thread-safe; register as a singleton.</summary>
public interface IExplanationBookletRenderer
{
    /// <summary>Renders <paramref name="model"/> to <paramref name="output"/> (left open).</summary>
    void Render(ExplanationBookletModel model, Stream output);
}
