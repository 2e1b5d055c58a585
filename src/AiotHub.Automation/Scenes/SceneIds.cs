using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Automation.Scenes;

/// <summary>Scene ids: lower-case ASCII letters, digits and dashes, 1..64, starting with a letter or digit ("good-night").</summary>
public static class SceneIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c == '-');

    /// <summary>"Good night!" → "good-night"; a name with no ASCII letters or digits ("晚安") gets "scene-" and random hex.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder();
        foreach (var c in name.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= MaxLength)
                break;
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : "scene-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    }
}
