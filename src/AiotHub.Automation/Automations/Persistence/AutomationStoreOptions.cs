namespace AiotHub.Automation.Automations.Persistence;

/// <summary>
/// The automation store's write-behind. The gateway binds it from the "Devices" section, so hub.db has one batch
/// window (Devices:WriteBehindInterval) for the registry's twin and for run traces alike.
/// </summary>
public sealed class AutomationStoreOptions
{
    /// <summary>How often queued run traces are written: the most of them a kill -9 can lose.</summary>
    public TimeSpan WriteBehindInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Drives the write-behind loop.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A background batch failed (it is retried with the next one).</summary>
    public Action<Exception>? OnError { get; set; }
}
