using System.Security.Cryptography;
using AiotHub.Automation.Scenes;

namespace AiotHub.Automation.Automations;

/// <summary>Automation ids follow the scene id rule ([a-z0-9-]{1,64}); a missing id is made from the name, unique in the home.</summary>
internal static class AutomationIds
{
    public static string Generate(string name, Func<string, bool> taken)
    {
        // A name with no ASCII letter or digit ("晚安") has no slug: like scenes, a random one.
        var slug = name.Any(char.IsAsciiLetterOrDigit)
            ? SceneIds.Slug(name)
            : "automation-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        if (!taken(slug))
            return slug;
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = slug[..Math.Min(slug.Length, SceneIds.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (!taken(candidate))
                return candidate;
        }
    }
}
