using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using static AiotHub.Core.Tests.Profiles.ProfileSamples;

namespace AiotHub.Core.Tests.Profiles;

public sealed class ProfileErrorReportingTests
{
    [Fact]
    public void EveryProblemIsReportedInDocumentOrderNotJustTheFirst()
    {
        var json = With(r =>
        {
            r["model"] = "nope";
            Property(r, 0, 0)["format"] = "boolean";
            Property(r, 0, 1)["value-range"] = new JsonArray(10, 5, 1);
            Property(r, 0, 2)["iid"] = 1;
            Service(r, 1)["name"] = "light";
        });

        var result = DeviceProfileParser.Parse(json);

        Assert.Equal(
            [
                "$.model",
                "$.services[0].properties[0].format",
                "$.services[0].properties[1].value-range",
                "$.services[0].properties[2].iid",
                "$.services[1].name",
            ],
            result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void AfterAHundredErrorsTheRestAreCountedInOneFinalError()
    {
        var json = With(r =>
        {
            var properties = (JsonArray)Service(r, 0)["properties"]!;
            for (var i = 0; i < 150; i++)
                properties.Add(new JsonObject { ["iid"] = 1000 + i, ["name"] = "p" + i, ["format"] = "nope", ["access"] = new JsonArray("read") });
        });

        var errors = DeviceProfileParser.Parse(json).Errors;

        Assert.Equal(ProfileLimits.MaxErrors + 1, errors.Count);
        Assert.Equal(new ProfileError("$", "50 more errors not shown"), errors[^1]);
    }

    [Fact]
    public void ErrorToStringIsPathColonMessage() =>
        Assert.Equal("$.model: required field is missing", new ProfileError("$.model", "required field is missing").ToString());
}
