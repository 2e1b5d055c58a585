using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>What "snapshot" actions saved, per automation and name: in memory, and in automation_snapshots when there is a store.</summary>
internal sealed class AutomationSnapshots(DeviceStore? store)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string HomeId, string AutomationId, string Name), string> _saved = [];

    public void Save(string homeId, string automationId, string name, string body)
    {
        store?.SaveAutomationSnapshot(homeId, automationId, name, body);
        lock (_sync)
            _saved[(homeId, automationId, name)] = body;
    }

    public string? Load(string homeId, string automationId, string name)
    {
        lock (_sync)
        {
            if (_saved.TryGetValue((homeId, automationId, name), out var body))
                return body;
        }

        return store?.LoadAutomationSnapshot(homeId, automationId, name);
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
