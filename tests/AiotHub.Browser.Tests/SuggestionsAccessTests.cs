using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Who meets the Suggestions page, on the browser-test home: a guest neither sees it nor reaches it (and the API agrees);
/// the owner switches learning off and on from it, and a member reads the switch's state in words but cannot change it;
/// the owner deletes what was learned, and with it the activity log when asked.
/// </summary>
public sealed class SuggestionsAccessTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AGuestSeesNoSuggestionsLinkAndTheirAddressLeadsHome()
    {
        hub.RequireBrowser();
        var secret = await hub.CreateTokenAsync("suggestions guest", "guest", Ct);
        await using var phone = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = secret });
        var page = phone.Page;
        await page.GotoAsync("/");
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("role")).ToHaveTextAsync("guest");
        await Expect(page.GetByTestId("nav-suggestions")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("home-suggestions-slot")).ToHaveCountAsync(0);

        await page.GotoAsync("/suggestions");
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Uri(hub.BaseAddress, "/").ToString());
        await Expect(page.GetByTestId("suggestions-page")).ToHaveCountAsync(0);

        using var guest = hub.CreateClient(secret);
        using var list = await guest.GetAsync("/api/v1/homes/home/suggestions", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task TheOwnerSwitchesLearningOffAndOnAndAMemberReadsWhichItIs()
    {
        hub.RequireBrowser();
        await using var owner = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = hub.OwnerSecret });
        var page = owner.Page;
        await page.GotoAsync("/");
        await page.GetByTestId("nav-suggestions").ClickAsync();
        var toggle = page.GetByTestId("suggestions-enabled");
        await Expect(toggle).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Learn routines from what people do at home (on the hub only)" })).ToBeVisibleAsync();

        await toggle.UncheckAsync();
        await Expect(page.GetByTestId("suggestions-switched")).ToContainTextAsync("Learning routines is off");
        Assert.False(await EnabledAsync(hub.Owner));

        // A member reads it in words, with no switch to flip (the API refuses a member's PUT).
        var memberSecret = await hub.CreateTokenAsync("suggestions member", "member", Ct);
        await using (var member = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = memberSecret }))
        {
            await member.Page.GotoAsync("/suggestions");
            await Expect(member.Page.GetByTestId("suggestions-state")).ToHaveTextAsync("Learning routines is switched off. The owner can switch it on.");
            await Expect(member.Page.GetByTestId("suggestions-enabled")).ToHaveCountAsync(0);
            await Expect(member.Page.GetByTestId("suggestions-delete")).ToHaveCountAsync(0);
            using var client = hub.CreateClient(memberSecret);
            using var put = await client.PutAsJsonAsync("/api/v1/homes/home/suggestions/settings", new { enabled = true }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        // Kept over a reload: the hub stores the switch.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("suggestions-enabled")).Not.ToBeCheckedAsync();
        await page.GetByTestId("suggestions-enabled").CheckAsync();
        await Expect(page.GetByTestId("suggestions-switched").Last).ToContainTextAsync("learns routines again");
        Assert.True(await EnabledAsync(hub.Owner));
    }

    [Fact]
    public async Task DeletingWhatWasLearnedSaysFirstWhatGoesAndCanTakeTheActivityLogWithIt()
    {
        hub.RequireBrowser();
        // Entries at least ten seconds old are on disk (the log writes behind by less): those must go.
        var before = DateTimeOffset.UtcNow.AddSeconds(-10);
        Assert.True(await ActivityCountAsync(before) > 0, "the test home has no activity to delete");
        await using var owner = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = hub.OwnerSecret });
        var page = owner.Page;
        await page.GotoAsync("/suggestions");

        await page.GetByTestId("suggestions-delete").ClickAsync();
        var confirm = page.GetByTestId("suggestions-delete-confirm");
        await Expect(confirm).ToContainTextAsync("your automations and scenes stay");
        await confirm.GetByLabel("Also delete the activity log it learned from").CheckAsync();
        await confirm.GetByTestId("suggestions-delete-confirm-button").ClickAsync();
        await Expect(page.GetByTestId("suggestions-deleted")).ToContainTextAsync("Deleted what was learned and the activity log.");
        await Expect(page.GetByTestId("suggestions-empty")).ToBeVisibleAsync();

        var all = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/suggestions?status=all", Ct);
        Assert.Equal(0, all.GetProperty("total").GetInt32());
        Assert.Equal(0, await ActivityCountAsync(before));
    }

    private async Task<int> ActivityCountAsync(DateTimeOffset to) =>
        (await hub.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/activity?from=2000-01-01T00:00:00Z&to={Uri.EscapeDataString(to.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&limit=1", Ct))
        .GetProperty("total").GetInt32();

    private static async Task<bool> EnabledAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/suggestions/settings", Ct)).GetProperty("enabled").GetBoolean();
}
