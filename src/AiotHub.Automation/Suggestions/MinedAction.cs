using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A person's own doing, from the log: a property set to <see cref="Value"/> (raw JSON), or an action called
/// (<see cref="IsCall"/>; <see cref="Value"/> its arguments, "null" without). <see cref="Key"/> names what was done,
/// so the same thing done twice has the same key.
/// </summary>
internal sealed record MinedAction(long Id, DateTimeOffset Time, DateTime Local, string DeviceId, string Member, bool IsCall, string Value, JsonElement? Json)
{
    public string Key { get; } = $"{DeviceId}|{(IsCall ? "call" : "set")}|{Member}|{Value}";

    public int MinuteOfDay => (Local.Hour * 60) + Local.Minute;

    public DateOnly Day => DateOnly.FromDateTime(Local);
}
