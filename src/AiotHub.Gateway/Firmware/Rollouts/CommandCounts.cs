namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>How an updated device answered ordinary commands since it updated: applied, rejected, timed out.</summary>
internal readonly record struct CommandCounts(int Applied, int Rejected, int TimedOut)
{
    public int Total => Applied + Rejected + TimedOut;

    public int Errors => Rejected + TimedOut;

    public static CommandCounts operator +(CommandCounts a, CommandCounts b) =>
        new(a.Applied + b.Applied, a.Rejected + b.Rejected, a.TimedOut + b.TimedOut);
}
