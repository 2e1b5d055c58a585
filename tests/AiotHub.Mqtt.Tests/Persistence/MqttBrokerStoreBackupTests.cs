using System.Globalization;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary><see cref="MqttBrokerStore.WriteSnapshotAsync"/>: an online backup of the store, opened on its own in an empty directory.</summary>
public sealed class MqttBrokerStoreBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASnapshotOpenedAloneInAnEmptyDirectoryIsTheStateItWasTakenFrom()
    {
        using var directory = new TemporaryDirectory();
        using var restored = new TemporaryDirectory();
        string expected;
        long written;
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            await StoreScript.RunAsync(store);
            expected = StoreScript.Describe(store);
            await using var file = File.Create(restored.FilePath(MqttBrokerStore.SnapshotFileName));
            written = await store.WriteSnapshotAsync(file, Ct);
        }

        Assert.Equal(new FileInfo(restored.FilePath(MqttBrokerStore.SnapshotFileName)).Length, written);
        await using var reopened = MqttBrokerStore.Open(restored.Path);
        Assert.True(reopened.Recovery.SnapshotLoaded);
        Assert.Equal(0, reopened.Recovery.DiscardedBytes);
        Assert.Equal(expected, StoreScript.Describe(reopened));

        // The restored store is a store like any other: it appends and reopens.
        await reopened.SetRetainedAsync(StoreScript.Message("after/restore", "x", MqttQualityOfService.AtLeastOnce));
        var after = StoreScript.Describe(reopened);
        await reopened.DisposeAsync();
        await using var again = MqttBrokerStore.Open(restored.Path);
        Assert.Equal(after, StoreScript.Describe(again));
    }

    [Fact]
    public async Task ASnapshotTakenWhileProducersAppendAndTheStoreCompactsHoldsAPrefixOfEachProducersChanges()
    {
        const int producers = 8;
        const int perProducer = 400;
        using var directory = new TemporaryDirectory();
        using var restored = new TemporaryDirectory();
        var acknowledgedBefore = new int[producers];
        var acknowledged = new int[producers];
        await using (var store = MqttBrokerStore.Open(directory.Path, new MqttBrokerStoreOptions { CompactionMinimumBytes = 8 << 10, CompactionRatio = 1 }))
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
            {
                await start.Task;
                for (var i = 0; i < perProducer; i++)
                {
                    // Churn that grows the log but not the live state, so the store compacts meanwhile.
                    for (var c = 0; c < 3; c++)
                        _ = store.SetRetainedAsync(StoreScript.Message($"churn/{p}", "c", MqttQualityOfService.AtLeastOnce));

                    // Each producer's retained topics go up one by one: a consistent point holds 0 … k-1 of them, no gaps.
                    await store.SetRetainedAsync(StoreScript.Message(Topic(p, i), "v", MqttQualityOfService.AtLeastOnce));
                    Volatile.Write(ref acknowledged[p], i + 1);
                }
            }, Ct)).ToArray();
            start.SetResult();
            while (acknowledged.Sum() < producers * perProducer / 3)
                await Task.Delay(1, Ct);

            for (var p = 0; p < producers; p++)
                acknowledgedBefore[p] = Volatile.Read(ref acknowledged[p]);
            await using (var file = File.Create(restored.FilePath(MqttBrokerStore.SnapshotFileName)))
                await store.WriteSnapshotAsync(file, Ct);
            await Task.WhenAll(running);
            Assert.True(store.SegmentGeneration > 0, "the workload should have compacted while the snapshot was taken");
        }

        await using var reopened = MqttBrokerStore.Open(restored.Path);
        var retained = reopened.LoadState().RetainedMessages.Keys.ToHashSet(StringComparer.Ordinal);
        var total = 0;
        for (var p = 0; p < producers; p++)
        {
            var count = retained.Count(t => t.StartsWith(string.Create(CultureInfo.InvariantCulture, $"p{p}/"), StringComparison.Ordinal));
            total += count;
            Assert.True(count >= acknowledgedBefore[p], $"producer {p}: {count} in the snapshot, {acknowledgedBefore[p]} acknowledged before it was taken");
            Assert.All(Enumerable.Range(0, count), i => Assert.Contains(Topic(p, i), retained));
        }

        Assert.True(total < producers * perProducer, "the snapshot should have been taken while the producers were still appending");
    }

    [Fact]
    public async Task ASnapshotIsWrittenOnlyOnceEverythingItHoldsIsDurable()
    {
        using var directory = new TemporaryDirectory();
        using var hold = new ManualResetEventSlim(initialState: true);
        await using var store = MqttBrokerStore.Open(directory.Path, new MqttBrokerStoreOptions { BatchWriting = () => hold.Wait(TimeSpan.FromSeconds(20)) });
        await store.SetRetainedAsync(StoreScript.Message("first", "1", MqttQualityOfService.AtLeastOnce));

        hold.Reset();
        var pending = store.SetRetainedAsync(StoreScript.Message("second", "2", MqttQualityOfService.AtLeastOnce));
        using var destination = new MemoryStream();
        var snapshot = store.WriteSnapshotAsync(destination, Ct);
        await Task.Delay(200, Ct);
        Assert.False(snapshot.IsCompleted, "the snapshot holds 'second', which is not durable yet");
        Assert.Equal(0, destination.Length);

        hold.Set();
        await pending;
        var written = await snapshot;
        Assert.Equal(destination.Length, written);

        using var restored = new TemporaryDirectory();
        await File.WriteAllBytesAsync(restored.FilePath(MqttBrokerStore.SnapshotFileName), destination.ToArray(), Ct);
        await using var reopened = MqttBrokerStore.Open(restored.Path);
        Assert.Equal(["first", "second"], reopened.LoadState().RetainedMessages.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AStoreThatFailedToWriteRefusesASnapshot()
    {
        using var directory = new TemporaryDirectory();
        var fail = false;
        await using var store = MqttBrokerStore.Open(directory.Path, new MqttBrokerStoreOptions
        {
            BatchWriting = () =>
            {
                if (Volatile.Read(ref fail))
                    throw new IOException("disk gone");
            },
        });
        await store.SetRetainedAsync(StoreScript.Message("first", "1", MqttQualityOfService.AtLeastOnce));
        Volatile.Write(ref fail, true);
        await Assert.ThrowsAsync<IOException>(() => store.SetRetainedAsync(StoreScript.Message("second", "2", MqttQualityOfService.AtLeastOnce)));

        using var destination = new MemoryStream();
        await Assert.ThrowsAsync<IOException>(() => store.WriteSnapshotAsync(destination, Ct));
        Assert.Equal(0, destination.Length);
    }

    private static string Topic(int producer, int i) => string.Create(CultureInfo.InvariantCulture, $"p{producer}/{i}");
}
