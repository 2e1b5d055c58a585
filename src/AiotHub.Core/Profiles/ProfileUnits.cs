namespace AiotHub.Core.Profiles;

/// <summary>
/// The unit vocabulary: MIoT-Spec-V2's spellings, so a value's unit means the same thing across
/// makers. Units apply to numeric formats only.
/// </summary>
public static class ProfileUnits
{
    private static readonly string[] Units =
    [
        "none", "percentage", "celsius", "fahrenheit", "kelvin",
        "seconds", "minutes", "hours", "days", "milliseconds",
        "lux", "watt", "kWh", "volt", "ampere", "milliampere", "hertz",
        "pascal", "hPa", "kPa", "ppm", "ppb", "μg/m3", "mg/m3", "m3/h",
        "arcdegrees", "rgb", "decibel", "meter", "centimeter", "millimeter",
        "square-meter", "litre", "millilitre", "gram", "kilogram",
    ];

    private static readonly HashSet<string> Known = new(Units, StringComparer.Ordinal);

    public static IReadOnlyList<string> All => Units;

    public static bool IsKnown(string unit) => Known.Contains(unit);
}
