using AiotHub.Automation.Automations.Persistence;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// What "snapshot" actions saved, by name: in memory, and in automation_snapshots when there is a
/// store. Kept per automation, but a "restore" finds the home's snapshot of that name from any
/// automation (its own first), so one automation can save the lights when a film starts and
/// another set them back when it stops.
/// </summary>
internal sealed class AutomationSnapshots(AutomationStore? store)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string HomeId, string AutomationId, string Name), string> _saved = [];

    public void Save(string homeId, string automationId, string name, string body)
    {
        store?.SaveSnapshot(homeId, automationId, name, body);
        lock (_sync)
            _saved[(homeId, automationId, name)] = body;
    }

    public string? Load(string homeId, string automationId, string name)
    {
        lock (_sync)
        {
            if (_saved.TryGetValue((homeId, automationId, name), out var body))
                return body;
            if (_saved.FirstOrDefault(s => s.Key.HomeId == homeId && s.Key.Name == name) is { Value: { } other })
                return other;
        }

        return store?.LoadSnapshot(homeId, automationId, name);
    }

    public void Forget(string homeId, string automationId)
    {
        lock (_sync)
        {
            foreach (var key in _saved.Keys.Where(k => k.HomeId == homeId && k.AutomationId == automationId).ToList())
                _saved.Remove(key);
        }
    }
}
