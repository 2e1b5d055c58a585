using System.Globalization;
using System.Text.Json;

namespace AiotHub.Core.Profiles;

/// <summary>
/// Checks values against a profile before a command is sent (type, range, step, value-list, access),
/// or when a device reports them. Errors have the same shape as the profile's own.
/// </summary>
public static class ProfileValueValidator
{
    /// <summary>A "set property" command: the property must be writable and the value fit it.</summary>
    public static IReadOnlyList<ProfileError> ValidateSet(ProfileProperty property, JsonElement value, string path = "$.value")
    {
        var errors = new List<ProfileError>();
        if (!property.CanWrite)
            errors.Add(new ProfileError(path, $"property '{property.Name}' is not writable"));
        else
            ValidateValue(property.Value, value, path, errors);
        return errors;
    }

    /// <summary>A value a device reports: no access check, only the spec.</summary>
    public static IReadOnlyList<ProfileError> ValidateReported(ProfileProperty property, JsonElement value, string path = "$.value")
    {
        var errors = new List<ProfileError>();
        ValidateValue(property.Value, value, path, errors);
        return errors;
    }

    /// <summary>An action call's input arguments, given as an object keyed by argument name.</summary>
    public static IReadOnlyList<ProfileError> ValidateActionInput(ProfileAction action, JsonElement arguments, string path = "$.arguments") =>
        ValidateArguments(action.In, arguments, path);

    /// <summary>
    /// Named (or numbered) arguments against their declarations: every required one present, none
    /// unknown, each value fitting. An absent or null object counts as empty.
    /// </summary>
    public static IReadOnlyList<ProfileError> ValidateArguments(IReadOnlyList<ProfileArgument> declared, JsonElement arguments, string path = "$.arguments")
    {
        var errors = new List<ProfileError>();
        if (arguments.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            foreach (var argument in declared.Where(a => !a.Optional))
                errors.Add(new ProfileError(JsonPath.Member(path, argument.Name), "required argument is missing"));
            return errors;
        }

        if (arguments.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProfileError(path, $"expected an object of named arguments, got {JsonKinds.Describe(arguments)}"));
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in arguments.EnumerateObject())
        {
            if (!JsonText.TryGetName(member, out var name))
            {
                errors.Add(new ProfileError(path, "an argument name is not valid text (a lone surrogate escape)"));
                continue;
            }

            var memberPath = JsonPath.Member(path, name);
            var argument = Find(declared, name);
            if (!seen.Add(argument?.Name ?? name))
                errors.Add(new ProfileError(memberPath, "duplicate argument"));
            else if (argument is null)
                errors.Add(new ProfileError(memberPath, "unknown argument"));
            else
                ValidateValue(argument.Value, member.Value, memberPath, errors);
            if (errors.Count >= ProfileLimits.MaxErrors)
                return errors;
        }

        foreach (var argument in declared.Where(a => !a.Optional && !seen.Contains(a.Name)))
            errors.Add(new ProfileError(JsonPath.Member(path, argument.Name), "required argument is missing"));
        return errors;
    }

    /// <summary>By name, or by number for compact payloads: an argument's number is its 1-based position in its list.</summary>
    private static ProfileArgument? Find(IReadOnlyList<ProfileArgument> declared, string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number >= 1 && number <= declared.Count ? declared[number - 1] : null
            : declared.FirstOrDefault(a => a.Name == key);

    /// <summary>One value against its spec; appends at most one error.</summary>
    public static void ValidateValue(ProfileValueSpec spec, JsonElement value, string path, List<ProfileError> errors)
    {
        var message = spec.Format switch
        {
            PropertyFormat.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? null
                : $"expected true or false, got {JsonKinds.Describe(value)}",
            PropertyFormat.String => CheckString(spec, value),
            _ => CheckNumber(spec, value),
        };
        if (message is not null)
            errors.Add(new ProfileError(path, message));
    }

    private static string? CheckString(ProfileValueSpec spec, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return $"expected a string, got {JsonKinds.Describe(value)}";
        if (!JsonText.TryGetString(value, out var text))
            return "is not valid text (a lone surrogate escape)";
        var length = text.Length;
        return length > spec.EffectiveMaxLength
            ? $"is {length} characters long; the limit is {spec.EffectiveMaxLength}"
            : null;
    }

    private static string? CheckNumber(ProfileValueSpec spec, JsonElement value)
    {
        var format = spec.Format;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
            return $"expected a {format.ToWireName()}, got {JsonKinds.Describe(value)}";
        if (format.IsInteger() && number != Math.Floor(number))
            return $"expected an integer for {format.ToWireName()}, got {Show(number)}";

        var (low, high) = format.Bounds();
        if (number < low || number > high)
            return $"{Show(number)} is outside the {format.ToWireName()} range {Show(low)}..{Show(high)}";

        if (spec.List is { } list && !list.Any(item => item.Value == number))
            return $"{Show(number)} is not in the value-list ({DescribeList(list)})";

        if (spec.Range is { } range)
        {
            if (number < range.Min || number > range.Max)
                return $"{Show(number)} is outside the value-range {Show(range.Min)}..{Show(range.Max)}";
            if (!ValueSteps.IsOnStep(number, range))
                return $"{Show(number)} is not min {Show(range.Min)} plus a whole number of steps of {Show(range.Step)}";
        }

        return null;
    }

    private static string DescribeList(IReadOnlyList<ValueListItem> list)
    {
        var shown = string.Join(", ", list.Take(8).Select(i => $"{i.Value} {i.Description}"));
        return list.Count > 8 ? shown + ", …" : shown;
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
