using AiotHub.Core.Firmware;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// Drives <see cref="RolloutEngine"/>: applies device reports from <see cref="OtaChannel.Reports"/> as they arrive (in
/// batches) and plans every <see cref="RolloutOptions.Tick"/>, or at once when a maker or owner changed something.
/// A failed pass is logged and the next tick tries again; the hub keeps running.
/// </summary>
internal sealed class RolloutService(RolloutEngine engine, OtaChannel channel, TimeProvider time, IOptions<RolloutOptions> options, ILogger<RolloutService> logger)
    : BackgroundService
{
    private const int MaxBatch = 1_024;

    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        engine.Woken += Wake;
        try
        {
            var tick = options.Value.Tick;
            var next = time.GetUtcNow();
            Task<bool>? read = null;
            var batch = new List<OtaStatusReport>(MaxBatch);
            while (!stoppingToken.IsCancellationRequested)
            {
                while (batch.Count < MaxBatch && channel.Reports.TryRead(out var report))
                    batch.Add(report);
                if (batch.Count > 0)
                    Run(() => engine.Report(batch));
                batch.Clear();

                var now = time.GetUtcNow();
                if (now >= next)
                {
                    Run(engine.Tick);
                    next = now + tick;
                }

                if (channel.Reports.TryPeek(out _))
                    continue;
                read ??= channel.Reports.WaitToReadAsync(stoppingToken).AsTask();
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var delay = Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, wait.Token);
                var woken = _wake.WaitAsync(wait.Token);
                var done = await Task.WhenAny(read, delay, woken).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                if (done == read)
                    read = null;
                if (done == woken && woken.IsCompletedSuccessfully)
                    next = time.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            engine.Woken -= Wake;
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private void Run(Action pass)
    {
        try
        {
            pass();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RolloutLog.PassFailed(logger, e);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
