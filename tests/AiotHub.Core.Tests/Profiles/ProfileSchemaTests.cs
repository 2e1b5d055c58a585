using System.Text.Json;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>
/// No JSON Schema library is available to the build, so the schema is checked for shape and for
/// agreeing with the validator's vocabularies; the validator stays the authority.
/// </summary>
public sealed class ProfileSchemaTests
{
    private static JsonElement Schema => JsonDocument.Parse(File.ReadAllBytes(RepositoryFiles.Schema)).RootElement;

    [Fact]
    public void TheSchemaIsDraft202012WithTheExpectedTopLevelKeys()
    {
        var schema = Schema;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        foreach (var key in new[] { "$id", "title", "type", "required", "properties", "$defs" })
            Assert.True(schema.TryGetProperty(key, out _), key);
        Assert.Equal(
            ["model", "type", "version", "manufacturer", "services"],
            schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void TheSchemaListsTheSameFormatsAndUnitsAsTheValidator()
    {
        var defs = Schema.GetProperty("$defs");

        Assert.Equal(PropertyFormats.WireNames, Strings(defs.GetProperty("format").GetProperty("enum")));
        Assert.Equal(ProfileUnits.All, Strings(defs.GetProperty("unit").GetProperty("enum")));
    }

    [Fact]
    public void TheSchemaPatternsAreTheValidatorsInEcmaScriptSpelling()
    {
        var schema = Schema;

        // .NET's "$" also matches before a final newline, so the validator ends with "\z" where ECMAScript has "$".
        Assert.Equal(ProfileNames.ModelIdPattern.Replace(@"\z", "$", StringComparison.Ordinal),
            schema.GetProperty("properties").GetProperty("model").GetProperty("pattern").GetString());
        Assert.Equal(ProfileNames.NamePattern.Replace(@"\z", "$", StringComparison.Ordinal),
            schema.GetProperty("$defs").GetProperty("name").GetProperty("pattern").GetString());
    }

    [Fact]
    public void TheSchemaIidBoundsAreTheValidators()
    {
        var iid = Schema.GetProperty("$defs").GetProperty("iid");

        Assert.Equal((ProfileLimits.MinIid, ProfileLimits.MaxIid), (iid.GetProperty("minimum").GetInt32(), iid.GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public void TheSchemasLanguageTextsHaveTheValidatorsTagPatternAndLimits()
    {
        var defs = Schema.GetProperty("$defs");
        var tag = defs.GetProperty("language-tag");

        Assert.Equal(ProfileLanguages.TagPattern.Replace(@"\z", "$", StringComparison.Ordinal), tag.GetProperty("pattern").GetString());
        Assert.Equal(ProfileLanguages.MaxTagLength, tag.GetProperty("maxLength").GetInt32());
        foreach (var (key, length) in new[] { ("names", ProfileLimits.MaxDisplayNameLength), ("descriptions", ProfileLimits.MaxDescriptionLength) })
        {
            var texts = defs.GetProperty(key);
            Assert.Equal((1, ProfileLimits.MaxTextLanguages), (texts.GetProperty("minProperties").GetInt32(), texts.GetProperty("maxProperties").GetInt32()));
            Assert.Equal("#/$defs/language-tag", texts.GetProperty("propertyNames").GetProperty("$ref").GetString());
            Assert.Equal(length, texts.GetProperty("additionalProperties").GetProperty("maxLength").GetInt32());
        }
    }

    [Fact]
    public void EveryObjectInTheSchemaAllowsExactlyTheFieldsTheValidatorKnows()
    {
        var schema = Schema;
        var defs = schema.GetProperty("$defs");

        AssertFields(DeviceProfileReader.TopKeys, schema);
        AssertFields(DeviceProfileReader.ManufacturerKeys, schema.GetProperty("properties").GetProperty("manufacturer"));
        AssertFields(DeviceProfileReader.ServiceKeys, defs.GetProperty("service"));
        AssertFields(DeviceProfileReader.PropertyKeys, defs.GetProperty("property"));
        AssertFields(DeviceProfileReader.ActionKeys, defs.GetProperty("action"));
        AssertFields(DeviceProfileReader.EventKeys, defs.GetProperty("event"));
        AssertFields(DeviceProfileReader.ArgumentKeys, defs.GetProperty("argument"));
        AssertFields(DeviceProfileReader.ValueListItemKeys, defs.GetProperty("value-list").GetProperty("items"));
    }

    private static void AssertFields(IEnumerable<string> known, JsonElement objectSchema)
    {
        Assert.Equal(known.Order(StringComparer.Ordinal), objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(objectSchema.GetProperty("patternProperties").TryGetProperty("^x-", out _));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
