using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Learning;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// builder.AddVoiceLearning(): the voice-learning tables in hub.db (<see cref="VoiceLearningStore"/>), what each home
/// taught and kept (<see cref="VoiceLearning"/>, bounded by Voice:Learning, validated at start) and the <see cref="VoiceAssistant"/> every voice path uses. Call after AddVoice.
/// </summary>
internal static class VoiceLearningHostingExtensions
{
    public static IHostApplicationBuilder AddVoiceLearning(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<VoiceLearningOptions>().BindConfiguration(VoiceLearningOptionsValidator.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VoiceLearningOptions>, VoiceLearningOptionsValidator>();
        services.AddSingleton(sp => VoiceLearningStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp => new VoiceLearning(sp.GetRequiredService<VoiceLearningStore>(), sp.GetRequiredService<DeviceRegistry>(),
            sp.GetRequiredService<SceneCatalog>(), sp.GetRequiredService<SceneRunner>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<VoiceLearningOptions>>().Value));
        services.AddSingleton(sp => new VoiceAssistant(sp.GetRequiredService<VoiceEngine>(), sp.GetRequiredService<VoiceLearning>(),
            sp.GetRequiredService<ILogger<VoiceAssistant>>()));
        return builder;
    }
}
