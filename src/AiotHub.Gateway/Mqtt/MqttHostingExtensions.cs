using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Pairing;
using AiotHub.Mqtt.Broker;
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
        // The broker's settings, bound straight into the type the broker takes, under the keys docs/gateway.md lists.
        // Mqtt:Acl is left out: it is the hub's rule list (MqttOptions.Acl, applied by identity in MqttTopicAuthorizer),
        // not the broker's own MqttAcl property of that name, which a binder cannot build. What configuration cannot
        // hold (address, clock, log, authentication and authorization, store) EmbeddedBrokerService sets at start.
        services.AddOptions<MqttBrokerOptions>()
            .Configure<IConfiguration>((broker, configuration) => BrokerKeys(configuration).Bind(broker))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MqttBrokerOptions>, MqttBrokerOptionsValidator>();
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
            sp.GetRequiredService<IOptions<MqttOptions>>(), sp.GetRequiredService<IOptions<MqttBrokerOptions>>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>(),
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

    /// <summary>
    /// The "Mqtt" section without Mqtt:Acl (see AddMqtt), read once at start; full paths, so a value the binder cannot
    /// convert (Mqtt:ReceiveMaximum 70000 for a ushort) fails naming its key.
    /// </summary>
    private static IConfigurationSection BrokerKeys(IConfiguration configuration) => new ConfigurationBuilder()
        .AddInMemoryCollection(configuration.GetSection(MqttOptions.SectionName).AsEnumerable()
            .Where(pair => !pair.Key.Equals("Mqtt:Acl", StringComparison.OrdinalIgnoreCase)
                && !pair.Key.StartsWith("Mqtt:Acl:", StringComparison.OrdinalIgnoreCase)))
        .Build()
        .GetSection(MqttOptions.SectionName);
}
