using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary>
/// A sequence of store calls that uses every record kind, each call appending exactly one
/// record, so a test knows the state after any prefix of the journal.
/// </summary>
internal static class StoreScript
{
    public static readonly DateTimeOffset Deadline = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the script; element k of the result describes the state after k records.</summary>
    public static async Task<List<string>> RunAsync(MqttBrokerStore store)
    {
        var states = new List<string> { Describe(store) };
        async Task Step(Task appended)
        {
            await appended;
            states.Add(Describe(store));
        }

        await Step(store.SetRetainedAsync(FullMessage("home/kitchen/light", [1, 2, 3])));
        await Step(store.SetRetainedAsync(Message("home/hall/door", "open", MqttQualityOfService.AtMostOnce)));
        await Step(store.SetRetainedAsync(Message("home/hall/door", "closed", MqttQualityOfService.AtLeastOnce)));
        await Step(store.SetRetainedAsync(Message("home/garage", "x", MqttQualityOfService.AtMostOnce)));
        await Step(store.ClearRetainedAsync("home/garage"));

        await Step(store.CreateSessionAsync("lamp", MqttProtocolVersion.V500, 3600, "lamp-user"));
        await Step(store.CreateSessionAsync("sensor", MqttProtocolVersion.V311, uint.MaxValue));
        await Step(store.SetSubscriptionAsync("lamp", "home/#", new MqttStoredSubscription(MqttQualityOfService.ExactlyOnce, true, true, MqttRetainHandling.DoNotSend, 7)));
        await Step(store.SetSubscriptionAsync("lamp", "cmd/+/set", new MqttStoredSubscription(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribeIfNew, 0)));
        await Step(store.SetSubscriptionAsync("sensor", "cfg/#", new MqttStoredSubscription(MqttQualityOfService.AtMostOnce, false, true, MqttRetainHandling.SendAtSubscribe, 268_435_455)));
        await Step(store.RemoveSubscriptionAsync("lamp", "cmd/+/set"));

        var shared = store.AddMessage(FullMessage("cmd/lamp/set", [0xFF, 0x00]));
        states.Add(Describe(store));
        await Step(store.EnqueueAsync("lamp", shared, MqttQualityOfService.ExactlyOnce));
        await Step(store.EnqueueAsync("sensor", shared, MqttQualityOfService.AtLeastOnce));
        var second = store.AddMessage(Message("cmd/lamp/set", "on", MqttQualityOfService.AtLeastOnce));
        states.Add(Describe(store));
        await Step(store.EnqueueAsync("lamp", second, MqttQualityOfService.AtLeastOnce));
        var third = store.AddMessage(Message("cmd/lamp/set", "off", MqttQualityOfService.AtLeastOnce));
        states.Add(Describe(store));
        await Step(store.EnqueueAsync("lamp", third, MqttQualityOfService.AtLeastOnce));
        await Step(store.MarkSentAsync("lamp", shared.Id, 10));
        await Step(store.MarkSentAsync("lamp", second.Id, 11));
        await Step(store.MarkReleasedAsync("lamp", 10));
        await Step(store.AcknowledgeAsync("lamp", 11));
        await Step(store.MarkSentAsync("sensor", shared.Id, 1));
        await Step(store.DiscardAsync("sensor", shared.Id));

        await Step(store.AddInboundQos2Async("sensor", 5));
        await Step(store.AddInboundQos2Async("sensor", 6));
        await Step(store.ReleaseInboundQos2Async("sensor", 5));
        await Step(store.UpdateSessionAsync("sensor", MqttProtocolVersion.V500, 60, Deadline));
        await Step(store.CreateSessionAsync("gone", MqttProtocolVersion.V500, 10));
        await Step(store.EnqueueAsync("gone", third, MqttQualityOfService.AtLeastOnce));
        await Step(store.RemoveSessionAsync("gone"));
        return states;
    }

    public static MqttApplicationMessage Message(string topic, string payload, MqttQualityOfService qos) => new()
    {
        Topic = topic,
        Payload = System.Text.Encoding.UTF8.GetBytes(payload),
        QualityOfService = qos,
    };

    /// <summary>A message with every stored property set.</summary>
    public static MqttApplicationMessage FullMessage(string topic, byte[] payload) => new()
    {
        Topic = topic,
        Payload = payload,
        QualityOfService = MqttQualityOfService.ExactlyOnce,
        Retain = true,
        PayloadFormatIndicator = 1,
        MessageExpiryInterval = 300,
        ContentType = "application/json",
        ResponseTopic = "reply/ü",
        CorrelationData = [9, 8, 7],
        UserProperties = [new MqttUserProperty("a", "1"), new MqttUserProperty("a", "2"), new MqttUserProperty("ß", "")],
    };

    public static string Describe(MqttBrokerStore store) => StoreStateDescription.Describe(store.LoadState());
}
