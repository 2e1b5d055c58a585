using System.Text.Json;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public static partial class AutomationReader
{
    private const string ConditionKinds = "and, or, not, property, time, sun, mode, availability, trigger";
    private static readonly string[] ValueTests = ["equals", "notEquals", "in"];
    private static readonly string[] SunTests = ["after", "before", "elevationAbove", "elevationBelow"];

    private static AutomationCondition? ReadCondition(JsonElement element, string path, AutomationReadState state, int depth)
    {
        if (ReadKind(element, path, state, "a condition", ConditionKinds) is not { } kind)
            return null;
        if (depth > MaxDepth)
        {
            state.Errors.Add(new ProfileError(path, $"conditions and actions nest at most {MaxDepth} levels deep"));
            return null;
        }

        var before = state.Errors.Count;
        AutomationCondition? condition = kind switch
        {
            "and" or "or" or "not" => ReadLogic(element, path, state, depth, kind),
            "property" => ReadPropertyCondition(element, path, state),
            "time" => ReadTimeCondition(element, path, state),
            "sun" => ReadSunCondition(element, path, state),
            "mode" => ReadModeCondition(element, path, state),
            "availability" => ReadAvailabilityCondition(element, path, state),
            "trigger" => ReadTriggerCondition(element, path, state),
            _ => UnknownCondition(path, state, kind),
        };
        return state.Errors.Count > before ? null : condition;
    }

    private static AutomationCondition? UnknownCondition(string path, AutomationReadState state, string kind)
    {
        state.Errors.Add(new ProfileError(path + ".kind", $"unknown condition kind '{kind}'; expected one of {ConditionKinds}"));
        return null;
    }

    /// <summary>Conditions of an and/or/not, an if or a choose option: an array of at least one.</summary>
    private static List<AutomationCondition> ReadConditions(AutomationFields f, string name, AutomationReadState state, int depth) =>
        ReadList(f, name, required: true, (e, p) => ReadCondition(e, p, state, depth + 1));

    private static LogicCondition ReadLogic(JsonElement element, string path, AutomationReadState state, int depth, string kind)
    {
        var f = new AutomationFields(element, path, state.Errors, $"an {kind} condition", "kind", "conditions");
        var op = kind switch { "and" => LogicOperator.And, "or" => LogicOperator.Or, _ => LogicOperator.Not };
        return new LogicCondition(path, op, ReadConditions(f, "conditions", state, depth));
    }

    private static PropertyCondition? ReadPropertyCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a property condition", "kind", "deviceId", "property", "equals", "notEquals", "in", "above", "below");
        var deviceId = f.Text("deviceId", true, 64);
        var property = f.Text("property", true, 128);
        var tests = ValueTests.Count(f.Has);
        var range = f.Has("above") || f.Has("below");
        if (tests + (range ? 1 : 0) != 1)
        {
            f.Error(path, "a property condition has exactly one of equals, notEquals, in, or above and/or below");
            return null;
        }

        List<JsonElement>? values = null;
        if (f.Array("in", false) is { } list)
        {
            values = [];
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    values.Add(item.Clone());
                else
                    f.Error(JsonPath.Index(f.Member("in"), index), $"expected a string, number or true/false, got {AutomationValues.Describe(item)}");
                index++;
            }
        }

        var (above, below) = Range(f);
        return new PropertyCondition(path, deviceId!, property!, f.Scalar("equals"), f.Scalar("notEquals"), values, above, below);
    }

    private static TimeCondition? ReadTimeCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a time condition", "kind", "after", "before", "weekdays");
        if (!f.Has("after") && !f.Has("before") && !f.Has("weekdays"))
            f.Error(path, "a time condition has after, before or weekdays");
        var after = f.Time("after");
        var before = f.Time("before");
        if (after is { } a && before is { } b && a == b)
            f.Error(f.Member("before"), "after and before are the same time: the window is empty");
        return new TimeCondition(path, after, before, f.Weekdays());
    }

    private static SunCondition? ReadSunCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a sun condition", "kind", "after", "afterOffset", "before", "beforeOffset", "elevationAbove", "elevationBelow");
        var after = f.SunEvent("after", false);
        var before = f.SunEvent("before", false);
        var afterOffset = Offset(f, "afterOffset", "after");
        var beforeOffset = Offset(f, "beforeOffset", "before");
        var above = f.Number("elevationAbove", false, -90, 90);
        var below = f.Number("elevationBelow", false, -90, 90);
        if (above is { } a && below is { } b && a >= b)
            f.Error(f.Member("elevationBelow"), $"elevationBelow ({b}) must be more than elevationAbove ({a})");
        if (!SunTests.Any(f.Has))
            f.Error(path, "a sun condition has after, before, elevationAbove or elevationBelow");
        return new SunCondition(path, after, afterOffset, before, beforeOffset, above, below);
    }

    private static TimeSpan Offset(AutomationFields f, string name, string of)
    {
        if (f.Has(name) && !f.Has(of))
            f.Error(f.Member(name), $"{name} needs {of}");
        var offset = f.Duration(name, allowNegative: true, allowZero: true) ?? TimeSpan.Zero;
        if (offset.Duration() > TimeSpan.FromHours(12))
            f.Error(f.Member(name), "an offset is at most 12 hours either way");
        return offset;
    }

    private static ModeCondition? ReadModeCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a mode condition", "kind", "in");
        return f.Texts("in", true, 32) is { } modes ? new ModeCondition(path, modes) : null;
    }

    private static AvailabilityCondition? ReadAvailabilityCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "an availability condition", "kind", "deviceId", "is");
        var deviceId = f.Text("deviceId", true, 64);
        return Availability(f.Choice("is", true, "online", "offline")) is { } availability ? new AvailabilityCondition(path, deviceId!, availability) : null;
    }

    private static TriggerCondition? ReadTriggerCondition(JsonElement element, string path, AutomationReadState state)
    {
        var f = new AutomationFields(element, path, state.Errors, "a trigger condition", "kind", "id", "ids");
        if (f.Has("id") == f.Has("ids"))
        {
            f.Error(path, "a trigger condition has one of id or ids");
            return null;
        }

        var single = f.Has("id");
        var ids = single ? (f.Text("id", true, 64) is { } id ? [id] : null) : f.Texts("ids", true);
        if (ids is null)
            return null;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!state.TriggerIds.Contains(ids[i]))
                f.Error(single ? f.Member("id") : JsonPath.Index(f.Member("ids"), i), $"no trigger of this automation has the id '{ids[i]}'");
        }

        return new TriggerCondition(path, ids);
    }
}
