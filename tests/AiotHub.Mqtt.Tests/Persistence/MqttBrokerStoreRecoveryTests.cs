using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class MqttBrokerStoreRecoveryTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _original = new();
    private List<string> _states = [];
    private List<long> _recordEnds = [];
    private string _segmentName = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await using (var store = MqttBrokerStore.Open(_original.Path))
        {
            _states = await StoreScript.RunAsync(store);
        }

        var segment = JournalFile.SingleSegment(_original.Path);
        _segmentName = Path.GetFileName(segment);
        _recordEnds = JournalFile.RecordEnds(segment);
    }

    public ValueTask DisposeAsync()
    {
        _original.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void TheScriptWritesOneRecordPerStep() => Assert.Equal(_states.Count - 1, _recordEnds.Count);

    [Fact]
    public void ATornTailAtAnyCutPointRecoversTheRecordsBeforeItAndTruncatesTheRest()
    {
        var length = (int)_recordEnds[^1];
        var property = Prop.ForAll(Gen.Choose(0, length).ToArbitrary(), cut =>
        {
            using var copy = _original.Copy();
            var segment = copy.FilePath(_segmentName);
            JournalFile.Truncate(segment, cut);
            var complete = _recordEnds.Count(end => end <= cut);
            var good = complete == 0 ? 0 : _recordEnds[complete - 1];

            using (var store = MqttBrokerStore.Open(copy.Path))
            {
                Assert.Equal(_states[complete], StoreScript.Describe(store));
                Assert.Equal(cut - good, store.Recovery.DiscardedBytes);
            }

            Assert.Equal(good, new FileInfo(segment).Length);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void GarbageOverTheLastBytesRecoversTheRecordsBeforeIt()
    {
        var length = (int)_recordEnds[^1];
        var arbitrary = Gen.Choose(0, length - 1).Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary();
        var property = Prop.ForAll(arbitrary, sample => GarbageFrom(sample.Item1, sample.Item2));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    /// <summary>
    /// A sample a clean-clone run found: the first random byte equals the last byte of the record it lands on, so that
    /// record is still whole and must be replayed.
    /// </summary>
    [Fact]
    public void GarbageWhoseFirstByteMatchesTheOriginalKeepsTheRecordItLeavesWhole() => GarbageFrom(720, 1074082948);

    private void GarbageFrom(int start, int seed)
    {
        using var copy = _original.Copy();
        var firstChanged = JournalFile.Scribble(copy.FilePath(_segmentName), start, seed);
        var complete = _recordEnds.Count(end => end <= firstChanged);

        using var store = MqttBrokerStore.Open(copy.Path);
        Assert.Equal(_states[complete], StoreScript.Describe(store));
    }

    [Fact]
    public void AFlippedBitInsideARecordDropsThatRecordAndEverythingAfterIt()
    {
        var length = (int)_recordEnds[^1];
        var arbitrary = Gen.Choose(0, length - 1).Zip(Gen.Choose(0, 7)).ToArbitrary();
        var property = Prop.ForAll(arbitrary, sample =>
        {
            var (position, bit) = sample;
            using var copy = _original.Copy();
            var segment = copy.FilePath(_segmentName);
            var bytes = File.ReadAllBytes(segment);
            bytes[position] ^= (byte)(1 << bit);
            File.WriteAllBytes(segment, bytes);
            var complete = _recordEnds.Count(end => end <= position);

            using var store = MqttBrokerStore.Open(copy.Path);
            Assert.Equal(_states[complete], StoreScript.Describe(store));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public async Task AStoreRecoveredFromATornTailKeepsAppendingCleanly()
    {
        using var copy = _original.Copy();
        var segment = copy.FilePath(_segmentName);
        JournalFile.Truncate(segment, _recordEnds[^1] - 3);
        await using (var store = MqttBrokerStore.Open(copy.Path))
        {
            await store.CreateSessionAsync("after", MqttProtocolVersion.V500, 1);
        }

        await using var reopened = MqttBrokerStore.Open(copy.Path);
        Assert.Equal(0, reopened.Recovery.DiscardedBytes);
        Assert.Equal(_states.Count - 1, reopened.Recovery.RecordsReplayed);
        Assert.True(reopened.LoadState().Sessions.ContainsKey("after"));
    }

    [Fact]
    public void RandomFilesNeverMakeOpenThrow()
    {
        var arbitrary = Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 5000)).ToArbitrary();
        var property = Prop.ForAll(arbitrary, sample =>
        {
            var (seed, length) = sample;
            var random = new Random(seed);
            using var directory = new TemporaryDirectory();
            foreach (var name in new[] { "snapshot.dat", "snapshot.tmp", "journal-0000000000000000000.log", "journal-0000000000000000001.log" })
            {
                var bytes = new byte[random.Next(length + 1)];
                random.NextBytes(bytes);
                File.WriteAllBytes(directory.FilePath(name), bytes);
            }

            using var store = MqttBrokerStore.Open(directory.Path);
            store.CreateSessionAsync("still-works", MqttProtocolVersion.V500, 1).Wait(TestContext.Current.CancellationToken);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    [Fact]
    public async Task GarbageThatPassesTheChecksumButCannotBeDecodedEndsRecoveryThere()
    {
        using var copy = _original.Copy();
        var segment = copy.FilePath(_segmentName);
        var writer = new JournalRecordWriter();
        writer.BeginRecord((JournalRecordType)200);
        writer.WriteString("unknown record kind");
        writer.EndRecord();
        writer.BeginRecord(JournalRecordType.Enqueue);
        writer.WriteByte(0xFF);
        writer.EndRecord();
        await using (var stream = new FileStream(segment, FileMode.Append))
        {
            await stream.WriteAsync(writer.WrittenMemory, TestContext.Current.CancellationToken);
        }

        await using var store = MqttBrokerStore.Open(copy.Path);
        Assert.Equal(_states[^1], StoreScript.Describe(store));
        Assert.Equal(writer.Length, store.Recovery.DiscardedBytes);
    }

    [Fact]
    public async Task ADamagedSegmentDiscardsTheSegmentsAfterIt()
    {
        using var copy = _original.Copy();
        using (var later = new TemporaryDirectory())
        {
            await using (var store = MqttBrokerStore.Open(later.Path))
            {
                await store.CreateSessionAsync("later", MqttProtocolVersion.V500, 1);
            }

            File.Copy(JournalFile.SingleSegment(later.Path), copy.FilePath("journal-0000000000000000001.log"));
        }

        var cut = _recordEnds[5] + 2;
        JournalFile.Truncate(copy.FilePath(_segmentName), cut);

        await using var recovered = MqttBrokerStore.Open(copy.Path);
        Assert.Equal(_states[6], StoreScript.Describe(recovered));
        Assert.DoesNotContain("journal-0000000000000000001.log", copy.FileNames());
    }

    [Fact]
    public async Task ASegmentAfterAMissingGenerationIsDiscarded()
    {
        using var copy = _original.Copy();
        using (var later = new TemporaryDirectory())
        {
            await using (var store = MqttBrokerStore.Open(later.Path))
            {
                await store.CreateSessionAsync("later", MqttProtocolVersion.V500, 1);
            }

            File.Copy(JournalFile.SingleSegment(later.Path), copy.FilePath("journal-0000000000000000002.log"));
        }

        await using var recovered = MqttBrokerStore.Open(copy.Path);
        Assert.Equal(_states[^1], StoreScript.Describe(recovered));
        Assert.DoesNotContain("journal-0000000000000000002.log", copy.FileNames());
    }

    [Fact]
    public async Task AnIntactLaterSegmentIsReplayedAfterTheFirst()
    {
        using var copy = _original.Copy();
        using (var later = new TemporaryDirectory())
        {
            await using (var store = MqttBrokerStore.Open(later.Path))
            {
                await store.CreateSessionAsync("later", MqttProtocolVersion.V500, 1);
            }

            File.Copy(JournalFile.SingleSegment(later.Path), copy.FilePath("journal-0000000000000000001.log"));
        }

        await using var recovered = MqttBrokerStore.Open(copy.Path);
        Assert.True(recovered.LoadState().Sessions.ContainsKey("later"));
        Assert.Equal(1, recovered.SegmentGeneration);
    }
}
