using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>One-tap scenes (the scenes API of the shared contract: POST …/scenes, …/run, …/runs/{id}).</summary>
public sealed class SceneTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunningASceneFromItsButtonAppliesItAndShowsTheOutcome()
    {
        hub.RequireBrowser();
        await hub.SetAndWaitAsync("living-light", "light.on", true, Ct);
        using var created = await hub.Owner.PostAsJsonAsync("/api/v1/homes/home/scenes", new
        {
            id = "browser-lights-out",
            name = "Lights out",
            icon = "moon",
            steps = new object[] { new { deviceId = "living-light", set = new Dictionary<string, object> { ["light.on"] = false } } },
        }, Ct);
        if (created.StatusCode == HttpStatusCode.NotFound)
            Assert.Skip("This hub has no scenes API yet (POST /api/v1/homes/home/scenes answered 404).");
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"creating the scene answered {created.StatusCode}");
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();

        await phone.Page.GetByTestId("scene-browser-lights-out").ClickAsync();

        await Expect(phone.Page.GetByTestId("scene-status")).ToHaveAttributeAsync("data-state", "succeeded");
        await Expect(phone.Page.GetByTestId("scene-status")).ToContainTextAsync("Lights out: succeeded");
        await Expect(phone.Tile("living-light").GetByTestId("reported-light.on")).ToHaveTextAsync("Off");
        var runs = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/browser-lights-out/runs", Ct);
        var list = runs.ValueKind == JsonValueKind.Array ? runs : runs.GetProperty("items");
        Assert.Contains(list.EnumerateArray(), run => run.GetProperty("status").GetString() == "succeeded");
    }

    /// <summary>
    /// The app's side of the contract on its own: the scenes API answers as the shared contract
    /// describes (a plain array of scenes, a 202 run, then a partial run), played by the browser's
    /// network layer, so the button, the outcome and a guest's access are checked on every branch.
    /// </summary>
    [Fact]
    public async Task AGuestRunsASceneFromItsButtonAndSeesAPartialOutcome()
    {
        var secret = await hub.CreateTokenAsync("guest with scenes", "guest", Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        var ran = 0;
        await phone.Page.RouteAsync("**/api/v1/homes/home/scenes", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "application/json",
            Body = """[{"id":"movie","name":"Movie night","icon":"film","version":1,"steps":[{"deviceId":"living-light","set":{"light.on":false}},{"deviceId":"living-speaker","call":"play-control.play"}]}]""",
        }));
        await phone.Page.RouteAsync("**/api/v1/homes/home/scenes/movie/run", route =>
        {
            ran++;
            Assert.Equal("POST", route.Request.Method);
            Assert.StartsWith("Bearer aiot_", route.Request.Headers["authorization"], StringComparison.Ordinal);
            return route.FulfillAsync(new()
            {
                Status = 202, ContentType = "application/json",
                Headers = new Dictionary<string, string> { ["Location"] = "/api/v1/homes/home/scenes/movie/runs/run-1" },
                Body = """{"id":"run-1","sceneId":"movie","homeId":"home","source":"api","status":"running","steps":[]}""",
            });
        });
        await phone.Page.RouteAsync("**/api/v1/homes/home/scenes/movie/runs/run-1", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "application/json",
            Body = """{"id":"run-1","sceneId":"movie","homeId":"home","source":"api","status":"partial","steps":[{"deviceId":"living-light","kind":"set","status":"applied"},{"deviceId":"living-speaker","kind":"call","status":"offline"}]}""",
        }));
        await phone.SignInAsync(secret);
        var button = phone.Page.GetByTestId("scene-movie");
        await Expect(button).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Movie night"));
        await Expect(phone.Tile("living-light").GetByTestId("control-light.on")).ToBeDisabledAsync();

        await button.ClickAsync();

        var status = phone.Page.GetByTestId("scene-status");
        await Expect(status).ToHaveAttributeAsync("data-state", "partial");
        await Expect(status).ToHaveTextAsync("Movie night: partial (1 of 2 steps not applied)");
        Assert.Equal(1, ran);
    }

    [Fact]
    public async Task ARefusedSceneRunIsShownAsAReadableError()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.Page.RouteAsync("**/api/v1/homes/home/scenes", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "application/json",
            Body = """{"items":[{"id":"party","name":"Party","version":1,"steps":[]}],"nextCursor":null,"total":1}""",
        }));
        await phone.Page.RouteAsync("**/api/v1/homes/home/scenes/party/run", route => route.FulfillAsync(new()
        {
            Status = 403, ContentType = "application/problem+json",
            Body = """{"title":"Forbidden.","status":403,"detail":"This guest token may run only its listed scenes."}""",
        }));
        await phone.SignInAsync(hub.OwnerSecret);

        await phone.Page.GetByTestId("scene-party").ClickAsync();

        await Expect(phone.Page.GetByTestId("scene-status")).ToHaveAttributeAsync("data-state", "failed");
        await Expect(phone.Page.GetByTestId("error")).ToContainTextAsync("Party: Forbidden. This guest token may run only its listed scenes.");
    }
}
