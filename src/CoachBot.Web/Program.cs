using CoachBot.Web.Bot;
using CoachBot.Web.Hosting;
using CoachBot.Web.MyData;
using CoachBot.Web.Progress;
using CoachBot.Web.WebChannel;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachBot();

var app = builder.Build();
app.UseExceptionHandler();
app.MapBotEndpoints();
app.MapExportDownloads();
app.MapDiagnosticsEndpoints();
app.MapProgressShares();
app.MapLocalWebChannel();
app.MapHealthChecks("/healthz");
app.Run();
