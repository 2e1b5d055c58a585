using System.Threading.Channels;
using AiotHub.Automation.Automations.Engine;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>Events from the feed: matched on the publisher's thread, handled in order on the engine's loop.</summary>
public sealed partial class AutomationEngine
{
    /// <summary>Completes when every event published before the call has been matched and handled (tests and diagnostics).</summary>
    internal async Task WhenIdleAsync()
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            // Behind everything queued, waiting for room if the queue is full.
            await _work.Writer.WriteAsync(new EngineWork(null, null, barrier));
        }
        catch (ChannelClosedException)
        {
            return;
        }

        await barrier.Task;
    }

    // On the publisher's thread: a lookup, and nothing else (no allocation) when nothing matches. Never waits: a full
    // queue drops the event and counts it (AutomationEngineOptions.MaxQueuedEvents).
    private void OnEvent(HomeEvent homeEvent)
    {
        var candidates = _index.Candidates(homeEvent);
        if (candidates is null && _waits.Count == 0)
            return;
        // Counted before the write, so the loop (which decrements) never sees the count below zero.
        Interlocked.Increment(ref _queuedEvents);
        if (_work.Writer.TryWrite(new EngineWork(homeEvent, candidates, null)))
            return;
        Interlocked.Decrement(ref _queuedEvents);
        if (!_stopping.IsCancellationRequested)
            Interlocked.Increment(ref _droppedEvents);
    }

    private async Task LoopAsync()
    {
        await foreach (var work in _work.Reader.ReadAllAsync())
        {
            if (work.Barrier is { } barrier)
            {
                barrier.TrySetResult();
                continue;
            }

            Interlocked.Decrement(ref _queuedEvents);
            try
            {
                Handle(work.Event!, work.Candidates);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One event that breaks a trigger must not stop the engine; its runs say what went wrong.
                _options.OnError?.Invoke(e);
            }
        }
    }

    private void Handle(HomeEvent homeEvent, TriggerRef[]? candidates)
    {
        if (_waits.Count > 0)
            _waits.Offer(homeEvent);
        if (candidates is null)
            return;
        var lineage = _causality.Cause(homeEvent);
        foreach (var candidate in candidates)
        {
            if (ForTimers.HasFor(candidate.Trigger))
                _forTimers.OnEvent(candidate, homeEvent, lineage);
            else if (TriggerMatcher.Matches(candidate.Trigger, homeEvent))
                Fire(candidate, RunTriggers.FromEvent(candidate, homeEvent), lineage);
        }
    }
}
