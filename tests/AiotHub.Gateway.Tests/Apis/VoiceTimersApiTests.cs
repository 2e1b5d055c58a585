using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>/api/v1/homes/{id}/voice/timers: spoken timers waiting to run, listed and cancelled; a due timer acts through the assistant.</summary>
public sealed class VoiceTimersApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static VoiceResult TurnOffLamp => new(VoiceIntents.TurnOff, "en", ["lamp-1"], null, null, null, "", [], []);

    [Fact]
    public async Task APendingTimerIsListedWithWhatItWillDoAndAMemberCanCancelIt()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        var timers = hub.Services.GetRequiredService<VoiceTimers>();
        var timer = timers.Schedule(DeviceRegistry.DefaultHomeId, TimeSpan.FromMinutes(30), TurnOffLamp, "voice", "tok_x")!;
        using var member = hub.CreateHttpClient(hub.Tokens.Create("m", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null).Secret);

        var listed = await member.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/voice/timers", Ct);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(timer.Id, item.GetProperty("id").GetString());
        Assert.Equal("turn-off", item.GetProperty("intent").GetString());
        Assert.Equal(["lamp-1"], item.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(timer.Due, item.GetProperty("due").GetDateTimeOffset());

        using var cancelled = await member.DeleteAsync($"/api/v1/homes/home/voice/timers/{timer.Id}", Ct);
        using var again = await member.DeleteAsync($"/api/v1/homes/home/voice/timers/{timer.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await member.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/voice/timers", Ct)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ADueTimerCarriesOutItsActionThroughTheAssistant()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        var timers = hub.Services.GetRequiredService<VoiceTimers>();

        timers.Schedule(DeviceRegistry.DefaultHomeId, TimeSpan.FromSeconds(1), TurnOffLamp, "voice", "tok_x");

        var commands = await Eventually.MatchesAsync(() => Task.FromResult(hub.Registry.ListCommands("lamp-1")), c => c.Count > 0, Ct);
        var command = Assert.Single(commands);
        Assert.Equal(CommandKind.Set, command.Kind);
        Assert.Contains("light.on", command.Payload, StringComparison.Ordinal);
        // Removed once it has run.
        await Eventually.MatchesAsync(() => Task.FromResult(timers.List(DeviceRegistry.DefaultHomeId)), t => t.Count == 0, Ct);
    }
}
