using EigenPlan.Booklet.Model;

namespace EigenPlan.Booklet;

/// <summary>Writes the Eigen Plan booklet as a PDF. Thread-safe; register as a singleton.</summary>
public interface IBookletRenderer
{
    /// <summary>Renders <paramref name="model"/> to <paramref name="output"/> (left open).</summary>
    void Render(BookletModel model, Stream output);
}
