using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Thousands of clients connect, subscribe and vanish without DISCONNECT, concurrently, with clean
/// and persistent sessions in both versions. The canary is served throughout, every connection is
/// closed, and once the broker's maximum session expiry has passed, nothing of them is left.
/// </summary>
[Collection(nameof(MemoryMeasurementCollection))]
public sealed class ConnectFloodTests
{
    private const int Count = 3000;
    private const uint MaximumSessionExpiry = 300;

    /// <summary>Generous against GC noise, yet below what the ~1,800 persistent sessions hold (about 3 MB).</summary>
    private const long RetainedBound = 1024 * 1024;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FloodOfAbandonedConnectionsLeavesNothingBehindOnceTheirSessionsExpire()
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, o =>
        {
            o.TimeProvider = clock;
            o.MaximumSessionExpiryInterval = MaximumSessionExpiry;
        }, Token);
        var random = new Random(20261201);
        var clients = Enumerable.Range(0, Count).Select(_ => new FloodClient(
            "flood-" + Guid.NewGuid().ToString("N"),
            random.Next(2) == 0 ? MqttProtocolVersion.V311 : MqttProtocolVersion.V500,
            CleanSession: random.Next(2) == 0,
            SessionExpiry: random.Next(4) switch { 0 => 0u, 1 => 60u, 2 => MaximumSessionExpiry, _ => uint.MaxValue })).ToArray();
        var persistent = clients.Count(c => c.OutlivesItsConnection);

        // Warm up (JIT, pools, the broker's collections), then take the baseline.
        await FloodAsync(broker, clients[..50], clock);
        await broker.AssertStillServingAsync(Token);
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);

        var flood = FloodAsync(broker, clients[50..], clock);
        var rounds = 0;
        while (!flood.IsCompleted)
        {
            await broker.Canary.AssertRoundTripAsync(Token);
            rounds++;
        }

        await flood;
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == AbusedBroker.BaselineConnections,
            "every flood connection is closed");
        Assert.Equal(1 + persistent, broker.Broker.SessionCount);
        Assert.Equal(1 + persistent, broker.Broker.SubscriptionCount);
        var retainedWithSessions = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;

        clock.Advance(TimeSpan.FromSeconds(MaximumSessionExpiry + 1));
        Assert.Equal(1, broker.Broker.SessionCount);
        Assert.Equal(1, broker.Broker.SubscriptionCount);
        var retainedAfterExpiry = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{persistent} persistent sessions held {retainedWithSessions:N0} bytes; {retainedAfterExpiry:N0} after expiry; canary served {rounds} times during the flood");
        Assert.True(retainedAfterExpiry < RetainedBound, $"{retainedAfterExpiry:N0} bytes still retained after every session expired");
        await broker.AssertStillServingAsync(Token);
    }

    private static Task FloodAsync(AbusedBroker broker, FloodClient[] clients, ManualClock clock) =>
        Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Token }, async (c, ct) =>
        {
            var client = await RawMqttClient.ConnectAsync(broker.EndPoint, c.ClientId, c.Version, c.CleanSession,
                c.SessionExpiry, ct);
            await client.SubscribeAsync($"devices/{c.ClientId}/set", MqttQualityOfService.AtLeastOnce, ct);
            await client.DisposeAsync(); // no DISCONNECT: the device just disappears
        });

    private sealed record FloodClient(string ClientId, MqttProtocolVersion Version, bool CleanSession, uint SessionExpiry)
    {
        /// <summary>3.1.1: Clean Session 0 (§3.1.2.4); 5.0: a non-zero Session Expiry Interval, whatever Clean Start says (§3.1.2.11.2).</summary>
        public bool OutlivesItsConnection => Version == MqttProtocolVersion.V311 ? !CleanSession : SessionExpiry > 0;
    }
}
