using System.Text.Json;

namespace AiotHub.Core.Profiles;

internal sealed partial class DeviceProfileReader
{
    internal static readonly HashSet<string> ValueListItemKeys = ["value", "description", "descriptions"];

    /// <summary>format, unit, value-range, value-list and max-length, checked against each other.</summary>
    private ProfileValueSpec? ReadValueSpec(JsonFields fields)
    {
        var before = _errors.Count;
        var format = ReadFormat(fields);
        var unit = OptionalString(fields, "unit", ProfileLimits.MaxNameLength);
        if (unit is not null && !ProfileUnits.IsKnown(unit))
            _errors.Add(fields.PathOf("unit"), $"unknown unit {JsonKinds.Quote(unit)}; see the unit vocabulary in docs/device-profiles.md");

        var hasRange = fields.TryGet("value-range", out _);
        var hasList = fields.TryGet("value-list", out _);
        var range = hasRange ? ReadRange(fields, format) : null;
        var list = hasList ? ReadList(fields, format) : null;
        var maxLength = (int?)ReadInteger(fields, "max-length", required: false, 1, ProfileLimits.MaxStringMaxLength);

        if (format is { } f)
        {
            if (unit is not null && !f.IsNumeric())
                _errors.Add(fields.PathOf("unit"), "a unit applies to numeric formats only");
            if (hasRange && !f.IsNumeric())
                _errors.Add(fields.PathOf("value-range"), $"value-range applies to numeric formats, not {f.ToWireName()}");
            if (hasList && !f.IsInteger())
                _errors.Add(fields.PathOf("value-list"), $"value-list applies to integer formats, not {f.ToWireName()}");
            if (hasRange && hasList)
                _errors.Add(fields.Path, "declare either value-range or value-list, not both");
            if (f.IsNumeric() && !hasRange && !hasList)
            {
                _errors.Add(fields.Path, f.IsInteger()
                    ? $"a {f.ToWireName()} needs a value-range or a value-list"
                    : "a float needs a value-range");
            }

            if (fields.TryGet("max-length", out _) && f != PropertyFormat.String)
                _errors.Add(fields.PathOf("max-length"), "max-length applies to the string format only");
        }

        return _errors.Count == before && format is not null ? new ProfileValueSpec(format.Value, unit, range, list, maxLength) : null;
    }

    private PropertyFormat? ReadFormat(JsonFields fields)
    {
        var name = RequiredString(fields, "format", int.MaxValue);
        if (name is null)
            return null;
        if (PropertyFormats.TryParse(name, out var format))
            return format;
        _errors.Add(fields.PathOf("format"),
            $"unknown format {JsonKinds.Quote(name)}; expected one of {string.Join(", ", PropertyFormats.WireNames)}");
        return null;
    }

    private PropertyAccess? ReadAccess(JsonFields fields)
    {
        var elements = ReadArray(fields, "access", required: true, 3, "access flags");
        if (elements is null)
            return null;
        var before = _errors.Count;
        if (elements.Count == 0)
            _errors.Add(fields.PathOf("access"), "needs at least one of read, write, notify");

        var access = PropertyAccess.None;
        for (var i = 0; i < elements.Count; i++)
        {
            var path = JsonPath.Index(fields.PathOf("access"), i);
            var flag = elements[i].ValueKind == JsonValueKind.String ? elements[i].GetString() switch
            {
                "read" => PropertyAccess.Read,
                "write" => PropertyAccess.Write,
                "notify" => PropertyAccess.Notify,
                _ => (PropertyAccess?)null,
            } : null;

            if (flag is null)
                _errors.Add(path, $"unknown access {Describe(elements[i])}; expected read, write or notify");
            else if ((access & flag.Value) != 0)
                _errors.Add(path, "duplicate access flag");
            else
                access |= flag.Value;
        }

        return _errors.Count == before ? access : null;
    }

    private ValueRange? ReadRange(JsonFields fields, PropertyFormat? format)
    {
        var path = fields.PathOf("value-range");
        fields.TryGet("value-range", out var element);
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 3)
        {
            _errors.Add(path, $"expected [min, max, step], got {JsonKinds.Describe(element)}");
            return null;
        }

        var before = _errors.Count;
        var values = new double[3];
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonPath.Index(path, i);
            if (TryGetNumber(item, itemPath, out values[i]) && format is { } f && f.IsNumeric())
                CheckFitsFormat(values[i], f, itemPath, i == 2 ? "step" : i == 0 ? "min" : "max");
            i++;
        }

        if (_errors.Count != before)
            return null;
        var (min, max, step) = (values[0], values[1], values[2]);
        if (min >= max)
            _errors.Add(path, $"min {Invariant(min)} must be less than max {Invariant(max)}");
        if (step <= 0)
            _errors.Add(JsonPath.Index(path, 2), $"step {Invariant(step)} must be greater than 0");
        else if (min < max && !ValueSteps.IsWhole((max - min) / step))
            _errors.Add(path, $"max − min ({Invariant(max - min)}) must be a whole multiple of step {Invariant(step)}");
        return _errors.Count == before ? new ValueRange(min, max, step) : null;
    }

    private void CheckFitsFormat(double value, PropertyFormat format, string path, string what)
    {
        if (!format.IsInteger())
            return;
        var (low, high) = format.Bounds();
        if (value != Math.Floor(value))
            _errors.Add(path, $"{what} {Invariant(value)} must be an integer for {format.ToWireName()}");
        else if (what != "step" && (value < low || value > high))
            _errors.Add(path, $"{what} {Invariant(value)} is outside the {format.ToWireName()} range {Invariant(low)}..{Invariant(high)}");
    }

    private List<ValueListItem>? ReadList(JsonFields fields, PropertyFormat? format)
    {
        var elements = ReadArray(fields, "value-list", required: true, ProfileLimits.MaxValueListItems, "items");
        if (elements is null)
            return null;
        var before = _errors.Count;
        if (elements.Count == 0)
            _errors.Add(fields.PathOf("value-list"), "needs at least one item");

        var values = new UniqueTracker<long>("value", _errors);
        var descriptions = new UniqueTracker<string>("description", _errors);
        var items = new List<ValueListItem>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var path = JsonPath.Index(fields.PathOf("value-list"), i);
            var item = JsonFields.Read(elements[i], path, ValueListItemKeys, _errors);
            if (item is null)
                continue;
            var value = ReadInteger(item, "value", required: true, long.MinValue, long.MaxValue);
            if (value is not null)
            {
                if (format is { } f && f.IsInteger())
                    CheckFitsFormat(value.Value, f, item.PathOf("value"), "value");
                values.Check(value.Value, item.PathOf("value"), path);
            }

            var description = RequiredString(item, "description", ProfileLimits.MaxDescriptionLength);
            if (description is not null)
                descriptions.Check(description, item.PathOf("description"), path);
            var texts = ReadDescriptions(item);
            if (value is not null && description is not null)
                items.Add(new ValueListItem(value.Value, description, texts));
        }

        return _errors.Count == before ? items : null;
    }

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? JsonKinds.Quote(element.GetString()!) : JsonKinds.Describe(element);
}
