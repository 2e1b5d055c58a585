using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Acknowledgements that wait for the broker store. The read loop never waits for a store write:
/// it queues the acknowledgement with the store's task and reads on, so a client's pipelined QoS 1
/// PUBLISHes share the store's flushes; the writer sends each acknowledgement, in the order the
/// packets arrived (§4.6), once its task has completed — or closes the connection with 0x80 if it failed.
/// </summary>
internal sealed partial class MqttBrokerConnection
{
    // Created by the reader on first use (connections without a store never need it); the writer
    // touches it only after seeing a non-zero count, which is published after the creation.
    private Queue<MqttDurableControlItem>? _durableControl;
    private int _durableControlCount;
    private bool _durableFailed;

    // Reader only: the task a writer wake-up is registered on, so a batch shared by many
    // PUBLISHes registers one continuation, not one per PUBLISH.
    private Task? _durableWakeUp;
    private Action? _signalWriter;

    /// <summary>Closes with 0x80 after a store failure; not inline, since the caller may hold a session lock.</summary>
    public void AbortOnStoreFailure()
    {
        SetDisconnectReason(MqttReasonCode.UnspecifiedError);
        ThreadPool.UnsafeQueueUserWorkItem(static connection => connection.Abort(null), this, preferLocal: false);
    }

    /// <summary>Queues a PUBACK/PUBREC/PUBCOMP that must wait for <paramref name="durable"/> (null: nothing stored) and for the ones before it.</summary>
    private void EnqueueAcknowledgement(MqttPacketType type, ushort packetIdentifier, MqttReasonCode reasonCode, Task? durable)
    {
        if (durable is null && Volatile.Read(ref _durableControlCount) == 0)
        {
            EnqueueAcknowledgement(type, packetIdentifier, reasonCode);
            return;
        }

        EnqueueDurable(new MqttDurableControlItem(durable ?? Task.CompletedTask, new MqttControlItem(null, type, packetIdentifier, reasonCode), null));
    }

    /// <summary>Queues a SUBACK/UNSUBACK that must wait for <paramref name="durable"/>; then the retained messages of <paramref name="retainedFor"/>.</summary>
    private void EnqueueControl(MqttPacket packet, Task? durable, MqttSession session, List<MqttSessionSubscription>? retainedFor)
    {
        if (durable is null && Volatile.Read(ref _durableControlCount) == 0)
        {
            // SUBACK is queued before the retained messages, and the writer sends control packets first.
            EnqueueControl(packet);
            DeliverRetained(session, retainedFor);
            return;
        }

        EnqueueDurable(new MqttDurableControlItem(durable ?? Task.CompletedTask, new MqttControlItem(packet), retainedFor));
    }

    private void EnqueueDurable(in MqttDurableControlItem item)
    {
        var queue = _durableControl ??= new Queue<MqttDurableControlItem>();
        lock (queue)
        {
            queue.Enqueue(item);
            Volatile.Write(ref _durableControlCount, queue.Count);
        }

        var durable = item.Durable;
        if (durable.IsCompleted)
        {
            _writerSignal.Set();
        }
        else if (!ReferenceEquals(durable, _durableWakeUp))
        {
            _durableWakeUp = durable;
            durable.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_signalWriter ??= SignalWriter);
        }
    }

    /// <summary>Writer: moves the acknowledgements whose store writes are durable to the control queue, in order.</summary>
    private void MoveDurableControl(MqttSession? session)
    {
        if (Volatile.Read(ref _durableControlCount) == 0 || Volatile.Read(ref _durableControl) is not { } queue)
        {
            return;
        }

        List<MqttDurableControlItem>? withRetained = null;
        lock (queue)
        {
            while (!_durableFailed && queue.TryPeek(out var head) && head.Durable.IsCompleted)
            {
                if (!head.Durable.IsCompletedSuccessfully)
                {
                    // Nothing after a failed write is acknowledged: the client sends it again elsewhere or later.
                    _durableFailed = true;
                    _broker.OnStoreFailure(this, head.Durable.Exception?.InnerException ?? new OperationCanceledException());
                    break;
                }

                queue.Dequeue();
                _control.Enqueue(head.Item);
                if (head.RetainedFor is not null)
                {
                    (withRetained ??= []).Add(head);
                }
            }

            Volatile.Write(ref _durableControlCount, queue.Count);
        }

        if (withRetained is not null && session is not null)
        {
            foreach (var item in withRetained)
            {
                DeliverRetained(session, item.RetainedFor);
            }
        }
    }

    private void DeliverRetained(MqttSession session, List<MqttSessionSubscription>? retainedFor)
    {
        if (retainedFor is null)
        {
            return;
        }

        foreach (var subscription in retainedFor)
        {
            _broker.DeliverRetained(session, subscription);
        }
    }
}
