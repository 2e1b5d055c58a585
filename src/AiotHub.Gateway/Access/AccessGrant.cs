namespace AiotHub.Gateway.Access;

/// <summary>
/// One role in a home. Scenes, for a guest, limits which scenes it may run (null = all). A device-maker grant
/// names the home whose owner issued it (it gives no access to that home) and its model
/// <see cref="Namespace"/>: the vendor id (<c>acme</c> for <c>acme.light.a1</c>) it alone may upload into.
/// Grants without a home or a namespace are device-maker tokens from before namespaces; they upload nothing.
/// </summary>
internal sealed record AccessGrant(string? HomeId, AccessRole Role, IReadOnlyList<string>? Scenes = null, string? Namespace = null);
