using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>The Rooms page on a phone: create, rename and delete a room; a deleted room's devices stay, without a room.</summary>
public sealed class RoomsTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARoomIsCreatedRenamedAndDeletedAndItsDevicesStayInTheHomeWithoutARoom()
    {
        const string deviceId = "rooms-bench-sensor";
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        try
        {
            await phone.Page.GetByTestId("nav-rooms").ClickAsync();
            var newName = phone.Page.GetByLabel("Name", new() { Exact = true });
            await newName.FillAsync("Workshop");
            await phone.Page.GetByTestId("room-create").ClickAsync();
            await Expect(phone.Page.GetByTestId("room-created")).ToContainTextAsync("Room Workshop added.");
            var workshop = await ArrivingDevices.RoomIdAsync(hub, "Workshop");
            var row = phone.Page.GetByTestId($"room-row-{workshop}");
            await Expect(row.GetByTestId("room-count")).ToHaveTextAsync("0 devices");

            // Another room's name (without case) is refused at the field.
            await newName.FillAsync("bedroom");
            await phone.Page.GetByTestId("room-create").ClickAsync();
            var error = phone.Page.GetByTestId("rooms-page").Locator("form").First.GetByTestId("field-error");
            await Expect(error).ToHaveAttributeAsync("data-path", "$.name");
            await Expect(error).ToContainTextAsync("another room of this home has this name");

            await row.GetByTestId("room-rename").ClickAsync();
            await row.GetByLabel("New name for Workshop").FillAsync("Garage");
            await row.GetByTestId("room-rename-save").ClickAsync();
            await Expect(phone.Page.GetByTestId("room-renamed")).ToContainTextAsync("Renamed to Garage.");
            await Expect(row.GetByRole(AriaRole.Heading, new() { Name = "Garage" })).ToBeVisibleAsync();

            // A device in it; the page counts it and says, before deleting, what happens to it.
            await ArrivingDevices.AnnounceAndApproveAsync(hub, deviceId, "aiot.sensor.motion1", "Bench motion", "Garage");
            await phone.Page.ReloadAsync();
            await Expect(row.GetByTestId("room-count")).ToHaveTextAsync("1 device");
            await row.GetByTestId("room-delete").ClickAsync();
            await Expect(row.GetByTestId("room-delete-confirm")).ToContainTextAsync("stay in the home without a room");
            await Expect(row.GetByTestId("room-delete-confirm")).ToContainTextAsync("they are not removed");
            await row.GetByTestId("room-delete-confirm-button").ClickAsync();

            await Expect(phone.Page.GetByTestId("room-deleted")).ToContainTextAsync("Room Garage deleted; its 1 device are now under \"No room\".");
            await Expect(row).ToHaveCountAsync(0);
            var device = await hub.GetDeviceAsync(deviceId, Ct);
            Assert.False(device.TryGetProperty("roomId", out var room) && room.ValueKind == JsonValueKind.String, device.ToString());
            Assert.Equal("active", device.GetProperty("status").GetString());
            var home = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home", Ct);
            Assert.DoesNotContain(home.GetProperty("rooms").EnumerateArray(), r => r.GetProperty("name").GetString() == "Garage");

            await phone.Page.GetByRole(AriaRole.Link, new() { Name = "← Home" }).ClickAsync();
            await Expect(phone.Page.GetByTestId("room-none").GetByTestId($"tile-{deviceId}")).ToBeVisibleAsync();
        }
        finally
        {
            await ArrivingDevices.RemoveAsync(hub, deviceId);
        }
    }

    [Fact]
    public async Task TheRoomsPageSaysWhatDeletingMeansInChinese()
    {
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.Page.EvaluateAsync("() => localStorage.setItem('aiothub.language', 'zh')");
        await phone.Page.GotoAsync("/rooms");

        await Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("房间");
        await Expect(phone.Page.GetByTestId("room-create")).ToHaveTextAsync("添加房间");
        var bedroom = phone.Page.GetByTestId($"room-row-{await ArrivingDevices.RoomIdAsync(hub, "Bedroom")}");
        await Expect(bedroom.GetByTestId("room-count")).ToHaveTextAsync("1 个设备");
        await bedroom.GetByTestId("room-delete").ClickAsync();
        await Expect(bedroom.GetByTestId("room-delete-confirm")).ToContainTextAsync("设备不会被删除");
        await bedroom.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(bedroom.GetByTestId("room-delete-confirm")).ToBeHiddenAsync();
    }
}
