namespace AiotHub.Core.Activity;

/// <summary>How the <see cref="ActivityRecorder"/> decides what to record and whom to credit.</summary>
public sealed class ActivityRecorderOptions
{
    /// <summary>
    /// How long after a command a reported change to its value is credited to the command (its source and actor) rather
    /// than to the device: the command timeout and a slow device's report, with room to spare.
    /// </summary>
    public TimeSpan AttributionWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A number a person can set (writable) is recorded when it moved at least this share of its range (or its step,
    /// if larger) from the value last recorded.
    /// </summary>
    public double WritableNumberStep { get; set; } = 0.01;

    /// <summary>A reading (read-only number) is recorded when it moved at least this share of its range (or its step).</summary>
    public double ReadingStep { get; set; } = 0.05;

    /// <summary>Something went wrong recording an entry (it is lost; the hub goes on).</summary>
    public Action<Exception>? OnError { get; set; }
}
