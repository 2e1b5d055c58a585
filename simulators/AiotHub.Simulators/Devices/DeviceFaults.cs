namespace AiotHub.Simulators.Devices;

/// <summary>
/// Fault injection for one device. Probabilities are per reply or per report; the one-shot
/// requests (<see cref="SimulatedDevice.GoOffline"/>, <see cref="ReportOutOfRangeOnce"/>,
/// <see cref="SendMalformedOnce"/>) act on the next tick.
/// </summary>
public sealed class DeviceFaults
{
    /// <summary>Chance that a command gets no reply at all (it is still applied).</summary>
    public double DropAckProbability { get; set; }

    /// <summary>Extra delay before every reply, on top of the latency.</summary>
    public TimeSpan AckDelay { get; set; }

    /// <summary>Chance that a periodic report carries one value outside the profile's range.</summary>
    public double OutOfRangeProbability { get; set; }

    /// <summary>Chance that a periodic report is replaced by a payload that is not valid JSON.</summary>
    public double MalformedProbability { get; set; }

    /// <summary>Mean time between outages (abrupt disconnects, so the broker sends the last will); null: none.</summary>
    public TimeSpan? MeanTimeBetweenOutages { get; set; }

    /// <summary>How long an outage lasts before the device reconnects.</summary>
    public TimeSpan OutageDuration { get; set; } = TimeSpan.FromSeconds(30);

    internal bool OutOfRangeRequested { get; set; }

    internal bool MalformedRequested { get; set; }

    public void ReportOutOfRangeOnce() => OutOfRangeRequested = true;

    public void SendMalformedOnce() => MalformedRequested = true;

    /// <summary>Stops every continuous fault (pending one-shots still happen).</summary>
    public void Clear()
    {
        DropAckProbability = 0;
        AckDelay = TimeSpan.Zero;
        OutOfRangeProbability = 0;
        MalformedProbability = 0;
        MeanTimeBetweenOutages = null;
    }

    public DeviceFaults Clone() => (DeviceFaults)MemberwiseClone();
}
