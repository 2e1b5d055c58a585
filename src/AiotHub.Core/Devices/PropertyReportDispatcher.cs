using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace AiotHub.Core.Devices;

/// <summary>
/// Hands <see cref="DeviceRegistry.PropertyReported"/>'s listeners (the recorder, the export) each validated report
/// after the registry's lock is released, in the order the registry took them, without allocating: reports are
/// appended under the registry's lock to a reused list and dispatched by the reporting thread once it has let go of
/// that lock. One thread dispatches at a time, taking everything queued so far, and a reporter returns only once its
/// own reports have been handed over — so a report's <see cref="PropertyReport.Value"/>, which may point into the
/// message being handled, is still valid, and whoever reports next (the bridge asking for durability) finds them queued.
/// </summary>
internal sealed class PropertyReportDispatcher
{
    private const int InitialCapacity = 64;

    // Guards _queued and the handler; taken inside the registry's lock (registry → this), for an append.
    private readonly Lock _sync = new();

    // One dispatcher at a time; never held with the registry's lock, so a listener may call back into the registry.
    private readonly Lock _dispatchSync = new();
    // Two lists swapped at each dispatch, sized so that a message's reports never grow them after start.
    private List<PropertyReport> _queued = new(InitialCapacity);
    private List<PropertyReport> _dispatching = new(InitialCapacity);
    private bool _nestedQueued;
    private PropertyReportedHandler? _handler;

    public bool Listening => Volatile.Read(ref _handler) is not null;

    public void Subscribe(PropertyReportedHandler? handler)
    {
        lock (_sync)
            _handler += handler;
    }

    public void Unsubscribe(PropertyReportedHandler? handler)
    {
        lock (_sync)
            _handler -= handler;
    }

    /// <summary>Under the registry's lock: queues the report; the caller must <see cref="Dispatch"/> once it has released that lock.</summary>
    public void Add(in PropertyReport report)
    {
        lock (_sync)
            _queued.Add(report);
    }

    /// <summary>With no registry lock held, by a caller that added reports: returns once they have been handed to the listeners.</summary>
    /// <exception cref="Exception">The first exception a listener threw, after every queued report was dispatched.</exception>
    public void Dispatch()
    {
        lock (_dispatchSync)
        {
            if (_dispatching.Count > 0)
            {
                KeepNested();
                return;
            }

            ExceptionDispatchInfo? failure = null;
            try
            {
                do
                {
                    PropertyReportedHandler? handler;
                    lock (_sync)
                    {
                        // Everything queued before this point: ours, and that of reporters now waiting for this lock.
                        (_queued, _dispatching) = (_dispatching, _queued);
                        _nestedQueued = false;
                        handler = _handler;
                    }

                    foreach (ref readonly var report in CollectionsMarshal.AsSpan(_dispatching))
                    {
                        try
                        {
                            handler?.Invoke(in report);
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            // The other reports still go out: they are other reporters' too.
                            failure ??= ExceptionDispatchInfo.Capture(e);
                        }
                    }

                    _dispatching.Clear();
                }
                while (Volatile.Read(ref _nestedQueued));
            }
            finally
            {
                _dispatching.Clear();
            }

            failure?.Throw();
        }
    }

    // A listener reported values itself (on this thread, inside Dispatch): its reports stay queued behind the batch being
    // dispatched, keeping the order, and the outer Dispatch takes them next. Their values must outlive this nested call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void KeepNested()
    {
        lock (_sync)
        {
            var queued = CollectionsMarshal.AsSpan(_queued);
            for (var i = 0; i < queued.Length; i++)
                queued[i] = queued[i] with { Value = queued[i].Value.Clone() };
            _nestedQueued = true;
        }
    }
}
