using System.Text.Json;
using AiotHub.Core.Events;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Whether each stored automation still fits its home: checked when loaded, when a scene is
/// saved or deleted, when a device is added or updated (the home's event feed), and on
/// <see cref="Recheck"/> (after profiles are added: the registry raises no event for that).
/// </summary>
public sealed partial class AutomationCatalog
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _watchers = [];

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
                changes.Add((entry.HomeId, entry.Id, state == AutomationState.Available ? AutomationChangedEvent.Available : AutomationChangedEvent.Unavailable));
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

    /// <summary>Listens to each home's feed for devices added or updated (moved, re-announced with another model, resolved).</summary>
    private void StartWatching()
    {
        foreach (var home in _registry.ListHomes())
        {
            var subscription = _registry.Events.Subscribe(home.Id);
            _watchers.Add(Task.Run(() => WatchAsync(subscription, _stopping.Token)));
        }
    }

    private async Task WatchAsync(HomeEventSubscription subscription, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using (subscription)
                {
                    await foreach (var homeEvent in subscription.Reader.ReadAllAsync(cancellationToken))
                    {
                        if (homeEvent.Type is HomeEventTypes.DeviceAdded or HomeEventTypes.DeviceUpdated)
                            Recheck(homeEvent.HomeId);
                    }
                }

                // Dropped for falling behind: listen again and catch up with one full check.
                subscription = _registry.Events.Subscribe(subscription.HomeId);
                Recheck(subscription.HomeId);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Checking never throws by design; if it does, keep listening rather than stop re-checking.
                subscription = _registry.Events.Subscribe(subscription.HomeId);
            }
        }
    }

    private void StopWatching()
    {
        _stopping.Cancel();
        try
        {
            Task.WaitAll([.. _watchers], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled watchers end with cancellation; nothing to report on the way out.
        }

        _stopping.Dispose();
    }
}
