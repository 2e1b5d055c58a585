namespace AiotHub.Gateway.Access;

/// <summary>
/// One role: in a home, or (HomeId null) the global device-maker role. Scenes, for a guest,
/// limits which scenes it may run (null = all); kept now so tokens need no migration when scenes arrive.
/// </summary>
internal sealed record AccessGrant(string? HomeId, AccessRole Role, IReadOnlyList<string>? Scenes = null);
