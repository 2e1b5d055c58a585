using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A suggestion's key: the kind's prefix and a hash of what the routine is (its devices, members, values, days or
/// trigger, condition kind), never of figures that move as history grows, so the same routine keeps its key.
/// </summary>
internal static class SuggestionKeys
{
    public static string Make(string prefix, string canonical)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
