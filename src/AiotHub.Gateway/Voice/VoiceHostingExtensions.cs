using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Voice;

/// <summary>builder.AddVoice(): the voice intent engine over the registry, scene catalog and runner, and the speakers' voice-command path. Call after AddScenes.</summary>
internal static class VoiceHostingExtensions
{
    public static IHostApplicationBuilder AddVoice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new VoiceEngine(
            sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneCatalog>(), sp.GetRequiredService<SceneRunner>(),
            modes: sp.GetService<HomeModes>(), timers: sp.GetService<VoiceTimers>()));
        builder.Services.AddHostedService<SpeakerVoiceService>();
        return builder;
    }
}
