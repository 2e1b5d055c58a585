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

    /// <summary>Chance per firmware job that its download stalls part-way (reported as -4301 after <see cref="OtaOptions.StallTimeout"/>).</summary>
    public double OtaStallProbability { get; set; }

    /// <summary>Chance per firmware job that the image arrives corrupted (-4302 at verifying).</summary>
    public double OtaBadHashProbability { get; set; }

    /// <summary>Chance per firmware job that installing fails (-4303; the device keeps its firmware).</summary>
    public double OtaApplyFailureProbability { get; set; }

    /// <summary>Chance per firmware job that the device reboots into the new image and never comes back ("bricked").</summary>
    public double OtaBrickProbability { get; set; }

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
        OtaStallProbability = 0;
        OtaBadHashProbability = 0;
        OtaApplyFailureProbability = 0;
        OtaBrickProbability = 0;
    }

    public DeviceFaults Clone() => (DeviceFaults)MemberwiseClone();
}
