using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The automation editor at 390×844: creating from the pickers, a problem shown at its field, the JSON view, test run and delete.</summary>
public sealed class AutomationEditorTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAutomationMadeFromThePickersIsStoredAsTheHubsDefinition()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations");
        await phone.Page.GetByTestId("new-automation").ClickAsync();
        var editor = phone.Page.GetByTestId("automation-editor");
        await editor.GetByLabel("Name", new() { Exact = true }).FillAsync("Editor door light");

        await editor.GetByTestId("add-trigger").SelectOptionAsync("property");
        var trigger = editor.GetByTestId("triggers").GetByTestId("triggers-item");
        await trigger.GetByLabel("Device", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Front door · Hallway" });
        await trigger.GetByLabel("Value", new() { Exact = true }).SelectOptionAsync("magnet-sensor.contact-state");
        await trigger.GetByLabel("Becomes", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Off" });

        await editor.GetByTestId("add-conditions").SelectOptionAsync("mode");

        await editor.GetByTestId("add-actions").SelectOptionAsync("set");
        var action = editor.GetByTestId("actions").GetByTestId("actions-item");
        await action.GetByLabel("Device", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ceiling light · Living room" });
        await action.GetByTestId("add-property").SelectOptionAsync(new SelectOptionValue { Label = "Brightness" });
        await action.GetByLabel("Brightness", new() { Exact = true }).FillAsync("35");
        await Expect(action.Locator("output")).ToHaveTextAsync("35%");

        await editor.GetByTestId("save").ClickAsync();

        await Expect(phone.Page.GetByTestId("save-state")).ToHaveTextAsync("Saved");
        Assert.EndsWith("/automations/editor-door-light/edit", phone.Page.Url, StringComparison.Ordinal);
        var stored = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-door-light", Ct);
        var definition = stored.GetProperty("definition");
        Assert.Equal("available", stored.GetProperty("state").GetString());
        var storedTrigger = definition.GetProperty("triggers")[0];
        Assert.Equal("front-door", storedTrigger.GetProperty("deviceId").GetString());
        Assert.Equal("magnet-sensor.contact-state", storedTrigger.GetProperty("property").GetString());
        Assert.False(storedTrigger.GetProperty("to").GetBoolean());
        Assert.Equal("""["home"]""", definition.GetProperty("conditions")[0].GetProperty("in").GetRawText());
        var properties = definition.GetProperty("actions")[0].GetProperty("properties");
        Assert.Equal("living-light", definition.GetProperty("actions")[0].GetProperty("deviceId").GetString());
        Assert.Equal(35, properties.GetProperty("light.brightness").GetInt32());
        Assert.True(properties.GetProperty("light.on").GetBoolean());
    }

    [Fact]
    public async Task AProblemTheHubFindsIsShownAtItsFieldAndNothingIsSavedUntilItIsFixed()
    {
        await CreateAsync("""
            {"id":"editor-wakeup","name":"Wake up","triggers":[{"kind":"time","at":"07:00"}],
             "actions":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true}}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations");
        await phone.Page.GetByTestId("automation-editor-wakeup").GetByTestId("edit").ClickAsync();
        var editor = phone.Page.GetByTestId("automation-editor");
        await Expect(editor.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Wake up");

        await editor.GetByTestId("add-actions").SelectOptionAsync("delay");
        var wait = editor.GetByTestId("actions").GetByTestId("actions-item").Nth(1).GetByLabel("Wait for", new() { Exact = true });
        await wait.FillAsync("5 minutes");

        // The hub's check of the draft puts its message beside the field its JSON path names.
        var field = editor.Locator("[data-path=\"$.actions[1].duration\"]");
        await Expect(field.GetByTestId("problem")).ToContainTextAsync("duration");
        await Expect(wait).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(phone.Page.GetByTestId("problem-summary")).ToContainTextAsync("$.actions[1].duration");

        await editor.GetByTestId("save").ClickAsync();
        await Expect(field.GetByTestId("problem")).ToBeVisibleAsync();
        var unchanged = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-wakeup", Ct);
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());

        await wait.FillAsync("5m");
        await Expect(field.GetByTestId("problem")).ToHaveCountAsync(0);
        await editor.GetByTestId("save").ClickAsync();
        await Expect(phone.Page.GetByTestId("save-state")).ToHaveTextAsync("Saved");
        var saved = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-wakeup", Ct);
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.Equal("5m", saved.GetProperty("definition").GetProperty("actions")[1].GetProperty("duration").GetString());
    }

    [Fact]
    public async Task TheJsonViewShowsTheDraftAndWhatIsTypedThereComesBackToTheFormAndIsSaved()
    {
        const string Original = """
            {"id":"editor-json","name":"Json round trip","mode":"restart",
             "triggers":[{"kind":"property","id":"opened","deviceId":"front-door","property":"magnet-sensor.contact-state","to":false,"for":"5s"}],
             "actions":[{"kind":"if","conditions":[{"kind":"mode","in":["away"]}],
               "then":[{"kind":"notify","title":"Door","message":"Opened while away","level":"alert"}],
               "else":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true,"light.mode":"Night"}}]}]}
            """;
        await CreateAsync(Original);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations/editor-json/edit");
        var editor = phone.Page.GetByTestId("automation-editor");
        // The nested if is editable in the form: its branches hold their own cards.
        await Expect(editor.Locator("[data-branch=\"then\"]").GetByLabel("Message", new() { Exact = true })).ToHaveValueAsync("Opened while away");
        await Expect(editor.Locator("[data-path=\"$.actions[0].else[0].properties['light.mode']\"] select")).ToHaveCountAsync(1);

        await editor.GetByTestId("view-json").ClickAsync();
        var text = editor.GetByTestId("json-text");
        var json = await text.InputValueAsync();
        // The view shows the definition as the hub stores it (which adds "enabled"), nothing added or lost.
        var before = (await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-json", Ct)).GetProperty("definition");
        using (var shown = JsonDocument.Parse(json))
            Assert.True(JsonElement.DeepEquals(before, shown.RootElement), $"the JSON view showed {json}");

        await text.FillAsync("{ not json");
        await editor.GetByTestId("view-form").ClickAsync();
        await Expect(editor.GetByTestId("json-error")).ToContainTextAsync("Not valid JSON");
        await Expect(text).ToBeVisibleAsync();

        await text.FillAsync(json.Replace("Opened while away", "Someone opened the door", StringComparison.Ordinal));
        await editor.GetByTestId("view-form").ClickAsync();
        await Expect(editor.Locator("[data-branch=\"then\"]").GetByLabel("Message", new() { Exact = true })).ToHaveValueAsync("Someone opened the door");
        await editor.GetByTestId("save").ClickAsync();
        await Expect(phone.Page.GetByTestId("save-state")).ToHaveTextAsync("Saved");

        var stored = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-json", Ct);
        using var expected = JsonDocument.Parse(before.GetRawText().Replace("Opened while away", "Someone opened the door", StringComparison.Ordinal));
        Assert.True(JsonElement.DeepEquals(expected.RootElement, stored.GetProperty("definition")), $"stored {stored.GetProperty("definition")}");
    }

    [Fact]
    public async Task TestRunSavesTheDraftRunsItAndOpensItsTrace()
    {
        await CreateAsync("""
            {"id":"editor-test-run","name":"Test me","triggers":[{"kind":"manual"}],
             "actions":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true}}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations/editor-test-run/edit");
        var editor = phone.Page.GetByTestId("automation-editor");
        await editor.GetByTestId("add-actions").SelectOptionAsync("notify");
        await editor.GetByTestId("actions").GetByTestId("actions-item").Nth(1).GetByLabel("Message", new() { Exact = true }).FillAsync("Tested");

        await editor.GetByTestId("test-run").ClickAsync();

        var trace = phone.Page.GetByTestId("trace");
        await Expect(trace).ToHaveAttributeAsync("data-result", "succeeded");
        await Expect(phone.Page.GetByTestId("step")).ToHaveCountAsync(2);
        await Expect(phone.Page.GetByTestId("step").Nth(1)).ToHaveAttributeAsync("data-status", "succeeded");
        var stored = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-test-run", Ct);
        Assert.Equal("Tested", stored.GetProperty("definition").GetProperty("actions")[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task DisablingAndDeletingFromTheEditorAskFirstAndReachTheHub()
    {
        await CreateAsync("""
            {"id":"editor-delete-me","name":"Delete me","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hi"}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations/editor-delete-me/edit");
        var editor = phone.Page.GetByTestId("automation-editor");

        await editor.GetByTestId("editor-enabled").ClickAsync();
        await Expect(editor.GetByTestId("editor-enabled")).Not.ToBeCheckedAsync();
        await Expect(editor.GetByTestId("editor-enabled")).ToBeEnabledAsync();
        var disabled = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/automations/editor-delete-me", Ct);
        Assert.False(disabled.GetProperty("enabled").GetBoolean());

        await editor.GetByTestId("delete").ClickAsync();
        await editor.GetByTestId("confirm-delete-no").ClickAsync();
        await Expect(editor.GetByTestId("confirm-delete")).ToBeHiddenAsync();
        using (var still = await hub.Owner.GetAsync("/api/v1/homes/home/automations/editor-delete-me", Ct))
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);

        await editor.GetByTestId("delete").ClickAsync();
        await editor.GetByTestId("confirm-delete-yes").ClickAsync();
        await Expect(phone.Page.GetByTestId("automations-page")).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("automation-editor-delete-me")).ToHaveCountAsync(0);
        using var gone = await hub.Owner.GetAsync("/api/v1/homes/home/automations/editor-delete-me", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task InChineseTheEditorSpeaksChineseAndNamesTheProfilesMembersInChinese()
    {
        await CreateAsync("""
            {"id":"editor-chinese","name":"Evening","triggers":[{"kind":"time","at":"19:00"}],
             "actions":[{"kind":"set","deviceId":"living-light","properties":{"light.on":true,"light.brightness":40}}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.EvaluateAsync("() => localStorage.setItem('aiothub.language', 'zh')");
        await phone.Page.GotoAsync("/automations/editor-chinese/edit");
        var editor = phone.Page.GetByTestId("automation-editor");

        await Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("编辑 Evening");
        await Expect(editor.GetByTestId("save")).ToHaveTextAsync("保存");
        await Expect(editor.GetByTestId("test-run")).ToHaveTextAsync("试运行");
        var action = editor.GetByTestId("actions").GetByTestId("actions-item");
        await Expect(action.GetByLabel("亮度", new() { Exact = true })).ToHaveValueAsync("40");
        await Expect(action.GetByLabel("开关", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(action.Locator("output")).ToHaveTextAsync("40%");
        await Expect(editor.GetByTestId("triggers")).ToContainTextAsync("定时");
        await Expect(editor).Not.ToContainTextAsync("Brightness");
    }

    [Fact]
    public async Task LeavingWithUnsavedChangesAsksFirstAndStayingKeepsTheDraft()
    {
        await CreateAsync("""
            {"id":"editor-unsaved","name":"Unsaved","triggers":[{"kind":"manual"}],"actions":[{"kind":"notify","message":"Hi"}]}
            """);
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.GotoAsync("/automations/editor-unsaved/edit");
        var editor = phone.Page.GetByTestId("automation-editor");
        var name = editor.GetByLabel("Name", new() { Exact = true });
        await name.FillAsync("Unsaved, renamed");
        var answers = new Queue<bool>([false, true]);
        var asked = new List<string>();
        phone.Page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            if (answers.Dequeue())
                await dialog.AcceptAsync();
            else
                await dialog.DismissAsync();
        };

        await editor.GetByRole(AriaRole.Link, new() { Name = "← Unsaved" }).ClickAsync();
        await Expect(name).ToHaveValueAsync("Unsaved, renamed");
        Assert.EndsWith("/automations/editor-unsaved/edit", phone.Page.Url, StringComparison.Ordinal);

        await editor.GetByRole(AriaRole.Link, new() { Name = "← Unsaved" }).ClickAsync();
        await Expect(phone.Page.GetByTestId("automation-page-editor-unsaved")).ToBeVisibleAsync();
        Assert.Equal(2, asked.Count);
        Assert.All(asked, message => Assert.Contains("without saving", message, StringComparison.Ordinal));
    }

    private async Task CreateAsync(string json)
    {
        hub.RequireBrowser();
        var id = JsonDocument.Parse(json).RootElement.GetProperty("id").GetString();
        using (await hub.Owner.DeleteAsync($"/api/v1/homes/home/automations/{id}", Ct)) { }
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var created = await hub.Owner.PostAsync("/api/v1/homes/home/automations", content, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"creating the automation answered {created.StatusCode}: {await created.Content.ReadAsStringAsync(Ct)}");
    }
}
