using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The scene editor at 390×844: capturing how chosen devices are now, a problem at its step, deleting after a confirmation.</summary>
public sealed class SceneEditorTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CapturingTheCurrentStateOfAChosenDeviceMakesASceneThatSetsItSoAndItCanBeDeleted()
    {
        hub.RequireBrowser();
        using (await hub.Owner.DeleteAsync("/api/v1/homes/home/scenes/editor-captured", Ct)) { }
        await hub.SetAndWaitAsync("living-light", "light.on", true, Ct);
        await hub.SetAndWaitAsync("living-light", "light.brightness", 33, Ct);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations");
        await phone.Page.GetByTestId("scenes-link").ClickAsync();
        await phone.Page.GetByTestId("new-scene").ClickAsync();
        var editor = phone.Page.GetByTestId("scene-editor");
        await editor.GetByLabel("Name", new() { Exact = true }).FillAsync("Editor captured");
        await editor.GetByLabel("Id (optional)").FillAsync("editor-captured");

        await editor.GetByTestId("capture-card").GetByLabel("Ceiling light · Living room").CheckAsync();
        await editor.GetByTestId("capture").ClickAsync();

        var step = editor.GetByTestId("steps").GetByTestId("steps-item");
        await Expect(step).ToHaveCountAsync(1);
        await Expect(step.GetByLabel("Brightness", new() { Exact = true })).ToHaveValueAsync("33");
        await Expect(step.GetByLabel("On/off", new() { Exact = true })).ToBeCheckedAsync();
        await editor.GetByTestId("save").ClickAsync();
        await Expect(phone.Page.GetByTestId("save-state")).ToHaveTextAsync("Saved");

        var scene = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/editor-captured", Ct);
        var stored = Assert.Single(scene.GetProperty("steps").EnumerateArray());
        Assert.Equal("living-light", stored.GetProperty("deviceId").GetString());
        Assert.Equal(33, stored.GetProperty("set").GetProperty("light.brightness").GetInt32());
        Assert.True(stored.GetProperty("set").GetProperty("light.on").GetBoolean());
        Assert.True(stored.GetProperty("set").TryGetProperty("light.mode", out _), "every writable property the device reported is captured");

        await editor.GetByTestId("delete").ClickAsync();
        await editor.GetByTestId("confirm-delete-yes").ClickAsync();
        await Expect(phone.Page.GetByTestId("scenes-page")).ToBeVisibleAsync();
        using var gone = await hub.Owner.GetAsync("/api/v1/homes/home/scenes/editor-captured", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task AStepAddedFromTheListsIsSavedAndAPropertyTheHubRefusesShowsItsProblemAtItsRow()
    {
        hub.RequireBrowser();
        using (await hub.Owner.DeleteAsync("/api/v1/homes/home/scenes/editor-evening", Ct)) { }
        using (var created = await hub.Owner.PostAsJsonAsync("/api/v1/homes/home/scenes", new
        {
            id = "editor-evening",
            name = "Evening",
            steps = new object[] { new { deviceId = "living-light", set = new Dictionary<string, object> { ["light.on"] = true } } },
        }, Ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/scenes");
        await phone.Page.GetByTestId("scene-row-editor-evening").GetByRole(AriaRole.Link).ClickAsync();
        var editor = phone.Page.GetByTestId("scene-editor");
        await Expect(editor.GetByTestId("steps").GetByTestId("steps-item")).ToHaveCountAsync(1);

        await editor.GetByTestId("add-step").ClickAsync();
        var second = editor.GetByTestId("steps").GetByTestId("steps-item").Nth(1);
        await second.GetByLabel("Device", new() { Exact = true }).SelectOptionAsync("living-speaker");
        await second.GetByLabel("Step", new() { Exact = true }).SelectOptionAsync("call");
        await second.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync("intelligent-speaker.play-text");
        await second.Locator("[data-path=\"$.steps[1].in.text\"] input").FillAsync("Good evening");

        // A power user types a property the light does not have in the JSON view: the hub refuses the scene and the
        // form shows why at that step's row.
        await editor.GetByTestId("view-json").ClickAsync();
        var json = await editor.GetByTestId("json-text").InputValueAsync();
        Assert.Contains("\"light.on\": true", json, StringComparison.Ordinal);
        await editor.GetByTestId("json-text").FillAsync(json.Replace("\"light.on\": true", "\"light.on\": true, \"light.sparkle\": true", StringComparison.Ordinal));
        await editor.GetByTestId("view-form").ClickAsync();
        await editor.GetByTestId("save").ClickAsync();
        var row = editor.Locator("[data-path=\"$.steps[0].set['light.sparkle']\"]");
        await Expect(row.GetByTestId("problem")).ToContainTextAsync("has no property light.sparkle");
        var unchanged = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/editor-evening", Ct);
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());

        await editor.GetByRole(AriaRole.Button, new() { Name = "Remove light.sparkle" }).ClickAsync();
        await editor.GetByTestId("save").ClickAsync();
        await Expect(phone.Page.GetByTestId("save-state")).ToHaveTextAsync("Saved");
        var saved = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/scenes/editor-evening", Ct);
        var step = saved.GetProperty("steps")[1];
        Assert.Equal("intelligent-speaker.play-text", step.GetProperty("call").GetString());
        Assert.Equal("Good evening", step.GetProperty("in").GetProperty("text").GetString());
        Assert.False(saved.GetProperty("steps")[0].GetProperty("set").TryGetProperty("light.sparkle", out _));
    }
}
