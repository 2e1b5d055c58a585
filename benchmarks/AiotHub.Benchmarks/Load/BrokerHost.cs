using System.Globalization;
using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// `serve`: AiotHub's broker alone in a process, persistence off for parity with Mosquitto's
/// `persistence false`; `--data DIR` runs it over a <see cref="MqttBrokerStore"/> in DIR.
/// </summary>
internal static class BrokerHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(Value(args, "--port") ?? "1883", CultureInfo.InvariantCulture);
        var options = new MqttBrokerOptions
        {
            Address = IPAddress.Loopback,
            Port = port,
            ReceiveMaximum = ushort.Parse(Value(args, "--max-inflight") ?? "100", CultureInfo.InvariantCulture),
            MaximumQueuedMessagesPerClient = int.Parse(Value(args, "--max-queued") ?? "1000", CultureInfo.InvariantCulture),
        };
        await using var store = Value(args, "--data") is { } directory ? MqttBrokerStore.Open(directory) : null;
        options.Store = store;
        await using var broker = new MqttBroker(options); // disposed (stopped) before the store: declared after it
        using var stop = new CancellationTokenSource();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        await broker.StartAsync(stop.Token);
        try
        {
            if (args.Contains("--stats"))
            {
                await PrintStatsAsync(broker.Counters, stop.Token);
            }

            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        // The broker before the store it journals to.
        await broker.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>`--stats`: once a second on stderr, the counters' deltas and the thread pool, to see what the broker does under load.</summary>
    private static async Task PrintStatsAsync(MqttBrokerCounters counters, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        long lastIn = 0, lastOut = 0, lastWork = 0, lastSlow = 0, lastFull = 0, lastPauses = 0;
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var work = ThreadPool.CompletedWorkItemCount;
            var (slow, full, pauses) = (counters.MessagesDroppedSlowSubscriber, counters.MessagesDroppedQueueFull, counters.PublisherPauses);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"in {counters.MessagesIn - lastIn} out {counters.MessagesOut - lastOut} dropped(slow) {slow - lastSlow} dropped(full) {full - lastFull} " +
                $"queued {counters.QueuedMessages} pauses {pauses - lastPauses} paused {counters.PublishersPaused} " +
                $"threads {ThreadPool.ThreadCount} pending {ThreadPool.PendingWorkItemCount} work items {work - lastWork} gen0 {GC.CollectionCount(0)}"));
            (lastIn, lastOut, lastWork, lastSlow, lastFull, lastPauses) = (counters.MessagesIn, counters.MessagesOut, work, slow, full, pauses);
        }
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
