using System.Text.Json;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Runs the home's automations: listens to the devices' event feed, the clock and the home mode,
/// matches each event against the enabled, available automations through an index, checks
/// conditions, carries out actions (commands through the registry, scenes through the scene
/// runner) under each automation's mode, rate limit and loop protection, and records a trace of
/// every run. Pending delays, waits and "for" timers are kept in hub.db and resumed after a restart.
/// </summary>
public sealed class AutomationEngine : IAsyncDisposable
{
    public AutomationEngine(
        AutomationCatalog catalog,
        SceneRunner scenes,
        HomeModes modes,
        DeviceStore? store = null,
        TimeProvider? timeProvider = null,
        AutomationEngineOptions? options = null) =>
        throw new NotImplementedException("contract");

    /// <summary>Begins listening and resumes what the previous run of the hub left pending.</summary>
    public void Start() => throw new NotImplementedException("contract");

    /// <summary>Runs the automation now (trigger kind "manual", index -1); conditions are checked unless <paramref name="skipConditions"/>. Null when there is no such automation.</summary>
    public AutomationRun? RunNow(string homeId, string automationId, bool skipConditions = false, string? startedBy = null) =>
        throw new NotImplementedException("contract");

    /// <summary>Fires every enabled automation with a webhook trigger for <paramref name="hookId"/>; the body is the trigger's data.</summary>
    public WebhookResult FireWebhook(string hookId, JsonElement body) => throw new NotImplementedException("contract");

    /// <summary>Traces, newest first, after the filter; at most <paramref name="limit"/> after <paramref name="afterRunId"/> (keyset paging).</summary>
    public IReadOnlyList<AutomationRun> QueryRuns(AutomationRunQuery query, int limit = 100, string? afterRunId = null) =>
        throw new NotImplementedException("contract");

    public int CountRuns(AutomationRunQuery query) => throw new NotImplementedException("contract");

    public AutomationRun? FindRun(string homeId, string runId) => throw new NotImplementedException("contract");

    public ValueTask DisposeAsync() => throw new NotImplementedException("contract");
}
