using EigenPlan.Booklet;
using EigenPlan.Content;
using EigenPlan.Storage.PostgreSql;
using EigenPlan.Web;
using EigenPlan.Web.Components;
using EigenPlan.Web.Components.Pages.Staff;
using EigenPlan.Web.Endpoints;
using EigenPlan.Web.Hosting;
using EigenPlan.Web.Insights;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Notifications;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputStaticAssets();

builder.Services.AddEigenPlanContent(builder.Configuration);
// Storage:Provider = LiteDb (default: one file, one instance) | PostgreSql (any number of instances).
builder.Services.AddEigenPlanStorageProvider(builder.Configuration);
builder.Services.AddEigenPlanBooklet();
builder.Services.AddEigenPlanWeb(builder.Configuration);
builder.Services.AddEigenPlanStaffPreview(builder.Configuration);
builder.Services.AddEigenPlanNotifications(builder.Configuration);
builder.Services.AddEigenPlanInsights(builder.Configuration);

var app = builder.Build();

app.UseEigenPlanWeb();
app.MapPlanSessionEndpoints();
app.MapLanguageEndpoints();
app.MapBookletEndpoints();
app.MapConversationReminderEndpoints();
app.MapNotificationEndpoints();
app.MapInsightEndpoints();
// The security headers send frame-ancestors 'none' on every response; Blazor's own frame-ancestors header would be a
// second Content-Security-Policy header, so it is switched off here (WebSocket compression stays on).
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

app.Run();

/// <summary>Entry point; public so the end-to-end tests can host the app in-process.</summary>
public partial class Program;
