using System.Text.Json;

namespace AiotHub.Core.Activity;

/// <summary>
/// One entry of a home's activity log: what happened to which device member, when, and who caused it. This is the
/// history routine suggestions are mined from (docs/suggestions.md). <see cref="Id"/> is assigned by the store (0
/// before it is stored) and grows with every entry of the hub. <see cref="Member"/> names a property, action or event
/// as "service.member" (the profile's names, never "siid.piid"); null for <see cref="ActivityKind.Mode"/> and
/// <see cref="ActivityKind.Availability"/>. <see cref="Actor"/> is the user, automation or scene behind it;
/// <see cref="Reference"/> the command or run it belongs to. A person's own doing is an entry from
/// <see cref="ActivitySource.App"/> or <see cref="ActivitySource.Voice"/>, or a <see cref="ActivityKind.Changed"/> from
/// <see cref="ActivitySource.Device"/> of a member its profile says is writable (a sensor's reading is an observation).
/// </summary>
public sealed record ActivityEntry(
    long Id,
    string HomeId,
    DateTimeOffset Time,
    ActivityKind Kind,
    ActivitySource Source,
    string? DeviceId,
    string? Member,
    JsonElement? Value,
    string? Actor = null,
    string? Reference = null);
