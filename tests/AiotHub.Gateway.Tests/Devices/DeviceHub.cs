using System.Diagnostics;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>The real hub in-process (<see cref="GatewayFactory"/>) with handles on its registry and broker port.</summary>
internal sealed class DeviceHub : IAsyncDisposable
{
    private readonly GatewayFactory _factory;

    public DeviceHub(params (string Key, string? Value)[] settings)
        : this(DeviceLinkKind.Auto, settings)
    {
    }

    /// <summary>The hub with Devices:Link <paramref name="link"/>: the device-protocol tests run against each link.</summary>
    public DeviceHub(DeviceLinkKind link, params (string Key, string? Value)[] settings)
        : this(link, null, settings)
    {
    }

    /// <summary>The hub with its services changed by <paramref name="configureServices"/> after its own registrations.</summary>
    public DeviceHub(DeviceLinkKind link, Action<IServiceCollection>? configureServices, params (string Key, string? Value)[] settings)
    {
        if (link != DeviceLinkKind.Auto)
            settings = [.. settings, ("Devices:Link", link.ToString())];
        _factory = new GatewayFactory(settings) { ConfigureServices = configureServices };
        // Building the client starts the host: broker, then bridge.
        _factory.CreateClient().Dispose();
        Registry = _factory.Services.GetRequiredService<DeviceRegistry>();
        Bridge = _factory.Services.GetRequiredService<DeviceBridge>();
        Port = _factory.Services.GetRequiredService<EmbeddedBrokerService>().Broker?.LocalEndPoints[0].Port ?? 0;
    }

    public DeviceRegistry Registry { get; }

    public DeviceBridge Bridge { get; }

    /// <summary>The embedded broker's port; 0 in External mode.</summary>
    public int Port { get; }

    /// <summary>The hub's token store, for tests that mint tokens of other roles.</summary>
    public AccessTokens Tokens => _factory.Services.GetRequiredService<AccessTokens>();

    /// <summary>An HTTP client for the hub (in-process, no socket) without a token: what a device downloads an image with.</summary>
    public HttpClient CreateAnonymousHttpClient() => _factory.CreateClient();

    /// <summary>An HTTP client for the hub's API (in-process, no socket) with a fresh owner token of the default home.</summary>
    public HttpClient CreateHttpClient() =>
        CreateHttpClient(Tokens.Create("tests", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Owner)], expires: null).Secret);

    /// <summary>An HTTP client presenting <paramref name="secret"/> as its bearer token (none when null).</summary>
    public HttpClient CreateHttpClient(string? secret)
    {
        var http = _factory.CreateClient();
        if (secret is not null)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    /// <summary>The hub's services (in-process).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A WebSocket client for the hub's API (in-process, no socket).</summary>
    public Microsoft.AspNetCore.TestHost.WebSocketClient CreateWebSocketClient()
    {
        var secret = Tokens.Create("tests", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Owner)], expires: null).Secret;
        var client = _factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {secret}";
        return client;
    }

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Polls (never sleeps blindly) until the condition holds or 20 s pass; returns whether it held.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Eventually.Timeout)
                return false;
            await Task.Delay(20, cancellationToken);
        }

        return true;
    }

    /// <summary>Waits until the device is known, online, and the bridge is subscribed.</summary>
    public async Task WaitOnlineAsync(string deviceId, CancellationToken cancellationToken) =>
        Assert.True(await WaitUntilAsync(
            () => Registry.TryGetDevice(deviceId, out var d) && d.Availability.State == AvailabilityState.Online, cancellationToken),
            $"{deviceId} did not come online");

    /// <summary>Both links to the embedded broker: in-process, and the MQTT client over loopback.</summary>
    public static TheoryData<DeviceLinkKind> Links => [DeviceLinkKind.InProcess, DeviceLinkKind.MqttClient];

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
