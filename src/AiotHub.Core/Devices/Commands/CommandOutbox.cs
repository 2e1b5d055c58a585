using System.Threading.Channels;

namespace AiotHub.Core.Devices.Commands;

/// <summary>
/// The typed requests the edge must deliver, in order, with a bound (<see cref="DeviceRegistryOptions.MaxQueuedCommands"/>).
/// Policy when full: the new command is refused before anything is recorded (<see cref="CommandResult.QueueFull"/>, the
/// API's 503) and counted in <see cref="Refused"/>; a queued command is never dropped, since its caller was told it was accepted.
/// </summary>
internal sealed class CommandOutbox
{
    private readonly Channel<DeviceCommandRequest> _channel;
    private long _refused;

    public CommandOutbox(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        // Wait: TryWrite answers false when full instead of dropping anything; nobody ever waits on it.
        _channel = Channel.CreateBounded<DeviceCommandRequest>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public int Capacity { get; }

    public ChannelReader<DeviceCommandRequest> Reader => _channel.Reader;

    /// <summary>Requests waiting for the edge now.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Commands refused because the outbox was full.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Queues the request, or counts a refusal and answers false when the outbox is full.</summary>
    public bool TryEnqueue(DeviceCommandRequest request)
    {
        if (_channel.Writer.TryWrite(request))
            return true;
        Interlocked.Increment(ref _refused);
        return false;
    }
}
