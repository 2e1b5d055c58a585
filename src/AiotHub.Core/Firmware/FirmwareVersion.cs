using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AiotHub.Core.Firmware;

/// <summary>
/// A firmware version as devices announce it and releases name it: one to four dot-separated numbers
/// (<c>1.4.2</c>, <c>2.0</c>, <c>10.1.0.77</c>), each 0–999,999,999, an optional leading <c>v</c>. Compared number by
/// number, a missing part counting as 0 (<c>1.4</c> = <c>1.4.0</c>). Anything else (a suffix, letters, empty parts) is
/// not a version: a device announcing one is never offered an update (docs/ota.md "Versions").
/// </summary>
public readonly record struct FirmwareVersion : IComparable<FirmwareVersion>
{
    public const int MaxLength = 64;

    private readonly int[]? _parts;

    private FirmwareVersion(int[] parts) => _parts = parts;

    public IReadOnlyList<int> Parts => _parts ?? [];

    public static bool TryParse([NotNullWhen(true)] string? text, out FirmwareVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
            return false;
        var span = text.AsSpan();
        if (span[0] is 'v' or 'V')
            span = span[1..];
        Span<Range> ranges = stackalloc Range[5];
        var count = span.Split(ranges, '.');
        if (count is 0 or > 4)
            return false;
        var parts = new int[count];
        for (var i = 0; i < count; i++)
        {
            var part = span[ranges[i]];
            if (part.IsEmpty || part.Length > 9 || part.ContainsAnyExceptInRange('0', '9')
                || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
                return false;
        }

        version = new FirmwareVersion(parts);
        return true;
    }

    public int CompareTo(FirmwareVersion other)
    {
        var a = Parts;
        var b = other.Parts;
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var x = i < a.Count ? a[i] : 0;
            var y = i < b.Count ? b[i] : 0;
            if (x != y)
                return x.CompareTo(y);
        }

        return 0;
    }

    public bool Equals(FirmwareVersion other) => CompareTo(other) == 0;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        var parts = Parts;
        var last = parts.Count - 1;
        while (last >= 0 && parts[last] == 0)
            last--;
        for (var i = 0; i <= last; i++)
            hash.Add(parts[i]);
        return hash.ToHashCode();
    }

    public static bool operator <(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Join('.', Parts);
}
