using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Gateway.Events;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.WebApp;

/// <summary>
/// One list of event types: the event records (HomeEventCatalog: what the hub raises and ?types= accepts), the OpenAPI
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

        // The app's names are the types in PascalCase: EventType.PropertyChanged = 'property-changed'.
        var expected = HomeEventCatalog.All.Select(t => $"  {string.Concat(t.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}: '{t}',").ToList();
        var fromApp = AppConstant().Matches(script).Select(m => m.Value).ToList();
        Assert.True(expected.SequenceEqual(fromApp),
            $"wwwroot/js/event-types.js must list the event records' types; its EventType entries should read:\n{string.Join('\n', expected)}");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var fromOpenApi = schemas.GetProperty("HomeEventType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(HomeEventCatalog.All, fromOpenApi);
        Assert.Equal("#/components/schemas/HomeEventType", schemas.GetProperty("HomeEvent").GetProperty("properties").GetProperty("type").GetProperty("$ref").GetString());
        foreach (var path in new[] { "/api/v1/homes/{homeId}/events", "/api/v1/homes/{homeId}/events/ws" })
        {
            var types = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Single(p => p.GetProperty("name").GetString() == "types");
            Assert.Equal("#/components/schemas/HomeEventType", types.GetProperty("schema").GetProperty("items").GetProperty("$ref").GetString());
        }
    }

    [GeneratedRegex(@"^  \w+: '[a-z-]+',$", RegexOptions.Multiline)]
    private static partial Regex AppConstant();
}
