using System.Text.Json;

namespace AiotHub.Core.Profiles;

/// <summary>
/// The members of one JSON object after the checks every object gets: it is an object, no key is
/// repeated (JsonDocument would silently keep both) and no key is unknown, except "x-" extensions.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _fields;

    private JsonFields(string path, Dictionary<string, JsonElement> fields)
    {
        Path = path;
        _fields = fields;
    }

    public string Path { get; }

    public static JsonFields? Read(JsonElement element, string path, IReadOnlySet<string> known, ProfileErrorCollector errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected an object, got {JsonKinds.Describe(element)}");
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, member.Name);
            if (fields.ContainsKey(member.Name))
                errors.Add(memberPath, "duplicate key");
            else if (known.Contains(member.Name))
                fields.Add(member.Name, member.Value);
            else if (!member.Name.StartsWith("x-", StringComparison.Ordinal))
                errors.Add(memberPath, "unknown field");
            else
                fields.Add(member.Name, member.Value); // kept only so a repeated extension key is still caught
        }

        return new JsonFields(path, fields);
    }

    public string PathOf(string key) => JsonPath.Member(Path, key);

    public bool TryGet(string key, out JsonElement value) => _fields.TryGetValue(key, out value);
}
