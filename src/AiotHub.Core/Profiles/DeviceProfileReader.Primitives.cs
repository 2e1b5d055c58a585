using System.Text.Json;

namespace AiotHub.Core.Profiles;

internal sealed partial class DeviceProfileReader
{
    private string? RequiredString(JsonFields fields, string key, int maxLength)
    {
        if (fields.TryGet(key, out _))
            return OptionalString(fields, key, maxLength);
        _errors.Add(fields.PathOf(key), "required field is missing");
        return null;
    }

    private string? OptionalString(JsonFields fields, string key, int maxLength)
    {
        if (!fields.TryGet(key, out var element))
            return null;
        if (element.ValueKind != JsonValueKind.String)
        {
            _errors.Add(fields.PathOf(key), $"expected a string, got {JsonKinds.Describe(element)}");
            return null;
        }

        var value = element.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(fields.PathOf(key), "must not be empty");
            return null;
        }

        if (value.Length > maxLength)
        {
            _errors.Add(fields.PathOf(key), $"is {value.Length} characters long; the limit is {maxLength}");
            return null;
        }

        return value;
    }

    private string? RequiredName(JsonFields fields, string key)
    {
        var name = RequiredString(fields, key, int.MaxValue);
        if (name is null)
            return null;
        if (ProfileNames.IsName(name))
            return name;
        _errors.Add(fields.PathOf(key),
            $"{JsonKinds.Quote(name)} is not a kebab-case name: lowercase letters, digits and single hyphens, starting with a letter, at most {ProfileLimits.MaxNameLength} characters");
        return null;
    }

    private string? OptionalDescription(JsonFields fields) =>
        OptionalString(fields, "description", ProfileLimits.MaxDescriptionLength);

    private bool? ReadBool(JsonFields fields, string key)
    {
        if (!fields.TryGet(key, out var element))
            return null;
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return element.GetBoolean();
        _errors.Add(fields.PathOf(key), $"expected true or false, got {JsonKinds.Describe(element)}");
        return null;
    }

    private long? ReadInteger(JsonFields fields, string key, bool required, long min, long max)
    {
        if (!fields.TryGet(key, out var element))
        {
            if (required)
                _errors.Add(fields.PathOf(key), "required field is missing");
            return null;
        }

        var path = fields.PathOf(key);
        if (!TryGetInteger(element, path, out var value))
            return null;
        if (value < min || value > max)
        {
            _errors.Add(path, $"{value} is outside {min}..{max}");
            return null;
        }

        return value;
    }

    private bool TryGetInteger(JsonElement element, string path, out long value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            _errors.Add(path, $"expected an integer, got {JsonKinds.Describe(element)}");
            return false;
        }

        if (element.TryGetInt64(out value))
            return true;

        // 1.0 and 1e2 are whole numbers too; 2^53 keeps the conversion exact.
        const double exact = 9007199254740992;
        if (element.TryGetDouble(out var number) && number == Math.Floor(number) && Math.Abs(number) <= exact)
        {
            value = (long)number;
            return true;
        }

        _errors.Add(path, $"expected an integer, got {JsonKinds.Describe(element)}");
        return false;
    }

    private bool TryGetNumber(JsonElement element, string path, out double value)
    {
        value = 0;
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out value) && double.IsFinite(value))
            return true;
        _errors.Add(path, $"expected a number, got {JsonKinds.Describe(element)}");
        return false;
    }

    /// <summary>The array under key, at most max items (the rest are reported once and skipped); null when absent or not an array.</summary>
    private List<JsonElement>? ReadArray(JsonFields fields, string key, bool required, int max, string what)
    {
        var path = fields.PathOf(key);
        if (!fields.TryGet(key, out var element))
        {
            if (required)
                _errors.Add(path, "required field is missing");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(path, $"expected an array, got {JsonKinds.Describe(element)}");
            return null;
        }

        var length = element.GetArrayLength();
        if (length > max)
            _errors.Add(path, $"has {length} {what}; the limit is {max}");
        return element.EnumerateArray().Take(max).ToList();
    }
}
