using System.Text.Json;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public sealed partial class AutomationValidator
{
    private AutomationAction Action(AutomationAction action)
    {
        switch (action)
        {
            case SetPropertiesAction set:
                return Set(set);
            case CallAction call:
                return Call(call);
            case SceneAction scene when _scenes?.Find(_homeId, scene.SceneId) is null:
                Error(scene.Path + ".sceneId", $"no scene '{scene.SceneId}' in home '{_homeId}'");
                break;
            case WaitAction wait:
                return wait with { Triggers = [.. wait.Triggers.Select(Trigger)] };
            case IfAction branch:
                return branch with
                {
                    Conditions = [.. branch.Conditions.Select(Condition)],
                    Then = [.. branch.Then.Select(Action)],
                    Else = [.. branch.Else.Select(Action)],
                };
            case ChooseAction choose:
                return choose with
                {
                    Options = [.. choose.Options.Select(o => o with { Conditions = [.. o.Conditions.Select(Condition)], Actions = [.. o.Actions.Select(Action)] })],
                    Default = [.. choose.Default.Select(Action)],
                };
            case SetModeAction mode:
                Mode(mode.Mode, mode.Path + ".set");
                break;
            case SnapshotAction snapshot:
                for (var i = 0; i < snapshot.DeviceIds.Count; i++)
                    Profile(snapshot.DeviceIds[i], JsonPath.Index(snapshot.Path + ".deviceIds", i), atPath: true);
                break;
        }

        return action;
    }

    /// <summary>Each property exists, is writable, once, with a fitting value; the command is rebuilt with "service.name" keys and list values as numbers.</summary>
    private SetPropertiesAction Set(SetPropertiesAction set)
    {
        if (Profile(set.DeviceId, set.Path) is not { } profile)
            return set;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<(string Key, JsonElement Value)>();
        foreach (var member in set.Properties.EnumerateObject())
        {
            var path = JsonPath.Member(set.Path + ".properties", member.Name);
            if (ProfileMembers.FindProperty(profile, member.Name, out _) is not ({ } service, { } property))
                Error(path, $"{profile.Model} has no property {member.Name}");
            else if (!seen.Add(ProfileMembers.Key(service, property.Name)))
                Error(path, "the same property twice");
            else
                values.Add((ProfileMembers.Key(service, property.Name), Value(property, member.Value, path, set: true)!.Value));
        }

        return set with
        {
            Properties = AutomationValues.Write(writer =>
            {
                writer.WriteStartObject();
                foreach (var (key, value) in values)
                {
                    writer.WritePropertyName(key);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
            }),
        };
    }

    private CallAction Call(CallAction call)
    {
        if (Profile(call.DeviceId, call.Path) is not { } profile)
            return call;
        if (ProfileMembers.FindAction(profile, call.Action, out _) is not ({ } service, { } action))
        {
            Error(call.Path + ".action", $"{profile.Model} has no action {call.Action}");
            return call;
        }

        _errors.AddRange(ProfileValueValidator.ValidateActionInput(action, call.In ?? default, call.Path + ".in"));
        return call with { Action = ProfileMembers.Key(service, action.Name) };
    }
}
