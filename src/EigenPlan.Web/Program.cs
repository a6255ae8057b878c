using EigenPlan.Booklet;
using EigenPlan.Content;
using EigenPlan.Storage;
using EigenPlan.Web;
using EigenPlan.Web.Components;
using EigenPlan.Web.Components.Pages.Staff;
using EigenPlan.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddEigenPlanContent(builder.Configuration);
builder.Services.AddEigenPlanStorage(builder.Configuration);
builder.Services.AddEigenPlanBooklet();
builder.Services.AddEigenPlanWeb();
builder.Services.AddEigenPlanStaffPreview(builder.Configuration);

var app = builder.Build();

app.UseEigenPlanWeb();
app.MapPlanSessionEndpoints();
app.MapBookletEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point; public so the end-to-end tests can host the app in-process.</summary>
public partial class Program;
