using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class MqttBrokerStoreCompactionTests
{
    private const string FirstSegment = "journal-0000000000000000000.log";
    private const string SecondSegment = "journal-0000000000000000001.log";

    [Fact]
    public async Task CompactionReplacesTheLogWithASnapshotOfTheLiveState()
    {
        using var directory = new TemporaryDirectory();
        string before;
        long generation;
        await using (var store = MqttBrokerStore.Open(directory.Path, SmallCompaction()))
        {
            await SetUpAsync(store);
            for (var i = 0; i < 400; i++)
            {
                await CycleAsync(store, i);
            }

            before = StoreScript.Describe(store);
            generation = store.SegmentGeneration;
        }

        Assert.True(generation > 1, $"expected several compactions, saw generation {generation}");
        Assert.Equal(["journal-" + generation.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + ".log", "snapshot.dat", "store.lock"], directory.FileNames());

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.True(reopened.Recovery.SnapshotLoaded);
        Assert.Equal(before, StoreScript.Describe(reopened));
        Assert.Equal(40, reopened.LoadState().Sessions["c"].Queue.Count);
    }

    [Theory]
    [InlineData((int)CompactionStep.OldSegmentFlushed, new[] { FirstSegment, "store.lock" })]
    [InlineData((int)CompactionStep.SnapshotWritten, new[] { FirstSegment, "store.lock" })]
    [InlineData((int)CompactionStep.SnapshotRenamed, new[] { SecondSegment, "snapshot.dat", "store.lock" })]
    [InlineData((int)CompactionStep.NewSegmentCreated, new[] { SecondSegment, "snapshot.dat", "store.lock" })]
    [InlineData((int)CompactionStep.OldSegmentsDeleted, new[] { SecondSegment, "snapshot.dat", "store.lock" })]
    public async Task ACrashAfterAnyCompactionStepLosesNoAcknowledgedRecord(int crashAfterStep, string[] filesAfterRecovery)
    {
        var crashAfter = (CompactionStep)crashAfterStep;
        using var directory = new TemporaryDirectory();
        var options = SmallCompaction();
        options.CompactionStepCompleted = step =>
        {
            if (step == crashAfter)
            {
                throw new SimulatedCrashException();
            }
        };

        var acknowledged = string.Empty;
        var crashed = false;
        var store = MqttBrokerStore.Open(directory.Path, options);
        try
        {
            await SetUpAsync(store);
            acknowledged = StoreScript.Describe(store);
            for (var i = 0; i < 2000 && !crashed; i++)
            {
                try
                {
                    await CycleAsync(store, i, () => acknowledged = StoreScript.Describe(store));
                }
                catch (IOException ex) when (ex.InnerException is SimulatedCrashException)
                {
                    crashed = true;
                }
            }
        }
        finally
        {
            // Closes the files without writing anything: the directory is as the crash left it.
            await store.DisposeAsync();
        }

        Assert.True(crashed, "the workload never compacted");

        await using (var recovered = MqttBrokerStore.Open(directory.Path, SmallCompaction()))
        {
            Assert.Equal(acknowledged, StoreScript.Describe(recovered));
            Assert.Equal(filesAfterRecovery, directory.FileNames());

            // The recovered store compacts again normally.
            for (var i = 0; i < 400; i++)
            {
                await CycleAsync(recovered, 10_000 + i);
            }

            acknowledged = StoreScript.Describe(recovered);
            Assert.True(recovered.SegmentGeneration > 1);
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(acknowledged, StoreScript.Describe(reopened));
    }

    [Fact]
    public async Task ACompactionThatCannotWriteItsSnapshotIsPostponedAndTheStoreCarriesOn()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path, SmallCompaction()))
        {
            // A directory where the snapshot file should go: creating the file fails, like a full disk.
            Directory.CreateDirectory(directory.FilePath("snapshot.tmp"));
            await SetUpAsync(store);
            for (var i = 0; i < 400; i++)
            {
                await CycleAsync(store, i);
            }

            Assert.Equal(0, store.SegmentGeneration);
            Directory.Delete(directory.FilePath("snapshot.tmp"));
            for (var i = 400; i < 800; i++)
            {
                await CycleAsync(store, i);
            }

            Assert.True(store.SegmentGeneration > 0, "compaction should resume once the snapshot can be written");
            var expected = StoreScript.Describe(store);
            await store.DisposeAsync();

            await using var reopened = MqttBrokerStore.Open(directory.Path);
            Assert.Equal(expected, StoreScript.Describe(reopened));
        }
    }

    [Fact]
    public async Task ALeftoverTemporarySnapshotIsIgnoredAndDeleted()
    {
        using var directory = new TemporaryDirectory();
        string before;
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            await SetUpAsync(store);
            before = StoreScript.Describe(store);
        }

        await File.WriteAllBytesAsync(directory.FilePath("snapshot.tmp"), [1, 2, 3, 4, 5, 6, 7, 8, 9], TestContext.Current.CancellationToken);
        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(before, StoreScript.Describe(reopened));
        Assert.DoesNotContain("snapshot.tmp", directory.FileNames());
    }

    private static MqttBrokerStoreOptions SmallCompaction() => new() { CompactionMinimumBytes = 4096, CompactionRatio = 2 };

    private static async Task SetUpAsync(MqttBrokerStore store)
    {
        await store.SetRetainedAsync(StoreScript.FullMessage("retained/one", [42]));
        await store.CreateSessionAsync("c", MqttProtocolVersion.V500, 3600);
        await store.SetSubscriptionAsync("c", "t/#", new MqttStoredSubscription(MqttQualityOfService.ExactlyOnce, false, true, MqttRetainHandling.SendAtSubscribe, 3));
        await store.AddInboundQos2Async("c", 77);
    }

    /// <summary>Queues a message and, nine times in ten, delivers and acknowledges it: the log grows, the live state barely.</summary>
    /// <param name="afterEach">Called after each awaited call: that call's record is durable.</param>
    private static async Task CycleAsync(MqttBrokerStore store, int i, Action? afterEach = null)
    {
        var qos = i % 2 == 0 ? MqttQualityOfService.AtLeastOnce : MqttQualityOfService.ExactlyOnce;
        var message = store.AddMessage(StoreScript.Message("t/" + i, "payload " + i, qos));
        await store.EnqueueAsync("c", message, qos);
        afterEach?.Invoke();
        if (i % 10 == 0)
        {
            return;
        }

        var packetId = (ushort)(i % 60_000 + 1);
        await store.MarkSentAsync("c", message.Id, packetId);
        afterEach?.Invoke();
        if (qos == MqttQualityOfService.ExactlyOnce)
        {
            await store.MarkReleasedAsync("c", packetId);
            afterEach?.Invoke();
        }

        await store.AcknowledgeAsync("c", packetId);
        afterEach?.Invoke();
    }

    private sealed class SimulatedCrashException : Exception
    {
        public SimulatedCrashException()
            : base("Simulated crash during compaction.")
        {
        }
    }
}
