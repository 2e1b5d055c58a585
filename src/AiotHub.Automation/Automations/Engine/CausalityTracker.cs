using AiotHub.Automation.Modes;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Which automations caused an event, for loop protection: by the command id a change carries when
/// the registry knows it, else by timing — a report from a device that an automation's run sent a
/// command to within the causality window, or a mode change an automation made. The answer is the
/// run's lineage: its automation and every automation that caused it in turn. Thread-safe.
/// </summary>
internal sealed class CausalityTracker(TimeSpan window)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, (string[] Lineage, DateTimeOffset At)> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(string HomeId, string DeviceId), (string[] Lineage, DateTimeOffset At)> _devices = [];
    private readonly Dictionary<string, (string[] Lineage, DateTimeOffset At)> _modes = new(StringComparer.Ordinal);

    public void NoteCommand(string homeId, string deviceId, string commandId, string[] lineage, DateTimeOffset now)
    {
        lock (_sync)
        {
            Prune(now);
            _commands[commandId] = (lineage, now);
            _devices[(homeId, deviceId)] = (lineage, now);
        }
    }

    public void NoteMode(string homeId, string[] lineage, DateTimeOffset now)
    {
        lock (_sync)
            _modes[homeId] = (lineage, now);
    }

    public string[] Cause(HomeEvent homeEvent)
    {
        lock (_sync)
        {
            var horizon = homeEvent.Time - window;
            if (homeEvent.Data is DesiredChanged { CommandId: { } commandId } && _commands.TryGetValue(commandId, out var byCommand))
                return byCommand.Lineage;
            if (homeEvent.Data is PropertyChanged or DesiredChanged or DeviceEvent && homeEvent.DeviceId is { } device &&
                _devices.TryGetValue((homeEvent.HomeId, device), out var byDevice) && byDevice.At >= horizon)
                return byDevice.Lineage;
            if (homeEvent.Data is HomeModeChanged { Source: { } source } && source.StartsWith("automation:", StringComparison.Ordinal) &&
                _modes.TryGetValue(homeEvent.HomeId, out var byMode) && byMode.At >= horizon)
                return byMode.Lineage;
            return [];
        }
    }

    // Under _sync: keeps the maps small on a busy hub.
    private void Prune(DateTimeOffset now)
    {
        if (_commands.Count < 1024)
            return;
        var horizon = now - window;
        foreach (var (id, entry) in _commands)
        {
            if (entry.At < horizon)
                _commands.Remove(id);
        }

        foreach (var (key, entry) in _devices)
        {
            if (entry.At < horizon)
                _devices.Remove(key);
        }
    }
}
