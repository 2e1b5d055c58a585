using System.Net;
using System.Net.Http.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Metrics;

/// <summary>
/// /metrics as a Prometheus server sees it: the text parses, and the series a user would query (bus traffic, queue
/// depths, command outcomes and latency, automation runs, telemetry, HTTP requests) carry plausible values after real
/// MQTT traffic, a command the device applies and two automation runs. Access follows /healthz's figures.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const string Light = "aiot.light.ceiling1";
    private const string Automations = "/api/v1/homes/home/automations";
    private static readonly IPAddress HomeNetwork = IPAddress.Parse("192.168.1.20");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScrapeFromTheHubsOwnMachineShowsTheBusCommandsAutomationRunsAndHttpRequests()
    {
        await using var hub = new GatewayFactory();
        using var owner = Client(hub, AccessRole.Owner);
        var port = hub.Services.GetRequiredService<EmbeddedBrokerService>().Broker!.LocalEndPoints[0].Port;
        var registry = hub.Services.GetRequiredService<DeviceRegistry>();
        await using var lamp = await TestDevice.StartAsync(port, "lamp-1", Light, Ct);
        Assert.True(await DeviceHub.WaitUntilAsync(() => registry.TryGetDevice("lamp-1", out var d) && d.Availability.State == AvailabilityState.Online, Ct));
        await lamp.PublishAsync("properties", """{"values":{"light.on":false,"light.brightness":20}}""", Ct);

        // A command through the API, which the lamp applies.
        var answered = AnswerAsync(lamp);
        using var set = await owner.PostAsJsonAsync("/api/v1/homes/home/devices/lamp-1/properties", new { values = new Dictionary<string, object> { ["light.brightness"] = 60 } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, set.StatusCode);
        await answered;
        // Two automation runs: one succeeds, one stops on its condition (the home is not away).
        await CreateAutomationAsync(owner, """{"id":"hello","name":"Hello","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hello"}]}""");
        await CreateAutomationAsync(owner, """
            {"id":"away-off","name":"Off when away","triggers":[{"kind":"manual"}],"conditions":[{"kind":"mode","in":["away"]}],
             "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}
            """);
        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsync($"{Automations}/hello/run", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsync($"{Automations}/away-off/run", null, Ct)).StatusCode);

        var metrics = await Eventually.MatchesAsync(async () => PrometheusText.Parse((await ScrapeAsync(hub, IPAddress.Loopback, null)).Body),
            m => m.Select("aiothub_automation_runs_total").Sum(s => s.Value) >= 2 && m.Select("aiothub_commands_completed_total").Any(), Ct);

        // The bus: the lamp connected (the hub's own link is in-process, not a connection); announce, online, report
        // and reply in, the set out.
        Assert.True(metrics.Value("aiothub_mqtt_connections") >= 1);
        Assert.True(metrics.Value("aiothub_mqtt_messages_total", ("direction", "in")) >= 4);
        Assert.True(metrics.Value("aiothub_mqtt_messages_total", ("direction", "out")) >= 1);
        Assert.True(metrics.Value("aiothub_mqtt_io_bytes_total", ("direction", "in")) > 0);
        Assert.Equal(["expired", "queue-full", "slow-subscriber", "too-large"], metrics.Select("aiothub_mqtt_messages_dropped_total").Select(s => s.Labels["reason"]).Order());
        Assert.Equal(0, metrics.Select("aiothub_mqtt_messages_dropped_total").Sum(s => s.Value));
        Assert.True(metrics.Value("aiothub_mqtt_sessions") >= 1); // the lamp's; the hub's in-process link holds none
        Assert.True(metrics.Value("aiothub_mqtt_queued") >= 0);
        Assert.True(metrics.Value("aiothub_mqtt_inflight") >= 0);
        Assert.Equal(0, metrics.Value("aiothub_mqtt_publishers_paused"));
        Assert.Equal("gauge", metrics.Types["aiothub_mqtt_queued"]);
        // The devices, and the command: one set, applied, its latency in the histogram.
        Assert.Equal(1, metrics.Value("aiothub_devices_online"));
        Assert.Equal(1, metrics.Value("aiothub_devices_link_connected"));
        Assert.Equal(1, metrics.Value("aiothub_commands_created_total", ("kind", "set")));
        Assert.Equal(1, metrics.Value("aiothub_commands_completed_total", ("kind", "set"), ("outcome", "applied")));
        Assert.Equal(0, metrics.Value("aiothub_commands_pending"));
        Assert.Equal("histogram", metrics.Types["aiothub_commands_duration_seconds"]);
        Assert.Equal(1, metrics.Value("aiothub_commands_duration_seconds_count", ("kind", "set"), ("outcome", "applied")));
        var latency = metrics.Value("aiothub_commands_duration_seconds_sum", ("kind", "set"), ("outcome", "applied"));
        Assert.InRange(latency, 0, 10);
        Assert.Equal(1, metrics.Value("aiothub_commands_duration_seconds_bucket", ("kind", "set"), ("outcome", "applied"), ("le", "10")));
        // Automation runs by result.
        Assert.Equal(1, metrics.Value("aiothub_automation_runs_total", ("result", "succeeded")));
        Assert.Equal(1, metrics.Value("aiothub_automation_runs_total", ("result", "conditions-failed")));
        Assert.Equal(0, metrics.Value("aiothub_automation_queued"));
        // The activity log: its queue and its counters, nothing dropped or failed.
        Assert.True(metrics.Value("aiothub_activity_queued") >= 0);
        Assert.Equal(0, metrics.Value("aiothub_activity_dropped_total"));
        Assert.Equal(0, metrics.Value("aiothub_activity_failed_total"));
        // Telemetry: the recorder's queue and counts are there (the export is not configured, so it shows nothing).
        Assert.True(metrics.Value("aiothub_telemetry_recorder_queued") >= 0);
        Assert.Equal(0, metrics.Value("aiothub_telemetry_recorder_dropped_total"));
        Assert.Empty(metrics.Select("aiothub_telemetry_export_queued"));
        // HTTP requests by route template (ASP.NET Core's own meter), never by the device's id.
        Assert.True(metrics.Value("http_server_request_duration_seconds_count", ("http_request_method", "POST"),
            ("http_route", "/api/v1/homes/{homeId}/devices/{deviceId}/properties"), ("http_response_status_code", "202")) >= 1);
        Assert.DoesNotContain(metrics.Samples, s => s.Labels.Values.Any(v => v.Contains("lamp-1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AScraperOnTheHomeNetworkNeedsTheTokenOfAnOwnerOrIntegratorOfTheDefaultHome()
    {
        await using var hub = new GatewayFactory();

        var stranger = await ScrapeAsync(hub, HomeNetwork, null);
        Assert.Equal(StatusCodes.Status401Unauthorized, stranger.Status);
        Assert.StartsWith("Bearer", stranger.Challenge, StringComparison.Ordinal);
        Assert.DoesNotContain("aiothub_", stranger.Body, StringComparison.Ordinal);
        var forged = await ScrapeAsync(hub, HomeNetwork, "aiot_" + new string('A', 43));
        Assert.Equal(StatusCodes.Status401Unauthorized, forged.Status);

        foreach (var (role, home) in new[] { (AccessRole.Member, DeviceRegistry.DefaultHomeId), (AccessRole.Guest, DeviceRegistry.DefaultHomeId), (AccessRole.Owner, "cabin") })
        {
            var refused = await ScrapeAsync(hub, HomeNetwork, Secret(hub, role, home));
            Assert.True(refused.Status == StatusCodes.Status403Forbidden, $"{role} of {home}: {refused.Status}");
            Assert.DoesNotContain("aiothub_", refused.Body, StringComparison.Ordinal);
        }

        foreach (var role in new[] { AccessRole.Integrator, AccessRole.Owner })
        {
            var scraped = await ScrapeAsync(hub, HomeNetwork, Secret(hub, role, DeviceRegistry.DefaultHomeId));
            Assert.True(scraped.Status == StatusCodes.Status200OK, $"{role}: {scraped.Status}");
            // The bus's figures are in the answer (no device is connected: the hub's own link is in-process).
            Assert.Equal("gauge", PrometheusText.Parse(scraped.Body).Types["aiothub_mqtt_connections"]);
        }
    }

    /// <summary>GET /metrics as if from <paramref name="from"/> (TestServer lets the test set the peer's address).</summary>
    private static async Task<(int Status, string Body, string Challenge)> ScrapeAsync(GatewayFactory hub, IPAddress from, string? token)
    {
        var context = await hub.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = from;
            if (token is not null)
                c.Request.Headers.Authorization = $"Bearer {token}";
        }, Ct);
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync(Ct), context.Response.Headers.WWWAuthenticate.ToString());
    }

    private static string Secret(GatewayFactory hub, AccessRole role, string home) =>
        hub.Services.GetRequiredService<AccessTokens>().Create(role.ToString(), [new AccessGrant(home, role)], expires: null).Secret;

    private static HttpClient Client(GatewayFactory hub, AccessRole role)
    {
        var http = hub.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Secret(hub, role, DeviceRegistry.DefaultHomeId));
        return http;
    }

    private static async Task CreateAutomationAsync(HttpClient owner, string json)
    {
        using var created = await owner.PostAsync(Automations, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task AnswerAsync(TestDevice device)
    {
        var (_, body) = await device.NextCommandAsync(Ct);
        await device.ReplyAsync(body.GetProperty("id").GetString()!, 0, Ct);
    }
}
