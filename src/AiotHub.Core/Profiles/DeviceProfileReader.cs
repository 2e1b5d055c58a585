using System.Globalization;
using System.Text.Json;

namespace AiotHub.Core.Profiles;

/// <summary>
/// Turns a parsed JSON document into a <see cref="DeviceProfile"/>, reporting every problem with its
/// path. It keeps going after an error so one run shows them all; a part with errors yields null,
/// and the profile is built only when the whole document is clean.
/// </summary>
internal sealed partial class DeviceProfileReader
{
    internal static readonly HashSet<string> TopKeys =
        ["$schema", "model", "type", "version", "description", "names", "descriptions", "manufacturer", "services"];

    internal static readonly HashSet<string> ManufacturerKeys = ["name", "url", "product-name"];

    internal static readonly HashSet<string> ServiceKeys = ["iid", "name", "description", "descriptions", "properties", "actions", "events"];

    private readonly ProfileErrorCollector _errors;

    public DeviceProfileReader(ProfileErrorCollector errors) => _errors = errors;

    public DeviceProfile? ReadProfile(JsonElement root)
    {
        var fields = JsonFields.Read(root, JsonPath.Root, TopKeys, _errors);
        if (fields is null)
            return null;

        if (fields.TryGet("$schema", out var schema) && schema.ValueKind != JsonValueKind.String)
            _errors.Add(fields.PathOf("$schema"), $"expected a string, got {JsonKinds.Describe(schema)}");

        var model = RequiredString(fields, "model", 98);
        if (model is not null && !ProfileNames.IsModelId(model))
        {
            _errors.Add(fields.PathOf("model"),
                $"model id {JsonKinds.Quote(model)} is not vendor.type.model: three dot-separated segments of a-z, 0-9 and inner hyphens, 1–32 characters each");
        }

        var type = RequiredName(fields, "type");
        var version = ReadInteger(fields, "version", required: true, 1, int.MaxValue);
        var description = OptionalDescription(fields);
        var names = ReadTexts(fields, "names", ProfileLimits.MaxDisplayNameLength);
        var descriptions = ReadDescriptions(fields);
        var manufacturer = ReadManufacturer(fields);
        var services = ReadServices(fields);

        if (_errors.Count > 0 || model is null || type is null || version is null || manufacturer is null || services is null)
            return null;
        return new DeviceProfile(model, type, (int)version.Value, manufacturer, services, description, names, descriptions);
    }

    private ProfileManufacturer? ReadManufacturer(JsonFields parent)
    {
        var path = parent.PathOf("manufacturer");
        if (!parent.TryGet("manufacturer", out var element))
        {
            _errors.Add(path, "required field is missing");
            return null;
        }

        var before = _errors.Count;
        var fields = JsonFields.Read(element, path, ManufacturerKeys, _errors);
        if (fields is null)
            return null;
        var name = RequiredString(fields, "name", 128);
        var url = OptionalString(fields, "url", 256);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            _errors.Add(fields.PathOf("url"), "expected an absolute http or https URL");
        var productName = OptionalString(fields, "product-name", 128);
        return _errors.Count == before && name is not null ? new ProfileManufacturer(name, url, productName) : null;
    }

    private List<ProfileService>? ReadServices(JsonFields parent)
    {
        var elements = ReadArray(parent, "services", required: true, ProfileLimits.MaxServices, "services");
        if (elements is null)
            return null;
        if (elements.Count == 0)
            _errors.Add(parent.PathOf("services"), "a profile needs at least one service");

        var iids = new UniqueTracker<long>("iid", _errors);
        var names = new UniqueTracker<string>("name", _errors);
        var services = new List<ProfileService>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var service = ReadService(elements[i], JsonPath.Index(parent.PathOf("services"), i), iids, names);
            if (service is not null)
                services.Add(service);
        }

        return services;
    }

    private ProfileService? ReadService(JsonElement element, string path, UniqueTracker<long> iids, UniqueTracker<string> names)
    {
        var before = _errors.Count;
        var fields = JsonFields.Read(element, path, ServiceKeys, _errors);
        if (fields is null)
            return null;

        var (iid, name) = ReadIdentity(fields, iids, names);
        var description = OptionalDescription(fields);
        var descriptions = ReadDescriptions(fields);
        var properties = ReadMembers(fields, "properties", ReadProperty);
        var actions = ReadMembers(fields, "actions", ReadAction);
        var events = ReadMembers(fields, "events", ReadEvent);
        if (properties is { Count: 0 } && actions is { Count: 0 } && events is { Count: 0 })
            _errors.Add(path, "a service needs at least one property, action or event");

        if (_errors.Count != before || iid is null || name is null || properties is null || actions is null || events is null)
            return null;
        return new ProfileService(iid.Value, name, properties, actions, events, description, descriptions);
    }

    /// <summary>Reads one of a service's member lists; iids and names are unique per list (MIoT's piid, aiid, eiid spaces).</summary>
    private List<T>? ReadMembers<T>(
        JsonFields parent, string key, Func<JsonElement, string, UniqueTracker<long>, UniqueTracker<string>, T?> read)
        where T : class
    {
        var elements = ReadArray(parent, key, required: false, ProfileLimits.MaxMembersPerService, key);
        if (elements is null)
            return parent.TryGet(key, out _) ? null : [];

        var iids = new UniqueTracker<long>("iid", _errors);
        var names = new UniqueTracker<string>("name", _errors);
        var items = new List<T>(elements.Count);
        var before = _errors.Count;
        for (var i = 0; i < elements.Count; i++)
        {
            var item = read(elements[i], JsonPath.Index(parent.PathOf(key), i), iids, names);
            if (item is not null)
                items.Add(item);
        }

        return _errors.Count == before ? items : null;
    }

    private (int? Iid, string? Name) ReadIdentity(JsonFields fields, UniqueTracker<long> iids, UniqueTracker<string> names)
    {
        var iid = ReadInteger(fields, "iid", required: true, ProfileLimits.MinIid, ProfileLimits.MaxIid);
        if (iid is not null)
            iids.Check(iid.Value, fields.PathOf("iid"), fields.Path);
        var name = RequiredName(fields, "name");
        if (name is not null)
            names.Check(name, fields.PathOf("name"), fields.Path);
        return ((int?)iid, name);
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
