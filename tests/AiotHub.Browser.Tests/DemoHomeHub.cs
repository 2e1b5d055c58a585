using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests;

namespace AiotHub.Browser.Tests;

/// <summary>
/// A second hub running the shipped demo home (`--demo`: one device of every model in four rooms), for the tests of
/// the device cards, which need every type. Started once for the test class that uses it.
/// </summary>
public sealed class DemoHomeHub : IAsyncLifetime
{
    public const int DeviceCount = 14;

    private GatewayProcess? _hub;

    public HttpClient Owner { get; private set; } = null!;

    public string OwnerSecret { get; private set; } = "";

    public Uri BaseAddress => _hub!.BaseAddress;

    /// <summary>The hub's embedded MQTT broker, where the demo's devices are connected.</summary>
    public int MqttPort => _hub!.MqttPort;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(BrowserHub.ChromiumPath))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        _hub = GatewayProcess.Start("--demo");
        try
        {
            Owner = await _hub.CreateOwnerClientAsync(timeout.Token);
            OwnerSecret = Owner.DefaultRequestHeaders.Authorization!.Parameter!;
            while (await ReadyAsync(timeout.Token) < DeviceCount)
                await Task.Delay(250, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The demo home was not ready within 120 s. The hub said:\n{_hub.Output}");
        }
    }

    private async Task<int> ReadyAsync(CancellationToken cancellationToken)
    {
        var page = await Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices?limit=100", cancellationToken);
        return page.GetProperty("items").EnumerateArray().Count(d =>
            d.TryGetProperty("roomId", out var room) && room.ValueKind == JsonValueKind.String
            && d.GetProperty("availability").GetProperty("state").GetString() == "online");
    }

    /// <summary>Sets properties through the API and waits until the device reported them.</summary>
    public async Task SetAndWaitAsync(string deviceId, Dictionary<string, object> values, CancellationToken cancellationToken)
    {
        using var response = await Owner.PostAsJsonAsync($"/api/v1/homes/home/devices/{deviceId}/properties", new { values }, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"set answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        foreach (var (key, value) in values)
        {
            var expected = JsonSerializer.SerializeToElement(value).GetRawText();
            var reported = await Eventually.MatchesAsync(() => ReportedAsync(deviceId, key, cancellationToken), r => r == expected, cancellationToken);
            Assert.True(reported == expected, $"{deviceId} never reported {key}={expected} (last {reported})");
        }
    }

    public async Task<string?> ReportedAsync(string deviceId, string key, CancellationToken cancellationToken)
    {
        var device = await Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/devices/{deviceId}", cancellationToken);
        return device.GetProperty("properties").TryGetProperty(key, out var property) && property.TryGetProperty("reported", out var reported)
            ? reported.GetProperty("value").GetRawText()
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        Owner?.Dispose();
        if (_hub is not null)
            await _hub.DisposeAsync();
    }
}
