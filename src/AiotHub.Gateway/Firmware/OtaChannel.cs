using System.Threading.Channels;
using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware;

/// <summary>
/// The seam between the rollout engine and the device bus for firmware updates, both ways and both bounded:
/// the engine <see cref="TrySend"/>s typed <see cref="OtaCommand"/>s, which the device bridge reads from
/// <see cref="Commands"/> and publishes on <c>{root}/{id}/ota</c>; the bridge <see cref="TryReport"/>s each valid
/// <c>{root}/{id}/ota/status</c> as an <see cref="OtaStatusReport"/>, which the engine reads from <see cref="Reports"/>.
/// Neither side blocks the other: a full channel refuses (false), and the refusal is counted. The engine treats an
/// unsent command like an unanswered one (its own timeouts retry).
/// </summary>
internal sealed class OtaChannel
{
    /// <summary>Room for a whole stage of a 10,000-device rollout at once.</summary>
    public const int Capacity = 16_384;

    private readonly Channel<OtaCommand> _commands = Channel.CreateBounded<OtaCommand>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly Channel<OtaStatusReport> _reports = Channel.CreateBounded<OtaStatusReport>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private long _refusedCommands;
    private long _refusedReports;

    public ChannelReader<OtaCommand> Commands => _commands.Reader;

    public ChannelReader<OtaStatusReport> Reports => _reports.Reader;

    public long RefusedCommands => Interlocked.Read(ref _refusedCommands);

    public long RefusedReports => Interlocked.Read(ref _refusedReports);

    public bool TrySend(OtaCommand command)
    {
        if (_commands.Writer.TryWrite(command))
            return true;
        Interlocked.Increment(ref _refusedCommands);
        return false;
    }

    public bool TryReport(OtaStatusReport report)
    {
        if (_reports.Writer.TryWrite(report))
            return true;
        Interlocked.Increment(ref _refusedReports);
        return false;
    }
}
