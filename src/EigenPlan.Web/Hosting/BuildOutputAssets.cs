namespace EigenPlan.Web.Hosting;

/// <summary>
/// Lets the build output (<c>dotnet run</c>, <c>bin/…/EigenPlan.Web.dll</c>) serve <c>_framework/blazor.web.js</c> and
/// the other static web assets in every environment. The framework only does that in Development, because the build
/// leaves them where they were made and writes a manifest (<c>EigenPlan.Web.staticwebassets.runtime.json</c>) that
/// points there; a published folder has them in <c>wwwroot</c> and no such manifest, so nothing changes there.
/// </summary>
public static class BuildOutputAssets
{
    public static WebApplicationBuilder UseBuildOutputStaticAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = Path.Combine(AppContext.BaseDirectory, builder.Environment.ApplicationName + ".staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
        return builder;
    }
}
