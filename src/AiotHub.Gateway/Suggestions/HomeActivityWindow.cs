using AiotHub.Core.Activity;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// One home's activity as the mining service keeps it between passes: the entries of the window (oldest first), the
/// last id read (the next read asks only for entries after it), whether anything new arrived since the last pass, and
/// when that pass was. Bounded by age and by count; touched only by the mining thread. History appended late with times
/// well before the last pass (an import, the demo's generated weeks) makes the home due at once, not an interval later.
/// </summary>
internal sealed class HomeActivityWindow
{
    private List<ActivityEntry> _entries = [];

    public long LastId { get; private set; }

    /// <summary>How far before the last pass an entry must be to count as imported history rather than a late write.</summary>
    public static readonly TimeSpan ImportedBefore = TimeSpan.FromHours(1);

    public bool Changed { get; private set; } = true;

    /// <summary>Entries older than the last pass arrived since it (history imported).</summary>
    public bool Backfilled { get; private set; }

    public DateTimeOffset? LastMined { get; private set; }

    public IReadOnlyList<ActivityEntry> Entries => _entries;

    /// <summary>Adds entries read after <see cref="LastId"/> (in id order); history imported late is sorted into place.</summary>
    public void Add(IReadOnlyList<ActivityEntry> entries)
    {
        if (entries.Count == 0)
            return;
        var sorted = _entries.Count == 0 || entries[0].Time >= _entries[^1].Time;
        foreach (var entry in entries)
        {
            sorted &= _entries.Count == 0 || entry.Time >= _entries[^1].Time;
            _entries.Add(entry);
        }

        if (!sorted)
            _entries = [.. _entries.OrderBy(e => e.Time).ThenBy(e => e.Id)];
        LastId = Math.Max(LastId, entries.Max(e => e.Id));
        Changed = true;
        if (LastMined is { } last && entries.Any(e => e.Time < last - ImportedBefore))
            Backfilled = true;
    }

    /// <summary>Drops entries older than <paramref name="from"/>, then the oldest beyond <paramref name="maxEntries"/>.</summary>
    public void Trim(DateTimeOffset from, int maxEntries)
    {
        var old = 0;
        while (old < _entries.Count && _entries[old].Time < from)
            old++;
        old = Math.Max(old, _entries.Count - maxEntries);
        if (old > 0)
            _entries.RemoveRange(0, old);
    }

    public bool IsDue(DateTimeOffset now, TimeSpan interval) => Changed && (LastMined is not { } last || Backfilled || now - last >= interval);

    public void Mined(DateTimeOffset now)
    {
        LastMined = now;
        Changed = false;
        Backfilled = false;
    }
}
