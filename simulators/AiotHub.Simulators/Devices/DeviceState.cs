using System.Globalization;
using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// The current values of a device's properties, by "service.name" (or "siid.piid"), and which
/// changed since the last report. Not thread-safe: <see cref="SimulatedDevice"/> guards it.
/// </summary>
public sealed class DeviceState
{
    private readonly Dictionary<string, DeviceProperty> _byKey = new(StringComparer.Ordinal);
    private readonly List<DeviceProperty> _all = [];
    private readonly HashSet<DeviceProperty> _changed = [];

    internal DeviceState(DeviceProfile profile, Random random)
    {
        foreach (var service in profile.Services)
        {
            foreach (var property in service.Properties)
            {
                var entry = new DeviceProperty(service, property, Initial(property, random));
                _all.Add(entry);
                _byKey[entry.Key] = entry;
                _byKey[string.Create(CultureInfo.InvariantCulture, $"{service.Iid}.{property.Iid}")] = entry;
            }
        }
    }

    public IReadOnlyList<DeviceProperty> All => _all;

    public bool HasChanges => _changed.Count > 0;

    /// <summary>By "service.name" or "siid.piid" (docs/mqtt-protocol.md § Naming properties).</summary>
    public DeviceProperty? Find(string key) => _byKey.GetValueOrDefault(key);

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public object? Get(string key) => Find(key)?.Value;

    public bool GetBool(string key) => Get(key) is true;

    public double GetNumber(string key) => Get(key) is { } value ? ProfileValues.AsDouble(value) : 0;

    public string GetString(string key) => Get(key) as string ?? string.Empty;

    /// <summary>Sets a number fitted to the property's spec; ignored when the profile has no such property.</summary>
    public void SetNumber(string key, double value)
    {
        if (Find(key) is { } entry)
            Assign(entry, ProfileValues.Fit(entry.Property.Value, value));
    }

    /// <summary>Sets a value as is (callers pass valid values, or a deliberately invalid one for fault injection).</summary>
    public void Set(string key, object value)
    {
        if (Find(key) is { } entry)
            Assign(entry, value);
    }

    /// <summary>Marks a property to be reported even though its value did not change.</summary>
    public void Touch(string key)
    {
        if (Find(key) is { } entry)
            _changed.Add(entry);
    }

    internal void Assign(DeviceProperty entry, object value)
    {
        if (!Equals(entry.Value, value))
        {
            entry.Value = value;
            _changed.Add(entry);
        }
    }

    internal List<DeviceProperty> TakeChanges()
    {
        var changes = _all.Where(_changed.Contains).ToList();
        _changed.Clear();
        return changes;
    }

    private static object Initial(ProfileProperty property, Random random) => property.Value switch
    {
        // Read-only counters and durations with huge ranges (seconds open, kWh) start near zero.
        { Range: { } wide } spec when !property.CanWrite && wide.Max - wide.Min > 1000 =>
            ProfileValues.Fit(spec, wide.Min + ((wide.Max - wide.Min) * 0.01 * random.NextDouble())),
        var spec => Initial(spec, random),
    };

    private static object Initial(ProfileValueSpec spec, Random random) => spec.Format switch
    {
        PropertyFormat.Bool => false,
        PropertyFormat.String => string.Empty,
        _ when spec.List is not null => ProfileValues.Default(spec),
        // A value in the middle of the range looks more like a real device than the minimum does.
        _ when spec.Range is { } range => ProfileValues.Fit(spec, range.Min + ((range.Max - range.Min) * (0.3 + (0.4 * random.NextDouble())))),
        _ => ProfileValues.Default(spec),
    };
}
