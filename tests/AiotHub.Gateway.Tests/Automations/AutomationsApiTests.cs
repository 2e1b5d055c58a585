using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests.Scenes;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Automations;

/// <summary>
/// /api/v1/homes/{homeId}/automations as an app uses it, against the real hub with lamp-1 and
/// speaker-1 online: versions as ETags, problems with JSON paths, validate, export and import.
/// </summary>
public sealed class AutomationsApiTests
{
    internal const string AutomationsUrl = "/api/v1/homes/home/automations";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal const string Evening = """
        {"id":"evening","name":"Evening","triggers":[{"kind":"time","at":"19:00"}],
         "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true,"light.brightness":30}},
                    {"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text","in":{"text":"Good evening"}}]}
        """;

    private const string Morning = """
        {"id":"morning","name":"Morning","triggers":[{"kind":"time","at":"07:00"}],
         "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}
        """;

    [Fact]
    public async Task AnAutomationsVersionIsItsETagAndStaleWritesAreRefused()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;

        var created = await http.PostAsync(AutomationsUrl, Body(Evening), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{AutomationsUrl}/evening", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("evening", "Evening", true, "available"),
            (entry.GetProperty("id").GetString(), entry.GetProperty("name").GetString(), entry.GetProperty("enabled").GetBoolean(), entry.GetProperty("state").GetString()));
        Assert.Equal("Good evening", entry.GetProperty("definition").GetProperty("actions")[1].GetProperty("in").GetProperty("text").GetString());
        await AssertProblemAsync(await http.PostAsync(AutomationsUrl, Body(Evening), Ct), HttpStatusCode.Conflict);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{AutomationsUrl}/evening");
        conditional.Headers.IfNoneMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(conditional, Ct)).StatusCode);

        var replaced = await SendAsync(http, HttpMethod.Put, $"{AutomationsUrl}/evening", Evening.Replace("\"Evening\"", "\"Late evening\"", StringComparison.Ordinal), "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag!.Tag);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Put, $"{AutomationsUrl}/evening", Evening, "\"1\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Post, $"{AutomationsUrl}/evening/disable", null, "\"1\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SendAsync(http, HttpMethod.Delete, $"{AutomationsUrl}/evening", null, "\"1\""), HttpStatusCode.PreconditionFailed);

        var disabled = await SendAsync(http, HttpMethod.Post, $"{AutomationsUrl}/evening/disable", null, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var version = disabled.Headers.ETag!.Tag;
        var listed = Assert.Single((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());
        Assert.Equal(("Late evening", false), (listed.GetProperty("name").GetString(), listed.GetProperty("enabled").GetBoolean()));
        Assert.False(listed.TryGetProperty("lastRun", out _));
        Assert.True((await http.PostAsync($"{AutomationsUrl}/evening/enable", null, Ct)).IsSuccessStatusCode);
        Assert.True((await GetJsonAsync(http, $"{AutomationsUrl}/evening")).GetProperty("enabled").GetBoolean());
        Assert.NotEqual(version, (await http.GetAsync($"{AutomationsUrl}/evening", Ct)).Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Delete, $"{AutomationsUrl}/evening", null, "*")).StatusCode);
        await AssertProblemAsync(await http.GetAsync($"{AutomationsUrl}/evening", Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/evening/enable", null, Ct), HttpStatusCode.NotFound);
        Assert.Empty((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());
    }

    [Fact]
    public async Task AnInvalidAutomationIs400WithTheJsonPathOfEachProblemAndNothingIsStored()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;

        var problem = await AssertProblemAsync(await http.PostAsync(AutomationsUrl, Body("""
            {"name":"Broken","triggers":[{"kind":"property","deviceId":"ghost","property":"light.on","to":true}],
             "actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":true}},
                        {"kind":"set","deviceId":"lamp-1","properties":{"light.brightness":101}}]}
            """), Ct), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.triggers[0].deviceId", out _), errors.ToString());
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("$.actions[1].properties", StringComparison.Ordinal));
        Assert.DoesNotContain(errors.EnumerateObject(), e => e.Name.StartsWith("$.actions[0]", StringComparison.Ordinal));
        Assert.Empty((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());

        // A replace that is not valid leaves the stored automation as it was.
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Evening), Ct)).StatusCode);
        var replace = await AssertProblemAsync(await http.PutAsync($"{AutomationsUrl}/evening", Body("""{"name":"Evening","triggers":[],"actions":[]}"""), Ct), HttpStatusCode.BadRequest);
        Assert.True(replace.GetProperty("errors").TryGetProperty("$.triggers", out _), replace.ToString());
        Assert.Equal(1, (await GetJsonAsync(http, $"{AutomationsUrl}/evening")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ValidateSaysWhatIsWrongWithPathsAndStoresNothing()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;

        var valid = await (await http.PostAsync($"{AutomationsUrl}/validate", Body(Evening), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(valid.GetProperty("valid").GetBoolean(), valid.ToString());
        Assert.Empty(valid.GetProperty("problems").EnumerateArray());

        var response = await http.PostAsync($"{AutomationsUrl}/validate", Body("""
            {"name":"","triggers":[{"kind":"time","at":"25:00"}],"actions":[{"kind":"delay","duration":"soon"}]}
            """), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invalid = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(invalid.GetProperty("valid").GetBoolean());
        var paths = invalid.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.name", paths);
        Assert.Contains(paths, p => p!.StartsWith("$.triggers[0].at", StringComparison.Ordinal));
        Assert.Contains(paths, p => p!.StartsWith("$.actions[0].duration", StringComparison.Ordinal));
        Assert.Empty((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());
    }

    [Fact]
    public async Task AnExportImportsBackAllOrNothing()
    {
        await using var home = await SceneHome.StartAsync();
        var http = home.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Evening), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(AutomationsUrl, Body(Morning), Ct)).StatusCode);

        var exported = await http.GetAsync($"{AutomationsUrl}/export", Ct);
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("attachment", exported.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("automations-home.json", exported.Content.Headers.ContentDisposition?.FileNameStar ?? exported.Content.Headers.ContentDisposition?.FileName);
        var document = await exported.Content.ReadAsStringAsync(Ct);
        var parsed = JsonDocument.Parse(document).RootElement;
        Assert.Equal("aiothub-automations/1", parsed.GetProperty("format").GetString());
        Assert.Equal(["evening", "morning"], parsed.GetProperty("automations").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Order());

        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/import", Body(document), Ct), HttpStatusCode.Conflict);
        await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/import?replace=maybe", Body(document), Ct), HttpStatusCode.BadRequest);
        // A whole home's export may pass the ordinary 64 KiB body limit: imports take up to Api:MaxProfileBytes.
        var large = "{\"format\":\"aiothub-automations/1\",\"automations\":[],\"note\":\"" + new string('x', 100_000) + "\"}";
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, (await http.PostAsync($"{AutomationsUrl}/import", Body(large), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.PostAsync(AutomationsUrl, Body(large), Ct)).StatusCode);
        foreach (var id in new[] { "evening", "morning" })
            Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"{AutomationsUrl}/{id}", Ct)).StatusCode);

        // The second automation names a device the home does not have: nothing at all is imported.
        var broken = BreakDevice(document, "morning");
        var problem = await AssertProblemAsync(await http.PostAsync($"{AutomationsUrl}/import", Body(broken), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("$.automations[", StringComparison.Ordinal) && e.Name.Contains("deviceId", StringComparison.Ordinal));
        Assert.Empty((await GetItemsAsync(http, AutomationsUrl)).EnumerateArray());

        var imported = await http.PostAsync($"{AutomationsUrl}/import", Body(document), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{AutomationsUrl}/import?replace=true", Body(document), Ct)).StatusCode);
        Assert.Equal(["evening", "morning"], (await GetItemsAsync(http, AutomationsUrl)).EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    // Rewrites the named automation's set action to a device that does not exist (whatever the export's layout).
    private static string BreakDevice(string document, string automationId)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(document)!;
        foreach (var automation in root["automations"]!.AsArray())
        {
            if ((string?)automation!["id"] == automationId)
                automation["actions"]![0]!["deviceId"] = "ghost";
        }

        return root.ToJsonString();
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = Body(body);
        request.Headers.IfMatch.ParseAdd(ifMatch);
        return await http.SendAsync(request, Ct);
    }
}
