using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Carries out a run's actions in order, recording a step per action. A step that cannot run (a
/// device gone, a scene deleted) fails the run; a command that is not applied fails only its step
/// (the run ends partial). On resume, actions before the delay or wait being resumed are passed over.
/// </summary>
internal sealed partial class ActionExecutor(
    DeviceRegistry registry,
    SceneRunner scenes,
    HomeModes modes,
    TimeProvider time,
    CausalityTracker causality,
    WaitRegistry waits,
    PendingRuns pending,
    AutomationSnapshots snapshots,
    ConditionEvaluator conditions,
    Action<AutomationRunContext> persist,
    CancellationToken stopping)
{
    /// <summary>False when the run stopped on an error (<see cref="AutomationRunContext.FailReason"/> says why).</summary>
    public async Task<bool> RunAsync(IReadOnlyList<AutomationAction> actions, AutomationRunContext run)
    {
        foreach (var action in actions)
        {
            // Resuming: what came before the delay or wait being resumed ran in the previous process.
            if (run.ResumePath is { } resume && !Contains(action.Path, resume))
                continue;
            run.Token.ThrowIfCancellationRequested();
            var ok = action switch
            {
                SetPropertiesAction s => await DeviceAsync(run, s.Path, s.Kind, s.DeviceId, () => registry.SetProperties(s.DeviceId, s.Properties, CommandOrigin.Automation(run.AutomationId))),
                CallAction c => await DeviceAsync(run, c.Path, c.Kind, c.DeviceId, () => registry.CallAction(c.DeviceId, c.Action, c.In ?? default, CommandOrigin.Automation(run.AutomationId))),
                SceneAction s => await SceneAsync(run, s),
                DelayAction d => await DelayAsync(run, d),
                WaitAction w => await WaitAsync(run, w),
                IfAction i => await IfAsync(run, i),
                ChooseAction c => await ChooseAsync(run, c),
                NotifyAction n => Notify(run, n),
                SetModeAction m => Mode(run, m),
                SnapshotAction s => Snapshot(run, s),
                RestoreAction r => await RestoreAsync(run, r),
                _ => Fail(run, action.Path, action.Kind, $"the action kind {action.Kind} is not known to this hub"),
            };
            if (!ok)
                return false;
        }

        return true;
    }

    private static bool Contains(string path, string inner) =>
        inner == path || inner.StartsWith(path + ".", StringComparison.Ordinal) || inner.StartsWith(path + "[", StringComparison.Ordinal);

    private DateTimeOffset Now => time.GetUtcNow();

    private async Task<bool> DeviceAsync(AutomationRunContext run, string path, string kind, string deviceId, Func<CommandResult> send)
    {
        var started = Now;
        CommandResult result;
        try
        {
            result = send();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return Fail(run, path, kind, $"{kind} on {deviceId} could not be sent: {e.Message}", deviceId);
        }

        if (!result.IsAccepted)
            return Fail(run, path, kind, $"{kind} on {deviceId} could not run: {string.Join("; ", result.Errors.Select(e => e.Message))}", deviceId);

        var commandId = result.Command.Id;
        causality.NoteCommand(run.HomeId, deviceId, commandId, run.Lineage, started);
        var index = run.AddStep(new AutomationRunStep(path, kind, AutomationStepStatus.Running, started, null, deviceId, commandId, "pending"));
        // Written now, so that after a crash the trace still says which command was sent.
        persist(run);
        DeviceCommand? command;
        try
        {
            command = await registry.WaitForCommandAsync(commandId, run.Token);
        }
        catch (OperationCanceledException) when (registry.GetCommand(commandId) is { Status: not CommandStatus.Pending } answered)
        {
            // Cancelled with the answer already in: the registry releases a wait only once the command's events are
            // published, so the answer can be in a moment before the wait ends. The step records what the device did;
            // a next action, if any, sees the cancel.
            command = answered;
        }

        var status = command?.Status ?? CommandStatus.TimedOut;
        var applied = status == CommandStatus.Applied;
        if (!applied)
            run.NotApplied++;
        run.UpdateStep(index, s => s with
        {
            Status = applied ? AutomationStepStatus.Succeeded : AutomationStepStatus.Failed,
            Finished = Now,
            CommandStatus = StatusText(status),
            LatencyMs = command?.Latency?.TotalMilliseconds,
            Message = applied ? null : command?.Message ?? $"the command was {StatusText(status)}",
        });
        persist(run);
        return true;
    }

    private async Task<bool> SceneAsync(AutomationRunContext run, SceneAction action)
    {
        var started = Now;
        if (scenes.Start(run.HomeId, action.SceneId, "automation", run.Id) is not { } sceneRun)
            return Fail(run, action.Path, action.Kind, $"the scene {action.SceneId} does not exist");
        var index = run.AddStep(new AutomationRunStep(action.Path, action.Kind, AutomationStepStatus.Running, started, null, SceneRunId: sceneRun.Id));
        var finished = await scenes.WhenFinishedAsync(run.HomeId, action.SceneId, sceneRun.Id).WaitAsync(run.Token);
        foreach (var step in finished?.Steps ?? [])
        {
            if (step.CommandId is { } commandId)
                causality.NoteCommand(run.HomeId, step.DeviceId, commandId, run.Lineage, Now);
        }

        var ok = finished?.Status == SceneRunStatus.Succeeded;
        if (!ok)
            run.NotApplied++;
        run.UpdateStep(index, s => s with
        {
            Status = ok ? AutomationStepStatus.Succeeded : AutomationStepStatus.Failed,
            Finished = Now,
            Message = $"the scene run {(finished?.Status.ToString().ToLowerInvariant() ?? "was lost")}",
        });
        persist(run);
        return true;
    }

    private async Task<bool> IfAsync(AutomationRunContext run, IfAction action)
    {
        if (run.ResumePath is { } resume && resume != action.Path)
            return await RunAsync(action.Then.Any(a => Contains(a.Path, resume)) ? action.Then : action.Else, run);
        var held = conditions.All(action.Conditions, run.HomeId, run.TriggerId, run.Conditions);
        Record(run, action.Path, action.Kind, held ? "the conditions held: then" : "the conditions did not hold: else");
        return await RunAsync(held ? action.Then : action.Else, run);
    }

    private async Task<bool> ChooseAsync(AutomationRunContext run, ChooseAction action)
    {
        if (run.ResumePath is { } resume && resume != action.Path)
        {
            var option = action.Options.FirstOrDefault(o => o.Actions.Any(a => Contains(a.Path, resume)));
            return await RunAsync(option?.Actions ?? action.Default, run);
        }

        for (var i = 0; i < action.Options.Count; i++)
        {
            if (conditions.All(action.Options[i].Conditions, run.HomeId, run.TriggerId, run.Conditions))
            {
                Record(run, action.Path, action.Kind, $"option {i} was chosen");
                return await RunAsync(action.Options[i].Actions, run);
            }
        }

        Record(run, action.Path, action.Kind, "no option held: default");
        return await RunAsync(action.Default, run);
    }

    private bool Notify(AutomationRunContext run, NotifyAction action)
    {
        registry.Events.Publish(new HomeEventDraft(run.HomeId, Now, null,
            new AutomationNotification(run.AutomationId, run.Id, action.Title, action.Message, action.Level)));
        Record(run, action.Path, action.Kind, $"sent \"{action.Message}\" ({action.Level})");
        return true;
    }

    private bool Mode(AutomationRunContext run, SetModeAction action)
    {
        causality.NoteMode(run.HomeId, run.Lineage, Now);
        if (modes.Set(run.HomeId, action.Mode, "automation:" + run.AutomationId) is null)
            return Fail(run, action.Path, action.Kind, $"{action.Mode} is not a home mode");
        Record(run, action.Path, action.Kind, $"the home mode is {action.Mode}");
        return true;
    }

    private void Record(AutomationRunContext run, string path, string kind, string message)
    {
        var now = Now;
        run.AddStep(new AutomationRunStep(path, kind, AutomationStepStatus.Succeeded, now, now, Message: message));
        persist(run);
    }

    private bool Fail(AutomationRunContext run, string path, string kind, string message, string? deviceId = null)
    {
        var now = Now;
        run.AddStep(new AutomationRunStep(path, kind, AutomationStepStatus.Failed, now, now, deviceId, Message: message));
        run.FailReason = $"the step at {path} failed: {message}";
        return false;
    }

    private static string StatusText(CommandStatus status) => status switch
    {
        CommandStatus.TimedOut => "timed-out",
        _ => status.ToString().ToLowerInvariant(),
    };
}
