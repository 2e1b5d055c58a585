using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>Export and import of a home's automations as one document (docs/automations.md "Export and import").</summary>
public sealed partial class AutomationCatalog
{
    public const string ExportFormat = "aiothub-automations/1";

    /// <summary>Exports the home's automations (or the listed ones that exist) as <c>{"format":"aiothub-automations/1","automations":[...]}</c>, ordered by id.</summary>
    public JsonElement Export(string homeId, IReadOnlyList<string>? automationIds = null)
    {
        var entries = List(homeId).Where(e => automationIds is null || automationIds.Contains(e.Id)).ToList();
        return AutomationValues.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", ExportFormat);
            writer.WriteStartArray("automations");
            foreach (var entry in entries)
                entry.Definition.WriteTo(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Imports an exported document, all or nothing; with <paramref name="replaceExisting"/> an id that
    /// exists is replaced (a new version), otherwise it is a duplicate. Problems point into the document.
    /// </summary>
    public AutomationImportResult Import(string homeId, JsonElement document, bool replaceExisting = false)
    {
        var problems = new List<ProfileError>();
        var bodies = ReadDocument(document, problems, _limits);
        var checks = new List<(JsonElement Body, AutomationCheck Check, string Prefix)>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var prefix = JsonPath.Index("$.automations", i);
            var check = Check(homeId, bodies[i]);
            problems.AddRange(check.Problems.Select(p => p with { Path = prefix + p.Path[1..] }));
            checks.Add((bodies[i], check, prefix));
        }

        if (problems.Count > 0)
            return new AutomationImportResult(AutomationWriteStatus.Invalid, [], problems);

        var imported = new List<AutomationEntry>();
        var changes = new List<(string, string, string)>();
        lock (_sync)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var hooks = new HashSet<string>(StringComparer.Ordinal);
            // Checked before anything else of the plan: a home over its limit gets that one answer.
            var added = checks.Select(c => c.Check.Read!.Id).Count(id => id.Length == 0 || !(replaceExisting && _items.ContainsKey((homeId, id))));
            if (CountLocked(homeId) + added is var total && total > _limits.AutomationsPerHome)
                return new AutomationImportResult(AutomationWriteStatus.Invalid, [], [TooManyInHome("$.automations", total)]);
            var planned = new List<(AutomationRecord Record, AutomationCheck Check, bool Existed)>();
            var replaced = checks.Select(c => (HomeId: homeId, c.Check.Read!.Id)).Where(key => replaceExisting && _items.ContainsKey(key)).ToHashSet();
            var now = _time.GetUtcNow();
            foreach (var (body, check, prefix) in checks)
            {
                var read = check.Read!;
                var id = read.Id.Length > 0 ? read.Id : AutomationIds.Generate(read.Name, taken => _items.ContainsKey((homeId, taken)) || ids.Contains(taken));
                if (!ids.Add(id))
                    problems.Add(new ProfileError(prefix + ".id", $"the document has '{id}' twice"));
                var exists = _items.TryGetValue((homeId, id), out var current);
                if (exists && !replaceExisting)
                    problems.Add(new ProfileError(prefix + ".id", $"the home already has an automation '{id}' (import with replaceExisting to replace it)"));
                problems.AddRange(HookConflicts(homeId, id, read, replaced).Select(p => p with { Path = prefix + p.Path[1..] }));
                foreach (var hook in read.Triggers.OfType<Triggers.WebhookTrigger>().Where(h => !hooks.Add(h.HookId)))
                    problems.Add(new ProfileError(prefix + hook.Path[1..] + ".hookId", "another automation of the document uses this hook id"));
                var enabled = AutomationReader.ReadEnabled(body);
                var record = new AutomationRecord(
                    id, homeId, enabled, (current?.Entry.Version ?? 0) + 1, current?.Entry.Created ?? now, now, AutomationDocument.Normalize(body, id, enabled));
                planned.Add((record, check with { Resolved = check.Resolved! with { Id = id } }, exists));
            }

            if (problems.Count > 0)
                return new AutomationImportResult(AutomationWriteStatus.Duplicate, [], problems);

            var items = planned.Select(p => Item(p.Record, p.Check)).ToList();
            _store?.SaveAutomations([.. items.Select(i => (i.Entry.HomeId, i.Entry.Id, Serialize(i.Entry)))]);
            foreach (var (item, plan) in items.Zip(planned))
            {
                _items[(homeId, item.Entry.Id)] = item;
                imported.Add(item.Entry);
                changes.Add((homeId, item.Entry.Id, plan.Existed ? AutomationChanged.Updated : AutomationChanged.Created));
            }
        }

        Publish(changes);
        return new AutomationImportResult(AutomationWriteStatus.Done, imported, []);
    }

    private static List<JsonElement> ReadDocument(JsonElement document, List<ProfileError> problems, AutomationLimits limits)
    {
        var bodies = new List<JsonElement>();
        if (document.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ProfileError("$", $"expected {{\"format\": \"{ExportFormat}\", \"automations\": […]}}"));
            return bodies;
        }

        var fields = new AutomationFields(document, "$", problems, "an export", "format", "automations");
        if (fields.Text("format", true, 64) is { } format && format != ExportFormat)
            fields.Error("$.format", $"expected \"{ExportFormat}\", got '{format}'");
        // An export of a home without automations has an empty list, and imports as nothing.
        if (!document.TryGetProperty("automations", out var array) || array.ValueKind != JsonValueKind.Array)
            fields.Error("$.automations", "required: an array of automations");
        else if (array.GetArrayLength() is var count && count > limits.AutomationsPerImport)
            fields.Error("$.automations", string.Create(CultureInfo.InvariantCulture,
                $"too many automations in one import: {count}; {AutomationLimits.Key(nameof(AutomationLimits.AutomationsPerImport))} allows {limits.AutomationsPerImport}"));
        else
            bodies.AddRange(array.EnumerateArray().Select(e => e.Clone()));
        return bodies;
    }
}
