using AiotHub.Core.Activity;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// One home's activity as the mining service keeps it between passes: the entries of the window (oldest first), the
/// last id read (the next read asks only for entries after it), whether anything new arrived since the last pass, and
/// when that pass was. Bounded by age and by count; touched only by the mining thread.
/// </summary>
internal sealed class HomeActivityWindow
{
    private List<ActivityEntry> _entries = [];

    public long LastId { get; private set; }

    public bool Changed { get; private set; } = true;

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

    public bool IsDue(DateTimeOffset now, TimeSpan interval) => Changed && (LastMined is not { } last || now - last >= interval);

    public void Mined(DateTimeOffset now)
    {
        LastMined = now;
        Changed = false;
    }
}
