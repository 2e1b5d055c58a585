using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Reads an automation from its JSON (docs/automations.md "Format") into the model, collecting every
/// shape problem with its JSON path (<c>$.triggers[0].for</c>): missing or unknown kinds and fields,
/// wrong types, bad durations, times, weekdays and cron expressions, empty lists, values out of
/// range. Whether the devices, properties, scenes and modes it names exist is
/// <see cref="AutomationValidator"/>'s job; "tv" triggers come out naming the bare member
/// ("playback-state") until the validator resolves them through the device's profile.
/// </summary>
public static partial class AutomationReader
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;
    public const int MaxItems = 100;
    public const int MaxDepth = 8;
    public const int MaxQueued = 100;
    public const int DefaultMax = 10;

    private static readonly string[] TopMembers =
        ["id", "name", "description", "enabled", "mode", "max", "rateLimit", "triggers", "conditions", "actions"];

    /// <summary>
    /// The definition when there are no problems (its id is "" when the body has none); null otherwise. Read under
    /// <paramref name="limits"/> (the defaults when null): an automation with more steps than they allow is refused
    /// with that one problem before the rest is read.
    /// </summary>
    public static AutomationDefinition? Read(JsonElement body, List<ProfileError> errors, AutomationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        limits ??= new AutomationLimits();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError("$", $"expected an automation: {{\"name\": …, \"triggers\": […], \"actions\": […]}}, got {AutomationValues.Describe(body)}"));
            return null;
        }

        if (AutomationSteps.Count(body, limits.StepsPerAutomation) is (var steps, { } pastLimit))
        {
            errors.Add(new ProfileError(pastLimit, string.Create(CultureInfo.InvariantCulture,
                $"too many steps: the automation has {steps} (triggers, conditions and actions, counted across all nesting); {AutomationLimits.Key(nameof(AutomationLimits.StepsPerAutomation))} allows {limits.StepsPerAutomation}; this is the first step past it")));
            return null;
        }

        var before = errors.Count;
        var fields = new AutomationFields(body, "$", errors, "an automation", TopMembers);
        var id = fields.Text("id", false, 64);
        if (id is not null && !SceneIds.IsValid(id))
            fields.Error("$.id", "an id has 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit");
        var name = fields.Text("name", true, MaxNameLength);
        if (name is not null && DisplayNames.Problem(name) is { } badName)
            fields.Error("$.name", badName);
        var description = fields.Has("description") ? fields.Text("description", false, MaxDescriptionLength) : null;
        fields.Bool("enabled");
        var mode = ReadMode(fields.Choice("mode", false, "single", "restart", "queued", "parallel"));
        var max = fields.Number("max", false, 1, MaxQueued);
        if (max is { } m && m != Math.Floor(m))
            fields.Error("$.max", "expected a whole number from 1 to 100");
        if (max is not null && mode is not (AutomationMode.Queued or AutomationMode.Parallel))
            fields.Error("$.max", "max applies only to the queued and parallel modes");
        var rateLimit = ReadRateLimit(body, errors);

        var state = new AutomationReadState(errors, limits);
        var triggers = ReadList(fields, "triggers", required: true, (e, p) => ReadTrigger(e, p, state, inWait: false));
        CheckTriggerIds(triggers, state);
        var conditions = ReadList(fields, "conditions", required: false, (e, p) => ReadCondition(e, p, state, 1));
        var actions = ReadList(fields, "actions", required: true, (e, p) => ReadAction(e, p, state, 1));
        CheckRestores(actions, errors);

        return errors.Count > before
            ? null
            : new AutomationDefinition(id ?? "", name!, description, mode, (int)(max ?? DefaultMax), rateLimit, triggers, conditions, actions);
    }

    /// <summary>The body's "enabled" (true when absent or not a boolean; the reader reports the latter).</summary>
    public static bool ReadEnabled(JsonElement body) =>
        body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("enabled", out var enabled) || enabled.ValueKind != JsonValueKind.False;

    private static AutomationMode ReadMode(string? mode) => mode switch
    {
        "restart" => AutomationMode.Restart,
        "queued" => AutomationMode.Queued,
        "parallel" => AutomationMode.Parallel,
        _ => AutomationMode.Single,
    };

    private static AutomationRateLimit? ReadRateLimit(JsonElement body, List<ProfileError> errors)
    {
        if (!body.TryGetProperty("rateLimit", out var element) || element.ValueKind == JsonValueKind.Null)
            return null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError("$.rateLimit", "expected {\"runs\": n, \"per\": \"1m\"}"));
            return null;
        }

        var fields = new AutomationFields(element, "$.rateLimit", errors, "a rate limit", "runs", "per");
        var runs = fields.Number("runs", true, 1, 10_000);
        if (runs is { } r && r != Math.Floor(r))
            fields.Error("$.rateLimit.runs", "expected a whole number of runs");
        var per = fields.Duration("per", true);
        return runs is { } n && per is { } window && n == Math.Floor(n) ? new AutomationRateLimit((int)n, window) : null;
    }

    /// <summary>Reads an array member element by element (each at its own path); an absent optional list is empty.</summary>
    private static List<T> ReadList<T>(AutomationFields fields, string name, bool required, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        // An optional list ("conditions", "else", "default") may be empty; a required one may not.
        if (fields.Array(name, required, allowEmpty: !required) is not { } array)
            return list;
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (read(element, JsonPath.Index(fields.Member(name), index++)) is { } item)
                list.Add(item);
        }

        return list;
    }

    /// <summary>Opens one element: an object with a known "kind"; null (and a problem) otherwise.</summary>
    private static string? ReadKind(JsonElement element, string path, AutomationReadState state, string what, string kinds)
    {
        var errors = state.Errors;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError(path, $"expected {what} object with a \"kind\", got {AutomationValues.Describe(element)}"));
            return null;
        }

        if (!element.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(kind.GetString()))
        {
            errors.Add(new ProfileError(path + ".kind", $"required: one of {kinds}"));
            return null;
        }

        return kind.GetString();
    }

    private static void CheckTriggerIds(List<AutomationTrigger> triggers, AutomationReadState state)
    {
        foreach (var trigger in triggers)
        {
            if (trigger.Id is { } id && !state.TriggerIds.Add(id))
                state.Errors.Add(new ProfileError(trigger.Path + ".id", $"another trigger already has the id '{id}'"));
        }
    }

    /// <summary>A restore names a snapshot this automation saves (snapshots are kept per automation).</summary>
    private static void CheckRestores(List<AutomationAction> actions, List<ProfileError> errors)
    {
        var snapshots = AutomationWalk.Actions(actions).OfType<SnapshotAction>().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var restore in AutomationWalk.Actions(actions).OfType<RestoreAction>())
        {
            if (!snapshots.Contains(restore.Name))
                errors.Add(new ProfileError(restore.Path + ".name", $"no snapshot action of this automation saves '{restore.Name}'"));
        }
    }
}
