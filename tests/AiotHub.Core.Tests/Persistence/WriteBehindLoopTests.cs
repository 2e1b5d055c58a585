using AiotHub.Core.Persistence;

namespace AiotHub.Core.Tests.Persistence;

public sealed class WriteBehindLoopTests
{
    private static readonly TimeSpan Long = TimeSpan.FromHours(1);

    [Fact]
    public async Task AWaiterIsCompletedByAFlushThatStartsAfterItAskedWithoutWaitingForTheInterval()
    {
        var written = new List<int>();
        var queued = new List<int>();
        var sync = new Lock();
        await using var loop = new WriteBehindLoop(() =>
        {
            lock (sync)
            {
                written.AddRange(queued);
                queued.Clear();
            }
        }, Long, TimeProvider.System);

        lock (sync)
            queued.Add(1);
        await loop.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        lock (sync)
            Assert.Equal([1], written);
    }

    [Fact]
    public async Task WaitersThatAskWhileAFlushRunsShareTheNextFlush()
    {
        using var firstStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var calls = 0;
        await using var loop = new WriteBehindLoop(() =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstStarted.Set();
                release.Wait(TimeSpan.FromSeconds(10));
            }
        }, Long, TimeProvider.System);

        var first = loop.WhenDurableAsync();
        Assert.True(firstStarted.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        var waiting = Enumerable.Range(0, 100).Select(_ => loop.WhenDurableAsync()).ToArray();
        Assert.All(waiting, t => Assert.False(t.IsCompleted));
        release.Set();
        await Task.WhenAll([first, .. waiting]).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // One flush for the first waiter, one shared by the hundred that asked while it ran.
        Assert.Equal(2, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task AFailedFlushFaultsItsWaitersAndTheNextOneSucceeds()
    {
        var fail = true;
        var errors = new List<Exception>();
        await using var loop = new WriteBehindLoop(() =>
        {
            if (Volatile.Read(ref fail))
                throw new IOException("disk full");
        }, Long, TimeProvider.System, e => { lock (errors) errors.Add(e); });

        await Assert.ThrowsAsync<IOException>(() => loop.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Volatile.Write(ref fail, false);
        await loop.WhenDurableAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        lock (errors)
            Assert.Single(errors);
    }

    [Fact]
    public async Task ARequestedFlushRunsWithoutWaitingForTheInterval()
    {
        using var flushed = new SemaphoreSlim(0);
        await using var loop = new WriteBehindLoop(() => flushed.Release(), Long, TimeProvider.System);

        loop.RequestFlush();

        Assert.True(await flushed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DisposingFlushesOnceMoreAndRefusesLaterWaiters()
    {
        var flushes = 0;
        var loop = new WriteBehindLoop(() => Interlocked.Increment(ref flushes), Long, TimeProvider.System);
        await loop.DisposeAsync();

        Assert.Equal(1, Volatile.Read(ref flushes));
        await Assert.ThrowsAsync<ObjectDisposedException>(loop.WhenDurableAsync);
    }
}
