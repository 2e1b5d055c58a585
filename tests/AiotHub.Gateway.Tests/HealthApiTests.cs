using System.Net;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests;

public sealed class HealthApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthzReportsTheListeningEmbeddedBrokerAndCountsItsTraffic()
    {
        await using var hub = new GatewayFactory();
        using var http = hub.CreateClient();

        var before = await HealthResponseJson.GetAsync(http, Ct);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("healthy", before.Status);
        Assert.Equal("embedded", before.Mqtt.GetProperty("mode").GetString());
        var endPoint = IPEndPoint.Parse(Assert.Single(before.Mqtt.GetProperty("listening").EnumerateArray()).GetString()!);
        Assert.Equal(IPAddress.Loopback, endPoint.Address);
        Assert.NotEqual(0, endPoint.Port);

        await using var device = await TestMqttClients.ConnectAsync(endPoint.Port, Ct);
        await device.PublishAsync(new MqttApplicationMessage { Topic = "devices/plug/state", Payload = "on"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Ct);

        var after = await Eventually.MatchesAsync(() => HealthResponseJson.GetAsync(http, Ct), h => h.Counter("messagesIn") >= 1, Ct);
        // The device alone: the hub's own device link is in-process, not a connection.
        Assert.Equal(1, after.Counter("connections"));
        Assert.Equal(1, after.Counter("messagesIn"));
        Assert.Equal(0, after.Counter("messagesOut"));

        // The broker's overload figures: nothing queued, paused or dropped on a quiet hub.
        var overload = after.Mqtt.GetProperty("overload");
        foreach (var figure in new[] { "queued", "publishersPaused", "droppedSlowSubscriber", "droppedQueueFull", "droppedTooLarge", "droppedExpired" })
        {
            Assert.Equal(0, overload.GetProperty(figure).GetInt64());
        }
    }

    [Fact]
    public async Task HealthzAnswersServiceUnavailableWhileTheExternalBrokerIsUnreachable()
    {
        var nobody = FreePort.Next();
        await using var hub = new GatewayFactory(("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{nobody}"));
        using var http = hub.CreateClient();

        var health = await HealthResponseJson.GetAsync(http, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unhealthy", health.Status);
        Assert.Equal("external", health.Mqtt.GetProperty("mode").GetString());
        Assert.False(health.Mqtt.GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task ExternalModeConnectsToMosquittoWithTheCredentialsInTheUrl()
    {
        var passwords = Path.GetTempFileName();
        try
        {
            await WritePasswordFileAsync(passwords, "hub", "s3cret/:@");
            await using var mosquitto = await MosquittoBroker.StartAsync(new() { PasswordFile = passwords }, Ct);
            await using var hub = new GatewayFactory(
                ("Mqtt:Mode", "External"),
                ("Mqtt:Url", $"mqtt://hub:{Uri.EscapeDataString("s3cret/:@")}@127.0.0.1:{mosquitto.Port}"));
            using var http = hub.CreateClient();

            var health = await Eventually.MatchesAsync(() => HealthResponseJson.GetAsync(http, Ct), h => h.StatusCode == HttpStatusCode.OK, Ct);

            Assert.True(health.StatusCode == HttpStatusCode.OK, $"{health.Body}{Environment.NewLine}{mosquitto.Log}");
            Assert.True(health.Mqtt.GetProperty("connected").GetBoolean());
            Assert.False(health.Mqtt.TryGetProperty("listening", out _));
        }
        finally
        {
            File.Delete(passwords);
        }
    }

    [Fact]
    public async Task ExternalModeTurnsUnhealthyWhenMosquittoStopsAndHealthyWhenItIsBack()
    {
        await using var mosquitto = await MosquittoBroker.StartAsync(cancellationToken: Ct);
        await using var hub = new GatewayFactory(("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{mosquitto.Port}"));
        using var http = hub.CreateClient();
        var up = await Eventually.MatchesAsync(() => HealthResponseJson.GetAsync(http, Ct), h => h.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(up.StatusCode == HttpStatusCode.OK, $"{up.Body}{Environment.NewLine}{mosquitto.Log}");

        await mosquitto.StopAsync(Ct);
        var down = await Eventually.MatchesAsync(() => HealthResponseJson.GetAsync(http, Ct), h => h.StatusCode == HttpStatusCode.ServiceUnavailable, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);

        await mosquitto.StartAgainAsync(Ct);
        var back = await Eventually.MatchesAsync(() => HealthResponseJson.GetAsync(http, Ct), h => h.StatusCode == HttpStatusCode.OK, Ct);
        Assert.True(back.StatusCode == HttpStatusCode.OK, $"{back.Body}{Environment.NewLine}{mosquitto.Log}");
    }

    private static async Task WritePasswordFileAsync(string path, string user, string password)
    {
        var tool = Requires.Executable("mosquitto_passwd", "mosquitto");
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, ["-b", path, user, password])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync(Ct);
        Assert.Equal(0, process.ExitCode);
    }
}
