using System.Text;
using AiotHub.Telemetry.Influx;

namespace AiotHub.Telemetry.Tests.Influx;

public sealed class InfluxOutboxTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-outbox-").FullName;

    private string PathName => Path.Combine(_directory, "outbox.db");

    [Fact]
    public void KeepsBatchesInOrderAcrossReopening()
    {
        using (var outbox = InfluxOutbox.Open(PathName, 1_000))
        {
            outbox.Append("a v=1i\n"u8, 1, 10);
            outbox.Append("b v=2i\nb v=3i\n"u8, 2, 20);
        }

        using var reopened = InfluxOutbox.Open(PathName, 1_000);
        Assert.Equal(3, reopened.Points);
        var batches = reopened.Peek(10);
        Assert.Equal(["a v=1i\n", "b v=2i\nb v=3i\n"], batches.Select(b => Encoding.UTF8.GetString(b.Body.Span)));
        Assert.Equal(10, reopened.OldestQueuedMs());
    }

    [Fact]
    public void PeekStopsAtTheBatchThatWouldPassTheLimitButAlwaysGivesOne()
    {
        using var outbox = InfluxOutbox.Open(PathName, 1_000);
        outbox.Append("a v=1i\n"u8, 100, 1);
        outbox.Append("b v=1i\n"u8, 100, 2);
        outbox.Append("c v=1i\n"u8, 100, 3);

        Assert.Equal(2, outbox.Peek(250).Count);
        Assert.Single(outbox.Peek(50));
    }

    [Fact]
    public void WhenFullDropsTheOldestBatchesAndCountsTheirPoints()
    {
        using var outbox = InfluxOutbox.Open(PathName, maxPoints: 5);
        outbox.Append("a v=1i\na v=2i\n"u8, 2, 1);
        outbox.Append("b v=1i\nb v=2i\n"u8, 2, 2);

        var dropped = outbox.Append("c v=1i\nc v=2i\n"u8, 2, 3);

        Assert.Equal(2, dropped);
        Assert.Equal(2, outbox.Dropped);
        Assert.Equal(4, outbox.Points);
        Assert.Equal(2, outbox.OldestQueuedMs());
    }

    [Fact]
    public void RemoveAndRejectTakeBatchesOutAndRejectedOnesAreKeptWithTheServersAnswer()
    {
        using var outbox = InfluxOutbox.Open(PathName, 1_000);
        outbox.Append("a v=1i\n"u8, 1, 1);
        outbox.Append("b v=1i\n"u8, 1, 2);
        var batches = outbox.Peek(10);

        outbox.Remove([batches[0]]);
        outbox.Reject([batches[1]], 400, "field type conflict", 99);

        Assert.Equal(0, outbox.Points);
        Assert.Null(outbox.OldestQueuedMs());
        Assert.Equal(1, outbox.RejectedPoints());
        outbox.Remove([batches[0]]);
        Assert.Equal(0, outbox.Batches);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
