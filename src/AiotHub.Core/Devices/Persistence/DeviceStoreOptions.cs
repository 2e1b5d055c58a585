using Microsoft.Extensions.Configuration;

namespace AiotHub.Core.Devices.Persistence;

/// <summary>
/// How the store writes behind and what it keeps. The gateway binds the "Devices" section straight into it
/// (docs/gateway.md); <see cref="TimeProvider"/> and <see cref="OnError"/> are not configuration and are set in code.
/// </summary>
public sealed class DeviceStoreOptions
{
    /// <summary>How often queued twin, availability and command updates are written: the most a kill -9 can lose.</summary>
    [ConfigurationKeyName("WriteBehindInterval")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Commands older than this are not loaded and are deleted from the file.</summary>
    public TimeSpan CommandRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Drives the write-behind loop.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A background batch failed (it is retried with the next one).</summary>
    public Action<Exception>? OnError { get; set; }
}
