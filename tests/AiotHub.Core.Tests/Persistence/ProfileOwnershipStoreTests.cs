using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Core.Tests.Persistence;

/// <summary>The "profile-ownership" module's tables in hub.db: uploads, acceptances, the automatic-update switch.</summary>
public sealed class ProfileOwnershipStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-ownership-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void UploadsAcceptancesAndTheAutomaticSwitchSurviveReopening()
    {
        var at = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        using (var store = ProfileOwnershipStore.Open(DatabasePath))
        {
            store.SaveUpload("acme.light.a1", 1, new ProfileOrigin("home", "tok_1", Published: false), at);
            store.SaveUpload("acme.light.a1", 2, new ProfileOrigin("home", null, Published: false), at);
            store.SavePublished("acme.light.a1", 1, at);
            var acceptance = new ProfileAcceptance(store);
            acceptance.Set("cabin", "acme.light.a1", 1, ProfileAcceptanceReason.FirstUse);
            acceptance.Set("cabin", "acme.light.a1", 2, ProfileAcceptanceReason.Owner);
            acceptance.SetUpdatesAutomatically("cabin", true);
            acceptance.SetUpdatesAutomatically("home", true);
            acceptance.SetUpdatesAutomatically("home", false);
        }

        using (var store = ProfileOwnershipStore.Open(DatabasePath))
        {
            var uploads = store.LoadUploads();
            Assert.Equal(new ProfileOrigin("home", "tok_1", Published: true), uploads[("acme.light.a1", 1)]);
            Assert.Equal(new ProfileOrigin("home", null, Published: false), uploads[("acme.light.a1", 2)]);
            var acceptance = new ProfileAcceptance(store);
            Assert.Equal(2, acceptance.Get("cabin", "acme.light.a1"));
            Assert.Null(acceptance.Get("home", "acme.light.a1"));
            Assert.Equal(["cabin"], acceptance.AutomaticHomes());
        }
    }
}
