using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class MqttBrokerStoreRoundTripTests
{
    [Fact]
    public async Task EveryRecordKindSurvivesCloseAndReopen()
    {
        using var directory = new TemporaryDirectory();
        string before;
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            await StoreScript.RunAsync(store);
            before = StoreScript.Describe(store);
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(before, StoreScript.Describe(reopened));
        Assert.Equal(0, reopened.Recovery.DiscardedBytes);

        var state = reopened.LoadState();
        Assert.Equal(["home/hall/door", "home/kitchen/light"], state.RetainedMessages.Keys.Order(StringComparer.Ordinal));
        var light = state.RetainedMessages["home/kitchen/light"];
        Assert.Equal("application/json", light.ContentType);
        Assert.Equal("reply/ü", light.ResponseTopic);
        Assert.Equal([9, 8, 7], light.CorrelationData);
        Assert.Equal(300u, light.MessageExpiryInterval);
        Assert.Equal((byte)1, light.PayloadFormatIndicator);
        Assert.Equal(3, light.UserProperties!.Count);
        Assert.True(light.Retain);

        var lamp = state.Sessions["lamp"];
        Assert.Equal(MqttProtocolVersion.V500, lamp.ProtocolVersion);
        Assert.Equal(3600u, lamp.SessionExpiryInterval);
        Assert.Null(lamp.ExpiresAt);
        Assert.Equal(
            new MqttStoredSubscription(MqttQualityOfService.ExactlyOnce, true, true, MqttRetainHandling.DoNotSend, 7),
            Assert.Single(lamp.Subscriptions, s => s.Key == "home/#").Value);
        Assert.Single(lamp.Subscriptions);
        Assert.Collection(
            lamp.Queue,
            e => Assert.Equal((MqttQualityOfService.ExactlyOnce, MqttQueuedMessageState.AwaitingCompletion, (ushort)10), (e.QualityOfService, e.State, e.PacketId)),
            e => Assert.Equal((MqttQualityOfService.AtLeastOnce, MqttQueuedMessageState.Queued, (ushort)0, "off"), (e.QualityOfService, e.State, e.PacketId, System.Text.Encoding.UTF8.GetString(e.Message.Payload.Span))));

        var sensor = state.Sessions["sensor"];
        Assert.Equal(StoreScript.Deadline, sensor.ExpiresAt);
        Assert.Equal(60u, sensor.SessionExpiryInterval);
        Assert.Empty(sensor.Queue);
        Assert.Equal([(ushort)6], sensor.InboundQos2PacketIds);
        Assert.Equal(268_435_455u, sensor.Subscriptions["cfg/#"].SubscriptionIdentifier);
        Assert.False(state.Sessions.ContainsKey("gone"));
    }

    [Fact]
    public async Task ADirectoryOpenInOneStoreCannotBeOpenedByAnother()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            Assert.ThrowsAny<IOException>(() => MqttBrokerStore.Open(directory.Path));
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
    }

    [Fact]
    public async Task AppendsAfterAReopenContinueTheSameState()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            await store.CreateSessionAsync("c", MqttProtocolVersion.V500, 100);
            await store.EnqueueAsync("c", store.AddMessage(StoreScript.Message("t", "1", MqttQualityOfService.AtLeastOnce)), MqttQualityOfService.AtLeastOnce);
        }

        long firstId;
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            firstId = store.LoadState().Sessions["c"].Queue[0].MessageId;
            var next = store.AddMessage(StoreScript.Message("t", "2", MqttQualityOfService.AtLeastOnce));
            Assert.True(next.Id > firstId, "message ids are never reused after a reopen");
            await store.EnqueueAsync("c", next, MqttQualityOfService.AtLeastOnce);
            await store.MarkSentAsync("c", firstId, 1);
            await store.AcknowledgeAsync("c", 1);
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        var queue = reopened.LoadState().Sessions["c"].Queue;
        Assert.Equal("2", System.Text.Encoding.UTF8.GetString(Assert.Single(queue).Message.Payload.Span));
    }

    [Fact]
    public async Task RecordsAppendedButNotAwaitedAreWrittenOnDispose()
    {
        using var directory = new TemporaryDirectory();
        var store = MqttBrokerStore.Open(directory.Path, new MqttBrokerStoreOptions { FlushMode = MqttBrokerStoreFlushMode.OsBuffered });
        var appended = Enumerable.Range(0, 100)
            .Select(i => store.SetRetainedAsync(StoreScript.Message("t/" + i, "v", MqttQualityOfService.AtMostOnce)))
            .ToList();
        await store.DisposeAsync();
        Assert.All(appended, task => Assert.True(task.IsCompletedSuccessfully));

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(100, reopened.LoadState().RetainedMessages.Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.ClearRetainedAsync("t/1"));
    }

    [Fact]
    public async Task CreatingASessionAgainStartsItEmpty()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            await store.CreateSessionAsync("c", MqttProtocolVersion.V500, 100);
            await store.SetSubscriptionAsync("c", "a", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, 0));
            await store.EnqueueAsync("c", store.AddMessage(StoreScript.Message("a", "1", MqttQualityOfService.AtLeastOnce)), MqttQualityOfService.AtLeastOnce);
            await store.AddInboundQos2Async("c", 3);
            await store.CreateSessionAsync("c", MqttProtocolVersion.V311, 5);
            Assert.Equal(0, store.StoredMessageCount);
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        var session = reopened.LoadState().Sessions["c"];
        Assert.Equal((MqttProtocolVersion.V311, 5u), (session.ProtocolVersion, session.SessionExpiryInterval));
        Assert.Empty(session.Subscriptions);
        Assert.Empty(session.Queue);
        Assert.Empty(session.InboundQos2PacketIds);
    }

    [Fact]
    public async Task CallsThatBreakTheSessionModelThrowAndJournalNothing()
    {
        using var directory = new TemporaryDirectory();
        await using var store = MqttBrokerStore.Open(directory.Path);
        var message = store.AddMessage(StoreScript.Message("a", "1", MqttQualityOfService.AtLeastOnce));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.EnqueueAsync("nobody", message, MqttQualityOfService.AtLeastOnce));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.UpdateSessionAsync("nobody", MqttProtocolVersion.V500, 1, null));
        await store.CreateSessionAsync("c", MqttProtocolVersion.V500, 100);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.EnqueueAsync("c", message, MqttQualityOfService.AtMostOnce));
        await store.EnqueueAsync("c", message, MqttQualityOfService.AtLeastOnce);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.EnqueueAsync("c", message, MqttQualityOfService.AtLeastOnce));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.MarkSentAsync("c", message.Id, 0));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.MarkSentAsync("c", message.Id + 1, 1));

        // Duplicates from the wire are not bugs: they change nothing and still wait for durability.
        await store.AcknowledgeAsync("c", 99);
        await store.AddInboundQos2Async("c", 4);
        await store.AddInboundQos2Async("c", 4);
        await store.ReleaseInboundQos2Async("c", 8);
        await store.DiscardAsync("c", 12345);
        await store.RemoveSessionAsync("nobody");
        await store.ClearRetainedAsync("none");
    }
}
