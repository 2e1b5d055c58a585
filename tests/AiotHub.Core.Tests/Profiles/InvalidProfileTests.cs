using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using static AiotHub.Core.Tests.Profiles.ProfileSamples;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>A catalogue of broken documents: each is the valid sample with one defect, and yields exactly that error.</summary>
public sealed class InvalidProfileTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            "duplicate property iid",
            With(r => Property(r, 0, 1)["iid"] = 1),
            "$.services[0].properties[1].iid", "duplicate iid 1; already used by $.services[0].properties[0]"
        },
        {
            "duplicate service iid",
            With(r => Service(r, 1)["iid"] = 1),
            "$.services[1].iid", "duplicate iid 1; already used by $.services[0]"
        },
        {
            "duplicate property name",
            With(r => Property(r, 0, 2)["name"] = "on"),
            "$.services[0].properties[2].name", "duplicate name 'on'; already used by $.services[0].properties[0]"
        },
        {
            "duplicate action name",
            With(r => Service(r, 0)["actions"]![1]!["name"] = "toggle"),
            "$.services[0].actions[1].name", "duplicate name 'toggle'; already used by $.services[0].actions[0]"
        },
        {
            "duplicate argument name",
            With(r => Service(r, 0)["actions"]![1]!["in"]![1]!["name"] = "text"),
            "$.services[0].actions[1].in[1].name", "duplicate name 'text'; already used by $.services[0].actions[1].in[0]"
        },
        {
            "iid as a string",
            With(r => Property(r, 0, 0)["iid"] = "1"),
            "$.services[0].properties[0].iid", "expected an integer, got a string"
        },
        {
            "iid as a fraction",
            With(r => Property(r, 0, 0)["iid"] = 1.5),
            "$.services[0].properties[0].iid", "expected an integer, got the number 1.5"
        },
        {
            "iid too large for an exact integer",
            With(r => Property(r, 0, 0)["iid"] = 1e300),
            "$.services[0].properties[0].iid", "expected an integer, got the number 1E+300"
        },
        {
            "iid zero",
            With(r => Property(r, 0, 0)["iid"] = 0),
            "$.services[0].properties[0].iid", "0 is outside 1..65535"
        },
        {
            "services as an object",
            With(r => r["services"] = new JsonObject()),
            "$.services", "expected an array, got an object"
        },
        {
            "telemetry as a string",
            With(r => Property(r, 0, 0)["telemetry"] = "yes"),
            "$.services[0].properties[0].telemetry", "expected true or false, got a string"
        },
        {
            "min greater than max",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(100, 1, 1)),
            "$.services[0].properties[1].value-range", "min 100 must be less than max 1"
        },
        {
            "step zero",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(0, 100, 0)),
            "$.services[0].properties[1].value-range[2]", "step 0 must be greater than 0"
        },
        {
            "step negative",
            With(r => Property(r, 0, 3)["value-range"] = new JsonArray(-20, 60, -0.5)),
            "$.services[0].properties[3].value-range[2]", "step -0.5 must be greater than 0"
        },
        {
            "range not a multiple of step",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(0, 100, 3)),
            "$.services[0].properties[1].value-range", "max − min (100) must be a whole multiple of step 3"
        },
        {
            "range with two numbers",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(0, 100)),
            "$.services[0].properties[1].value-range", "expected [min, max, step], got an array"
        },
        {
            "fractional bound for an integer format",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(0.5, 100, 1)),
            "$.services[0].properties[1].value-range[0]", "min 0.5 must be an integer for uint8"
        },
        {
            "max outside the uint8 bounds",
            With(r => Property(r, 0, 1)["value-range"] = new JsonArray(0, 300, 1)),
            "$.services[0].properties[1].value-range[1]", "max 300 is outside the uint8 range 0..255"
        },
        {
            "value-list value outside the uint8 bounds",
            With(r => Property(r, 0, 2)["value-list"]![1]!["value"] = -1),
            "$.services[0].properties[2].value-list[1].value", "value -1 is outside the uint8 range 0..255"
        },
        {
            "unknown format",
            With(r => Property(r, 0, 3)["format"] = "double"),
            "$.services[0].properties[3].format",
            "unknown format 'double'; expected one of bool, int8, uint8, int16, uint16, int32, uint32, float, string"
        },
        {
            "format in the wrong case",
            With(r => Property(r, 0, 0)["format"] = "Bool"),
            "$.services[0].properties[0].format",
            "unknown format 'Bool'; expected one of bool, int8, uint8, int16, uint16, int32, uint32, float, string"
        },
        {
            "value-list with a duplicate value",
            With(r => Property(r, 0, 2)["value-list"]![1]!["value"] = 0),
            "$.services[0].properties[2].value-list[1].value", "duplicate value 0; already used by $.services[0].properties[2].value-list[0]"
        },
        {
            "value-list with a duplicate description",
            With(r => Property(r, 0, 2)["value-list"]![1]!["description"] = "Day"),
            "$.services[0].properties[2].value-list[1].description",
            "duplicate description 'Day'; already used by $.services[0].properties[2].value-list[0]"
        },
        {
            "empty value-list",
            With(r => Property(r, 0, 2)["value-list"] = new JsonArray()),
            "$.services[0].properties[2].value-list", "needs at least one item"
        },
        {
            "missing model",
            With(r => r.Remove("model")),
            "$.model", "required field is missing"
        },
        {
            "missing manufacturer",
            With(r => r.Remove("manufacturer")),
            "$.manufacturer", "required field is missing"
        },
        {
            "missing property format",
            With(r => Property(r, 0, 0).Remove("format")),
            "$.services[0].properties[0].format", "required field is missing"
        },
        {
            "missing access",
            With(r => Property(r, 0, 0).Remove("access")),
            "$.services[0].properties[0].access", "required field is missing"
        },
        {
            "unknown access flag",
            With(r => Property(r, 0, 0)["access"] = new JsonArray("read", "execute")),
            "$.services[0].properties[0].access[1]", "unknown access 'execute'; expected read, write or notify"
        },
        {
            "duplicate access flag",
            With(r => Property(r, 0, 0)["access"] = new JsonArray("read", "read")),
            "$.services[0].properties[0].access[1]", "duplicate access flag"
        },
        {
            "empty access",
            With(r => Property(r, 0, 0)["access"] = new JsonArray()),
            "$.services[0].properties[0].access", "needs at least one of read, write, notify"
        },
        {
            "model id with two segments",
            With(r => r["model"] = "acme.lamp1"),
            "$.model",
            "model id 'acme.lamp1' is not vendor.type.model: three dot-separated segments of a-z, 0-9 and inner hyphens, 1–32 characters each"
        },
        {
            "model id in upper case",
            With(r => r["model"] = "Acme.light.lamp1"),
            "$.model",
            "model id 'Acme.light.lamp1' is not vendor.type.model: three dot-separated segments of a-z, 0-9 and inner hyphens, 1–32 characters each"
        },
        {
            "model id with a trailing newline",
            With(r => r["model"] = "acme.light.lamp1\n"),
            "$.model",
            "model id 'acme.light.lamp1\\u000a' is not vendor.type.model: three dot-separated segments of a-z, 0-9 and inner hyphens, 1–32 characters each"
        },
        {
            "property name in camel case",
            With(r => Property(r, 0, 1)["name"] = "colorTemperature"),
            "$.services[0].properties[1].name",
            "'colorTemperature' is not a kebab-case name: lowercase letters, digits and single hyphens, starting with a letter, at most 64 characters"
        },
        {
            "unknown field (a typo)",
            With(r => Property(r, 0, 1)["valu-range"] = new JsonArray(0, 1, 1)),
            "$.services[0].properties[1].valu-range", "unknown field"
        },
        {
            "unknown unit",
            With(r => Property(r, 0, 1)["unit"] = "percent"),
            "$.services[0].properties[1].unit", "unknown unit 'percent'; see the unit vocabulary in docs/device-profiles.md"
        },
        {
            "unit on a bool",
            With(r => Property(r, 0, 0)["unit"] = "none"),
            "$.services[0].properties[0].unit", "a unit applies to numeric formats only"
        },
        {
            "value-range on a string",
            With(r => Property(r, 0, 4)["value-range"] = new JsonArray(0, 8, 1)),
            "$.services[0].properties[4].value-range", "value-range applies to numeric formats, not string"
        },
        {
            "value-list on a float",
            With(r => { Property(r, 0, 3).Remove("value-range"); Property(r, 0, 3)["value-list"] = new JsonArray(new JsonObject { ["value"] = 1, ["description"] = "One" }); }),
            "$.services[0].properties[3].value-list", "value-list applies to integer formats, not float"
        },
        {
            "both value-range and value-list",
            With(r => Property(r, 0, 1)["value-list"] = new JsonArray(new JsonObject { ["value"] = 1, ["description"] = "One" })),
            "$.services[0].properties[1]", "declare either value-range or value-list, not both"
        },
        {
            "integer without a range or list",
            With(r => Property(r, 0, 1).Remove("value-range")),
            "$.services[0].properties[1]", "a uint8 needs a value-range or a value-list"
        },
        {
            "max-length on a number",
            With(r => Property(r, 0, 1)["max-length"] = 4),
            "$.services[0].properties[1].max-length", "max-length applies to the string format only"
        },
        {
            "telemetry on a write-only property",
            With(r => Property(r, 0, 0)["access"] = new JsonArray("write")),
            "$.services[0].properties[0].telemetry", "a telemetry property must have read or notify access"
        },
        {
            "service with nothing in it",
            With(r => { Service(r, 1).Remove("properties"); }),
            "$.services[1]", "a service needs at least one property, action or event"
        },
        {
            "no services",
            With(r => r["services"] = new JsonArray()),
            "$.services", "a profile needs at least one service"
        },
        {
            "manufacturer url that is not http",
            With(r => r["manufacturer"]!["url"] = "ftp://acme.example"),
            "$.manufacturer.url", "expected an absolute http or https URL"
        },
        {
            "version zero",
            With(r => r["version"] = 0),
            "$.version", "0 is outside 1..2147483647"
        },
        {
            "key that needs quoting in the path",
            With(r => r["odd key's"] = 1),
            "$['odd key\\'s']", "unknown field"
        },
        {
            "key with a control character",
            With(r => r["a\tb"] = 1),
            "$['a\\u0009b']", "unknown field"
        },
        {
            "root that is an array",
            "[]",
            "$", "expected an object, got an array"
        },
        {
            "duplicate key (JsonDocument would keep both)",
            Valid.Replace("\"version\": 3,", "\"version\": 3, \"version\": 4,", StringComparison.Ordinal),
            "$.version", "duplicate key"
        },
        {
            "trailing comma",
            Valid.Replace("\"version\": 3,", "\"version\": 3,,", StringComparison.Ordinal),
            "$", "invalid JSON at line 5, byte 16: ',' is an invalid start of a property name. Expected a '\"'"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachDefectYieldsExactlyItsPathAndMessage(string defect, string json, string path, string message)
    {
        var result = DeviceProfileParser.Parse(json);

        Assert.False(result.IsValid, defect);
        Assert.Null(result.Profile);
        Assert.Equal([new ProfileError(path, message)], result.Errors);
    }

    [Fact]
    public void ExtensionFieldsStartingWithXAreIgnored()
    {
        var json = With(r => { r["x-vendor-note"] = new JsonObject { ["anything"] = 1 }; Property(r, 0, 0)["x-ui-icon"] = "bulb"; });

        Assert.True(DeviceProfileParser.Parse(json).IsValid);
    }
}
