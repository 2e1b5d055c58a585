using System.Text.Json;

namespace AiotHub.Core.Activity;

/// <summary>
/// A value a command asked a device's property to take, until <see cref="Until"/>: a report reaching it (or moving
/// toward it, for a number) is the command's doing, not the device's.
/// </summary>
internal sealed record ActivityExpectation(JsonElement Value, double? From, CommandOrigin Origin, string CommandId, DateTimeOffset Until);
