using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Backpressure: the read loop stops reading from its client — the bytes stay in the socket, and TCP slows the client
/// down — while what it sends cannot be taken: a subscriber's queue is full (<see cref="WaitForRoomAsync"/>) or the
/// client does not read its own replies (<see cref="WaitForRepliesAsync"/>). The writer side: <see cref="IsSendBlocked"/>
/// says whether this client is the slow one, whose QoS 0 messages are dropped rather than holding publishers up.
/// </summary>
internal sealed partial class MqttBrokerConnection
{
    // Reader only: the subscribers whose queues the last PUBLISH filled (MqttSession.Enqueue), to wait for after it,
    // and whether that PUBLISH was QoS 0 (which a subscriber found slow meanwhile drops instead).
    private readonly List<MqttSession> _backpressure = [];
    private bool _backpressureAtMostOnce;
    private bool _readPaused;
    private volatile bool _sendBlocked;

    /// <summary>The writer's last flush waits for the peer to read: the socket's send buffer is full, the client is slow.</summary>
    public bool IsSendBlocked => _sendBlocked;

    /// <summary>QoS 1/2 messages this client may have unacknowledged (§4.9); set at CONNECT, before the session is attached.</summary>
    public int OutboundWindow => _outboundWindow;

    /// <summary>
    /// Pauses reading until <paramref name="subscriber"/> has room (<see cref="MqttSession.WaitForRoom"/>). A subscriber
    /// that holds a publisher paused for <see cref="MqttBrokerOptions.SlowSubscriberTimeout"/> without making room is
    /// disconnected (5.0: 0x97 Quota exceeded), as Kestrel drops a client that reads below its minimum data rate: one
    /// client that never reads (or never acknowledges) must not stall its publishers for ever. Its session stays; while
    /// it is away, its queue's policy drops instead of pausing anyone.
    /// </summary>
    private async ValueTask WaitForRoomAsync(MqttSession subscriber, CancellationToken token)
    {
        var atMostOnce = _backpressureAtMostOnce;
        if (subscriber.WaitForRoom(atMostOnce) is not { } room)
        {
            return;
        }

        _counters.PublisherPaused();
        Volatile.Write(ref _readPaused, true);
        var pausedSince = _time.GetTimestamp();
        var stalledBy = subscriber.Connection;
        try
        {
            for (; room is not null; room = subscriber.WaitForRoom(atMostOnce))
            {
                var left = _options.SlowSubscriberTimeout - _time.GetElapsedTime(pausedSince);
                if (left <= TimeSpan.Zero)
                {
                    if (subscriber.Connection is { } stuck && ReferenceEquals(stuck, stalledBy))
                    {
                        _broker.Log(MqttBrokerLogLevel.Warning,
                            $"Disconnecting subscriber {stuck.ClientId}: its queue stayed full for {_options.SlowSubscriberTimeout.TotalSeconds:0} s while {ClientId} waited to publish.",
                            stuck, null);
                        _counters.SlowSubscriberDisconnected();
                        stuck.Abort(MqttReasonCode.QuotaExceeded);
                    }

                    // Its close detaches it and opens the room; until then (a close takes at most a few seconds), wait on.
                    stalledBy = null;
                    left = _options.SlowSubscriberTimeout;
                }

                try
                {
                    await room.WaitAsync(left, _time, token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Look again: the loop decides whether the subscriber is to go.
                }
            }
        }
        finally
        {
            Volatile.Write(ref _lastPacketTimestamp, _time.GetTimestamp());
            Volatile.Write(ref _readPaused, false);
            _counters.PublisherResumed();
        }
    }

    /// <summary>Pauses reading until the writer has sent what is owed: a client flooding requests without reading the replies.</summary>
    private async ValueTask WaitForRepliesAsync(CancellationToken token)
    {
        _counters.ReplyBacklogPaused();
        Volatile.Write(ref _readPaused, true);
        try
        {
            while (ControlBacklog > MaximumControlBacklog)
            {
                await _writerProgress.WaitAsync().ConfigureAwait(false);
                token.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            Volatile.Write(ref _lastPacketTimestamp, _time.GetTimestamp());
            Volatile.Write(ref _readPaused, false);
        }
    }
}
