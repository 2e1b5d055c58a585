using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Core.Events;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.WebApp;

/// <summary>
/// One list of event types: HomeEventTypes (what the hub raises and ?types= accepts), the OpenAPI
/// document's HomeEventType enum, and the web app's js/event-types.js (what it listens for) name the same types.
/// </summary>
public sealed partial class WebAppEventTypesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHubTheOpenApiDocumentAndTheWebAppNameTheSameEventTypes()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);

        var script = await anonymous.GetStringAsync("/js/event-types.js", Ct);
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var constants = typeof(HomeEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, Value: (string)f.GetRawConstantValue()!))
            .ToList();
        var fromApp = AppConstant().Matches(script).Select(m => (m.Groups["name"].Value, Value: m.Groups["value"].Value)).ToList();
        Assert.Equal(constants, fromApp);
        Assert.Equal(constants.Select(c => c.Value), HomeEventTypes.All);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var fromOpenApi = schemas.GetProperty("HomeEventType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(HomeEventTypes.All, fromOpenApi);
        Assert.Equal("#/components/schemas/HomeEventType", schemas.GetProperty("HomeEvent").GetProperty("properties").GetProperty("type").GetProperty("$ref").GetString());
        foreach (var path in new[] { "/api/v1/homes/{homeId}/events", "/api/v1/homes/{homeId}/events/ws" })
        {
            var types = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Single(p => p.GetProperty("name").GetString() == "types");
            Assert.Equal("#/components/schemas/HomeEventType", types.GetProperty("schema").GetProperty("items").GetProperty("$ref").GetString());
        }
    }

    [GeneratedRegex(@"^\s+(?<name>\w+): '(?<value>[a-z-]+)',$", RegexOptions.Multiline)]
    private static partial Regex AppConstant();
}
