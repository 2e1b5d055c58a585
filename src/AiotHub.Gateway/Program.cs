using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Demo;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;

var builder = WebApplication.CreateBuilder(args.WithoutDemoSwitch(out var demo));
builder.AddMqtt();
builder.AddDevices();
builder.AddApi();
builder.AddAccess();
builder.AddDemo(demo);

var app = builder.Build();
app.UseApiErrors();
app.UseAccess();
app.MapHealthApi();
app.MapSetupApi();
app.MapTokensApi();
app.MapHomesApi();
app.MapDevicesApi();
app.MapProfilesApi();
// Remembered, not asked afterwards: by the time Run throws, the lifetime (and its token source) is disposed.
var stopRequested = false;
using var stopping = app.Lifetime.ApplicationStopping.Register(() => Volatile.Write(ref stopRequested, true));
try
{
    app.Run();
}
catch (OperationCanceledException) when (Volatile.Read(ref stopRequested))
{
    // SIGTERM while still starting (Kestrel not yet bound) cancels the start: that is a requested
    // stop, already drained by the hosted services, not a crash — exit 0 instead of aborting.
}

/// <summary>Entry point type, public so WebApplicationFactory can find it.</summary>
public partial class Program;
