using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.Recorder;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Telemetry;

/// <summary>
/// builder.AddTelemetry(): the embedded recorder always, the InfluxDB export when
/// Telemetry:Influx:Url is set, both fed by the registry's reported values. Call between AddMqtt
/// and AddDevices: hosted services stop in reverse order, so the recorder and the export are
/// listening before the device bridge takes its first report and still listening until the bridge
/// has stopped — a graceful restart loses no reading.
/// </summary>
internal static class TelemetryHostingExtensions
{
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryRecorderOptions>().BindConfiguration(TelemetryRecorderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InfluxSinkOptions>().BindConfiguration(InfluxSinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<InfluxSinkOptions>, InfluxSinkOptionsValidator>();
        services.AddSingleton<TelemetryService>();
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryService>());
        return builder;
    }
}
