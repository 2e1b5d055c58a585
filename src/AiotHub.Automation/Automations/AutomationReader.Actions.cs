using System.Text.Json;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public static partial class AutomationReader
{
    private const string ActionKinds = "set, call, scene, delay, wait, if, choose, notify, mode, snapshot, restore";

    private static AutomationAction? ReadAction(JsonElement element, string path, AutomationReadState state, int depth)
    {
        if (ReadKind(element, path, state, "an action", ActionKinds) is not { } kind)
            return null;
        if (depth > MaxDepth)
        {
            state.Errors.Add(new ProfileError(path, $"conditions and actions nest at most {MaxDepth} levels deep"));
            return null;
        }

        var before = state.Errors.Count;
        AutomationAction? action = kind switch
        {
            "set" => ReadSet(element, path, state),
            "call" => ReadCall(element, path, state),
            "scene" => new SceneAction(path, new AutomationFields(element, path, state.Errors, "a scene action", "kind", "sceneId").Text("sceneId", true, 64)!),
            "delay" => ReadDelay(element, path, state),
            "wait" => ReadWait(element, path, state),
            "if" => ReadIf(element, path, state, depth),
            "choose" => ReadChoose(element, path, state, depth),
            "notify" => ReadNotify(element, path, state),
            "mode" => new SetModeAction(path, new AutomationFields(element, path, state.Errors, "a mode action", "kind", "set").Text("set", true, 32)!),
            "snapshot" => ReadSnapshot(element, path, state),
            "restore" => new RestoreAction(path, new AutomationFields(element, path, state.Errors, "a restore action", "kind", "name").Text("name", true, 64)!),
            _ => UnknownAction(path, state, kind),
        };
        return state.Errors.Count > before ? null : action;
    }

    private static AutomationAction? UnknownAction(string path, AutomationReadState state, string kind)
    {
        state.Errors.Add(new ProfileError(path + ".kind", $"unknown action kind '{kind}'; expected one of {ActionKinds}"));
        return null;
    }

    private static List<AutomationAction> ReadActions(AutomationFields f, string name, bool required, AutomationReadState state, int depth) =>
        ReadList(f, name, required, (e, p) => ReadAction(e, p, state, depth + 1));

    private static SetPropertiesAction? ReadSet(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a set action", "kind", "deviceId", "properties");
        var deviceId = f.Text("deviceId", true, 64);
        var properties = f.Object("properties", true);
        if (properties is { } p && !p.EnumerateObject().Any())
            f.Error(f.Member("properties"), "expected at least one \"service.property\": value");
        return properties is { } values ? new SetPropertiesAction(path, deviceId!, values) : null;
    }

    private static CallAction? ReadCall(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a call action", "kind", "deviceId", "action", "in");
        return new CallAction(path, f.Text("deviceId", true, 64)!, f.Text("action", true, 128)!, f.Object("in"));
    }

    private static DelayAction? ReadDelay(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a delay action", "kind", "duration");
        if (f.Duration("duration", required: true) is not { } duration)
            return null;
        CheckRunDuration(f, "duration", duration, state);
        return new DelayAction(path, duration);
    }

    private static WaitAction? ReadWait(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a wait action", "kind", "triggers", "trigger", "timeout", "continueOnTimeout");
        var triggers = new List<AutomationTrigger>();
        if (f.Has("trigger") == f.Has("triggers"))
            f.Error(path, "a wait has one of trigger or triggers");
        else if (f.Has("trigger") && element.TryGetProperty("trigger", out var single))
        {
            if (ReadTrigger(single, f.Member("trigger"), state, inWait: true) is { } trigger)
                triggers.Add(trigger);
        }
        else
            triggers = ReadList(f, "triggers", required: true, (e, p) => ReadTrigger(e, p, state, inWait: true));

        var timeout = f.Duration("timeout", required: true);
        if (timeout is { } longest)
            CheckRunDuration(f, "timeout", longest, state);
        var continueOnTimeout = f.Bool("continueOnTimeout") ?? false;
        return timeout is { } t ? new WaitAction(path, triggers, t, continueOnTimeout) : null;
    }

    /// <summary>A delay or wait longer than a run may go on could never end as written.</summary>
    private static void CheckRunDuration(AutomationFields f, string name, TimeSpan duration, AutomationReadState state)
    {
        if (duration > state.Limits.RunDuration)
        {
            f.Error(f.Member(name), $"longer than a run may go on: {Engine.Durations.Text(duration)}; " +
                $"{AutomationLimits.Key(nameof(AutomationLimits.RunDuration))} allows {Engine.Durations.Text(state.Limits.RunDuration)}");
        }
    }

    private static IfAction ReadIf(JsonElement element, string path, AutomationReadState state, int depth)
    {
        var f = new AutomationFields(element, path, state.Errors, "an if action", "kind", "conditions", "then", "else");
        return new IfAction(path, ReadConditions(f, "conditions", state, depth), ReadActions(f, "then", true, state, depth), ReadActions(f, "else", false, state, depth));
    }

    private static ChooseAction ReadChoose(JsonElement element, string path, AutomationReadState state, int depth)
    {
        var f = new AutomationFields(element, path, state.Errors, "a choose action", "kind", "options", "default");
        var options = ReadList(f, "options", required: true, (e, p) => ReadOption(e, p, state, depth));
        return new ChooseAction(path, options, ReadActions(f, "default", false, state, depth));
    }

    private static ChooseOption? ReadOption(JsonElement element, string path, AutomationReadState state, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            state.Errors.Add(new ProfileError(path, $"expected an option {{\"conditions\": […], \"actions\": […]}}, got {AutomationValues.Describe(element)}"));
            return null;
        }

        var f = new AutomationFields(element, path, state.Errors, "a choose option", "conditions", "actions");
        return new ChooseOption(path, ReadConditions(f, "conditions", state, depth), ReadActions(f, "actions", true, state, depth));
    }

    private static NotifyAction ReadNotify(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a notify action", "kind", "message", "title", "level");
        return new NotifyAction(path, f.Text("message", true, 1000)!, f.Text("title", false, 100), f.Choice("level", false, "info", "warning", "alert") ?? "info");
    }

    private static SnapshotAction? ReadSnapshot(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a snapshot action", "kind", "name", "deviceIds");
        var name = f.Text("name", true, 64);
        return f.Texts("deviceIds", true) is { } devices ? new SnapshotAction(path, name!, devices) : null;
    }
}
