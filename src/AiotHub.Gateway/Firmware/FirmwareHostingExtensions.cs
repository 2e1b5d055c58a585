namespace AiotHub.Gateway.Firmware;

/// <summary>
/// builder.AddFirmware(): the <see cref="OtaChannel"/> between the rollout engine and the device bridge. The catalogue,
/// rollouts and feedback add their own parts (docs/ota.md).
/// </summary>
internal static class FirmwareHostingExtensions
{
    public static IHostApplicationBuilder AddFirmware(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OtaChannel>();
        return builder;
    }
}
