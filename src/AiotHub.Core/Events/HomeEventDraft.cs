namespace AiotHub.Core.Events;

/// <summary>An event before the feed numbers it: raisers collect these under their own lock and publish after.</summary>
public sealed record HomeEventDraft(string HomeId, DateTimeOffset Time, string? DeviceId, HomeEventData Data);
