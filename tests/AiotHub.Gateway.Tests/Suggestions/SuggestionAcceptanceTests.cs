using System.Net;
using System.Text;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Suggestions;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Suggestions;

/// <summary>
/// Accepting a scene and a correction through the real hub. The suggestions are put in the hub's
/// <see cref="SuggestionStore"/> as a pass would leave them, so each case (a taken scene id, an automation edited
/// since) is exactly the one under test; mining itself is <see cref="SuggestionsApiTests"/>'.
/// </summary>
public sealed class SuggestionAcceptanceTests : IAsyncLifetime
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private const string Suggestions = "/api/v1/homes/home/suggestions";
    private readonly DeviceHub _hub = new(("Suggestions:StartDelay", "01:00:00"));
    private HttpClient _owner = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SuggestionStore Store => _hub.Services.GetRequiredService<SuggestionStore>();

    public ValueTask InitializeAsync()
    {
        foreach (var id in new[] { "lamp-1", "lamp-2" })
            _hub.Registry.OnAnnounce(id, new DeviceAnnouncement("aiot.light.ceiling1"));
        _owner = _hub.CreateHttpClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _owner.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task AcceptingASceneStoresItAsAnOrdinarySceneBesideOneMadeByHandWithTheSameName()
    {
        var byHand = SceneDefinitionReader.Read(DeviceHub.Json("""{"name":"Evening","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""), [])!;
        Assert.Equal(SceneWriteStatus.Done, _hub.Services.GetRequiredService<SceneCatalog>().Create(Home, byHand).Status);
        Seed(Suggestion("scene-1", SuggestionKind.Scene, scene: """
            {"name":"Evening","steps":[{"deviceId":"lamp-1","set":{"light.on":true,"light.brightness":40}},{"deviceId":"lamp-2","set":{"light.on":true}}]}
            """));

        var (status, scene, location) = await SendAsync(HttpMethod.Post, Suggestions + "/scene-1/accept");
        var (runStatus, _, _) = await SendAsync(HttpMethod.Post, location + "/run");
        var (_, decided, _) = await SendAsync(HttpMethod.Get, Suggestions + "/scene-1");

        Assert.True(status == HttpStatusCode.Created, scene.ToString());
        Assert.Equal("/api/v1/homes/home/scenes/evening-2", location);
        Assert.Equal(("evening-2", "Evening", 2), (scene.GetProperty("id").GetString(), scene.GetProperty("name").GetString(), scene.GetProperty("steps").GetArrayLength()));
        Assert.Equal(HttpStatusCode.Accepted, runStatus);
        Assert.Equal(("scene", "evening-2"), (decided.GetProperty("acceptedAs").GetProperty("kind").GetString(), decided.GetProperty("acceptedAs").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AcceptingACorrectionReplacesItsAutomationOnlyIfNobodyEditedItSince()
    {
        var catalog = _hub.Services.GetRequiredService<AutomationCatalog>();
        const string original = """{"id":"morning","name":"Morning","triggers":[{"kind":"time","at":"07:00"}],"actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true}}]}""";
        const string corrected = """{"id":"morning","name":"Morning","triggers":[{"kind":"time","at":"07:00"}],"actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true,"light.brightness":30}}]}""";
        Assert.Equal(AutomationWriteStatus.Done, catalog.Create(Home, DeviceHub.Json(original)).Status);
        Seed(Suggestion("correction-1", SuggestionKind.Correction, automation: corrected, changes: "morning"), baseVersion: 1);

        var (status, replaced, location) = await SendAsync(HttpMethod.Post, Suggestions + "/correction-1/accept");
        Seed(Suggestion("correction-2", SuggestionKind.Correction, automation: original, changes: "morning"), baseVersion: 1);
        var (stale, problem, _) = await SendAsync(HttpMethod.Post, Suggestions + "/correction-2/accept");

        Assert.True(status == HttpStatusCode.OK, replaced.ToString());
        Assert.Equal("/api/v1/homes/home/automations/morning", location);
        Assert.Equal(2, replaced.GetProperty("version").GetInt64());
        Assert.Equal(30, replaced.GetProperty("definition").GetProperty("actions")[0].GetProperty("properties").GetProperty("light.brightness").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Contains("was changed since", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, catalog.Find(Home, "morning")!.Version);
        Assert.Equal("open", (await SendAsync(HttpMethod.Get, Suggestions + "/correction-2")).Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ANameForTheAcceptedAutomationIsCheckedBeforeAnythingIsStored()
    {
        Seed(Suggestion("time-1", SuggestionKind.TimeRoutine, automation:
            """{"name":"Hall light at 07:10","triggers":[{"kind":"time","at":"07:10"}],"actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true}}]}"""));

        var (blank, blankProblem, _) = await SendAsync(HttpMethod.Post, Suggestions + "/time-1/accept", """{"name":"  "}""");
        var (control, _, _) = await SendAsync(HttpMethod.Post, Suggestions + "/time-1/accept", "{\"name\":\"a\\u0007b\"}");
        var automations = _hub.Services.GetRequiredService<AutomationCatalog>().List(Home);

        Assert.Equal(HttpStatusCode.BadRequest, blank);
        Assert.True(blankProblem.GetProperty("errors").TryGetProperty("$.name", out _), blankProblem.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, control);
        Assert.Empty(automations);
    }

    private void Seed(Suggestion suggestion, long? baseVersion = null) =>
        Store.ReplaceMined(Home, [.. Store.List(Home, null, DateTimeOffset.UtcNow).Where(s => s.Decision is null).Select(s => (s.Suggestion, s.BaseVersion)), (suggestion, baseVersion)], DateTimeOffset.UtcNow);

    private static Suggestion Suggestion(string key, SuggestionKind kind, string? automation = null, string? scene = null, string? changes = null)
    {
        var now = DateTimeOffset.UtcNow;
        var occurrences = Enumerable.Range(1, 6).Select(i => new SuggestionOccurrence(now.AddDays(-i), [i])).ToList();
        return new Suggestion(key, kind, new SuggestionText("A routine", "一个习惯"), new SuggestionText("Seen 6 times", "出现了 6 次"),
            automation is null ? null : DeviceHub.Json(automation), scene is null ? null : DeviceHub.Json(scene), changes,
            occurrences.Count, 0.9, occurrences, new SuggestionReplay(now.AddDays(-28), now, 6, 6, 0));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, string? Location)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _owner.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone(), response.Headers.Location?.ToString());
    }
}
