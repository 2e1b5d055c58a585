using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class StoreStateTests
{
    [Fact]
    public void LiveSizeReturnsToZeroWhenEverythingIsRemoved()
    {
        var state = new StoreState();
        state.SetRetained("r", new byte[100]);
        state.SetRetained("r", new byte[50]);
        for (var s = 0; s < 3; s++)
        {
            var clientId = "c" + s;
            state.SetSession(clientId, isNew: true, MqttProtocolVersion.V500, 10, null, null);
            state.SetSubscription(clientId, "a/+/b", default);
            state.SetSubscription(clientId, "a/+/b", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, 1));
            state.SetSubscription(clientId, "x/#", default);
            state.RemoveSubscription(clientId, "x/#");
            state.ReceiveInbound(clientId, 1);
            state.ReceiveInbound(clientId, 2);
            state.ReleaseInbound(clientId, 1);
        }

        var message = state.AddMessage(state.NextMessageId, new byte[30]);
        Assert.Equal(StoreChange.Applied, state.Enqueue("c0", message.Id, MqttQualityOfService.AtLeastOnce));
        Assert.Equal(StoreChange.Applied, state.Enqueue("c1", message.Id, MqttQualityOfService.AtLeastOnce));
        Assert.Equal(StoreChange.Applied, state.MarkSent("c0", message.Id, 9));
        Assert.True(state.LiveBytes > 0);

        Assert.Equal(StoreChange.Applied, state.Acknowledge("c0", 9));
        state.SetSession("c1", isNew: true, MqttProtocolVersion.V311, 0, null, null);
        foreach (var clientId in new[] { "c0", "c1", "c2" })
        {
            Assert.Equal(StoreChange.Applied, state.RemoveSession(clientId));
        }

        Assert.Equal(StoreChange.Applied, state.ClearRetained("r"));
        Assert.Empty(state.Messages);
        Assert.True(message.IsFreed);
        Assert.Equal(0, state.LiveBytes);
    }

    [Fact]
    public void AcknowledgementsFindEntriesByPacketIdAndKeepTheQueueOrder()
    {
        var state = new StoreState();
        state.SetSession("c", isNew: true, MqttProtocolVersion.V500, 10, null, null);
        var ids = Enumerable.Range(0, 5).Select(_ => state.AddMessage(state.NextMessageId, [1]).Id).ToList();
        foreach (var id in ids)
        {
            state.Enqueue("c", id, MqttQualityOfService.ExactlyOnce);
        }

        state.MarkSent("c", ids[0], 100);
        state.MarkSent("c", ids[2], 102);
        state.MarkSent("c", ids[4], 104);
        Assert.Equal(StoreChange.Conflict, state.MarkSent("c", ids[1], 100));
        Assert.Equal(StoreChange.Applied, state.MarkReleased("c", 102));
        Assert.Equal(StoreChange.Unchanged, state.MarkReleased("c", 102));
        Assert.Equal(StoreChange.Unchanged, state.MarkSent("c", ids[2], 102));
        Assert.Equal(StoreChange.Conflict, state.MarkSent("c", ids[2], 103));
        Assert.Equal(StoreChange.Unchanged, state.MarkSent("c", ids[4], 104));
        Assert.Equal(StoreChange.Applied, state.MarkSent("c", ids[4], 105));
        Assert.Equal(StoreChange.Unchanged, state.Acknowledge("c", 104));
        Assert.Equal(StoreChange.Applied, state.Acknowledge("c", 102));
        Assert.Equal(StoreChange.Unchanged, state.Acknowledge("c", 102));
        Assert.Equal(StoreChange.Applied, state.Discard("c", ids[0]));

        var remaining = new List<long>();
        for (var entry = state.Sessions["c"].First; entry is not null; entry = entry.Next)
        {
            remaining.Add(entry.Message.Id);
        }

        Assert.Equal([ids[1], ids[3], ids[4]], remaining);
        Assert.Equal(StoreChange.Applied, state.MarkSent("c", ids[1], 100));
        Assert.Equal(StoreChange.Applied, state.Acknowledge("c", 105));
    }
}
