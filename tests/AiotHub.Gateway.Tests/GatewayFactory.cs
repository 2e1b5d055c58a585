using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The real hub in-process, its embedded broker on 127.0.0.1 and a free port (Mqtt:Port=0) so
/// tests never collide on 1883, its persistence directory (broker and device registry) a fresh temporary one. More settings
/// (key → value, as on the command line) come from the test.
/// </summary>
internal sealed class GatewayFactory(params (string Key, string? Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("aiothub-gateway-").FullName;

    /// <summary>Changes to the hub's services after its own registrations (tests that need one in a given place).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }

        builder.UseSetting("Mqtt:Address", "127.0.0.1");
        builder.UseSetting("Mqtt:Port", "0");
        builder.UseSetting("Mqtt:Persistence:DataDirectory", _dataDirectory);
        builder.UseSetting("Devices:DataDirectory", _dataDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
