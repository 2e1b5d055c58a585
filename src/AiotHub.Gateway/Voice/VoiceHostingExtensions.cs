using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// builder.AddVoice(): the voice intent engine over the registry, scene catalog and runner, and the voice of every device
/// that listens (Voice:Listeners, <see cref="DeviceVoiceService"/>) with its meter on /metrics. Call after AddScenes.
/// </summary>
internal static class VoiceHostingExtensions
{
    public static IHostApplicationBuilder AddVoice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new VoiceEngine(
            sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneCatalog>(), sp.GetRequiredService<SceneRunner>(),
            modes: sp.GetService<HomeModes>(), timers: sp.GetService<VoiceTimers>()));
        builder.Services.AddOptions<VoiceListenerOptions>().BindConfiguration(VoiceListenerOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<VoiceListenerOptions>, VoiceListenerOptionsValidator>();
        builder.Services.AddSingleton<DeviceVoiceService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeviceVoiceService>());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(DeviceVoiceService.MeterName));
        builder.Services.AddHostedService<VoiceWarmUp>();
        return builder;
    }
}
