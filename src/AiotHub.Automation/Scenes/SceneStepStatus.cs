namespace AiotHub.Automation.Scenes;

/// <summary>A run step's state: the command lifecycle's (docs/mqtt-protocol.md), plus invalid and skipped.</summary>
public enum SceneStepStatus
{
    /// <summary>Not sent yet, or sent and waiting for the reply.</summary>
    Pending,

    Applied,

    Rejected,

    TimedOut,

    Offline,

    /// <summary>Not valid when its turn came (device removed, profile changed); nothing was sent.</summary>
    Invalid,

    /// <summary>Never sent: the run was stopped (the hub shut down or restarted).</summary>
    Skipped,
}
