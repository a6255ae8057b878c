using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests;

public class DrawingRulesTests
{
    private static Drawing With(params Stroke[] strokes) => new() { Strokes = [.. strokes] };

    private static Stroke Line(string color = "#1b1b1b", float width = 4, params float[] points) =>
        new() { Color = color, LineWidth = width, Points = points.Length == 0 ? [10, 10, 200, 300] : [.. points] };

    [Fact]
    public void SetDrawing_Valid_IsStoredAsCopy()
    {
        var editor = Editor();
        var drawing = With(Line());

        Assert.True(editor.SetDrawing("wonen", drawing).Succeeded);
        drawing.Strokes[0].Points[0] = 999;

        Assert.Equal(10, editor.Plan.House("wonen").Drawing.Strokes[0].Points[0]);
        Assert.Equal("#1B1B1B", editor.Plan.House("wonen").Drawing.Strokes[0].Color);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345G")]
    [InlineData("javascript:alert(1)")]
    public void SetDrawing_BadColour_IsRefused(string color)
    {
        Assert.Equal(PlanEditError.InvalidDrawing, Editor().SetDrawing("wonen", With(Line(color))).Error);
    }

    [Theory]
    [InlineData(float.NaN, 10f)]
    [InlineData(10f, float.PositiveInfinity)]
    [InlineData(-1f, 10f)]
    [InlineData(1000.5f, 10f)]
    [InlineData(10f, 700.1f)]
    public void SetDrawing_PointOutsideCanvasOrNotFinite_IsRefused(float x, float y)
    {
        Assert.Equal(PlanEditError.InvalidDrawing, Editor().SetDrawing("wonen", With(Line(points: [0, 0, x, y]))).Error);
    }

    [Fact]
    public void SetDrawing_OddPointCountOrBadWidth_IsRefused()
    {
        Assert.NotNull(DrawingRules.Validate(With(Line(points: [1, 2, 3]))));
        Assert.NotNull(DrawingRules.Validate(With(Line(width: float.NaN))));
        Assert.NotNull(DrawingRules.Validate(With(Line(width: 500))));
        Assert.Null(DrawingRules.Validate(With(Line(points: [1000, 700]))));
    }

    [Fact]
    public void SetDrawing_TooManyStrokesOrPoints_IsRefused()
    {
        var strokes = Enumerable.Range(0, PlanLimits.MaxStrokesPerDrawing + 1).Select(_ => Line()).ToArray();
        Assert.Equal(PlanEditError.InvalidDrawing, Editor().SetDrawing("wonen", With(strokes)).Error);

        var points = Enumerable.Repeat(5f, (PlanLimits.MaxPointsPerDrawing + 1) * 2).ToArray();
        Assert.Equal(PlanEditError.InvalidDrawing, Editor().SetDrawing("wonen", With(Line(points: points))).Error);

        var exactly = Enumerable.Repeat(5f, PlanLimits.MaxPointsPerDrawing * 2).ToArray();
        Assert.True(Editor().SetDrawing("wonen", With(Line(points: exactly))).Succeeded);
    }

    [Fact]
    public void SetDrawing_UnknownHouse_IsRefused_AndNullClears()
    {
        var editor = Editor();
        Assert.Equal(PlanEditError.UnknownHouse, editor.SetDrawing("kasteel", With(Line())).Error);
        editor.SetDrawing("wonen", With(Line()));
        Assert.True(editor.SetDrawing("wonen", null).Succeeded);
        Assert.True(editor.Plan.House("wonen").Drawing.IsEmpty);
    }
}
