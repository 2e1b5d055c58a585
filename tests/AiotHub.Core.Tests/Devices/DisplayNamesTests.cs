using AiotHub.Core.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Devices;

/// <summary>Names are visible text; a home's rooms have different names; device ids differ in more than case.</summary>
public sealed class DisplayNamesTests
{
    private readonly ManualClock _clock = new();

    [Theory]
    [InlineData("Kitchen\u0000", "a control character (U+0000)")]
    [InlineData("tab\there", "a control character (U+0009)")]
    [InlineData("\u007F", "a control character (U+007F)")]
    [InlineData("c1\u0085", "a control character (U+0085)")]
    [InlineData("\u202Eenilno", "an invisible format character (U+202E)")]
    [InlineData("iso\u2066late", "an invisible format character (U+2066)")]
    [InlineData("zero\u200Bwidth", "an invisible format character (U+200B)")]
    [InlineData("\uFEFFbom", "an invisible format character (U+FEFF)")]
    [InlineData("soft\u00ADhyphen", "an invisible format character (U+00AD)")]
    [InlineData("tag\U000E0041", "an invisible format character (U+E0041)")]
    [InlineData("line\u2028break", "a line break (U+2028)")]
    public void ANameWithACharacterThatIsNotVisibleTextIsRefusedNamingIt(string name, string problem) =>
        Assert.Contains(problem, DisplayNames.Problem(name), StringComparison.Ordinal);

    [Fact]
    public void ANameWithABrokenSurrogateIsRefused()
    {
        // Built here: theory data would not carry a lone surrogate intact.
        Assert.Contains("a broken surrogate (U+D800)", DisplayNames.Problem("broken" + (char)0xD800), StringComparison.Ordinal);
        Assert.Contains("a broken surrogate (U+DC00)", DisplayNames.Problem((char)0xDC00 + "broken"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Living room")]
    [InlineData("Küche")]
    [InlineData("客厅")]
    [InlineData("Family 👨‍👩‍👧")]
    [InlineData("اتاق\u200Cخواب")]
    [InlineData("Sofa 🛋️")]
    [InlineData("Non\u00A0breaking")]
    public void VisibleTextInAnyScriptIsAName(string name) => Assert.Null(DisplayNames.Problem(name));

    [Fact]
    public void TwoRoomsOfOneHomeCannotShareANameButTwoHomesMay()
    {
        var registry = Create(_clock);

        var kitchen = registry.TryCreateRoom(DeviceRegistry.DefaultHomeId, " Kitchen ");
        var again = registry.TryCreateRoom(DeviceRegistry.DefaultHomeId, "KITCHEN");
        var hall = registry.TryCreateRoom(DeviceRegistry.DefaultHomeId, "Hall");
        var rename = registry.RenameRoom(DeviceRegistry.DefaultHomeId, hall.Value!.Id, "kitchen");
        var ownCase = registry.RenameRoom(DeviceRegistry.DefaultHomeId, kitchen.Value!.Id, "KITCHEN");

        Assert.Equal((EditOutcome.Applied, "Kitchen"), (kitchen.Outcome, kitchen.Value.Name));
        Assert.Equal((EditOutcome.Conflict, kitchen.Value.Id), (again.Outcome, again.Value!.Id));
        Assert.Equal((EditOutcome.Conflict, "Hall"), (rename.Outcome, rename.Value!.Name));
        Assert.Equal((EditOutcome.Applied, "KITCHEN"), (ownCase.Outcome, ownCase.Value!.Name));
        Assert.Equal(["Hall", "KITCHEN"], registry.ListRooms(DeviceRegistry.DefaultHomeId).Select(r => r.Name));
        Assert.Throws<ArgumentException>(() => registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Attic\u0000"));
    }

    [Fact]
    public void ADeviceIdThatDiffersOnlyInCaseFromAKnownOneIsRefusedAndNothingChanges()
    {
        var registry = Create(_clock);
        registry.OnAnnounce("living-tv", new DeviceAnnouncement(Light, Name: "TV"));

        var twin = registry.OnAnnounce("LIVING-TV", new DeviceAnnouncement(Speaker, Name: "Fake"));

        Assert.Null(twin);
        var only = Assert.Single(registry.ListDevices());
        Assert.Equal(("living-tv", Light, "TV"), (only.Id, only.Model, only.Name));
        // The device itself still re-announces as usual.
        Assert.NotNull(registry.OnAnnounce("living-tv", new DeviceAnnouncement(Light)));
    }

    [Fact]
    public void AnAnnouncedNameThatIsNotVisibleTextIsNotTaken()
    {
        var registry = Create(_clock);

        var device = registry.OnAnnounce("lamp-1", new DeviceAnnouncement(Light, Name: "Lamp\u001B[2J"));

        Assert.NotEqual("Lamp\u001B[2J", device!.Name);
    }
}
