using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Automation.Modes;

/// <summary>
/// Each home's mode — home, away or sleep — kept in hub.db so it survives a restart. A change is
/// published on the home's event feed as <c>home-mode-changed</c> (automations trigger on it).
/// </summary>
public sealed class HomeModes
{
    public const string Home = "home";
    public const string Away = "away";
    public const string Sleep = "sleep";

    public static IReadOnlyList<string> All { get; } = [Home, Away, Sleep];

    public HomeModes(DeviceRegistry registry, DeviceStore? store = null, TimeProvider? timeProvider = null) =>
        throw new NotImplementedException("contract");

    /// <summary>The home's mode; a home never set is "home" since the hub first saw it.</summary>
    public HomeModeState Get(string homeId) => throw new NotImplementedException("contract");

    /// <summary>Sets the mode; null when <paramref name="mode"/> is not one of <see cref="All"/>. Setting the current mode publishes nothing.</summary>
    public HomeModeState? Set(string homeId, string mode, string? source = null) => throw new NotImplementedException("contract");
}
