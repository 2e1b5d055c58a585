using System.Diagnostics.Metrics;
using System.Reflection;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// builder.AddMetrics() and app.MapMetrics(): <c>GET /metrics</c> in Prometheus text format. The hub's figures are
/// System.Diagnostics.Metrics instruments, one meter per area (<c>AiotHub.Mqtt</c>, <c>AiotHub.Devices</c>,
/// <c>AiotHub.Commands</c>, <c>AiotHub.Automation</c>, <c>AiotHub.Telemetry</c>) beside ASP.NET Core's own (HTTP requests
/// by route template, Kestrel's connections) and the runtime's; the OpenTelemetry SDK reads them and its Prometheus
/// exporter writes the text (docs/metrics.md says why this library). Call early: the areas' hosted services then
/// start before the hub's others (no command or run goes uncounted) and stop after them.
/// </summary>
internal static class MetricsHostingExtensions
{
    public const string Path = "/metrics";

    /// <summary>The meters that /metrics shows besides the hub's own: what ASP.NET Core and the runtime already measure.</summary>
    private static readonly string[] FrameworkMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime"];

    public static IHostApplicationBuilder AddMetrics(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new ScrapeSnapshot<DevicesStatus>(sp.GetRequiredService<DeviceBridge>().GetStatus, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ScrapeSnapshot<TelemetryStatus>(sp.GetRequiredService<TelemetryService>().GetStatus, sp.GetRequiredService<TimeProvider>()));
        AddArea<MqttMetrics>(services);
        AddArea<DeviceMetrics>(services);
        AddArea<CommandMetrics>(services);
        AddArea<AutomationMetrics>(services);
        AddArea<TelemetryMetrics>(services);

        var version = typeof(MetricsHostingExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("aiothub", serviceVersion: version, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics => metrics
                .AddMeter(MqttMetrics.MeterName, DeviceMetrics.MeterName, CommandMetrics.MeterName, AutomationMetrics.MeterName, TelemetryMetrics.MeterName)
                .AddMeter(Activity.ActivityMetrics.MeterName)
                .AddMeter(FrameworkMeters)
                .AddPrometheusExporter(options => options.ScrapeEndpointPath = Path));
        services.ConfigureOpenTelemetryMeterProvider((sp, metrics) =>
        {
            // Meters made by this hub's IMeterFactory, and the process-wide ones (the runtime's); never another host's
            // in the same process (tests run many hubs at once), whose meters carry the same names.
            var own = sp.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own)
                ? null
                : MetricStreamConfiguration.Drop);
        });
        return builder;
    }

    /// <summary>GET /metrics for the hub's own machine and the default home's owners and integrators (<see cref="MetricsAccess"/>).</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(MetricsAccess.GuardAsync), optionsName: null);
        return app;
    }

    private static void AddArea<TArea>(IServiceCollection services)
        where TArea : class, IHostedService
    {
        services.AddSingleton<TArea>();
        services.AddHostedService(sp => sp.GetRequiredService<TArea>());
    }
}
