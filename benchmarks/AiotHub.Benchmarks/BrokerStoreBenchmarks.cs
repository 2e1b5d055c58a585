using System.Diagnostics;
using System.Globalization;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks;

/// <summary>
/// Throughput of the broker store's hot path: many producers each queue a small QoS 1 message
/// for their session, await it (as the broker does before PUBACK), mark it sent and record its
/// acknowledgement — awaited too when <see cref="AwaitAcknowledgement"/>, the stricter figure; the
/// broker itself need not await it. Group commit lets all producers share each fsync.
/// Quick figure: <c>dotnet run -c Release --project benchmarks/AiotHub.Benchmarks -- store-throughput [producers] [messages] [Always|OsBuffered] [await-ack|no-await-ack]</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BrokerStoreBenchmarks
{
    private const int MessagesPerInvoke = 20_000;

    private string _directory = string.Empty;
    private MqttBrokerStore? _store;

    [Params(256)]
    public int Producers { get; set; }

    [Params(MqttBrokerStoreFlushMode.Always, MqttBrokerStoreFlushMode.OsBuffered)]
    public MqttBrokerStoreFlushMode FlushMode { get; set; }

    [Params(true, false)]
    public bool AwaitAcknowledgement { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = NewDirectory();
        _store = MqttBrokerStore.Open(_directory, new MqttBrokerStoreOptions { FlushMode = FlushMode });
        CreateSessionsAsync(_store, Producers).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = MessagesPerInvoke)]
    public Task EnqueueAndAcknowledge() => RunAsync(_store!, Producers, MessagesPerInvoke, AwaitAcknowledgement);

    /// <summary>The console measurement: prints messages per second over one run.</summary>
    public static async Task MeasureAsync(string[] args)
    {
        var producers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 256;
        var messages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;
        var mode = args.Length > 2 ? Enum.Parse<MqttBrokerStoreFlushMode>(args[2]) : MqttBrokerStoreFlushMode.Always;
        var awaitAcknowledgement = args.Length <= 3 || args[3] != "no-await-ack";
        var directory = NewDirectory();
        try
        {
            await using var store = MqttBrokerStore.Open(directory, new MqttBrokerStoreOptions { FlushMode = mode });
            await CreateSessionsAsync(store, producers);
            await RunAsync(store, producers, messages / 10, awaitAcknowledgement);

            var batchesBefore = store.BatchesWritten;
            var watch = Stopwatch.StartNew();
            await RunAsync(store, producers, messages, awaitAcknowledgement);
            await store.FlushAsync();
            watch.Stop();
            var batches = store.BatchesWritten - batchesBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{mode}, {producers} producers, {(awaitAcknowledgement ? "awaiting" : "not awaiting")} acks: {messages} messages enqueued+acknowledged in {watch.Elapsed.TotalSeconds:F2} s = {messages / watch.Elapsed.TotalSeconds:F0} msg/s; {batches} batches ({4.0 * messages / batches:F1} records per flush), generation {store.SegmentGeneration}"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string NewDirectory() =>
        Path.Combine(Path.GetTempPath(), "aiothub-store-bench-" + Guid.NewGuid().ToString("N"));

    private static async Task CreateSessionsAsync(MqttBrokerStore store, int producers)
    {
        for (var p = 0; p < producers; p++)
        {
            await store.CreateSessionAsync(ClientId(p), MqttProtocolVersion.V500, uint.MaxValue);
        }
    }

    private static async Task RunAsync(MqttBrokerStore store, int producers, int messages, bool awaitAcknowledgement)
    {
        var remaining = messages;
        await Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            var clientId = ClientId(p);
            var payload = new byte[16];
            ushort packetId = 0;
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var message = store.AddMessage(new MqttApplicationMessage
                {
                    Topic = "home/sensor/temperature",
                    Payload = payload,
                    QualityOfService = MqttQualityOfService.AtLeastOnce,
                });
                await store.EnqueueAsync(clientId, message, MqttQualityOfService.AtLeastOnce);
                packetId = (ushort)(packetId % ushort.MaxValue + 1);
                _ = store.MarkSentAsync(clientId, message.Id, packetId);
                var acknowledged = store.AcknowledgeAsync(clientId, packetId);
                if (awaitAcknowledgement)
                {
                    await acknowledged;
                }
            }
        })));
    }

    private static string ClientId(int producer) => "producer-" + producer.ToString(CultureInfo.InvariantCulture);
}
