using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// Values for a profile's value specs: a default, a random one, a number fitted into the range
/// (clamped, snapped to the step) and one deliberately outside it. Values are boxed bool, long,
/// double or string — the four JSON shapes the protocol carries.
/// </summary>
public static class ProfileValues
{
    public static object Default(ProfileValueSpec spec) => spec.Format switch
    {
        PropertyFormat.Bool => false,
        PropertyFormat.String => string.Empty,
        _ when spec.List is { Count: > 0 } list => Box(spec, list[0].Value),
        _ => Fit(spec, spec.Range?.Min ?? 0),
    };

    /// <summary>Uniform over the value-list or the range's steps.</summary>
    public static object Random(ProfileValueSpec spec, Random random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        return spec.Format switch
        {
            PropertyFormat.Bool => random.Next(2) == 1,
            PropertyFormat.String => string.Empty,
            _ when spec.List is { Count: > 0 } list => Box(spec, list[random.Next(list.Count)].Value),
            _ when spec.Range is { } range => Fit(spec, range.Min + (random.NextDouble() * (range.Max - range.Min))),
            _ => Box(spec, 0),
        };
    }

    /// <summary>The nearest valid value: clamped to the range (or the format's bounds), snapped to the step or the nearest list item.</summary>
    public static object Fit(ProfileValueSpec spec, double value)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.List is { Count: > 0 } list)
            return Box(spec, list.MinBy(i => Math.Abs(i.Value - value))!.Value);

        var (low, high) = spec.Format.Bounds();
        if (spec.Range is { } range)
        {
            low = Math.Max(low, range.Min);
            high = Math.Min(high, range.Max);
            var steps = Math.Round((Math.Clamp(value, low, high) - range.Min) / range.Step);
            value = range.Min + (steps * range.Step);
            if (value > high)
                value -= range.Step;
            value = Math.Round(value, Decimals(range.Step));
        }

        return Box(spec, Math.Clamp(value, low, high));
    }

    /// <summary>A value the profile forbids, of the right JSON type where possible: for fault injection.</summary>
    public static object OutOfRange(ProfileValueSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Format switch
        {
            PropertyFormat.Bool => "not-a-bool",
            PropertyFormat.String => 42L,
            _ when spec.List is { Count: > 0 } list => list.Max(i => i.Value) + 1,
            _ when spec.Range is { } range => spec.Format.IsInteger()
                ? (object)(long)(range.Max + Math.Max(1, range.Step) * 10)
                : range.Max + (range.Step * 10),
            _ => "out-of-range",
        };
    }

    /// <summary>A value already checked by <see cref="ProfileValueValidator"/>, in our boxed form.</summary>
    public static object FromJson(ProfileValueSpec spec, JsonElement element) => spec.Format switch
    {
        PropertyFormat.Bool => element.GetBoolean(),
        PropertyFormat.String => element.GetString() ?? string.Empty,
        PropertyFormat.Float => element.GetDouble(),
        _ => (long)element.GetDouble(),
    };

    public static double AsDouble(object value) => value switch
    {
        long l => l,
        double d => d,
        int i => i,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    public static void Write(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case string s: writer.WriteStringValue(s); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>Integers as long and floats as double, so the JSON written is 5, not 5.0.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "A long and a double must stay distinct boxes.")]
    private static object Box(ProfileValueSpec spec, double value)
    {
        if (spec.Format == PropertyFormat.Float)
            return value;
        return (long)Math.Round(value);
    }

    private static int Decimals(double step)
    {
        var decimals = 0;
        while (decimals < 6 && Math.Abs((step * Math.Pow(10, decimals)) - Math.Round(step * Math.Pow(10, decimals))) > 1e-9)
            decimals++;
        return decimals;
    }
}
