using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace AiotHub.Core.Profiles;

/// <summary>
/// Text checks System.Text.Json leaves until a string is read: JsonDocument.Parse accepts invalid
/// UTF-8 inside strings and escapes of lone surrogates ("\uD800"), and GetString then throws.
/// </summary>
internal static class JsonText
{
    /// <summary>Where the document's text is broken, as "line L, byte B" (1-based), or null when it is sound.</summary>
    public static string? FindInvalidText(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        if (!Utf8.IsValid(utf8))
        {
            var offset = FirstInvalidUtf8(utf8);
            return $"invalid UTF-8 at {Position(utf8, offset)}";
        }

        var reader = new Utf8JsonReader(utf8, options);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return $"invalid string escape (a lone surrogate) at {Position(utf8, (int)reader.TokenStartIndex)}";
                }
            }
        }

        return null;
    }

    /// <summary>GetString for elements of documents the caller parsed, which may hold lone surrogate escapes.</summary>
    public static bool TryGetString(JsonElement element, out string value)
    {
        try
        {
            value = element.GetString() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
                return offset;
            offset += consumed;
        }

        return offset;
    }

    private static string Position(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return $"line {line}, byte {column}";
    }
}
