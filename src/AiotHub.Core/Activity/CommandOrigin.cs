namespace AiotHub.Core.Activity;

/// <summary>
/// Who asked for a command, as the activity log records it: the <see cref="Source"/> (a person through the app or by
/// voice, a scene, an automation, the hub) and the <see cref="Actor"/> — the user's or token's id, the scene's or the
/// automation's id. Passed to <see cref="Devices.DeviceRegistry.SetProperties"/> and
/// <see cref="Devices.DeviceRegistry.CallAction"/>; a command issued without one is the hub's own.
/// </summary>
public sealed record CommandOrigin(ActivitySource Source, string? Actor = null)
{
    /// <summary>The hub on its own (the default of a command issued without an origin).</summary>
    public static CommandOrigin Hub { get; } = new(ActivitySource.Hub);

    /// <summary>The device itself (a change no command asked for, an event, its availability).</summary>
    public static CommandOrigin Device { get; } = new(ActivitySource.Device);

    public static CommandOrigin App(string? actor) => new(ActivitySource.App, actor);

    public static CommandOrigin Voice(string? actor) => new(ActivitySource.Voice, actor);

    public static CommandOrigin Scene(string sceneId) => new(ActivitySource.Scene, sceneId);

    public static CommandOrigin Automation(string automationId) => new(ActivitySource.Automation, automationId);
}
