using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Persistence;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// Starting from a store: durations read from it reach no timer unchecked, and a record the broker cannot restore
/// is logged, counted and removed while the rest is restored — never a reason not to start.
/// </summary>
public sealed class BrokerRestoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(uint.MaxValue - 1)]
    [InlineData(uint.MaxValue)]
    public async Task AHugeSessionExpiryPublishesTheWillAndTheNextStartRestoresTheSessionUntilItExpires(uint expiry)
    {
        var clock = new StrictManualClock();
        await using (var broker = await StartAsync(clock))
        {
            await using var watcher = await BrokerDurationTests.WatchAsync(broker.TestBroker, "wills/#");
            var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
            {
                ClientId = "device",
                SessionExpiryInterval = expiry,
                Will = new MqttWillMessage { Topic = "wills/device", Payload = "gone"u8.ToArray() },
            }, Token);
            await device.SubscribeAsync("device/set", MqttQualityOfService.AtLeastOnce, Token);
            await BrokerDurationTests.DropAsync(broker.TestBroker, device);
            Assert.Equal("gone", BrokerDurationTests.Text(await watcher.ReceiveAsync<MqttPublishPacket>(Token)));
            Assert.Empty(broker.TestBroker.Errors);
        }

        var almost = expiry == uint.MaxValue ? TimeSpan.FromDays(365.25 * 200) : TimeSpan.FromSeconds(expiry) - TimeSpan.FromSeconds(1);
        clock.Advance(almost);
        await using (var broker = await StartAsync(clock))
        {
            Assert.Equal(new MqttBrokerRestoreSummary(1, 0, 0, 0, 0), broker.Broker.Restored);
            clock.Advance(TimeSpan.FromSeconds(1));
            await broker.Store.FlushAsync();
            Assert.Equal(expiry == uint.MaxValue ? 1 : 0, broker.Store.LoadState().Sessions.Count);
            await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "after", cancellationToken: Token);
            await BrokerDurationTests.AssertServesAsync(broker.TestBroker, client);
        }
    }

    [Fact]
    public async Task ASessionStoredWhileConnectedWithAHugeExpiryIsRestoredAndExpiresWhenDue()
    {
        // A broker that died with the client connected leaves no deadline: the whole interval runs from the restart.
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            await store.CreateSessionAsync("device", MqttProtocolVersion.V500, uint.MaxValue - 1);
        }

        var clock = new StrictManualClock();
        await using var broker = await StartAsync(clock);
        Assert.Equal(1, broker.Broker.Restored?.Sessions);
        clock.Advance(TimeSpan.FromSeconds(uint.MaxValue - 2));
        Assert.Equal(1, broker.Broker.SessionCount);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, broker.Broker.SessionCount);
    }

    [Fact]
    public async Task AStoredDeadlineFurtherAheadThanTheIntervalIsCutToTheInterval()
    {
        var clock = new StrictManualClock();
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            await store.CreateSessionAsync("ahead", MqttProtocolVersion.V500, 60);
            await store.UpdateSessionAsync("ahead", MqttProtocolVersion.V500, 60, clock.GetUtcNow().AddYears(100));
            await store.CreateSessionAsync("at-the-end", MqttProtocolVersion.V500, 60);
            await store.UpdateSessionAsync("at-the-end", MqttProtocolVersion.V500, 60, DateTimeOffset.MaxValue);
        }

        await using var broker = await StartAsync(clock);
        Assert.Equal(2, broker.Broker.Restored?.Sessions);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(2, broker.Broker.SessionCount);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, broker.Broker.SessionCount);
    }

    [Fact]
    public async Task ALoweredMaximumSessionExpiryAppliesToRestoredSessions()
    {
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            await store.CreateSessionAsync("device", MqttProtocolVersion.V500, uint.MaxValue);
        }

        var clock = new StrictManualClock();
        await using var broker = await StartAsync(clock, o => o.MaximumSessionExpiryInterval = 3600);
        clock.Advance(TimeSpan.FromSeconds(3600));
        Assert.Equal(0, broker.Broker.SessionCount);
    }

    [Fact]
    public async Task RecordsTheBrokerCannotRestoreAreSetAsideLoggedOnceAndTheRestIsRestored()
    {
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            await store.SetRetainedAsync(new MqttApplicationMessage { Topic = "good/retained", Payload = "r"u8.ToArray() });
            await store.SetRetainedAsync(new MqttApplicationMessage { Topic = "bad/+/wildcard", Payload = "r"u8.ToArray() });
            await store.SetRetainedAsync(new MqttApplicationMessage { Topic = "bad/format", Payload = "r"u8.ToArray(), PayloadFormatIndicator = 7 });

            await store.CreateSessionAsync("future", (MqttProtocolVersion)9, 60);
            await store.CreateSessionAsync("good", MqttProtocolVersion.V500, 3600, "alice");
            await store.SetSubscriptionAsync("good", "news/#", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, 0));
            await store.SetSubscriptionAsync("good", "a/#/b", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, 0));
            await store.SetSubscriptionAsync("good", "qos3", new MqttStoredSubscription((MqttQualityOfService)3, false, false, MqttRetainHandling.SendAtSubscribe, 0));
            await store.SetSubscriptionAsync("good", "id", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, uint.MaxValue));
            await store.EnqueueAsync("good", store.AddMessage(new MqttApplicationMessage { Topic = "news/1", Payload = "kept"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }), MqttQualityOfService.AtLeastOnce);
            await store.EnqueueAsync("good", store.AddMessage(new MqttApplicationMessage { Topic = "news/#", Payload = "bad topic"u8.ToArray() }), MqttQualityOfService.AtLeastOnce);
        }

        // Records whose CRC is right but whose message body does not decode (a bug, or an edit by hand).
        var writer = new JournalRecordWriter();
        writer.BeginRecord(JournalRecordType.RetainSet);
        WriteUndecodableBody(writer, "corrupt/retained");
        writer.EndRecord();
        writer.BeginRecord(JournalRecordType.MessageAdd);
        writer.WriteVarUInt(1_000);
        WriteUndecodableBody(writer, "news/corrupt");
        writer.EndRecord();
        JournalRecords.WriteEnqueue(writer, "good", 1_000, MqttQualityOfService.AtLeastOnce);
        await File.AppendAllBytesAsync(JournalFile.SingleSegment(_directory.Path), writer.WrittenSpan.ToArray(), Token);

        await using (var broker = await StartAsync(new StrictManualClock()))
        {
            // Set aside: 2 retained + 1 undecodable retained, the "future" session, 3 subscriptions, 2 queued messages.
            Assert.Equal(new MqttBrokerRestoreSummary(1, 0, 1, 1, 9), broker.Broker.Restored);
            var warnings = broker.TestBroker.LogEntries.Where(e => e.Level == MqttBrokerLogLevel.Warning).Select(e => e.Message).ToList();
            Assert.Equal(9, warnings.Count);
            Assert.All(["'bad/+/wildcard'", "'bad/format'", "'corrupt/retained'", "session 'future'", "'a/#/b'", "'qos3'", "'id'", "'good'"],
                part => Assert.Contains(warnings, w => w.Contains(part, StringComparison.Ordinal)));

            var (good, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
                new MqttConnectPacket { ClientId = "good", CleanSession = false, SessionExpiryInterval = 3600, UserName = "alice" }, Token);
            await using var _ = good;
            Assert.True(connAck.SessionPresent);
            var publish = await good.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("kept", BrokerDurationTests.Text(publish));
            await good.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "news/2", Payload = "live"u8.ToArray() }, Token);
            Assert.Equal("live", BrokerDurationTests.Text(await good.ReceiveAsync<MqttPublishPacket>(Token)));
            Assert.Equal(1, broker.Broker.SubscriptionCount);
        }

        await using (var broker = await StartAsync(new StrictManualClock()))
        {
            // Removed from the store: not set aside (nor logged) again.
            Assert.Equal(new MqttBrokerRestoreSummary(1, 0, 1, 0, 0), broker.Broker.Restored);
            Assert.DoesNotContain(broker.TestBroker.LogEntries, e => e.Level >= MqttBrokerLogLevel.Warning);
        }
    }

    [Fact]
    public async Task ManySetAsideRecordsAreLoggedOneByOneOnlyUpToALimit()
    {
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            for (var i = 0; i < 100; i++)
            {
                await store.CreateSessionAsync("future-" + i, (MqttProtocolVersion)9, 60);
            }
        }

        await using var broker = await StartAsync(new StrictManualClock());
        Assert.Equal(100, broker.Broker.Restored?.SetAside);
        var warnings = broker.TestBroker.LogEntries.Where(e => e.Level == MqttBrokerLogLevel.Warning).ToList();
        Assert.Equal(21, warnings.Count);
        Assert.Contains("80 more", warnings[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MqttQueueFullPolicy.DropNewest, new[] { "1", "2", "3" })]
    [InlineData(MqttQueueFullPolicy.DropOldest, new[] { "3", "4", "5" })]
    public async Task AStoredQueueLongerThanTheLimitIsCutAsTheQueuePolicySays(MqttQueueFullPolicy policy, string[] expected)
    {
        await using (var store = MqttBrokerStore.Open(_directory.Path))
        {
            await store.CreateSessionAsync("device", MqttProtocolVersion.V500, 3600);
            for (var i = 1; i <= 5; i++)
            {
                var message = new MqttApplicationMessage { Topic = "q", Payload = Encoding.UTF8.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), QualityOfService = MqttQualityOfService.AtLeastOnce };
                await store.EnqueueAsync("device", store.AddMessage(message), MqttQualityOfService.AtLeastOnce);
            }
        }

        await using var broker = await StartAsync(new StrictManualClock(), o =>
        {
            o.MaximumQueuedMessagesPerClient = 3;
            o.QueueFullPolicy = policy;
        });
        Assert.Equal(3, broker.Broker.Restored?.QueuedMessages);
        Assert.Equal(2, broker.Broker.Counters.MessagesDroppedQueueFull);
        await broker.Store.FlushAsync();
        Assert.Equal(3, broker.Store.LoadState().Sessions["device"].Queue.Count);
        var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "device", CleanSession = false, SessionExpiryInterval = 3600 }, Token);
        await using var __ = device;
        foreach (var payload in expected)
        {
            Assert.Equal(payload, BrokerDurationTests.Text(await device.ReceiveAsync<MqttPublishPacket>(Token)));
        }
    }

    [Fact]
    public async Task ARestoredSessionKeepsItsUserNameForDeliveriesBeforeItsClientReturns()
    {
        var seen = new List<string?>();
        Action<MqttBrokerOptions> configure = o => o.AuthorizeDelivery = (user, _, _) =>
        {
            lock (seen)
            {
                seen.Add(user);
            }

            return true;
        };
        await using (var broker = await StartAsync(new StrictManualClock(), configure))
        {
            var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
                new MqttConnectPacket { ClientId = "device", UserName = "alice", SessionExpiryInterval = 3600 }, Token);
            await device.SubscribeAsync("q", MqttQualityOfService.AtLeastOnce, Token);
            await BrokerDurationTests.DropAsync(broker.TestBroker, device);
        }

        lock (seen)
        {
            seen.Clear();
        }

        await using (var broker = await StartAsync(new StrictManualClock(), configure))
        {
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "q", Payload = "x"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
            lock (seen)
            {
                Assert.Equal("alice", Assert.Single(seen));
            }
        }
    }

    /// <summary>A message body whose flags and topic read, then a payload length running past the end.</summary>
    private static void WriteUndecodableBody(JournalRecordWriter writer, string topic)
    {
        writer.WriteByte(0);
        writer.WriteByte(0);
        writer.WriteString(topic);
        writer.WriteVarUInt(1_000);
    }

    private Task<PersistentTestBroker> StartAsync(TimeProvider clock, Action<MqttBrokerOptions>? configure = null) =>
        PersistentTestBroker.StartAsync(_directory.Path, o =>
        {
            o.TimeProvider = clock;
            configure?.Invoke(o);
        });
}
