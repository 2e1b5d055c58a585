using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>A device's page on a phone: rename it, move it to another room, and remove it after being told what that means.</summary>
public sealed class DeviceManageTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeviceIsRenamedMovedToAnotherRoomAndRemovedFromItsPage()
    {
        const string deviceId = "manage-desk-plug";
        await using var phone = await PhoneSession.OpenAsync(hub);
        try
        {
            await ArrivingDevices.AnnounceAndApproveAsync(hub, deviceId, "aiot.plug.meter1", "Plug", "Living room");
            await phone.SignInAsync(hub.OwnerSecret);
            await phone.WaitUntilLiveAsync();
            var livingRoom = await ArrivingDevices.RoomIdAsync(hub, "Living room");
            await phone.Page.GetByTestId($"room-{livingRoom}").GetByTestId($"tile-{deviceId}").GetByRole(AriaRole.Link, new() { Name = "Plug" }).ClickAsync();

            var page = phone.Page.GetByTestId($"device-{deviceId}");
            var manage = page.GetByTestId("manage-section");
            await Expect(manage.GetByLabel("Room")).ToHaveValueAsync(livingRoom);
            await manage.GetByLabel("Name").FillAsync("Desk plug");
            await manage.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = "Bedroom" });
            await manage.GetByTestId("manage-save").ClickAsync();

            await Expect(phone.Page.GetByTestId("manage-saved")).ToContainTextAsync("Desk plug is now in Bedroom.");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Desk plug");
            await Expect(page.Locator("dl.facts")).ToContainTextAsync("Bedroom");
            var bedroom = await ArrivingDevices.RoomIdAsync(hub, "Bedroom");
            var moved = await hub.GetDeviceAsync(deviceId, Ct);
            Assert.Equal(("Desk plug", bedroom), (moved.GetProperty("name").GetString(), moved.GetProperty("roomId").GetString()));

            // An empty name is refused by the hub and shown at the field; nothing changes.
            await manage.GetByLabel("Name").FillAsync("   ");
            await manage.GetByTestId("manage-save").ClickAsync();
            await Expect(manage.GetByTestId("field-error")).ToHaveAttributeAsync("data-path", "$.name");
            Assert.Equal("Desk plug", (await hub.GetDeviceAsync(deviceId, Ct)).GetProperty("name").GetString());

            // Remove: it says what goes before anything is removed.
            await page.GetByTestId("remove-device").ClickAsync();
            await Expect(page.GetByTestId("remove-confirm")).ToContainTextAsync("scenes and automations that use it stop working");
            await Expect(page.GetByTestId("remove-confirm")).ToContainTextAsync("comes back as a new device");
            await page.GetByTestId("remove-confirm-button").ClickAsync();

            await Expect(phone.Page.GetByTestId("device-removed")).ToContainTextAsync("Removed Desk plug.");
            await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
            await Expect(phone.Tile(deviceId)).ToHaveCountAsync(0);
            using var gone = await hub.Owner.GetAsync($"/api/v1/homes/home/devices/{deviceId}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
        finally
        {
            await ArrivingDevices.RemoveAsync(hub, deviceId);
        }
    }

    [Fact]
    public async Task AGuestSeesNoWayToRenameMoveOrRemoveADevice()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(await hub.CreateTokenAsync("manage guest", "guest", Ct));
        await phone.Page.GotoAsync("/devices/living-light");
        await Expect(phone.Page.GetByTestId("device-living-light")).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("manage-section")).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByTestId("remove-device")).ToHaveCountAsync(0);
    }
}
