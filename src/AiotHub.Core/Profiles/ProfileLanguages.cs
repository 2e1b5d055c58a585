using System.Text;
using System.Text.RegularExpressions;

namespace AiotHub.Core.Profiles;

/// <summary>
/// The language tags that key a profile's <c>names</c> and <c>descriptions</c>: BCP 47 (RFC 5646) tags of a
/// language, an optional script, an optional region and variants — <c>en</c>, <c>zh</c>, <c>zh-Hant</c>,
/// <c>pt-BR</c>. Kept in their canonical case (language lowercase, script title case, region uppercase), and
/// the Simplified Chinese spellings <c>zh-CN</c>, <c>zh-Hans</c> and <c>zh-Hans-CN</c> are <c>zh</c>: that is
/// the Chinese a profile carries, as MIoT-Spec-V2's <c>zh_cn</c> is.
/// </summary>
public static partial class ProfileLanguages
{
    /// <summary>language[-script][-region][-variant]*: the part of BCP 47's langtag a display text needs (no extensions or private use).</summary>
    public const string TagPattern = @"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*\z";

    /// <summary>RFC 5646 §4.4.1: implementations should be able to hold tags of at least 35 characters.</summary>
    public const int MaxTagLength = 35;

    public const string English = "en";

    public const string Chinese = "zh";

    /// <summary>The canonical form of <paramref name="tag"/> (<c>ZH-cn</c> → <c>zh</c>, <c>pt-br</c> → <c>pt-BR</c>), or null when it is not a tag.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > MaxTagLength || !TagRegex().IsMatch(tag) || CountryMistakenForLanguage(tag) is not null)
            return null;

        var canonical = new StringBuilder(tag.Length);
        var index = 0;
        foreach (var subtag in tag.Split('-'))
        {
            if (index++ > 0)
                canonical.Append('-');
            if (index == 1)
                canonical.Append(subtag.ToLowerInvariant());
            else if (subtag.Length == 4 && char.IsAsciiLetter(subtag[0]))
                canonical.Append(char.ToUpperInvariant(subtag[0])).Append(subtag[1..].ToLowerInvariant());
            else if (subtag.Length == 2)
                canonical.Append(subtag.ToUpperInvariant());
            else
                canonical.Append(subtag.ToLowerInvariant());
        }

        var result = canonical.ToString();
        return result is "zh-CN" or "zh-Hans" or "zh-Hans-CN" ? Chinese : result;
    }

    /// <summary>
    /// For a tag that starts with a country code no language has (<c>cn</c>, <c>jp</c>: ISO 639 assigns neither), the
    /// language meant (<c>zh</c>, <c>ja</c>); else null. A common slip that the tag syntax alone would let through.
    /// </summary>
    public static string? CountryMistakenForLanguage(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return PrimarySubtag(tag).ToLowerInvariant() switch
        {
            "cn" => Chinese,
            "jp" => "ja",
            _ => null,
        };
    }

    /// <summary>The language subtag: <c>zh</c> of <c>zh-TW</c>.</summary>
    public static string PrimarySubtag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }

    [GeneratedRegex(TagPattern, RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();
}
