using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Tests;

/// <summary>Fault injection on one device, observed in what it publishes.</summary>
public sealed class FaultTests
{
    [Fact]
    public void DroppedAcksLeaveNoReplyButTheCommandIsStillAppliedAndReported()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1", o => o.Faults.DropAckProbability = 1);
        harness.Command("set", """{"id":"d","values":{"light.on":true}}""");
        harness.Run(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100));
        Assert.Empty(harness.Payloads("reply"));
        Assert.Equal(1, harness.Device.DroppedReplies);
        Assert.True(harness.Payloads("properties").Single().GetProperty("values").GetProperty("light.on").GetBoolean());
    }

    [Fact]
    public void DelayedAcksArriveAfterTheLatencyPlusTheDelay()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1", o => o.Faults.AckDelay = TimeSpan.FromSeconds(3));
        harness.Command("set", """{"id":"d","values":{"light.on":true}}""");
        harness.Run(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100));
        Assert.Empty(harness.Payloads("reply"));
        Assert.Single(harness.Payloads("properties"));
        harness.Run(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, harness.SingleReply().GetProperty("code").GetInt32());
    }

    [Fact]
    public void AnOutOfRangeReportCarriesAValueTheProfileRejects()
    {
        var harness = new DeviceHarness("aiot.sensor.th1", o => o.Rate = 1);
        harness.Device.Faults.ReportOutOfRangeOnce();
        harness.Run(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(500));
        var reports = harness.Payloads("properties");
        Assert.True(reports.Count >= 2);
        var first = reports[0].GetProperty("values");
        var invalid = first.EnumerateObject()
            .Where(v => ProfileValueValidator.ValidateReported(harness.Device.State.Find(v.Name)!.Property, v.Value).Count > 0)
            .ToList();
        Assert.Single(invalid);
        // The state itself stays valid; only that report lied.
        Assert.All(reports.Skip(1).SelectMany(r => r.GetProperty("values").EnumerateObject()),
            v => Assert.Empty(ProfileValueValidator.ValidateReported(harness.Device.State.Find(v.Name)!.Property, v.Value)));
    }

    [Fact]
    public void AMalformedReportIsNotAValidPropertiesMessage()
    {
        var harness = new DeviceHarness("aiot.sensor.th1", o =>
        {
            o.Rate = 1;
            o.Faults.MalformedProbability = 1;
        });
        harness.Run(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500));
        var reports = harness.Messages.Where(m => m.Subtopic == "properties").ToList();
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.False(IsValidPropertiesMessage(r.Payload)));
    }

    [Fact]
    public void GoingOfflineAsksTheConnectionToAbortAndHoldsItOffForTheDuration()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("set", """{"id":"lost","values":{"light.on":true}}""");
        harness.Device.GoOffline(TimeSpan.FromSeconds(30));
        Assert.True(harness.Device.TakeAbortRequest());
        Assert.False(harness.Device.TakeAbortRequest());
        harness.Run(TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(1));
        Assert.True(harness.Device.IsInOutage);
        // The command in progress died with the connection.
        Assert.Empty(harness.Payloads("reply"));
        harness.Run(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        Assert.False(harness.Device.IsInOutage);
    }

    [Fact]
    public void RandomOutagesHappenAtAboutTheConfiguredMeanInterval()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1", o =>
        {
            o.Faults.MeanTimeBetweenOutages = TimeSpan.FromMinutes(10);
            o.Faults.OutageDuration = TimeSpan.FromSeconds(10);
        });
        var outages = 0;
        harness.Run(TimeSpan.FromHours(10), TimeSpan.FromSeconds(1), () => outages += harness.Device.TakeAbortRequest() ? 1 : 0);
        Assert.InRange(outages, 30, 100);
    }

    private static bool IsValidPropertiesMessage(ReadOnlyMemory<byte> payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("values", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
