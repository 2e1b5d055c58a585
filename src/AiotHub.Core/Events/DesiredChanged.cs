using System.Text.Json;

namespace AiotHub.Core.Events;

/// <summary>desired-changed: a command set a property's desired value; the key, the desired value before and after, and the command.</summary>
[HomeEventType("desired-changed")]
public sealed record DesiredChanged(string Key, JsonElement? Old, JsonElement? New, string? CommandId) : HomeEventData;
