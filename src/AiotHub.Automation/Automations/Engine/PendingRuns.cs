using System.Text.Json;
using AiotHub.Automation.Traces;
using AiotHub.Automation.Automations.Persistence;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>automation_pending through the automation layer's JSON: what runs and "for" timers wait for, kept across a restart.</summary>
internal sealed class PendingRuns(AutomationStore? store)
{
    public void Save(PendingRunState state) => store?.SavePending(new StoredAutomationPending(
        state.Id, state.HomeId, state.AutomationId, state.Kind, state.Due, JsonSerializer.Serialize(state, AutomationTraceJson.Default.PendingRunState)));

    public void Delete(string id) => store?.DeletePending(id);

    public IReadOnlyList<PendingRunState> Load()
    {
        var states = new List<PendingRunState>();
        foreach (var row in store?.LoadPending() ?? [])
        {
            try
            {
                if (JsonSerializer.Deserialize(row.Body, AutomationTraceJson.Default.PendingRunState) is { } state)
                    states.Add(state);
            }
            catch (JsonException)
            {
                // A row this version cannot read is dropped: the run it belonged to ends interrupted.
                store?.DeletePending(row.Id);
            }
        }

        return states;
    }
}
