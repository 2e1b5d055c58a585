using System.Text;

namespace AiotHub.Automation.Traces;

/// <summary>
/// How many bytes a trace, or one step of it, takes as JSON — an estimate from the lengths of its texts plus the
/// fixed fields, close to <see cref="AutomationTraceStore.Serialize"/> without serializing (a run's trace is checked
/// against <c>Automations:Limits:TraceBytes</c> at every step, and a home's traces against <c>TraceBytesPerHome</c>).
/// </summary>
internal static class AutomationTraceSize
{
    // Member names, quotes, timestamps, enums and numbers of one step, and of a run without its lists.
    private const int StepFields = 220;
    private const int ConditionFields = 60;
    private const int RunFields = 400;

    public static int Of(AutomationRunStep step) => StepFields + Text(step.Path) + Text(step.Kind) + Text(step.DeviceId) + Text(step.CommandId)
        + Text(step.CommandStatus) + Text(step.SceneRunId) + Text(step.Message);

    public static int Of(AutomationRunCondition condition) => ConditionFields + Text(condition.Path) + Text(condition.Kind) + Text(condition.Description);

    /// <summary>A run without its steps and conditions: ids, name, reason and what triggered it (a webhook's body with it).</summary>
    public static int Head(AutomationRun run) => RunFields + Text(run.Id) + Text(run.HomeId) + Text(run.AutomationId) + Text(run.AutomationName)
        + Text(run.Reason) + Text(run.Limit) + Text(run.Trigger.Kind) + Text(run.Trigger.Description)
        + (run.Trigger.Data.ValueKind == System.Text.Json.JsonValueKind.Undefined ? 0 : run.Trigger.Data.GetRawText().Length);

    public static long Of(AutomationRun run)
    {
        long bytes = Head(run);
        foreach (var step in run.Steps)
            bytes += Of(step);
        foreach (var condition in run.Conditions)
            bytes += Of(condition);
        return bytes;
    }

    private static int Text(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
