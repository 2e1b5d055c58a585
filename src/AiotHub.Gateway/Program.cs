using AiotHub.Gateway;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Demo;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Events;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Scenes;
using AiotHub.Gateway.Telemetry;
using AiotHub.Gateway.Voice;
using AiotHub.Gateway.WebApp;

var builder = WebApplication.CreateBuilder(args.WithoutDemoSwitch(out var demo));
builder.AddMqtt();
builder.AddTelemetry();
builder.AddDevices();
builder.AddScenes();
builder.AddVoice();
builder.AddApi();
builder.AddEvents();
builder.AddAccess();
builder.AddDemo(demo);

var app = builder.Build();
app.UseApiErrors();
app.UseWebSockets();
app.UseWebApp();
app.UseAccess();
app.UseRateLimiter();
app.MapOpenApi();
app.MapHealthApi();
app.MapSetupApi();
app.MapTokensApi();
app.MapHomesApi();
app.MapDevicesApi();
app.MapScenesApi();
app.MapVoiceApi();
app.MapProfilesApi();
app.MapEventsApi();
app.MapHistoryApi();
app.RunUntilStopped();

/// <summary>Entry point type, public so WebApplicationFactory can find it.</summary>
public partial class Program;
