using System.Text.Json;
using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>The command lifecycle (docs/mqtt-protocol.md "What the hub guarantees about commands").</summary>
public sealed class DeviceCommandTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void ASetRecordsDesiredValuesAtOnceAndQueuesTheSetMessage()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.OnProperties("lamp-1", Json("""{"light.brightness":20}"""));

        var result = registry.SetProperties("lamp-1", Json("""{"light.on":true,"light.brightness":60}"""));

        Assert.True(result.IsAccepted);
        Assert.StartsWith("c-", result.Command.Id, StringComparison.Ordinal);
        Assert.Equal(CommandStatus.Pending, result.Command.Status);
        var outbound = registry.TakeOutbound();
        Assert.Equal(result.Outbound, outbound);
        var set = Assert.IsType<SetPropertiesRequest>(outbound);
        Assert.Equal(("lamp-1", result.Command.Id), (set.DeviceId, set.CommandId));
        Assert.Equal(60, set.Values["light.brightness"].GetInt32());
        Assert.True(set.Values["light.on"].GetBoolean());

        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        var brightness = device.Properties["light.brightness"];
        Assert.Equal(60, brightness.Desired!.Value.GetInt32());
        Assert.Equal(20, brightness.Reported!.Value.GetInt32());
    }

    [Fact]
    public void AnInvalidSetIsRefusedWithEveryProblemAndNothingIsSent()
    {
        var registry = Create(_clock);
        registry.Online("speaker-1", Speaker);

        var result = registry.SetProperties("speaker-1", Json("""{"speaker.volume":101,"play-control.playing-state":1,"speaker.bass":3}"""));

        Assert.False(result.IsAccepted);
        Assert.Equal(
            [
                "$.values['speaker.volume']: 101 is outside the value-range 0..100",
                "$.values['play-control.playing-state']: property 'playing-state' is not writable",
                "$.values['speaker.bass']: unknown property",
            ],
            result.Errors.Select(e => e.ToString()));
        Assert.Null(registry.TakeOutbound());
        Assert.True(registry.TryGetDevice("speaker-1", out var device));
        Assert.Empty(device.Properties);
    }

    [Fact]
    public void ReplyCodeZeroAppliesTheCommandWithItsLatencyFromPublish()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var id = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        _clock.Advance(TimeSpan.FromMilliseconds(5));
        registry.MarkSent(id);
        _clock.Advance(TimeSpan.FromMilliseconds(120));

        Assert.True(registry.OnReply("lamp-1", id, 0));

        var command = registry.GetCommand(id)!;
        Assert.Equal(CommandStatus.Applied, command.Status);
        Assert.Equal(0, command.Code);
        Assert.Equal(TimeSpan.FromMilliseconds(120), command.Latency);
    }

    [Fact]
    public void ANonZeroReplyRejectsTheCommandWithTheDevicesCodeAndMessage()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        var id = registry.SetProperties("lamp-1", Json("""{"light.brightness":50}""")).Command!.Id;

        registry.OnReply("lamp-1", id, -4004, "calibrating");

        var command = registry.GetCommand(id)!;
        Assert.Equal(CommandStatus.Rejected, command.Status);
        Assert.Equal(-4004, command.Code);
        Assert.Equal("calibrating", command.Message);
    }

    [Fact]
    public void ACommandWithoutReplyTimesOutAfterTheCommandTimeout()
    {
        var registry = Create(_clock, timeout: TimeSpan.FromSeconds(3));
        registry.Online("lamp-1");
        var id = registry.SetProperties("lamp-1", Json("""{"light.on":false}""")).Command!.Id;

        _clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Equal(CommandStatus.Pending, registry.GetCommand(id)!.Status);
        _clock.Advance(TimeSpan.FromSeconds(0.1));

        var command = registry.GetCommand(id)!;
        Assert.Equal(CommandStatus.TimedOut, command.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), command.Latency);
        Assert.False(registry.OnReply("lamp-1", id, 0), "a late reply changes nothing");
        Assert.Equal(CommandStatus.TimedOut, registry.GetCommand(id)!.Status);
    }

    [Fact]
    public void ADeviceGoingOfflineFailsItsPendingCommandsButNoOthers()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        var first = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        var other = registry.SetProperties("lamp-2", Json("""{"light.on":true}""")).Command!.Id;

        registry.OnAvailability("lamp-1", online: false, "last-will");

        Assert.Equal(CommandStatus.Offline, registry.GetCommand(first)!.Status);
        Assert.Equal(CommandStatus.Pending, registry.GetCommand(other)!.Status);
    }

    [Fact]
    public void ACommandForAnOfflineDeviceIsOfflineAtOnceAndNotSent()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.OnAvailability("lamp-1", online: false, "shutdown");

        var result = registry.SetProperties("lamp-1", Json("""{"light.on":true}"""));

        Assert.True(result.IsAccepted);
        Assert.Equal(CommandStatus.Offline, result.Command.Status);
        Assert.Null(result.Outbound);
        Assert.Null(registry.TakeOutbound());
        Assert.True(registry.TryGetDevice("lamp-1", out var device));
        Assert.Null(device.Properties.GetValueOrDefault("light.on")?.Desired);
    }

    [Fact]
    public void RepliesForUnknownOrAnotherDevicesCommandsAreCountedAndIgnored()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.Online("lamp-2");
        var id = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;

        Assert.False(registry.OnReply("lamp-1", "c-000000000000", 0));
        Assert.False(registry.OnReply("lamp-2", id, 0));

        Assert.Equal(CommandStatus.Pending, registry.GetCommand(id)!.Status);
        Assert.True(registry.TryGetDevice("lamp-1", out var lamp1));
        Assert.True(registry.TryGetDevice("lamp-2", out var lamp2));
        Assert.Equal(1, lamp1.Counters.UnknownReplies);
        Assert.Equal(1, lamp2.Counters.UnknownReplies);
    }

    [Fact]
    public void AnActionCallNeedsItsRequiredArgumentsAndSendsThemAsIn()
    {
        var registry = Create(_clock);
        registry.Online("speaker-1", Speaker);

        var missing = registry.CallAction("speaker-1", "intelligent-speaker.play-text", Json("{}"));
        var unknown = registry.CallAction("speaker-1", "speaker.dance");
        var result = registry.CallAction("speaker-1", "intelligent-speaker.play-text", Json("""{"text":"Good night"}"""));

        Assert.Equal("$.in.text: required argument is missing", Assert.Single(missing.Errors).ToString());
        Assert.Equal("$.action: unknown action speaker.dance", Assert.Single(unknown.Errors).ToString());
        Assert.True(result.IsAccepted);
        Assert.Equal(CommandKind.Call, result.Command.Kind);
        var call = Assert.IsType<CallActionRequest>(result.Outbound);
        Assert.Equal(("intelligent-speaker.play-text", """{"text":"Good night"}"""), (call.Action, call.Arguments.GetRawText()));
    }

    [Fact]
    public void CommandsGoInTheNumberedFormWhenTheDeviceReportsThatWay()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");
        registry.OnProperties("lamp-1", Json("""{"1.1":true}"""));

        var result = registry.SetProperties("lamp-1", Json("""{"light.brightness":30}"""));

        var set = Assert.IsType<SetPropertiesRequest>(result.Outbound);
        Assert.Equal(30, Assert.Single(set.Values, v => v.Key == "1.2").Value.GetInt32());
    }

    [Fact]
    public void OnlyTheNewestCommandsOfADeviceAreKept()
    {
        var registry = new DeviceRegistry(Catalog(), null, _clock, new DeviceRegistryOptions { MaxCommandsPerDevice = 3 });
        registry.Online("lamp-1");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
            registry.OnReply("lamp-1", id, 0);
            ids.Add(id);
        }

        Assert.Null(registry.GetCommand(ids[0]));
        Assert.Null(registry.GetCommand(ids[1]));
        Assert.Equal(ids[2..].AsEnumerable().Reverse(), registry.ListCommands("lamp-1").Select(c => c.Id));
    }

    [Fact]
    public void AGetNamesReadablePropertiesOnlyAndCompletesOnItsReply()
    {
        var registry = Create(_clock);
        registry.Online("lamp-1");

        var refused = registry.RequestProperties("lamp-1", ["light.on", "light.flux"]);
        var all = registry.RequestProperties("lamp-1");
        var some = registry.RequestProperties("lamp-1", ["light.on", "light.brightness"]);

        Assert.Equal("$.properties[1]: unknown property", Assert.Single(refused.Errors).ToString());
        Assert.Empty(Assert.IsType<GetPropertiesRequest>(all.Outbound).Properties);
        Assert.Equal(["light.on", "light.brightness"], Assert.IsType<GetPropertiesRequest>(some.Outbound).Properties);
        Assert.Equal(all.Command!.Id, all.Outbound!.CommandId);
        Assert.True(registry.OnReply("lamp-1", some.Command!.Id, 0));
        Assert.Equal(CommandStatus.Applied, registry.GetCommand(some.Command.Id)!.Status);
    }

    [Fact]
    public async Task ReportsRepliesAndCommandsFromManyThreadsLeaveEveryCommandFinishedOnce()
    {
        var registry = Create(_clock);
        for (var d = 0; d < 8; d++)
            registry.Online($"lamp-{d}");

        var workers = Enumerable.Range(0, 8).Select(d => Task.Run(() =>
        {
            var id = $"lamp-{d}";
            var applied = 0;
            for (var i = 0; i < 500; i++)
            {
                registry.OnProperties(id, Json($$"""{"light.brightness":{{i % 100 + 1}}}"""));
                var command = registry.SetProperties(id, Json($$"""{"light.brightness":{{i % 100 + 1}}}""")).Command!;
                if (registry.OnReply(id, command.Id, 0))
                    applied++;
                Assert.False(registry.OnReply(id, command.Id, 0));
                _ = registry.ListDevices();
            }

            return applied;
        }, TestContext.Current.CancellationToken)).ToArray();

        Assert.All(await Task.WhenAll(workers), applied => Assert.Equal(500, applied));
        Assert.All(registry.ListDevices(), d => Assert.Equal(0, d.Counters.InvalidValues));
        Assert.Equal(0, registry.Summarize().PendingCommands);
        Assert.All(registry.ListDevices(), d => Assert.Equal(100, registry.ListCommands(d.Id).Count));
    }
}
