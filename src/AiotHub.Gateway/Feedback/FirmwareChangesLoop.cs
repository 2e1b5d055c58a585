namespace AiotHub.Gateway.Feedback;

/// <summary>Catches up <see cref="FirmwareChanges"/> every <see cref="Interval"/>, so a firmware start is known within seconds.</summary>
internal sealed partial class FirmwareChangesLoop(FirmwareChanges changes, TimeProvider time, ILogger<FirmwareChangesLoop> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                changes.Catch();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                CatchFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store a device's firmware start in hub.db; it is kept in memory until the hub stops")]
    private static partial void CatchFailed(ILogger logger, Exception exception);
}
