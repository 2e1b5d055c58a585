using System.Globalization;
using System.Net;
using System.Text.Json;
using AiotHub.Gateway.Tests;
using AiotHub.Mqtt.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The pending-devices inbox (approve a new device into a room, approve a held model change, reject a
/// stranger) and "Remove device" on a device's page. The devices are extra ones announced on the hub's
/// broker for the test and removed by it, so the shared simulated home stays as it was.
/// </summary>
public sealed class RemovalTests(BrowserHub hub)
{
    private const string Devices = "/api/v1/homes/home/devices";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANewDeviceIsApprovedIntoARoomItsModelChangeIsApprovedAndItIsRemovedFromItsPage()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await Expect(phone.Page.GetByTestId("nav-pending")).ToHaveCountAsync(0);

        await AnnounceAsync("browser-extra-1", "aiot.light.ceiling1");

        // The header counts it; the inbox shows it as new.
        await phone.Page.GetByTestId("nav-pending").ClickAsync();
        var item = phone.Page.GetByTestId("pending-browser-extra-1");
        await Expect(item).ToHaveAttributeAsync("data-kind", "new");
        await item.GetByTestId("pending-room").SelectOptionAsync(new SelectOptionValue { Label = "Bedroom" });
        await item.GetByTestId("approve").ClickAsync();

        await Expect(item).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByTestId("pending-empty")).ToBeVisibleAsync();
        var approved = await hub.GetDeviceAsync("browser-extra-1", Ct);
        Assert.Equal("active", approved.GetProperty("status").GetString());
        Assert.Equal("Bedroom", await RoomNameAsync(approved.GetProperty("roomId").GetString()!));

        // It announces itself as a plug: the inbox shows the held change live, the device stays a light.
        await AnnounceAsync("browser-extra-1", "aiot.plug.meter1");
        await Expect(item).ToHaveAttributeAsync("data-kind", "change");
        await Expect(item.GetByTestId("pending-reason")).ToHaveTextAsync("model changed from aiot.light.ceiling1 to aiot.plug.meter1");
        Assert.Equal("aiot.light.ceiling1", (await hub.GetDeviceAsync("browser-extra-1", Ct)).GetProperty("model").GetString());
        await item.GetByTestId("approve").ClickAsync();
        await Expect(item).ToHaveCountAsync(0);
        Assert.Equal("aiot.plug.meter1", (await hub.GetDeviceAsync("browser-extra-1", Ct)).GetProperty("model").GetString());

        await phone.Page.GotoAsync("/devices/browser-extra-1");
        await phone.Page.GetByTestId("remove-device").ClickAsync();
        await Expect(phone.Page.GetByTestId("remove-confirm")).ToBeVisibleAsync();
        await phone.Page.GetByTestId("remove-purge").CheckAsync();
        await phone.Page.GetByTestId("remove-confirm-button").ClickAsync();

        await Expect(phone.Page.GetByTestId("device-removed")).ToContainTextAsync("Removed");
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        await Expect(phone.Tile("browser-extra-1")).ToHaveCountAsync(0);
        using var gone = await hub.Owner.GetAsync($"{Devices}/browser-extra-1", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task RejectingAStrangerInTheInboxRemovesIt()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        await AnnounceAsync("browser-stranger", "aiot.sensor.motion1");
        await phone.Page.GetByTestId("nav-pending").ClickAsync();
        var item = phone.Page.GetByTestId("pending-browser-stranger");
        await Expect(item).ToHaveAttributeAsync("data-kind", "new");

        await item.GetByTestId("reject").ClickAsync();
        await Expect(item.GetByTestId("reject-confirm")).ToContainTextAsync("It is removed from the home with its recorded history.");
        await item.GetByTestId("reject-confirm-button").ClickAsync();

        await Expect(item).ToHaveCountAsync(0);
        await Expect(phone.Page.GetByTestId("nav-pending")).ToHaveCountAsync(0);
        using var gone = await hub.Owner.GetAsync($"{Devices}/browser-stranger", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private async Task<string> RoomNameAsync(string roomId)
    {
        var room = await hub.Owner.GetAsync($"/api/v1/homes/home/rooms/{roomId}", Ct);
        return JsonDocument.Parse(await room.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("name").GetString()!;
    }

    /// <summary>Announces a device (retained, then online) with mosquitto_pub as that device (its client id): the bus lets only a device set its own topics.</summary>
    private Task AnnounceAsync(string deviceId, string model) => ArrivingDevices.AnnounceAsync(hub, deviceId, model);
}
