using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The inbox end to end on a phone: the app shows a pairing code and its QR code, a simulated device pairs with
/// that code and connects with the secret it got, arrives in the inbox (the header counts it), is named, placed
/// and approved there, and shows on the home page in its room.
/// </summary>
public sealed class InboxTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADevicePairedWithTheAppsCodeArrivesInTheInboxAndIsNamedPlacedAndApprovedOntoTheHomePage()
    {
        const string deviceId = "inbox-reading-lamp";
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        try
        {
            // Add a device: a code for a device not named or placed yet.
            await phone.Page.GetByTestId("nav-add-device").ClickAsync();
            await phone.Page.GetByTestId("pair-create").ClickAsync();
            var digits = (await phone.Page.GetByTestId("pairing-digits").TextContentAsync())!;
            Assert.Matches("^[0-9]{5} [0-9]{5}$", digits);
            await Expect(phone.Page.GetByTestId("pairing-qr").Locator("svg[role=img]")).ToHaveCountAsync(1);

            // The device's maker app reads the code off the phone; the device pairs with it and connects as itself.
            await using var device = await ArrivingDevices.PairAndRunAsync(hub, digits.Replace(" ", "", StringComparison.Ordinal), deviceId, "aiot.light.ceiling1", "Ceiling light");

            // The header counts it; the inbox shows it as a new device with the name it announced.
            var inbox = phone.Page.GetByTestId("nav-pending");
            await Expect(inbox).ToBeVisibleAsync();
            await Expect(inbox).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Inbox: [0-9]+ devices? waits?$"));
            await inbox.ClickAsync();
            var item = phone.Page.GetByTestId($"pending-{deviceId}");
            await Expect(item).ToHaveAttributeAsync("data-kind", "new");
            await Expect(item.GetByLabel("Name")).ToHaveValueAsync("Ceiling light");

            await item.GetByLabel("Name").FillAsync("Reading lamp");
            await item.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = "Bedroom" });
            await item.GetByTestId("approve").ClickAsync();

            await Expect(item).ToHaveCountAsync(0);
            await Expect(phone.Page.GetByTestId("pending-decided")).ToContainTextAsync("Reading lamp: approved.");
            var approved = await hub.GetDeviceAsync(deviceId, Ct);
            var bedroom = await ArrivingDevices.RoomIdAsync(hub, "Bedroom");
            Assert.Equal(("active", "Reading lamp", bedroom),
                (approved.GetProperty("status").GetString(), approved.GetProperty("name").GetString(), approved.GetProperty("roomId").GetString()));

            // On the home page, in the Bedroom, under its new name, and nothing is counted any more for it.
            await phone.Page.GetByRole(AriaRole.Link, new() { Name = "← Home" }).ClickAsync();
            var tile = phone.Page.GetByTestId($"room-{bedroom}").GetByTestId($"tile-{deviceId}");
            await Expect(tile).ToBeVisibleAsync();
            await Expect(tile).ToContainTextAsync("Reading lamp");
            var pending = await hub.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/pending", Ct);
            Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), p => p.GetProperty("deviceId").GetString() == deviceId);
        }
        finally
        {
            await ArrivingDevices.RemoveAsync(hub, deviceId);
        }
    }

    [Fact]
    public async Task ANameTheHubRefusesIsShownAtItsFieldAndTheDeviceKeepsWaiting()
    {
        const string deviceId = "inbox-bad-name";
        await using var phone = await PhoneSession.OpenAsync(hub);
        await phone.SignInAsync(hub.OwnerSecret);
        await phone.WaitUntilLiveAsync();
        try
        {
            await ArrivingDevices.AnnounceAsync(hub, deviceId, "aiot.plug.meter1");
            await phone.Page.GetByTestId("nav-pending").ClickAsync();
            var item = phone.Page.GetByTestId($"pending-{deviceId}");
            // A pasted name with a bell character in it: the hub refuses it (names are visible text).
            await item.GetByLabel("Name").EvaluateAsync("(e) => { e.value = 'Plug\\u0007'; }");
            await item.GetByTestId("approve").ClickAsync();

            var error = item.GetByTestId("field-error");
            await Expect(error).ToHaveAttributeAsync("data-path", "$.name");
            await Expect(error).ToContainTextAsync("control character");
            await Expect(item.GetByLabel("Name")).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.Equal("new", (await hub.GetDeviceAsync(deviceId, Ct)).GetProperty("status").GetString());

            // Rejecting asks first and says what it means.
            await item.GetByTestId("reject").ClickAsync();
            await Expect(item.GetByTestId("reject-confirm")).ToContainTextAsync("removed from the home with its recorded history");
            await item.GetByTestId("reject-confirm-button").ClickAsync();
            await Expect(item).ToHaveCountAsync(0);
        }
        finally
        {
            await ArrivingDevices.RemoveAsync(hub, deviceId);
        }
    }
}
