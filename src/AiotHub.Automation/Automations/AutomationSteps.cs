using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Counts the steps of an automation's JSON before anything else reads it (docs/automations.md "Limits"): every
/// trigger, condition and action, counted across all nesting — the conditions, then and else of an if, the options'
/// conditions and actions and the default of a choose, a wait's triggers, the conditions of and/or/not. Counting
/// first keeps the reader's work, and the number of problems it could report, within the limit's reach.
/// </summary>
internal static class AutomationSteps
{
    /// <summary>The number of steps, and the path of the first step past <paramref name="limit"/> (null when within it).</summary>
    public static (int Count, string? FirstPastLimit) Count(JsonElement automation, int limit)
    {
        var counter = new Counter(limit);
        if (automation.ValueKind == JsonValueKind.Object)
        {
            counter.Steps(automation, "$", "triggers");
            counter.Steps(automation, "$", "conditions");
            counter.Steps(automation, "$", "actions");
        }

        return (counter.Total, counter.FirstPastLimit);
    }

    private sealed class Counter(int limit)
    {
        public int Total { get; private set; }

        public string? FirstPastLimit { get; private set; }

        /// <summary>Each element of the array member <paramref name="name"/> is a step, with what it nests.</summary>
        public void Steps(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
                return;
            var index = 0;
            foreach (var element in array.EnumerateArray())
                Step(element, JsonPath.Index(JsonPath.Member(path, name), index++));
        }

        private void Step(JsonElement element, string path)
        {
            if (++Total > limit)
                FirstPastLimit ??= path;
            if (element.ValueKind != JsonValueKind.Object)
                return;
            // Whatever the kind says: only if, choose, wait and and/or/not have these members, and a member another
            // kind does not have is an error the reader reports anyway.
            Steps(element, path, "conditions");
            Steps(element, path, "then");
            Steps(element, path, "else");
            if (element.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
            {
                // An option is not a step; its conditions and actions are.
                var index = 0;
                foreach (var option in options.EnumerateArray())
                {
                    var optionPath = JsonPath.Index(JsonPath.Member(path, "options"), index++);
                    if (option.ValueKind != JsonValueKind.Object)
                        continue;
                    Steps(option, optionPath, "conditions");
                    Steps(option, optionPath, "actions");
                }
            }

            Steps(element, path, "actions");
            Steps(element, path, "default");
            Steps(element, path, "triggers");
            if (element.TryGetProperty("trigger", out var trigger) && trigger.ValueKind == JsonValueKind.Object)
                Step(trigger, JsonPath.Member(path, "trigger"));
        }
    }
}
