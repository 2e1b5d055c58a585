namespace AiotHub.Simulators.Devices;

/// <summary>
/// How a simulated device takes a firmware update (docs/mqtt-protocol.md "Firmware updates"); the faults, by
/// probability per job, are in <see cref="DeviceFaults"/>.
/// </summary>
public sealed class OtaOptions
{
    /// <summary>The download's speed in bytes per second (a slow radio); null: as fast as the hub serves it.</summary>
    public double? DownloadBytesPerSecond { get; set; }

    /// <summary>A read that gets nothing for this long counts as a failed transfer (retried, resuming).</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed transfers retried (each resuming with Range) before the job fails with -4301.</summary>
    public int Retries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stalled download (<see cref="DeviceFaults.OtaStallProbability"/>) waits before giving up with -4301.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>From <c>apply</c> to <c>rebooting</c> (or to <c>failed</c> -4303).</summary>
    public TimeSpan ApplyDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Offline between <c>rebooting</c> and the reconnect that announces the new firmware.</summary>
    public TimeSpan RebootDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the device keeps the firmware it ran before an update, for <c>rollback</c> (else -4306).</summary>
    public bool KeepsPreviousFirmware { get; set; } = true;

    /// <summary>The device's storage for an image: a larger offer is refused with -4304.</summary>
    public long MaxImageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The client downloads go through (a fleet shares one); null: a process-wide one.</summary>
    public HttpClient? HttpClient { get; set; }

    public OtaOptions Clone() => (OtaOptions)MemberwiseClone();
}
