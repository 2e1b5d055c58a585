namespace AiotHub.Gateway.Apis;

/// <summary>One reason an uploaded version is refused: the member, how it breaks, and the devices that use it.</summary>
internal sealed record ProfileConflict(string Member, string Change, IReadOnlyList<string> UsedBy);
