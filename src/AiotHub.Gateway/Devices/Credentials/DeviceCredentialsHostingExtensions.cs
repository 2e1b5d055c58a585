using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Pairing;
using AiotHub.Gateway.Provisioning;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// builder.AddDeviceCredentials(): per-device credentials in hub.db, the hub's local CA, pairing codes and their
/// MQTT responder, bulk provisioning and sandbox homes (docs/security.md). Call after AddDevices. The embedded
/// broker's authenticator finds these when they are registered.
/// </summary>
internal static class DeviceCredentialsHostingExtensions
{
    public const string AuthorityDirectoryName = "ca";

    public static IHostApplicationBuilder AddDeviceCredentials(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new DeviceCredentialStore(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton<DeviceCredentials>();
        services.AddSingleton(sp => new HubCertificateAuthority(
            Path.Combine(Path.GetDirectoryName(sp.GetRequiredService<DeviceStore>().Path)!, AuthorityDirectoryName), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PairingCodes>();
        services.AddSingleton<PairingAttemptLimiter>();
        services.AddSingleton<PairingResponder>();
        services.AddSingleton<DeviceCredentialChanges>();
        services.AddHostedService(sp => sp.GetRequiredService<DeviceCredentialChanges>());
        services.AddSingleton(sp => new SandboxHomes(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton<DeviceProvisioning>();
        return builder;
    }
}
