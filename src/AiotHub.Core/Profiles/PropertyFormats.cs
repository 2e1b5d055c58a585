namespace AiotHub.Core.Profiles;

/// <summary>Wire names and numeric bounds of <see cref="PropertyFormat"/>.</summary>
public static class PropertyFormats
{
    private static readonly string[] Names =
        ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "float", "string"];

    /// <summary>The wire names in declaration order, for messages and documentation.</summary>
    public static IReadOnlyList<string> WireNames => Names;

    public static string ToWireName(this PropertyFormat format) => Names[(int)format];

    public static bool TryParse(string name, out PropertyFormat format)
    {
        // Ordinal and case-sensitive: "Float" is a typo the validator should name, not accept.
        var index = Array.IndexOf(Names, name);
        format = index < 0 ? default : (PropertyFormat)index;
        return index >= 0;
    }

    public static bool IsInteger(this PropertyFormat format) =>
        format is >= PropertyFormat.Int8 and <= PropertyFormat.Uint32;

    public static bool IsNumeric(this PropertyFormat format) => format.IsInteger() || format == PropertyFormat.Float;

    /// <summary>The inclusive bounds of a numeric format; float is bounded by what a double holds.</summary>
    public static (double Min, double Max) Bounds(this PropertyFormat format) => format switch
    {
        PropertyFormat.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        PropertyFormat.Uint8 => (byte.MinValue, byte.MaxValue),
        PropertyFormat.Int16 => (short.MinValue, short.MaxValue),
        PropertyFormat.Uint16 => (ushort.MinValue, ushort.MaxValue),
        PropertyFormat.Int32 => (int.MinValue, int.MaxValue),
        PropertyFormat.Uint32 => (uint.MinValue, uint.MaxValue),
        PropertyFormat.Float => (double.MinValue, double.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a numeric format"),
    };
}
