using System.Globalization;
using System.Text;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class MqttBrokerStoreConcurrencyTests
{
    private const int Producers = 64;
    private const int Sessions = 8;
    private const int MessagesPerProducer = 60;

    [Fact]
    public async Task ManyConcurrentAppendersShareFlushesAndEveryAwaitedRecordIsPresentAfterReopen()
    {
        using var directory = new TemporaryDirectory();
        var options = new MqttBrokerStoreOptions { CompactionMinimumBytes = 16 << 10, CompactionRatio = 0.5 };
        long records = 0;
        await using (var store = MqttBrokerStore.Open(directory.Path, options))
        {
            for (var s = 0; s < Sessions; s++)
            {
                await store.CreateSessionAsync(SessionOf(s), MqttProtocolVersion.V500, uint.MaxValue);
            }

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(
                async () =>
                {
                    await start.Task;
                    var clientId = SessionOf(p % Sessions);
                    for (var i = 0; i < MessagesPerProducer; i++)
                    {
                        var message = store.AddMessage(StoreScript.Message("t", Payload(p, i), MqttQualityOfService.AtLeastOnce));
                        await store.EnqueueAsync(clientId, message, MqttQualityOfService.AtLeastOnce);
                        Interlocked.Add(ref records, 2);
                        if (i % 4 == 0)
                        {
                            var packetId = (ushort)((p / Sessions * MessagesPerProducer) + i + 1);
                            await store.MarkSentAsync(clientId, message.Id, packetId);
                            await store.AcknowledgeAsync(clientId, packetId);
                            Interlocked.Add(ref records, 2);
                        }
                    }
                },
                TestContext.Current.CancellationToken)).ToArray();
            start.SetResult();
            await Task.WhenAll(producers);

            Assert.True(store.BatchesWritten < records, $"{store.BatchesWritten} batches for {records} records: appenders did not share flushes");
            Assert.True(store.SegmentGeneration > 0, "the workload should have compacted at least once");
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        var state = reopened.LoadState();
        for (var p = 0; p < Producers; p++)
        {
            var expected = Enumerable.Range(0, MessagesPerProducer).Where(i => i % 4 != 0).Select(i => Payload(p, i)).ToList();
            var prefix = Payload(p, 0)[..5];
            var actual = state.Sessions[SessionOf(p % Sessions)].Queue
                .Select(e => Encoding.UTF8.GetString(e.Message.Payload.Span))
                .Where(payload => payload.StartsWith(prefix, StringComparison.Ordinal))
                .ToList();

            // Each producer's messages are present, and in the order it queued them.
            Assert.Equal(expected, actual);
        }
    }

    private static string SessionOf(int s) => "session-" + s.ToString(CultureInfo.InvariantCulture);

    /// <summary>"p007:042": producer 7, message 42; the first five characters name the producer.</summary>
    private static string Payload(int producer, int i) => string.Create(CultureInfo.InvariantCulture, $"p{producer:D3}:{i:D3}");
}
