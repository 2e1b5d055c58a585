using System.Text.RegularExpressions;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Access;

/// <summary>
/// Model namespaces: the vendor segment of a model id (<c>acme</c> of <c>acme.light.a1</c>). A home holds a
/// namespace once its owner makes a device-maker token for it (<see cref="AccessTokens.TryCreateDeviceMaker"/>);
/// uploads into it are then accepted from that home's device-maker tokens of the namespace and from that
/// home's owner, from nobody else. The hub's own vendors (<see cref="HubVendor"/> and those of the shipped
/// profiles) are held by no one. Uploaded versions are seen by the uploading home and the namespace's makers
/// until they are published.
/// </summary>
internal sealed partial class ProfileNamespaces(AccessTokens tokens, ProfileCatalog catalog)
{
    /// <summary>The vendor of the hub's own profiles; a later hub may ship more models under it.</summary>
    public const string HubVendor = "aiot";

    /// <summary>A model id's first segment: 1–32 of a-z, 0-9 and inner hyphens.</summary>
    public static bool IsVendorId(string value) => VendorIdRegex().IsMatch(value);

    public bool IsReserved(string vendor) => vendor == HubVendor || catalog.ShippedVendors().Contains(vendor);

    /// <summary>
    /// The home (and token) an upload into <paramref name="vendor"/> by <paramref name="token"/> is recorded
    /// under, or null when the token may not upload there. No token (Api:RequireAuthentication off): the default home.
    /// </summary>
    public (string HomeId, string? TokenId)? UploaderFor(AccessToken? token, string vendor)
    {
        if (IsReserved(vendor))
            return null;
        if (token is null)
            return (DeviceRegistry.DefaultHomeId, null);
        if (token.MakerOf(vendor) is { HomeId: { } makerHome })
            return (makerHome, token.Id);
        return tokens.HomeHolding(vendor) is { } home && token.RoleIn(home) == AccessRole.Owner ? (home, token.Id) : null;
    }

    /// <summary>The namespaces the token may upload into, for the message that refuses another one.</summary>
    public IReadOnlyList<string> NamespacesOf(AccessToken? token)
    {
        if (token is null)
            return [];
        var own = token.Grants.Where(g => g.Role == AccessRole.DeviceMaker && g.HomeId is not null && g.Namespace is not null).Select(g => g.Namespace!);
        var owned = token.Grants.Where(g => g.Role == AccessRole.Owner && g.HomeId is not null).Select(g => g.HomeId!).ToHashSet(StringComparer.Ordinal);
        var held = owned.Count == 0 ? [] : tokens.NamespacesHeld().Where(h => owned.Contains(h.HomeId)).Select(h => h.Vendor);
        return [.. own.Concat(held).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the token may see (list, fetch) this version: built in or published; else the uploading home's roles and the namespace's makers.</summary>
    public static bool Sees(AccessToken? token, string model, ProfileOrigin origin)
    {
        if (token is null || origin.HomeId is null || origin.Published)
            return true;
        return token.RoleIn(origin.HomeId) is not null || token.MakerOf(ProfileCatalog.VendorOf(model)) is not null;
    }

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex VendorIdRegex();
}
