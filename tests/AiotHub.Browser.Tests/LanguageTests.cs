using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// English and Chinese: the first visit follows the browser's language, the header's switch changes it and is remembered,
/// and each page of the app renders in Chinese with no English left outside the home's own names, units and the brand.
/// </summary>
public sealed class LanguageTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // "2026年12月7日 14:05": a date as zh-CN writes it (Intl medium date, short time).
    private const string ChineseDate = @"\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}";

    [Fact]
    public async Task AChineseBrowserOpensTheAppInChinese()
    {
        await using var phone = await PhoneSession.OpenAsync(hub, locale: "zh-CN");
        var page = phone.Page;

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByLabel("访问令牌")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("language")).ToHaveValueAsync("zh");
        await NoEnglish.AssertNoEnglishAsync(page, []);
    }

    [Fact]
    public async Task AnEnglishBrowserOpensTheAppInEnglish()
    {
        await using var phone = await PhoneSession.OpenAsync(hub, locale: "en-GB");
        var page = phone.Page;

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByTestId("language")).ToHaveValueAsync("en");
    }

    [Fact]
    public async Task TheSwitchChangesTheLanguageAtOnceAndItIsRememberedAfterReload()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        var page = phone.Page;
        await phone.SignInAsync(hub.OwnerSecret);
        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("Sign out");

        await page.GetByLabel("Language").SelectOptionAsync("zh");

        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("退出登录");
        await Expect(page.GetByTestId("role")).ToHaveTextAsync("管理员");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.Equal("zh", await page.EvaluateAsync<string?>("localStorage.getItem('aiothub.language')"));

        await page.ReloadAsync();

        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("退出登录");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByTestId("language")).ToHaveValueAsync("zh");

        // Back to English the same way; the browser's language (en-US here) no longer decides either way.
        await page.GetByLabel("语言").SelectOptionAsync("en");
        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("Sign out");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("Sign out");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task AChoiceOfEnglishOnAChineseBrowserIsRememberedOverTheBrowsersLanguage()
    {
        await using var phone = await PhoneSession.OpenAsync(hub, locale: "zh-CN");
        var page = phone.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();

        await page.GetByLabel("语言").SelectOptionAsync("en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task TheHeaderIsInChineseOnTheHome()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        await Expect(page.GetByTestId("nav-add-device")).ToHaveTextAsync("添加设备");
        await Expect(page.GetByTestId("nav-voice")).ToHaveTextAsync("语音");
        await Expect(page.GetByTestId("nav-tokens")).ToHaveTextAsync("令牌");
        await Expect(page.GetByTestId("home-mode")).ToHaveAccessibleNameAsync("家庭模式");
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct), page.Locator("header.bar"));
    }

    [Fact]
    public async Task TheHomePageIsInChinese()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct));
    }

    [Fact]
    public async Task TheTokensPageIsInChineseWithChineseDates()
    {
        await hub.CreateTokenAsync("language-test tablet", "guest", Ct);
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        await page.GetByTestId("nav-tokens").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "令牌", Exact = true })).ToBeVisibleAsync();
        var row = page.GetByTestId("token-list").Locator("li").Filter(new() { HasText = "language-test tablet" }).First;
        await Expect(row).ToContainTextAsync("访客");
        await Expect(row.GetByTestId("token-times")).ToHaveTextAsync(new Regex($"创建于 {ChineseDate}"));
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct));

        // A new token's secret is a code, not a word to translate; the rest of what the page says about it is Chinese.
        await page.GetByLabel("名称").FillAsync("study tablet");
        await page.GetByLabel("角色").SelectOptionAsync("member");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建令牌" }).ClickAsync();
        await Expect(page.GetByTestId("new-secret")).ToContainTextAsync("「study tablet」的令牌（成员）");
        await NoEnglish.AssertNoEnglishAsync(page, [.. await NoEnglish.HomeNamesAsync(hub, Ct), "aiot_"], page.GetByTestId("new-secret").Locator("p"));
    }

    [Fact]
    public async Task TheAddADevicePageIsInChineseWithItsExpiryAsAChineseDate()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;
        await page.GetByTestId("nav-add-device").ClickAsync();

        await page.GetByLabel("名称（选填）").FillAsync("书房台灯");
        await page.GetByLabel("房间", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Living room" });
        await page.GetByTestId("pair-create").ClickAsync();

        await Expect(page.GetByTestId("pairing-expires")).ToHaveTextAsync(new Regex($"^有效期至 {ChineseDate}$"));
        await Expect(page.GetByTestId("pairing-qr").Locator("svg")).ToHaveAccessibleNameAsync("包含配对码和网关地址的二维码");
        await Expect(page.GetByTestId("pairing-list").Locator("li").Filter(new() { HasText = "书房台灯" })).ToHaveCountAsync(1);
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct));
    }

    [Fact]
    public async Task TheVoicePageIsInChineseWithTheProfilesChineseNames()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;
        await page.GetByTestId("nav-voice").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "语音助手" })).ToBeVisibleAsync();
        // Something said in English: its entry keeps the words as said (marked lang="en"); what the page says about it is Chinese.
        await page.GetByTestId("voice-say-input").FillAsync("Make the ficus happy");
        await page.GetByTestId("voice-say").ClickAsync();
        await Expect(page.GetByTestId("voice-answer")).ToHaveAttributeAsync("data-intent", "unknown");
        var entry = page.Locator("[data-testid='voice-entry'][data-text='Make the ficus happy']");
        await Expect(entry).ToContainTextAsync("没听懂");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "教它" }).First;
        await form.GetByTestId("teach-device").SelectOptionAsync("living-light");
        await Expect(form.GetByTestId("teach-what").Locator("option[value='set:light.brightness']")).ToHaveTextAsync("设置亮度");
        await Expect(form.GetByTestId("teach-what").Locator("option[value='call:light.toggle']")).ToHaveTextAsync("切换开关");
        await form.GetByTestId("teach-what").SelectOptionAsync("set:light.mode");
        await Expect(form.GetByTestId("teach-value").Locator("option").First).ToHaveTextAsync("日光");
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct));
    }

    [Theory]
    [InlineData("living-light")]
    [InlineData("hall-sensor")]
    public async Task AWholeDevicePageIsInChinese(string deviceId)
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        await page.GotoAsync($"/devices/{deviceId}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "属性" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("commands")).Not.ToContainTextAsync("加载中");
        await Expect(page.GetByTestId("credentials")).ToBeVisibleAsync();
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct));
    }

    [Fact]
    public async Task ADevicesCredentialsAreInChineseWithChineseDates()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        await page.GotoAsync("/devices/hall-sensor");

        var section = page.GetByTestId("credentials");
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "设备凭据" })).ToBeVisibleAsync();
        await Expect(section).ToContainTextAsync("有效");
        await Expect(section.Locator("dd").Nth(2)).ToHaveTextAsync(new Regex($"^{ChineseDate}$"));
        await Expect(section.GetByTestId("credentials-rotate")).ToHaveTextAsync("更换密钥");
        await NoEnglish.AssertNoEnglishAsync(page, await NoEnglish.HomeNamesAsync(hub, Ct), section);
    }

    [Fact]
    public async Task NumbersUnitsAndDatesFollowTheLanguage()
    {
        await using var phone = await ChinesePhoneAsync();
        var page = phone.Page;

        // The app's own module, as the pages use it: rounded to the profile's step, grouped and dated as zh-CN writes them.
        var zh = await page.EvaluateAsync<string[]>("""
            async () => {
              const i = await import('/js/i18n.js');
              return [i.formatQuantity(23.599999999999998, 'celsius', 0.1), i.formatNumber(12345.678, 0.01), i.formatQuantity(1.5, 'kilowatt-hour', 0.01),
                i.formatQuantity(60, 'percentage', 1), i.formatQuantity(90, 'minutes', 1), i.formatDateTime('2026-03-04T05:06:00'), i.formatClock('2026-03-04T17:06:00')];
            }
            """);
        Assert.Equal(["23.6 °C", "12,345.68", "1.50 千瓦时", "60%", "90 分钟", "2026年3月4日 05:06", "17:06"], zh);

        await page.GetByLabel("语言").SelectOptionAsync("en");
        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("Sign out");
        var en = await page.EvaluateAsync<string[]>("""
            async () => {
              const i = await import('/js/i18n.js');
              return [i.formatQuantity(23.599999999999998, 'celsius', 0.1), i.formatQuantity(1.5, 'kilowatt-hour', 0.01), i.formatDateTime('2026-03-04T05:06:00'), i.formatClock('2026-03-04T17:06:00')]
                .map((text) => text.replace(/\u202f/g, ' '));
            }
            """);
        Assert.Equal(["23.6 °C", "1.50 kWh", "Mar 4, 2026, 5:06 AM", "5:06 PM"], en);
    }

    // A phone whose browser speaks Chinese, signed in as the owner, on the home page.
    private async Task<PhoneSession> ChinesePhoneAsync()
    {
        var phone = await PhoneSession.OpenAsync(hub, locale: "zh-CN");
        await phone.Page.GotoAsync("/");
        await phone.Page.GetByLabel("访问令牌").FillAsync(hub.OwnerSecret);
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(phone.Page.GetByTestId("signout")).ToHaveTextAsync("退出登录");
        return phone;
    }
}
