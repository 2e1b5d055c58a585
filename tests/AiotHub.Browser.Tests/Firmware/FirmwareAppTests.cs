using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests.Firmware;

/// <summary>
/// Firmware in the app against a real hub (<see cref="FirmwareHub"/>: a maker "acme" with its own plug model, two such
/// plugs in the home): the owner's tester switch and quiet hours, kept by the hub and read in words by a member; a maker
/// who signs in with its token, has a badly signed upload refused at the signature field, uploads a signed one, starts
/// a rollout and watches it; the owner who sees the update in its language and postpones and allows it; a member who
/// reports a problem (sent only with consent, what goes shown before and after), and the maker's answer coming back.
/// </summary>
public sealed class FirmwareAppTests(BrowserHub browser, FirmwareHub hub) : IClassFixture<FirmwareHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<PhoneSession> OpenAsync(string secret, string locale = "en-US") =>
        PhoneSession.OpenAsync(browser, new PhoneSessionOptions { BaseAddress = hub.BaseAddress, SignedInWith = secret, Locale = locale });

    [Fact]
    public async Task TheOwnerMakesTheHomeATesterWithQuietHoursAndAMemberReadsThemInWords()
    {
        browser.RequireBrowser();
        await using (var owner = await OpenAsync(hub.OwnerSecret))
        {
            var page = owner.Page;
            await page.GotoAsync("/");
            await page.GetByTestId("nav-firmware").ClickAsync();
            await Expect(page.GetByTestId("firmware-page")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Switch, new() { Name = "Be a tester: get new firmware first, before other homes" }).CheckAsync();
            await page.GetByTestId("firmware-quiet").CheckAsync();
            await page.GetByTestId("firmware-quiet-start").FillAsync("23:00");
            await page.GetByTestId("firmware-quiet-end").FillAsync("06:30");
            await page.GetByTestId("firmware-settings-save").ClickAsync();
            await Expect(page.GetByTestId("firmware-settings-saved")).ToContainTextAsync("Updates are not installed between 23:00 and 06:30");

            var settings = (await hub.HomeFirmwareAsync(Ct)).GetProperty("settings");
            Assert.True(settings.GetProperty("tester").GetBoolean());
            Assert.StartsWith("23:00", settings.GetProperty("quietHours").GetProperty("start").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("06:30", settings.GetProperty("quietHours").GetProperty("end").GetString(), StringComparison.Ordinal);

            await page.ReloadAsync();
            await Expect(page.GetByTestId("firmware-tester")).ToBeCheckedAsync();
            await Expect(page.GetByTestId("firmware-quiet-start")).ToHaveValueAsync("23:00");
        }

        var memberSecret = await hub.CreateTokenAsync("firmware member", "member", Ct);
        await using var member = await OpenAsync(memberSecret, "zh-CN");
        await member.Page.GotoAsync("/firmware");
        await Expect(member.Page.GetByTestId("firmware-tester-state")).ToHaveTextAsync("本家庭是测试用户：会比其他家庭先收到新固件。");
        await Expect(member.Page.GetByTestId("firmware-quiet-state")).ToHaveTextAsync("23:00 至 06:30 之间不安装更新。");
        await Expect(member.Page.GetByTestId("firmware-tester")).ToHaveCountAsync(0);
        using var client = hub.CreateClient(memberSecret);
        using var put = await client.PutAsJsonAsync("/api/v1/homes/home/firmware/settings", new { tester = false }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task AGuestSeesNoFirmwareLinkAndTheAddressLeadsHome()
    {
        browser.RequireBrowser();
        var secret = await hub.CreateTokenAsync("firmware guest", "guest", Ct);
        await using var guest = await OpenAsync(secret);
        await guest.Page.GotoAsync("/");
        await Expect(guest.Tile(FirmwareHub.DeviceIds[0])).ToBeVisibleAsync();
        await Expect(guest.Page.GetByTestId("nav-firmware")).ToHaveCountAsync(0);
        await guest.Page.GotoAsync("/firmware");
        await Expect(guest.Tile(FirmwareHub.DeviceIds[0])).ToBeVisibleAsync();
        await Expect(guest.Page.GetByTestId("firmware-page")).ToHaveCountAsync(0);
        using var client = hub.CreateClient(secret);
        using var answer = await client.GetAsync("/api/v1/homes/home/firmware", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    [Fact]
    public async Task AMakerUploadsASignedReleaseInTheAppStartsARolloutAndTheOwnerSeesItInChineseAndPostponesAndAllowsIt()
    {
        browser.RequireBrowser();
        await using (var maker = await PhoneSession.OpenAsync(browser, new PhoneSessionOptions { BaseAddress = hub.BaseAddress }))
        {
            var page = maker.Page;
            await maker.TrySignInAsync(hub.MakerSecret);
            await Expect(page.GetByTestId("maker-page")).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new Uri(hub.BaseAddress, "/maker").ToString());
            await Expect(page.GetByTestId("maker-vendor")).ToHaveTextAsync(FirmwareHub.Vendor);

            // A signature of other bytes (another version's statement) is refused at its field, and nothing is stored.
            var signed = await hub.SignImageAsync("2.0.0", 8192, 7, Ct);
            var other = await hub.SignImageAsync("2.0.1", 8192, 7, Ct);
            await page.GetByTestId("maker-upload").Locator("summary").ClickAsync();
            await page.GetByTestId("upload-model").FillAsync(FirmwareHub.Model);
            await page.GetByTestId("upload-version").FillAsync("2.0.0");
            await page.GetByTestId("upload-notes-en").FillAsync("Faster metering and a steadier Wi-Fi link.");
            await page.GetByTestId("upload-notes-zh").FillAsync("计量更快，无线连接更稳定。");
            await page.GetByTestId("upload-keyId").FillAsync(FirmwareHub.KeyId);
            await page.GetByTestId("upload-signature").FillAsync(other.Signature);
            await page.GetByTestId("upload-image").SetInputFilesAsync(signed.Path);
            await Expect(page.GetByTestId("upload-digest")).ToContainTextAsync(signed.Sha256);
            await page.GetByTestId("upload-submit").ClickAsync();
            await Expect(page.Locator("[data-testid='field-error'][data-path='$.signature']")).ToBeVisibleAsync();
            Assert.Empty(await ReleasesAsync());

            await page.GetByTestId("upload-signature").FillAsync(signed.Signature);
            await page.GetByTestId("upload-submit").ClickAsync();
            await Expect(page.GetByTestId("release-uploaded")).ToContainTextAsync("the signature and the hash check out");
            var release = Assert.Single(await ReleasesAsync());
            Assert.Equal("2.0.0", release.GetProperty("version").GetString());
            var releaseId = release.GetProperty("id").GetString()!;
            await Expect(page.GetByTestId($"maker-release-{releaseId}")).ToContainTextAsync("Faster metering");

            await page.GetByTestId($"rollout-new-{releaseId}").ClickAsync();
            await page.GetByTestId($"rollout-stages-{releaseId}").FillAsync("50, 100");
            await page.GetByTestId($"rollout-soak-{releaseId}").FillAsync("1h");
            await page.GetByTestId($"rollout-start-{releaseId}").ClickAsync();
            await Expect(page.GetByTestId("maker-rollout-page")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("rollout-stages").Locator("li")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("rollout-stage-0")).ToContainTextAsync("Testers");
            await Expect(page.GetByTestId("rollout-timeline").Locator("li").First).ToBeVisibleAsync();
            var rollouts = await hub.Maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/{FirmwareHub.Vendor}/rollouts", Ct);
            var rollout = Assert.Single((rollouts.ValueKind == JsonValueKind.Array ? rollouts : rollouts.GetProperty("items")).EnumerateArray());
            Assert.Equal(releaseId, rollout.GetProperty("releaseId").GetString());
            Assert.Equal([50, 100], rollout.GetProperty("stages").EnumerateArray().Skip(1).Select(s => s.GetProperty("percent").GetInt32()));
        }

        // The owner's home is no tester here unless an earlier test made it one; either way the update is the home's to see.
        await FirmwareHub.SendAsync(hub.Owner, HttpMethod.Put, "/api/v1/homes/home/firmware/settings", new JsonObject { ["tester"] = true, ["quietHours"] = null }, Ct);
        var device = FirmwareHub.DeviceIds[0];
        await Eventually.MatchesAsync(() => hub.HomeFirmwareAsync(Ct), f => UpdateOf(f, device) is not null, Ct);
        Assert.NotNull(UpdateOf(await hub.HomeFirmwareAsync(Ct), device));

        await using var owner = await OpenAsync(hub.OwnerSecret, "zh-CN");
        var home = owner.Page;
        await home.GotoAsync("/firmware");
        var card = home.GetByTestId($"firmware-device-{device}");
        await Expect(card.GetByTestId("firmware-new-version")).ToHaveTextAsync("2.0.0");
        await Expect(card.GetByTestId("firmware-notes")).ToHaveTextAsync("计量更快，无线连接更稳定。");
        await Expect(card.GetByTestId("firmware-notes")).ToHaveAttributeAsync("lang", "zh-CN");

        await card.GetByTestId($"firmware-postpone-for-{device}").SelectOptionAsync("7d");
        await card.GetByTestId($"firmware-postpone-{device}").ClickAsync();
        await Expect(card.GetByTestId("firmware-state")).ToContainTextAsync("已推迟");
        Assert.Equal("postponed", UpdateOf(await hub.HomeFirmwareAsync(Ct), device)?.GetProperty("state").GetString());

        await card.GetByTestId($"firmware-allow-{device}").ClickAsync();
        await Expect(card.GetByTestId("firmware-state")).Not.ToContainTextAsync("已推迟");
        Assert.NotEqual("postponed", UpdateOf(await hub.HomeFirmwareAsync(Ct), device)?.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AMemberReportsAProblemOnlyWithConsentSeesWhatWasSentAndReadsTheMakersAnswer()
    {
        browser.RequireBrowser();
        var device = FirmwareHub.DeviceIds[1];
        var memberSecret = await hub.CreateTokenAsync("reporting member", "member", Ct);
        const string Words = "It switches itself off every evening around nine.";
        await using (var member = await OpenAsync(memberSecret))
        {
            var page = member.Page;
            await page.GotoAsync($"/devices/{device}");
            var report = page.GetByTestId("report-problem");
            await report.GetByTestId("report-open").Locator("summary").ClickAsync();
            await Expect(report.GetByTestId("report-what")).ToContainTextAsync(FirmwareHub.Model);
            await Expect(report.GetByTestId("report-what")).ToContainTextAsync("firmware 1.0.0");
            await report.GetByTestId("report-text").FillAsync(Words);
            await report.GetByTestId("report-category").SelectOptionAsync("wrong-state");
            await Expect(report.GetByTestId("report-send")).ToBeDisabledAsync();
            await report.GetByRole(AriaRole.Checkbox, new() { Name = "I agree to send these details to the maker (acme)" }).CheckAsync();
            await report.GetByTestId("report-send").ClickAsync();

            var sent = report.GetByTestId("report-sent-json");
            await Expect(sent).ToContainTextAsync(Words);
            await Expect(sent).ToContainTextAsync(FirmwareHub.Model);
            // Nothing of the home: not its id, the device's name, its room.
            var text = await sent.InnerTextAsync();
            Assert.DoesNotContain("Lamp plug", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Study", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"home\"", text, StringComparison.Ordinal);
            await Expect(report.GetByTestId("report-list")).ToContainTextAsync(Words);
            await Expect(report.GetByTestId("report-list")).ToContainTextAsync("No answer from the maker yet.");
        }

        const string Answer = "Thank you: 2.0.1 fixes the evening schedule.";
        await using (var maker = await OpenAsync(hub.MakerSecret))
        {
            var page = maker.Page;
            await page.GotoAsync("/maker");
            await page.GetByTestId("nav-maker-feedback").ClickAsync();
            var item = page.GetByTestId("maker-feedback").Locator("li.report", new() { HasText = Words });
            await Expect(item).ToContainTextAsync("1.0.0");
            await Expect(item).ToContainTextAsync("Shows the wrong state");
            await item.Locator("textarea").FillAsync(Answer);
            await item.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();
            await Expect(page.GetByTestId("answer-sent")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("maker-feedback").Locator("li.report", new() { HasText = Words }).GetByTestId("maker-answer")).ToContainTextAsync(Answer);
        }

        await using var again = await OpenAsync(memberSecret);
        await again.Page.GotoAsync($"/devices/{device}");
        await Expect(again.Page.GetByTestId("report-list").GetByTestId("maker-answer")).ToContainTextAsync(Answer);
    }

    private async Task<List<JsonElement>> ReleasesAsync()
    {
        var list = await hub.Maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/{FirmwareHub.Vendor}/releases", Ct);
        return [.. (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items")).EnumerateArray()];
    }

    private static JsonElement? UpdateOf(JsonElement firmware, string deviceId)
    {
        var device = firmware.GetProperty("devices").EnumerateArray().FirstOrDefault(d => d.GetProperty("deviceId").GetString() == deviceId);
        return device.ValueKind == JsonValueKind.Object && device.TryGetProperty("update", out var update) && update.ValueKind == JsonValueKind.Object ? update : null;
    }
}
