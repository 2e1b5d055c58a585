using System.Net;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

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
            // The device alone: the hub's own device link is in-process, not a connection.
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

    [Fact]
    public async Task SigtermTellsConnectedMqtt5ClientsTheServerIsShuttingDown()
    {
        var stdbuf = Requires.Executable("stdbuf", "coreutils");
        var mosquittoSub = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        await using var hub = GatewayProcess.Start();
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var health = await Eventually.MatchesAsync(() => TryGetHealthAsync(http), h => h?.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(health?.StatusCode == HttpStatusCode.OK, hub.Output);

        await using var watcher = ChildProcess.Start(stdbuf,
            ["-oL", mosquittoSub, "-h", "127.0.0.1", "-p", $"{hub.MqttPort}", "-V", "mqttv5", "-d", "-i", "watcher", "-q", "1", "-t", "devices/#"]);
        await watcher.WaitForLineAsync(l => l.StartsWith("Subscribed", StringComparison.Ordinal), Eventually.Timeout, Ct);
        await hub.TerminateAsync(Ct);

        // MQTT 5.0 §3.14.2.1: 0x8B (139) Server shutting down.
        await watcher.WaitForLineAsync(l => l.Contains("DISCONNECT (139)", StringComparison.Ordinal), Eventually.Timeout, Ct);
        Assert.Equal(0, await hub.WaitForExitAsync(ExitTimeout, Ct));
    }

    [Fact]
    public async Task MosquittoPubNeedsAConfiguredUserWhenAnonymousAccessIsOff()
    {
        var mosquittoPub = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        await using var hub = GatewayProcess.Start("--Mqtt:AllowAnonymous=false", "--Mqtt:Users:hub-app=change me");
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var health = await Eventually.MatchesAsync(() => TryGetHealthAsync(http), h => h?.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(health?.StatusCode == HttpStatusCode.OK, hub.Output);

        async Task<(int Code, string Output)> PublishAsync(params string[] credentials)
        {
            await using var pub = ChildProcess.Start(mosquittoPub,
                ["-h", "127.0.0.1", "-p", $"{hub.MqttPort}", "-V", "mqttv311", "-q", "1", "-t", "devices/x", "-m", "1", .. credentials]);
            var code = await pub.WaitForExitAsync(Eventually.Timeout, Ct);
            return (code, pub.Describe());
        }

        // A configured user is a device identity: its client id must be its name.
        var good = await PublishAsync("-u", "hub-app", "-P", "change me", "-i", "hub-app");
        Assert.True(good.Code == 0, good.Output);
        var otherId = await PublishAsync("-u", "hub-app", "-P", "change me", "-i", "someone-else");
        Assert.True(otherId.Code != 0, otherId.Output);
        Assert.Contains("identifier rejected", otherId.Output, StringComparison.OrdinalIgnoreCase);
        var wrong = await PublishAsync("-u", "hub-app", "-P", "guess");
        Assert.True(wrong.Code != 0, wrong.Output);
        Assert.Contains("Connection Refused: bad user name or password", wrong.Output, StringComparison.Ordinal);
        var anonymous = await PublishAsync();
        Assert.True(anonymous.Code != 0, anonymous.Output);
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
