using AiotHub.Core.Devices;

namespace AiotHub.Core.Profiles;

/// <summary>
/// Picks the text to show or say from a profile's per-language <c>names</c> or <c>descriptions</c>
/// (docs/device-profiles.md "Names and descriptions in several languages").
/// </summary>
public static class ProfileText
{
    /// <summary>
    /// The text for <paramref name="language"/>: the exact tag, then its language subtag (<c>zh-TW</c> → <c>zh</c>,
    /// <c>en-GB</c> → <c>en</c>), then English, then <paramref name="fallback"/> (the plain <c>description</c> or the
    /// member's name). The language may be any spelling of a tag (<c>zh-CN</c>, <c>ZH</c>, <c>zh_CN</c>); one that is
    /// not a tag goes straight to English.
    /// </summary>
    public static string Pick(IReadOnlyDictionary<string, string>? texts, string fallback, string language)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (texts is null || texts.Count == 0)
            return fallback;

        if (ProfileLanguages.Normalize(language?.Replace('_', '-')) is { } tag)
        {
            if (texts.TryGetValue(tag, out var exact))
                return exact;
            var primary = ProfileLanguages.PrimarySubtag(tag);
            if (primary.Length != tag.Length && texts.TryGetValue(primary, out var general))
                return general;
        }

        return texts.TryGetValue(ProfileLanguages.English, out var english) ? english : fallback;
    }

    /// <summary>
    /// The name to show or say for a device in <paramref name="language"/>: the name its owner gave it, unless that
    /// name is just its model's display name in some language (a device called "Ceiling light" is "吸顶灯" to a
    /// Chinese listener; one called "Kettle plug" stays "Kettle plug"). <paramref name="modelNames"/> is the model's
    /// <see cref="DeviceProfile.Names"/>; names compare as <see cref="DisplayNames.Same"/> does.
    /// </summary>
    public static string DeviceName(string name, IReadOnlyDictionary<string, string>? modelNames, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (modelNames is null)
            return name;
        foreach (var text in modelNames.Values)
        {
            if (DisplayNames.Same(text, name))
                return Pick(modelNames, name, language);
        }

        return name;
    }
}
