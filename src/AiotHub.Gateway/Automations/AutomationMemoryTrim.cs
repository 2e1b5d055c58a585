using System.Runtime.InteropServices;
using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// Gives memory back after a burst. The GC keeps the memory a burst of runs made it commit (its free regions stay
/// committed, for the next burst): measured in the hub process, 60 runs of an automation of 10,000 steps left 460 MB
/// committed around a live heap of 9 MB after the automation was deleted, and the process stayed at 600 MB until it
/// was restarted. So a while after automations are deleted, or an import (taken or refused: up to a megabyte of JSON
/// parsed and checked) is answered, the hub runs one aggressive full collection, which decommits what is free
/// (docs/automations.md "Limits"); and every few minutes it does the same if the GC holds more than
/// <see cref="Slack"/> committed beyond its heap. With the small heap a hub has, the pause is some milliseconds.
/// </summary>
internal sealed partial class AutomationMemoryTrim(AutomationCatalog catalog, TimeProvider time, ILogger<AutomationMemoryTrim> logger) : BackgroundService
{
    /// <summary>Committed memory beyond the live heap that is left alone: below it a collection is not worth its pause.</summary>
    public const long Slack = 32L * 1024 * 1024;

    /// <summary>How long after the last delete the hub waits (more deletes may follow: one trim for them all).</summary>
    public static readonly TimeSpan AfterDelete = TimeSpan.FromSeconds(2);

    /// <summary>The longest a trim waits for deletes to stop.</summary>
    public static readonly TimeSpan QuietAtMost = TimeSpan.FromMinutes(1);

    /// <summary>How often it looks in any case.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _requested = new(0, 1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        catalog.Changed += OnChanged;
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        catalog.Changed -= OnChanged;
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _requested.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Collects aggressively — always when asked (after a delete or an import: the heap still counts what they freed,
    /// until a full collection), otherwise when the slack is above <see cref="Slack"/>. The committed bytes before and after, or
    /// null when it was not worth it.
    /// </summary>
    internal static (long Before, long After)? Trim(bool requested)
    {
        var info = GC.GetGCMemoryInfo();
        if (!requested && info.TotalCommittedBytes - info.HeapSizeBytes <= Slack)
            return null;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // What the runs' native side freed (SQLite's buffers for large traces, among others) glibc keeps in its arenas
        // unless asked to give it back.
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl has no malloc_trim): nothing to ask.
            }
        }

        return (info.TotalCommittedBytes, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool requested;
            try
            {
                if (requested = await _requested.WaitAsync(Every, stoppingToken))
                {
                    // Until deletes have stopped for a moment (one trim for a whole batch of them), a minute at most.
                    var waited = TimeSpan.Zero;
                    do
                    {
                        await Task.Delay(AfterDelete, time, stoppingToken);
                        waited += AfterDelete;
                    }
                    while (_requested.Wait(0, stoppingToken) && waited < QuietAtMost);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (Trim(requested) is var (before, after))
                LogTrimmed(logger, before / (1024 * 1024), after / (1024 * 1024));
        }
    }

    /// <summary>Asks for a trim once things have been quiet for <see cref="AfterDelete"/> (the import endpoint calls it).</summary>
    public void Request()
    {
        try
        {
            _requested.Release();
        }
        catch (SemaphoreFullException)
        {
            // A trim is already due.
        }
    }

    private void OnChanged(string homeId, string automationId)
    {
        if (catalog.Find(homeId, automationId) is null)
            Request();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Memory given back after automations were deleted or imported, or runs ended: {Before} MiB committed, now {After} MiB.")]
    private static partial void LogTrimmed(ILogger logger, long before, long after);
}
