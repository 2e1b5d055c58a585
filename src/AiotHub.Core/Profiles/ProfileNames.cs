using System.Text.RegularExpressions;

namespace AiotHub.Core.Profiles;

/// <summary>The naming rules: names are the API, so they are stable, lowercase and URL-safe.</summary>
public static partial class ProfileNames
{
    /// <summary>vendor.type.model, each segment 1–32 of a-z, 0-9 and inner hyphens (MIoT models look alike: "yeelink.light.ceiling1").</summary>
    public const string ModelIdPattern = @"^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?){2}\z";

    /// <summary>kebab-case like MIoT: "brightness", "color-temperature", "play-text".</summary>
    public const string NamePattern = @"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\z";

    public static bool IsModelId(string value) => value.Length <= 98 && ModelIdRegex().IsMatch(value);

    public static bool IsName(string value) => value.Length <= ProfileLimits.MaxNameLength && NameRegex().IsMatch(value);

    [GeneratedRegex(ModelIdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ModelIdRegex();

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
