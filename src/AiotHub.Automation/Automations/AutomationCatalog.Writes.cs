using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public sealed partial class AutomationCatalog
{
    /// <summary>Stores a new automation (version 1); its id is the body's "id" or a unique slug of its name.</summary>
    public AutomationWriteResult Create(string homeId, JsonElement body)
    {
        var check = Check(homeId, body);
        if (check.Resolved is not { } resolved)
            return Invalid(check.Problems);

        AutomationEntry entry;
        lock (_sync)
        {
            if (resolved.Id.Length > 0 && _items.TryGetValue((homeId, resolved.Id), out var existing))
                return new AutomationWriteResult(AutomationWriteStatus.Duplicate, existing.Entry, [new ProfileError("$.id", $"the home already has an automation '{resolved.Id}'")]);
            if (CountLocked(homeId) is var count && count >= _limits.AutomationsPerHome)
                return Invalid([TooManyInHome("$", count + 1)]);
            var id = resolved.Id.Length > 0 ? resolved.Id : AutomationIds.Generate(resolved.Name, taken => _items.ContainsKey((homeId, taken)));
            if (HookConflicts(homeId, id, check.Read!) is { Count: > 0 } conflicts)
                return new AutomationWriteResult(AutomationWriteStatus.Duplicate, Problems: conflicts);
            var now = _time.GetUtcNow();
            var enabled = AutomationReader.ReadEnabled(body);
            entry = SaveLocked(new AutomationRecord(id, homeId, enabled, 1, now, now, AutomationDocument.Normalize(body, id, enabled)), check with { Resolved = resolved with { Id = id } });
        }

        Publish([(homeId, entry.Id, AutomationChanged.Created)]);
        return new AutomationWriteResult(AutomationWriteStatus.Done, entry, []);
    }

    /// <summary>
    /// Replaces the definition (an unavailable one too); with <paramref name="precondition"/>, only if it
    /// holds for the current version (If-Match). "enabled" absent from the body keeps the current state.
    /// </summary>
    public AutomationWriteResult Replace(string homeId, string automationId, JsonElement body, Func<long, bool>? precondition = null)
    {
        if (Find(homeId, automationId) is null)
            return new AutomationWriteResult(AutomationWriteStatus.NotFound);
        var check = Check(homeId, body);
        var problems = check.Problems.ToList();
        if (check.Read is { Id.Length: > 0 } read && read.Id != automationId)
            problems.Insert(0, new ProfileError("$.id", $"the id is '{automationId}' (ids do not change)"));
        if (check.Resolved is null || problems.Count > 0)
            return Invalid(problems);

        AutomationEntry entry;
        lock (_sync)
        {
            if (!_items.TryGetValue((homeId, automationId), out var current))
                return new AutomationWriteResult(AutomationWriteStatus.NotFound);
            if (precondition is not null && !precondition(current.Entry.Version))
                return new AutomationWriteResult(AutomationWriteStatus.VersionMismatch, current.Entry);
            if (HookConflicts(homeId, automationId, check.Read!) is { Count: > 0 } conflicts)
                return new AutomationWriteResult(AutomationWriteStatus.Duplicate, Problems: conflicts);
            var enabled = body.TryGetProperty("enabled", out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : current.Entry.Enabled;
            var record = new AutomationRecord(
                automationId, homeId, enabled, current.Entry.Version + 1, current.Entry.Created, _time.GetUtcNow(), AutomationDocument.Normalize(body, automationId, enabled));
            entry = SaveLocked(record, check with { Resolved = check.Resolved with { Id = automationId } });
        }

        Publish([(homeId, automationId, AutomationChanged.Updated)]);
        return new AutomationWriteResult(AutomationWriteStatus.Done, entry, []);
    }

    /// <summary>Enables or disables (a new version when it changes anything); an unreadable stored row must be replaced first.</summary>
    public AutomationWriteResult SetEnabled(string homeId, string automationId, bool enabled, Func<long, bool>? precondition = null)
    {
        AutomationEntry entry;
        lock (_sync)
        {
            if (!_items.TryGetValue((homeId, automationId), out var current))
                return new AutomationWriteResult(AutomationWriteStatus.NotFound);
            if (precondition is not null && !precondition(current.Entry.Version))
                return new AutomationWriteResult(AutomationWriteStatus.VersionMismatch, current.Entry);
            if (!current.Readable)
                return new AutomationWriteResult(AutomationWriteStatus.Invalid, current.Entry, current.Entry.Problems);
            if (current.Entry.Enabled == enabled)
                return new AutomationWriteResult(AutomationWriteStatus.Done, current.Entry, []);
            entry = current.Entry with
            {
                Enabled = enabled,
                Version = current.Entry.Version + 1,
                Updated = _time.GetUtcNow(),
                Definition = AutomationDocument.Normalize(current.Entry.Definition, automationId, enabled),
            };
            Store(entry);
            _items[(homeId, automationId)] = current with { Entry = entry };
        }

        Publish([(homeId, automationId, enabled ? AutomationChanged.Enabled : AutomationChanged.Disabled)]);
        return new AutomationWriteResult(AutomationWriteStatus.Done, entry, []);
    }

    /// <summary>Deletes the definition; with <paramref name="precondition"/>, only if it holds for the current version (If-Match).</summary>
    public AutomationWriteResult Delete(string homeId, string automationId, Func<long, bool>? precondition = null)
    {
        AutomationItem? current;
        lock (_sync)
        {
            if (!_items.TryGetValue((homeId, automationId), out current))
                return new AutomationWriteResult(AutomationWriteStatus.NotFound);
            if (precondition is not null && !precondition(current.Entry.Version))
                return new AutomationWriteResult(AutomationWriteStatus.VersionMismatch, current.Entry);
            _store?.DeleteAutomation(homeId, automationId);
            _items.Remove((homeId, automationId));
        }

        Publish([(homeId, automationId, AutomationChanged.Deleted)]);
        return new AutomationWriteResult(AutomationWriteStatus.Done, current.Entry, []);
    }

    /// <summary>Writes the record to hub.db, then keeps it with the check's outcome; under the lock.</summary>
    private AutomationEntry SaveLocked(AutomationRecord record, AutomationCheck check)
    {
        var item = Item(record, check);
        Store(item.Entry);
        _items[(record.HomeId, record.Id)] = item;
        return item.Entry;
    }

    private void Store(AutomationEntry entry) =>
        _store?.SaveAutomation(entry.HomeId, entry.Id, Serialize(entry));

    private static string Serialize(AutomationEntry entry) => JsonSerializer.Serialize(
        new AutomationRecord(entry.Id, entry.HomeId, entry.Enabled, entry.Version, entry.Created, entry.Updated, entry.Definition),
        AutomationJson.Default.AutomationRecord);

    private static AutomationItem Item(AutomationRecord record, AutomationCheck check)
    {
        var entry = new AutomationEntry(
            record.Id, record.HomeId, AutomationDocument.Name(record.Definition, record.Id), record.Enabled,
            check.Resolved is null ? AutomationState.Unavailable : AutomationState.Available, check.Problems,
            record.Version, record.Created, record.Updated, record.Definition);
        return new AutomationItem(entry, check.Resolved is { } resolved ? resolved with { Id = record.Id } : null, AutomationItem.Hooks(check.Read));
    }
}
