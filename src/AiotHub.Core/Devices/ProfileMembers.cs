using System.Globalization;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// Resolves the keys payloads use (docs/mqtt-protocol.md "Naming properties"): "service.name" with
/// the profile's names, or "siid.iid" with its numbers.
/// </summary>
public static class ProfileMembers
{
    public static bool TrySplit(string key, out string service, out string member, out bool numeric)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        service = dot > 0 ? key[..dot] : "";
        member = dot > 0 ? key[(dot + 1)..] : "";
        numeric = IsNumber(service) && IsNumber(member);
        return dot > 0 && member.Length > 0;
    }

    public static (ProfileService Service, ProfileProperty Property)? FindProperty(DeviceProfile profile, string key, out bool numeric)
    {
        if (!TrySplit(key, out var s, out var m, out numeric))
            return null;
        var service = numeric ? profile.FindService(Number(s)) : profile.FindService(s);
        var property = numeric ? service?.FindProperty(Number(m)) : service?.FindProperty(m);
        return service is null || property is null ? null : (service, property);
    }

    public static (ProfileService Service, ProfileAction Action)? FindAction(DeviceProfile profile, string key, out bool numeric)
    {
        if (!TrySplit(key, out var s, out var m, out numeric))
            return null;
        var service = numeric ? profile.FindService(Number(s)) : profile.FindService(s);
        var action = numeric ? service?.FindAction(Number(m)) : service?.FindAction(m);
        return service is null || action is null ? null : (service, action);
    }

    public static (ProfileService Service, ProfileEvent Event)? FindEvent(DeviceProfile profile, string key, out bool numeric)
    {
        if (!TrySplit(key, out var s, out var m, out numeric))
            return null;
        var service = numeric ? profile.FindService(Number(s)) : profile.FindService(s);
        var @event = numeric ? service?.FindEvent(Number(m)) : service?.FindEvent(m);
        return service is null || @event is null ? null : (service, @event);
    }

    public static string Key(ProfileService service, string member) => service.Name + "." + member;

    public static string Key(ProfileService service, int iid, bool numeric, string name) =>
        numeric ? string.Create(CultureInfo.InvariantCulture, $"{service.Iid}.{iid}") : service.Name + "." + name;

    private static bool IsNumber(string text) =>
        text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
