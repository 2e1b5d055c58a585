using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// builder.AddRollouts(): the "Ota:Rollouts" section (checked at start), the rollout tables in hub.db, the engine and
/// the service that drives it. Call after AddFirmware (the OTA channel and the catalogue) and AddFeedback (the
/// device health reader).
/// </summary>
internal static class RolloutsHostingExtensions
{
    public static IHostApplicationBuilder AddRollouts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RolloutOptions>().BindConfiguration(RolloutOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RolloutOptions>, RolloutOptionsValidator>();
        services.AddSingleton(sp => RolloutStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton<RolloutEngine>();
        services.AddHostedService<RolloutService>();
        return builder;
    }
}
