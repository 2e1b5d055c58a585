using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>Mobile first: one column of tiles on a phone, a grid when the same page gets a wide window.</summary>
public sealed class LayoutTests(BrowserHub hub)
{
    [Fact]
    public async Task TilesStackOnAPhoneAndFormAGridOnAWideScreen()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        var light = phone.Tile("living-light");
        var speaker = phone.Tile("living-speaker");
        await Expect(speaker).ToBeVisibleAsync();

        var narrowLight = await light.BoundingBoxAsync();
        var narrowSpeaker = await speaker.BoundingBoxAsync();
        Assert.NotNull(narrowLight);
        Assert.NotNull(narrowSpeaker);
        Assert.True(narrowSpeaker.Y >= narrowLight.Y + narrowLight.Height, "on a phone the tiles stack in one column");
        Assert.True(narrowLight.Width > 300, $"a phone's tile uses the width ({narrowLight.Width} px)");
        Assert.True(await phone.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways on a phone");

        await phone.Page.SetViewportSizeAsync(1280, 900);

        var wideLight = await light.BoundingBoxAsync();
        var wideSpeaker = await speaker.BoundingBoxAsync();
        Assert.NotNull(wideLight);
        Assert.NotNull(wideSpeaker);
        Assert.Equal(wideLight.Y, wideSpeaker.Y, 1.0);
        Assert.True(wideSpeaker.X > wideLight.X, "on a wide screen the room's tiles sit side by side");
    }
}
