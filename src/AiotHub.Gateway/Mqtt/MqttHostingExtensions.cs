using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Pairing;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>builder.AddMqtt(): the "Mqtt" options and the hosted service for the configured Mqtt:Mode.</summary>
internal static class MqttHostingExtensions
{
    public static IHostApplicationBuilder AddMqtt(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MqttOptions>().BindConfiguration(MqttOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MqttOptions>, MqttOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubClientCredentials>();
        services.AddSingleton(sp => new MqttTopicAuthorizer(
            sp.GetRequiredService<IOptions<DevicesOptions>>().Value.TopicRoot, sp.GetRequiredService<IOptions<MqttOptions>>().Value.ToAcl()));
        services.AddSingleton(sp =>
        {
            var mqtt = sp.GetRequiredService<IOptions<MqttOptions>>().Value;
            return new MqttConnectAuthenticator(mqtt.AnonymousAccess, new MqttUserAuthenticator(mqtt), sp.GetRequiredService<MqttTopicAuthorizer>(),
                sp.GetRequiredService<HubClientCredentials>(), sp.GetService<DeviceCredentials>(), sp.GetService<PairingCodes>(),
                sp.GetService<PairingAttemptLimiter>(), sp.GetService<HubCertificateAuthority>());
        });
        services.AddSingleton(sp => new EmbeddedBrokerService(
            sp.GetRequiredService<IOptions<MqttOptions>>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<EmbeddedBrokerService>>(), sp.GetRequiredService<MqttConnectAuthenticator>(),
            sp.GetRequiredService<MqttTopicAuthorizer>(), sp.GetService<HubCertificateAuthority>(),
            // The in-process device link attaches before the broker accepts (AddDevices); over loopback it must connect first.
            holdConnectionsForDeviceLink: sp.GetRequiredService<IOptions<DevicesOptions>>().Value.Link != DeviceLinkKind.MqttClient));
        services.AddSingleton<ExternalBrokerService>();

        // The mode is read when services are resolved, not here, so configuration added later (tests,
        // command line) still decides it.
        services.AddSingleton<IMqttStatusSource>(sp =>
            sp.GetRequiredService<IOptions<MqttOptions>>().Value.Mode == MqttMode.External
                ? sp.GetRequiredService<ExternalBrokerService>()
                : sp.GetRequiredService<EmbeddedBrokerService>());
        services.AddSingleton<IHostedService>(sp => (IHostedService)sp.GetRequiredService<IMqttStatusSource>());
        return builder;
    }
}
