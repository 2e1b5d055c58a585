using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Activity;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Tests.Activity;

/// <summary>The activity log in hub.db: ids, reads, write-behind, bounds, bad rows and deletion.</summary>
public sealed class ActivityStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-01T07:00:00Z", CultureInfo.InvariantCulture);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-activity-").FullName;
    private readonly ManualClock _clock = new(Start);

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AppendedEntriesGetGrowingIdsAndReadBackWhole()
    {
        IReadOnlyList<ActivityEntry> stored;
        await using (var store = Open())
        {
            stored = store.Append([
                Entry("home", Start, "on", true, ActivitySource.App, actor: "usr_1", reference: "cmd_1"),
                Entry("home", Start.AddSeconds(1), "brightness", 40, ActivitySource.Automation, actor: "aut_1"),
                new ActivityEntry(0, "home", Start.AddSeconds(2), ActivityKind.Mode, ActivitySource.App, null, null, Json("\"away\""), "usr_1"),
            ]);
            Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Id));
        }

        await using (var store = Open())
        {
            var read = store.Read("home", Start, Start.AddDays(1));
            Assert.Equal(stored.Select(Describe), read.Select(Describe));
            Assert.Equal(4, store.Append([Entry("home", Start.AddSeconds(3), "on", false, ActivitySource.Device)])[0].Id);
        }
    }

    [Fact]
    public async Task AReadSeesEntriesStillWaitingForTheirBatchAndPagesOnByTheLastId()
    {
        await using var store = Open();
        store.Append([.. Enumerable.Range(0, 25).Select(i => Entry("home", Start.AddMinutes(i), "on", i % 2 == 0, ActivitySource.App))]);
        Assert.Equal(25, store.Queued);

        var first = store.Read("home", Start, Start.AddHours(1), limit: 10);
        var second = store.Read("home", Start, Start.AddHours(1), afterId: first[^1].Id, limit: 10);
        var third = store.Read("home", Start, Start.AddHours(1), afterId: second[^1].Id, limit: 10);

        Assert.Equal(0, store.Queued);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), first.Concat(second).Concat(third).Select(e => e.Id));
        Assert.Equal([Start.AddMinutes(5), Start.AddMinutes(6)], store.Read("home", Start.AddMinutes(5), Start.AddMinutes(6)).Select(e => e.Time));
        Assert.Empty(store.Read("cabin", Start, Start.AddHours(1)));
    }

    [Fact]
    public async Task WhatWhenDurableAsyncReturnedForIsInTheFileWithoutAClose()
    {
        var store = Open(TimeSpan.FromMinutes(1));
        store.Append([Entry("home", Start, "on", true, ActivitySource.App), Entry("home", Start, "on", false, ActivitySource.App)]);
        Assert.Equal(0, CountRows());

        await store.WhenDurableAsync();

        // Read through another connection, as a hub started after a kill -9 would.
        Assert.Equal(2, CountRows());
        await store.DisposeAsync();
    }

    [Fact]
    public async Task EntriesPastTheRetentionAndPastAHomesCapAreDeletedOldestFirst()
    {
        await using (var store = Open())
        {
            store.Append([.. Enumerable.Range(0, 1_500).Select(i => Entry("home", Start.AddDays(-200).AddMinutes(i), "on", true, ActivitySource.App))]);
            store.Append([.. Enumerable.Range(0, 1_500).Select(i => Entry("home", Start.AddMinutes(i), "on", true, ActivitySource.App))]);
            store.Append([Entry("cabin", Start.AddDays(-119), "on", true, ActivitySource.App)]);
        }

        await using (var store = Open(maxPerHome: 1_000))
        {
            var home = store.Read("home", Start.AddYears(-1), Start.AddYears(1), limit: 100_000);
            Assert.Equal(1_000, home.Count);
            Assert.Equal(Start.AddMinutes(500), home[0].Time);
            Assert.Single(store.Read("cabin", Start.AddYears(-1), Start.AddYears(1)));

            _clock.Advance(TimeSpan.FromDays(2));
            await store.WhenDurableAsync();
            Assert.Empty(store.Read("cabin", Start.AddYears(-1), Start.AddYears(1)));
        }
    }

    [Fact]
    public async Task AnUnreadableRowIsSetAsideAndTheRestAreRead()
    {
        await using (var store = Open())
            store.Append([.. Enumerable.Range(0, 4).Select(i => Entry("home", Start.AddMinutes(i), "on", true, ActivitySource.App))]);
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE activity SET kind = 'Teleported' WHERE id = 2; UPDATE activity SET value = '{oops' WHERE id = 3";
            command.ExecuteNonQuery();
        }

        var reasons = new List<string>();
        await using (var store = Open(onSetAside: (count, reason) => reasons.Add($"{count}: {reason}")))
        {
            Assert.Equal([1L, 4L], store.Read("home", Start, Start.AddHours(1)).Select(e => e.Id));
            Assert.Equal(["2: unknown kind 'Teleported'"], reasons);
            Assert.Equal([1L, 4L], store.Read("home", Start, Start.AddHours(1)).Select(e => e.Id));
            Assert.Equal(5, store.Append([Entry("home", Start, "on", true, ActivitySource.App)])[0].Id);
        }

        Assert.Equal(2, Scalar("SELECT COUNT(*) FROM activity_set_aside"));
        Assert.Equal(2, Scalar("SELECT COUNT(*) FROM activity_set_aside WHERE row LIKE '%Teleported%' OR row LIKE '%{oops%'"));
    }

    [Fact]
    public async Task DeletingAHomeRemovesItsQueuedAndWrittenEntriesOnlyAndIdsAreNeverGivenTwice()
    {
        await using (var store = Open())
        {
            store.Append([Entry("home", Start, "on", true, ActivitySource.App), Entry("cabin", Start, "on", true, ActivitySource.App)]);
            await store.WhenDurableAsync();
            store.Append([Entry("home", Start.AddSeconds(1), "on", false, ActivitySource.App)]);

            Assert.True(store.HasAny("home"));
            Assert.Equal(2, store.Delete("home"));
            Assert.False(store.HasAny("home"));
            Assert.True(store.HasAny("cabin"));
            Assert.Equal(0, store.Delete("home"));
        }

        await using (var store = Open())
        {
            Assert.Empty(store.Read("home", Start.AddDays(-1), Start.AddDays(1)));
            Assert.Equal(2L, store.Read("cabin", Start.AddDays(-1), Start.AddDays(1)).Single().Id);
            Assert.Equal(1, store.Delete("cabin"));
            // The table is empty, but id 2 was written once: the next is 3, never 1 or 2 again.
            Assert.Equal(3L, store.Append([Entry("home", Start, "on", true, ActivitySource.App)])[0].Id);
        }
    }

    [Fact]
    public async Task AnEntryThatCannotBeStoredIsRefusedWithItsPathAndNothingIsQueued()
    {
        await using var store = Open();
        var error = Assert.Throws<ArgumentException>(() => store.Append([
            Entry("home", Start, "on", true, ActivitySource.App),
            Entry("home", Start, new string('m', 300), true, ActivitySource.App),
        ]));
        Assert.StartsWith("entries[1].member is longer than 256 characters", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => store.Append([Entry("", Start, "on", true, ActivitySource.App)]));
        Assert.Throws<ArgumentException>(() => store.Append([Entry("home", Start, "on", true, (ActivitySource)42)]));
        Assert.Equal(0, store.Queued);
        Assert.False(store.HasAny("home"));
    }

    [Fact]
    public async Task AnImportLargerThanTheQueueIsWrittenInBatchesWithoutDroppingAnything()
    {
        await using var store = Open(maxQueued: 100);
        var stored = store.Append([.. Enumerable.Range(0, 1_050).Select(i => Entry("home", Start.AddSeconds(i), "on", true, ActivitySource.Device))]);

        Assert.Equal(Enumerable.Range(1, 1_050).Select(i => (long)i), stored.Select(e => e.Id));
        Assert.True(store.Queued <= 100);
        Assert.Equal(0, store.Dropped);
        Assert.Equal(1_050, store.Read("home", Start, Start.AddDays(1), limit: 5_000).Count);
    }

    private ActivityStore Open(TimeSpan? interval = null, int maxPerHome = 500_000, int maxQueued = 20_000, Action<int, string>? onSetAside = null) =>
        new(DatabasePath, _clock, new ActivityStoreOptions
        {
            WriteBehindInterval = interval ?? TimeSpan.FromSeconds(1),
            MaxEntriesPerHome = maxPerHome,
            MaxQueued = maxQueued,
            OnSetAside = onSetAside,
        });

    private static ActivityEntry Entry(string home, DateTimeOffset time, string property, object value, ActivitySource source, string? actor = null, string? reference = null) =>
        new(0, home, time, source == ActivitySource.Device ? ActivityKind.Changed : ActivityKind.Set, source, "lamp-1", "light." + property,
            JsonSerializer.SerializeToElement(value), actor, reference);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Describe(ActivityEntry e) =>
        $"{e.Id} {e.HomeId} {e.Time:O} {e.Kind} {e.Source} {e.DeviceId} {e.Member} {e.Value?.GetRawText()} {e.Actor} {e.Reference}";

    private long CountRows() => Scalar("SELECT COUNT(*) FROM activity");

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
