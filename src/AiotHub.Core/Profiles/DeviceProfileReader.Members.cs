using System.Text.Json;

namespace AiotHub.Core.Profiles;

internal sealed partial class DeviceProfileReader
{
    internal static readonly HashSet<string> PropertyKeys =
        ["iid", "name", "description", "descriptions", "format", "access", "unit", "value-range", "value-list", "max-length", "telemetry"];

    internal static readonly HashSet<string> ActionKeys = ["iid", "name", "description", "descriptions", "in", "out"];

    internal static readonly HashSet<string> EventKeys = ["iid", "name", "description", "descriptions", "arguments"];

    internal static readonly HashSet<string> ArgumentKeys =
        ["name", "description", "descriptions", "format", "unit", "value-range", "value-list", "max-length", "optional"];

    private ProfileProperty? ReadProperty(JsonElement element, string path, UniqueTracker<long> iids, UniqueTracker<string> names)
    {
        var before = _errors.Count;
        var fields = JsonFields.Read(element, path, PropertyKeys, _errors);
        if (fields is null)
            return null;

        var (iid, name) = ReadIdentity(fields, iids, names);
        var description = OptionalDescription(fields);
        var descriptions = ReadDescriptions(fields);
        var spec = ReadValueSpec(fields);
        var access = ReadAccess(fields);
        var telemetry = ReadBool(fields, "telemetry") ?? false;
        if (telemetry && access is { } a && (a & (PropertyAccess.Read | PropertyAccess.Notify)) == 0)
            _errors.Add(fields.PathOf("telemetry"), "a telemetry property must have read or notify access");

        if (_errors.Count != before || iid is null || name is null || spec is null || access is null)
            return null;
        return new ProfileProperty(iid.Value, name, spec, access.Value, description, telemetry, descriptions);
    }

    private ProfileAction? ReadAction(JsonElement element, string path, UniqueTracker<long> iids, UniqueTracker<string> names)
    {
        var before = _errors.Count;
        var fields = JsonFields.Read(element, path, ActionKeys, _errors);
        if (fields is null)
            return null;

        var (iid, name) = ReadIdentity(fields, iids, names);
        var description = OptionalDescription(fields);
        var descriptions = ReadDescriptions(fields);
        var input = ReadArguments(fields, "in");
        var output = ReadArguments(fields, "out");
        if (_errors.Count != before || iid is null || name is null || input is null || output is null)
            return null;
        return new ProfileAction(iid.Value, name, input, output, description, descriptions);
    }

    private ProfileEvent? ReadEvent(JsonElement element, string path, UniqueTracker<long> iids, UniqueTracker<string> names)
    {
        var before = _errors.Count;
        var fields = JsonFields.Read(element, path, EventKeys, _errors);
        if (fields is null)
            return null;

        var (iid, name) = ReadIdentity(fields, iids, names);
        var description = OptionalDescription(fields);
        var descriptions = ReadDescriptions(fields);
        var arguments = ReadArguments(fields, "arguments");
        if (_errors.Count != before || iid is null || name is null || arguments is null)
            return null;
        return new ProfileEvent(iid.Value, name, arguments, description, descriptions);
    }

    private List<ProfileArgument>? ReadArguments(JsonFields parent, string key)
    {
        if (!parent.TryGet(key, out _))
            return [];
        var elements = ReadArray(parent, key, required: false, ProfileLimits.MaxArguments, "arguments");
        if (elements is null)
            return null;

        var before = _errors.Count;
        var names = new UniqueTracker<string>("name", _errors);
        var arguments = new List<ProfileArgument>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var path = JsonPath.Index(parent.PathOf(key), i);
            var fields = JsonFields.Read(elements[i], path, ArgumentKeys, _errors);
            if (fields is null)
                continue;
            var name = RequiredName(fields, "name");
            if (name is not null)
                names.Check(name, fields.PathOf("name"), path);
            var description = OptionalDescription(fields);
            var descriptions = ReadDescriptions(fields);
            var spec = ReadValueSpec(fields);
            var optional = ReadBool(fields, "optional") ?? false;
            if (name is not null && spec is not null)
                arguments.Add(new ProfileArgument(name, spec, description, optional, descriptions));
        }

        return _errors.Count == before ? arguments : null;
    }
}
