using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The hub's MQTT and device services (plus what <c>add</c> adds) in a bare host over a throwaway
/// data directory, started with the given settings: how the options tests see a bad section stop
/// the start, or a good one build the services.
/// </summary>
internal static class HubServicesHost
{
    public static async Task StartAsync(
        Action<HostApplicationBuilder> add, Action<IServiceProvider> check, (string Key, string? Value)[] settings, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aiothub-options-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(
            [
                new("Mqtt:Persistence:DataDirectory", dataDirectory), new("Devices:DataDirectory", dataDirectory),
                new("Mqtt:Address", "127.0.0.1"), new("Mqtt:Port", "0"),
            ]);
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
            builder.AddMqtt();
            builder.AddDevices();
            add(builder);
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            check(host.Services);
            await host.StopAsync(cancellationToken);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
