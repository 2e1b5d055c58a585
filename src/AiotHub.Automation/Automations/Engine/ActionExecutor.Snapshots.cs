using System.Buffers;
using System.Text.Json;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Traces;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Snapshot and restore: the reported writable properties of devices, saved under a name per automation, set back later.</summary>
internal sealed partial class ActionExecutor
{
    private bool Snapshot(AutomationRunContext run, SnapshotAction action)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var count = 0;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var deviceId in action.DeviceIds)
            {
                if (!registry.TryGetDevice(deviceId, out var device))
                    return Fail(run, action.Path, action.Kind, $"{deviceId} is not in the registry", deviceId);
                var profile = registry.ProfileOf(device.Id);
                writer.WriteStartObject(deviceId);
                foreach (var (key, twin) in device.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (twin.Reported is not { } reported || !ProfileMembers.TrySplit(key, out var service, out var member, out _) ||
                        profile?.FindProperty(service, member) is not { CanWrite: true })
                        continue;
                    writer.WritePropertyName(key);
                    reported.Value.WriteTo(writer);
                    count++;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        snapshots.Save(run.HomeId, run.AutomationId, action.Name, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Record(run, action.Path, action.Kind, $"saved {count} properties of {action.DeviceIds.Count} devices as \"{action.Name}\"");
        return true;
    }

    private async Task<bool> RestoreAsync(AutomationRunContext run, RestoreAction action)
    {
        if (snapshots.Load(run.HomeId, run.AutomationId, action.Name) is not { } body)
            return Fail(run, action.Path, action.Kind, $"nothing was saved under \"{action.Name}\"");
        using var document = JsonDocument.Parse(body);
        foreach (var device in document.RootElement.EnumerateObject())
        {
            if (!device.Value.EnumerateObject().Any())
                continue;
            var values = device.Value.Clone();
            if (!await DeviceAsync(run, action.Path, action.Kind, device.Name, () => registry.SetProperties(device.Name, values, CommandOrigin.Automation(run.AutomationId))))
                return false;
        }

        return true;
    }
}
