namespace AiotHub.Telemetry;

/// <summary>
/// Keeps a durability barrier honest about a bounded buffer's drops. Each flush takes one generation of the buffer; a drop
/// in generation g raises the fence to g + 1, and barriers asked for fault until that generation has committed — a
/// flush that started after the drop, and the one after it. A caller queues (and may be dropped) a moment before it asks
/// for the barrier, so a drop is never matched to its caller: every barrier asked for meanwhile faults, the guilty one
/// among them (see docs/gateway.md, "Telemetry"). Not thread-safe: the owner calls it under its buffer's lock.
/// </summary>
internal struct DropFence
{
    private long _generation;
    private long _committed;
    private long _until;

    /// <summary>True while barriers must fault: a drop whose generation, and the next, have not both committed.</summary>
    public readonly bool Raised => _committed < _until;

    /// <summary>Something queued now was dropped.</summary>
    public void Dropped() => _until = _generation + 2;

    /// <summary>A flush takes the buffer: returns the generation it writes.</summary>
    public long Swap() => ++_generation;

    /// <summary>The flush of <paramref name="generation"/> (and so of every earlier one) committed.</summary>
    public void Committed(long generation) => _committed = Math.Max(_committed, generation);
}
