using System.Buffers;
using System.Globalization;
using System.Text;

namespace AiotHub.Core.Devices;

/// <summary>
/// Names people give things — rooms, devices and their aliases, tokens, scenes, automations — and
/// devices give themselves: visible text only. Refused are control characters (C0 and C1, DEL: NUL,
/// tabs, newlines, escapes), line and paragraph separators, broken surrogates, and invisible format
/// characters — bidirectional overrides and isolates, zero-width space, word joiner, byte order mark,
/// soft hyphen, tag characters: they hide what a name says (a right-to-left override makes a name read
/// backwards), split a log line, drive a terminal, or end a string early in C. The zero-width joiner
/// and non-joiner stay, because emoji sequences and scripts such as Persian need them.
/// <para>Two names are the same name when they are equal after trimming, ignoring case (Unicode simple
/// case folding): "Kitchen", " kitchen " and "KITCHEN" are one room, and so are "Küche" and "KÜCHE".
/// (No Unicode normalisation: the hub runs with invariant globalization, where .NET does not normalise.)</para>
/// </summary>
public static class DisplayNames
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;

    /// <summary>Null when <paramref name="name"/> is visible text; else what is wrong, in words, naming the character.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
                return $"contains a broken surrogate (U+{(int)rest[0]:X4}): not text";
            rest = rest[consumed..];
            var kind = Rune.GetUnicodeCategory(rune) switch
            {
                UnicodeCategory.Control => "a control character",
                UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line break",
                UnicodeCategory.Format when rune.Value is not (ZeroWidthNonJoiner or ZeroWidthJoiner) => "an invisible format character",
                _ => null,
            };
            if (kind is not null)
                return $"contains {kind} (U+{rune.Value:X4}); a name is visible text";
        }

        return null;
    }

    public static bool IsVisibleText(string name) => Problem(name) is null;

    /// <summary>The name as it is kept: trimmed.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim();
    }

    /// <summary>Whether two names are the same name (trimmed, ignoring case).</summary>
    public static bool Same(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);
}
