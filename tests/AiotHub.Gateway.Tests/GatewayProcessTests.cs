using System.Net;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests;

/// <summary>The hub's executable, as systemd or docker runs it.</summary>
public sealed class GatewayProcessTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheExecutableServesHealthAndMqttThenExitsCleanlyOnSigterm()
    {
        await using var hub = GatewayProcess.Start();
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };

        var health = await Eventually.MatchesAsync(() => TryGetHealthAsync(http), h => h?.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(health?.StatusCode == HttpStatusCode.OK, $"/healthz never answered 200.{Environment.NewLine}{hub.Output}");
        Assert.Equal($"127.0.0.1:{hub.MqttPort}", health.Mqtt.GetProperty("listening")[0].GetString());

        await using (var device = await TestMqttClients.ConnectAsync(hub.MqttPort, Ct, clientId: "plug-1"))
        {
            await device.PublishAsync(new MqttApplicationMessage { Topic = "devices/plug-1/state", Payload = "on"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Ct);
            health = await HealthResponseJson.GetAsync(http, Ct);
            Assert.Equal(1, health.Counter("messagesIn"));
            Assert.Equal(1, health.Counter("connections"));
        }

        await hub.TerminateAsync(Ct);

        var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);
        Assert.True(exitCode == 0, $"Exit code {exitCode?.ToString() ?? "none (still running)"} after SIGTERM.{Environment.NewLine}{hub.Output}");
        Assert.Contains("Embedded MQTT broker stopped", hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutableRefusesABadSettingAndNamesIt()
    {
        await using var hub = GatewayProcess.Start("--Mqtt:ReceiveMaximum=0");

        var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);

        Assert.True(exitCode is not null and not 0, $"Exit code {exitCode?.ToString() ?? "none (still running)"}.{Environment.NewLine}{hub.Output}");
        Assert.Contains("Mqtt:ReceiveMaximum is 0; it must be between 1 and 65535.", hub.Output, StringComparison.Ordinal);
    }

    private static async Task<HealthResponseJson?> TryGetHealthAsync(HttpClient http)
    {
        try
        {
            return await HealthResponseJson.GetAsync(http, Ct);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
