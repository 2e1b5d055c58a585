using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>One-tap scenes, run through the hub's real scenes API on its simulated devices.</summary>
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
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"creating the scene answered {created.StatusCode}");
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();

        await phone.Page.GetByTestId("scene-browser-lights-out").ClickAsync();

        await Expect(phone.Page.GetByTestId("scene-status")).ToHaveAttributeAsync("data-state", "succeeded");
        await Expect(phone.Page.GetByTestId("scene-status")).ToContainTextAsync("Lights out: succeeded");
        await Expect(phone.Tile("living-light").GetByTestId("reported-light.on")).ToHaveTextAsync("Off");
        var runs = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/browser-lights-out/runs", Ct);
        Assert.Contains(runs.GetProperty("items").EnumerateArray(), run => run.GetProperty("status").GetString() == "succeeded");
    }

    [Fact]
    public async Task AGuestLimitedToOneSceneSeesOnlyItAndRunsItToAPartialOutcome()
    {
        hub.RequireBrowser();
        await CreateSceneAsync("browser-movie", "Movie night",
            new { deviceId = "living-light", set = new Dictionary<string, object> { ["light.on"] = false } },
            new { deviceId = "living-speaker", set = new Dictionary<string, object> { ["speaker.mute"] = true } });
        await CreateSceneAsync("browser-other", "Not for guests",
            new { deviceId = "living-light", set = new Dictionary<string, object> { ["light.on"] = true } });
        using var created = await hub.Owner.PostAsJsonAsync("/api/v1/homes/home/tokens",
            new { name = "guest with one scene", role = "guest", scenes = new[] { "browser-movie" } }, Ct);
        created.EnsureSuccessStatusCode();
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString()!;
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(secret);
        await phone.WaitUntilLiveAsync();
        var button = phone.Page.GetByTestId("scene-browser-movie");
        await Expect(button).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Movie night"));
        await Expect(phone.Page.GetByTestId("scene-browser-other")).ToHaveCountAsync(0);
        await Expect(phone.Tile("living-light").GetByTestId("control-light.on")).ToBeDisabledAsync();

        // The speaker drops off the network (its last will), so its step cannot be applied.
        hub.TakeOffline("living-speaker");
        try
        {
            await Expect(phone.Tile("living-speaker")).ToHaveAttributeAsync("data-availability", "offline");
            await button.ClickAsync();

            var status = phone.Page.GetByTestId("scene-status");
            await Expect(status).ToHaveAttributeAsync("data-state", "partial");
            await Expect(status).ToHaveTextAsync("Movie night: partial (1 of 2 steps not applied)");
        }
        finally
        {
            hub.BringBack("living-speaker");
        }

        var runs = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/browser-movie/runs", Ct);
        var run = runs.GetProperty("items")[0];
        Assert.Equal("partial", run.GetProperty("status").GetString());
        Assert.Equal(["applied", "offline"], run.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ASceneRunTheHubRefusesIsShownAsAReadableError()
    {
        hub.RequireBrowser();
        await CreateSceneAsync("browser-party", "Party",
            new { deviceId = "bedroom-bulb", set = new Dictionary<string, object> { ["light.on"] = true } });
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await Expect(phone.Page.GetByTestId("scene-browser-party")).ToBeVisibleAsync();

        // Someone else deletes the scene while this phone still shows its button.
        using (var deleted = await hub.Owner.DeleteAsync("/api/v1/homes/home/scenes/browser-party", Ct))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await phone.Page.GetByTestId("scene-browser-party").ClickAsync();

        await Expect(phone.Page.GetByTestId("scene-status")).ToHaveAttributeAsync("data-state", "failed");
        await Expect(phone.Page.GetByTestId("error")).ToContainTextAsync("Party: Not found. No scene 'browser-party' in home 'home'.");
    }

    private async Task CreateSceneAsync(string id, string name, params object[] steps)
    {
        using var response = await hub.Owner.PostAsJsonAsync("/api/v1/homes/home/scenes", new { id, name, steps }, Ct);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
            $"creating scene {id} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
