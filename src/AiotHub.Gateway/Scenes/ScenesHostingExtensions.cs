using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Scenes;

/// <summary>
/// builder.AddScenes(): the "Scenes" section bound into <see cref="SceneRunnerOptions"/> (checked at start), the scenes'
/// tables in hub.db (<see cref="SceneStore"/>), the scene catalog and the runner. Call after AddDevices.
/// </summary>
internal static class ScenesHostingExtensions
{
    public static IHostApplicationBuilder AddScenes(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SceneRunnerOptions>().BindConfiguration(SceneRunnerOptionsValidator.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SceneRunnerOptions>, SceneRunnerOptionsValidator>();
        services.AddSingleton(sp => SceneStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp => new SceneCatalog(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SceneRunner(sp.GetRequiredService<SceneCatalog>(), sp.GetRequiredService<SceneStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SceneRunnerOptions>>().Value));
        return builder;
    }
}
