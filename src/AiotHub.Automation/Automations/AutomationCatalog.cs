using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Automation.Automations;

/// <summary>
/// The automations of every home: definitions in the documented JSON format (docs/automations.md),
/// validated with JSON paths, kept in hub.db with a version per automation. A write that is not
/// valid changes nothing; an automation that stops fitting the home later (a device, scene or
/// profile member it names goes away), or that is loaded invalid from the store, is kept as
/// <see cref="AutomationState.Unavailable"/> with its problems and never stops the hub.
/// </summary>
public sealed class AutomationCatalog
{
    public AutomationCatalog(DeviceRegistry registry, SceneCatalog scenes, DeviceStore? store = null, TimeProvider? timeProvider = null) =>
        throw new NotImplementedException("contract");

    public DeviceRegistry Registry => throw new NotImplementedException("contract");

    /// <summary>Raised after any write with (homeId, automationId).</summary>
    public event Action<string, string>? Changed
    {
        add => throw new NotImplementedException("contract");
        remove => throw new NotImplementedException("contract");
    }

    public IReadOnlyList<AutomationEntry> List(string homeId) => throw new NotImplementedException("contract");

    public AutomationEntry? Find(string homeId, string automationId) => throw new NotImplementedException("contract");

    /// <summary>Every home's enabled, available automations with their definitions (the engine re-reads this on <see cref="Changed"/>).</summary>
    public IReadOnlyList<RunnableAutomation> ListRunnable() => throw new NotImplementedException("contract");

    /// <summary>Parses and checks a definition against the home without storing it (the API's validate endpoint and the reader's tests).</summary>
    public AutomationWriteResult Validate(string homeId, JsonElement body) => throw new NotImplementedException("contract");

    /// <summary>Stores a new automation; its id is the body's "id" or a generated one.</summary>
    public AutomationWriteResult Create(string homeId, JsonElement body) => throw new NotImplementedException("contract");

    public AutomationWriteResult Replace(string homeId, string automationId, JsonElement body, Func<long, bool>? precondition = null) =>
        throw new NotImplementedException("contract");

    public AutomationWriteResult SetEnabled(string homeId, string automationId, bool enabled, Func<long, bool>? precondition = null) =>
        throw new NotImplementedException("contract");

    public AutomationWriteResult Delete(string homeId, string automationId, Func<long, bool>? precondition = null) =>
        throw new NotImplementedException("contract");

    /// <summary>Exports the home's automations (or the listed ones) as <c>{"format":"aiothub-automations/1","automations":[...]}</c>.</summary>
    public JsonElement Export(string homeId, IReadOnlyList<string>? automationIds = null) => throw new NotImplementedException("contract");

    /// <summary>Imports an exported document, all or nothing; with <paramref name="replaceExisting"/> an id that exists is replaced, otherwise it is a duplicate.</summary>
    public AutomationImportResult Import(string homeId, JsonElement document, bool replaceExisting = false) => throw new NotImplementedException("contract");
}
