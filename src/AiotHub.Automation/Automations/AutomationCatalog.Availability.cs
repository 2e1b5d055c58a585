using System.Text.Json;
using System.Threading.Channels;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Whether each stored automation still fits its home: checked when loaded, when a scene is
/// saved or deleted, when a device is added, updated or removed (seen on the event feed, re-checked on a
/// worker so the publisher never waits), and on <see cref="Recheck"/> (after profiles are added:
/// the registry raises no event for that).
/// </summary>
public sealed partial class AutomationCatalog
{
    /// <summary>Device changes waiting for the re-check worker; beyond this the next re-check covers every home instead.</summary>
    public const int MaxQueuedRechecks = 1_024;

    // Policy when full: nothing is lost — the device change sets _recheckAll, and the worker re-checks every home
    // (what a burst that fills the queue — a fleet re-announcing — needs anyway) rather than the homes it has queued.
    private readonly Channel<string> _homesToRecheck = Channel.CreateBounded<string>(
        new BoundedChannelOptions(MaxQueuedRechecks) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private Task _rechecking = Task.CompletedTask;
    private int _recheckAll;
    private long _widenedRechecks;

    /// <summary>Device changes that found the re-check queue full (<see cref="MaxQueuedRechecks"/>) and widened the next re-check to every home.</summary>
    public long WidenedRechecks => Interlocked.Read(ref _widenedRechecks);

    /// <summary>Checks every stored automation (of one home, or all) against the home again; those whose state changes raise unavailable/available.</summary>
    public void Recheck(string? homeId = null)
    {
        List<AutomationItem> items;
        lock (_sync)
        {
            items = [.. _items.Values.Where(i => i.Readable && (homeId is null || i.Entry.HomeId == homeId))];
        }

        var changes = new List<(string, string, string)>();
        foreach (var item in items)
        {
            var entry = item.Entry;
            var check = Check(entry.HomeId, entry.Definition);
            var state = check.Resolved is null ? AutomationState.Unavailable : AutomationState.Available;
            if (state == entry.State && check.Problems.SequenceEqual(entry.Problems))
                continue;
            lock (_sync)
            {
                // A write since the snapshot has checked the definition itself.
                if (!ReferenceEquals(_items.GetValueOrDefault((entry.HomeId, entry.Id)), item))
                    continue;
                _items[(entry.HomeId, entry.Id)] = Item(Record(entry), check);
            }

            if (state != entry.State)
                changes.Add((entry.HomeId, entry.Id, state == AutomationState.Available ? AutomationChanged.Available : AutomationChanged.Unavailable));
        }

        Publish(changes);
    }

    /// <summary>A stored row: a definition that no longer reads or fits is kept, unavailable; a row that is not even a record is listed with that problem.</summary>
    private AutomationItem Load(string homeId, string id, string body)
    {
        AutomationRecord? record = null;
        string? problem = null;
        try
        {
            record = JsonSerializer.Deserialize(body, AutomationJson.Default.AutomationRecord);
        }
        catch (JsonException e)
        {
            problem = e.Message;
        }

        if (record is not { Definition.ValueKind: JsonValueKind.Object })
        {
            var now = _time.GetUtcNow();
            var entry = new AutomationEntry(
                id, homeId, id, false, AutomationState.Unavailable,
                [new ProfileError("$", $"the stored definition is not readable ({problem ?? "no definition"}); replace or delete it")],
                1, now, now, AutomationDocument.Normalize(default, id, false));
            return new AutomationItem(entry, null, [], Readable: false);
        }

        record = record with { Id = id, HomeId = homeId };
        return Item(record, Check(homeId, record.Definition));
    }

    private static AutomationRecord Record(AutomationEntry entry) =>
        new(entry.Id, entry.HomeId, entry.Enabled, entry.Version, entry.Created, entry.Updated, entry.Definition);

    private void OnSceneChanged(string homeId, string sceneId) => Recheck(homeId);

    private void OnPublished(HomeEvent homeEvent)
    {
        if (homeEvent.Data is not (DeviceChange or DeviceRemoval)
            || _homesToRecheck.Writer.TryWrite(homeEvent.HomeId))
            return;
        // Full (the worker is behind a burst): the worker's next pass checks every home. Written once more after the
        // flag is set, so the worker passes again after seeing it: either this write finds room (the worker drained
        // meanwhile, and wakes for it) or the queue is still full and the worker reads the flag once it has drained.
        Volatile.Write(ref _recheckAll, 1);
        Interlocked.Increment(ref _widenedRechecks);
        _homesToRecheck.Writer.TryWrite(homeEvent.HomeId);
    }

    private void StartWatching()
    {
        _registry.Events.Published += OnPublished;
        _rechecking = Task.Run(RecheckHomesAsync);
    }

    private async Task RecheckHomesAsync()
    {
        var homes = new HashSet<string>(StringComparer.Ordinal);
        while (await _homesToRecheck.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // A burst of device changes (a fleet re-announcing) is one check per home.
            while (_homesToRecheck.Reader.TryRead(out var homeId))
                homes.Add(homeId);
            // Read after draining: a change that found the queue full set it before the drain made room.
            string?[] targets = Interlocked.Exchange(ref _recheckAll, 0) == 1 ? [null] : [.. homes];
            foreach (var homeId in targets)
            {
                try
                {
                    Recheck(homeId);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Checking is built not to throw (problems, not exceptions); if a listener of Changed
                    // throws, the next device change checks again rather than this loop ending.
                    System.Diagnostics.Debug.WriteLine(e);
                }
            }

            homes.Clear();
        }
    }

    private void StopWatching()
    {
        _registry.Events.Published -= OnPublished;
        _homesToRecheck.Writer.TryComplete();
        _rechecking.Wait(TimeSpan.FromSeconds(5));
    }
}
