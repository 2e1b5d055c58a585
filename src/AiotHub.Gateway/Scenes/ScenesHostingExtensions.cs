using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Automation.Scenes;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Scenes;

/// <summary>builder.AddScenes(): the "Scenes" options, the scenes' tables in hub.db (<see cref="SceneStore"/>), the scene catalog and the runner. Call after AddDevices.</summary>
internal static class ScenesHostingExtensions
{
    public static IHostApplicationBuilder AddScenes(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScenesOptions>().BindConfiguration(ScenesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => SceneStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp => new SceneCatalog(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SceneRunner(sp.GetRequiredService<SceneCatalog>(), sp.GetRequiredService<SceneStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ScenesOptions>>().Value.ToRunnerOptions()));
        return builder;
    }
}
